"""What history holds: finished and unfinished interviews as typed records. Pure: no textual, no SQL.

The store reads these from SQLite; the screens, the report and the CLI read
them. Every derived figure (answered, mean coverage, the coverage cell) is
computed here once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .engine import InterviewPlan


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
    covered: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()

    @property
    def coverage_text(self) -> str:
        """The coverage as a table cell shows it: ``"62%"``, or ``"skipped"``.

        >>> StoredAnswer(0, "p#1", "T", "", 5.0, 0.0, 0.625, 3, False).coverage_text
        '62%'
        """
        return "skipped" if self.skipped else f"{round((self.coverage or 0) * 100)}%"


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
    def mean_coverage(self) -> float:
        """Mean coverage of the answered questions (0.0 with none).

        >>> a = StoredAnswer(0, "p#1", "T", "x", 1.0, 0.0, 0.5, 3, False)
        >>> s = StoredAnswer(1, "p#2", "U", "", 1.0, 0.0, 0.0, None, True)
        >>> Session(1, "2026-01-01T00:00:00+00:00", None, "completed", InterviewPlan(), ("p#1", "p#2"), (a, s)).mean_coverage
        0.5
        """
        scored = [a.coverage or 0.0 for a in self.answered]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def seconds(self) -> float:
        return sum(a.seconds for a in self.answers)


@dataclass(frozen=True, slots=True)
class ConceptTally:
    """How often a concept was covered and missed across answers."""

    name: str
    covered: int = 0
    missed: int = 0

    @property
    def mastery(self) -> float:
        total = self.covered + self.missed
        return self.covered / total if total else 0.0


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
