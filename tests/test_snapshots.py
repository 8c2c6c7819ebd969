"""Snapshots of the main screens at a fixed size (pytest-textual-snapshot)."""

from __future__ import annotations

import pytest

from tui.app import LlmTuiApp
from tui.messages import Navigate
from tui.navigation import Location


async def _ready(pilot) -> None:
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.ready:
            break


@pytest.fixture
def app(data_dir):
    return LlmTuiApp(data=data_dir)


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
        pilot.app.post_message(Navigate(Location("concept", "LoRA", "LoRA")))
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_question_page_snapshot(snap_compare, app):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        pilot.app.post_message(Navigate(Location("question", "llm-hub#10", "Q10")))
        await pilot.pause(0.5)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
