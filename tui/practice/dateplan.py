"""The interview-date plan: meet every question in scope before the interview, with a level daily load. Pure: no textual, no SQL.

Given the day of the interview, the questions in scope and their review cards,
the plan spreads the questions not met yet over the days left so that each
day's work (new questions plus the reviews FSRS will ask for, assuming they
are answered Good on the day they fall due) stays as level as possible. It is
recomputed from the cards every time, so a missed day simply raises the load of
the days left; the plan is behind when that load needs more minutes a day than
the user has.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ..wording import plural
from .scheduling import DEFAULT_RETENTION, review

DEFAULT_MINUTES_PER_QUESTION = 4.0  # answering (3 min by default) plus reading the reference answer
# A plan for an interview further ahead says nothing, and simulating its reviews runs past the calendar's end
# (year 9999): such a date is refused.
LATEST_INTERVIEW_YEARS = 10
STUDY_HOUR = 12  # the simulated reviews happen at noon, UTC: a day's reviews never spill into the next by time zone


@dataclass(frozen=True, slots=True)
class PlanDay:
    day: date
    new: int  # questions met for the first time that day
    reviews: int  # reviews expected that day

    @property
    def load(self) -> int:
        return self.new + self.reviews


@dataclass(frozen=True, slots=True)
class DatePlan:
    """What the plan says today."""

    interview: date
    today: date
    scope: int  # questions in scope (suspended ones left out)
    met: int  # of them, reviewed at least once
    readiness: float  # expected share of the scope recalled today
    days: tuple[PlanDay, ...]  # today up to the day before the interview
    daily_minutes: int
    minutes_per_question: float

    @property
    def days_left(self) -> int:
        return max(0, (self.interview - self.today).days)

    @property
    def unmet(self) -> int:
        return self.scope - self.met

    @property
    def per_day(self) -> float:
        """Mean questions a day (new and reviews) over the days left."""
        return sum(d.load for d in self.days) / len(self.days) if self.days else 0.0

    @property
    def peak(self) -> int:
        return max((d.load for d in self.days), default=0)

    @property
    def minutes_needed(self) -> int:
        """Minutes on the busiest day of the plan."""
        return math.ceil(self.peak * self.minutes_per_question)

    @property
    def today_new(self) -> int:
        return self.days[0].new if self.days else 0

    @property
    def on_track(self) -> bool:
        if self.days_left <= 0:
            return self.unmet == 0
        return self.minutes_needed <= self.daily_minutes

    def summary(self) -> str:
        """One line for the home screen.

        >>> p = DatePlan(date(2027, 1, 15), date(2027, 1, 1), 115, 80, 0.62, (PlanDay(date(2027, 1, 1), 3, 4),), 30, 4.0)
        >>> p.summary()
        'on track: 62% ready, 14 days left'
        >>> DatePlan(date(2027, 1, 15), date(2027, 1, 1), 115, 20, 0.1, (PlanDay(date(2027, 1, 1), 9, 3),), 30, 4.0).summary()
        'behind: 95 questions not met, 12 a day needs 48 min (you have 30), 10% ready, 14 days left'
        """
        left = f"{self.days_left} day{'' if self.days_left == 1 else 's'} left"
        ready = f"{round(self.readiness * 100)}% ready"
        if self.days_left <= 0:
            return f"interview day: {ready}" if self.days_left == 0 else f"interview was on {self.interview}: {ready}"
        if self.on_track:
            return f"on track: {ready}, {left}"
        return (f"behind: {plural(self.unmet, 'question')} not met, {self.peak} a day needs {self.minutes_needed} min "
                f"(you have {self.daily_minutes}), {ready}, {left}")


def check_interview_date(interview: date, today: date) -> None:
    """Refuse a day already past: a plan needs the days to come (today may be the interview day itself);
    and one more than LATEST_INTERVIEW_YEARS ahead.

    >>> check_interview_date(date(2026, 3, 2), date(2026, 3, 2))
    >>> check_interview_date(date(2020, 1, 1), date(2026, 3, 2))
    Traceback (most recent call last):
    ...
    ValueError: 2020-01-01 is in the past (today is 2026-03-02): give the day of an interview still to come
    >>> check_interview_date(date(9999, 12, 31), date(2026, 3, 2))
    Traceback (most recent call last):
    ...
    ValueError: 9999-12-31 is more than 10 years ahead: give the day of an interview you are preparing for
    """
    if interview < today:
        raise ValueError(f"{interview} is in the past (today is {today}): give the day of an interview still to come")
    if interview > latest_interview(today):
        raise ValueError(f"{interview} is more than {LATEST_INTERVIEW_YEARS} years ahead: give the day of an interview"
                         " you are preparing for")


def latest_interview(today: date) -> date:
    """The last day a plan may be made for, LATEST_INTERVIEW_YEARS after ``today`` (the 28th for a 29 February)."""
    try:
        return today.replace(year=today.year + LATEST_INTERVIEW_YEARS)
    except ValueError:  # 29 February, in a year that has none
        return today.replace(year=today.year + LATEST_INTERVIEW_YEARS, day=28)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(STUDY_HOUR), tzinfo=UTC)


def review_days(card_json: str | None, first: date, last: date, retention: float) -> list[date]:
    """The days a card is reviewed from ``first`` to ``last`` if every review is Good on the day it falls due.

    ``card_json`` None is a question met for the first time on ``first``. A review
    due again the same day (a learning step of minutes) is taken the next day: an
    interview does not come back to a question within minutes.

    >>> review_days(None, date(2027, 1, 1), date(2027, 1, 10), 0.9)[:2]
    [datetime.date(2027, 1, 1), datetime.date(2027, 1, 2)]
    """
    days: list[date] = []
    day, card = first, card_json
    if card is not None:
        due = datetime.fromisoformat(_card_due(card)).astimezone(UTC).date()
        day = max(first, due)
    while day <= last:
        days.append(day)
        card, due_at = review(card, 3, _noon(day), retention)
        day = max(due_at.astimezone(UTC).date(), day + timedelta(days=1))
    return days


def _card_due(card_json: str) -> str:
    import json

    return json.loads(card_json)["due"]


def make_plan(interview: date, today: date, scope: Sequence[str], cards: Mapping[str, str],
              recall: Mapping[str, float], *, daily_minutes: int = 30,
              minutes_per_question: float = DEFAULT_MINUTES_PER_QUESTION,
              retention: float = DEFAULT_RETENTION) -> DatePlan:
    """The plan from ``today`` to the day before ``interview`` for the questions ``scope``.

    ``cards`` maps the question ids that have a review card to its FSRS JSON;
    ``recall`` their retrievability today (for the readiness figure).
    """
    scope = list(dict.fromkeys(scope))
    met = [q for q in scope if q in cards]
    unmet = len(scope) - len(met)
    readiness = sum(recall.get(q, 0.0) for q in scope) / len(scope) if scope else 0.0
    if interview <= today:
        return DatePlan(interview, today, len(scope), len(met), readiness, (), daily_minutes, minutes_per_question)
    last = interview - timedelta(days=1)
    horizon = (interview - today).days
    known = [0] * horizon  # reviews of questions met already, falling due after today
    items: list[Item] = []
    for qid in met:
        offsets = [(d - today).days for d in review_days(cards[qid], today, last, retention)]
        if offsets and offsets[0] == 0:
            # Due now: it may be done today or tomorrow (its later reviews move with it).
            # Never past the interview: on the last day it is done that day.
            items.append(Item([_shifted(offsets, wait, horizon) for wait in WAITS if wait < horizon], 1, review=True))
        else:
            for offset in offsets:
                known[offset] += 1
    # A question met on day i is reviewed again on day i + k for each k here (the same for every new one).
    chain = [(d - today).days for d in review_days(None, today, last, retention)]
    if unmet:
        items.append(Item([_shifted([i + k for k in chain], wait, horizon, first=i)
                           for i in range(horizon) for wait in WAITS], unmet, review=False))
    load, placed = level(known, items)
    new = [0] * horizon
    for item, counts in zip(items, placed, strict=True):
        if not item.review:
            for option, n in zip(item.options, counts, strict=True):
                new[option[0]] += n
    days = tuple(PlanDay(today + timedelta(days=i), new[i], load[i] - new[i]) for i in range(horizon))
    return DatePlan(interview, today, len(scope), len(met), readiness, days, daily_minutes, minutes_per_question)


WAITS = (0, 1)  # a review due on a day may be done that day or the next (overdue by a day: FSRS allows for it)


@dataclass(frozen=True, slots=True)
class Item:
    """Work to place: ``count`` questions, each on one of ``options`` (the days it takes, first day first)."""

    options: list[list[int]]
    count: int
    review: bool  # a review due now (else: questions met for the first time)


def _shifted(offsets: Sequence[int], wait: int, horizon: int, first: int | None = None) -> list[int]:
    """The days of a chain of reviews when all but ``first`` (the day a question is met) wait ``wait`` days.

    >>> _shifted([0, 3, 10], 1, 8), _shifted([2, 3, 10], 1, 8, first=2)
    ([1, 4], [2, 4])
    """
    head = [first] if first is not None else []
    rest = offsets[1:] if first is not None else offsets
    return head + [d + wait for d in rest if d + wait < horizon]


def level(known: Sequence[int], items: Sequence[Item], budget: int = 1_000_000) -> tuple[list[int], list[list[int]]]:
    """Place every item's questions on its options so that the daily load is as level as possible.

    ``known`` is each day's fixed load. Returns (load per day, per item how many on each option).
    A greedy pass puts each question on the option whose busiest day is least busy (earliest
    first); then single moves that lower the spread (the sum of squared deviations from the
    mean) are made until none does, or ``budget`` moves were weighed (a scope of thousands
    over a year stops early, level enough). A very big item is placed in batches.

    >>> new = Item([[i, i + 1] if i + 1 < 10 else [i] for i in range(10)], 20, review=False)
    >>> load, placed = level([0] * 10, [new])
    >>> sum(placed[0]), max(load) - min(load) <= 1
    (20, True)
    """
    horizon = len(known)
    load = list(known)
    placed = [[0] * len(item.options) for item in items]
    batches = [max(1, item.count // (4 * horizon)) for item in items]
    for k, item in enumerate(items):
        left = item.count
        while left:
            take = min(batches[k], left)
            best = min(range(len(item.options)),
                       key=lambda o: (max((load[j] for j in item.options[o]), default=0), item.options[o][:1], o))
            for j in item.options[best]:
                load[j] += take
            placed[k][best] += take
            left -= take

    def spread(total: float, squares: float) -> float:
        return squares - total * total / horizon

    total, squares = sum(load), sum(x * x for x in load)
    while budget > 0:
        base = spread(total, squares)
        best_move: tuple[float, int, int, int, int] | None = None
        for k, item in enumerate(items):
            budget -= sum(1 for n in placed[k] if n) * len(item.options)
            for a, days_a in enumerate(item.options):
                if not placed[k][a]:
                    continue
                step = min(batches[k], placed[k][a])
                for j in days_a:
                    load[j] -= step
                removed_sq = squares - sum((load[j] + step) ** 2 - load[j] ** 2 for j in days_a)
                removed_total = total - step * len(days_a)
                for b, days_b in enumerate(item.options):
                    if b == a:
                        continue
                    sq = removed_sq + sum((load[j] + step) ** 2 - load[j] ** 2 for j in days_b)
                    cost = spread(removed_total + step * len(days_b), sq)
                    if cost < base - 1e-9 and (best_move is None or cost < best_move[0]):
                        best_move = (cost, k, a, b, step)
                for j in days_a:
                    load[j] += step
        if best_move is None:
            break
        _, k, a, b, step = best_move
        for j in items[k].options[a]:
            load[j] -= step
        for j in items[k].options[b]:
            load[j] += step
        placed[k][a] -= step
        placed[k][b] += step
        total, squares = sum(load), sum(x * x for x in load)
    return load, placed
