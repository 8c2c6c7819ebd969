"""Garbage is collected when the user pauses, and what lives as long as the app is out of the collector's sight."""

from __future__ import annotations

import gc

from helpers import press, settle, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.runtime.collector import IdleCollector


async def test_the_app_freezes_what_it_loaded_and_collects_when_the_user_pauses(data_dir, kb):
    now = [0.0]
    collections: list[float] = []
    thresholds = gc.get_threshold()

    def collect() -> int:
        collections.append(now[0])
        return gc.collect()

    try:
        app = LlmTuiApp(data=data_dir, knowledge=kb, collect_when_idle=True)
        app.collector = IdleCollector(pause=1.0, clock=lambda: now[0], collect=collect)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_ready(app, pilot)
            await settle(app, pilot)
            assert collections and gc.get_freeze_count() > 0  # the warm-up has ended: what is loaded is frozen
            assert gc.get_threshold()[2] > thresholds[2]  # and full collections left to the pauses come rarely
            full = len(collections)
            await press(pilot, *"kv cache")
            now[0] += 0.5
            await pilot.pause(0.6)  # ticks come every quarter of a second
            assert len(collections) == full  # half a second after a key: the user is busy, no full collection
            now[0] += 1.0
            await pilot.pause(0.6)
            assert len(collections) == full + 1  # paused: one, and only one
            now[0] += 5.0
            await pilot.pause(0.6)
            assert len(collections) == full + 1
    finally:
        gc.unfreeze()  # the rest of the test session is not ours to freeze or to tune
        gc.set_threshold(*thresholds)
