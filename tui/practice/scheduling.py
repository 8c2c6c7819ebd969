"""FSRS scheduling glue: a grade 1-4 becomes the question's next review (UTC)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler

GRADES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
_SCHEDULER = Scheduler(enable_fuzzing=False)


def new_card_json() -> str:
    return json.dumps(Card().to_dict())


def review(card_json: str | None, grade: int, now: datetime | None = None) -> tuple[str, datetime]:
    """Apply ``grade`` (1 Again … 4 Easy) to a stored card; return the new card and its due time.

    >>> card, due = review(None, 3, datetime(2026, 1, 1, tzinfo=UTC))
    >>> due > datetime(2026, 1, 1, tzinfo=UTC)
    True
    """
    if grade not in GRADES:
        raise ValueError(f"grade must be 1-4, not {grade}")
    now = now or datetime.now(UTC)
    card = Card.from_dict(json.loads(card_json)) if card_json else Card()
    card, _ = _SCHEDULER.review_card(card, Rating(grade), now)
    return json.dumps(card.to_dict()), card.due


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
