"""Browse all concepts: type to filter; sort by questions, centrality, recall (weakest first) or name."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

from ..messages import Navigate
from ..navigation import ConceptPage, ConceptsPage
from ..practice.charts import bar
from ..practice.engine import InterviewPlan
from ..widgets.line_input import LineInput
from ..widgets.text import cell, plain
from .pages import PageScreen

SORTS = ("questions", "centrality", "recall", "name")
NUMBER_COLUMNS = 46  # cells the numeric columns, their padding and the scrollbar take
RECALL_MEANING = ("Recall: FSRS's chance that you would recall the concept's reviewed questions today, their mean. "
                  "A question you graded Again counts 0 until you grade it again: right after a review FSRS says "
                  "100 % whatever the grade.")


def recall_cell(recall: float | None) -> Text:
    """The recall as a number and a bar (the meaning), coloured red/yellow/green (a repeat of it)."""
    if recall is None:
        return Text("  –  not yet", style="dim", end="")
    style = "green" if recall >= 0.8 else "yellow" if recall >= 0.5 else "red"
    return Text(f"{round(recall * 100):>3}% {bar(recall, 6)}", style=style, end="")


class ConceptsScreen(PageScreen):
    BINDINGS = [
        Binding("escape", "clear_or_back", "Back", id="concepts-back", tooltip="Clear the filter, else go back"),
        # Not a letter: letters type into the filter.
        Binding("ctrl+s", "cycle_sort", "Sort", id="sort",
                tooltip="Sort by questions, centrality, recall (weakest first) or name"),
        # While typing, these move through the table (as in fzf).
        Binding("down", "move(1)", "Next", id="move-down", show=False, tooltip="The next row"),
        Binding("up", "move(-1)", "Previous", id="move-up", show=False, tooltip="The row before"),
        Binding("pagedown", "move(10)", "Page down", id="move-page-down", show=False, tooltip="Ten rows on"),
        Binding("pageup", "move(-10)", "Page up", id="move-page-up", show=False, tooltip="Ten rows back"),
    ]
    HELP_NOTES = (("letters", "Filter the concepts by name or alias"), ("Enter", "Open the highlighted concept"),
                  ("Recall", RECALL_MEANING))

    location: ConceptsPage
    sort = "questions"

    def compose_page(self) -> ComposeResult:
        yield LineInput(placeholder="Type to filter concepts…", id="concept-filter", compact=True)
        yield Static("", id="concepts-info", markup=False)
        table: DataTable[object] = DataTable(id="concept-table", cursor_type="row", zebra_stripes=True)
        # The names get what the numbers leave (a long name is cut, never the recall column).
        longest = max(len(name) for name in self.app.kb.glossary.concepts) + len(" (discovered)")
        table.add_column("Concept", width=max(16, min(longest, self.app.size.width - NUMBER_COLUMNS)))
        table.add_columns("Questions", "Centrality", "Recall")
        table.tooltip = RECALL_MEANING
        yield table

    def on_mount(self) -> None:
        self.centrality = self.app.kb.centrality()
        self._read_recall()
        self._fill()
        self.query_one("#concept-filter", Input).focus()

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
        typed = self.query_one("#concept-filter", Input).value.strip()
        # The search's own concept matcher: names and aliases word by word, prefixes from the first letter, typos.
        found = {m.name for m in kb.index.match_concepts(typed, first_prefix=1)} if typed else None
        rows = [(name, kb.concept_size(name), self.centrality.get(name, 0.0), c.discovered)
                for name, c in kb.glossary.concepts.items() if found is None or name in found]
        recall = self.recall
        key = {"name": lambda r: r[0].lower(), "questions": lambda r: (-r[1], r[0]),
               "centrality": lambda r: (-r[2], r[0]),
               # weakest first; concepts never reviewed after every known one
               "recall": lambda r: (recall.get(r[0]) is None, recall.get(r[0]) or 0.0, r[0])}[self.sort]
        table = self.query_one(DataTable)
        table.clear()
        for name, count, centrality, discovered in sorted(rows, key=key):
            # Only found-in-packs concepts are marked: the curated ones are the rule.
            table.add_row(cell(name + (" (discovered)" if discovered else "")), count, f"{centrality:.3f}",
                          recall_cell(recall.get(name)), key=name)
        total = len(kb.glossary)
        if found is not None and not rows:
            shown = f"no concept matches {typed!r} (of {total})"
        else:
            shown = f"{len(rows)} of {total} concepts" if found is not None else f"{total} concepts"
        self.query_one("#concepts-info", Static).update(plain(
            f"{shown} · sorted by {self.sort} ({self.key_for('sort')} changes) · centrality: how close a "
            "concept sits to all the others in the graph · recall: how much of it you would remember today"
            " (Again: 0 until you get it right)"))

    @on(Input.Changed, "#concept-filter")
    def filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#concept-filter")
    def open_highlighted(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self.post_message(Navigate(ConceptPage(self._highlighted_name())))

    def _highlighted_name(self) -> str:
        table = self.query_one(DataTable)
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_move(self, step: int) -> None:
        """Move through the table while typing goes on in the filter (as on the search screen)."""
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_clear_or_back(self) -> None:
        query = self.query_one("#concept-filter", Input)
        if query.value:
            query.value = ""
        else:
            self.app.action_back()

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill()

    def practice_plan(self) -> InterviewPlan | None:
        table = self.query_one(DataTable)
        return InterviewPlan(concept=self._highlighted_name()) if table.row_count else None

    @on(DataTable.RowSelected)
    def open_concept(self, event: DataTable.RowSelected) -> None:
        name = str(event.row_key.value)
        self.post_message(Navigate(ConceptPage(name)))
