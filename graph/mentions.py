"""Which concepts each question mentions: counting, weighting, coverage and discovery. No networkx."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from llmtui.content.models import Question, QuestionBank

from .descriptions import DescriptionMatcher
from .discovery import discover_concepts
from .glossary import Concept, Glossary
from .matcher import MentionMatcher, words_and_gaps

TITLE_WEIGHT = 3.0  # a concept named in the question counts three answer mentions
_LOG1P = [math.log1p(n) for n in range(64)]


def _log1p(n: int) -> float:
    return _LOG1P[n] if n < 64 else math.log1p(n)


@dataclass(frozen=True, slots=True)
class QuestionMentions:
    """How often each concept is named in a question's title and in its answer."""

    title: Mapping[str, int]
    answer: Mapping[str, int]

    def weights(self) -> dict[str, float]:
        """Title mentions weigh ``TITLE_WEIGHT``; answer mentions add log(1 + count)."""
        out = {c: _log1p(n) for c, n in self.answer.items()}
        for c in self.title:
            out[c] = out.get(c, 0.0) + TITLE_WEIGHT
        return out


def mention_forms(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    return {name: concept.surface_forms for name, concept in glossary.concepts.items()}


def blocked_forms(glossary: Glossary) -> list[str]:
    """Every concept's false friends: phrases the matcher consumes without tagging."""
    return [form for concept in glossary.concepts.values() for form in concept.false_friends]


def glossary_matcher(glossary: Glossary) -> MentionMatcher:
    """The matcher of ``glossary``'s names and aliases, its false friends blocked."""
    return MentionMatcher(mention_forms(glossary), blocked=blocked_forms(glossary))


class QuestionTagger:
    """Finds the concepts a question's text names (names and aliases) or describes (``described_by`` rules)."""

    def __init__(self, glossary: Glossary) -> None:
        self.names = glossary_matcher(glossary)
        self.descriptions = DescriptionMatcher(
            {name: concept.described_by for name, concept in glossary.concepts.items() if concept.described_by},
            blocked=blocked_forms(glossary), names=self.names)

    def counts(self, text: str) -> Counter[str]:
        """Mentions of each concept in ``text``; a concept only described counts once."""
        parts = words_and_gaps(text)
        named = list(self.names.matches(parts))
        found = Counter(concept for concept, _, _ in named)
        for concept in self.descriptions.described(parts, named):
            found.setdefault(concept, 1)
        return found


def count_mentions(questions: Iterable[Question], tagger: QuestionTagger) -> dict[str, QuestionMentions]:
    """Concept mentions in each question's title and answer, by question id."""
    return {q.id: QuestionMentions(tagger.counts(q.title), tagger.counts(q.answer)) for q in questions}


def poorly_covered_packs(bank: QuestionBank, mentions: Mapping[str, QuestionMentions]) -> list[str]:
    """Packs where fewer than half the questions name a known concept in their title."""
    return [
        pack.name for pack in bank.packs
        if sum(1 for q in pack.questions if mentions[q.id].title) < 0.5 * max(1, len(pack.questions))
    ]


def discover_into(bank: QuestionBank, glossary: Glossary, packs: Iterable[str]) -> list[Concept]:
    """Add concepts discovered in ``packs`` to ``glossary``; return them."""
    wanted = set(packs)
    texts = [f"{q.title}\n{q.answer}" for q in bank.questions if q.pack in wanted]
    discovered = discover_concepts(texts, glossary) if texts else []
    for concept in discovered:
        glossary.add(concept)
    return discovered


def discover_in_poor_packs(bank: QuestionBank, glossary: Glossary, mentions: dict[str, QuestionMentions]) -> list[Concept]:
    """Discover concepts in the packs ``glossary`` covers poorly; recount those packs' mentions.

    ``glossary`` gains the discovered concepts and ``mentions`` the new counts.
    Returns the concepts discovered.
    """
    poor = poorly_covered_packs(bank, mentions)
    discovered = discover_into(bank, glossary, poor) if poor else []
    if discovered:
        wanted = set(poor)
        recounted = count_mentions([q for q in bank.questions if q.pack in wanted], QuestionTagger(glossary))
        mentions.update(recounted)
        # A term that a longer known form always swallows names no question: it is no concept.
        named = {c for counts in recounted.values() for c in (*counts.title, *counts.answer)}
        for concept in [c for c in discovered if c.name not in named]:
            del glossary.concepts[concept.name]
        discovered = [c for c in discovered if c.name in named]
    return discovered


def concept_question_ids(mentions: Mapping[str, QuestionMentions]) -> dict[str, list[str]]:
    """Question ids of each concept, in the order of ``mentions`` (bank order).

    Not ranked: sorting a concept named by 30,000 questions would hold the GIL
    for ~100 ms of the load, and only a concept page needs the ranking, which
    the graph gives (:func:`llmtui.graph.queries.questions_of_concept`).
    """
    found: dict[str, list[str]] = {}
    for qid, counts in mentions.items():
        for concept in {**counts.answer, **counts.title}:
            found.setdefault(concept, []).append(qid)
    return found
