"""The key bar shows the keys that apply, and is rebuilt only when they change."""

from __future__ import annotations

from helpers import go, notifications, press, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage, QuestionPage
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.widgets.keybar import BarKey, KeyBar


def keys(app: LlmTuiApp) -> list[BarKey]:
    return app.screen.query_one(KeyBar).keys


def descriptions(app: LlmTuiApp) -> set[str]:
    return {key.description for key in keys(app)}


def bar_line(app: LlmTuiApp) -> str:
    """The key bar as drawn on the screen."""
    from textual.geometry import Region

    bar = app.screen.query_one(KeyBar)
    return "".join(strip.text for strip in bar.render_lines(Region(0, 0, *bar.size)))


async def test_the_key_bar_follows_the_screen_and_is_not_rebuilt_for_nothing(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        assert {"Back", "Local graph", "Path to…"} <= descriptions(app)
        bar = app.screen.query_one(KeyBar)
        drawn, shown = bar.drawn, bar.keys
        app.screen.refresh_bindings()  # a signal with the same keys
        await pilot.pause()
        await pilot.pause()
        assert bar.drawn is drawn and bar.keys is shown  # nothing worked out again, nothing redrawn
        await press(pilot, "g")  # focus moves to the local graph: other hidden keys, the same shown ones
        await pilot.pause()
        assert app.screen.focused is not None and app.screen.focused.id == "local-graph"
        assert bar.drawn is drawn and bar.keys is shown
        await go(app, pilot, QuestionPage("llm-hub#11"))
        assert "Local graph" not in descriptions(app) and "Back" in descriptions(app)
        await press(pilot, "escape")
        assert "Local graph" in descriptions(app)  # the kept concept page, its keys again


async def test_the_key_bar_changes_with_the_interview_phase(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=1, minutes=1, seed=3))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert "Submit" in descriptions(app) and "Grade" not in descriptions(app)
        await press(pilot, *"attention", "ctrl+s")
        await pilot.pause()
        assert "Grade" in descriptions(app) and "Submit" not in descriptions(app)  # one "1-4 Grade" entry


def shown_whole(app: LlmTuiApp, width: int) -> list[str]:
    """The descriptions the bar shows, each checked to be drawn in full inside ``width`` columns, in order."""
    line = bar_line(app)
    out, at = [], 0
    for key in keys(app):
        found = line.find(f"{key.display} {key.description}", at)
        assert found >= 0, (key.description, line)
        at = found + len(key.display)
        if not key.palette:
            out.append(key.description)
    return out


async def test_the_key_bar_keeps_the_screens_own_keys_whole_at_80_columns(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=1, minutes=1, seed=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        answering = shown_whole(app, 80)
        assert {"Submit", "Skip", "Pause", "Leave"} <= set(answering) and answering[-1] == "Help"
        await press(pilot, *"attention", "ctrl+s")
        await pilot.pause()
        feedback = shown_whole(app, 80)
        assert {"Grade", "Suggested", "Leave"} <= set(feedback) and feedback[-1] == "Help"
        assert keys(app)[-1].palette and bar_line(app).rstrip().endswith(f"{keys(app)[-1].display} palette")  # ctrl+p, right
        await press(pilot, "enter")  # graded: the summary, then home
        await pilot.pause()


async def test_wider_bars_add_app_wide_keys_after_the_screens_own(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await go(app, pilot, ConceptPage("LoRA"))
        narrow = shown_whole(app, 80)
        assert narrow[:4] == ["Back", "Home", "Local graph", "Path to…"] and narrow[-1] == "Help"
        await press(pilot, "ctrl+g")
        await pilot.pause()
        stats = shown_whole(app, 80)
        assert stats[:4] == ["Back", "Suspended", "Retention", "Date plan"] and stats[-1] == "Help"
        await press(pilot, "escape")
        await go(app, pilot, ConceptPage("LoRA"))
        assert shown_whole(app, 80) == narrow
        await pilot.resize_terminal(160, 45)  # the same page, wider: the bar fits more
        await pilot.pause()
        await pilot.pause()
        wide = shown_whole(app, 160)
        assert wide[:4] == narrow[:4] and set(narrow) < set(wide) and {"Interview", "History"} <= set(wide)
        assert wide[-1] == "Help"


async def test_a_click_on_a_key_presses_it_and_hovering_shows_its_tooltip(data_dir, kb):
    from llmtui.tui.screens.history import HistoryScreen

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        line = bar_line(app)
        history = line.index("^r History")
        await pilot.hover(KeyBar, offset=(history + 4, 0))
        await pilot.pause()
        assert bar.tooltip == next(k.tooltip for k in bar.keys if k.description == "History") and bar.tooltip
        await pilot.hover(KeyBar, offset=(line.index("f1 Help") + 1, 0))
        await pilot.pause()
        assert bar.tooltip == next(k.tooltip for k in bar.keys if k.description == "Help") and bar.tooltip
        await pilot.hover(KeyBar, offset=(line.index("▏") - 1, 0))  # the gap before the palette's key
        await pilot.pause()
        assert bar.tooltip is None
        await pilot.click(KeyBar, offset=(history + 4, 0))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)


async def test_a_click_on_an_entry_for_several_keys_presses_none_and_a_narrow_set_up_keeps_start(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=2, minutes=1, seed=3))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        await press(pilot, *"attention", "ctrl+s")
        await pilot.pause()
        line = bar_line(app)
        await pilot.click(KeyBar, offset=(line.index("1-4 Grade") + 1, 0))  # which grade? none is given
        await pilot.pause()
        assert app.screen.phase == "feedback" and app.store.sessions()[0].answers[0].grade is None
        await pilot.click(KeyBar, offset=(line.index("^z Undo") + 1, 0))  # one key: pressed
        await pilot.pause()
        assert "Nothing to undo in this interview." in notifications(app)


async def test_at_40_columns_the_set_up_bar_keeps_start_first(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(40, 30)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+t")
        await pilot.pause()
        assert [k.description for k in keys(app) if not k.palette][:1] == ["Start"]
        assert "Help" in descriptions(app)
