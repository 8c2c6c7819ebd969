"""The date dialog and the interview set-up as a new user met them: an error that outlived its cause, Enter on a
list, a focus that could not be seen, a Strict box that read the same on and off (pilot)."""

from __future__ import annotations

import json

from helpers import press, settle, text_of
from study_data import NOW
from test_new_user_walk import open_date_plan
from textual.widgets import Input, Label, Select

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.screens.stats import StatsScreen


async def test_a_refused_date_s_error_goes_once_the_date_is_changed(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_date_plan(app, pilot)
        await press(pilot, *"2020-01-01", "enter")
        assert text_of(app, "#plan-error").startswith("2020-01-01 is in the past")
        await press(pilot, "backspace")  # correcting it: the error is about what was there before
        assert text_of(app, "#plan-error") == ""
        await press(pilot, *"1", "enter")
        assert text_of(app, "#plan-error").startswith("2020-01-01 is in the past")  # Enter checks anew
        app.screen.query_one("#plan-date", Input).value = "2027-01-28"
        await settle(app, pilot)
        assert text_of(app, "#plan-error") == ""


async def test_enter_on_the_topic_list_saves_as_the_button_says_and_space_opens_it(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_date_plan(app, pilot)
        await press(pilot, *"2027-01-28", "tab", "tab")
        topic = app.screen.query_one("#plan-topic", Select)
        assert app.screen.focused is topic
        await press(pilot, "space")  # the list's own key opens it; Enter in it picks the highlighted topic
        assert topic.expanded
        await press(pilot, "down", "enter")
        assert not topic.expanded and not topic.is_blank()
        chosen = str(topic.value)
        await press(pilot, "enter")  # closed, focused: Enter saves
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
    saved = json.loads((data_dir / "settings.json").read_text())
    assert (saved["interview_date"], saved["plan_topic"]) == ("2027-01-28", chosen)


async def test_the_focused_field_of_the_date_dialog_is_marked_without_colour(data_dir, kb, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(50, 12)) as pilot:
        await open_date_plan(app, pilot)
        for presses, field in (((), "#plan-date"), (("tab",), "#plan-minutes"), (("tab",), "#plan-topic")):
            await press(pilot, *presses)
            assert app.screen.focused is app.screen.query_one(field)
            marked = [str(label.render()) for label in app.screen.query(".plan-label").results(Label)
                      if label.rich_style.reverse]
            label = app.screen.query_one(field).parent.query_one(".plan-label", Label)
            assert marked == [str(label.render())], field
            assert label.region.height and app.screen.region.contains_region(label.region)  # in sight


async def test_the_strict_box_says_whether_it_is_on_without_colour(data_dir, kb, monkeypatch):
    from test_new_user_walk import open_setup
    from textual.widgets import Checkbox

    monkeypatch.setenv("NO_COLOR", "1")
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(app, pilot)
        strict = app.screen.query_one("#strict", Checkbox)

        def drawn() -> str:
            return "".join(segment.text for segment in strict.render_line(0))

        off = drawn()
        assert off.strip().startswith("▐X▌ Off:")
        strict.focus()
        await press(pilot, "space")
        assert strict.value
        on = drawn()
        assert on.strip().startswith("▐X▌ On:") and on != off  # the words differ, not only the colour of the X
        await press(pilot, "space")
        assert not strict.value and drawn() == off
