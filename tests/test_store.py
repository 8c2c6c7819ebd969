"""History: committed on submit, recovered after a crash, corrupt and locked databases handled."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading

import pytest

from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
from llmtui.tui.practice.store import DB_NAME, SCHEMA_VERSION, HistoryStore, StoreLocked


def test_answers_are_committed_and_read_back(tmp_path):
    store = HistoryStore.open(tmp_path).store
    sid = store.start_session(InterviewPlan(questions=2), ["p#1", "p#2"])
    store.record_answer(sid, 0, AnswerRecord("p#1", "my answer", 12.5, 0.0, 0.5, covered=["A"], missed=["B"]), "T1")
    # A second connection sees it at once: it was committed, not buffered.
    other = sqlite3.connect(tmp_path / DB_NAME)
    assert other.execute("SELECT answer FROM answers").fetchone() == ("my answer",)
    due = store.grade(sid, 0, "p#1", 3).due
    session = store.sessions()[0]
    assert session.status == "in_progress" and session.answers[0].grade == 3
    assert store.upcoming()[0] == ("p#1", due.isoformat())
    assert {t.name: (t.covered, t.missed) for t in store.concept_tallies().values()} == {"A": (1, 0), "B": (0, 1)}


def test_has_history_only_once_something_is_answered(tmp_path):
    # Start-up skips reconciling a 100k-question bank against an empty history.
    store = HistoryStore.open(tmp_path).store
    assert not store.has_history()
    sid = store.start_session(InterviewPlan(), ["p#1"])
    assert not store.has_history()  # a session with no answer yet
    store.record_answer(sid, 0, AnswerRecord("p#1", "x"))
    assert store.has_history()


def test_schema_is_versioned(tmp_path):
    HistoryStore.open(tmp_path).store.close()
    assert sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_session_of_a_dead_process_is_marked_interrupted(tmp_path):
    store = HistoryStore.open(tmp_path).store
    sid = store.start_session(InterviewPlan(), ["p#1"])
    store.save_draft(sid, 0, "half an answ")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    store.conn.execute("UPDATE sessions SET pid = ? WHERE id = ?", (int(dead.stdout), sid))
    store.close()
    reopened = HistoryStore.open(tmp_path).store
    assert [s.id for s in reopened.interrupted()] == [sid]
    assert reopened.draft(sid, 0) == "half an answ"


def test_corrupt_database_is_moved_aside_not_deleted(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)
    (tmp_path / (DB_NAME + "-wal")).write_bytes(b"junk")
    result = HistoryStore.open(tmp_path)
    assert "moved to" in result.notice
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("corrupt-")]
    assert len(aside) == 1
    assert (aside[0] / DB_NAME).read_bytes().startswith(b"this is not a database")
    assert (aside[0] / (DB_NAME + "-wal")).read_bytes() == b"junk"
    assert result.store.sessions() == []  # a fresh, working database


def test_locked_database_waits_then_says_so(tmp_path):
    HistoryStore.open(tmp_path).store.close()
    blocker = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        store = HistoryStore.connect(tmp_path / DB_NAME)
        # It waits (SQLite's busy timeout) before giving up, and then says so.
        assert store.conn.execute("PRAGMA busy_timeout").fetchone() == (2000,)
        with pytest.raises(StoreLocked, match="locked by another program"):
            store.start_session(InterviewPlan(), ["p#1"])
    finally:
        blocker.execute("ROLLBACK")


def test_opening_waits_out_another_llmtuis_slow_first_run_then_writes_wait_less(tmp_path):
    other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")  # as another first run creating the schema holds it, slowly on a busy machine
    release = threading.Timer(5.0, other.execute, ["COMMIT"])  # longer than a write would wait, twice over
    release.start()
    try:
        result = HistoryStore.open(tmp_path)
    finally:
        release.join()
        other.close()
    assert result.notice == "" and result.store.writable
    assert result.store.conn.execute("PRAGMA busy_timeout").fetchone() == (2000,)


def test_read_only_store_still_accepts_writes_in_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    result = HistoryStore.open(tmp_path / "ro")
    assert "read-only" in result.notice
    sid = result.store.start_session(InterviewPlan(), ["p#1"])
    result.store.record_answer(sid, 0, AnswerRecord("p#1", "x"))
    assert not (tmp_path / "ro" / DB_NAME).exists()


def _answer(store, qid, title):
    sid = store.start_session(InterviewPlan(), [qid])
    store.record_answer(sid, 0, AnswerRecord(qid, "an answer", 5.0), title)
    store.grade(sid, 0, qid, 3)


def test_pack_edits_keep_history(tmp_path):
    store = HistoryStore.open(tmp_path).store
    _answer(store, "notes#1", "What is a tokenzier?")  # a typo, fixed later
    _answer(store, "notes#2", "What is beam search?")
    _answer(store, "notes#3", "What is a question that was deleted?")
    # The pack was edited: typo fixed in #1, a new question inserted before beam search.
    titles = {"notes#1": "What is a tokenizer?", "notes#2": "What is nucleus sampling?", "notes#3": "What is beam search?"}
    result = store.reconcile(titles)
    assert [(m.old, m.new) for m in result.moved] == [("notes#2", "notes#3")]
    assert result.orphaned == result.orphans == ("notes#3",)  # the deleted question's old id
    ids = [a.question_id for s in store.sessions() for a in s.answers]
    assert ids == ["notes#1", "notes#3", "orphan:notes#3"]  # kept, but not on the new notes#3
    assert {q for q, _ in store.upcoming()} == {"notes#1", "notes#3", "orphan:notes#3"}
    again = store.reconcile(titles)  # stable on the next run
    assert not again.changed and again.orphans == ("notes#3",)
