"""Fixes from the review of the day's landings: each test fails without its fix."""

from __future__ import annotations

import pytest
from helpers import graded_at, notifications, press, settle, text_of, wait_ready
from textual.widgets import Input

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.screens.interview_setup import InterviewSetupScreen


# Digits only (the fields take no letters), yet float() makes 400 nines infinite; int(inf) raised OverflowError.
@pytest.mark.parametrize(("field", "typed"), [("count", "9" * 400), ("seed", "9" * 400), ("minutes", "1e999"),
                                              ("count", "nan")], ids=["count-huge", "seed-huge", "minutes-huge", "nan"])
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


async def test_history_read_ahead_is_not_shown_once_a_review_has_fallen_due_since(data_dir, kb):
    from datetime import UTC, datetime, timedelta

    from llmtui.tui.screens.history import HistoryScreen

    graded = datetime(2031, 3, 4, 9, 0, tzinfo=UTC)
    graded_at(data_dir, {"llm-hub#3": 3}, graded)
    now = [graded]
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: now[0])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        assert app.history_ahead is not None and app.history_ahead.due == 0  # read ahead: nothing due yet
        now[0] = graded + timedelta(days=400)  # the app left open: the review has fallen due, nothing written
        await app.push_screen(HistoryScreen())
        await settle(app, pilot)
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert text_of(app, "#due-count").startswith("Reviews due now: 1")


async def test_the_concept_pickers_prompt_shows_no_escapes_or_bidi_overrides(data_dir, kb):
    from textual.widgets import Label

    from llmtui.tui.screens.picker import ConceptPicker

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await app.push_screen(ConceptPicker("Path from [b]Lo\x1b[31mRA\u202e to…"))
        await pilot.pause()
        shown = str(app.screen.query_one("#picker Label", Label).render())
        assert "\x1b" not in shown and "\u202e" not in shown
        assert shown.startswith("Path from [b]Lo") and shown.endswith("RA to…")  # the rest as written, not markup


def test_an_interview_date_beyond_the_plans_horizon_is_refused_not_saved(data_dir, capsys):
    from llmtui.tui.cli.main import main
    from llmtui.tui.practice import dateplan
    from llmtui.tui.runtime import settings

    assert settings.LATEST_INTERVIEW_YEARS == dateplan.LATEST_INTERVIEW_YEARS  # the one mirrors the other
    assert main(["plan", "--date", "9999-12-31"]) == 1  # simulating its reviews ran past year 9999: an internal error
    assert capsys.readouterr().err == ("llmtui: --date 9999-12-31 is more than 10 years ahead: give the day of an"
                                       " interview you are preparing for\n")
    assert not (data_dir / "settings.json").exists()


async def test_a_hand_edited_interview_date_too_far_ahead_is_named_and_the_app_starts(data_dir, kb, capsys):
    import json

    from llmtui.tui.cli.main import main

    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps({"interview_date": "9999-12-31"}), encoding="utf-8")
    assert main(["plan"]) == 0  # the date is not used: no plan, and no crash
    captured = capsys.readouterr()
    assert captured.out.startswith("no interview date set")
    assert "interview_date: '9999-12-31' is not a date written YYYY-MM-DD, at most 10 years ahead" in captured.err
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)  # the warm-up computed the Stats screen's plan ahead: it crashed the app
        assert app.stats_ahead is not None and app.stats_ahead.plan is None
        assert any("9999-12-31" in n for n in notifications(app))


TOPIC_WITH_BRACKETS = "Tricks [/nope] and [@click=app.quit]clicks[/]"


@pytest.fixture
def tricks_pack(tmp_path):
    """A pack whose one topic is written with brackets that markup would take for tags and an action."""
    pack = tmp_path / "tricks.md"
    pack.write_text(f"# Interview notes\n\n## {TOPIC_WITH_BRACKETS}\n\n### Q1: What is a zebra transformer?\n\n"
                    "A zebra transformer alternates striped attention layers with dense ones to save memory.\n",
                    encoding="utf-8")
    return pack


async def test_the_palette_shows_a_packs_topic_as_written_not_as_markup(data_dir, tricks_pack):
    from llmtui.tui.screens.palette import Palette
    from llmtui.tui.widgets.command_list import CommandList, entry_lines

    app = LlmTuiApp(content=[tricks_pack], data=data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        await pilot.press(*"zebra")  # the palette parsed the topic as markup: MarkupError, the app gone
        await pilot.pause(0.3)
        assert isinstance(app.screen, Palette)
        drawn = [" ".join(line.plain for line in entry_lines(command, 200))
                 for command in app.screen.query_one(CommandList).commands]
        assert any(line == f"tricks#1 What is a zebra transformer?  · {TOPIC_WITH_BRACKETS}" for line in drawn), drawn


async def test_the_set_ups_topic_list_shows_a_packs_topic_as_written(data_dir, tricks_pack):
    from textual.widgets import Select

    app = LlmTuiApp(content=[tricks_pack], data=data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+t")
        select = app.screen.query_one("#topic", Select)
        select.expanded = True  # the list parsed each topic as markup: MarkupError, the app gone
        await pilot.pause(0.3)
        select.value = TOPIC_WITH_BRACKETS
        select.expanded = False
        await settle(app, pilot)
        assert text_of(app, "#topic #label") == TOPIC_WITH_BRACKETS
        assert text_of(app, "#setup-counts").startswith("1 question fit")
