"""Lookups during an interview: the clock pauses while you look, strict mode refuses; app-wide keys stay off."""

from __future__ import annotations

from helpers import notifications, press, settle, wait_ready
from textual.widgets import Static

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.screens.help import HelpScreen
from llmtui.tui.screens.interview import InterviewScreen
from llmtui.tui.screens.palette import Palette
from llmtui.tui.screens.question import QuestionScreen


async def _interview(app: LlmTuiApp, pilot) -> InterviewScreen:
    await wait_ready(app, pilot)
    await pilot.pause()
    assert isinstance(app.screen, InterviewScreen)
    return app.screen


async def test_the_palette_pauses_the_clock_until_you_are_back(data_dir, kb):
    now = [0.0]
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0], interview=InterviewPlan(questions=1, minutes=1))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _interview(app, pilot)
        now[0] = 10.0
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, Palette)
        assert screen.run.session.timer.paused
        now[0] = 500.0  # a long look at an answer costs no time
        other = "Q1" if screen.run.session.current.question_id != "llm-hub#1" else "Q2"
        await pilot.press(*other)
        await pilot.pause(0.4)
        await press(pilot, "enter")  # another question: opens over the interview
        await settle(app, pilot)
        assert isinstance(app.screen, QuestionScreen)
        screen.tick()
        assert screen.run.session.timer.paused  # still looking: still paused
        await press(pilot, "escape")  # back from the page
        assert app.screen is screen
        for _ in range(3):
            screen.tick()
        assert not screen.run.session.timer.paused
        assert screen.run.session.timer.remaining == 50.0
        await pilot.pause()
        assert "The clock runs again." in notifications(app)


async def test_the_question_being_answered_does_not_open_its_page(data_dir, kb):
    """Its page holds the reference answer: looking it up mid-answer would give the answer away."""
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=2, minutes=1))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _interview(app, pilot)
        # The one being answered, then the next one: neither opens.
        for record in screen.run.session.records:
            label = kb.question(record.question_id).label
            await press(pilot, "ctrl+p")
            await pilot.press(*label)
            await pilot.pause(0.4)
            await press(pilot, "enter")
            await settle(app, pilot)
            assert app.screen is screen and screen.phase == "answering"
            assert any(f"{label} is a question of this interview" in t for t in notifications(app))


async def test_help_pauses_the_clock_too(data_dir, kb):
    now = [0.0]
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0], interview=InterviewPlan(questions=1, minutes=1))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _interview(app, pilot)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        assert "while you look things up" in str(screen.query_one("#clock", Static).render())
        now[0] = 300.0
        await press(pilot, "escape")
        for _ in range(3):
            screen.tick()
        assert screen.run.session.timer.remaining == 60.0


async def test_strict_mode_refuses_the_palette(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=1, strict=True))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _interview(app, pilot)
        await press(pilot, "ctrl+p")
        assert app.screen is screen and not screen.run.session.timer.paused
        assert any("Strict mode: no lookups" in n for n in notifications(app))


async def test_app_wide_keys_do_not_abandon_an_interview(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=1))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _interview(app, pilot)
        for key in ("ctrl+r", "ctrl+b"):
            await press(pilot, key)
            assert app.screen is screen, key
        # Nor through the palette: its actions that would leave are not offered.
        await press(pilot, "ctrl+p")
        await pilot.press(*"history")
        await pilot.pause(0.4)
        await press(pilot, "enter")
        await settle(app, pilot)
        assert all(type(s).__name__ != "HistoryScreen" for s in app.screen_stack)


async def test_strict_mode_help_pauses_the_clock_and_says_so(data_dir, kb):
    now = [0.0]
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0],
                    interview=InterviewPlan(questions=1, minutes=1, strict=True))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _interview(app, pilot)
        now[0] = 5.0
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)  # keys, no answers: strict mode lets it open
        assert screen.run.session.timer.paused
        assert "while you look things up" in str(screen.query_one("#clock", Static).render())
        now[0] = 500.0  # longer than the question's minute: strict mode would have submitted at zero
        screen.tick()
        assert screen.phase == "answering"
        await press(pilot, "escape")
        for _ in range(3):
            screen.tick()
        assert not screen.run.session.timer.paused and screen.run.session.timer.remaining == 55.0


async def test_a_terminal_too_small_to_show_the_question_stops_the_clock(data_dir, kb):
    from llmtui.tui.screens.too_small import TooSmallScreen

    now = [0.0]
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0],
                    interview=InterviewPlan(questions=1, minutes=1, strict=True))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _interview(app, pilot)
        now[0] = 10.0
        await pilot.resize_terminal(30, 8)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert screen.run.session.timer.paused
        now[0] = 400.0  # however long it stays small, no time is used
        screen.tick()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen is screen
        for _ in range(3):
            screen.tick()
        assert not screen.run.session.timer.paused and screen.run.session.timer.remaining == 50.0
        now[0] = 420.0
        assert screen.run.session.timer.remaining == 30.0  # and it runs again
