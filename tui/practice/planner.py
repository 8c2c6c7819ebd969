"""Turning an :class:`InterviewPlan` into questions, and answers into scores. No textual."""

from __future__ import annotations

from datetime import datetime

from llmtui.graph.knowledge import KnowledgeBase
from llmtui.graph.queries import concept_specificity, concepts_of_question, near_duplicate_pairs, related_concepts

from .engine import MODES, EmptyDraw, InterviewPlan, draw_questions
from .scoring import Coverage, KeyConcept, key_concepts_from, score_answer
from .store import HistoryStore


def candidate_ids(kb: KnowledgeBase, plan: InterviewPlan) -> list[str]:
    questions = kb.bank.questions
    if plan.topic:
        wanted = plan.topic.casefold()
        questions = [q for q in questions if q.topic.casefold() == wanted]
        if not questions:
            topics = ", ".join(t for t, _ in kb.bank.topics())
            raise EmptyDraw(f"no topic {plan.topic!r} (topics: {topics})")
    ids = [q.id for q in questions]
    if plan.concept:
        name = kb.resolve_concept(plan.concept)
        names = [name] + [r.name for r in related_concepts(kb.graph, name, limit=6)]
        near: list[str] = []
        for concept in names:
            near += [q for q in kb.concept_question_ids(concept) if q not in near]
        allowed = set(ids)
        ids = [q for q in near if q in allowed]
    return ids


def plan_questions(kb: KnowledgeBase, plan: InterviewPlan, store: HistoryStore | None,
                   now: datetime | None = None) -> list[str]:
    """The question ids for ``plan``; raises :class:`EmptyDraw` with a reason when none fit."""
    if plan.mode not in MODES:
        raise EmptyDraw(f"unknown mode {plan.mode!r} ({', '.join(MODES)})")
    ids = candidate_ids(kb, plan)
    priority: dict[str, float] | None = None
    if plan.mode == "due":
        due = {qid for qid, _ in (store.due(now) if store else [])}
        ids = [q for q in ids if q in due]
        if not ids:
            raise EmptyDraw("no reviews are due yet: grade some answers first, or use --mode random")
    elif plan.mode == "weak":
        tallies = store.concept_tallies() if store else {}
        weakness = {t.name: (1 - t.mastery) * t.missed for t in tallies.values() if t.missed}
        if not weakness:
            raise EmptyDraw("no weak concepts yet: finish an interview first, or use --mode random")
        priority = {q: sum(weakness.get(c, 0.0) for c in concepts_of_question(kb.graph, q)) for q in ids}
        ids = [q for q in ids if priority[q] > 0]
    elif plan.concept:
        # The concept's own questions first, its neighbours' after.
        own = set(kb.concept_question_ids(kb.resolve_concept(plan.concept)))
        priority = {q: 2.0 if q in own else 1.0 for q in ids}
    chosen = draw_questions(ids, plan.questions, seed=plan.seed, duplicates=near_duplicate_pairs(kb.graph),
                            priority=priority)
    if not chosen:
        raise EmptyDraw("no questions match this plan")
    return chosen


def key_concepts(kb: KnowledgeBase, question_id: str) -> list[KeyConcept]:
    # Generic concepts (Token, LLM…) are on half the bank: never evidence, so never a missed or weakest concept.
    names = [n for n in concepts_of_question(kb.graph, question_id) if not kb.is_generic(n)]
    forms = {n: kb.concept(n).aliases for n in names}
    specificity = {n: concept_specificity(kb.graph, n) for n in names}
    return key_concepts_from(names, forms, specificity)


def score(kb: KnowledgeBase, question_id: str, answer: str) -> Coverage:
    return score_answer(answer, key_concepts(kb, question_id))
