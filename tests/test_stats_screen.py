"""The Stats screen, the suspended list and the retention dialog, driven as a user would (pilot)."""

from __future__ import annotations

import json

import pytest
from helpers import notifications, press, settle, text_of, wait_ready
from study_data import NOW, seed_history
from textual.widgets import DataTable, Input

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.practice.charts import LEVELS
from llmtui.tui.screens.stats import StatsScreen
from llmtui.tui.screens.suspended import SuspendedScreen


async def test_stats_screen_draws_history_and_leads_to_the_suspended_list(data_dir, kb):
    seed_history(data_dir)
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        heat = text_of(app, "#heatmap").splitlines()
        assert heat[1].startswith("Mon") and heat[7].startswith("Sun") and "less" in heat[8]
        # Levels are glyphs of their own (readable with NO_COLOR): days with reviews and rest days both show.
        glyphs = set("".join(heat[1:8]))
        assert LEVELS[0] in glyphs and len(glyphs & set(LEVELS[1:])) >= 3
        assert heat[5].split()[1:] and set(heat[5].split()[-8:]) == {LEVELS[0]}  # Fridays: rest days
        trend = text_of(app, "#trend")
        assert "reviews" in trend and "minutes" in trend and "most" in trend
        table = text_of(app, "#retention-table")
        stats = app.screen.stats
        assert f"young  {round(stats.retention.young * 100):>3}%" in table and "target  90%" in table
        assert "2 suspended · 1 leech · 0 buried" in text_of(app, "#leech-count")
        assert "Transformer fundamentals" in text_of(app, "#readiness")
        await press(pilot, "l")
        await settle(app, pilot)
        assert isinstance(app.screen, SuspendedScreen)
        rows = app.screen.query_one(DataTable)
        assert rows.row_count == 2 and str(rows.get_row_at(0)[0]) == "suspended, leech"
        await press(pilot, "u")  # the way back: Q5 is unsuspended and stays a leech
        await settle(app, pilot)
        assert not app.store.flags("llm-hub#5").suspended and app.store.flags("llm-hub#5").leech
        assert str(app.screen.query_one(DataTable).get_row_at(0)[0]) == "leech"
        await press(pilot, "escape")
        await settle(app, pilot)
        assert "1 suspended · 1 leech" in text_of(app, "#leech-count")


async def test_desired_retention_is_set_with_the_workload_warning(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+g")
        await settle(app, pilot)
        await press(pilot, "t")
        box = app.screen.query_one(Input)
        box.value = "0.99"
        await pilot.pause()
        assert "0.70 to 0.97" in text_of(app, "#retention-warning")
        await press(pilot, "enter")
        assert app.screen.query_one(Input) is box  # refused: still asking
        box.value = "0.95"
        await pilot.pause()
        assert "workload climbs steeply" in text_of(app, "#retention-warning")
        await press(pilot, "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen) and "target  95%" in text_of(app, "#retention-table")
        assert json.loads((data_dir / "settings.json").read_text())["desired_retention"] == 0.95
        assert app.settings.desired_retention == 0.95


async def test_question_page_suspends_and_buries(data_dir, kb):
    from helpers import go

    from llmtui.tui.navigation import QuestionPage

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, QuestionPage("llm-hub#10"))
        assert not app.screen.query_one("#question-state").display
        await press(pilot, "s")
        assert app.store.flags("llm-hub#10").suspended and "Suspended" in text_of(app, "#question-state")
        await press(pilot, "s")
        assert not app.store.flags("llm-hub#10").suspended
        await press(pilot, "b")
        assert app.store.held_back() == {"llm-hub#10"} and "Buried until tomorrow (b unburies)" == text_of(app, "#question-state")
        await press(pilot, "b")
        assert app.store.held_back() == set()


async def test_home_says_how_the_date_plan_stands(data_dir, kb):
    from datetime import timedelta

    from llmtui.tui.runtime.settings import Settings, save_settings

    data_dir.mkdir(parents=True)
    save_settings(data_dir, Settings(interview_date=(NOW + timedelta(days=60)).date().isoformat(), daily_minutes=45))
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        await pilot.pause()
        assert text_of(app, "#status").startswith("on track: 0% ready, 60 days left · 115 questions")
    save_settings(data_dir, Settings(interview_date=(NOW + timedelta(days=7)).date().isoformat(), daily_minutes=30))
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        await pilot.pause()
        assert text_of(app, "#status").startswith("behind: 115 questions not met")


async def test_concept_browser_sorts_by_recall_weakest_first(data_dir, kb):
    from llmtui.tui.practice.planner import concept_recalls

    seed_history(data_dir)
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+b")
        await press(pilot, "ctrl+s", "ctrl+s")  # questions → centrality → recall (letters type into the filter)
        table = app.screen.query_one(DataTable)
        recall = {n: r.recall for n, r in concept_recalls(app.kb, app.store).items()}
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        known = [n for n in names if recall[n] is not None]
        assert known and names[: len(known)] == known  # the ones with an estimate first …
        assert [recall[n] for n in known] == sorted(recall[n] for n in known)  # … weakest first
        cells = [table.get_row_at(i)[3] for i in range(table.row_count)]
        # The value is in the text (a number and a bar), the colour only repeats it. The weakest are the concepts
        # whose reviewed questions were all last graded Again (0 until graded again); the first above 0 has a bar.
        assert str(cells[0]).strip().startswith(f"{round(recall[names[0]] * 100)}%")
        some = next(i for i, n in enumerate(names) if recall[n])
        assert str(cells[some]).strip().startswith(f"{round(recall[names[some]] * 100)}%") and "█" in str(cells[some])
        assert str(cells[-1]).strip() == "–  not yet"
        info = str(app.screen.query_one("#concepts-info").render())  # drawn: a border title was not
        assert "concepts" in info and "sorted by recall" in info


async def test_the_date_plan_is_set_from_the_stats_screen(data_dir, kb):
    from llmtui.tui.screens.date_plan import DatePlanModal

    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+g")
        await settle(app, pilot)
        assert text_of(app, "#stats-plan").startswith("No interview date: d")
        await press(pilot, "d")
        assert isinstance(app.screen, DatePlanModal)
        app.screen.query_one("#plan-date", Input).value = "2026-13-40"
        await press(pilot, "enter")
        assert "not a date" in text_of(app, "#plan-error")
        app.screen.query_one("#plan-date", Input).value = "2026-11-28"  # the day before NOW: refused, as the CLI does
        await press(pilot, "enter")
        assert isinstance(app.screen, DatePlanModal)
        assert text_of(app, "#plan-error") == ("2026-11-28 is in the past (today is 2026-11-29): give the day of an "
                                               "interview still to come.")
        app.screen.query_one("#plan-date", Input).value = "2027-01-28"
        app.screen.query_one("#plan-minutes", Input).value = "60"
        await press(pilot, "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        assert text_of(app, "#stats-plan") == "Interview 2027-01-28: on track: 0% ready, 60 days left"
        saved = json.loads((data_dir / "settings.json").read_text())
        assert (saved["interview_date"], saved["daily_minutes"], saved["plan_topic"]) == ("2027-01-28", 60, None)
        await press(pilot, "d")
        app.screen.query_one("#plan-date", Input).value = ""  # an empty date clears the plan, as plan --clear does
        await press(pilot, "enter")
        await settle(app, pilot)
        assert app.settings.interview_date is None and text_of(app, "#stats-plan").startswith("No interview date")
        assert app.settings.daily_minutes == 30
        assert "Cleared the interview-date plan (interview 2027-01-28, 60 min a day)." in notifications(app)


@pytest.mark.parametrize("size", [(80, 24), (110, 30), (120, 40), (160, 45)])
async def test_stats_lines_never_wrap(data_dir, kb, size):
    """Every line of every chart or table stays on one row: the columns, bars and names are cut to fit instead."""
    from textual.geometry import Region
    from textual.widgets import Static

    from llmtui.tui.widgets.text import Fitted

    seed_history(data_dir)
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        checked = 0
        for widget in app.screen.query_one("#stats-columns").query(Static):
            visual = widget.render()
            content = visual.content(widget.content_size.width) if isinstance(visual, Fitted) else visual
            meant = [line.rstrip() for line in str(content).rstrip("\n").split("\n")]
            drawn = [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, *widget.content_size))]
            assert drawn == meant, (widget.id, drawn, meant)
            assert widget.region.right <= size[0]
            checked += 1
        assert checked >= 6
