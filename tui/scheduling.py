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
