"""Defects a new user met walking the app in a terminal (the date dialog, the set-up's remembered counts, recall
after a lapse, the local graph's box), driven as that user would (pilot)."""

from __future__ import annotations

import json

from helpers import go, press, settle, text_of, wait_ready
from study_data import NOW
from textual.containers import VerticalScroll
from textual.widgets import Button, Input

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage
from llmtui.tui.screens.stats import StatsScreen


def shown_whole(widget, within) -> bool:
    """Drawn in full inside ``within`` (a dialog, or the part of it that scrolls) and the screen."""
    region = widget.region
    return region.height > 0 and within.region.contains_region(region) \
        and widget.screen.region.contains_region(region)


async def open_date_plan(app: LlmTuiApp, pilot) -> None:
    from llmtui.tui.screens.date_plan import DatePlanModal

    await wait_ready(app, pilot)
    await press(pilot, "ctrl+g")
    await settle(app, pilot)
    await press(pilot, "d")
    assert isinstance(app.screen, DatePlanModal)


async def test_the_date_dialog_reads_whole_at_80x24_with_its_buttons(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_date_plan(app, pilot)
        app.screen.query_one("#plan-date", Input).value = "2020-01-01"
        await press(pilot, "enter")  # refused: the error (two lines at this width) shows under the fields
        assert text_of(app, "#plan-error").startswith("2020-01-01 is in the past")
        dialog = app.screen.query_one("#date-plan-dialog")
        fields = app.screen.query_one("#date-plan-fields", VerticalScroll)
        assert fields.max_scroll_y == 0  # nothing to scroll to: every line is in sight
        for part in ["#plan-intro", "#plan-date", "#plan-minutes", "#plan-topic", "#plan-error"]:
            assert shown_whole(app.screen.query_one(part), fields), part
        for button in app.screen.query(Button):
            assert shown_whole(button, dialog), button
        app.screen.query_one("#plan-date", Input).value = "2027-01-28"
        await settle(app, pilot)  # the error goes with the change, and the buttons move up with it
        await pilot.click("#plan-save")  # the button saves as Enter does
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        assert json.loads((data_dir / "settings.json").read_text())["interview_date"] == "2027-01-28"


async def test_in_a_short_terminal_the_date_dialog_scrolls_its_fields_and_keeps_its_buttons(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: NOW)
    async with app.run_test(size=(80, 12)) as pilot:
        await open_date_plan(app, pilot)
        dialog = app.screen.query_one("#date-plan-dialog")
        fields = app.screen.query_one("#date-plan-fields", VerticalScroll)
        assert app.screen.region.contains_region(dialog.region)
        for button in app.screen.query(Button):
            assert shown_whole(button, dialog), button
        await press(pilot, "tab", "tab")  # to the topic, the last field: scrolled into sight
        assert app.screen.focused is app.screen.query_one("#plan-topic")
        assert shown_whole(app.screen.query_one("#plan-topic"), fields)
        await pilot.click("#plan-cancel")
        assert isinstance(app.screen, StatsScreen)


async def open_setup(app: LlmTuiApp, pilot) -> tuple[str, str]:
    """Open the interview set-up (ctrl+t); the Questions and Minutes it shows."""
    from llmtui.tui.screens.interview_setup import InterviewSetupScreen

    await wait_ready(app, pilot)
    await press(pilot, "ctrl+t")
    await settle(app, pilot)
    assert isinstance(app.screen, InterviewSetupScreen)
    return app.screen.query_one("#count", Input).value, app.screen.query_one("#minutes", Input).value


async def test_the_interview_set_up_opens_with_the_counts_last_started(data_dir, kb):
    from llmtui.tui.screens.interview import InterviewScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await open_setup(app, pilot) == ("5", "3")  # the first time: the defaults
        app.screen.query_one("#count", Input).value = "2"
        app.screen.query_one("#minutes", Input).value = "1.5"
        await settle(app, pilot)
        await press(pilot, "ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen) and len(app.screen.run.session.records) == 2
    saved = json.loads((data_dir / "settings.json").read_text())
    assert (saved["interview_questions"], saved["interview_minutes"]) == (2, 1.5)
    app = LlmTuiApp(data=data_dir, knowledge=kb)  # the next run: the set-up starts where the user left it
    async with app.run_test(size=(80, 24)) as pilot:
        assert await open_setup(app, pilot) == ("2", "1.5")
        await press(pilot, "escape")
        await go(app, pilot, ConceptPage("LoRA"))
        assert await open_setup(app, pilot) == ("2", "1.5")  # opened from a concept: its concept, the same counts
        assert app.screen.query_one("#concept", Input).value == "LoRA"


async def test_an_old_settings_file_gives_the_default_counts_and_a_bad_count_is_named(data_dir, kb):
    from helpers import notifications

    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text('{"theme": "textual-dark", "daily_minutes": 45}')  # from before the counts
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        assert await open_setup(app, pilot) == ("5", "3")
        assert not notifications(app)
    bad = '{"interview_questions": 0, "interview_minutes": 2}'
    (data_dir / "settings.json").write_text(bad)
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        assert await open_setup(app, pilot) == ("5", "2")  # the bad one falls back to the default, the good one holds
        said = [t for t in notifications(app) if "settings.json" in t]
        assert len(said) == 1 and "\n" not in said[0].removeprefix("Settings\n")  # a titled one-line warning
        assert f"{data_dir / 'settings.json'}: interview_questions: 0 is not a whole number of questions, at least 1" \
            in said[0] and "uses the default for it" in said[0]
    assert (data_dir / "settings.json").read_text() == bad  # the user's file is theirs to fix


def graph_lines(app: LlmTuiApp) -> list[str]:
    """The local graph's lines as drawn inside its box (the border's sides and the vertical bar's room taken off)."""
    from textual.geometry import Region
    from textual.widgets import Tree

    tree = app.screen.query_one("#local-graph", Tree)
    drawn = [strip.text for strip in tree.render_lines(Region(0, 0, *tree.size))][1:-1]  # the border's top, bottom
    return [line[1:1 + tree.scrollable_content_region.width].rstrip() for line in drawn]


async def test_the_local_graph_never_scrolls_sideways_and_cuts_long_lines_at_its_edge(data_dir, kb):
    from textual.widgets import Tree

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("KV cache"))
        await press(pilot, "g")
        tree = app.screen.query_one("#local-graph", Tree)
        # The reasons run past 80 columns: a horizontal bar took the box's last row, its thumb's end a lone glyph.
        assert not tree.show_horizontal_scrollbar and tree.max_scroll_x == 0
        lines = graph_lines(app)
        assert lines[0].startswith("▼ KV cache  (depth 1")
        assert any(line.endswith("…") for line in lines)  # cut at the edge, as fzf cuts a long line
        assert "KV-cache offloading  · KV-cache offloading optimizes KV cache" in lines[1]
        await press(pilot, "2")  # more lines than the box: the vertical bar comes, no line is wider for it
        assert tree.show_vertical_scrollbar and not tree.show_horizontal_scrollbar and tree.max_scroll_x == 0
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        lines = graph_lines(app)  # wide: every reason whole again
        assert not any(line.endswith("…") for line in lines)
        assert "KV-cache offloading  · KV-cache offloading optimizes KV cache, 2 shared questions" in lines[1]


async def test_a_concept_just_graded_again_shows_no_recall_of_100_percent(data_dir, kb):
    from textual.widgets import DataTable, TextArea

    from llmtui.graph.queries import concepts_of_question
    from llmtui.tui.navigation import ConceptsPage
    from llmtui.tui.practice.engine import InterviewPlan

    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=2, seed=5))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        asked = app.screen.run.question.id
        app.screen.query_one("#answer-box", TextArea).text = "No idea."
        await press(pilot, "ctrl+s")
        await press(pilot, "1")  # Again: the user did not recall it
        await settle(app, pilot)
        await go(app, pilot, ConceptsPage())
        table = app.screen.query_one(DataTable)
        concepts = concepts_of_question(kb.graph, asked)
        assert concepts
        for name in concepts:  # FSRS says 1.0 at the moment of any review: it read "100%" after an Again
            recall = str(table.get_row(name)[3]).strip()  # the rows are keyed by concept name
            assert recall.startswith("0% "), (name, recall)
        assert "graded Again counts 0" in str(table.tooltip)
        assert "(Again: 0 until you get it right)" in text_of(app, "#concepts-info")
