"""Snapshots of the main screens at a fixed size (pytest-textual-snapshot)."""

from __future__ import annotations

import pytest
from helpers import wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.messages import Navigate
from llmtui.tui.navigation import ConceptPage, QuestionPage


async def _ready(pilot) -> None:
    await wait_ready(pilot.app, pilot)


@pytest.fixture
def app(data_dir, kb):
    return LlmTuiApp(data=data_dir, knowledge=kb)


def test_home_search_snapshot(snap_compare, app):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press(*"kv cache")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=(110, 30), run_before=run_before)


def test_concept_page_snapshot(snap_compare, app):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        pilot.app.post_message(Navigate(ConceptPage("LoRA")))
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_question_page_snapshot(snap_compare, app):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        pilot.app.post_message(Navigate(QuestionPage("llm-hub#10")))
        await pilot.pause(0.5)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_stats_screen_snapshot(snap_compare, data_dir, kb):
    from study_data import NOW, seed_history

    seed_history(data_dir)
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)

    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press("ctrl+g")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
