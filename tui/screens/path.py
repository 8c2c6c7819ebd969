"""The chain between two concepts, with the questions that bridge each step."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from llmtui.graph.queries import NoPath, concept_path

from ..navigation import PathPage
from ..widgets.results import ResultList, ResultOption, concept_option, label_option, question_option
from ..widgets.text import join, plain
from .pages import PageScreen


class PathScreen(PageScreen):
    location: PathPage

    def compose_page(self) -> ComposeResult:
        kb = self.app.kb
        source, target = self.location.source, self.location.target
        if source == target:
            yield Static(plain(f"A path needs two different concepts; both ends are {source}."))
            return
        try:
            steps = concept_path(kb.graph, source, target)
        except NoPath:
            yield Static(plain(f"No path between {source} and {target}: they share no questions or relations."))
            return
        chain = [source] + [s.target for s in steps]
        yield Static(plain(" → ".join(chain)), id="path-chain")
        options: list[ResultOption] = [concept_option(source)]
        for step in steps:
            options.append(label_option(join("   ↓ ", plain(step.reads()))))  # in the relation's true direction
            options += [question_option(kb.question(q), "bridges this step") for q in step.bridging_questions[:4]]
            options.append(concept_option(step.target))
        yield ResultList(*options, id="path-steps")
