"""How well the user knows each question, concept and topic today, from FSRS retrievability. Pure: no textual, no SQL.

A question's recall is FSRS's probability that it would be recalled now (0 for
a question never reviewed), except after a lapse: a question whose last grade
was Again (or a skip, stored as Again) counts 0 until it is graded again.
FSRS's retrievability at the moment of a review is 1.0 whatever the grade (the
answer was just shown), so right after an Again it read "100 %" beside a
mastery that said the question was missed; the user did not recall it, and
until they do, that is what recall says. A concept's recall is the mean over
its questions that have been reviewed (None before any); a topic's readiness is
the share of all its questions the user would recall today, never-reviewed ones
counting 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from .records import CardRow, ConceptTally
from .scheduling import retrievability


@dataclass(frozen=True, slots=True)
class ConceptRecall:
    name: str
    recall: float | None  # mean retrievability of its reviewed questions; None when none was reviewed
    reviewed: int  # its questions with a review card
    questions: int


@dataclass(frozen=True, slots=True)
class TopicReadiness:
    topic: str
    readiness: float  # share of its questions recalled today (expected)
    reviewed: int
    questions: int


LAPSE = 1  # the grade Again


def question_recall(cards: Iterable[CardRow], now: datetime) -> dict[str, float]:
    """Retrievability now of every question with a card; 0 for one last graded Again (a lapse), until it is
    graded again.

    >>> from .scheduling import review
    >>> at = datetime.fromisoformat("2026-01-01T00:00:00+00:00")
    >>> good, again = review(None, 3, at)[0], review(review(None, 3, at)[0], 1, at)[0]
    >>> question_recall([("p#1", good, "", 3, 1), ("p#2", again, "", 1, 2)], at)
    {'p#1': 1.0, 'p#2': 0.0}
    """
    return {row[0]: 0.0 if row[3] == LAPSE else retrievability(row[1], now) for row in cards}


def concept_recall(concept_questions: Mapping[str, Sequence[str]], recall: Mapping[str, float]) -> dict[str, ConceptRecall]:
    """Each concept's recall from its questions' recall.

    >>> concept_recall({"LoRA": ["p#1", "p#2"], "RAG": ["p#3"]}, {"p#1": 0.5, "p#2": 0.9})["LoRA"]
    ConceptRecall(name='LoRA', recall=0.7, reviewed=2, questions=2)
    >>> concept_recall({"RAG": ["p#3"]}, {})["RAG"].recall is None
    True
    """
    out: dict[str, ConceptRecall] = {}
    for name, ids in concept_questions.items():
        known = [recall[q] for q in ids if q in recall]
        out[name] = ConceptRecall(name, round(sum(known) / len(known), 4) if known else None, len(known), len(ids))
    return out


def topic_readiness(topics: Mapping[str, Sequence[str]], recall: Mapping[str, float]) -> list[TopicReadiness]:
    """Per topic, the expected share of its questions recalled today (unreviewed ones count 0).

    >>> topic_readiness({"RAG": ["p#1", "p#2"]}, {"p#1": 0.8})
    [TopicReadiness(topic='RAG', readiness=0.4, reviewed=1, questions=2)]
    """
    return [TopicReadiness(topic, round(sum(recall.get(q, 0.0) for q in ids) / len(ids), 4) if ids else 0.0,
                           sum(1 for q in ids if q in recall), len(ids))
            for topic, ids in topics.items()]


def readiness(ids: Sequence[str], recall: Mapping[str, float]) -> float:
    """The expected share of ``ids`` recalled today.

    >>> readiness(["a", "b"], {"a": 1.0})
    0.5
    """
    return sum(recall.get(q, 0.0) for q in ids) / len(ids) if ids else 0.0


def concept_weakness(recalls: Iterable[ConceptRecall], tallies: Iterable[ConceptTally]) -> dict[str, float]:
    """How weak each concept is: what FSRS says is being forgotten, plus what answers missed.

    Only concepts with evidence (a reviewed question or a miss) are weak; the rest are unknown.

    >>> concept_weakness([ConceptRecall("LoRA", 0.6, 1, 3), ConceptRecall("RAG", None, 0, 2)],
    ...                  [ConceptTally("RAG", covered=1, missed=1)])
    {'LoRA': 0.4, 'RAG': 0.5}
    """
    weak: dict[str, float] = {}
    for r in recalls:
        if r.recall is not None and r.recall < 1.0:
            weak[r.name] = round(1.0 - r.recall, 4)
    for t in tallies:
        if t.missed:
            weak[t.name] = round(weak.get(t.name, 0.0) + (1 - t.mastery) * t.missed, 4)
    return {name: w for name, w in weak.items() if w > 0}
