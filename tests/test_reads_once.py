"""Screens that read history off the UI thread read it once when they open, and again when shown again;
what the app read ahead (History, Stats, the interview set-up's count) is shown with their first frame while no
write has made it stale."""

from __future__ import annotations

from helpers import graded_at, press, settle, text_of, wait_ready

from llmtui.tui.app import LOG_FILE, LlmTuiApp
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.practice.planner import StatsKeys
from llmtui.tui.screens.history import HistoryRead, HistoryScreen
from llmtui.tui.screens.interview_setup import InterviewSetupScreen
from llmtui.tui.screens.stats import StatsRead, StatsScreen


class CountingHistory(HistoryScreen):
    reads = 0  # reads of its own (each a message from its worker)
    shown = 0  # fills, from its reads or from the app's read ahead

    def on_history_read(self, message: HistoryRead) -> None:  # beside HistoryScreen's own handler
        self.reads += 1

    def show_history(self, message: HistoryRead) -> None:
        self.shown += 1
        super().show_history(message)


class CountingStats(StatsScreen):
    reads = 0
    shown = 0

    def on_stats_read(self, message: StatsRead) -> None:
        self.reads += 1

    def show_stats(self, message: StatsRead) -> None:
        self.shown += 1
        super().show_stats(message)


async def test_history_and_stats_read_once_when_opened_and_again_when_shown_again(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        for screen in (CountingHistory(), CountingStats()):
            await app.push_screen(screen)
            await settle(app, pilot)
            await pilot.pause(0.1)
            await settle(app, pilot)
            assert (screen.shown, screen.reads) == (1, 0)  # what the warm-up read ahead, with the first frame
            await press(pilot, "f1")  # the help covers it; closing it shows the screen again
            await press(pilot, "escape")
            await settle(app, pilot)
            await pilot.pause(0.1)
            await settle(app, pilot)
            assert (screen.shown, screen.reads) == (2, 1)
            await press(pilot, "escape")


async def test_a_write_makes_what_was_read_ahead_stale(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        assert app.history_ahead is not None and app.stats_ahead is not None
        session = app.store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
        for screen in (CountingHistory(), CountingStats()):
            await app.push_screen(screen)
            await settle(app, pilot)
            await pilot.pause(0.1)
            await settle(app, pilot)
            assert (screen.shown, screen.reads) == (1, 1)  # read again, not the history from before the write
            await press(pilot, "escape")
        assert [s.id for s in app.history_ahead.sessions] == [session]  # and kept for the next opening


async def test_a_failing_read_ahead_is_logged_and_the_app_carries_on(data_dir, kb, monkeypatch):
    import llmtui.tui.screens.stats as stats

    def broken(app: LlmTuiApp) -> None:
        raise RuntimeError("stats went wrong")

    monkeypatch.setattr(stats, "compute_stats", broken)  # a bug in the read ahead, not in the screens' own reads
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        assert app.is_running and app.history_ahead is None and app.stats_ahead is None
        assert "RuntimeError: stats went wrong" in (data_dir / LOG_FILE).read_text(encoding="utf-8")
        await press(pilot, "ctrl+r")  # History reads for itself
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)


async def test_a_write_by_another_process_makes_what_was_read_ahead_stale(data_dir, kb):
    from llmtui.tui.practice.store import HistoryStore

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        assert app.history_ahead is not None
        other = HistoryStore.open(data_dir).store  # the CLI beside the app: a connection of its own
        session = other.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
        other.close()
        screen = CountingHistory()
        await app.push_screen(screen)
        await settle(app, pilot)
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert (screen.shown, screen.reads) == (1, 1)
        assert [s.id for s in app.history_ahead.sessions] == [session]


class CountingSetup(InterviewSetupScreen):
    def __init__(self, prefill: InterviewPlan | None = None) -> None:
        super().__init__(prefill)
        self.counted: list[InterviewPlan] = []  # plans it counted itself, off the UI thread

    def count_in_background(self, plan: InterviewPlan, retention: float, keys: StatsKeys) -> None:
        self.counted.append(plan)
        super().count_in_background(plan, retention, keys)


async def test_the_set_up_from_home_opens_with_the_count_read_ahead_until_a_write_makes_it_stale(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        screen = CountingSetup()
        await app.push_screen(screen)
        # With the screen's first frame: on mount, before any worker has had a turn.
        assert text_of(app, "#setup-counts").startswith("114 questions fit (1 near-duplicate left out) · 0 of them due")
        await settle(app, pilot)
        assert screen.counted == []
        await press(pilot, "escape")
        app.store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])  # a write: the count may have changed
        stale = CountingSetup()
        await app.push_screen(stale)
        await settle(app, pilot)
        assert [p.mode for p in stale.counted] == ["random"]
        assert text_of(app, "#setup-counts").startswith("114 questions fit")
        await press(pilot, "escape")
        again = CountingSetup()  # its own count was kept for the next opening
        await app.push_screen(again)
        await settle(app, pilot)
        assert again.counted == []
        await press(pilot, "escape")
        topic = kb.bank.topics()[0][0]
        elsewhere = CountingSetup(InterviewPlan(topic=topic))  # opened on a topic: counted for itself
        await app.push_screen(elsewhere)
        await settle(app, pilot)
        assert [p.topic for p in elsewhere.counted] == [topic]


async def test_a_set_up_read_ahead_with_reviews_due_opens_on_them_and_goes_stale_when_the_next_falls_due(data_dir, kb):
    from datetime import UTC, datetime, timedelta

    from textual.widgets import Select

    from llmtui.tui.practice.store import HistoryStore

    graded = datetime(2031, 3, 4, 9, 0, tzinfo=UTC)
    graded_at(data_dir, {"llm-hub#3": 3, "llm-hub#4": 4}, graded)
    first_due, second_due = sorted(due for _, due in HistoryStore.open(data_dir).store.upcoming())
    now = [datetime.fromisoformat(first_due) + timedelta(seconds=1)]  # one review due, the other not yet
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: now[0])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        screen = CountingSetup()
        await app.push_screen(screen)
        assert screen.query_one("#mode", Select).value == "due"  # reviews first, from the read ahead
        assert "1 of them due for review" in text_of(app, "#setup-counts")
        await settle(app, pilot)
        assert screen.counted == []
        await press(pilot, "escape")
        now[0] = datetime.fromisoformat(second_due) + timedelta(seconds=1)  # nothing written, but another fell due
        later = CountingSetup()
        await app.push_screen(later)
        await settle(app, pilot)
        assert [p.mode for p in later.counted] == ["due"]
        assert "2 of them due for review" in text_of(app, "#setup-counts")


async def test_a_mode_chosen_by_hand_is_not_what_the_next_set_up_from_home_opens_on(data_dir, kb):
    from textual.widgets import Select

    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        await app.push_screen(CountingSetup())
        app.screen.query_one("#mode", Select).value = "due"  # by hand, with none due: counted, not kept for home
        await settle(app, pilot)
        assert "No reviews are due yet" in text_of(app, "#setup-counts")
        await press(pilot, "escape")
        again = CountingSetup()
        await app.push_screen(again)
        assert again.query_one("#mode", Select).value == "random"
        assert text_of(app, "#setup-counts").startswith("114 questions fit")


async def test_with_reviews_due_a_set_up_from_home_opens_on_them_after_one_set_to_random_by_hand(data_dir, kb):
    from datetime import UTC, datetime, timedelta

    from textual.widgets import Select


    graded = datetime(2031, 3, 4, 9, 0, tzinfo=UTC)
    graded_at(data_dir, {"llm-hub#3": 3}, graded)
    app = LlmTuiApp(data=data_dir, knowledge=kb, wall_clock=lambda: graded + timedelta(days=400))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        await app.push_screen(CountingSetup())
        assert app.screen.query_one("#mode", Select).value == "due"
        app.screen.query_one("#mode", Select).value = "random"
        await settle(app, pilot)
        await press(pilot, "escape")
        again = CountingSetup()
        await app.push_screen(again)
        assert again.query_one("#mode", Select).value == "due" and "1 of them due" in text_of(app, "#setup-counts")
        await settle(app, pilot)
        assert again.counted == []  # the warm-up's count, still true
