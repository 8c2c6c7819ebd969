"""Browse all concepts, sortable by name, by number of questions, by centrality, or by recall (weakest first)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable

from ..messages import Navigate
from ..navigation import ConceptPage, ConceptsPage
from ..practice.charts import bar
from ..widgets.text import cell
from .pages import PageScreen

SORTS = ("questions", "centrality", "recall", "name")


def recall_cell(recall: float | None) -> Text:
    """The recall as a number and a bar (the meaning), coloured red/yellow/green (a repeat of it)."""
    if recall is None:
        return Text("  –  not yet", style="dim", end="")
    style = "green" if recall >= 0.8 else "yellow" if recall >= 0.5 else "red"
    return Text(f"{round(recall * 100):>3}% {bar(recall, 6)}", style=style, end="")


class ConceptsScreen(PageScreen):
    BINDINGS = [Binding("s", "cycle_sort", "Sort", id="sort",
                        tooltip="Sort by questions, centrality, recall (weakest first) or name")]

    location: ConceptsPage
    sort = "questions"

    def compose_page(self) -> ComposeResult:
        table: DataTable[object] = DataTable(id="concept-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("Concept", "Questions", "Centrality", "Recall", "Kind")
        yield table

    def on_mount(self) -> None:
        self.centrality = self.app.kb.centrality()
        self._read_recall()
        self._fill()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        if self.app.store.changes != self.read_at:  # a kept page shown again after reviews: recall has moved
            self._read_recall()
            self._fill()

    def _read_recall(self) -> None:
        from ..practice.planner import concept_recalls

        self.read_at = self.app.store.changes
        self.recall = {name: r.recall for name, r in concept_recalls(self.app.kb, self.app.store).items()}

    def _fill(self) -> None:
        kb = self.app.kb
        rows = [(name, kb.concept_size(name), self.centrality.get(name, 0.0), c.discovered)
                for name, c in kb.glossary.concepts.items()]
        recall = self.recall
        key = {"name": lambda r: r[0].lower(), "questions": lambda r: (-r[1], r[0]),
               "centrality": lambda r: (-r[2], r[0]),
               # weakest first; concepts never reviewed after every known one
               "recall": lambda r: (recall.get(r[0]) is None, recall.get(r[0]) or 0.0, r[0])}[self.sort]
        table = self.query_one(DataTable)
        table.clear()
        for name, count, centrality, discovered in sorted(rows, key=key):
            table.add_row(cell(name), count, f"{centrality:.3f}", recall_cell(recall.get(name)),
                          "discovered" if discovered else "curated", key=name)
        self.query_one(DataTable).border_title = f"{len(rows)} concepts · sorted by {self.sort} (s to change)"

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill()

    @on(DataTable.RowSelected)
    def open_concept(self, event: DataTable.RowSelected) -> None:
        name = str(event.row_key.value)
        self.post_message(Navigate(ConceptPage(name)))
