"""Key points for every question, and what the scorer needs to know about the bank. No textual.

The bundled bank has curated rubrics (``content/data/rubrics.toml``); a pack's
questions get rubrics drafted from their reference answers (see
:mod:`.drafting`). :class:`ScoringBase` holds both for one knowledge base,
with the generic concepts and word rarities the scorer's guards use, and a
compiled scorer per question.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from llmtui.content.models import Question
from llmtui.content.rubrics import KeyPoint, Rubric, load_rubrics
from llmtui.graph.glossary import Glossary
from llmtui.graph.knowledge import KnowledgeBase
from llmtui.graph.matcher import MentionMatcher
from llmtui.graph.mentions import blocked_forms, glossary_matcher

from .drafting import SAMPLE, Drafter, sample_of
from .scoring import RubricScorer, Scored, TopicProfile, stem, words_of

GENERIC_SHARE = 0.2  # a concept named by more than this share of the questions is generic
# Words no rubric may rest on, whatever the glossary says (the rubric format names them).
GENERIC_WORDS = ("model", "models", "llm", "llms", "token", "tokens", "data", "text", "performance", "efficient",
                 "better", "improve", "improves")
PEERS = 300  # questions sampled from the bank to weigh words and tell topics apart


def generic_concepts(kb: KnowledgeBase, share: float = GENERIC_SHARE) -> list[str]:
    """Concepts too common to count as evidence: flagged generic in the glossary, or on more than ``share`` of the questions."""
    limit = share * max(1, len(kb.bank))
    return [name for name, concept in kb.glossary.concepts.items()
            if concept.generic or kb.concept_size(name) > limit]


def generic_terms(kb: KnowledgeBase) -> tuple[str, ...]:
    """Every surface form of the generic concepts, and the generic words."""
    forms = [form for name in generic_concepts(kb) for form in kb.concept(name).surface_forms]
    return (*GENERIC_WORDS, *forms)


def pack_generic_terms(glossary: Glossary, questions: list[Question], share: float = GENERIC_SHARE) -> tuple[str, ...]:
    """Generic terms for a pack checked on its own (``llmtui check``): concepts on more than ``share`` of its questions."""
    sample = sample_of(questions, SAMPLE)
    matcher = glossary_matcher(glossary)
    counts = Counter(c for q in sample for c in set(matcher.concepts(f"{q.title}\n{q.answer}")))
    limit = share * max(1, len(sample))
    names = [n for n, c in glossary.concepts.items() if c.generic or counts[n] > limit]
    return (*GENERIC_WORDS, *(form for name in names for form in glossary.concepts[name].surface_forms))


def topic_stems(question: Question, rubric: Rubric | None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The stems of everything said on a question's topic: title, reference answer, key points and their terms."""
    parts = [question.title, question.answer, *extra]
    if rubric is not None:
        for point in rubric.points:
            parts += [point.text, point.reference, *(term for group in point.rule for term in group)]
    return frozenset(stem(w) for w in words_of(" ".join(parts)))


class ScoringBase:
    """Rubrics, word rarities and generic terms of one knowledge base, and a scorer per question.

    Curated rubrics come from ``content/data/rubrics.toml``; a question without
    one gets its key points drafted from its reference answer when first asked
    for. Safe to use from a worker thread and the UI thread at once.
    """

    def __init__(self, kb: KnowledgeBase, rubrics: Mapping[str, Rubric]) -> None:
        self.kb = kb
        self.curated = dict(rubrics)
        self.generic = generic_terms(kb)
        generic_names = set(generic_concepts(kb))
        self._forms = {name: c.surface_forms for name, c in kb.glossary.concepts.items() if name not in generic_names}
        self._matcher = MentionMatcher(self._forms, blocked=blocked_forms(kb.glossary))
        self._lock = threading.RLock()
        self._drafters: dict[str, Drafter] = {}
        self._drafted: dict[str, Rubric] = {}
        self._scorers: dict[str, RubricScorer] = {}
        peers = sample_of(kb.bank.questions, PEERS)
        self._peer_docs = {q.id: self.topic(q) for q in peers}
        counts = Counter(w for doc in self._peer_docs.values() for w in doc)
        size = len(self._peer_docs) + 1
        self.rarity = {w: math.log(size / (n + 0.5)) for w, n in counts.items()}
        self.unseen_rarity = math.log(size / 0.5)

    @classmethod
    def load(cls, kb: KnowledgeBase, cache_dir: Path | None = None) -> ScoringBase:
        """The knowledge base's scoring, with the bundled rubrics (parsed once, then read from ``cache_dir``)."""
        return cls(kb, load_rubrics(cache_dir=cache_dir))

    def rubric(self, question_id: str) -> Rubric | None:
        """The curated rubric of a question, or the one drafted from its reference answer."""
        found = self.curated.get(question_id) or self._drafted.get(question_id)
        if found is not None:
            return found
        question = self.kb.bank.get(question_id)
        if question is None:
            return None
        with self._lock:
            drafter = self._drafters.get(question.pack)
            if drafter is None:
                pack = next(p for p in self.kb.bank.packs if p.name == question.pack)
                share = {name: self.kb.concept_size(name) / max(1, len(self.kb.bank)) for name in self.kb.glossary.concepts}
                drafter = self._drafters[question.pack] = Drafter.for_pack(self.kb.glossary, self.generic, pack.questions,
                                                                           share)
            found = self._drafted[question_id] = drafter.draft(question)
        return found

    def topic(self, question: Question) -> frozenset[str]:
        """What a question is about: its own words, its rubric's, and the names and definitions of its concepts."""
        concepts = set(self._matcher.concepts(f"{question.title}\n{question.answer}"))
        extra = [text for name in concepts for text in (*self._forms[name], self.kb.concept(name).definition)]
        return topic_stems(question, self.rubric(question.id), extra)

    def profile(self, question: Question) -> TopicProfile:
        return TopicProfile(
            frozenset(stem(w) for w in words_of(question.title)),
            self.topic(question),
            self.rarity, self.unseen_rarity,
            tuple(doc for qid, doc in self._peer_docs.items() if qid != question.id))

    def scorer(self, question_id: str) -> RubricScorer | None:
        """The compiled scorer of a question; None when it has no usable key point."""
        found = self._scorers.get(question_id)
        if found is not None:
            return found
        rubric = self.rubric(question_id)
        if rubric is None or not rubric.points:
            return None
        with self._lock:
            found = self._scorers[question_id] = RubricScorer(rubric, self.profile(self.kb.question(question_id)),
                                                              generic=self.generic)
        return found

    def score(self, question_id: str, answer: str) -> Scored | None:
        """The offline score of ``answer``; None when the question has no usable key point."""
        scorer = self.scorer(question_id)
        return scorer.score(answer) if scorer is not None else None

    def point_concepts(self, point: KeyPoint) -> tuple[str, ...]:
        """The specific concepts a key point is about (what weak mode and the weakest-concepts list count)."""
        return tuple(dict.fromkeys(self._matcher.concepts(f"{point.text}\n{point.reference}")))


class ScoringSource:
    """A :class:`ScoringBase` built on first use, once, whichever thread asks first.

    The app keeps one per knowledge base; an interview warms it up in a worker
    so the first submit does not wait for rubrics to load.
    """

    def __init__(self, kb: KnowledgeBase, cache_dir: Path | None = None) -> None:
        self.kb = kb
        self.cache_dir = cache_dir
        self._base: ScoringBase | None = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        """Built already: :meth:`get` returns at once."""
        return self._base is not None

    def get(self) -> ScoringBase:
        if self._base is None:
            with self._lock:
                if self._base is None:
                    self._base = ScoringBase.load(self.kb, self.cache_dir)
        return self._base
