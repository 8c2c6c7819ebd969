"""The interview engine, scorer and scheduler glue, tested without any UI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from llmtui.tui.practice.engine import EmptyDraw, InterviewPlan, InterviewSession, QuestionTimer, draw_questions, format_clock
from llmtui.tui.practice.planner import plan_questions
from llmtui.tui.practice.scheduling import review


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_timer_counts_from_the_clock_not_ticks():
    clock = FakeClock()
    timer = QuestionTimer(180, clock)
    timer.start()
    clock.now += 179.0
    assert timer.remaining == 1.0 and not timer.expired
    clock.now += 1.0
    assert timer.remaining == 0.0 and timer.expired and timer.overtime == 0.0


def test_expiry_is_reported_exactly_once():
    clock = FakeClock()
    timer = QuestionTimer(10, clock)
    timer.start()
    clock.now += 9.99
    assert timer.poll_expired() is False
    clock.now += 0.01
    assert [timer.poll_expired() for _ in range(3)] == [True, False, False]
    clock.now += 50
    assert timer.poll_expired() is False


def test_pause_across_expiry_stops_the_clock():
    clock = FakeClock()
    timer = QuestionTimer(10, clock)
    timer.start()
    clock.now += 8
    timer.pause()
    clock.now += 100  # paused: none of this counts
    assert timer.remaining == 2 and not timer.poll_expired()
    timer.resume()
    clock.now += 3
    assert timer.overtime == 1 and timer.poll_expired() is True


def test_overtime_is_kept_in_the_record():
    clock = FakeClock()
    session = InterviewSession(["a", "b"], InterviewPlan(questions=2, minutes=1), clock)
    session.start_question()
    clock.now += 75
    record = session.submit("answer")
    assert (record.seconds, record.overtime) == (75, 15)
    assert session.progress == "1/2"
    session.advance()
    assert session.progress == "2/2"


def test_format_clock():
    assert [format_clock(s) for s in (180, 59.01, 0.2, 0)] == ["3:00", "1:00", "0:01", "0:00"]


def test_seeded_draw_is_reproducible_and_avoids_duplicate_pairs():
    ids = [f"q{i}" for i in range(30)]
    dupes = [("q1", "q2"), ("q3", "q4")]
    first = draw_questions(ids, 25, seed=42, duplicates=dupes)
    assert first == draw_questions(ids, 25, seed=42, duplicates=dupes)
    assert first != draw_questions(ids, 25, seed=43, duplicates=dupes)
    assert not {"q1", "q2"} <= set(first) and not {"q3", "q4"} <= set(first)


def test_plan_never_draws_both_near_duplicates(kb):
    for seed in range(20):
        ids = plan_questions(kb, InterviewPlan(questions=115, seed=seed), None)
        assert not {"llm-hub#11", "llm-hub#34"} <= set(ids)
        assert len(ids) == 114


def test_plan_by_topic_and_concept(kb):
    ids = plan_questions(kb, InterviewPlan(questions=5, topic="prompting", seed=1), None)
    assert len(ids) == 5 and {kb.question(q).topic for q in ids} == {"Prompting"}
    ids = plan_questions(kb, InterviewPlan(questions=3, concept="lora", seed=1), None)
    own = set(kb.concept_question_ids("LoRA"))
    assert set(ids) <= own  # its own questions come before its neighbours'


def test_plan_errors_say_why(kb):
    with pytest.raises(EmptyDraw, match="no topic"):
        plan_questions(kb, InterviewPlan(topic="Cooking"), None)
    with pytest.raises(EmptyDraw, match="no reviews are due"):
        plan_questions(kb, InterviewPlan(mode="due"), None)


def test_fsrs_review_schedules_in_utc():
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    card, again_due = review(None, 1, now)
    _, easy_due = review(None, 4, now)
    assert again_due.tzinfo is not None and again_due.utcoffset() == timedelta(0)
    assert now < again_due < easy_due
    _, later = review(card, 3, again_due)
    assert later > again_due
    with pytest.raises(ValueError):
        review(None, 5, now)
