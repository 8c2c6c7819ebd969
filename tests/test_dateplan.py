"""The interview-date plan, followed day by day over simulated weeks (an injected clock)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from llmtui.tui.practice.dateplan import make_plan
from llmtui.tui.practice.engine import AnswerRecord, EmptyDraw, InterviewPlan
from llmtui.tui.practice.planner import date_plan, plan_questions
from llmtui.tui.practice.store import HistoryStore


def follow(kb, store, interview: date, first: datetime, topic: str | None = None) -> list[int]:
    """Do each day what the plan says that day (answering Good), at noon, until the interview; the loads done."""
    done = []
    now = first
    while now.date() < interview:
        plan = date_plan(kb, store, interview, topic=topic, daily_minutes=600, now=now)
        today = plan.days[0].load
        try:
            # The question count (5 by default) is no cap: the plan gives the day's share.
            ids = plan_questions(kb, InterviewPlan(mode="plan", topic=topic, until=interview.isoformat()),
                                 store, now) if today else []
            assert len(ids) == today
        except EmptyDraw:
            ids = []
        sid = store.start_session(InterviewPlan(questions=len(ids), mode="plan"), ids)
        for position, qid in enumerate(ids):
            store.record_answer(sid, position, AnswerRecord(qid, "answer", 120.0), "T")
            store.grade(sid, position, qid, 3, now, seconds=120.0)
        done.append(len(ids))
        now += timedelta(days=1)
    return done


@pytest.mark.parametrize("days", [21, 30])
def test_following_the_plan_meets_every_question_with_a_level_load(kb, tmp_path, days):
    store = HistoryStore.open(tmp_path).store
    first = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    interview = first.date() + timedelta(days=days)
    loads = follow(kb, store, interview, first)
    met = {row[0] for row in store.cards()}
    assert met == {q.id for q in kb.bank.questions}  # every question in scope met before the day
    mean = sum(loads) / len(loads)
    assert all(0.8 * mean <= load <= 1.2 * mean for load in loads), f"{mean:.2f} {loads}"


def test_a_topic_plan_with_history_already_and_a_suspended_question(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    topic = kb.bank.topics()[0][0]
    scope = [q.id for q in kb.bank.questions if q.topic == topic]
    first = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    for qid in scope[:3]:  # some met last week
        sid = store.start_session(InterviewPlan(questions=1), [qid])
        store.record_answer(sid, 0, AnswerRecord(qid, "answer", 60.0), "T")
        store.grade(sid, 0, qid, 3, first - timedelta(days=7))
    store.suspend(scope[-1])
    interview = first.date() + timedelta(days=10)
    plan = date_plan(kb, store, interview, topic=topic, now=first)
    assert (plan.scope, plan.met, plan.days_left) == (len(scope) - 1, 3, 10)
    follow(kb, store, interview, first, topic)
    met = {row[0] for row in store.cards()}
    assert set(scope[:-1]) <= met and scope[-1] not in met and met <= set(scope)


def test_behind_when_the_minutes_do_not_cover_the_load():
    scope = [f"p#{i}" for i in range(115)]
    plan = make_plan(date(2027, 1, 15), date(2027, 1, 1), scope, {}, {}, daily_minutes=30)
    assert not plan.on_track and plan.summary().startswith("behind: 115 questions not met")
    roomy = make_plan(date(2027, 1, 15), date(2027, 1, 1), scope, {}, {}, daily_minutes=240)
    assert roomy.on_track and roomy.summary() == "on track: 0% ready, 14 days left"
    assert sum(d.new for d in roomy.days) == 115
    assert make_plan(date(2027, 1, 1), date(2027, 1, 1), scope, {}, {}).summary() == "interview day: 0% ready"


def test_plan_mode_without_a_date_refuses_as_due_and_weak_do(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    sid = store.start_session(InterviewPlan(questions=1), ["llm-hub#40"])
    store.record_answer(sid, 0, AnswerRecord("llm-hub#40", "answer", 60.0), "T")
    store.grade(sid, 0, "llm-hub#40", 1, now - timedelta(days=1))
    with pytest.raises(EmptyDraw, match="no interview date is set") as caught:
        plan_questions(kb, InterviewPlan(questions=3, mode="plan"), store, now)
    assert caught.value.fallback_mode == "random"  # said as "--mode random" or "Mode: Random", as due and weak say it
