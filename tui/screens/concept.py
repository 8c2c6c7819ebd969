"""A concept: definition, related concepts with reasons, its questions, and its local graph."""

from __future__ import annotations

from dataclasses import replace

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static, Tree
from textual.widgets.tree import TreeNode

from llmtui.graph.queries import local_graph_edges, related_concepts

from ..messages import Navigate
from ..navigation import ConceptPage, PathPage
from ..practice.engine import InterviewPlan
from ..widgets.results import ResultList, concept_option, question_option
from ..widgets.text import cell, plain
from ..wording import distinct_aliases
from .pages import PageScreen

FANOUT = 6  # neighbours shown per concept in the local graph


class LocalGraph(Tree[str]):
    """The local graph: a line too long for the box is cut at its edge with an ellipsis, as fzf cuts a match.

    The box never scrolls sideways: a horizontal scroll bar on its last row drew a lone bar glyph (its thumb's
    end) under the lines at 80 columns, and the reasons it hid are on the page's related list anyway.
    """

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        depth = 0
        while node.parent is not None:
            node, depth = node.parent, depth + 1
        room = self.scrollable_content_region.width - depth * self.guide_depth
        if room > 0 and label.cell_len > room:  # not laid out yet (no room): measured again once it is
            label.truncate(room, overflow="ellipsis")
        return label


class ConceptScreen(PageScreen):
    BINDINGS = [
        Binding("g", "toggle_graph", "Local graph", id="graph", tooltip="Show or hide the local graph"),
        Binding("1", "depth(1)", "Depth 1", id="graph-depth-1", show=False, tooltip="Local graph: direct neighbours"),
        Binding("2", "depth(2)", "Depth 2", id="graph-depth-2", show=False, tooltip="Local graph: two steps out"),
        Binding("3", "depth(3)", "Depth 3", id="graph-depth-3", show=False, tooltip="Local graph: three steps out"),
        Binding("p", "path", "Path to…", id="path", tooltip="Find the chain to another concept"),
        # ctrl+t, in the key bar, does the same: t is for a hand already on the letters.
        Binding("t", "app.interview", "Practise", id="practise-concept", show=False,
                tooltip="A mock interview on this concept and its neighbours"),
    ]

    HELP_NOTES = (("Enter", "Walk to the highlighted concept, or open the question"),
                  ("Tab", "Between related concepts and questions"))

    location: ConceptPage

    def compose_page(self) -> ComposeResult:
        kb = self.app.kb
        concept = kb.concept(self.location.name)
        kind = " (discovered)" if concept.discovered else ""
        yield Static(plain(concept.name + kind), id="concept-name")
        yield Static(plain(f"Aliases: {', '.join(distinct_aliases(concept.name, concept.aliases)) or '–'}"),
                     id="concept-aliases")
        yield Static(plain(kb.definition(concept.name)), id="concept-definition")
        with Horizontal(id="page-body"):
            with Vertical(id="concept-left"):
                yield Label("Related concepts (why)")
                # Every row is a concept: the list says why, not what.
                yield ResultList(
                    *[concept_option(r.name, r.reason or "related", tag=False)
                      for r in related_concepts(kb.graph, concept.name)],
                    id="related",
                )
            with Vertical(id="concept-right"):
                ids = kb.concept_question_ids(concept.name)
                yield Label(f"Questions ({len(ids)})")
                yield ResultList(*[question_option(kb.question(q)) for q in ids], id="questions")
        tree = LocalGraph(cell(concept.name), id="local-graph")  # Text: never markup
        tree.display = False
        yield tree

    def on_mount(self) -> None:
        self.query_one("#related", ResultList).focus()
        if self.location.graph_depth:
            self._show_graph(self.location.graph_depth)  # back here: the graph as it was left

    def practice_plan(self) -> InterviewPlan:
        return InterviewPlan(concept=self.location.name)

    def action_toggle_graph(self) -> None:
        if self.query_one("#local-graph", Tree).display:
            self._hide_graph()
        else:
            self._show_graph(self.location.graph_depth or 1)

    def action_depth(self, depth: int) -> None:
        self._show_graph(depth)

    def _remember(self, depth: int) -> None:
        self.location = replace(self.location, graph_depth=depth)
        self.app.navigator.update(self.location)

    def _hide_graph(self) -> None:
        self.query_one("#local-graph", Tree).display = False
        self.query_one("#page-body").display = True
        self.query_one("#related", ResultList).focus()
        self._remember(0)

    def _show_graph(self, depth: int) -> None:
        """The local graph takes the lists' place (the whole height): each edge says why, as the lists do."""
        tree = self.query_one("#local-graph", Tree)
        self.query_one("#page-body").display = False
        tree.display = True
        self._fill_tree(depth)
        tree.focus()
        self._remember(depth)

    def _fill_tree(self, depth: int) -> None:
        graph = self.app.kb.graph
        tree = self.query_one("#local-graph", Tree)
        tree.clear()
        depth_keys = [self.key_for(f"graph-depth-{d}") for d in (1, 2, 3)]
        change = "1-3" if depth_keys == ["1", "2", "3"] else "/".join(depth_keys)
        tree.root.label = cell(f"{self.location.name}  (depth {depth}: {change} change it, {self.key_for('graph')} hides)")
        tree.root.data = self.location.name
        nodes = {self.location.name: tree.root}
        for _, related in local_graph_edges(graph, self.location.name, depth=depth, fanout=FANOUT):
            label = cell(related.name)
            if why := related.reason:
                label.append(f"  · {why}", style="dim")
            nodes[related.name] = nodes[related.of].add(label, data=related.name)
        for node in nodes.values():
            node.allow_expand = bool(node.children)
        tree.root.expand_all()
        settle_scroll_bars(tree)

    @on(Tree.NodeSelected, "#local-graph")
    def walk_tree(self, event: Tree.NodeSelected) -> None:
        if event.node.data and event.node.data != self.location.name:
            self.post_message(Navigate(ConceptPage(event.node.data)))

    def action_path(self) -> None:
        from .picker import ConceptPicker

        def chosen(target: str | None) -> None:
            if target:
                self.post_message(Navigate(PathPage(self.location.name, target)))

        self.app.push_screen(ConceptPicker(f"Path from {self.location.name} to…", exclude=self.location.name), chosen)


def settle_scroll_bars(tree: Tree[str]) -> None:
    """Give ``tree`` the vertical scroll bar its new lines need, before it is laid out again.

    A Tree measures its lines when it first draws them, and Textual shows or hides scroll bars during the
    layout that follows, which then needs a second layout and frame (a new depth came in two frames). Its
    lines are measured here instead (``last_line``) and the bar set as that layout would set it. The local
    graph cuts its lines at the box's edge and keeps the bar's room (``scrollbar-gutter: stable``), so it
    never needs a horizontal bar, and the vertical one changes no line's width. A tree never laid out yet is
    left to Textual.
    """
    tree.last_line  # noqa: B018 -- measures the lines: sets the tree's virtual size
    width, height = tree.container_size
    if not width or not height:
        return
    tree.show_vertical_scrollbar = tree.virtual_size.height > height
    tree.show_horizontal_scrollbar = False
