"""Interview history in SQLite. Pure: no textual.

Every submitted answer is committed when it is submitted (WAL, each write in
``BEGIN IMMEDIATE``); drafts are saved every few seconds. A session left
``in_progress`` by a process that is gone is marked ``interrupted`` on the next
open and can be resumed. A corrupt database is moved aside, never deleted.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .engine import AnswerRecord, InterviewPlan
from .records import ConceptTally, Session, StoredAnswer, concept_tallies
from .scheduling import review

DB_NAME = "history.sqlite3"
SCHEMA_VERSION = 1
LOCK_TIMEOUT = 2.0
ORPHAN = "orphan:"  # prefix of question ids whose question left its pack

MIGRATIONS = {
    1: """
    CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
        status TEXT NOT NULL, plan TEXT NOT NULL, pid INTEGER, questions TEXT NOT NULL);
    CREATE TABLE answers (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),
        position INTEGER NOT NULL, question_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', answer TEXT NOT NULL,
        seconds REAL NOT NULL, overtime REAL NOT NULL, coverage REAL, grade INTEGER, skipped INTEGER NOT NULL,
        covered TEXT NOT NULL, missed TEXT NOT NULL, submitted_at TEXT NOT NULL, UNIQUE(session_id, position));
    CREATE TABLE drafts (session_id INTEGER NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL,
        saved_at TEXT NOT NULL, PRIMARY KEY(session_id, position));
    CREATE TABLE cards (question_id TEXT PRIMARY KEY, card TEXT NOT NULL, due TEXT NOT NULL,
        last_grade INTEGER, reviews INTEGER NOT NULL DEFAULT 0);
    """,
}


class StoreError(Exception):
    """A history problem to tell the user in one line."""


class StoreLocked(StoreError):
    pass


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(slots=True)
class OpenResult:
    store: HistoryStore
    notice: str = ""  # something the user must be told (moved aside, read-only …)


class HistoryStore:
    def __init__(self, conn: sqlite3.Connection, path: Path | None, writable: bool = True) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path) -> OpenResult:
        path = folder / DB_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
        except OSError:
            writable = False
        if not writable:
            return OpenResult(cls.in_memory(), f"{folder} is read-only: history will not be saved this time.")
        try:
            store = cls.connect(path)
            store._check()
            store._migrate()
        except StoreLocked:
            raise
        except sqlite3.DatabaseError as exc:
            aside = cls._move_aside(path)
            store = cls.connect(path)
            store._migrate()
            return OpenResult(store, f"History database was unreadable ({exc}); moved to {aside}, started a fresh one.")
        store.mark_interrupted()
        return OpenResult(store)

    @classmethod
    def in_memory(cls) -> HistoryStore:
        store = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), None, writable=False)
        store._migrate()
        return store

    @classmethod
    def connect(cls, path: Path) -> HistoryStore:
        """Connect to the database file ``path`` as is: no checks, no migration (:meth:`open` does both)."""
        conn = sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreLocked(f"{path}: history is in use by another llmtui; close it and try again") from None
            raise
        return cls(conn, path)

    def _check(self) -> None:
        row = self.conn.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {row[0] if row else 'no answer'}")

    @staticmethod
    def _move_aside(path: Path) -> Path:
        folder = path.parent / f"corrupt-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}"
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(path) + suffix)
            if part.exists():
                shutil.move(str(part), folder / part.name)
        return folder

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer llmtui (schema {version})")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreLocked(f"{self.path}: history is locked by another llmtui ({exc})") from None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    # -- sessions ------------------------------------------------------------
    def start_session(self, plan: InterviewPlan, question_ids: Sequence[str]) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (started_at, status, plan, pid, questions) VALUES (?, 'in_progress', ?, ?, ?)",
                (utcnow(), json.dumps(plan.to_dict()), os.getpid(), json.dumps(list(question_ids))),
            )
            return int(cur.lastrowid)

    def mark_interrupted(self) -> int:
        rows = self.conn.execute("SELECT id, pid FROM sessions WHERE status = 'in_progress'").fetchall()
        dead = [sid for sid, pid in rows if not _pid_alive(pid)]
        if dead:
            with self.transaction() as conn:
                conn.executemany("UPDATE sessions SET status = 'interrupted' WHERE id = ?", [(s,) for s in dead])
        return len(dead)

    def resume_session(self, session_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE sessions SET status = 'in_progress', pid = ? WHERE id = ?", (os.getpid(), session_id))

    def interrupt_session(self, session_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE sessions SET status = 'interrupted' WHERE id = ?", (session_id,))

    def finish_session(self, session_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE sessions SET status = 'completed', finished_at = ? WHERE id = ?", (utcnow(), session_id))
            conn.execute("DELETE FROM drafts WHERE session_id = ?", (session_id,))

    def save_draft(self, session_id: int, position: int, text: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?)", (session_id, position, text, utcnow()))

    def draft(self, session_id: int, position: int) -> str:
        row = self.conn.execute("SELECT text FROM drafts WHERE session_id = ? AND position = ?",
                                (session_id, position)).fetchone()
        return row[0] if row else ""

    def record_answer(self, session_id: int, position: int, record: AnswerRecord, title: str = "") -> None:
        """Commit one submitted (or skipped) answer now."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO answers (session_id, position, question_id, title, answer, seconds, overtime,"
                " coverage, grade, skipped, covered, missed, submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (session_id, position, record.question_id, title, record.answer, record.seconds, record.overtime,
                 record.coverage, record.grade, int(record.skipped), json.dumps(record.covered),
                 json.dumps(record.missed), utcnow()),
            )
            conn.execute("DELETE FROM drafts WHERE session_id = ? AND position = ?", (session_id, position))

    def grade(self, session_id: int, position: int, question_id: str, grade: int, now: datetime | None = None) -> datetime:
        """Store the self-grade and schedule the question's next review with FSRS."""
        row = self.conn.execute("SELECT card, reviews FROM cards WHERE question_id = ?", (question_id,)).fetchone()
        card, due = review(row[0] if row else None, grade, now)
        with self.transaction() as conn:
            conn.execute("UPDATE answers SET grade = ? WHERE session_id = ? AND position = ?", (grade, session_id, position))
            conn.execute("INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?)",
                         (question_id, card, due.isoformat(), grade, (row[1] if row else 0) + 1))
        return due

    # -- reading -------------------------------------------------------------
    def has_history(self) -> bool:
        """Any answer or review card stored at all (a first run has none)."""
        return (self.conn.execute("SELECT 1 FROM answers LIMIT 1").fetchone() is not None
                or self.conn.execute("SELECT 1 FROM cards LIMIT 1").fetchone() is not None)

    def sessions(self, session_id: int | None = None) -> list[Session]:
        """Every interview (or only ``session_id``), oldest first, with its answers (two queries in all)."""
        one = session_id is not None
        args = (session_id,) if one else ()
        answers: dict[int, list[StoredAnswer]] = {}
        for sid, position, *fields, skipped, covered, missed in self.conn.execute(
            "SELECT session_id, position, question_id, title, answer, seconds, overtime, coverage, grade, skipped,"
            f" covered, missed FROM answers {'WHERE session_id = ?' if one else ''} ORDER BY session_id, position", args
        ):
            answers.setdefault(sid, []).append(
                StoredAnswer(position, *fields, bool(skipped), tuple(json.loads(covered)), tuple(json.loads(missed))))
        return [
            Session(sid, started, finished, status, InterviewPlan.from_dict(json.loads(plan)),
                    tuple(json.loads(questions)), tuple(answers.get(sid, ())))
            for sid, started, finished, status, plan, questions in self.conn.execute(
                f"SELECT id, started_at, finished_at, status, plan, questions FROM sessions {'WHERE id = ?' if one else ''}"
                " ORDER BY id", args)
        ]

    def session(self, session_id: int) -> Session:
        found = self.sessions(session_id)
        if not found:
            raise KeyError(session_id)
        return found[0]

    def due(self, now: datetime | None = None) -> list[tuple[str, str]]:
        now_text = (now or datetime.now(UTC)).isoformat()
        return list(self.conn.execute("SELECT question_id, due FROM cards WHERE due <= ? ORDER BY due", (now_text,)))

    def upcoming(self, limit: int = 10) -> list[tuple[str, str]]:
        return list(self.conn.execute("SELECT question_id, due FROM cards ORDER BY due LIMIT ?", (limit,)))

    def concept_tallies(self) -> dict[str, ConceptTally]:
        """Per concept: times covered and missed over every answer in history."""
        return concept_tallies(
            StoredAnswer(0, "", "", "", 0.0, 0.0, None, None, False, tuple(json.loads(c)), tuple(json.loads(m)))
            for c, m in self.conn.execute("SELECT covered, missed FROM answers")
        )

    def reconcile(self, titles: dict[str, str]) -> tuple[dict[str, str], list[str]]:
        """Keep history attached to questions after their packs were edited.

        ``titles`` maps every current question id to its title. An id whose
        stored title still resembles the current one is kept (a fixed typo
        keeps its history); one whose question moved is re-linked to the
        question in the same pack with (nearly) the stored title; the rest are
        orphans, reported and kept. Returns (re-linked old → new, orphan ids).
        """
        from rapidfuzz import fuzz, process

        stored: dict[str, str] = {}
        for qid, title in self.conn.execute("SELECT question_id, title FROM answers ORDER BY id"):
            stored[qid] = title
        for (qid,) in self.conn.execute("SELECT question_id FROM cards"):
            stored.setdefault(qid, "")
        by_pack: dict[str, dict[str, str]] = {}  # built on first need: at 100k questions it costs ~50 ms

        def pack_titles(pack: str) -> dict[str, str]:
            if not by_pack:
                for qid, title in titles.items():
                    by_pack.setdefault(qid.split("#", 1)[0], {})[qid] = title
                by_pack.setdefault("", {})  # built, even if no pack matched
            return by_pack.get(pack, {})

        moved: dict[str, str] = {}
        orphans: list[str] = []
        for qid, title in stored.items():
            if qid.startswith(ORPHAN):
                orphans.append(qid[len(ORPHAN):])
                continue
            current = titles.get(qid)
            if current is not None and (not title or fuzz.ratio(title, current) >= 60):
                continue
            candidates = pack_titles(qid.split("#", 1)[0])
            best = process.extractOne(title, candidates, scorer=fuzz.ratio, score_cutoff=90) if title else None
            if best is not None:
                moved[qid] = best[2]
            else:
                orphans.append(qid)
        # Orphans move out of the way (renamed, never deleted) so a new question
        # that now has their id does not inherit their history.
        remap = {**{q: ORPHAN + q for q in orphans if not q.startswith(ORPHAN) and q in stored}, **moved}
        remap = {old: new for old, new in remap.items() if old in stored and not old.startswith(ORPHAN)}
        if remap and self.writable:
            with self.transaction() as conn:
                rows = conn.execute("SELECT id, question_id FROM answers").fetchall()
                conn.executemany("UPDATE answers SET question_id = ? WHERE id = ?",
                                 [(remap[q], rid) for rid, q in rows if q in remap])
                cards = conn.execute("SELECT question_id, card, due, last_grade, reviews FROM cards").fetchall()
                keep: dict[str, tuple] = {}
                for qid, *rest in cards:
                    new = remap.get(qid, qid)
                    if new not in keep or rest[3] > keep[new][3]:
                        keep[new] = tuple(rest)
                conn.execute("DELETE FROM cards")
                conn.executemany("INSERT INTO cards VALUES (?, ?, ?, ?, ?)", [(q, *r) for q, r in keep.items()])
        return moved, sorted(orphans)

    def interrupted(self) -> list[Session]:
        return [s for s in self.sessions() if s.status == "interrupted"]
