"""Interview history in SQLite. Pure: no textual.

Every submitted answer is committed when it is submitted (WAL, each write in
``BEGIN IMMEDIATE``); drafts are saved every few seconds. A session left
``in_progress`` by a process that is gone is marked ``interrupted`` on the next
open and can be resumed.

Errors are told apart. Only a database that SQLite calls corrupt, or that fails
its integrity check, is moved aside: into a folder of its own (never over an
earlier copy), and only when no other process has it open. A full disk, an I/O
error, a lock or a read-only folder leaves the file exactly as it is: writes
raise a :class:`StoreError` the caller tells in one line and retries, and
opening falls back to a read-only copy so history can still be read.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BufferedRandom
from pathlib import Path
from typing import NamedTuple

from ..wording import sentence
from .engine import AnswerRecord, InterviewPlan, PointOutcome
from .errors import StoreCorrupt, StoreError, StoreFull, StoreLocked, StoreUnavailable
from .records import (
    CardRow,
    ConceptTally,
    FlagsRow,
    Graded,
    QuestionFlags,
    ReviewRow,
    Session,
    StoredAnswer,
    Undone,
    concept_tallies,
)
from .scheduling import DEFAULT_RETENTION, LEECH_LAPSES, LEECH_WARN_EVERY, review, review_kind

try:
    import fcntl
except ImportError:  # not POSIX: no cross-process lock, so a damaged database is never moved
    fcntl = None  # type: ignore[assignment]

DB_NAME = "history.sqlite3"
LOCK_NAME = "history.lock"  # every llmtui with history open holds a shared lock on it
SCHEMA_VERSION = 4
LOCK_TIMEOUT = 2.0  # seconds a write waits for another writer (the CLI)
OPEN_WAIT = 10.0  # opening waits longer: first runs started together queue to create the schema, slowly on a busy machine
UI_WAIT = 0.25  # the app's writes wait less: the UI thread must not stall, it retries instead
ORPHAN = "orphan:"  # prefix of question ids whose question left its (loaded) pack; the id follows it
ASIDE_PREFIX = "corrupt-"
SAME_TITLE = 60  # title similarity (0-100) under which an id is taken to hold another question now
MOVED_TITLE = 90  # similarity a moved question's title needs to be re-linked (with no second candidate)

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
    # Study discipline (issue 16): lapses, leeches, suspend and bury per question (a question
    # need not have a card to be suspended), and a log of every grade and skip that keeps the
    # rows it replaced, so an undo restores them as they were stored.
    2: """
    CREATE TABLE question_flags (question_id TEXT PRIMARY KEY, lapses INTEGER NOT NULL DEFAULT 0,
        leech INTEGER NOT NULL DEFAULT 0, suspended INTEGER NOT NULL DEFAULT 0, buried_until TEXT);
    CREATE TABLE reviews (id INTEGER PRIMARY KEY, question_id TEXT NOT NULL, session_id INTEGER, position INTEGER,
        grade INTEGER NOT NULL, skipped INTEGER NOT NULL DEFAULT 0, scheduled INTEGER NOT NULL,
        kind TEXT NOT NULL, seconds REAL NOT NULL DEFAULT 0, reviewed_at TEXT NOT NULL,
        card_before TEXT, flags_before TEXT);
    CREATE INDEX reviews_by_time ON reviews(reviewed_at);
    """,
    # Key points (issue 12): each answer keeps its key points' statuses with their evidence, and the
    # guards' flags. Answers from before keep empty lists (they were scored by concepts).
    3: """
    ALTER TABLE answers ADD COLUMN points TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE answers ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
    """,
    # The time a draft's question had used: a resumed interview keeps the time that is left.
    4: """
    ALTER TABLE drafts ADD COLUMN seconds REAL NOT NULL DEFAULT 0;
    """,
}

# SQLite's primary result codes that matter here (the low byte of an extended code).
_CORRUPT, _NOTADB = 11, 26
_BUSY, _LOCKED = 5, 6
_FULL = 13


def store_error(exc: sqlite3.Error, path: Path | None) -> StoreError:
    """The :class:`StoreError` an SQLite error means: corrupt only when SQLite says so, else operational.

    >>> store_error(sqlite3.OperationalError("database is locked"), None).reason
    'history is locked by another program'
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    where = f"{path}: " if path is not None else ""
    if primary in (_CORRUPT, _NOTADB):
        return StoreCorrupt(f"{where}damaged database ({text})")
    if primary in (_BUSY, _LOCKED) or (primary is None and ("locked" in text or "busy" in text)):
        return StoreLocked(f"{where}history is locked by another program ({text}); try again when it is closed")
    if primary == _FULL or (primary is None and "full" in text) or (path is not None and _disk_full(path.parent)):
        return StoreFull(f"{where}the disk is full ({text}); nothing was changed")
    return StoreUnavailable(f"{where}{text}")


def _disk_full(folder: Path) -> bool:
    """No block left for us on ``folder``'s file system (SQLite reports a full disk as an I/O error at times)."""
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):
        return False


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


class HolderLock:
    """A shared ``flock`` on ``history.lock`` held by every llmtui that has history open.

    Setting a damaged database aside needs it exclusively, so a database another
    llmtui is using is never moved from under it. Without the lock file (a
    read-only folder, no ``fcntl``) nothing can be proved, so nothing is moved.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: BufferedRandom | None = None
        if fcntl is None:
            return
        try:
            self.handle = open(path, "a+b", opener=lambda p, flags: os.open(p, flags | os.O_CLOEXEC, 0o600))  # noqa: SIM115
        except OSError:
            self.handle = None

    def _flock(self, flags: int) -> bool:
        if self.handle is None or fcntl is None:
            return False
        try:
            fcntl.flock(self.handle.fileno(), flags | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def share(self, wait: float = LOCK_TIMEOUT) -> bool:
        """Take the shared lock, waiting up to ``wait`` seconds while another llmtui sets a database aside."""
        if fcntl is None:
            return False
        deadline = time.monotonic() + wait
        while not self._flock(fcntl.LOCK_SH):
            if self.handle is None or time.monotonic() >= deadline:
                return False
            time.sleep(0.02)
        return True

    def exclusive(self) -> bool:
        """The exclusive lock now, or False if any other llmtui holds the lock."""
        return fcntl is not None and self._flock(fcntl.LOCK_EX)

    def close(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
            self.handle = None


def _open_elsewhere(path: Path) -> bool:
    """Whether another process (any program, where ``/proc`` shows it) has ``path`` open."""
    try:
        target = path.stat()
    except OSError:
        return False
    proc = Path("/proc")
    if not proc.is_dir():
        return False
    mine = str(os.getpid())
    for entry in proc.iterdir():
        if not entry.name.isdigit() or entry.name == mine:
            continue
        try:
            for fd in (entry / "fd").iterdir():
                with contextlib.suppress(OSError):
                    info = os.stat(fd)
                    if info.st_ino == target.st_ino and info.st_dev == target.st_dev:
                        return True
        except OSError:
            continue  # gone, or not ours to look at
    return False


def _create_private(path: Path) -> None:
    """Create the database file 0600 (SQLite gives its -wal and -shm the same mode); tighten an existing one.

    Anything but a regular file under that name is refused, never opened.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        try:
            os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600))
        except FileExistsError:
            pass  # another llmtui made it a moment ago
        except OSError as exc:
            raise _os_error(exc, path) from None
        return
    if not stat.S_ISREG(info.st_mode):
        raise StoreUnavailable(f"{path}: not a regular file; history needs it to be one")
    if info.st_mode & 0o077 and info.st_uid == os.getuid():
        with contextlib.suppress(OSError):
            os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)  # others could read the answers


def _operational(error: StoreError) -> StoreError:
    """After the read-only probe found the file sound, a read-write open never calls it damaged: nothing is moved."""
    return StoreUnavailable(str(error)) if isinstance(error, StoreCorrupt) else error


def _os_error(exc: OSError, path: Path) -> StoreError:
    import errno

    text = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StoreFull(f"{path}: the disk is full ({text}); nothing was changed")
    return StoreUnavailable(f"{path}: {text}")


def _json_list(text: str) -> list[object]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return data if isinstance(data, list) else []


def _points(text: str) -> tuple[PointOutcome, ...]:
    return tuple(p for p in map(PointOutcome.from_dict, _json_list(text)) if p is not None)


def _strings(text: str) -> tuple[str, ...]:
    return tuple(s for s in _json_list(text) if isinstance(s, str))


@dataclass(slots=True)
class OpenResult:
    store: HistoryStore
    notice: str = ""  # something the user must be told (moved aside, read-only …)


@dataclass(frozen=True, slots=True)
class Relink:
    """History of ``old`` now attached to ``new``: found by its title, in the same pack, with no other candidate."""

    old: str
    new: str
    stored_title: str
    title: str


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """What :meth:`HistoryStore.reconcile` changed, to be reported."""

    moved: tuple[Relink, ...] = ()  # re-linked by title (fuzzy): always reported one by one
    restored: tuple[str, ...] = ()  # orphans whose question is back under the same id and title
    orphaned: tuple[str, ...] = ()  # ids that left their loaded pack this run
    orphans: tuple[str, ...] = ()  # every orphan of a loaded pack (kept, not shown)
    skipped: tuple[str, ...] = field(default=())  # packs in history but not loaded: left untouched

    @property
    def changed(self) -> bool:
        return bool(self.moved or self.restored or self.orphaned)

    def summary(self) -> str:
        """One line for the user.

        >>> Reconciliation(moved=(Relink("p#4", "p#5", "What is X?", "What is X?"),), orphaned=("p#9",)).summary()
        'Packs changed: 1 re-linked by title (p#4 → p#5), 0 restored, 1 no longer in its pack (kept, not shown).'
        """
        moved = ", ".join(f"{m.old} → {m.new}" for m in self.moved[:5]) + (" …" if len(self.moved) > 5 else "")
        return (f"Packs changed: {len(self.moved)} re-linked by title" + (f" ({moved})" if moved else "")
                + f", {len(self.restored)} restored, {len(self.orphaned)} no longer in its pack (kept, not shown).")


class HistoryVersion(NamedTuple):
    """A point in the history's life (see :attr:`HistoryStore.changes`)."""

    others: int  # SQLite's data_version: moves when another connection commits
    own: int  # rows written through this connection


class HistoryStore:
    def __init__(self, conn: sqlite3.Connection, path: Path | None, writable: bool = True,
                 lock: HolderLock | None = None) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable
        self.lock = lock

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, wait: float = OPEN_WAIT) -> OpenResult:
        """The history in ``folder``, never losing it: see the module docstring for what happens when."""
        path = folder / DB_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
        except OSError:
            writable = False
        if not writable:
            what = "is not a folder" if folder.exists() and not folder.is_dir() else "is read-only"
            return OpenResult(cls.snapshot(path), f"{folder} {what}: history will not be saved this time.")
        lock = HolderLock(folder / LOCK_NAME)
        lock.share(wait)
        try:
            store = cls._open_file(path, wait, lock)
        except StoreCorrupt as exc:
            return cls._set_aside(path, lock, exc, wait)
        except StoreError as exc:
            lock.close()
            # The file stays as it is; what can be read is shown, nothing is written.
            return OpenResult(cls.snapshot(path), f"{sentence(str(exc))} History is read-only this run.")
        return OpenResult(store)

    @classmethod
    def _open_file(cls, path: Path, wait: float, lock: HolderLock | None = None) -> HistoryStore:
        _create_private(path)
        cls._probe(path, wait)
        try:
            conn = sqlite3.connect(path, timeout=wait, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _operational(store_error(exc, path)) from None
        store = cls(conn, path, lock=lock)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            store._migrate()
        except (sqlite3.Error, StoreError) as exc:
            conn.close()
            raise _operational(store_error(exc, path) if isinstance(exc, sqlite3.Error) else exc) from None
        store.set_wait(min(wait, LOCK_TIMEOUT))
        with contextlib.suppress(StoreError):
            store.mark_interrupted()  # a lock or a full disk: done on a later open
        return store

    @staticmethod
    def _probe(path: Path, wait: float) -> None:
        """Raise :class:`StoreCorrupt` if SQLite calls the file damaged, reading it only.

        A read-only connection never checkpoints or deletes the -wal file on
        close, so a damaged database is set aside with everything it had.
        Operational errors here are left to the read-write open that follows.
        """
        try:
            probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=wait)
        except sqlite3.Error:
            return
        try:
            row = probe.execute("PRAGMA quick_check").fetchone()
        except sqlite3.Error as exc:
            error = store_error(exc, path)
            if isinstance(error, StoreCorrupt):
                raise error from None
            return
        finally:
            probe.close()
        if row is None or row[0] != "ok":
            raise StoreCorrupt(f"{path}: integrity check failed: {row[0] if row else 'no answer'}")

    @classmethod
    def _set_aside(cls, path: Path, lock: HolderLock, error: StoreError, wait: float) -> OpenResult:
        """Move a damaged database into a new folder beside it and start a fresh one, if nobody else has it open."""
        if not lock.exclusive() or _open_elsewhere(path):
            lock.close()
            return OpenResult(cls.in_memory(), f"{error}; another program has it open, so it was left as it is. "
                                               "History will not be saved this run.")
        try:
            aside = Path(tempfile.mkdtemp(prefix=f"{ASIDE_PREFIX}{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}-",
                                          dir=path.parent))
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(path) + suffix)
                if os.path.lexists(part):
                    os.rename(part, aside / part.name)  # same folder, same file system: a rename, never a copy
        except OSError as exc:
            lock.close()
            return OpenResult(cls.in_memory(), f"{error}; it could not be moved aside ({exc.strerror or exc}), so it was "
                                               "left as it is. History will not be saved this run.")
        try:
            store = cls._open_file(path, wait, lock)
        except StoreError as exc:
            lock.close()
            return OpenResult(cls.in_memory(), f"{error}; moved to {aside}, but a fresh one could not be made ({exc}). "
                                               "History will not be saved this run.")
        lock.share(wait)  # back to shared: other llmtuis may open the fresh one
        return OpenResult(store, f"History database was unreadable ({error}); moved to {aside}, started a fresh one.")

    @classmethod
    def in_memory(cls) -> HistoryStore:
        store = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), None, writable=False)
        store._migrate()
        return store

    @classmethod
    def snapshot(cls, path: Path) -> HistoryStore:
        """A copy in memory of the database at ``path`` as it is (read-only, nothing written to it); empty if unreadable."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        if path.is_file():
            for query in ("mode=ro", "immutable=1"):  # immutable: when even the -shm cannot be made
                try:
                    source = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=LOCK_TIMEOUT)
                    try:
                        source.backup(memory)
                    finally:
                        source.close()
                    break
                except sqlite3.Error:
                    continue
        store = cls(memory, path, writable=False)
        try:
            store._migrate()
        except (sqlite3.Error, StoreError):
            memory.close()
            return cls.in_memory()
        return store

    @classmethod
    def connect(cls, path: Path) -> HistoryStore:
        """Connect to the database file ``path`` as is: no checks, no migration (:meth:`open` does both)."""
        try:
            conn = sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise store_error(exc, path) from None
        return cls(conn, path)

    def set_wait(self, seconds: float) -> None:
        """How long a write waits for another writer before raising :class:`StoreLocked`."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreUnavailable(f"{self.path}: written by a newer llmtui (schema {version})")
        if version == SCHEMA_VERSION:
            return
        with self.transaction():
            # Read again under the write lock: another llmtui may have migrated meanwhile.
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write: committed whole or not at all; SQLite errors come out as :class:`StoreError`."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise store_error(exc, self.path) from None
            raise

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.close()

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

    def save_draft(self, session_id: int, position: int, text: str, seconds: float = 0.0) -> None:
        """Keep what is typed for a question, and the ``seconds`` of its clock used so far."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO drafts (session_id, position, text, saved_at, seconds)"
                         " VALUES (?, ?, ?, ?, ?)", (session_id, position, text, utcnow(), seconds))

    def draft(self, session_id: int, position: int) -> str:
        return self.draft_and_time(session_id, position)[0]

    def draft_and_time(self, session_id: int, position: int) -> tuple[str, float]:
        """A question's draft and the seconds of its clock it had used ("" and 0 if none)."""
        row = self.conn.execute("SELECT text, seconds FROM drafts WHERE session_id = ? AND position = ?",
                                (session_id, position)).fetchone()
        return (row[0], float(row[1])) if row else ("", 0.0)

    def record_answer(self, session_id: int, position: int, record: AnswerRecord, title: str = "") -> None:
        """Commit one submitted (or skipped) answer now."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO answers (session_id, position, question_id, title, answer, seconds, overtime,"
                " coverage, grade, skipped, covered, missed, submitted_at, points, flags)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (session_id, position, record.question_id, title, record.answer, record.seconds, record.overtime,
                 record.coverage, record.grade, int(record.skipped), json.dumps(record.covered),
                 json.dumps(record.missed), utcnow(), json.dumps([p.to_dict() for p in record.points]),
                 json.dumps(record.flags)),
            )
            conn.execute("DELETE FROM drafts WHERE session_id = ? AND position = ?", (session_id, position))

    def grade(self, session_id: int | None, position: int | None, question_id: str, grade: int,
              now: datetime | None = None, *, retention: float = DEFAULT_RETENTION, schedule: bool = True,
              skipped: bool = False, seconds: float = 0.0) -> Graded:
        """Store a self-grade (or a skip, as Again) and, unless ``schedule`` is off (cram), schedule the
        question's next review with FSRS and count its lapses (leech at 8, warned every 4 after).

        The rows this replaces are kept in the review log, so :meth:`undo` puts them back as stored.
        """
        now = now or datetime.now(UTC)
        with self.transaction() as conn:
            # Read inside the write: another llmtui grading the same question cannot slip in between.
            card_row = self._card_row(question_id)
            flags_row = self._flags_row(question_id)
            card_before = json.dumps(list(card_row)) if card_row else None
            flags_before = json.dumps(list(flags_row)) if flags_row else None
            due: datetime | None = None
            flags = QuestionFlags.from_row(question_id, flags_row)
            lapses, leech, warn = flags.lapses, False, False
            kind = review_kind(card_row[1] if card_row else None)
            if schedule:
                card, due = review(card_row[1] if card_row else None, grade, now, retention)
                conn.execute("INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?)",
                             (question_id, card, due.isoformat(), grade, (card_row[4] if card_row else 0) + 1))
                if grade == 1:
                    lapses += 1
                    leech = lapses == LEECH_LAPSES
                    warn = lapses > LEECH_LAPSES and (lapses - LEECH_LAPSES) % LEECH_WARN_EVERY == 0
                    conn.execute(
                        "INSERT INTO question_flags (question_id, lapses, leech, suspended) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT(question_id) DO UPDATE SET lapses = excluded.lapses,"
                        " leech = MAX(leech, excluded.leech), suspended = MAX(suspended, excluded.suspended)",
                        (question_id, lapses, int(leech), int(leech)))
            if session_id is not None and position is not None and not skipped:
                conn.execute("UPDATE answers SET grade = ? WHERE session_id = ? AND position = ?",
                             (grade, session_id, position))
            conn.execute(
                "INSERT INTO reviews (question_id, session_id, position, grade, skipped, scheduled, kind, seconds,"
                " reviewed_at, card_before, flags_before) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (question_id, session_id, position, grade, int(skipped), int(schedule), kind, seconds,
                 now.isoformat(), card_before, flags_before))
        return Graded(question_id, grade, due, lapses, leech, warn, skipped)

    def _card_row(self, question_id: str) -> CardRow | None:
        return self.conn.execute("SELECT question_id, card, due, last_grade, reviews FROM cards WHERE question_id = ?",
                                 (question_id,)).fetchone()

    def _flags_row(self, question_id: str) -> FlagsRow | None:
        return self.conn.execute("SELECT question_id, lapses, leech, suspended, buried_until FROM question_flags"
                                 " WHERE question_id = ?", (question_id,)).fetchone()

    def undo(self, session_id: int | None = None) -> Undone | None:
        """Take back the last grade or skip (of ``session_id``, or of all history); None if there is none.

        The one undo of the app and the CLI. The question's card goes back to
        the row stored before it, byte for byte; of its flags, what the grade
        changed (an Again's lapse, and the suspension of a leech it made), not a
        suspend or bury chosen since. Its interview goes
        back to that question as if the grade or skip had not been made: a
        graded answer waits for a new grade; a skipped answer is removed and
        what was typed before the skip becomes the question's draft, so it is
        asked again. A completed interview becomes interrupted: resuming it
        (history, or the offer at the next start) finishes it again.
        """
        where, args = ("WHERE session_id = ?", (session_id,)) if session_id is not None else ("", ())
        reopened = False
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT id, question_id, session_id, position, grade, skipped, scheduled, card_before, flags_before"
                f" FROM reviews {where} ORDER BY id DESC LIMIT 1", args).fetchone()
            if row is None:
                return None
            rid, qid, sid, position, grade, skipped, scheduled, card_before, flags_before = row
            if scheduled:
                conn.execute("DELETE FROM cards WHERE question_id = ?", (qid,))
                if card_before is not None:
                    conn.execute("INSERT INTO cards VALUES (?, ?, ?, ?, ?)", json.loads(card_before))
                if grade == 1:  # only an Again (or a skip) touched the flags: its lapse, and a leech's suspension
                    self._take_back_lapse(qid, tuple(json.loads(flags_before)) if flags_before is not None else None)
            if sid is not None and position is not None:
                if skipped:
                    typed = conn.execute("SELECT answer, seconds FROM answers WHERE session_id = ? AND position = ?",
                                         (sid, position)).fetchone()
                    conn.execute("DELETE FROM answers WHERE session_id = ? AND position = ?", (sid, position))
                    if typed is not None and typed[0]:
                        conn.execute("INSERT OR REPLACE INTO drafts (session_id, position, text, saved_at, seconds)"
                                     " VALUES (?, ?, ?, ?, ?)", (sid, position, typed[0], utcnow(), typed[1]))
                else:
                    conn.execute("UPDATE answers SET grade = NULL WHERE session_id = ? AND position = ?", (sid, position))
                reopened = conn.execute("UPDATE sessions SET status = 'interrupted', finished_at = NULL"
                                        " WHERE id = ? AND status = 'completed'", (sid,)).rowcount > 0
            conn.execute("DELETE FROM reviews WHERE id = ?", (rid,))
        return Undone(qid, sid, position, grade, bool(skipped), bool(scheduled), reopened)

    def _take_back_lapse(self, question_id: str, before_row: FlagsRow | None) -> None:
        """Put back the lapse count and leech mark from before an Again, and the suspension only if that Again
        made the question a leech: a suspend or bury the user chose since then stays."""
        before = QuestionFlags.from_row(question_id, before_row)
        now = QuestionFlags.from_row(question_id, self._flags_row(question_id))
        suspended = before.suspended if now.leech and not before.leech else now.suspended
        restored = QuestionFlags(question_id, before.lapses, before.leech, suspended, now.buried_until)
        self.conn.execute("DELETE FROM question_flags WHERE question_id = ?", (question_id,))
        if before_row is not None or restored != QuestionFlags(question_id):  # no row before, none chosen since
            self.conn.execute("INSERT INTO question_flags VALUES (?, ?, ?, ?, ?)",
                              (question_id, restored.lapses, int(restored.leech), int(restored.suspended),
                               restored.buried_until))

    # -- suspend, bury, leeches ----------------------------------------------
    def _set_flag(self, question_id: str, column: str, value: object) -> None:
        with self.transaction() as conn:
            conn.execute(f"INSERT INTO question_flags (question_id, {column}) VALUES (?, ?)"
                         f" ON CONFLICT(question_id) DO UPDATE SET {column} = excluded.{column}", (question_id, value))

    def suspend(self, question_id: str, suspended: bool = True) -> None:
        """Leave a question out of every draw until it is unsuspended (unsuspending keeps its leech mark)."""
        self._set_flag(question_id, "suspended", int(suspended))

    def bury(self, question_id: str, until: datetime | None) -> None:
        """Leave a question out of every draw until ``until`` (None unburies)."""
        self._set_flag(question_id, "buried_until", until.isoformat() if until else None)

    def flags(self, question_id: str) -> QuestionFlags:
        return QuestionFlags.from_row(question_id, self._flags_row(question_id))

    def all_flags(self) -> list[QuestionFlags]:
        return [QuestionFlags.from_row(row[0], row) for row in self.conn.execute(
            "SELECT question_id, lapses, leech, suspended, buried_until FROM question_flags ORDER BY question_id")]

    def held_back(self, now: datetime | None = None) -> set[str]:
        """Questions no draw may take now: suspended, or buried until later than ``now``."""
        now_text = (now or datetime.now(UTC)).isoformat()
        return {qid for (qid,) in self.conn.execute(
            "SELECT question_id FROM question_flags WHERE suspended = 1 OR (buried_until IS NOT NULL AND buried_until > ?)",
            (now_text,))}

    # -- reading -------------------------------------------------------------
    @property
    def changes(self) -> HistoryVersion:
        """Where the history stands: what was read at one version may be stale at another. Counts the rows
        written through this store and the commits of every other process (the CLI beside the app).

        >>> store = HistoryStore.in_memory()
        >>> before = store.changes
        >>> store.suspend("p#1")
        >>> store.changes != before
        True
        """
        (others,) = self.conn.execute("PRAGMA data_version").fetchone()
        return HistoryVersion(others, self.conn.total_changes)

    def has_history(self) -> bool:
        """Any answer or review card stored at all (a first run has none)."""
        return (self.conn.execute("SELECT 1 FROM answers LIMIT 1").fetchone() is not None
                or self.conn.execute("SELECT 1 FROM cards LIMIT 1").fetchone() is not None)

    def sessions(self, session_id: int | None = None) -> list[Session]:
        """Every interview (or only ``session_id``), oldest first, with its answers (two queries in all)."""
        one = session_id is not None
        args = (session_id,) if one else ()
        answers: dict[int, list[StoredAnswer]] = {}
        for sid, position, *fields, skipped, covered, missed, points, flags in self.conn.execute(
            "SELECT session_id, position, question_id, title, answer, seconds, overtime, coverage, grade, skipped,"
            f" covered, missed, points, flags FROM answers {'WHERE session_id = ?' if one else ''}"
            " ORDER BY session_id, position", args
        ):
            answers.setdefault(sid, []).append(
                StoredAnswer(position, *fields, bool(skipped), tuple(json.loads(covered)), tuple(json.loads(missed)),
                             _points(points), _strings(flags)))
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
        """(question id, due time) of the reviews due at ``now``, oldest first; suspended and buried ones left out."""
        now_text = (now or datetime.now(UTC)).isoformat()
        held = self.held_back(now)
        return [row for row in self.conn.execute("SELECT question_id, due FROM cards WHERE due <= ? ORDER BY due",
                                                 (now_text,)) if row[0] not in held]

    def next_due_change(self, now: datetime | None = None) -> str | None:
        """The first time after ``now`` at which a review falls due or a burial ends (None: none is coming):
        until then, without a write, :meth:`due` says the same.

        >>> store = HistoryStore.in_memory()
        >>> store.bury("p#1", datetime(2026, 1, 2, 4, tzinfo=UTC))
        >>> store.next_due_change(datetime(2026, 1, 1, tzinfo=UTC)), store.next_due_change(datetime(2026, 1, 3, tzinfo=UTC))
        ('2026-01-02T04:00:00+00:00', None)
        """
        now_text = (now or datetime.now(UTC)).isoformat()
        row = self.conn.execute("SELECT MIN(at) FROM (SELECT MIN(due) AS at FROM cards WHERE due > ?"
                                " UNION ALL SELECT MIN(buried_until) FROM question_flags WHERE buried_until > ?)",
                                (now_text, now_text)).fetchone()
        return row[0] if row is not None else None

    def upcoming(self, limit: int = 10) -> list[tuple[str, str]]:
        return list(self.conn.execute(
            "SELECT question_id, due FROM cards WHERE question_id NOT IN"
            " (SELECT question_id FROM question_flags WHERE suspended = 1) ORDER BY due LIMIT ?", (limit,)))

    def cards(self) -> list[CardRow]:
        """Every review card: (question id, FSRS card JSON, due, last grade, reviews)."""
        return list(self.conn.execute("SELECT question_id, card, due, last_grade, reviews FROM cards"))

    def review_log(self) -> list[ReviewRow]:
        """Every grade and skip still standing (undone ones are gone), oldest first."""
        return [ReviewRow(*row) for row in self.conn.execute(
            "SELECT question_id, session_id, grade, skipped, scheduled, kind, seconds, reviewed_at FROM reviews ORDER BY id")]

    def concept_tallies(self) -> dict[str, ConceptTally]:
        """Per concept: times covered and missed over every answer in history."""
        return concept_tallies(
            StoredAnswer(0, "", "", "", 0.0, 0.0, None, None, False, tuple(json.loads(c)), tuple(json.loads(m)))
            for c, m in self.conn.execute("SELECT covered, missed FROM answers")
        )

    def missed_point_shares(self) -> dict[str, float]:
        """Per question: the share of its key points missed in its latest scored answer (skips count as all missed)."""
        shares: dict[str, float] = {}
        for qid, points, skipped in self.conn.execute(
                "SELECT question_id, points, skipped FROM answers ORDER BY session_id, position"):
            outcomes = _points(points)
            if skipped:
                shares[qid] = 1.0
            elif outcomes:
                shares[qid] = sum(p.status in ("missed", "contradicted") for p in outcomes) / len(outcomes)
        return shares

    def reconcile(self, titles: dict[str, str]) -> Reconciliation:
        """Keep history attached to questions after their packs were edited, never because a pack is absent.

        ``titles`` maps every question id loaded this run to its title. Only
        history of packs loaded this run is looked at: a pack left out of one
        run (or whose file failed to load) keeps its history exactly as it is.
        In a loaded pack, a stored id whose question still has (nearly) the
        stored title stays (a fixed typo keeps its history); an orphan whose id
        is back with its title is restored, by id first; a question that moved
        is re-linked by title only when exactly one question of its pack has
        (almost) the same title, and each such move is reported. The rest become
        orphans: renamed ``orphan:<id>``, kept, and restored if their question
        comes back. The move of a review card onto an id that has a card of its
        own is not made (the card stays where it was): nothing is ever deleted.
        """
        from rapidfuzz import fuzz, process

        stored: dict[str, str] = {}
        for qid, title in self.conn.execute("SELECT question_id, title FROM answers ORDER BY id"):
            stored[qid] = title
        for (qid,) in self.conn.execute("SELECT question_id FROM cards"):
            stored.setdefault(qid, "")
        loaded = {qid.split("#", 1)[0] for qid in titles}
        for (qid,) in self.conn.execute("SELECT question_id FROM question_flags"):
            stored.setdefault(qid, "")
        by_pack: dict[str, dict[str, str]] = {}  # built on first need: at 100k questions it costs ~50 ms

        def pack_titles(pack: str) -> dict[str, str]:
            if not by_pack:
                for qid, title in titles.items():
                    by_pack.setdefault(qid.split("#", 1)[0], {})[qid] = title
                by_pack.setdefault("", {})  # built, even if no pack matched
            return by_pack.get(pack, {})

        def same_question(stored_title: str, title: str) -> bool:
            return not stored_title or fuzz.ratio(stored_title, title) >= SAME_TITLE

        remap: dict[str, str] = {}
        moved: list[Relink] = []
        restored: list[str] = []
        orphaned: list[str] = []
        orphans: list[str] = []
        skipped: set[str] = set()
        reworded: list[str] = []  # still there, text edited beyond resemblance
        for qid, title in stored.items():
            is_orphan = qid.startswith(ORPHAN)
            base = qid[len(ORPHAN):] if is_orphan else qid
            pack = base.split("#", 1)[0]
            if pack not in loaded:
                skipped.add(pack)
                continue
            current = titles.get(base)
            if current is not None and same_question(title, current):
                if is_orphan:
                    remap[qid] = base
                    restored.append(base)
                continue
            target = None
            if title:
                found = process.extract(title, pack_titles(pack), scorer=fuzz.ratio, score_cutoff=MOVED_TITLE, limit=2)
                if len(found) == 1:  # one candidate only: two look-alikes are a guess, and a guess is not made
                    target = found[0][2]
            if target is not None and target != base:
                remap[qid] = target
                moved.append(Relink(base, target, title, titles[target]))
            elif is_orphan:
                orphans.append(base)
            elif current is not None:
                reworded.append(qid)
            else:
                remap[qid] = ORPHAN + qid
                orphaned.append(qid)
                orphans.append(qid)
        # Ids are stable: a question whose text was rewritten keeps its history, unless another
        # question's history moved onto its id (then its old question is gone: an orphan).
        targets = {relink.new for relink in moved}
        for qid in reworded:
            if qid in targets:
                remap[qid] = ORPHAN + qid
                orphaned.append(qid)
                orphans.append(qid)
        if remap and self.writable:
            self._apply(remap)
        return Reconciliation(tuple(moved), tuple(restored), tuple(orphaned), tuple(sorted(orphans)),
                              tuple(sorted(skipped)))

    def _apply(self, remap: dict[str, str]) -> None:
        """Rename question ids in answers, the review log, cards and flags, all at once in one transaction;
        nothing is deleted.

        A card (or a flags row) never replaces another: one whose new id has one already
        becomes an orphan instead (or keeps its id).
        """
        with self.transaction() as conn:
            for table in ("answers", "reviews"):
                rows = conn.execute(f"SELECT id, question_id FROM {table}").fetchall()
                conn.executemany(f"UPDATE {table} SET question_id = ? WHERE id = ?",
                                 [(remap[q], rid) for rid, q in rows if q in remap])
            for table, columns in (("cards", "question_id, card, due, last_grade, reviews"),
                                   ("question_flags", "question_id, lapses, leech, suspended, buried_until")):
                rows = conn.execute(f"SELECT {columns} FROM {table}").fetchall()
                if not any(row[0] in remap for row in rows):
                    continue
                placed = _rekeyed(rows, remap)
                conn.execute(f"DELETE FROM {table}")
                conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", [(q, *r) for q, r in placed.items()])

    def interrupted(self) -> list[Session]:
        return [s for s in self.sessions() if s.status == "interrupted"]


def _rekeyed(rows: Sequence[tuple[object, ...]], remap: dict[str, str]) -> dict[str, tuple[object, ...]]:
    """Rows keyed by their new question id; a row whose new id is taken becomes an orphan (numbered if need be)."""
    placed: dict[str, tuple[object, ...]] = {}
    for qid, *rest in sorted(rows, key=lambda row: row[0] in remap):  # rows that stay come first
        qid = str(qid)
        wanted = [remap.get(qid, qid), qid if qid.startswith(ORPHAN) else ORPHAN + qid, qid]
        key = next((k for k in wanted if k not in placed), "")
        n = 2
        while not key:
            key = f"{ORPHAN}{qid}~{n}" if f"{ORPHAN}{qid}~{n}" not in placed else ""
            n += 1
        placed[key] = tuple(rest)
    return placed
