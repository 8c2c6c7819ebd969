"""One interview being taken: the engine's session, its row in history, scoring and scheduling. No textual.

The interview screen only renders what this returns and forwards keys to it;
every database write and every score is made here, so the flow is testable
without a terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from llmtui.content.models import Question
from llmtui.graph.knowledge import KnowledgeBase

from .engine import AnswerRecord, Clock, InterviewPlan, InterviewSession
from .planner import score
from .records import Session
from .scoring import Coverage
from .store import HistoryStore


@dataclass(frozen=True, slots=True)
class Submitted:
    """What the feedback after one answer shows."""

    question: Question
    record: AnswerRecord
    coverage: Coverage


class InterviewRun:
    """Drives one interview over ``store``; create it with :meth:`start` or :meth:`resume`."""

    def __init__(self, kb: KnowledgeBase, store: HistoryStore, session: InterviewSession, session_id: int) -> None:
        self.kb = kb
        self.store = store
        self.session = session
        self.session_id = session_id

    @classmethod
    def start(cls, kb: KnowledgeBase, store: HistoryStore, plan: InterviewPlan, question_ids: Sequence[str],
              clock: Clock) -> InterviewRun:
        """A new interview, recorded in history as in progress."""
        session_id = store.start_session(plan, question_ids)
        return cls(kb, store, InterviewSession(question_ids, plan, clock), session_id)

    @classmethod
    def resume(cls, kb: KnowledgeBase, store: HistoryStore, stored: Session, clock: Clock) -> InterviewRun | None:
        """Carry on an interrupted interview at its first unanswered question; None when none is left."""
        known = [q for q in stored.questions if kb.bank.get(q) is not None]
        answered = len(stored.answers)
        if answered >= len(known):
            store.finish_session(stored.id)
            return None
        store.resume_session(stored.id)
        session = InterviewSession(known, stored.plan, clock)
        session.index = answered
        return cls(kb, store, session, stored.id)

    @property
    def plan(self) -> InterviewPlan:
        return self.session.plan

    @property
    def finished(self) -> bool:
        return self.session.finished

    @property
    def question(self) -> Question:
        return self.kb.question(self.session.current.question_id)

    def begin_question(self) -> str:
        """Start the clock on the current question; returns its saved draft ("" if none)."""
        self.session.start_question()
        return self.store.draft(self.session_id, self.session.index)

    def save_draft(self, text: str) -> None:
        self.store.save_draft(self.session_id, self.session.index, text)

    def submit(self, text: str, *, skipped: bool = False) -> Submitted:
        """Stop the clock, score the answer and commit it to history."""
        record = self.session.submit(text, skipped=skipped)
        question = self.question
        coverage = score(self.kb, record.question_id, "" if skipped else text)
        record.coverage = coverage.score
        record.covered, record.missed = list(coverage.covered), list(coverage.missed)
        self.store.record_answer(self.session_id, self.session.index, record, question.title)
        return Submitted(question, record, coverage)

    def grade(self, grade: int, now: datetime | None = None) -> datetime:
        """Store the self-grade, schedule the question's next review, move on; returns when it is due."""
        record = self.session.current
        record.grade = grade
        due = self.store.grade(self.session_id, self.session.index, record.question_id, grade, now)
        self.session.advance()
        return due

    def finish(self) -> None:
        self.store.finish_session(self.session_id)

    def leave(self, draft: str) -> None:
        """Stop for now: keep the draft and mark the interview resumable."""
        self.save_draft(draft)
        self.store.interrupt_session(self.session_id)
