"""Past interviews: sessions, the score trend, per-concept mastery, reviews due."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Sparkline, Static

from tui.messages import Navigate
from tui.navigation import Location
from tui.text import cell, plain


def mean_coverage(session: dict) -> float:
    scored = [a["coverage"] or 0 for a in session["answers"] if not a["skipped"]]
    return sum(scored) / len(scored) if scored else 0.0


class HistoryScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="history-back"),
        Binding("r", "resume", "Resume", id="resume", tooltip="Resume the highlighted interrupted interview"),
    ]

    def compose(self) -> ComposeResult:
        store = self.app.store
        sessions = store.sessions()
        self.sessions = sessions
        yield Header()
        trend = [round(mean_coverage(s) * 100) for s in sessions if s["answers"]]
        count = f"{len(trend)} interview{'' if len(trend) == 1 else 's'}"
        yield Label(f"Score trend (mean coverage per interview, {count})")
        if len(trend) >= 2:  # a trend needs two points; one or none would draw a solid block
            yield Sparkline(trend, id="trend")
        hint = "No interviews yet: ctrl+t on the search screen starts one." if not trend else ""
        yield Static(plain(" ".join(f"{t}%" for t in trend[-12:]) or hint), id="trend-values")
        with Horizontal(id="history-body"):
            with Vertical():
                table: DataTable[object] = DataTable(id="sessions", cursor_type="row")
                table.add_columns("#", "Started (UTC)", "Status", "Answered", "Coverage")
                for s in reversed(sessions):
                    table.add_row(s["id"], s["started_at"][:16].replace("T", " "), s["status"],
                                  f"{len(s['answers'])}/{len(s['questions'])}", f"{round(mean_coverage(s) * 100)}%",
                                  key=str(s["id"]))
                yield table
            with Vertical():
                mastery: DataTable[object] = DataTable(id="mastery", cursor_type="row")
                mastery.add_columns("Concept", "Covered", "Missed", "Mastery")
                rows = sorted(store.concept_misses().items(), key=lambda kv: (kv[1][0] / sum(kv[1]), kv[0]))
                for name, (covered, missed) in rows:
                    mastery.add_row(cell(name), covered, missed, f"{round(covered / (covered + missed) * 100)}%", key=name)
                yield mastery
                due = store.due()
                yield Static(plain(f"Reviews due now: {len(due)}" + (" (mode 'due' in the interview set-up)" if due else "")),
                             id="due-count")
        yield Footer()

    @on(DataTable.RowSelected, "#mastery")
    def open_concept(self, event: DataTable.RowSelected) -> None:
        name = str(event.row_key.value)
        self.post_message(Navigate(Location("concept", name, name)))

    def action_resume(self) -> None:
        table = self.query_one("#sessions", DataTable)
        if table.row_count == 0:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        session = next(s for s in self.sessions if str(s["id"]) == key)
        if session["status"] != "interrupted":
            self.notify("Only interrupted interviews can be resumed.", markup=False)
            return
        self.app.resume_session(session)
