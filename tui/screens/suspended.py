"""Questions left out of the draws (suspended, leeches, buried), with the way back: u unsuspends, Enter opens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Header, Static

from ..messages import Navigate
from ..navigation import QuestionPage
from ..practice.records import QuestionFlags, held_back_counts
from ..practice.store import StoreError
from ..widgets.keybar import KeyBar
from ..widgets.text import cell
from .base import HOME_BINDING, AppScreen


@dataclass
class FlagsRead(Message):
    flags: list[QuestionFlags]
    now: str


class SuspendedScreen(AppScreen):
    TITLE = "Left out of the draws"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="suspended-back", tooltip="Back to the stats"),
        Binding("u", "unsuspend", "Unsuspend", id="unsuspend",
                tooltip="Back into the draws (a leech keeps its mark and its lapses)"),
        Binding("b", "unbury", "Unbury", id="unbury", tooltip="Back into the draws today"),
        HOME_BINDING,
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="suspended-title", markup=False)
        table: DataTable[object] = DataTable(id="suspended-table", cursor_type="row")
        table.add_columns("State", "Lapses", "Question")
        yield table
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.read_flags()  # shown (a pushed screen is resumed right after it is mounted), or back to it

    @work(thread=True, exclusive=True, group="suspended")
    def read_flags(self) -> None:
        self.post_message(FlagsRead(self.app.store.all_flags(), datetime.now(UTC).isoformat()))

    def on_flags_read(self, message: FlagsRead) -> None:
        kb = self.app.kb
        shown = [f for f in message.flags if f.suspended or f.leech or f.buried(message.now)]
        table = self.query_one(DataTable)
        table.clear()
        for f in shown:
            state = ", ".join(word for word, on_ in (("suspended", f.suspended), ("leech", f.leech),
                                                     ("buried", f.buried(message.now))) if on_)
            question = kb.bank.get(f.question_id)
            title = f"{question.label} {question.title}" if question is not None else f.question_id
            table.add_row(state, f.lapses, cell(title), key=f.question_id)
        self.query_one("#suspended-title", Static).update(
            f"{held_back_counts(shown, message.now)} · Enter opens, {self.key_for('unsuspend')} unsuspends, "
            f"{self.key_for('unbury')} unburies" if shown else
            "Nothing suspended, buried or a leech. s on a question page or after an answer suspends, b buries.")

    def _highlighted(self) -> str | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_unsuspend(self) -> None:
        qid = self._highlighted()
        if qid is not None and self._write(lambda: self.app.store.suspend(qid, False)):
            self.notify(f"{self.app.kb.question(qid).label} is back in the draws.", markup=False, timeout=3)
            self.read_flags()

    def action_unbury(self) -> None:
        qid = self._highlighted()
        if qid is not None and self._write(lambda: self.app.store.bury(qid, None)):
            self.read_flags()

    def _write(self, write: Callable[[], None]) -> bool:
        try:
            write()
        except StoreError as exc:
            self.notify(f"Not changed: {exc.reason}.", severity="warning", markup=False)
            return False
        return True

    @on(DataTable.RowSelected)
    def open_question(self, event: DataTable.RowSelected) -> None:
        qid = str(event.row_key.value)
        if self.app.kb.bank.get(qid) is not None:
            self.post_message(Navigate(QuestionPage(qid)))
