"""Everything the app and the CLI query, loaded together: bank, glossary, graph, index."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from content.models import Question, QuestionBank
from content.packs import load_bank
from graph.build import build_graph, cnode
from graph.glossary import Concept, Glossary, load_glossary
from graph.queries import UnknownConcept, questions_of_concept
from graph.search import QuestionDoc, SearchIndex


@dataclass(slots=True)
class KnowledgeBase:
    bank: QuestionBank
    glossary: Glossary
    G: nx.Graph
    index: SearchIndex

    def concept(self, name: str) -> Concept:
        return self.glossary.concepts[name]

    def question(self, question_id: str) -> Question:
        question = self.bank.get(question_id)
        if question is None:
            raise KeyError(question_id)
        return question

    def resolve_concept(self, text: str) -> str:
        """A concept's canonical name from a name, alias or typo.

        Raises :class:`UnknownConcept` whose message suggests near names.
        """
        if text in self.glossary:
            return text
        hits = self.index.search(text, kind="concept", limit=5)
        if hits and hits[0].score >= 85:
            return hits[0].key
        suggestions = ", ".join([h.key for h in hits[:3]] or self.index.suggest_concepts(text))
        hint = f" (did you mean {suggestions}?)" if suggestions else ""
        raise UnknownConcept(f"unknown concept {text!r}{hint}")

    def concept_question_ids(self, name: str) -> list[str]:
        return questions_of_concept(self.G, name)

    def concept_size(self, name: str) -> int:
        return int(self.G.nodes[cnode(name)].get("questions", 0))


def build_index(bank: QuestionBank, glossary: Glossary, G: nx.Graph) -> SearchIndex:
    docs = [QuestionDoc(q.id, q.title, q.topic, q.number) for q in bank.questions]
    concept_questions = {name: questions_of_concept(G, name) for name in glossary.concepts}
    return SearchIndex(docs, {n: c.aliases for n, c in glossary.concepts.items()}, concept_questions)


def load_knowledge(extra: Sequence[str | Path] = (), *, glossary_path: str | Path | None = None) -> KnowledgeBase:
    """Load the bundled bank plus ``extra`` packs, build the graph and the search index."""
    bank = load_bank(list(extra))
    glossary = load_glossary(glossary_path)
    G = build_graph(bank, glossary)
    return KnowledgeBase(bank, glossary, G, build_index(bank, glossary, G))
