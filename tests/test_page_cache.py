"""Pages are built once and kept for back and forward: shown again as they were left."""

from __future__ import annotations

from helpers import go, press, wait_ready
from textual.widgets import Static, Tree

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.messages import KnowledgeLoaded
from llmtui.tui.navigation import ConceptPage, QuestionPage
from llmtui.tui.screens.concept import ConceptScreen
from llmtui.tui.screens.search import SearchScreen


def breadcrumb(app: LlmTuiApp) -> str:
    return str(app.screen.query_one("#breadcrumb", Static).visual)


async def test_back_and_forward_show_the_kept_page_as_it_was_left(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        lora = app.screen
        await press(pilot, "2")  # the local graph, two levels deep
        assert "forward" not in breadcrumb(app)
        await go(app, pilot, QuestionPage("llm-hub#11"))
        question = app.screen
        await press(pilot, "escape")
        assert app.screen is lora  # the same page, not a new one
        tree = lora.query_one("#local-graph", Tree)
        assert tree.display and "depth 2" in str(tree.root.label)
        assert "forward" in breadcrumb(app)  # the trail moved on since the page was built
        await press(pilot, "right_square_bracket")
        assert app.screen is question
        await press(pilot, "h")
        assert isinstance(app.screen, SearchScreen)
        await go(app, pilot, ConceptPage("LoRA"))
        assert app.screen is lora


async def test_only_the_most_recent_pages_are_kept(data_dir, kb, monkeypatch):
    monkeypatch.setattr(LlmTuiApp, "PAGES_KEPT", 2)
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        names = ["LoRA", "QLoRA", "KV cache"]
        pages = []
        for name in names:
            await go(app, pilot, ConceptPage(name))
            pages.append(app.screen)
        assert [page.is_attached for page in pages] == [False, True, True]  # the oldest was let go
        await press(pilot, "escape", "escape")
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("LoRA")
        assert app.screen is not pages[0]  # built again


async def test_new_knowledge_lets_the_kept_pages_go(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        lora = app.screen
        await press(pilot, "h")
        app.post_message(KnowledgeLoaded(kb, 0.0))
        await pilot.pause()
        assert not lora.is_attached
        await go(app, pilot, ConceptPage("LoRA"))
        assert app.screen is not lora


async def test_a_kept_question_page_shows_what_changed_since(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, QuestionPage("llm-hub#11"))
        page = app.screen
        assert not page.query_one("#question-state", Static).display
        await press(pilot, "h")
        app.store.suspend("llm-hub#11")  # as the feedback screen or the suspended list would
        await go(app, pilot, QuestionPage("llm-hub#11"))
        assert app.screen is page
        state = page.query_one("#question-state", Static)
        assert state.display and "Suspended" in str(state.render())


async def test_a_kept_concepts_browser_shows_recall_after_reviews(data_dir, kb):
    from textual.widgets import DataTable

    from llmtui.tui.navigation import ConceptsPage
    from llmtui.tui.practice.engine import InterviewPlan

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptsPage())
        browser = app.screen
        table = browser.query_one(DataTable)
        concept = next(iter(app.kb.concept_questions))
        question = app.kb.concept_question_ids(concept)[0]

        def recall_shown() -> str:
            return str(table.get_row(concept)[3])

        assert "not yet" in recall_shown()
        await press(pilot, "escape")  # home (letters type into the browser's filter)
        sid = app.store.start_session(InterviewPlan(questions=1), [question])
        app.store.grade(sid, 0, question, 3)
        await go(app, pilot, ConceptsPage())
        assert app.screen is browser and "%" in recall_shown()
