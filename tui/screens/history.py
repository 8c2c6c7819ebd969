"""Past interviews: sessions, the score trend, per-concept key points covered and missed, reviews due; Enter reviews one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Header, Label, Static

from ..messages import Navigate
from ..navigation import ConceptPage
from ..practice.charts import percent_columns
from ..practice.records import COVERED_MEANING, ConceptTally, Session
from ..widgets.keybar import KeyBar
from ..widgets.text import Fitted, cell, plain
from ..wording import plural
from .base import HOME_BINDING, AppScreen

if TYPE_CHECKING:
    from ..practice.store import HistoryStore, HistoryVersion

WIDE = 120  # columns from which sessions and mastery sit side by side
TREND_COLUMN = 5  # cells a score takes in the trend: its bar, and its label under it


@dataclass
class HistoryRead(Message):
    """What the history screen shows, read from the database off the UI thread."""

    sessions: list[Session]
    tallies: list[ConceptTally]
    due: int
    changes: HistoryVersion  # where the history stood when read: the same version, the same history
    # When a review falls due or a burial ends after the read (None: never): from then ``due`` is stale, written or not.
    due_changes_at: str | None = None

    def current(self, changes: HistoryVersion, now: datetime) -> bool:
        """Whether this read still says what the history holds at ``now``, the store having made ``changes``."""
        return changes == self.changes and (self.due_changes_at is None or now.isoformat() < self.due_changes_at)


def read_history(store: HistoryStore, now: datetime) -> HistoryRead:
    """What the history screen shows at ``now`` (SQL: off the UI thread, by the screen's worker or the app's warm-up)."""
    changes = store.changes  # before reading: a write meanwhile makes this read stale, never the other way round
    tallies = sorted(store.concept_tallies().values(), key=lambda t: (t.mastery, t.name))
    return HistoryRead(store.sessions(), tallies, len(store.due(now)), changes, store.next_due_change(now))


class HistoryScreen(AppScreen):
    TITLE = "History"
    OWN_ACTION = "history"
    HELP_NOTES = (("Enter", "Review the highlighted interview: each answer beside the reference answer"),
                  ("Tab", "Between the interviews and the concepts (Enter opens a concept)"),
                  ("Concepts", COVERED_MEANING))
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="history-back", tooltip="Back to the screen before"),
        Binding("r", "resume", "Resume", id="resume", tooltip="Resume the highlighted interrupted interview"),
        HOME_BINDING,
    ]

    sessions: list[Session] = []
    filled_on_mount = False  # shown from the app's read ahead: the resume that follows the mount reads nothing

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label("Score trend", id="trend-label")
        trend = Static("", id="trend", markup=False)
        trend.display = False  # until there is a score to draw
        yield trend
        yield Static("", id="trend-values", markup=False)  # what to do while there is none
        with Horizontal(id="history-body"):
            with Vertical(id="sessions-pane"):
                yield Label("Interviews (Enter reviews one)", id="sessions-label")
                table: DataTable[object] = DataTable(id="sessions", cursor_type="row")
                table.add_columns("#", "Started (UTC)", "Status", "Answered", "Skipped", "Score")
                yield table
            with Vertical(id="mastery-pane"):
                yield Label("Concepts: answers that covered or missed a key point", id="mastery-label")
                mastery: DataTable[object] = DataTable(id="mastery", cursor_type="row")
                mastery.add_columns("Concept", "Covered", "Missed", "% covered")
                yield mastery
                yield Static("", id="due-count", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#sessions", DataTable).focus()
        # Read ahead by the app and still true: shown with the screen's first frame, not in a second one.
        ahead = self.app.history_ahead
        if ahead is not None and ahead.current(self.app.store.changes, self.app.wall_clock()):
            self.show_history(ahead)
            self.filled_on_mount = True

    def on_screen_resume(self) -> None:
        # Shown (a pushed screen is resumed right after it is mounted: reading on mount too read twice),
        # or back from a resumed interview or a review: what changed shows.
        if self.filled_on_mount:
            self.filled_on_mount = False
            return
        self.read_in_background()

    @work(thread=True, exclusive=True, group="history")
    def read_in_background(self) -> None:
        self.post_message(read_history(self.app.store, self.app.wall_clock()))

    def on_history_read(self, message: HistoryRead) -> None:
        self.app.history_ahead = message  # the next opening shows it at once if nothing is written meanwhile
        self.show_history(message)

    def show_history(self, message: HistoryRead) -> None:
        self.sessions = message.sessions
        scored = [s for s in message.sessions if s.scored]
        trend = [round(s.mean_coverage * 100) for s in scored]
        self.query_one("#trend-label", Label).update(
            f"Score trend, 0-100 %: mean score of each scored interview ({plural(len(scored), 'interview')})")
        chart = self.query_one("#trend", Static)
        chart.display = bool(trend)
        # On one scale, 0-100 %, each bar over its score: as many of the latest as the width holds.
        chart.update(Fitted(lambda width: Content("\n".join(
            percent_columns(trend[-max(1, width // TREND_COLUMN):], column=TREND_COLUMN)))))
        if message.sessions:
            values = "" if trend else f"No scored interviews yet: {self.key_for('resume')} resumes an interrupted one."
        else:
            values = f"No interviews yet: {self.key_for('interview')} starts one."
        hint = self.query_one("#trend-values", Static)
        hint.update(plain(values))
        hint.display = bool(values)
        table = self.query_one("#sessions", DataTable)
        row = table.cursor_row
        table.clear()
        for s in reversed(message.sessions):
            table.add_row(s.id, s.started_at[:16].replace("T", " "), s.status.replace("_", " "), s.answered_cell,
                          len(s.skipped), s.mean_score_text, key=str(s.id))
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        mastery = self.query_one("#mastery", DataTable)
        mastery.clear()
        for t in message.tallies:
            mastery.add_row(cell(t.name), t.covered, t.missed, f"{round(t.mastery * 100)}%", key=t.name)
        due = message.due
        self.query_one("#due-count", Static).update(
            plain(f"Reviews due now: {due}" + (f" ({self.key_for('interview')} starts them)" if due else "")))

    def _highlighted_session(self) -> Session | None:
        table = self.query_one("#sessions", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((s for s in self.sessions if str(s.id) == key), None)

    @on(DataTable.RowSelected, "#sessions")
    def review_session(self) -> None:
        from .review import SessionReviewScreen

        session = self._highlighted_session()
        if session is not None:
            self.app.push_screen(SessionReviewScreen(session.id))

    @on(DataTable.RowSelected, "#mastery")
    def open_concept(self, event: DataTable.RowSelected) -> None:
        self.post_message(Navigate(ConceptPage(str(event.row_key.value))))

    def action_resume(self) -> None:
        session = self._highlighted_session()
        if session is None:
            return
        if session.status != "interrupted":
            self.notify("Only interrupted interviews can be resumed.", markup=False)
            return
        self.app.resume_session(session)
