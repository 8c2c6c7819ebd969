"""Study statistics from the review log and the cards: activity, true retention, readiness, forecast. No textual, no SQL.

True retention is Anki's: the share of reviews not graded Again, for young cards
(interval under 21 days) and mature ones, counting only reviews that scheduled
(cram leaves the schedule alone, so it is left out) and only cards in review
(learning steps are not retention). Days are study days: local time, from 4:00.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .mastery import ConceptRecall, TopicReadiness, concept_recall, question_recall, topic_readiness
from .records import CardRow, QuestionFlags, ReviewRow
from .scheduling import study_day

FORECAST_DAYS = 30


@dataclass(frozen=True, slots=True)
class DayActivity:
    day: date
    reviews: int  # grades and skips that day, cram included
    again: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Retention:
    young: float | None  # share not Again; None without any such review
    mature: float | None
    target: float  # the desired retention FSRS schedules for
    young_reviews: int = 0
    mature_reviews: int = 0


@dataclass(frozen=True, slots=True)
class StudyStats:
    days: tuple[DayActivity, ...]
    retention: Retention
    topics: tuple[TopicReadiness, ...]
    concepts: tuple[ConceptRecall, ...]  # with a recall estimate, weakest first
    leeches: tuple[QuestionFlags, ...]
    suspended: tuple[QuestionFlags, ...]
    forecast: tuple[tuple[date, int], ...]  # reviews due per day, today first (overdue ones today)
    held_back: tuple[QuestionFlags, ...] = ()  # every question out of the draws now: suspended, a leech or buried


def daily_activity(log: Iterable[ReviewRow]) -> list[DayActivity]:
    """Reviews, Agains and seconds per study day, oldest first.

    >>> row = ReviewRow("p#1", 1, 1, False, True, "learn", 30.0, "2026-03-02T12:00:00+00:00")
    >>> [(d.reviews, d.again, d.seconds) for d in daily_activity([row, row])]
    [(2, 2, 60.0)]
    """
    days: dict[date, list[float]] = {}
    for row in log:
        day = study_day(datetime.fromisoformat(row.reviewed_at))
        tally = days.setdefault(day, [0, 0, 0.0])
        tally[0] += 1
        tally[1] += row.grade == 1
        tally[2] += row.seconds
    return [DayActivity(day, int(t[0]), int(t[1]), round(t[2], 2)) for day, t in sorted(days.items())]


def true_retention(log: Iterable[ReviewRow], target: float) -> Retention:
    """Share of scheduled reviews of young and of mature cards that were not Again.

    >>> rows = [ReviewRow("p#1", 1, g, False, True, "young", 1.0, "2026-03-02T12:00:00+00:00") for g in (1, 3, 3, 4)]
    >>> true_retention(rows, 0.9)
    Retention(young=0.75, mature=None, target=0.9, young_reviews=4, mature_reviews=0)
    """
    counts = {"young": [0, 0], "mature": [0, 0]}
    for row in log:
        if row.scheduled and row.kind in counts:
            counts[row.kind][0] += 1
            counts[row.kind][1] += row.grade != 1
    young, mature = counts["young"], counts["mature"]
    return Retention(round(young[1] / young[0], 4) if young[0] else None,
                     round(mature[1] / mature[0], 4) if mature[0] else None, target, young[0], mature[0])


def forecast(cards: Iterable[CardRow], suspended: set[str], now: datetime, days: int = FORECAST_DAYS) -> list[tuple[date, int]]:
    """Reviews due per study day for ``days`` days from today (overdue ones count today; suspended ones not).

    >>> now = datetime.fromisoformat("2026-03-02T12:00:00+00:00")
    >>> rows = [("p#1", "{}", "2026-03-01T12:00:00+00:00", 3, 1), ("p#2", "{}", "2026-03-04T12:00:00+00:00", 3, 1)]
    >>> [n for _, n in forecast(rows, set(), now, 4)]
    [1, 0, 1, 0]
    """
    today = study_day(now)
    counts = [0] * days
    for qid, _card, due, *_ in cards:
        if qid in suspended:
            continue
        offset = max(0, (study_day(datetime.fromisoformat(due)) - today).days)
        if offset < days:
            counts[offset] += 1
    return [(today + timedelta(days=i), n) for i, n in enumerate(counts)]


def study_stats(log: Sequence[ReviewRow], cards: Sequence[CardRow], flags: Sequence[QuestionFlags],
                topics: Mapping[str, Sequence[str]], concept_questions: Mapping[str, Sequence[str]],
                now: datetime, target: float) -> StudyStats:
    recall = question_recall(cards, now)
    concepts = [c for c in concept_recall(concept_questions, recall).values() if c.recall is not None]
    concepts.sort(key=lambda c: (c.recall, c.name))
    suspended = {f.question_id for f in flags if f.suspended}
    return StudyStats(
        tuple(daily_activity(log)), true_retention(log, target), tuple(topic_readiness(topics, recall)), tuple(concepts),
        tuple(f for f in flags if f.leech), tuple(f for f in flags if f.suspended),
        tuple(forecast(cards, suspended, now)),
        tuple(f for f in flags if f.suspended or f.leech or f.buried(now.isoformat())))
