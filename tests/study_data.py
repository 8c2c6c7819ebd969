"""A study history over simulated weeks, written through the real store (for the Stats screen and its snapshot)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
from llmtui.tui.practice.store import HistoryStore

NOW = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)  # a Sunday evening


def seed_history(data_dir: Path, weeks: int = 10) -> None:
    """Daily practice for ``weeks`` weeks up to NOW, with rest days; Q5 failed until it became a leech, Q9 suspended."""
    store = HistoryStore.open(data_dir).store
    start = NOW - timedelta(weeks=weeks)
    for day in range(weeks * 7):
        if day % 7 in (5,) or day % 11 == 3:  # rest days
            continue
        now = start + timedelta(days=day)
        numbers = [1 + (day * 7 + i * 13) % 60 for i in range(2 + day % 5)]
        sid = store.start_session(InterviewPlan(questions=len(numbers)), [f"llm-hub#{n}" for n in numbers])
        for position, number in enumerate(numbers):
            qid = f"llm-hub#{number}"
            store.record_answer(sid, position, AnswerRecord(qid, "an answer", 90.0 + 10 * position))
            store.grade(sid, position, qid, 1 if (day * 3 + position) % 7 == 0 else 3, now, seconds=90.0 + 10 * position)
        store.finish_session(sid)
        sid = store.start_session(InterviewPlan(questions=1), ["llm-hub#5"])
        if day % 3 == 0:
            store.record_answer(sid, 0, AnswerRecord("llm-hub#5", "no idea", 20.0))
            store.grade(sid, 0, "llm-hub#5", 1, now, seconds=20.0)
        store.finish_session(sid)
    store.suspend("llm-hub#9")
    store.close()
