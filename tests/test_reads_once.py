"""Screens that read history off the UI thread read it once when they open, and again when shown again."""

from __future__ import annotations

from helpers import press, settle, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.screens.history import HistoryRead, HistoryScreen
from llmtui.tui.screens.stats import StatsRead, StatsScreen


class CountingHistory(HistoryScreen):
    reads = 0

    def on_history_read(self, message: HistoryRead) -> None:  # beside HistoryScreen's own handler
        self.reads += 1


class CountingStats(StatsScreen):
    reads = 0

    def on_stats_read(self, message: StatsRead) -> None:
        self.reads += 1


async def test_history_and_stats_read_once_when_opened_and_again_when_shown_again(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        for screen in (CountingHistory(), CountingStats()):
            await app.push_screen(screen)
            await settle(app, pilot)
            await pilot.pause(0.1)
            await settle(app, pilot)
            assert screen.reads == 1
            await press(pilot, "f1")  # the help covers it; closing it shows the screen again
            await press(pilot, "escape")
            await settle(app, pilot)
            await pilot.pause(0.1)
            await settle(app, pilot)
            assert screen.reads == 2
            await press(pilot, "escape")
