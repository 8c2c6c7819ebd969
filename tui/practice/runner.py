"""One interview being taken: the engine's session, its row in history, scoring and scheduling. No textual.

The interview screen only renders what this returns and forwards keys to it;
every database write and every score is made here, so the flow is testable
without a terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from llmtui.content.models import Question
from llmtui.content.rubrics import Rubric
from llmtui.graph.knowledge import KnowledgeBase

from .engine import AnswerRecord, Clock, InterviewPlan, InterviewSession, PointOutcome
from .judge import JudgeConfig, Verdict, apply_verdict, ask_judge
from .keypoints import ScoringBase, ScoringSource
from .records import Graded, Session, StoredAnswer, Undone
from .scheduling import DEFAULT_RETENTION
from .scoring import PointResult, Scored, Status
from .store import HistoryStore

CRAM = "cram"  # the mode that never touches the schedule


@dataclass(frozen=True, slots=True)
class Submitted:
    """What the feedback after one answer shows."""

    question: Question
    record: AnswerRecord
    position: int  # in the interview
    scored: Scored | None  # None: the question has no usable key point to score against
    rubric: Rubric | None = None
    skip: Graded | None = None  # a skip is recorded at once, as Again (left alone in cram)
    verdict: Verdict | None = None  # the judge's, once it has spoken

    @property
    def suggested_grade(self) -> int | None:
        if self.record.skipped:
            return 1
        return self.scored.suggested_grade if self.scored is not None else None


def skipped_score(rubric: Rubric | None) -> Scored | None:
    """A skipped answer: every key point missed."""
    if rubric is None or not rubric.points:
        return None
    return Scored(0.0, tuple(PointResult(i, p.text, Status.MISSED, "", p.reference, p.weight)
                             for i, p in enumerate(rubric.points)))


def _ungraded(answer: StoredAnswer) -> bool:
    """Submitted and still to grade (a skip needs no grade: it was scheduled as Again when made)."""
    return answer.grade is None and not answer.skipped


def _fill(record: AnswerRecord, answer: StoredAnswer) -> None:
    """Put a stored answer back into the engine's record."""
    record.answer, record.seconds, record.overtime = answer.answer, answer.seconds, answer.overtime
    record.coverage, record.skipped = answer.coverage, answer.skipped
    record.covered, record.missed = list(answer.covered), list(answer.missed)
    record.points, record.flags = list(answer.points), list(answer.flags)


TIME_SAVED_EVERY = 10.0  # seconds: while nothing is typed, the time used is saved this often (for a resume)


class InterviewRun:
    """Drives one interview over ``store``; create it with :meth:`start` or :meth:`resume`.

    Every write raises :class:`~.store.StoreError` (locked, disk full …) and
    leaves the run as it was, so the caller can say so and try again. What is
    typed is noted here (:meth:`note`) so a draft can be flushed on any exit,
    even with the screen gone.
    """

    def __init__(self, kb: KnowledgeBase, store: HistoryStore, session: InterviewSession, session_id: int,
                 stored: dict[int, StoredAnswer] | None = None, retention: float = DEFAULT_RETENTION,
                 scoring: ScoringSource | None = None, judge: JudgeConfig | None = None) -> None:
        self.kb = kb
        self.store = store
        self.session = session
        self.session_id = session_id
        self._stored = stored or {}  # answers submitted before a resume and not yet graded, by position
        self._typed = ""  # the answer box as last noted
        self._saved = ""  # the draft history holds for the current question
        self._saved_seconds = 0.0  # the time of the current question history holds with it
        self._submitted = False  # the current answer is in history; a grade is due
        self.retention = retention
        self.scoring_source = scoring or ScoringSource(kb)
        self.judge_config = judge

    @property
    def scoring(self) -> ScoringBase:
        """Rubrics and scorers (built on first use: :meth:`prepare` does it ahead, from a worker)."""
        return self.scoring_source.get()

    def prepare(self) -> None:
        """Load the rubrics and compile the scorers of this interview's questions (slow-ish: call from a worker)."""
        base = self.scoring
        for record in self.session.records:
            base.scorer(record.question_id)

    @classmethod
    def start(cls, kb: KnowledgeBase, store: HistoryStore, plan: InterviewPlan, question_ids: Sequence[str],
              clock: Clock, retention: float = DEFAULT_RETENTION, scoring: ScoringSource | None = None,
              judge: JudgeConfig | None = None) -> InterviewRun:
        """A new interview, recorded in history as in progress."""
        session_id = store.start_session(plan, question_ids)
        return cls(kb, store, InterviewSession(question_ids, plan, clock), session_id, retention=retention,
                   scoring=scoring, judge=judge)

    @classmethod
    def resume(cls, kb: KnowledgeBase, store: HistoryStore, stored: Session, clock: Clock,
               retention: float = DEFAULT_RETENTION, scoring: ScoringSource | None = None,
               judge: JudgeConfig | None = None) -> InterviewRun | None:
        """Carry on an interrupted interview; None when nothing is left to do.

        It goes back to the first question not answered or answered but not
        graded (that answer is shown again for its grade; a skip needs none). Questions whose pack
        is not loaded are passed over, and positions stay those of the stored
        interview, so no stored answer is ever overwritten.
        """
        answers = {a.position: a for a in stored.answers}
        todo = [p for p, qid in enumerate(stored.questions)
                if kb.bank.get(qid) is not None and (p not in answers or _ungraded(answers[p]))]
        if not todo:
            store.finish_session(stored.id)
            return None
        store.resume_session(stored.id)
        session = InterviewSession(stored.questions, stored.plan, clock,
                                   done=set(range(len(stored.questions))) - set(todo))
        ungraded = {p: a for p, a in answers.items() if _ungraded(a) and p in todo}
        for position, answer in ungraded.items():
            _fill(session.records[position], answer)
        return cls(kb, store, session, stored.id, ungraded, retention, scoring, judge)

    @property
    def plan(self) -> InterviewPlan:
        return self.session.plan

    @property
    def finished(self) -> bool:
        return self.session.finished

    @property
    def cram(self) -> bool:
        """A cram interview grades but never touches the schedule."""
        return self.plan.mode == CRAM

    @property
    def question(self) -> Question:
        return self.kb.question(self.session.current.question_id)

    @property
    def awaiting_grade(self) -> Submitted | None:
        """The current answer when it is in history but not graded (submitted before a crash), else None."""
        if self.session.finished or self.session.index not in self._stored:
            return None
        record = self.session.current
        rubric = self.scoring.rubric(record.question_id)
        # Shown again as scored now (the rubric may have changed since); history keeps what was stored.
        scored = skipped_score(rubric) if record.skipped else self.scoring.score(record.question_id, record.answer)
        return Submitted(self.question, record, self.session.index, scored, rubric)

    def begin_question(self) -> str:
        """Start the clock on the current question; returns its saved draft ("" if none).

        For an answer submitted before a resume and not graded, the clock stays
        stopped and the answer is returned: it is shown again for its grade.
        """
        if self.awaiting_grade is not None:
            self._submitted = True
            return self.session.current.answer
        self._typed, seconds = self.store.draft_and_time(self.session_id, self.session.index)
        self._saved, self._saved_seconds = self._typed, seconds
        self.session.start_question(already=seconds)  # a resumed question keeps the time it had left
        self._submitted = False
        return self._typed

    def note(self, text: str) -> None:
        """What the answer box holds now (saved by the next :meth:`save_draft`)."""
        if not self._submitted:
            self._typed = text

    @property
    def unsaved(self) -> str | None:
        """Typed text history does not hold yet, or None."""
        if self._submitted or self.session.finished or self._typed == self._saved:
            return None
        return self._typed

    def save_draft(self, *, with_time: bool = False) -> None:
        """Save the noted text as the current question's draft, with the time used so far, if the text changed,
        if the saved time is ``TIME_SAVED_EVERY`` behind, or (``with_time``) when leaving."""
        text = self.unsaved
        seconds = round(self.session.timer.elapsed, 1)
        behind = not self._submitted and not self.session.finished and (
            with_time or seconds - self._saved_seconds >= TIME_SAVED_EVERY)
        if text is not None or behind:
            self.store.save_draft(self.session_id, self.session.index, self._typed, seconds)
            self._saved, self._saved_seconds = self._typed, seconds

    def submit(self, text: str, *, skipped: bool = False, now: datetime | None = None) -> Submitted:
        """Stop the clock, score the answer offline and commit it to history."""
        self.note(text)
        record = self.session.submit(text, skipped=skipped)
        question = self.question
        rubric = self.scoring.rubric(record.question_id)
        scored = skipped_score(rubric) if skipped else self.scoring.score(record.question_id, text)
        self._keep(record, scored, rubric)
        self.store.record_answer(self.session_id, self.session.index, record, question.title)
        self._submitted = True
        skip = None
        if skipped:
            # A skip is no grade: it is recorded as a skip and scheduled as Again (see the README).
            skip = self.store.grade(self.session_id, self.session.index, record.question_id, 1, now,
                                    retention=self.retention, schedule=not self.cram, skipped=True, seconds=record.seconds)
        return Submitted(question, record, self.session.index, scored, rubric, skip)

    def _keep(self, record: AnswerRecord, scored: Scored | None, rubric: Rubric | None) -> None:
        """Put ``scored`` on the record as history stores it: score, key points, flags and their concepts."""
        if scored is None or rubric is None:
            record.coverage = 0.0 if record.skipped else None
            record.points, record.flags, record.covered, record.missed = [], [], [], []
            return
        record.coverage = scored.score
        record.points = [PointOutcome(p.text, p.status.value, p.evidence) for p in scored.points]
        record.flags = [f.kind.value for f in scored.flags]
        covered: dict[str, None] = {}
        missed: dict[str, None] = {}
        for result, point in zip(scored.points, rubric.points, strict=True):
            target = covered if result.status == Status.COVERED else missed if result.credit == 0 else None
            if target is not None:
                target.update(dict.fromkeys(self.scoring.point_concepts(point)))
        record.covered = list(covered)
        record.missed = [c for c in missed if c not in covered]

    @property
    def judging(self) -> bool:
        """A judge is set up: each answer is sent to it after the offline score."""
        return self.judge_config is not None

    def ask_judge(self, submitted: Submitted) -> Verdict | None:
        """The judge's verdict on a submitted answer (slow: call it from a worker). Touches no shared state."""
        if self.judge_config is None or submitted.scored is None or submitted.rubric is None or submitted.record.skipped:
            return None
        return ask_judge(self.judge_config, submitted.question, submitted.rubric, submitted.record.answer)

    def apply_judgement(self, submitted: Submitted, verdict: Verdict) -> Submitted:
        """The judge's statuses replace the offline ones in history; a failed judge leaves the offline score."""
        if verdict.error or submitted.scored is None:
            return replace(submitted, verdict=verdict)
        judged = apply_verdict(submitted.scored, submitted.record.answer, verdict)
        record = submitted.record
        self._keep(record, judged, submitted.rubric)
        self.store.record_answer(self.session_id, submitted.position, record, submitted.question.title)
        return replace(submitted, scored=judged, verdict=verdict)

    def grade(self, grade: int, now: datetime | None = None) -> Graded:
        """Store the self-grade, schedule the question's next review (not in cram), move on."""
        record = self.session.current
        graded = self.store.grade(self.session_id, self.session.index, record.question_id, grade, now,
                                  retention=self.retention, schedule=not self.cram, seconds=record.seconds)
        record.grade = grade
        self._stored.pop(self.session.index, None)
        self.session.advance()
        return graded

    def next_question(self) -> None:
        """Move on from a skipped question's feedback."""
        self.session.advance()

    def undo(self) -> Undone | None:
        """Take back this interview's last grade or skip; the interview goes back to that question.

        A grade taken back leaves its answer waiting for a new grade; a skip taken back asks the
        question again, with what was typed before the skip as the draft.
        """
        undone = self.store.undo(self.session_id)  # a skip's typed text is its draft again
        if undone is None or undone.position is None:
            return undone
        position = undone.position
        self.session.done.discard(position)
        self.session.index = position
        record = self.session.current
        record.grade = None
        if undone.skipped:
            record.skipped, record.coverage, record.covered, record.missed = False, None, [], []
            record.points, record.flags = [], []
            self._stored.pop(position, None)
        else:
            stored = next(a for a in self.store.session(self.session_id).answers if a.position == position)
            _fill(record, stored)
            self._stored[position] = stored  # shown again for its grade
        return undone

    def suspend(self) -> None:
        self.store.suspend(self.session.current.question_id)

    def bury(self, until: datetime) -> None:
        self.store.bury(self.session.current.question_id, until)

    def finish(self) -> None:
        self.store.finish_session(self.session_id)

    def leave(self, draft: str) -> None:
        """Stop for now: keep the draft and mark the interview resumable."""
        self.note(draft)
        self.save_draft(with_time=True)
        self.store.interrupt_session(self.session_id)
