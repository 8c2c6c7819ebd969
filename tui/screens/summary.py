"""The end of an interview: per-question time, score and grade; weakest concepts; what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Header, Label, Static

from ..practice.engine import format_clock
from ..practice.records import MISSED_MEANING, Session, weakest_concepts
from ..practice.scheduling import describe_due
from ..widgets.keybar import KeyBar
from ..widgets.results import ResultList, concept_option
from ..widgets.text import cell, plain
from .base import HOME_BINDING, AppScreen


@dataclass
class SummaryRead(Message):
    session: Session
    upcoming: list[tuple[str, str]]  # (question id, due time ISO 8601)


class SummaryScreen(AppScreen):
    TITLE = "Interview summary"
    HELP_NOTES = (("Enter", "Review the highlighted question beside its reference answer; on a concept you "
                            "missed, study it"),
                  ("Concepts you missed", MISSED_MEANING))
    BINDINGS = [
        Binding("e", "export", "Export", id="export", tooltip="Write the interview, with reference answers, as Markdown"),
        Binding("ctrl+z", "undo", "Undo", id="undo-summary",
                tooltip="Take back the last grade or skip and go back to that question"),
        Binding("escape", "app.pop_screen", "Done", id="done", tooltip="Back to where the interview started"),
        HOME_BINDING,
    ]

    session: Session | None = None

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="summary-total", markup=False)
        table: DataTable[object] = DataTable(id="summary-table", cursor_type="row")
        # The title goes last: at any width the numbers stay on screen and only the title is cut.
        table.add_columns("#", "Time", "Score", "Grade", "Question")
        yield table
        with Horizontal(id="summary-bottom"):
            with Vertical():
                yield Label("Concepts you missed (Enter to study)", id="missed-label")
                yield ResultList(id="weakest")
            with Vertical():
                yield Label("Due next")
                yield Static("", id="due-next", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.read_session()

    @work(thread=True, exclusive=True, group="summary")
    def read_session(self) -> None:
        store = self.app.store
        self.post_message(SummaryRead(store.session(self.session_id), store.upcoming(8)))

    def on_summary_read(self, message: SummaryRead) -> None:
        session = self.session = message.session
        kb = self.app.kb
        self.query_one("#summary-total", Static).update(plain(
            f"Interview finished: {session.answered_text} · "
            f"mean score {session.mean_score_text} · {format_clock(session.seconds)} in all"
            f" · Enter on a question reviews it"))
        table = self.query_one("#summary-table", DataTable)
        for i, a in enumerate(session.answers, 1):
            question = kb.bank.get(a.question_id)
            label = question.label if question is not None else "?"
            over = f" +{format_clock(a.overtime)}" if a.overtime else ""
            table.add_row(i, format_clock(a.seconds) + over, a.coverage_text, a.grade_text(session.plan.mode),
                          cell(f"{label} {a.title}"), key=str(i - 1))
        self.query_one("#weakest", ResultList).set_options(
            [concept_option(t.name, t.missed_text, tag=False) for t in weakest_concepts(session.answers)])
        now = datetime.now(UTC)
        rows = []
        for qid, due in message.upcoming:
            question = kb.bank.get(qid)
            rows.append(f"{question.label if question is not None else qid}  {describe_due(datetime.fromisoformat(due), now)}")
        self.query_one("#due-next", Static).update(plain("\n".join(rows) or "nothing scheduled"))

    @on(DataTable.RowSelected, "#summary-table")
    def review(self, event: DataTable.RowSelected) -> None:
        from .review import SessionReviewScreen

        self.app.push_screen(SessionReviewScreen(self.session_id, int(str(event.row_key.value))))

    def action_export(self) -> None:
        from .review import export_session

        if self.session is not None:
            export_session(self, self.session)

    def action_undo(self) -> None:
        from ..practice.runner import InterviewRun
        from ..practice.store import StoreError
        from .interview import InterviewScreen, undid

        store = self.app.store
        try:
            undone = store.undo(self.session_id)
        except StoreError as exc:  # locked or disk full: nothing changed; the user may try again
            self.notify(f"Not undone: {exc.reason}. Try again in a moment.", severity="warning", markup=False)
            return
        if undone is None:
            self.notify("Nothing to undo in this interview.", markup=False, timeout=3)
            return
        try:
            run = InterviewRun.resume(self.app.kb, store, store.session(self.session_id), self.app.clock,
                                      self.app.settings.desired_retention)
        except StoreError as exc:
            self.notify(f"Undone, but the interview cannot reopen now ({exc.reason}): resume it from history.",
                        severity="warning", markup=False)
            return
        if run is not None:
            self.app.switch_screen(InterviewScreen(run, outcome=undid(undone)))
