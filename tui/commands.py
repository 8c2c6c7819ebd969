"""The command palette (ctrl+p): questions, concepts and actions, found by our own search."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from .messages import Navigate
from .navigation import ConceptPage, Location, QuestionPage
from .widgets.text import as_markup, highlighted, plain

# (title, app action, help)
ACTIONS = [
    ("Start a mock interview", "interview", "Timed questions on what you are looking at, scored and scheduled"),
    ("Interview history", "history", "Past sessions, score trend, reviews due"),
    ("Browse all concepts", "concepts", "Sortable by name, questions, centrality, recall"),
    ("Study statistics", "stats", "Heatmap, true retention, readiness, forecast"),
    ("Suspended and leech questions", "suspended", "Questions left out of the draws, and the way back"),
    ("Home: search", "home", "Back to the search screen, the last query selected: typing starts a new search"),
    ("Keys of this screen: help", "help", "F1; each key with what it does, and how to remap it"),
]


class LlmCommands(Provider):
    def _actions(self) -> list[tuple[str, str, str]]:
        """The actions that make sense over the screen the palette was opened on (none that would abandon an
        interview)."""
        app = self.app
        return [(name, action, help_text) for name, action, help_text in ACTIONS
                if action not in app.GLOBAL_ACTIONS or app.global_action_allowed(action, self.screen)]

    async def discover(self) -> Hits:
        for name, action, help_text in self._actions():
            yield DiscoveryHit(name, partial(self.run_app_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in self._actions():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.run_app_action, action), help=help_text)
        kb = self.app.kb
        if kb is None or not query.strip():
            return
        results = kb.index.search(query, limit=15)
        if not results:
            # Nothing sure: the concepts the search screen would ask "did you mean" about, as it does.
            for name in kb.index.suggest_concepts(query):
                yield Hit(0.3, Content.assemble("Concept: ", plain(name), Content.styled("  (did you mean?)", "dim")),
                          partial(self.app.post_message, Navigate(ConceptPage(name))), text=name)
            return
        for result in results:
            label = highlighted(result.title, result.spans)
            location: Location
            if result.kind == "question":
                text = Content.assemble(f"{result.label} ", label)
                location = QuestionPage(result.key, result.label)
            else:
                text = Content.assemble("Concept: ", label)
                if result.field == "alias":
                    text = Content.assemble(text, " (alias: ", highlighted(result.snippet, result.snippet_spans), ")")
                location = ConceptPage(result.key)
            yield Hit(min(1.0, result.score / 100), text, partial(self.app.post_message, Navigate(location)),
                      text=result.title, help=as_markup(result.topic))  # the palette parses help as markup

    async def run_app_action(self, action: str) -> None:
        await self.app.run_action(action)

