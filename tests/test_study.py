"""Study discipline over simulated weeks (an injected clock): undo, cram, leeches, suspend and bury, retention."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from llmtui.tui.practice.engine import AnswerRecord, EmptyDraw, InterviewPlan
from llmtui.tui.practice.planner import plan_questions
from llmtui.tui.practice.runner import InterviewRun
from llmtui.tui.practice.scheduling import LEECH_LAPSES, next_day_start, review
from llmtui.tui.practice.store import DB_NAME, HistoryStore

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def clock() -> float:
    return 0.0


def rows(store: HistoryStore, question_id: str) -> tuple[object, object]:
    """The stored bytes of a question's card and flags, as SQLite holds them."""
    card = store.conn.execute("SELECT * FROM cards WHERE question_id = ?", (question_id,)).fetchone()
    flags = store.conn.execute("SELECT * FROM question_flags WHERE question_id = ?", (question_id,)).fetchone()
    return card, flags


def answer(store: HistoryStore, qid: str, grade: int, now: datetime, **kwargs: object):
    sid = store.start_session(InterviewPlan(questions=1), [qid])
    store.record_answer(sid, 0, AnswerRecord(qid, "an answer", 30.0), "T")
    return sid, store.grade(sid, 0, qid, grade, now, **kwargs)


def test_undo_restores_the_card_byte_for_byte_over_weeks(tmp_path):
    store = HistoryStore.open(tmp_path).store
    now = START
    grades = [3, 3, 1, 2, 4, 1, 3, 3]
    for day, grade in enumerate(grades):
        before = rows(store, "llm-hub#3")
        sid, graded = answer(store, "llm-hub#3", grade, now)
        assert rows(store, "llm-hub#3") != before  # the grade changed something
        undone = store.undo()
        assert (undone.question_id, undone.grade, undone.session_id) == ("llm-hub#3", grade, sid)
        assert rows(store, "llm-hub#3") == before  # exactly as stored before, JSON text included
        assert store.session(sid).answers[0].grade is None
        store.grade(sid, 0, "llm-hub#3", grade, now)  # grade it for real and move on
        now = (graded.due or now) + timedelta(days=day % 3)
    # Undo walks back one grade at a time, newest first, across sessions.
    last_two = [store.undo().grade for _ in range(2)]
    assert last_two == grades[-1:-3:-1]
    assert store.undo(session_id=10_000) is None


def test_undo_of_the_very_first_grade_leaves_no_card(tmp_path):
    store = HistoryStore.open(tmp_path).store
    answer(store, "llm-hub#9", 3, START)
    store.undo()
    assert rows(store, "llm-hub#9") == (None, None)
    assert store.undo() is None


def test_history_undo_cli(tmp_path, data_dir, capsys):
    from llmtui.tui.cli.main import run

    store = HistoryStore.open(data_dir).store
    answer(store, "llm-hub#3", 4, START)
    store.close()
    assert run(["history", "undo", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"question_id": "llm-hub#3"' in out and '"grade": 4' in out
    assert run(["history", "undo"]) == 1
    assert "nothing to undo" in capsys.readouterr().err


def test_a_leech_appears_exactly_at_the_eighth_lapse(tmp_path):
    store = HistoryStore.open(tmp_path).store
    now = START
    seen = []
    for lapse in range(1, LEECH_LAPSES + 9):
        _, graded = answer(store, "llm-hub#5", 1, now)
        flags = store.flags("llm-hub#5")
        seen.append((graded.lapses, graded.leech, graded.leech_warning, flags.leech, flags.suspended))
        assert graded.lapses == lapse
        if lapse >= LEECH_LAPSES:
            store.suspend("llm-hub#5", False)  # the user takes it back each time; the leech mark stays
        now += timedelta(days=2)
        if lapse < LEECH_LAPSES - 1:
            _, good = answer(store, "llm-hub#5", 3, now)  # relearnt in between: lapses only count Agains
            now = good.due + timedelta(days=1)
    assert [s[3] for s in seen] == [False] * 7 + [True] * 9  # leech from the 8th lapse on, never before
    assert [s[1] for s in seen] == [False] * 7 + [True] + [False] * 8  # "became a leech" said once
    assert [s[4] for s in seen][7] is True  # suspended when it became one
    assert [i + 1 for i, s in enumerate(seen) if s[2]] == [12, 16]  # warned again every 4 lapses


def test_a_leech_leaves_the_due_and_weak_draws_until_unsuspended(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    qid = "llm-hub#3"
    now = START
    for _ in range(LEECH_LAPSES):
        answer(store, qid, 1, now)
        now += timedelta(days=1)
    assert store.flags(qid).leech and store.flags(qid).suspended
    assert qid not in {q for q, _ in store.due(now)}
    with pytest.raises(EmptyDraw):
        plan_questions(kb, InterviewPlan(questions=5, mode="due"), store, now)
    answer(store, "llm-hub#4", 1, now)  # another weak question, not suspended
    weak = plan_questions(kb, InterviewPlan(questions=200, mode="weak"), store, now)
    assert "llm-hub#4" in weak and qid not in weak
    store.suspend(qid, False)
    assert plan_questions(kb, InterviewPlan(questions=5, mode="due"), store, now) == [qid]
    assert store.flags(qid).leech  # still marked: the list of leeches keeps it


def test_bury_until_tomorrow_then_back(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    answer(store, "llm-hub#3", 1, START)
    later = START + timedelta(hours=1)
    assert [q for q, _ in store.due(later)] == ["llm-hub#3"]
    store.bury("llm-hub#3", next_day_start(later))
    assert store.due(later) == []
    assert "llm-hub#3" not in plan_questions(kb, InterviewPlan(questions=115, mode="random"), store, later)
    tomorrow = next_day_start(later) + timedelta(minutes=1)
    assert [q for q, _ in store.due(tomorrow)] == ["llm-hub#3"]


def test_cram_leaves_every_due_date_unchanged(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    now = START
    for number in range(1, 11):
        answer(store, f"llm-hub#{number}", 1 + number % 4, now)
    before = store.conn.execute("SELECT * FROM cards ORDER BY question_id").fetchall()
    flags_before = store.conn.execute("SELECT * FROM question_flags ORDER BY question_id").fetchall()
    for week in range(3):
        now += timedelta(days=7)
        ids = plan_questions(kb, InterviewPlan(questions=10, mode="cram", topic=None, seed=week), store, now)
        run = InterviewRun.start(kb, store, InterviewPlan(questions=10, mode="cram", seed=week), ids, clock)
        for i in range(len(ids)):
            run.begin_question()
            if i % 3 == 0:
                run.submit("", skipped=True, now=now)
                run.next_question()
            else:
                run.submit("attention", now=now)
                run.grade(1 + i % 4, now)
        run.finish()
        assert store.session(run.session_id).plan.mode == "cram"
    assert store.conn.execute("SELECT * FROM cards ORDER BY question_id").fetchall() == before
    assert store.conn.execute("SELECT * FROM question_flags ORDER BY question_id").fetchall() == flags_before
    graded = [a.grade for s in store.sessions() if s.plan.mode == "cram" for a in s.answers if not a.skipped]
    assert graded and all(g is not None for g in graded)  # grades are kept, for the record


def test_a_skip_is_scheduled_as_again_without_a_grade(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    run = InterviewRun.start(kb, store, InterviewPlan(questions=2), ["llm-hub#3", "llm-hub#4"], clock)
    run.begin_question()
    submitted = run.submit("half a thought", skipped=True, now=START)
    assert submitted.skip is not None and submitted.skip.grade == 1 and submitted.skip.lapses == 1
    assert store.session(run.session_id).answers[0].grade is None  # recorded as a skip, not graded
    assert store.session(run.session_id).answers[0].skipped
    card = store.conn.execute("SELECT last_grade, due FROM cards WHERE question_id = 'llm-hub#3'").fetchone()
    assert card[0] == 1 and datetime.fromisoformat(card[1]) - START == timedelta(minutes=1)
    # ctrl+z takes the skip back: the question is asked again, with what was typed.
    undone = run.undo()
    assert undone.skipped and run.session.index == 0
    assert store.session(run.session_id).answers == ()
    assert rows(store, "llm-hub#3") == (None, None)
    assert run.begin_question() == "half a thought"


def test_undo_in_an_interview_goes_back_to_the_graded_question(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    run = InterviewRun.start(kb, store, InterviewPlan(questions=2), ["llm-hub#3", "llm-hub#4"], clock)
    run.begin_question()
    run.submit("the kv cache stores keys and values", now=START)
    before = rows(store, "llm-hub#3")
    run.grade(4, START)
    assert run.session.index == 1
    run.undo()
    assert run.session.index == 0 and run.awaiting_grade is not None
    assert rows(store, "llm-hub#3") == before
    run.grade(2, START)
    assert store.session(run.session_id).answers[0].grade == 2
    # The summary's undo: the interview reopens on the answer to grade again.
    run.begin_question()
    run.submit("", now=START)
    run.grade(3, START)
    run.finish()
    assert store.undo(run.session_id).reopened
    assert store.session(run.session_id).status == "interrupted"
    reopened = InterviewRun.resume(kb, store, store.session(run.session_id), clock)
    assert reopened.session.index == 1 and reopened.awaiting_grade is not None
    assert store.session(run.session_id).status == "in_progress"


def test_desired_retention_sets_the_intervals():
    card, _ = review(None, 3, START)
    card, due = review(card, 3, START + timedelta(minutes=10))
    intervals = {}
    for retention in (0.70, 0.90, 0.97):
        _, next_due = review(card, 3, due + timedelta(days=1), retention)
        intervals[retention] = (next_due - due).days
    assert intervals[0.70] > intervals[0.90] > intervals[0.97]
    with pytest.raises(ValueError):
        review(card, 3, START, 0.99)


def test_migration_keeps_a_version_1_database(tmp_path):
    from llmtui.tui.practice.store import MIGRATIONS

    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.executescript(MIGRATIONS[1] + ";PRAGMA user_version = 1;")
    conn.execute("INSERT INTO cards VALUES ('llm-hub#1', ?, '2026-01-01T00:00:00+00:00', 3, 1)", (review(None, 3, START)[0],))
    conn.commit()
    conn.close()
    store = HistoryStore.open(tmp_path).store
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] >= 2
    assert [q for q, _ in store.due(START)] == ["llm-hub#1"]
    _, graded = answer(store, "llm-hub#1", 1, START)
    assert graded.lapses == 1


def test_undo_takes_back_the_grade_not_a_suspend_or_bury_chosen_since(tmp_path):
    store = HistoryStore.open(tmp_path).store
    sid, _ = answer(store, "llm-hub#3", 1, START, skipped=True)  # a skip: scheduled as Again, one lapse
    store.suspend("llm-hub#3")  # then the user suspends it on the skip's feedback
    store.bury("llm-hub#4", START + timedelta(days=1))
    answer(store, "llm-hub#4", 1, START)
    store.undo()
    store.undo()
    flags, buried = store.flags("llm-hub#3"), store.flags("llm-hub#4")
    assert (flags.lapses, flags.suspended) == (0, True)  # the lapse is taken back, the suspend stays
    assert (buried.lapses, buried.buried_until) == (0, (START + timedelta(days=1)).isoformat())


def test_undo_of_the_again_that_made_a_leech_takes_back_its_suspension(tmp_path):
    store = HistoryStore.open(tmp_path).store
    now = START
    for _ in range(LEECH_LAPSES - 1):
        answer(store, "llm-hub#5", 1, now)
        now += timedelta(days=1)
    before = rows(store, "llm-hub#5")
    _, graded = answer(store, "llm-hub#5", 1, now)
    assert graded.leech and store.flags("llm-hub#5").suspended
    store.undo()
    assert rows(store, "llm-hub#5")[1] == before[1]  # not a leech, not suspended, lapses as they were
