"""Getting around: palette actions, app-wide keys, the breadcrumb and Escape, help on home, the concept pages."""

from __future__ import annotations

from helpers import finished_session, go, palette, press, prompts, settle, targets, text_of, type_query, wait_ready
from textual.widgets import DataTable, Input, Static, Tree

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage, ConceptsPage, PathPage, QuestionPage
from llmtui.tui.screens.concept import ConceptScreen
from llmtui.tui.screens.concepts import ConceptsScreen
from llmtui.tui.screens.help import HelpScreen
from llmtui.tui.screens.history import HistoryScreen
from llmtui.tui.screens.interview_setup import InterviewSetupScreen
from llmtui.tui.screens.path import PathScreen
from llmtui.tui.screens.picker import ConceptPicker
from llmtui.tui.screens.search import SearchScreen


async def test_palette_actions_run(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await palette(app, pilot, "history")
        assert isinstance(app.screen, HistoryScreen)
        await press(pilot, "escape")
        await palette(app, pilot, "mock")
        assert isinstance(app.screen, InterviewSetupScreen)
        await press(pilot, "escape")
        await palette(app, pilot, "keys of this")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        await go(app, pilot, ConceptPage("LoRA"))
        await palette(app, pilot, "home")
        assert isinstance(app.screen, SearchScreen)


async def test_app_wide_keys_work_from_pages_and_practise_what_is_shown(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "t")  # "practise this concept"
        assert isinstance(app.screen, InterviewSetupScreen)
        assert app.screen.query_one("#concept", Input).value == "LoRA"
        await press(pilot, "ctrl+r")  # the set-up gives way to history
        assert isinstance(app.screen, HistoryScreen)
        assert sum(isinstance(s, InterviewSetupScreen) for s in app.screen_stack) == 1
        await press(pilot, "ctrl+r")  # already there: nothing stacks up
        assert sum(isinstance(s, HistoryScreen) for s in app.screen_stack) == 1
        await press(pilot, "ctrl+b")
        assert isinstance(app.screen, ConceptsScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, HistoryScreen)  # Escape goes back where the walk started
        await press(pilot, "escape", "escape")  # History, then the set-up, give way to the page they came from
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("LoRA")
        await press(pilot, "escape")
        assert isinstance(app.screen, SearchScreen)
        await type_query(app, pilot, "kv cache")
        await press(pilot, "ctrl+t")  # practise the search results
        assert app.screen.query_one("#search", Input).value == "kv cache"


async def test_breadcrumb_is_where_escape_goes(data_dir, kb):
    finished_session(data_dir, [("llm-hub#3", "kv", 0.5, 3)])
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("KV cache"))
        await go(app, pilot, PathPage("KV cache", "LoRA"))
        assert text_of(app, "#breadcrumb").startswith("Search › KV cache → LoRA  ← back")  # the path goes on from its start
        await press(pilot, "h")  # home starts a new walk: the old trail does not linger
        await press(pilot, "ctrl+b")
        assert text_of(app, "#breadcrumb").startswith("Search › All concepts")
        await press(pilot, "escape")
        assert isinstance(app.screen, SearchScreen)
        # A walk from History starts at History, and Escape returns there.
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        await go(app, pilot, ConceptPage("KV cache"))
        assert text_of(app, "#breadcrumb").startswith("History › KV cache")
        await press(pilot, "escape")
        assert isinstance(app.screen, HistoryScreen)
        # A long walk keeps one line: the oldest crumbs give way to "…", the newest stays whole.
        await press(pilot, "escape")
        for name in ["Multi-head attention", "Self-attention", "Transformer", "Positional embedding",
                     "Layer normalization", "Feed-forward network", "Residual connection"]:
            await go(app, pilot, ConceptPage(name))
        crumb = text_of(app, "#breadcrumb")
        assert crumb.startswith("… › ") and "Residual connection" in crumb and len(crumb) <= 78
        for expected in ["Feed-forward network", "Layer normalization"]:
            await press(pilot, "escape")
            assert app.screen.location == ConceptPage(expected)


async def test_a_path_needs_two_concepts(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "p")
        assert isinstance(app.screen, ConceptPicker)
        await pilot.press(*"lora")
        await pilot.pause()
        assert ConceptPage("LoRA") not in targets(app, "#picker-results")  # the concept itself is not offered
        await press(pilot, "enter")  # the name typed whole is the concept: refused, not the top fuzzy hit
        assert isinstance(app.screen, ConceptPicker)
        assert text_of(app, "#picker-note") == "LoRA is where the path starts: choose another concept."
        await press(pilot, *["backspace"] * 4, *"xyzzy", "enter")  # nothing of that name, nothing listed: said
        assert isinstance(app.screen, ConceptPicker) and "No concept matches 'xyzzy'" in text_of(app, "#picker-note")
        await press(pilot, *["backspace"] * 5, *"rope")  # a name or alias typed whole is listed first
        assert targets(app, "#picker-results")[0] == ConceptPage("Rotary position embedding")
        await press(pilot, *["backspace"] * 4, *"quantization")
        assert targets(app, "#picker-results")[0] == ConceptPage("Quantization")
        await press(pilot, *["backspace"] * 12, *"quantization", "enter")  # a name typed whole wins over fuzzier hits
        assert app.screen.location == PathPage("LoRA", "Quantization")
        await press(pilot, "escape")
        await go(app, pilot, PathPage("LoRA", "LoRA"))
        assert isinstance(app.screen, PathScreen)
        assert "two different concepts" in str(app.screen.query_one(Static).render()) or any(
            "two different concepts" in str(s.render()) for s in app.screen.query(Static))


async def test_question_mark_types_on_home_and_help_says_so(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query", Input).value == "?"  # it is typing here
        await press(pilot, "f1")
        from helpers import help_text

        text = help_text(app)
        assert "? too, when not typing" in text
        assert "Open the highlighted result" in text and "Submit" not in text  # Enter said once, as this screen means it
        await press(pilot, "escape")
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "question_mark")  # not typing on a page: it opens help
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape", "ctrl+h")  # the terminal's Backspace: no longer Home
        assert isinstance(app.screen, ConceptScreen)


async def test_no_stale_preview_when_nothing_is_found(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        assert text_of(app, "#preview-title")  # the highlighted topic
        await type_query(app, pilot, "q")
        assert "No results for 'q'" in text_of(app, "#status")
        assert text_of(app, "#preview-title") == "" and text_of(app, "#preview-text") == ""


async def test_typing_searches_after_tab_left_the_box(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await type_query(app, pilot, "kv")
        await press(pilot, "tab")
        assert app.focused.id == "results"
        await type_query(app, pilot, " cache")
        assert app.screen.query_one("#query", Input).value == "kv cache" and app.focused.id == "query"


async def test_concepts_browser_shows_its_sort_and_filters_as_you_type(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptsPage())
        info = text_of(app, "#concepts-info")
        assert "sorted by questions (ctrl+s changes)" in info and "centrality:" in info
        assert app.screen.query_one("#concepts-info").region.height >= 1  # drawn, not a hidden border title
        table = app.screen.query_one(DataTable)
        assert [str(c.label) for c in table.columns.values()] == ["Concept", "Questions", "Centrality", "Recall"]
        await pilot.press(*"kv")
        await pilot.pause()
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "KV cache" in names and len(names) < 10
        assert text_of(app, "#concepts-info").startswith(f"{len(names)} of {len(kb.glossary)} concepts")
        await press(pilot, "ctrl+s")
        assert "sorted by centrality" in text_of(app, "#concepts-info")
        await press(pilot, "escape")  # clears the filter first
        assert table.row_count == len(kb.glossary) and isinstance(app.screen, ConceptsScreen)
        await press(pilot, "down", "enter")
        assert isinstance(app.screen, ConceptScreen)


async def test_local_graph_keeps_depth_and_labels_its_edges(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("QLoRA"))
        assert not any(p.startswith("Concept ") for p in prompts(app, "#related"))  # no repeated kind word
        await press(pilot, "2")
        tree = app.screen.query_one("#local-graph", Tree)
        assert tree.display and not app.screen.query_one("#page-body").display  # the graph gets the page
        assert tree.region.height > 10
        assert any(" · " in str(child.label) for child in tree.root.children)  # each edge says why
        await press(pilot, "down", "enter")  # walk to a neighbour, then back
        assert app.screen.location != ConceptPage("QLoRA")
        await press(pilot, "escape")
        tree = app.screen.query_one("#local-graph", Tree)
        assert app.screen.location == ConceptPage("QLoRA") and tree.display
        assert "depth 2" in str(tree.root.label)


async def test_a_bundled_question_is_named_by_its_number(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, QuestionPage("llm-hub#3"))
        assert text_of(app, "#question-title").startswith("Q3: ")
