"""The key bar shows the keys that apply, and is rebuilt only when they change."""

from __future__ import annotations

from helpers import go, press, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage, QuestionPage
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.widgets.keybar import KeyBar


def keys(app: LlmTuiApp) -> list:
    return list(app.screen.query_one(KeyBar).query("FooterKey"))


def descriptions(app: LlmTuiApp) -> set[str]:
    return {key.description for key in keys(app)}


async def test_the_key_bar_follows_the_screen_and_is_not_rebuilt_for_nothing(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        assert {"Back", "Local graph", "Path to…"} <= descriptions(app)
        drawn = keys(app)
        app.screen.refresh_bindings()  # a signal with the same keys
        await pilot.pause()
        await pilot.pause()
        assert keys(app) == drawn  # the very same widgets: nothing rebuilt
        await press(pilot, "g")  # focus moves to the local graph: other hidden keys, the same shown ones
        await pilot.pause()
        assert app.screen.focused is not None and app.screen.focused.id == "local-graph"
        assert keys(app) == drawn
        await go(app, pilot, QuestionPage("llm-hub#11"))
        assert "Local graph" not in descriptions(app) and "Back" in descriptions(app)
        await press(pilot, "escape")
        assert "Local graph" in descriptions(app)  # the kept concept page, its keys again


async def test_the_key_bar_changes_with_the_interview_phase(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=1, minutes=1, seed=3))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert "Submit" in descriptions(app) and "Grade" not in descriptions(app)
        await press(pilot, *"attention", "ctrl+s")
        await pilot.pause()
        assert "Grade" in descriptions(app) and "Submit" not in descriptions(app)  # one "1-4 Grade" entry
