"""Past interviews: sessions, the score trend, per-concept mastery, reviews due."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Sparkline, Static

from ..messages import Navigate
from ..navigation import ConceptPage
from ..practice.records import ConceptTally, Session
from ..widgets.keybar import KeyBar
from ..widgets.text import cell, plain


@dataclass
class HistoryRead(Message):
    """What the history screen shows, read from the database off the UI thread."""

    sessions: list[Session]
    tallies: list[ConceptTally]
    due: int


class HistoryScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="history-back"),
        Binding("r", "resume", "Resume", id="resume", tooltip="Resume the highlighted interrupted interview"),
    ]

    sessions: list[Session] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label("Score trend (mean score per interview)", id="trend-label")
        trend = Sparkline([], id="trend")
        trend.display = False  # until there are two points to draw
        yield trend
        yield Static("", id="trend-values", markup=False)
        with Horizontal(id="history-body"):
            with Vertical():
                table: DataTable[object] = DataTable(id="sessions", cursor_type="row")
                table.add_columns("#", "Started (UTC)", "Status", "Answered", "Score")
                yield table
            with Vertical():
                mastery: DataTable[object] = DataTable(id="mastery", cursor_type="row")
                mastery.add_columns("Concept", "Covered", "Missed", "Mastery")
                yield mastery
                yield Static("", id="due-count", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.read_history()

    @work(thread=True, exclusive=True, group="history")
    def read_history(self) -> None:
        store = self.app.store
        tallies = sorted(store.concept_tallies().values(), key=lambda t: (t.mastery, t.name))
        self.post_message(HistoryRead(store.sessions(), tallies, len(store.due())))

    def on_history_read(self, message: HistoryRead) -> None:
        self.sessions = message.sessions
        trend = [round(s.mean_coverage * 100) for s in message.sessions if s.answers]
        count = f"{len(trend)} interview{'' if len(trend) == 1 else 's'}"
        self.query_one("#trend-label", Label).update(f"Score trend (mean score per interview, {count})")
        sparkline = self.query_one("#trend", Sparkline)
        sparkline.display = len(trend) >= 2  # a trend needs two points; one or none would draw a solid block
        sparkline.data = trend
        hint = "No interviews yet: ctrl+t on the search screen starts one." if not trend else ""
        self.query_one("#trend-values", Static).update(plain(" ".join(f"{t}%" for t in trend[-12:]) or hint))
        table = self.query_one("#sessions", DataTable)
        table.clear()
        for s in reversed(message.sessions):
            table.add_row(s.id, s.started_at[:16].replace("T", " "), s.status, f"{len(s.answers)}/{len(s.questions)}",
                          f"{round(s.mean_coverage * 100)}%", key=str(s.id))
        mastery = self.query_one("#mastery", DataTable)
        mastery.clear()
        for t in message.tallies:
            mastery.add_row(cell(t.name), t.covered, t.missed, f"{round(t.mastery * 100)}%", key=t.name)
        due = message.due
        self.query_one("#due-count", Static).update(
            plain(f"Reviews due now: {due}" + (" (mode 'due' in the interview set-up)" if due else "")))

    @on(DataTable.RowSelected, "#mastery")
    def open_concept(self, event: DataTable.RowSelected) -> None:
        self.post_message(Navigate(ConceptPage(str(event.row_key.value))))

    def action_resume(self) -> None:
        table = self.query_one("#sessions", DataTable)
        if table.row_count == 0:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        session = next(s for s in self.sessions if str(s.id) == key)
        if session.status != "interrupted":
            self.notify("Only interrupted interviews can be resumed.", markup=False)
            return
        self.app.resume_session(session)
