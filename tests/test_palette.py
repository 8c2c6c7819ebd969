"""The command palette (ctrl+p), our own: typing filters, the keys move, Enter runs, Escape closes; themes."""

from __future__ import annotations

from helpers import press, settle, wait_ready
from textual.widgets import Input, OptionList

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.navigation import ConceptPage, QuestionPage
from llmtui.tui.screens.concept import ConceptScreen
from llmtui.tui.screens.palette import CommandOption, Palette
from llmtui.tui.screens.question import QuestionScreen
from llmtui.tui.screens.search import SearchScreen


def entries(app: LlmTuiApp) -> list[str]:
    options = app.screen.query_one("#palette-list", OptionList)
    return [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]


def highlighted(app: LlmTuiApp) -> str:
    options = app.screen.query_one("#palette-list", OptionList)
    assert options.highlighted is not None
    option = options.get_option_at_index(options.highlighted)
    assert isinstance(option, CommandOption)
    return option.command.title.plain


async def test_enter_typed_straight_after_the_query_runs_what_the_query_finds(data_dir, kb):
    """As fzf: no pause for the list to catch up; Enter runs the best match of what was typed."""
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        await pilot.press(*"flash attn", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("FlashAttention")


async def test_arrows_move_the_highlight_and_enter_runs_it(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        await pilot.press(*"kv cache")
        await pilot.pause(0.4)
        listed = entries(app)
        assert listed[0] == "Concept: KV cache" and highlighted(app) == listed[0]
        second = listed[1]
        assert second.startswith("Q")  # a question about it
        await press(pilot, "down")
        assert highlighted(app) == second
        await press(pilot, "down", "up")
        assert highlighted(app) == second
        assert app.screen.focused is app.screen.query_one("#palette-input", Input)  # typing still goes to the box
        await press(pilot, "enter")
        await settle(app, pilot)
        label = second.split()[0]
        assert isinstance(app.screen, QuestionScreen)
        assert isinstance(app.screen.location, QuestionPage) and app.screen.location.label == label


async def test_escape_closes_and_nothing_runs(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        home = app.screen
        await press(pilot, "ctrl+p")
        await pilot.press(*"history")
        await pilot.pause(0.3)
        await press(pilot, "escape")
        await settle(app, pilot)
        assert app.screen is home and isinstance(home, SearchScreen)


async def test_the_theme_command_lists_themes_the_one_in_use_highlighted_and_sets_the_chosen(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        app.theme = "nord"
        await pilot.pause()
        await press(pilot, "ctrl+p")
        assert "Maximize" not in entries(app)  # maximizing the search box: no use to anyone
        await pilot.press(*"theme", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, Palette)
        assert entries(app) == sorted(app.available_themes)
        assert highlighted(app) == "nord"
        await pilot.press(*"gruvb")
        await pilot.pause(0.3)
        assert entries(app) == ["gruvbox"]
        await press(pilot, "enter")
        await settle(app, pilot)
        assert app.theme == "gruvbox" and isinstance(app.screen, SearchScreen)


async def test_a_click_runs_an_entry(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        await pilot.press(*"study stat")
        await pilot.pause(0.3)
        assert entries(app)[0] == "Study statistics"
        await pilot.click("#palette-list", offset=(2, 0))
        await settle(app, pilot)
        assert type(app.screen).__name__ == "StatsScreen"
