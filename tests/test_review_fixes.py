"""Fixes from the review of the day's landings: set-up numbers that are not finite, ..."""

from __future__ import annotations

import pytest
from helpers import notifications, press, settle, text_of, wait_ready
from textual.widgets import Input

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.screens.interview_setup import InterviewSetupScreen


@pytest.mark.parametrize(("field", "typed"), [("count", "inf"), ("count", "nan"), ("seed", "1e999"), ("minutes", "nan")])
async def test_set_up_refuses_numbers_that_are_not_finite_in_one_line(data_dir, kb, field, typed):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+t")
        app.screen.query_one(f"#{field}", Input).value = typed
        await settle(app, pilot)
        assert text_of(app, "#setup-counts") == "⚠ Questions, minutes and seed take numbers."
        await press(pilot, "ctrl+s")  # refused with the same line, the app still running
        assert isinstance(app.screen, InterviewSetupScreen)
        assert "Questions, minutes and seed take numbers." in notifications(app)
