"""Gaps a new user's walkthrough and a review found: Escape from what a page opened, the home key, empty-draw
messages under a keymap, the resume dialog at small sizes, keymap clash messages, the interview's hold line."""

from __future__ import annotations

from helpers import go, press, settle, text_of, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage, QuestionPage
from llmtui.tui.screens.history import HistoryScreen
from llmtui.tui.screens.interview_setup import InterviewSetupScreen
from llmtui.tui.screens.pages import PageScreen
from llmtui.tui.screens.search import SearchScreen
from llmtui.tui.screens.stats import StatsScreen


# -- 1: Escape from the set-up, History or Stats returns to the page they were opened from ----------------------
async def test_escape_from_setup_history_and_stats_returns_to_the_page(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, QuestionPage("llm-hub#3"))
        for key, screen in (("ctrl+t", InterviewSetupScreen), ("ctrl+r", HistoryScreen), ("ctrl+g", StatsScreen)):
            await press(pilot, key)
            await settle(app, pilot)
            assert isinstance(app.screen, screen)
            await press(pilot, "escape")
            assert isinstance(app.screen, PageScreen) and app.screen.location == QuestionPage("llm-hub#3"), key


async def test_back_and_forward_survive_a_walk_started_from_history_over_a_page(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        await go(app, pilot, ConceptPage("QLoRA"))
        await press(pilot, "escape")  # back to LoRA: QLoRA is forward
        page = app.screen
        assert text_of(app, "#breadcrumb").startswith("Search › LoRA  ← back  → forward")
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        # History starts a walk of its own, through the page already open under it too
        await go(app, pilot, ConceptPage("LoRA"))
        assert app.screen is not page and text_of(app, "#breadcrumb").startswith("History › LoRA")
        await go(app, pilot, ConceptPage("DPO"))
        await press(pilot, "escape")
        assert app.screen.location == ConceptPage("LoRA")
        await press(pilot, "escape")
        assert isinstance(app.screen, HistoryScreen)
        await press(pilot, "escape")  # back on the page History was opened from, in its own walk
        assert app.screen is page
        assert text_of(app, "#breadcrumb").startswith("Search › LoRA  ← back  → forward")
        await press(pilot, "right_square_bracket")
        assert app.screen.location == ConceptPage("QLoRA")
        await press(pilot, "escape", "escape")
        assert isinstance(app.screen, SearchScreen)


# -- 2: home (h) focuses the search box with the last query selected: typing starts afresh -----------------------
async def test_home_selects_the_last_query_so_typing_starts_a_new_search(data_dir, kb):
    from helpers import help_text, type_query
    from textual.widgets import Input

    from llmtui.tui.widgets.results import ResultList

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await type_query(app, pilot, "kv cache")
        await press(pilot, "tab", "enter")  # from the results, as a user who tabbed there would
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "f1")
        assert "the last query selected: typing starts a new search" in help_text(app)  # F1 says what h does
        await press(pilot, "escape", "h")
        box = app.screen.query_one("#query", Input)
        assert isinstance(app.screen, SearchScreen) and app.screen.focused is box
        assert box.selected_text == "kv cache"
        assert app.screen.query_one("#results", ResultList).option_count > 0  # the last results, until typing
        await type_query(app, pilot, "lora")
        assert box.value == "lora"
        assert app.screen.query_one("#results", ResultList).targets[0] == ConceptPage("LoRA")


# -- 4: an empty draw names the keys as bound, in the app and the CLI alike ----------------------------------------
def test_the_stats_keys_an_empty_draw_names_default_to_the_screens_own():
    from llmtui.tui.practice.planner import StatsKeys
    from llmtui.tui.screens.stats import StatsScreen
    from llmtui.tui.screens.suspended import SuspendedScreen

    defaults = {b.id: b.key for screen in (StatsScreen, SuspendedScreen) for b in screen.BINDINGS}
    keys = StatsKeys()
    assert (keys.suspended_list, keys.unsuspend, keys.unbury, keys.date_plan) == (
        defaults["suspended-list"], defaults["unsuspend"], defaults["unbury"], defaults["date-plan"])


async def test_an_empty_draw_in_the_app_names_the_keys_a_keymap_bound(data_dir, kb):
    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(data_dir).store
    store.suspend("llm-hub#87")  # the only question a search for ReAct finds
    store.close()
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        app.set_keymap({"suspended-list": "f6", "unsuspend": "x"})
        await pilot.press(*"ReAct")
        await settle(app, pilot)
        await press(pilot, "ctrl+t")  # practise the search
        await settle(app, pilot)
        assert "unsuspend on the Stats screen (f6, then x)" in text_of(app, "#setup-counts")
        await press(pilot, "ctrl+g", "f6")  # the keys named are the keys that work
        await settle(app, pilot)
        from llmtui.tui.screens.suspended import SuspendedScreen

        assert isinstance(app.screen, SuspendedScreen)


# -- 8: the interview's hold line is read from history off the UI thread --------------------------------------------
async def test_the_hold_line_is_read_off_the_ui_thread_and_shows_a_change_made_elsewhere(data_dir, kb):
    import threading

    from llmtui.tui.practice.engine import InterviewPlan
    from llmtui.tui.practice.store import HistoryStore
    from llmtui.tui.screens.interview import InterviewScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: 0.0, interview=InterviewPlan(questions=2, seed=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        other = HistoryStore.open(data_dir).store  # another terminal: `llmtui` suspends it meanwhile
        other.suspend(screen.run.session.current.question_id)
        other.close()
        reads: list[int] = []  # the thread of each read of a question's flags, as SQLite runs it
        app.store.conn.set_trace_callback(
            lambda sql: reads.append(threading.get_ident()) if "FROM question_flags WHERE" in sql else None)
        await press(pilot, *"attention", "ctrl+s")
        await settle(app, pilot)
        app.store.conn.set_trace_callback(None)
        assert reads and threading.main_thread().ident not in reads
        assert text_of(app, "#feedback-state") == "Suspended: left out of every draw (s unsuspends)"


# -- 5: the resume dialog fits a tiny terminal, and what it resumes waits behind the notice until the terminal grows --
async def test_the_resume_dialog_fits_and_reads_whole_at_30x8(data_dir, kb):
    from helpers import interrupted_session
    from textual.widgets import Button, Static, TextArea

    from llmtui.tui.screens.confirm import ConfirmModal
    from llmtui.tui.screens.interview import InterviewScreen
    from llmtui.tui.screens.too_small import TooSmallScreen

    interrupted_session(data_dir, draft="half of my second answer")
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: 0.0)
    async with app.run_test(size=(30, 8)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmModal)

        def fits() -> None:
            screen = dialog.region
            box = dialog.query_one("#confirm").region
            question = dialog.query_one("#confirm-question Static", Static)
            assert screen.contains_region(box)
            assert question.region.height == question.virtual_size.height >= 1  # every line of it shown
            assert "Resume it? (Whatever you typed is kept.)" in str(question.render())
            for button in dialog.query(Button):
                assert box.contains_region(button.region) and button.region.height == 1, button

        fits()
        await pilot.resize_terminal(31, 8)  # resized meanwhile: still the dialog, not the too-small notice
        await pilot.pause()
        assert app.screen is dialog
        fits()
        await press(pilot, "y")
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)  # the interview waits behind the notice, its clock stopped
        interview = app.screen_stack[-2]
        assert isinstance(interview, InterviewScreen) and interview.run.session.timer.paused
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen is interview
        assert interview.query_one("#answer-box", TextArea).text == "half of my second answer"
        for _ in range(3):  # the clock runs again a couple of ticks after the interview is back on top
            interview.tick()
        assert not interview.run.session.timer.paused


async def test_the_dialog_keeps_its_roomy_look_where_there_is_room(data_dir, kb):
    from helpers import interrupted_session
    from textual.widgets import Button

    from llmtui.tui.screens.confirm import ConfirmModal

    interrupted_session(data_dir)
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert all(button.region.height == 3 for button in app.screen.query(Button))
        await pilot.resize_terminal(40, 10)  # the smallest the app allows: the dialog narrows with it
        await pilot.pause()
        assert app.screen.region.contains_region(app.screen.query_one("#confirm").region)
        assert all(button.region.height == 1 for button in app.screen.query(Button))


# -- 6: keymap clashes name keys as the file writes them, ctrl+p (the palette) among the keys already taken --------
async def test_keymap_clashes_name_keys_as_written_and_the_palette_key_is_taken(data_dir, kb):
    from helpers import notifications

    data_dir.mkdir(parents=True, exist_ok=True)
    keymap = data_dir / "keymap.toml"
    keymap.write_text('[keys]\ngraph = "ctrl+p"\npath = "?,v"\nback-also = "t"\nhelp-question-mark = "g"\n')
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        toasts = notifications(app)
        for line in (f"{keymap}:2: graph: ctrl+p is the command palette already (everywhere): graph stays on g",
                     f"{keymap}:3: path: ? is help-question-mark already (everywhere): path stays on v",
                     f"{keymap}:4: back-also: t is practise-concept already (on the concept screen): back-also stays on"
                     " alt+left, [",
                     # given back its ?, help takes it from the path, which had it while help was moving off it
                     f"{keymap}:5: help-question-mark: g is graph already (on the concept screen): help-question-mark"
                     " stays on ?"):
            assert any(line in t for t in toasts), (line, toasts)
        said = "\n".join(toasts)
        assert said.count(f"{keymap}:3: path: ? is help-question-mark already") == 1  # said once
        assert not any("question_mark" in t or "square_bracket" in t for t in toasts)
        await go(app, pilot, ConceptPage("LoRA"))
        await press(pilot, "g")  # the graph kept its key
        assert app.screen.query_one("#local-graph").display
        await press(pilot, "v")  # the path took the key that was free
        from llmtui.tui.screens.picker import ConceptPicker

        assert isinstance(app.screen, ConceptPicker)
