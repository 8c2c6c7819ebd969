"""History keeps each answer's key points and flags; older histories still open; weak mode follows missed points."""

from __future__ import annotations

import json
import sqlite3

from llmtui.tui.entry import main
from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan, PointOutcome
from llmtui.tui.practice.keypoints import ScoringSource
from llmtui.tui.practice.planner import plan_questions
from llmtui.tui.practice.runner import InterviewRun
from llmtui.tui.practice.store import DB_NAME, MIGRATIONS, SCHEMA_VERSION, HistoryStore


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_history_from_before_key_points_opens_and_reads(tmp_path):
    # A database exactly as the first schema left it, with one answer in it.
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.executescript(MIGRATIONS[1])
    conn.execute("INSERT INTO sessions VALUES (1, '2026-01-01T00:00:00+00:00', NULL, 'interrupted', '{}', 0, '[\"p#1\"]')")
    conn.execute("INSERT INTO answers (session_id, position, question_id, title, answer, seconds, overtime, coverage,"
                 " grade, skipped, covered, missed, submitted_at) VALUES (1, 0, 'p#1', 'T', 'old answer', 5, 0, 0.5, 3,"
                 " 0, '[\"KV cache\"]', '[\"HBM\"]', '2026-01-01T00:00:05+00:00')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = HistoryStore.open(tmp_path).store
    assert store.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    (answer,) = store.session(1).answers
    assert answer.answer == "old answer" and answer.missed == ("HBM",) and answer.points == () and answer.flags == ()
    assert store.interrupted()[0].id == 1  # still resumable


def test_key_points_and_flags_are_stored_and_in_history_json(capsys, data_dir):
    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
    points = [PointOutcome("K/V of past tokens are cached", "covered", "we keep K and V"),
              PointOutcome("Per-step cost becomes linear", "missed")]
    store.record_answer(sid, 0, AnswerRecord("llm-hub#3", "we keep K and V", 9.0, 0.0, 0.45, points=points,
                                             flags=["echo"]), "Q3")
    store.close()
    assert main(["history", "--json"]) == 0
    (answer,) = json.loads(capsys.readouterr().out)["sessions"][0]["answers"]
    assert answer["points"] == [{"text": "K/V of past tokens are cached", "status": "covered", "evidence": "we keep K and V"},
                                {"text": "Per-step cost becomes linear", "status": "missed", "evidence": ""}]
    assert answer["flags"] == ["echo"]


def test_an_interview_stores_key_points_and_their_concepts(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    clock = Clock()
    run = InterviewRun.start(kb, store, InterviewPlan(questions=2, minutes=3), ["llm-hub#3", "llm-hub#5"], clock,
                             scoring=ScoringSource(kb))
    run.prepare()
    run.begin_question()
    clock.now = 40.0
    submitted = run.submit("The KV cache stores the keys and values of past tokens so each decode step reuses them "
                           "instead of recomputing the whole prefix.")
    assert submitted.scored is not None and submitted.scored.covered
    run.grade(1)  # the user's own grade, whatever was suggested
    run.begin_question()
    skipped = run.submit("", skipped=True)
    assert skipped.suggested_grade == 1 and all(p.status == "missed" for p in skipped.record.points)
    run.grade(2)
    first, second = store.session(run.session_id).answers
    assert first.grade == 1 and [p.status for p in first.points] == [p.status.value for p in submitted.scored.points]
    assert "KV cache" in first.covered
    assert first.missed and not set(first.missed) & set(first.covered)
    assert second.skipped and second.points and all(p.status == "missed" for p in second.points)


def test_weak_mode_draws_on_missed_key_points(kb, tmp_path):
    store = HistoryStore.open(tmp_path).store
    clock = Clock()
    run = InterviewRun.start(kb, store, InterviewPlan(questions=1), ["llm-hub#5"], clock, scoring=ScoringSource(kb))
    run.begin_question()
    run.submit("Not sure, something with memory.")
    run.grade(1)
    run.finish()
    assert store.missed_point_shares()["llm-hub#5"] == 1.0
    drawn = plan_questions(kb, InterviewPlan(questions=3, mode="weak", seed=1), store)
    assert drawn[0] == "llm-hub#5"
