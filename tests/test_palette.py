"""The command palette (ctrl+p), our own: typing filters, the keys move, Enter runs, Escape closes; themes."""

from __future__ import annotations

import threading

from helpers import press, settle, wait_ready
from textual.widgets import Input

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.commands import LlmCommands
from llmtui.tui.navigation import ConceptPage, QuestionPage
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.screens.concept import ConceptScreen
from llmtui.tui.screens.confirm import ConfirmModal
from llmtui.tui.screens.interview import InterviewScreen
from llmtui.tui.screens.palette import Palette
from llmtui.tui.screens.question import QuestionScreen
from llmtui.tui.screens.search import SearchScreen
from llmtui.tui.screens.stats import StatsScreen
from llmtui.tui.widgets.command_list import CommandList, PaletteCommand


class HeldCommands(LlmCommands):
    """The palette's own commands, whose searches off the UI thread for a query in ``held`` wait for ``release``:
    a search that is slow, made to answer when the test says."""

    def __init__(self, app: LlmTuiApp, held: set[str]) -> None:
        super().__init__(app, app.screen)
        self.held = held
        self.release = threading.Event()

    def search(self, query: str) -> list[PaletteCommand]:
        if query in self.held and threading.current_thread() is not threading.main_thread():
            self.release.wait(10)
        return super().search(query)


def entries(app: LlmTuiApp) -> list[str]:
    return [command.title.plain for command in app.screen.query_one(CommandList).commands]


def highlighted(app: LlmTuiApp) -> str:
    command = app.screen.query_one(CommandList).highlighted_command
    assert command is not None
    return command.title.plain


async def test_enter_before_the_list_caught_up_runs_what_the_query_finds(data_dir, kb):
    """As fzf: no waiting for the list; Enter runs the best match of what was typed, not what was listed."""
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        source = HeldCommands(app, {"f", "fl", "fla", "flas", "flash"})
        await app.push_screen(Palette(source))
        await pilot.press(*"flash")
        await pilot.pause(0.2)
        assert entries(app)[0] == "Theme"  # still what it listed before anything was typed
        await press(pilot, "enter")
        await settle(app, pilot)
        source.release.set()
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("FlashAttention")


async def test_a_late_answer_for_an_older_query_is_dropped(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        source = HeldCommands(app, {"kv"})
        await app.push_screen(Palette(source))
        await pilot.press(*"kv")
        await pilot.pause(0.2)
        await pilot.press("backspace", "backspace", *"lora")
        await pilot.pause(0.3)
        assert entries(app)[0] == "Concept: LoRA"
        source.release.set()  # the answer for "kv" comes now
        await pilot.pause(0.3)
        assert entries(app)[0] == "Concept: LoRA" and all("KV" not in e for e in entries(app))


async def test_a_did_you_mean_runs_only_when_seen(data_dir, kb):
    assert kb.index.search("tempreture") == [] and kb.index.suggest_concepts("tempreture")
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        source = HeldCommands(app, {"tempreture"})
        palette = Palette(source)
        await app.push_screen(palette)
        await pilot.press(*"tempreture", "enter")  # a guess nobody saw: nothing runs
        await pilot.pause(0.2)
        assert app.screen is palette
        source.release.set()
        await pilot.pause(0.3)
        assert entries(app)[0] == "Concept: Temperature"
        await press(pilot, "enter")  # seen and chosen
        await settle(app, pilot)
        assert isinstance(app.screen, ConceptScreen) and app.screen.location == ConceptPage("Temperature")


async def test_no_match_says_so_and_enter_does_nothing(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        palette = app.screen
        await pilot.press(*"!!!")
        await pilot.pause(0.3)
        options = app.screen.query_one(CommandList)
        assert options.commands == [] and options.notice is not None
        assert options.notice.plain == "No matches for '!!!'"
        assert options.region.height == 1  # said, on a line of its own
        await press(pilot, "enter")
        assert app.screen is palette


async def test_the_list_fits_the_screen_so_the_highlight_stays_in_view(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 14)) as pilot:  # room for a few of the entries
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        options = app.screen.query_one(CommandList)
        assert options.region.bottom <= app.size.height
        count = len(options.commands)
        await press(pilot, "up")  # round to the last entry, below the first page
        assert options.highlighted == count - 1 and count - 1 in options.line_owners  # drawn
        assert 0 not in options.line_owners and len(options.line_owners) <= options.region.height
        assert options.line_owners[0] is None  # "↑ N more": what is above is counted, not lost
        await press(pilot, "ctrl+home")
        assert options.highlighted == 0 and 0 in options.line_owners
        assert options.line_owners[-1] is None  # "↓ N more"
        await press(pilot, "ctrl+end")
        assert options.highlighted == count - 1 and count - 1 in options.line_owners


async def test_a_click_beside_the_box_closes_it(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(app, pilot)
        home = app.screen
        await press(pilot, "ctrl+p")
        await pilot.click(offset=(2, 15))  # the box is 100 wide, centred: column 2 is beside it
        await settle(app, pilot)
        assert app.screen is home


async def test_the_palette_waits_for_a_yes_or_no_over_an_interview(data_dir, kb):
    """Over "Leave this interview?" the palette would have been a look that cost no time (and no strict refusal)."""
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=1, minutes=1))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        interview = app.screen
        assert isinstance(interview, InterviewScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, ConfirmModal)
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, ConfirmModal) and not interview.run.session.timer.paused


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
        # Typed, the best match leads, not the theme in use.
        await press(pilot, "ctrl+p")
        await pilot.press(*"theme", "enter")
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause(0.3)
        best = entries(app)[0]
        assert best != "gruvbox" and highlighted(app) == best
        await press(pilot, "enter")
        await settle(app, pilot)
        assert app.theme == best


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
        assert isinstance(app.screen, StatsScreen)


async def test_a_query_lists_every_match_by_title_and_name_not_by_answer_words(data_dir, kb):
    """As a palette matches names: "theme" is the Theme command, not every question whose answer says "them";
    and what matches is all there (counted when it does not fit), not the first fifteen."""
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await press(pilot, "ctrl+p")
        await pilot.press(*"theme")
        await pilot.pause(0.3)
        assert entries(app) == ["Theme"]
        await pilot.press(*["backspace"] * 5, *"attention")
        await pilot.pause(0.3)
        listed = entries(app)
        assert len(listed) > 15 and "Concept: Self-attention" in listed and "Concept: Cross-attention" in listed
        options = app.screen.query_one(CommandList)
        assert options.line_owners[-1] is None  # "↓ N more"


async def test_during_an_interview_the_palette_offers_nothing_that_would_leave_it(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=1, minutes=1))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        await press(pilot, "ctrl+p")
        offered = entries(app)
        assert "Keys of this screen: help" in offered
        for leaving in ("Home: search", "Suspended and leech questions", "Interview history", "Browse all concepts"):
            assert leaving not in offered
