"""A concept: definition, related concepts with reasons, its questions, and its local graph."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static, Tree

from llmtui.graph.queries import local_graph, related_concepts

from ..messages import Navigate
from ..navigation import ConceptPage, PathPage
from ..widgets.results import ResultList, concept_option, question_option
from ..widgets.text import cell, plain
from .pages import PageScreen


class ConceptScreen(PageScreen):
    BINDINGS = [
        Binding("g", "toggle_graph", "Local graph", id="graph", tooltip="Show the local graph as a tree"),
        Binding("1", "depth(1)", "Depth 1", show=False),
        Binding("2", "depth(2)", "Depth 2", show=False),
        Binding("3", "depth(3)", "Depth 3", show=False),
        Binding("p", "path", "Path to…", id="path", tooltip="Find the chain to another concept"),
    ]

    location: ConceptPage
    depth = 1

    def compose_page(self) -> ComposeResult:
        kb = self.app.kb
        concept = kb.concept(self.location.name)
        kind = " (discovered)" if concept.discovered else ""
        yield Static(plain(concept.name + kind), id="concept-name")
        yield Static(plain(f"Aliases: {', '.join(concept.aliases) or '–'}"), id="concept-aliases")
        yield Static(plain(kb.definition(concept.name)), id="concept-definition")
        with Horizontal(id="page-body"):
            with Vertical(id="concept-left"):
                yield Label("Related concepts (why)")
                yield ResultList(
                    *[concept_option(r.name, r.reason or "related") for r in related_concepts(kb.graph, concept.name)],
                    id="related",
                )
                tree: Tree[str] = Tree(cell(concept.name), id="local-graph")  # Text: never markup
                tree.display = False
                yield tree
            with Vertical(id="concept-right"):
                ids = kb.concept_question_ids(concept.name)
                yield Label(f"Questions ({len(ids)})")
                yield ResultList(*[question_option(kb.question(q)) for q in ids], id="questions")

    def on_mount(self) -> None:
        self.query_one("#related", ResultList).focus()

    def action_toggle_graph(self) -> None:
        tree = self.query_one("#local-graph", Tree)
        tree.display = not tree.display
        if tree.display:
            self._fill_tree()
            tree.focus()

    def action_depth(self, depth: int) -> None:
        self.depth = depth
        tree = self.query_one("#local-graph", Tree)
        tree.display = True
        self._fill_tree()
        tree.focus()

    def _fill_tree(self) -> None:
        tree = self.query_one("#local-graph", Tree)
        tree.clear()
        tree.root.label = cell(f"{self.location.name}  (depth {self.depth}; 1-3 to change)")
        tree.root.data = self.location.name
        nodes = {self.location.name: tree.root}
        for _, parent, child in local_graph(self.app.kb.graph, self.location.name, depth=self.depth, fanout=6):
            nodes[child] = nodes[parent].add(cell(child), data=child)
        for node in nodes.values():
            node.allow_expand = bool(node.children)
        tree.root.expand_all()

    @on(Tree.NodeSelected, "#local-graph")
    def walk_tree(self, event: Tree.NodeSelected) -> None:
        if event.node.data and event.node.data != self.location.name:
            self.post_message(Navigate(ConceptPage(event.node.data)))

    def action_path(self) -> None:
        from .picker import ConceptPicker

        def chosen(target: str | None) -> None:
            if target:
                self.post_message(Navigate(PathPage(self.location.name, target)))

        self.app.push_screen(ConceptPicker(f"Path from {self.location.name} to…"), chosen)
