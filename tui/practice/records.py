"""What history holds: finished and unfinished interviews as typed records. Pure: no textual, no SQL.

The store reads these from SQLite; the screens, the report and the CLI read
them. Every derived figure (answered, mean score, the score cell) is
computed here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from ..wording import plural
from .engine import InterviewPlan, PointOutcome


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """One question of a past interview: what was typed, how it scored, how it was graded."""

    position: int
    question_id: str
    title: str
    answer: str
    seconds: float
    overtime: float
    coverage: float | None
    grade: int | None
    skipped: bool
    covered: tuple[str, ...] = ()  # concepts of the key points covered
    missed: tuple[str, ...] = ()  # concepts of the key points missed
    points: tuple[PointOutcome, ...] = ()  # empty for answers scored before key points existed
    flags: tuple[str, ...] = ()

    @property
    def missed_points(self) -> tuple[PointOutcome, ...]:
        return tuple(p for p in self.points if p.status in ("missed", "contradicted"))

    @property
    def coverage_text(self) -> str:
        """The score as a table cell shows it: ``"62%"``, ``"skipped"``, or ``"–"`` (no key points to score against).

        >>> StoredAnswer(0, "p#1", "T", "", 5.0, 0.0, 0.625, 3, False).coverage_text
        '62%'
        """
        if self.skipped:
            return "skipped"
        return "–" if self.coverage is None else f"{round(self.coverage * 100)}%"

    def grade_text(self, mode: str = "random") -> str:
        """The grade as a table cell shows it; a skip is scheduled as Again, except in cram.

        >>> StoredAnswer(0, "p#1", "T", "", 5.0, 0.0, 0.0, None, True).grade_text()
        'Again (skip)'
        """
        from .scheduling import GRADES

        if self.skipped:
            return "–" if mode == "cram" else "Again (skip)"
        return GRADES.get(self.grade or 0, "–")


@dataclass(frozen=True, slots=True)
class Session:
    """One interview: its plan, the questions drawn, and the answers given so far."""

    id: int
    started_at: str  # ISO 8601, UTC
    finished_at: str | None
    status: str  # in_progress | interrupted | completed
    plan: InterviewPlan
    questions: tuple[str, ...]
    answers: tuple[StoredAnswer, ...] = ()

    @property
    def answered(self) -> tuple[StoredAnswer, ...]:
        """The answers that were submitted, not skipped."""
        return tuple(a for a in self.answers if not a.skipped)

    @property
    def skipped(self) -> tuple[StoredAnswer, ...]:
        return tuple(a for a in self.answers if a.skipped)

    @property
    def answered_text(self) -> str:
        """How far it got, said the same way everywhere (summary, history, CLI, exports).

        >>> a = StoredAnswer(0, "p#1", "T", "x", 1.0, 0.0, 0.5, 3, False)
        >>> s = StoredAnswer(1, "p#2", "U", "", 1.0, 0.0, 0.0, None, True)
        >>> Session(1, "2026-01-01", None, "completed", InterviewPlan(), ("p#1", "p#2", "p#3"), (a, s)).answered_text
        '1 of 3 answered, 1 skipped'
        """
        text = f"{len(self.answered)} of {len(self.questions)} answered"
        return text + (f", {len(self.skipped)} skipped" if self.skipped else "")

    @property
    def answered_cell(self) -> str:
        """The same words, short, for a table's "Answered" column (its "Skipped" column says the rest).

        >>> a = StoredAnswer(0, "p#1", "T", "x", 1.0, 0.0, 0.5, 3, False)
        >>> Session(1, "2026-01-01", None, "completed", InterviewPlan(), ("p#1", "p#2", "p#3"), (a,)).answered_cell
        '1 of 3'
        """
        return f"{len(self.answered)} of {len(self.questions)}"

    @property
    def mean_score_text(self) -> str:
        """The mean score as a percentage, ``–`` when no answer could be scored (all skipped, say).

        >>> s = StoredAnswer(1, "p#2", "U", "", 1.0, 0.0, 0.0, None, True)
        >>> Session(1, "2026-01-01T00:00:00+00:00", None, "completed", InterviewPlan(), ("p#2",), (s,)).mean_score_text
        '–'
        """
        return f"{round(self.mean_coverage * 100)}%" if self.scored else "–"

    @property
    def scored(self) -> bool:
        """Whether any answer could be scored: only then has the interview a mean score."""
        return any(a.coverage is not None for a in self.answered)

    @property
    def mean_coverage(self) -> float:
        """Mean score of the answered questions that could be scored (0.0 with none).

        >>> a = StoredAnswer(0, "p#1", "T", "x", 1.0, 0.0, 0.5, 3, False)
        >>> s = StoredAnswer(1, "p#2", "U", "", 1.0, 0.0, 0.0, None, True)
        >>> Session(1, "2026-01-01T00:00:00+00:00", None, "completed", InterviewPlan(), ("p#1", "p#2"), (a, s)).mean_coverage
        0.5
        """
        scored = [a.coverage for a in self.answered if a.coverage is not None]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def seconds(self) -> float:
        return sum(a.seconds for a in self.answers)


# What each per-concept figure measures, said where it is shown (F1, a legend, an export): three figures, three things.
MISSED_MEANING = ("N answers: how many answers of this interview missed a key point on the concept (no credit; "
                  "a skip misses them all) and fully covered none")
COVERED_MEANING = ("Covered, Missed: how many of your answers, over all interviews, fully covered a key point on the "
                   "concept, or missed one and covered none; % covered: covered out of the two (not FSRS's recall)")


@dataclass(frozen=True, slots=True)
class ConceptTally:
    """In how many answers a concept's key points were covered, and in how many missed: an answer that fully covers
    one of its key points counts as covered; one that gives one no credit (a skip gives none) and covers none
    counts as missed; one with only partial credit counts as neither."""

    name: str
    covered: int = 0
    missed: int = 0

    @property
    def mastery(self) -> float:
        """The share of those answers that covered it (History's "% covered"): not FSRS's recall.

        >>> ConceptTally("LoRA", covered=1, missed=3).mastery
        0.25
        """
        total = self.covered + self.missed
        return self.covered / total if total else 0.0

    @property
    def missed_text(self) -> str:
        """How many answers missed it, as the summary and an export list it under "Concepts you missed".

        >>> ConceptTally("LoRA", missed=1).missed_text, ConceptTally("RAG", missed=2).missed_text
        ('1 answer', '2 answers')
        """
        return plural(self.missed, "answer")


def concept_tallies(answers: Iterable[StoredAnswer]) -> dict[str, ConceptTally]:
    """Covered and missed counts per concept over ``answers``.

    >>> a = StoredAnswer(0, "p#1", "T", "x", 1.0, 0.0, 0.5, 3, False, ("KV cache",), ("LoRA",))
    >>> concept_tallies([a, a])["LoRA"]
    ConceptTally(name='LoRA', covered=0, missed=2)
    """
    counts: dict[str, list[int]] = {}
    for answer in answers:
        for name in answer.covered:
            counts.setdefault(name, [0, 0])[0] += 1
        for name in answer.missed:
            counts.setdefault(name, [0, 0])[1] += 1
    return {name: ConceptTally(name, covered, missed) for name, (covered, missed) in counts.items()}


def weakest_concepts(answers: Iterable[StoredAnswer], limit: int = 8) -> list[ConceptTally]:
    """Concepts missed at least once, most missed first (then least covered, then by name)."""
    tallies = [t for t in concept_tallies(answers).values() if t.missed]
    tallies.sort(key=lambda t: (-t.missed, t.covered, t.name))
    return tallies[:limit]


CardRow = tuple[str, str, str, int | None, int]  # question id, FSRS card JSON, due (ISO), last grade, reviews
FlagsRow = tuple[str, int, int, int, str | None]  # question id, lapses, leech, suspended, buried until (ISO)


@dataclass(frozen=True, slots=True)
class QuestionFlags:
    """What the study discipline knows of a question: its lapses, and whether it is a leech, suspended or buried."""

    question_id: str
    lapses: int = 0
    leech: bool = False
    suspended: bool = False
    buried_until: str | None = None  # ISO 8601, UTC

    @classmethod
    def from_row(cls, question_id: str, row: FlagsRow | None) -> QuestionFlags:
        if row is None:
            return cls(question_id)
        return cls(row[0], row[1], bool(row[2]), bool(row[3]), row[4])

    def buried(self, now_iso: str) -> bool:
        """Buried until later than ``now_iso``.

        >>> QuestionFlags("p#1", buried_until="2026-01-02T04:00:00+00:00").buried("2026-01-01T20:00:00+00:00")
        True
        """
        return self.buried_until is not None and self.buried_until > now_iso

    def describe(self, now_iso: str, keys: Mapping[str, str] | None = None) -> str:
        """Whether the question sits out of the draws, and why, in one line ("" when it takes part).

        ``keys`` names, for a screen, the key that undoes a state: ``{"suspended": "s", "buried": "b"}``.

        >>> flags = QuestionFlags("p#1", 8, True, True, "2026-01-02T04:00:00+00:00")
        >>> flags.describe("2026-01-01T20:00:00+00:00", {"suspended": "s"})
        'Suspended: left out of every draw (s unsuspends) · a leech (8 lapses) · buried until tomorrow'
        """
        keys = keys or {}
        parts = []
        if self.suspended:
            parts.append("suspended: left out of every draw" + (f" ({keys['suspended']} unsuspends)"
                                                               if "suspended" in keys else ""))
        if self.leech:
            parts.append(f"a leech ({plural(self.lapses, 'lapse')})")
        if self.buried(now_iso):
            parts.append("buried until tomorrow" + (f" ({keys['buried']} unburies)" if "buried" in keys else ""))
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]


def held_back_counts(flags: Iterable[QuestionFlags], now_iso: str) -> str:
    """How many questions sit out of the draws, by reason (a leech is suspended too; each is counted once a reason).

    >>> held_back_counts([QuestionFlags("p#1", buried_until="2026-01-02"), QuestionFlags("p#2", 8, True, True)], "2026-01-01")
    '1 suspended · 1 leech · 1 buried'
    """
    flags = list(flags)
    return " · ".join([f"{sum(f.suspended for f in flags)} suspended", plural(sum(f.leech for f in flags), "leech", "leeches"),
                       f"{sum(f.buried(now_iso) for f in flags)} buried"])


@dataclass(frozen=True, slots=True)
class Graded:
    """What one grade (or skip) did: when the question is due again, and the leech news."""

    question_id: str
    grade: int
    due: datetime | None  # None when the schedule was left alone (cram)
    lapses: int
    leech: bool  # became a leech with this grade: suspended now
    leech_warning: bool  # a leech failed again (every few lapses after it became one)
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class Undone:
    """The grade or skip that an undo took back."""

    question_id: str
    session_id: int | None
    position: int | None
    grade: int
    skipped: bool
    scheduled: bool
    reopened: bool = False  # its interview was completed and is resumable again, at that question


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One grade or skip in the review log."""

    question_id: str
    session_id: int | None
    grade: int
    skipped: bool
    scheduled: bool  # False in cram: the schedule was not touched
    kind: str  # "learn", "young" or "mature": the card's state before this review
    seconds: float
    reviewed_at: str  # ISO 8601, UTC
