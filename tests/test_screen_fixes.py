"""What a new user tripped on at 80x24 (issue #15's walkthrough): palette, key bars, toasts, wording, themes."""

from __future__ import annotations

from helpers import notifications, press, settle, text_of, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.screens.help import HelpScreen
from llmtui.tui.screens.palette import Palette
from llmtui.tui.screens.search import SearchScreen
from llmtui.tui.widgets.command_list import CommandList


def palette_titles(app: LlmTuiApp) -> list[str]:
    return [command.title.plain for command in app.screen.query_one(CommandList).commands]


async def test_the_palette_offers_keys_and_a_screenshot_that_says_where_it_went(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, Palette)
        titles = palette_titles(app)
        assert "Screenshot" in titles and "Keys of this screen: help" in titles
        assert "Keys" not in titles  # Textual's own: a side panel Escape did not close
        await pilot.press(*"keys")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        await press(pilot, "ctrl+p")
        await pilot.press(*"screenshot")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, SearchScreen)
        shots = sorted((data_dir / "exports").glob("screenshot-*.svg"))
        picture = shots[0].read_text(encoding="utf-8") if len(shots) == 1 else ""
        assert picture.lstrip().startswith("<svg") and "questions&#160;·" in picture  # the home screen's status
        assert "screenshot" not in picture  # the palette, with the query typed, had gone first
        assert shots[0].stat().st_mode & 0o077 == 0  # private, as exports are
        assert any(f"Screenshot saved: {shots[0]}" in " ".join(n.split()) for n in notifications(app))
        second = app.save_screen_picture()
        assert second is not None and second != shots[0] and second.exists()  # one second, two files


async def test_no_color_swaps_an_ansi_theme_for_its_truecolour_twin_and_keeps_the_choice(data_dir, kb, monkeypatch):
    import json

    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps({"theme": "ansi-light"}), encoding="utf-8")
    monkeypatch.setenv("NO_COLOR", "1")
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        assert app.theme == "textual-light"
        app.theme = "ansi-dark"  # as the palette's Theme command does
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any("textual-dark stands in" in " ".join(n.split()) for n in notifications(app))
        assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["theme"] == "ansi-dark"
        app.theme = "nord"  # a truecolour theme is shown as it is
        await pilot.pause()
        assert app.theme == "nord"


async def test_the_feedback_says_the_question_is_held_back_and_old_toasts_go_with_their_question(data_dir, kb):
    from llmtui.tui.practice.engine import InterviewPlan
    from llmtui.tui.screens.interview import InterviewScreen

    now = [0.0]
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: now[0],
                    interview=InterviewPlan(questions=2, minutes=1, seed=3))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        first = screen.run.session.current.question_id
        now[0] = 61.0
        screen.tick()
        await pilot.pause()
        assert any("Time is up" in n for n in notifications(app))
        await press(pilot, *"attention", "ctrl+s")
        await pilot.pause()
        assert not any("Time is up" in n for n in notifications(app))  # the clock it spoke of has stopped
        state = screen.query_one("#feedback-state")
        assert not state.display
        await press(pilot, "s")
        await settle(app, pilot)  # the state is read from history by a worker
        assert app.store.flags(first).suspended and state.display
        assert str(state.render()) == "Suspended: left out of every draw (s unsuspends)"
        await press(pilot, "s", "b")
        await settle(app, pilot)
        assert not app.store.flags(first).suspended
        assert str(state.render()) == "Buried until tomorrow (b unburies)"
        await press(pilot, "b")
        await settle(app, pilot)
        assert app.store.held_back() == set() and not state.display
        await press(pilot, "s")
        assert any("suspended" in n for n in notifications(app))
        await press(pilot, "3")  # graded: the next question, and the toasts about the first are gone
        await pilot.pause()
        assert screen.run.session.current.question_id != first
        assert not any("suspended" in n for n in notifications(app))
        assert text_of(app, "#progress").startswith("Question 2/") and "· Good: next review" in text_of(app, "#progress")


async def test_messages_end_with_one_stop(data_dir, kb):
    import re

    from textual.widgets import Input

    from llmtui.tui.screens.interview_setup import InterviewSetupScreen

    doubled = re.compile(r"[.?!]\s*\.|\.\s+[.?!]")
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+t")
        assert isinstance(app.screen, InterviewSetupScreen)
        app.screen.query_one("#concept", Input).value = "flash"  # no concept, a suggestion: the problem ends with a question
        await settle(app, pilot)
        problem = text_of(app, "#setup-counts").split("⚠ ", 1)[1]
        assert problem.startswith("No concept 'flash'; did you mean") and problem.endswith("?")
        assert not doubled.search(problem), problem
        await press(pilot, "ctrl+s")  # refused, with the same sentence
        said = [" ".join(n.split()) for n in notifications(app)]
        assert said and all(not doubled.search(n) for n in said) and any(n.endswith("?") for n in said), said
