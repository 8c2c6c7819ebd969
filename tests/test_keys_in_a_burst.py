"""Keys that arrive in one burst (a paste into the terminal, tmux send-keys, a fast typist) apply in the order typed
in the interview set-up and the date dialog, and what the user did not choose is never saved as their default."""

from __future__ import annotations

import json

from helpers import settle, wait_ready
from textual import events
from textual.widgets import Input

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.screens.interview import InterviewScreen
from llmtui.tui.screens.interview_setup import InterviewSetupScreen

CHARACTERS = {"tab": "\t", "enter": "\r", "ctrl+u": "\x15", "backspace": "\x7f"}


def burst(app: LlmTuiApp, *keys: str) -> None:
    """Queue ``keys`` on the app all at once, as the terminal driver does with bytes read in one go (Pilot.press
    waits for each key to be handled, which hides any key overtaking another)."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None)))


async def test_a_burst_of_keys_in_the_set_up_fills_each_field_with_what_was_typed_for_it(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        burst(app, "ctrl+t")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewSetupScreen)
        burst(app, "ctrl+u", "3", "tab", "ctrl+u", "2", "enter")
        for _ in range(3):
            await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert len(app.screen.run.session.records) == 3 and app.screen.run.session.plan.minutes == 2
    saved = json.loads((data_dir / "settings.json").read_text())
    assert (saved["interview_questions"], saved["interview_minutes"]) == (3, 2)


async def test_a_field_left_blank_starts_with_the_default_and_does_not_become_the_users_default(data_dir, kb):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text('{"interview_questions": 4, "interview_minutes": 2}')
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        burst(app, "ctrl+t")
        await settle(app, pilot)
        burst(app, "ctrl+u", "tab", "ctrl+u", "enter")  # both blank: this interview takes the defaults
        for _ in range(3):
            await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert len(app.screen.run.session.records) == 5 and app.screen.run.session.plan.minutes == 3
    saved = json.loads((data_dir / "settings.json").read_text())
    assert (saved["interview_questions"], saved["interview_minutes"]) == (4, 2)  # the user's own, as they were


async def test_backspace_typed_fast_deletes_where_it_was_typed(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        burst(app, "ctrl+t")
        await settle(app, pilot)
        burst(app, "1", "2", "backspace", "4")
        await settle(app, pilot)
        assert app.screen.query_one("#count", Input).value == "14"
