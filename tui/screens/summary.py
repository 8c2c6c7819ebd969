"""The end of an interview: per-question time, coverage and grade; weakest concepts; what is due."""

from __future__ import annotations

from datetime import UTC, datetime

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, OptionList, Static

from tui.interview import format_clock
from tui.messages import Navigate
from tui.navigation import Location
from tui.report import session_markdown, weakest_concepts
from tui.scheduling import GRADES, describe_due
from tui.text import cell, plain
from tui.widgets.results import ResultList, concept_option, option_target


class SummaryScreen(Screen[None]):
    BINDINGS = [
        Binding("e", "export", "Export Markdown", id="export", tooltip="Write this summary as Markdown"),
        Binding("escape", "app.pop_screen", "Done", id="done", tooltip="Back to search"),
    ]

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        session = self.app.store.session(self.session_id)
        self.session = session
        answers = session["answers"]
        scored = [a["coverage"] or 0 for a in answers if not a["skipped"]]
        mean = round(sum(scored) / len(scored) * 100) if scored else 0
        yield Header()
        yield Static(plain(f"Interview finished: {len(scored)} of {len(answers)} answered · mean coverage {mean}% · "
                           f"{format_clock(sum(a['seconds'] for a in answers))} in all"), id="summary-total")
        table: DataTable[object] = DataTable(id="summary-table", cursor_type="row")
        # The title goes last: at any width the numbers stay on screen and only the title is cut.
        table.add_columns("#", "Time", "Coverage", "Grade", "Question")
        kb = self.app.kb
        for i, a in enumerate(answers, 1):
            number = kb.question(a["question_id"]).number if kb.bank.get(a["question_id"]) else "?"
            coverage = "skipped" if a["skipped"] else f"{round((a['coverage'] or 0) * 100)}%"
            over = f" +{format_clock(a['overtime'])}" if a["overtime"] else ""
            table.add_row(i, format_clock(a["seconds"]) + over, coverage, GRADES.get(a["grade"], "–"),
                          cell(f"Q{number} {a['title']}"))
        yield table
        with Horizontal(id="summary-bottom"):
            with Vertical():
                yield Label("Weakest concepts (Enter to study)")
                yield ResultList(*[concept_option(n, f"missed {m}×") for n, m, _ in weakest_concepts([session])],
                                 id="weakest")
            with Vertical():
                yield Label("Due next")
                now = datetime.now(UTC)
                rows = [f"{kb.question(q).label if kb.bank.get(q) else q}  {describe_due(datetime.fromisoformat(d), now)}"
                        for q, d in self.app.store.upcoming(8)]
                yield Static(plain("\n".join(rows) or "nothing scheduled"), id="due-next")
        yield Footer()

    @on(OptionList.OptionSelected, "#weakest")
    def study(self, event: OptionList.OptionSelected) -> None:
        name = option_target(event.option.id)[1]
        self.post_message(Navigate(Location("concept", name, name)))

    def action_export(self) -> None:
        from tui.atomic import write_text_atomic

        numbers = {q.id: q.number for q in self.app.kb.bank.questions}
        path = self.app.data_path / "exports" / f"interview-{self.session_id}.md"
        try:
            write_text_atomic(path, session_markdown(self.session, numbers))
        except OSError as exc:
            self.notify(f"Could not write {path}: {exc.strerror or exc}", severity="error", markup=False)
            return
        self.notify(f"Wrote {path}", markup=False)
