"""Browse all concepts, sortable by name, by number of questions, or by centrality."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable

from ..messages import Navigate
from ..navigation import ConceptPage, ConceptsPage
from ..widgets.text import cell
from .pages import PageScreen

SORTS = ("questions", "centrality", "name")


class ConceptsScreen(PageScreen):
    BINDINGS = [Binding("s", "cycle_sort", "Sort", id="sort", tooltip="Sort by questions, centrality or name")]

    location: ConceptsPage
    sort = "questions"

    def compose_page(self) -> ComposeResult:
        table: DataTable[object] = DataTable(id="concept-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("Concept", "Questions", "Centrality", "Kind")
        yield table

    def on_mount(self) -> None:
        self.centrality = self.app.kb.centrality()
        self._fill()
        self.query_one(DataTable).focus()

    def _fill(self) -> None:
        kb = self.app.kb
        rows = [(name, kb.concept_size(name), self.centrality.get(name, 0.0), c.discovered)
                for name, c in kb.glossary.concepts.items()]
        key = {"name": lambda r: r[0].lower(), "questions": lambda r: (-r[1], r[0]),
               "centrality": lambda r: (-r[2], r[0])}[self.sort]
        table = self.query_one(DataTable)
        table.clear()
        for name, count, centrality, discovered in sorted(rows, key=key):
            table.add_row(cell(name), count, f"{centrality:.3f}", "discovered" if discovered else "curated", key=name)
        self.query_one(DataTable).border_title = f"{len(rows)} concepts · sorted by {self.sort} (s to change)"

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill()

    @on(DataTable.RowSelected)
    def open_concept(self, event: DataTable.RowSelected) -> None:
        name = str(event.row_key.value)
        self.post_message(Navigate(ConceptPage(name)))
