"""The interview engine: drawing questions and timing answers. Pure: no textual.

Remaining time comes from an injected monotonic clock, never from counting
ticks, so tests are exact and a busy machine cannot stretch the time.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

Clock = Callable[[], float]


class QuestionTimer:
    """A countdown that can pause, runs into overtime, and reports expiry exactly once.

    >>> now = [0.0]
    >>> t = QuestionTimer(60, clock=lambda: now[0]); t.start()
    >>> now[0] = 59.5; t.remaining, t.poll_expired()
    (0.5, False)
    >>> now[0] = 61; t.remaining, t.overtime, t.poll_expired(), t.poll_expired()
    (0.0, 1.0, True, False)
    """

    def __init__(self, limit_seconds: float, clock: Clock = time.monotonic) -> None:
        self.limit = float(limit_seconds)
        self.clock = clock
        self._started: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._expiry_reported = False

    def start(self, already: float = 0.0) -> None:
        """Start counting down; ``already`` seconds were spent before (a resumed question keeps its time).

        >>> now = [100.0]
        >>> t = QuestionTimer(60, clock=lambda: now[0]); t.start(already=45)
        >>> t.remaining
        15.0
        """
        if self._started is None:
            self._started = self.clock() - max(0.0, already)

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        if self._started is not None and self._paused_at is None:
            self._paused_at = self.clock()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self.clock() - self._paused_at
            self._paused_at = None

    @property
    def elapsed(self) -> float:
        if self._started is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self.clock()
        return max(0.0, now - self._started - self._paused_total)

    @property
    def remaining(self) -> float:
        return max(0.0, self.limit - self.elapsed)

    @property
    def overtime(self) -> float:
        return max(0.0, self.elapsed - self.limit)

    @property
    def expired(self) -> bool:
        return self.elapsed >= self.limit

    def poll_expired(self) -> bool:
        """True the first time it is called after time ran out, never again."""
        if self.expired and not self._expiry_reported:
            self._expiry_reported = True
            return True
        return False


def format_clock(seconds: float) -> str:
    """m:ss, rounding up so the display shows 0:00 only when time is really up.

    >>> format_clock(179.2), format_clock(0), format_clock(61), format_clock(float("nan"))
    ('3:00', '0:00', '1:01', '-:--')
    """
    if not math.isfinite(seconds):
        return "-:--"  # never shown for a valid plan (see valid_minutes); never a crash either
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


MAX_MINUTES = 24 * 60  # per question


def valid_minutes(value: float) -> float:
    """``value`` if it is a usable time per question: a finite number of minutes above 0, at most a day.

    >>> valid_minutes(2.5)
    2.5
    >>> valid_minutes(float("inf"))
    Traceback (most recent call last):
    ...
    ValueError: minutes per question must be a number above 0 and at most 1440, not inf
    >>> valid_minutes(-1.0)
    Traceback (most recent call last):
    ...
    ValueError: minutes per question must be a number above 0 and at most 1440, not -1
    """
    if not (math.isfinite(value) and 0 < value <= MAX_MINUTES):
        raise ValueError(f"minutes per question must be a number above 0 and at most {MAX_MINUTES}, not {value:g}")
    return value


# How questions are drawn; the CLI, the set-up screen and the planner share this. "cram" draws as
# "random" does but never touches the schedule (Anki's filtered deck without rescheduling); "plan"
# takes the interview-date plan's day: reviews due, then questions never met.
MODES = ("random", "due", "weak", "cram", "plan")


@dataclass(frozen=True, slots=True)
class InterviewPlan:
    """What an interview asks for. Stored with each session as JSON.

    >>> InterviewPlan.from_dict({"questions": 2, "mode": "due", "unknown": 1}) == InterviewPlan(questions=2, mode="due")
    True
    """

    questions: int = 5
    minutes: float = 3.0
    topic: str | None = None
    concept: str | None = None
    mode: str = "random"  # one of MODES
    seed: int | None = None
    strict: bool = False
    until: str | None = None  # mode "plan": the interview's date (ISO), whose plan gives the day's questions
    query: str | None = None  # draw from the questions a search finds (its best matches)

    def to_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: object) -> InterviewPlan:
        """The plan stored in ``data``; unknown keys (from other versions) are ignored."""
        if not isinstance(data, dict):
            return cls()
        plan = cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        try:
            valid_minutes(float(plan.minutes))
        except (TypeError, ValueError):
            return replace(plan, minutes=cls().minutes)  # a stored plan from before minutes were checked
        return plan


class EmptyDraw(ValueError):
    """No question fits the plan (topic, concept, search or mode).

    The message says why in words that fit the app and the CLI alike;
    ``fallback_mode`` names the mode that would draw something, for each to
    say in its own terms (a flag, a field).
    """

    def __init__(self, message: str, *, fallback_mode: str | None = None) -> None:
        super().__init__(message)
        self.fallback_mode = fallback_mode


def duplicate_groups(duplicates: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each question in a near-duplicate pair → its group (questions linked by pairs, directly or not).

    >>> duplicate_groups([("a", "b"), ("b", "c"), ("x", "y")]) == {"a": "a", "b": "a", "c": "a", "x": "x", "y": "x"}
    True
    """
    parent: dict[str, str] = {}

    def root(q: str) -> str:
        while parent.setdefault(q, q) != q:
            parent[q] = parent[parent[q]]
            q = parent[q]
        return q

    for a, b in duplicates:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {q: root(q) for q in parent}


def draw_questions(
    candidates: Sequence[str],
    count: int,
    *,
    seed: int | None = None,
    duplicates: Iterable[tuple[str, str]] = (),
    priority: dict[str, float] | None = None,
) -> list[str]:
    """Draw ``count`` question ids; of a group of near-duplicates (see :func:`duplicate_groups`) at most one.

    With ``priority`` (higher first) the draw takes the highest, ties broken by
    the seeded shuffle; otherwise it is a seeded random sample. It draws
    ``min(count, number of groups)`` exactly, so a count shown before the draw
    is the count drawn.

    >>> draw_questions(["a", "b", "c"], 2, seed=1, duplicates=[("a", "b")]) in (["a", "c"], ["c", "a"], ["b", "c"], ["c", "b"])
    True
    >>> len(draw_questions(["a", "b", "c"], 3, duplicates=[("a", "b"), ("b", "c")]))
    1
    """
    rng = random.Random(seed)
    pool = list(candidates)
    rng.shuffle(pool)
    if priority:
        pool.sort(key=lambda q: -priority.get(q, 0.0))
    groups = duplicate_groups(duplicates)
    taken: set[str] = set()
    chosen: list[str] = []
    for qid in pool:
        if len(chosen) >= count:
            break
        group = groups.get(qid, qid)
        if group in taken:
            continue
        taken.add(group)
        chosen.append(qid)
    return chosen


@dataclass(frozen=True, slots=True)
class PointOutcome:
    """What history keeps of one key point of an answer: its text, status and the quoted evidence."""

    text: str
    status: str  # covered | partial | missed | contradicted
    evidence: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "status": self.status, "evidence": self.evidence}

    @classmethod
    def from_dict(cls, data: object) -> PointOutcome | None:
        """The outcome ``data`` holds, or None when it is not one.

        >>> PointOutcome.from_dict({"text": "K/V are cached", "status": "covered", "evidence": "we cache K and V"})
        PointOutcome(text='K/V are cached', status='covered', evidence='we cache K and V')
        """
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not isinstance(data.get("status"), str):
            return None
        evidence = data.get("evidence")
        return cls(data["text"], data["status"], evidence if isinstance(evidence, str) else "")


@dataclass(slots=True)
class AnswerRecord:
    question_id: str
    answer: str = ""
    seconds: float = 0.0
    overtime: float = 0.0
    coverage: float | None = None
    grade: int | None = None
    skipped: bool = False
    covered: list[str] = field(default_factory=list)  # concepts of the key points covered
    missed: list[str] = field(default_factory=list)  # concepts of the key points missed
    points: list[PointOutcome] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # guards that caught the answer (term_list, echo, other_topic)


class InterviewSession:
    """The questions of one interview and what happened to each.

    ``done`` are positions not to ask (answered before a resume, or whose pack
    is not loaded): the session starts at the first other one and skips them.

    >>> s = InterviewSession(["a", "b", "c"], InterviewPlan(), done={0, 1})
    >>> s.current.question_id, s.progress
    ('c', '3/3')
    >>> s.advance(); s.finished
    True
    """

    def __init__(self, question_ids: Sequence[str], plan: InterviewPlan, clock: Clock = time.monotonic,
                 done: Iterable[int] = ()) -> None:
        if not question_ids:
            raise EmptyDraw("no questions to ask")
        self.plan = plan
        self.clock = clock
        self.records = [AnswerRecord(q) for q in question_ids]
        self.done = set(done)
        self.index = self._next(0)
        self.timer = QuestionTimer(plan.minutes * 60, clock)

    def _next(self, start: int) -> int:
        index = start
        while index < len(self.records) and index in self.done:
            index += 1
        return index

    @property
    def current(self) -> AnswerRecord:
        return self.records[self.index]

    @property
    def progress(self) -> str:
        return f"{min(self.index + 1, len(self.records))}/{len(self.records)}"

    @property
    def finished(self) -> bool:
        return self.index >= len(self.records)

    def start_question(self, already: float = 0.0) -> None:
        """Start the current question's clock; ``already`` seconds of it were used before an interruption."""
        self.timer = QuestionTimer(self.plan.minutes * 60, self.clock)
        self.timer.start(already)

    def submit(self, answer: str, *, skipped: bool = False) -> AnswerRecord:
        record = self.current
        record.answer = answer
        record.skipped = skipped
        record.seconds = round(self.timer.elapsed, 2)
        record.overtime = round(self.timer.overtime, 2)
        self.timer.pause()
        return record

    def advance(self) -> None:
        self.index = self._next(self.index + 1)
