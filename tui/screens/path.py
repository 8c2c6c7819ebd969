"""The chain between two concepts, with the questions that bridge each step."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from graph.queries import NoPath, concept_path
from tui.navigation import Location
from tui.screens.pages import PageScreen
from tui.text import join, plain
from tui.widgets.results import ResultList, concept_option, question_option


class PathScreen(PageScreen):
    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location

    def compose_page(self) -> ComposeResult:
        kb = self.app.kb
        source, _, target = self.location.key.partition("\t")
        try:
            steps = concept_path(kb.G, source, target)
        except NoPath:
            yield Static(plain(f"No path between {source} and {target}: they share no questions or relations."))
            return
        chain = [source] + [s.target for s in steps]
        yield Static(plain(" → ".join(chain)), id="path-chain")
        options: list[Option] = [concept_option(source)]
        for step in steps:
            via = step.relation.replace("_", " ") or "shared questions"
            options.append(Option(join("   ↓ ", plain(via)), disabled=True))
            options += [question_option(kb.question(q), "bridges this step") for q in step.bridging_questions[:4]]
            options.append(concept_option(step.target))
        yield ResultList(*options, id="path-steps")

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self.open_option(event)
