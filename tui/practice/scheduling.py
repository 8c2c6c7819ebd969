"""FSRS scheduling glue: a grade 1-4 becomes the question's next review (UTC)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from fsrs import Card, Rating, Scheduler, State

GRADES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
DEFAULT_RETENTION = 0.90  # FSRS's and Anki's default desired retention
RETENTION_RANGE = (0.70, 0.97)  # the range Anki's FSRS guide allows
LEECH_LAPSES = 8  # Anki's leech threshold: a question failed this often becomes a leech (and is suspended)
LEECH_WARN_EVERY = LEECH_LAPSES // 2  # Anki warns again every half threshold after that
MATURE_DAYS = 21  # Anki's line between young and mature cards (interval in days)


@lru_cache(maxsize=8)
def scheduler(retention: float = DEFAULT_RETENTION) -> Scheduler:
    """The FSRS scheduler for a desired retention (no fuzz: the same grades always give the same dates)."""
    return Scheduler(desired_retention=retention, enable_fuzzing=False)


def new_card_json() -> str:
    return json.dumps(Card().to_dict())


def review(card_json: str | None, grade: int, now: datetime | None = None,
           retention: float = DEFAULT_RETENTION) -> tuple[str, datetime]:
    """Apply ``grade`` (1 Again … 4 Easy) to a stored card; return the new card and its due time.

    >>> card, due = review(None, 3, datetime(2026, 1, 1, tzinfo=UTC))
    >>> due > datetime(2026, 1, 1, tzinfo=UTC)
    True
    """
    if grade not in GRADES:
        raise ValueError(f"grade must be 1-4, not {grade}")
    if not RETENTION_RANGE[0] <= retention <= RETENTION_RANGE[1]:
        raise ValueError(f"desired retention must be {RETENTION_RANGE[0]}-{RETENTION_RANGE[1]}, not {retention}")
    now = now or datetime.now(UTC)
    card = Card.from_dict(json.loads(card_json)) if card_json else Card(card_id=0)
    card, _ = scheduler(retention).review_card(card, Rating(grade), now)
    return json.dumps(card.to_dict()), card.due


def review_kind(card_json: str | None) -> str:
    """What a review is, from the card before it: "learn" (new, learning, relearning), "young" or "mature".

    As in Anki's true-retention table, a card in review is mature once its interval reaches 21 days.

    >>> review_kind(None)
    'learn'
    >>> card, _ = review(None, 4, datetime(2026, 1, 1, tzinfo=UTC))
    >>> review_kind(card)
    'young'
    """
    if not card_json:
        return "learn"
    card = Card.from_dict(json.loads(card_json))
    if card.state != State.Review or card.last_review is None:
        return "learn"
    return "mature" if (card.due - card.last_review).days >= MATURE_DAYS else "young"


def retrievability(card_json: str, now: datetime | None = None) -> float:
    """FSRS's estimate (0..1) that the question would be recalled at ``now``.

    >>> card, _ = review(None, 3, datetime(2026, 1, 1, tzinfo=UTC))
    >>> round(retrievability(card, datetime(2026, 1, 1, tzinfo=UTC)), 2)
    1.0
    """
    return scheduler().get_card_retrievability(Card.from_dict(json.loads(card_json)), now or datetime.now(UTC))


def describe_due(due: datetime, now: datetime | None = None) -> str:
    """When a review is due, as a person says it (Anki style): soon as a count, later as a date.

    >>> now = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    >>> [describe_due(datetime(2026, 11, 29, 8, m, s, tzinfo=UTC), now) for m, s in ((0, 0), (0, 40), (10, 0))]
    ['now', 'in 1 min', 'in 10 min']
    >>> describe_due(datetime(2026, 11, 29, 13, 0, tzinfo=UTC), now)
    'in 5 h'
    >>> describe_due(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), now)
    'in 2 days'
    >>> describe_due(datetime(2027, 1, 15, tzinfo=UTC), now)
    'on 2027-01-15'
    """
    now = now or datetime.now(UTC)
    if due.tzinfo is None:
        due = due.replace(tzinfo=UTC)  # stored times are UTC
    seconds = (due - now).total_seconds()
    if seconds <= 0:
        return "now"
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} min"  # "Again" is due in a minute: not "now"
    if seconds < 86400:
        return f"in {round(seconds / 3600)} h"
    days = round(seconds / 86400)
    if days <= 30:
        return "tomorrow" if days == 1 else f"in {days} days"
    return f"on {due:%Y-%m-%d}"


DAY_STARTS_AT = 4  # local hour, as in Anki: a late-night session still counts as the same day


def next_day_start(now: datetime | None = None) -> datetime:
    """When "tomorrow" begins for a question buried now: the next 4:00 local time, in UTC.

    >>> now = datetime(2026, 3, 1, 22, 0).astimezone()
    >>> start = next_day_start(now)
    >>> start > now and start - now <= timedelta(days=1) and start.astimezone().hour == DAY_STARTS_AT
    True
    """
    local = (now or datetime.now(UTC)).astimezone()
    start = local.replace(hour=DAY_STARTS_AT, minute=0, second=0, microsecond=0)
    if start <= local:
        start = (start + timedelta(days=1)).replace(hour=DAY_STARTS_AT)
    return start.astimezone(UTC)


def study_day(moment: datetime) -> date:
    """The day a moment counts for, as Anki counts days: local time, the day starting at 4:00.

    >>> study_day(datetime(2026, 3, 2, 2, 0).astimezone()) == date(2026, 3, 1)
    True
    """
    return (moment.astimezone() - timedelta(hours=DAY_STARTS_AT)).date()


def retention_warning(retention: float) -> str:
    """What a desired retention costs, as the Anki manual warns; "" at 0.90 or below.

    >>> retention_warning(0.9)
    ''
    >>> retention_warning(0.95).startswith("Above 0.90")
    True
    """
    if retention <= DEFAULT_RETENTION:
        return ""
    return ("Above 0.90 every extra point of retention costs many more reviews: the workload climbs steeply, "
            "and towards 0.97 it becomes overwhelming (Anki manual, FSRS desired retention).")
