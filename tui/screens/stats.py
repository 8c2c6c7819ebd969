"""Study statistics: a calendar heatmap, the trend of reviews and time, true retention, readiness, forecast, leeches.

Every picture is text whose glyphs carry the levels (readable with NO_COLOR); colour only repeats them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from itertools import groupby
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Header, Static

from ..practice.charts import WEEKDAYS, HeatmapCell, bar, heatmap, month_header, sparkline
from ..practice.dateplan import DatePlan
from ..practice.records import held_back_counts
from ..practice.scheduling import study_day
from ..practice.stats import StudyStats
from ..widgets.keybar import KeyBar
from ..widgets.text import Fitted, join, plain
from ..wording import cell_len, plural
from .base import HOME_BINDING, AppScreen

if TYPE_CHECKING:
    from ..app import LlmTuiApp
    from ..practice.store import HistoryVersion

HEAT_STYLES = ("dim", "green", "green", "bold green", "bold green")
TREND_DAYS = 30
WIDE = 120  # columns from which the charts sit in two columns: the 30-day trend needs 56 cells
BAR_MIN, BAR_MAX = 6, 12  # cells of a readiness bar


@dataclass
class StatsRead(Message):
    """The statistics and the date plan, computed off the UI thread."""

    stats: StudyStats
    plan: DatePlan | None
    now: datetime
    basis: StatsBasis  # what they were computed from: the same basis, the same statistics


@dataclass(frozen=True, slots=True)
class StatsBasis:
    """Everything the statistics depend on: history (its count of changes), the settings they use, and the day."""

    changes: HistoryVersion
    retention: float
    interview_day: date | None
    plan_topic: str | None
    daily_minutes: int
    day: date


def stats_basis(app: LlmTuiApp, now: datetime) -> StatsBasis:
    settings = app.settings
    return StatsBasis(app.store.changes, settings.desired_retention, settings.interview_day, settings.plan_topic,
                      settings.daily_minutes, study_day(now))


def compute_stats(app: LlmTuiApp) -> StatsRead:
    """What the stats screen shows (SQL and FSRS over all reviews: off the UI thread, by the screen's worker or
    the app's warm-up)."""
    from ..practice.planner import date_plan, study_stats_for

    now = app.wall_clock()
    settings = app.settings
    basis = stats_basis(app, now)  # before reading: a write meanwhile makes this read stale, never the other way round
    stats = study_stats_for(app.kb, app.store, settings.desired_retention, now)
    plan = None
    if settings.interview_day is not None:
        plan = date_plan(app.kb, app.store, settings.interview_day, topic=settings.plan_topic,
                         daily_minutes=settings.daily_minutes, retention=settings.desired_retention, now=now)
    return StatsRead(stats, plan, now, basis)


def percent(value: float | None) -> str:
    return "  –" if value is None else f"{round(value * 100):>3}%"


class StatsScreen(AppScreen):
    TITLE = "Stats"
    OWN_ACTION = "stats"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="stats-back", tooltip="Back to where you were"),
        Binding("l", "suspended", "Suspended", id="suspended-list",
                tooltip="The questions left out of the draws, and the way back"),
        Binding("t", "retention", "Retention", id="retention", tooltip="Set FSRS's desired retention (0.70-0.97)"),
        Binding("d", "date_plan", "Date plan", id="date-plan",
                tooltip="Your interview's date and minutes a day: every question met in time, a level load"),
        HOME_BINDING,
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="stats-plan", markup=False)
        with VerticalScroll(id="stats-body"):
            with Horizontal(id="stats-columns"):
                with Vertical(id="stats-left"):
                    yield Static("Reviews per day", classes="stats-title", markup=False)
                    yield Static("", id="heatmap")
                    yield Static("", id="trend")
                    yield Static("", id="retention-table", markup=False)
                    yield Static("", id="forecast", markup=False)
                with Vertical(id="stats-right"):
                    yield Static("", id="readiness")
                    yield Static("", id="weak-concepts")
                    yield Static("", id="leech-count", markup=False)
        yield KeyBar()

    filled_on_mount = False  # shown from the app's read ahead: the resume that follows the mount reads nothing

    def on_mount(self) -> None:
        # Computed ahead by the app and still true: shown with the screen's first frame, not in a second one.
        ahead = self.app.stats_ahead
        if ahead is not None and ahead.basis == stats_basis(self.app, self.app.wall_clock()):
            self.show_stats(ahead)
            self.filled_on_mount = True

    def on_screen_resume(self) -> None:
        # Shown (a pushed screen is resumed right after it is mounted: reading on mount too read twice),
        # or back from the suspended list or the retention dialog.
        if self.filled_on_mount:
            self.filled_on_mount = False
            return
        self.read_stats()

    @work(thread=True, exclusive=True, group="stats")
    def read_stats(self) -> None:
        self.post_message(compute_stats(self.app))

    def on_stats_read(self, message: StatsRead) -> None:
        self.app.stats_ahead = message  # the next opening shows it at once if nothing has changed meanwhile
        self.show_stats(message)

    def show_stats(self, message: StatsRead) -> None:
        stats, today = message.stats, study_day(message.now)
        self.stats = stats
        plan = message.plan
        self.query_one("#stats-plan", Static).update(
            f"Interview {plan.interview}: {plan.summary()}" if plan is not None else
            f"No interview date: {self.key_for('date-plan')} (or 'llmtui plan --date YYYY-MM-DD') makes a plan "
            "to meet every question in time.")
        counts = {d.day: d.reviews for d in stats.days}
        # As many weeks as the column holds (five cells of weekday names, two cells a week), up to a year.
        self.query_one("#heatmap", Static).update(
            Fitted(lambda width: self._heatmap(counts, today, max(8, min(52, (width - 5) // 2)))))
        self.query_one("#trend", Static).update(self._trend(stats, today))
        r = stats.retention
        self.query_one("#retention-table", Static).update(
            "True retention (reviews not Again)\n"
            f"  young  {percent(r.young)}  of {r.young_reviews:>4}\n"
            f"  mature {percent(r.mature)}  of {r.mature_reviews:>4}\n"
            f"  target {percent(r.target)}  ({self.key_for('retention')} to change)")
        due = [n for _, n in stats.forecast]
        self.query_one("#forecast", Static).update(
            f"Due, next {len(due)} days (today first): {sum(due)}, most {max(due, default=0)} a day\n"
            f"  {sparkline(due)}")
        self.query_one("#readiness", Static).update(Fitted(partial(self._readiness, stats)))
        self.query_one("#weak-concepts", Static).update(Fitted(partial(self._concepts, stats)))
        self.query_one("#leech-count", Static).update(join(
            Content.styled(f"Left out of the draws ({self.key_for('suspended-list')} lists them)\n", "bold"),
            f"  {held_back_counts(stats.held_back, message.now.isoformat())}"))


    def _heatmap(self, counts: dict, today, weeks: int) -> Content:
        rows = heatmap(counts, today, weeks)
        out = Content(month_header(rows[0], weeks) + "\n")

        def style_of(cell: HeatmapCell | None) -> str:
            return HEAT_STYLES[cell.level] if cell is not None and cell.level >= 0 else ""

        for weekday, row in enumerate(rows):
            line = Content(f"{WEEKDAYS[weekday]:<4} ")
            # One span for each run of cells at one level: a span a cell made hundreds of segments,
            # and drawing them cost more than the rest of the screen.
            for style, run in groupby(row, key=style_of):
                text = "".join((cell.glyph if cell is not None else " ") + " " for cell in run)
                line = line + (Content.styled(text, style) if style else Content(text))
            out = out + line + Content("\n")
        return out + Content.styled("     less · ░ ▒ ▓ █ more", "dim")

    def _trend(self, stats: StudyStats, today) -> Content:
        from datetime import timedelta

        by_day = {d.day: d for d in stats.days}
        days = [today - timedelta(days=TREND_DAYS - 1 - i) for i in range(TREND_DAYS)]
        reviews = [by_day[d].reviews if d in by_day else 0 for d in days]
        minutes = [round(by_day[d].seconds / 60) if d in by_day else 0 for d in days]
        return join(Content.styled(f"Last {TREND_DAYS} days (oldest first): {plural(sum(reviews), 'review')}, "
                                   f"{sum(minutes)} min\n", "bold"),
                    f"  reviews {sparkline(reviews)}  most {max(reviews)} a day\n",
                    f"  minutes {sparkline(minutes)}  most {max(minutes)} a day")

    def _readiness(self, stats: StudyStats, width: int) -> Content:
        """A row a topic, each on one line of ``width`` cells: the bar gives way first, then the topic's end ("…")."""
        out = join(Content.styled("Readiness per topic\n", "bold"),
                   Content.styled("  recall today · questions met of all\n", "dim"))
        met = [f"{t.reviewed}/{t.questions}" for t in stats.topics]
        met_width = max(map(cell_len, met), default=3)
        fixed = 2 + 1 + 1 + 4 + 2 + met_width  # indent, spaces around the bar, the percentage, the count
        longest = max((cell_len(t.topic) for t in stats.topics), default=10)
        name_width = max(8, min(longest, width - fixed - BAR_MIN))
        bar_width = max(BAR_MIN, min(BAR_MAX, width - fixed - name_width))
        for t, count in zip(stats.topics, met, strict=True):
            style = "green" if t.readiness >= 0.8 else "yellow" if t.readiness >= 0.5 else "red"
            name = plain(t.topic).truncate(name_width, ellipsis=True, pad=True)
            out = out + Content("  ") + name + Content(" ") + Content.styled(bar(t.readiness, bar_width), style) \
                + plain(f" {percent(t.readiness)}  {count:>{met_width}}\n")
        return out.rstrip()

    def _concepts(self, stats: StudyStats, width: int) -> Content:
        """A row a concept, each on one line of ``width`` cells (a long name ends in "…")."""
        out = Content.styled(f"Weakest concepts, recall today ({self.key_for('concepts')} sorts all)\n", "bold")
        if not stats.concepts:
            return out + plain("  none yet: grade some answers first")
        for c in stats.concepts[:8]:
            row = plain(f"  {percent(c.recall)} {bar(c.recall or 0.0, 8)} {c.name}")
            out = out + row.truncate(max(1, width), ellipsis=True) + Content("\n")
        return out.rstrip()

    def action_suspended(self) -> None:
        from .suspended import SuspendedScreen

        self.app.push_screen(SuspendedScreen())

    def action_retention(self) -> None:
        from .retention import RetentionModal

        def chosen(value: float | None) -> None:
            if value is None:
                return
            self.app.settings.desired_retention = value
            self.app.save_settings()
            self.read_stats()

        self.app.push_screen(RetentionModal(self.app.settings.desired_retention), chosen)

    def action_date_plan(self) -> None:
        from .date_plan import DatePlanChoice, DatePlanModal

        settings = self.app.settings

        def chosen(choice: DatePlanChoice | None) -> None:
            if choice is None:
                return
            if choice.interview is None:  # an empty date: the whole plan goes, as 'llmtui plan --clear' does
                cleared = settings.clear_plan()
                self.notify(f"Cleared the interview-date plan ({cleared})." if cleared else "No plan to clear.",
                            markup=False, timeout=5)
            else:
                settings.interview_date = choice.interview.isoformat()
                settings.daily_minutes, settings.plan_topic = choice.minutes, choice.topic
            self.app.save_settings()
            self.read_stats()

        topics = [t for t, _ in self.app.kb.bank.topics()]
        self.app.push_screen(DatePlanModal(settings.interview_day, settings.daily_minutes, settings.plan_topic, topics,
                                           study_day(self.app.wall_clock())), chosen)
