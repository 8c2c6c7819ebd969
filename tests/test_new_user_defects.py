"""Defects a new user met: the home key after an interview, the answered counts, what each per-concept figure
measures, pastes into one-line boxes, and the keys the CLI names under a keymap that clashes."""

from __future__ import annotations

import pytest
from helpers import help_text, press, settle, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.screens.history import HistoryScreen
from llmtui.tui.screens.review import SessionReviewScreen
from llmtui.tui.screens.search import SearchScreen
from llmtui.tui.screens.stats import StatsScreen
from llmtui.tui.screens.summary import SummaryScreen
from llmtui.tui.widgets.keybar import KeyBar

SIZES = [(80, 24), (160, 45)]


def flat_help(app: LlmTuiApp) -> str:
    """F1's text with its lines joined: a description wraps at 80 columns."""
    return " ".join(help_text(app).split())


async def finish_one_question(app: LlmTuiApp, pilot) -> None:
    """Answer and grade the one question of the interview the app was started with: the summary shows."""
    await wait_ready(app, pilot)
    await pilot.pause()
    await press(pilot, *"cached keys and values", "ctrl+s")
    await settle(app, pilot)
    await press(pilot, "3")
    await settle(app, pilot)
    assert isinstance(app.screen, SummaryScreen)


# -- 1: h goes home from the summary (and History, Stats, a review), as on every page; Escape is "Done" -------------
@pytest.mark.parametrize("size", SIZES)
async def test_h_goes_home_from_the_summary_and_the_key_bar_and_help_say_so(data_dir, kb, size):
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: 0.0, interview=InterviewPlan(questions=1, seed=3))
    async with app.run_test(size=size) as pilot:
        await finish_one_question(app, pilot)
        assert "h Home" in str(app.screen.query_one(KeyBar).render())
        await press(pilot, "f1")
        assert "Back to the search screen" in flat_help(app)
        await press(pilot, "escape")
        await press(pilot, "h")
        assert isinstance(app.screen, SearchScreen) and len(app.screen_stack) == 1


async def test_escape_on_the_summary_goes_back_where_the_interview_started_h_goes_home(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: 0.0, interview=InterviewPlan(questions=1, seed=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await finish_one_question(app, pilot)
        await press(pilot, "escape")  # started from home: Done is home
        assert isinstance(app.screen, SearchScreen)
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        await press(pilot, "enter")  # the interview's review, over History
        await settle(app, pilot)
        assert isinstance(app.screen, SessionReviewScreen)
        await press(pilot, "h")
        assert isinstance(app.screen, SearchScreen) and len(app.screen_stack) == 1
        for key, screen in (("ctrl+r", HistoryScreen), ("ctrl+g", StatsScreen)):
            await press(pilot, key)
            await settle(app, pilot)
            assert isinstance(app.screen, screen)
            await press(pilot, "h")
            assert isinstance(app.screen, SearchScreen) and len(app.screen_stack) == 1, key


# -- 2: History says "1 of 3" answered and "2" skipped, the words of the summary and the README ------------------
@pytest.mark.parametrize("size", SIZES)
async def test_history_counts_read_as_the_summary_says_them_and_fit_at_80_columns(data_dir, kb, size):
    from helpers import finished_session
    from textual.widgets import DataTable

    questions = tuple(f"llm-hub#{n}" for n in range(1, 33))
    finished_session(data_dir, [("llm-hub#1", "It caches keys and values", 0.5, 3),
                                ("llm-hub#2", "attention heads", 0.25, 2), ("llm-hub#3", "", None, None)], questions)
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+r")
        await settle(app, pilot)
        table = app.screen.query_one("#sessions", DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels[3:5] == ["Answered", "Skipped"]
        assert [str(c) for c in table.get_row_at(0)[3:5]] == ["2 of 32", "1"]  # "2 of 32 answered, 1 skipped"
        assert table.virtual_size.width <= table.scrollable_content_region.width  # every column on screen


# -- 3: each per-concept figure says what it measures: summary, History, the concepts browser ----------------------
@pytest.mark.parametrize("size", SIZES)
async def test_each_per_concept_figure_says_what_it_measures(data_dir, kb, size):
    from helpers import go, prompts, text_of
    from textual.widgets import DataTable, Label

    from llmtui.tui.navigation import ConceptsPage

    app = LlmTuiApp(data=data_dir, knowledge=kb, clock=lambda: 0.0, interview=InterviewPlan(questions=1, seed=3))
    async with app.run_test(size=size) as pilot:
        await finish_one_question(app, pilot)
        label = app.screen.query_one("#missed-label", Label)
        assert text_of(app, "#missed-label") == "Concepts you missed (Enter to study)"
        assert label.region.width >= len("Concepts you missed (Enter to study)")  # not cut at 80 columns
        missed = prompts(app, "#weakest")
        assert missed and all(p.endswith((" · 1 answer", " · 2 answers")) for p in missed), missed
        await press(pilot, "f1")
        assert "how many answers of this interview missed a key point on the concept" in flat_help(app)
        await press(pilot, "escape", "ctrl+r")
        await settle(app, pilot)
        table = app.screen.query_one("#mastery", DataTable)
        assert [str(c.label) for c in table.columns.values()] == ["Concept", "Covered", "Missed", "% covered"]
        legend = "Concepts: answers that covered or missed a key point"
        assert text_of(app, "#mastery-label") == legend
        assert app.screen.query_one("#mastery-label", Label).region.width >= len(legend)
        await press(pilot, "f1")
        assert "% covered: covered out of the two (not FSRS's recall)" in flat_help(app)
        await press(pilot, "escape", "escape")
        await go(app, pilot, ConceptsPage())
        await press(pilot, "f1")
        assert "FSRS's chance that you would recall the concept's reviewed questions today" in flat_help(app)


# -- 4: a paste into a one-line box keeps every line: line breaks and tabs become spaces ---------------------------
@pytest.mark.parametrize("size", SIZES)
async def test_a_paste_into_a_one_line_box_keeps_all_of_it(data_dir, kb, size):
    from textual import events
    from textual.widgets import Input

    from llmtui.tui.navigation import ConceptsPage
    from llmtui.tui.screens.date_plan import DatePlanModal
    from llmtui.tui.screens.palette import Palette

    async def paste(text: str) -> str:
        app.post_message(events.Paste(text))  # as the terminal driver posts a bracketed paste
        await pilot.pause()
        await settle(app, pilot)
        focused = app.focused
        assert isinstance(focused, Input)
        return focused.value

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        assert await paste("kv cache\r\npaged\tattention\n") == "kv cache paged attention"  # the search box
        app.focused.select_all()
        assert await paste("lora\n") == "lora"  # over a selection, a copied line's own newline dropped
        from helpers import go

        await go(app, pilot, ConceptsPage())
        assert await paste("KV\ncache") == "KV cache"  # the concepts filter
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, Palette)
        assert await paste("interview\nhistory") == "interview history"
        await press(pilot, "escape", "escape", "escape")
        await press(pilot, "ctrl+g")
        await settle(app, pilot)
        await press(pilot, "d")
        await settle(app, pilot)
        assert isinstance(app.screen, DatePlanModal) and app.focused.id == "plan-date"
        app.focused.value = ""
        assert await paste("2027-01-15\n") == "2027-01-15"  # the date dialog


# -- 5: the CLI names the keys the app binds: a key the keymap gives that the app refuses is not named ------------
@pytest.mark.parametrize("size", SIZES)
async def test_the_cli_and_the_app_name_the_keys_the_app_binds_under_a_clashing_keymap(data_dir, kb, size, capsys):
    from helpers import text_of

    from llmtui.tui.entry import main
    from llmtui.tui.practice.store import HistoryStore
    from llmtui.tui.screens.suspended import SuspendedScreen

    store = HistoryStore.open(data_dir).store
    store.suspend("llm-hub#87")  # the only question a search for ReAct finds
    store.close()
    # t is the Stats screen's retention, ctrl+q quits everywhere: both refused, those bindings keep l and d.
    (data_dir / "keymap.toml").write_text('[keys]\nsuspended-list = "t"\nunsuspend = "x"\ndate-plan = "ctrl+q"\n')
    assert main(["interview", "--search", "ReAct", "--dry-run"]) == 1
    assert capsys.readouterr().err == ("llmtui: the only question that fits (Q87) is suspended: unsuspend on the "
                                       "Stats screen (l, then x)\n")
    assert main(["interview", "--mode", "plan", "--dry-run"]) == 1
    assert "set it on the Stats screen (d)" in capsys.readouterr().err
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await pilot.press(*"ReAct")
        await settle(app, pilot)
        await press(pilot, "ctrl+t")  # practise the search
        await settle(app, pilot)
        assert "unsuspend on the Stats screen (l, then x)" in text_of(app, "#setup-counts")
        await press(pilot, "escape", "ctrl+g", "l")  # the key named is the key that works
        await settle(app, pilot)
        assert isinstance(app.screen, SuspendedScreen)
