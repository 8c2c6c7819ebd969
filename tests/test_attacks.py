"""The attack run of issue 11, replayed against the real CLI and app on real SQLite files.

Each test is one reproduction: a full disk (a tiny tmpfs where this machine
lets us mount one, else RLIMIT_FSIZE), a lock held by a second connection,
signals through a pty. Each asserts that nothing the user wrote is lost, that
nothing outside the data dir changes, and that every error is one line.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import ptyrun
import pytest
from helpers import notifications, press, wait_ready
from textual.widgets import Static, TextArea

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.entry import main
from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
from llmtui.tui.practice.store import DB_NAME, SCHEMA_VERSION, HistoryStore, HolderLock, StoreFull

LONG_ANSWER = ("A KV cache stores the keys and values of past tokens so decoding does not recompute them. " * 45)[:4000]


# -- tools ---------------------------------------------------------------------
def tree(root: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``root`` with its mode and a hash of its bytes: what "nothing changed" compares."""
    found: dict[str, tuple[int, str]] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else ""
        found[str(path.relative_to(root))] = (info.st_mode, digest)
    return found


def cli(data: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real ``llmtui`` in a process of its own."""
    return subprocess.run([sys.executable, "-m", "llmtui.tui", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=timeout, env={**os.environ, "LLMTUI_DATA_DIR": ""})


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


def answered_history(data: Path, question_id: str = "llm-hub#3", title: str = "", answer: str = LONG_ANSWER,
                     graded: bool = True) -> int:
    """A history with one answered (and graded) interview; returns its session id."""
    store = HistoryStore.open(data).store
    sid = store.start_session(InterviewPlan(questions=1), [question_id])
    store.record_answer(sid, 0, AnswerRecord(question_id, answer, 12.0), title)
    if graded:
        store.grade(sid, 0, question_id, 3)
    store.close()
    return sid


def db_rows(data: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(data / DB_NAME)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


class Disk:
    """A small file system to fill up: a real tmpfs where mounting is allowed, else a file-size limit.

    ``fill()`` makes every further write fail as on a full disk; ``free()`` undoes it.
    """

    def __init__(self, root: Path, mounted: bool) -> None:
        self.root = root
        self.mounted = mounted
        self._filler = root / "filler"
        self._limit: tuple[int, int] | None = None

    def fill(self) -> None:
        if self.mounted:
            with open(self._filler, "wb") as handle:
                chunk = b"\0" * 65536
                with contextlib.suppress(OSError):
                    while True:
                        handle.write(chunk)
                        handle.flush()
            with contextlib.suppress(OSError), open(self.root / "filler-2", "wb") as handle:
                while handle.write(b"\0"):
                    handle.flush()
            return
        # No mount: no file may grow past what the biggest one holds now (EFBIG, as ENOSPC would stop it).
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        biggest = max((p.stat().st_size for p in self.root.rglob("*") if p.is_file()), default=0)
        self._limit = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (biggest, self._limit[1]))

    def free(self) -> None:
        if self.mounted:
            for name in (self._filler, self.root / "filler-2"):
                name.unlink(missing_ok=True)
        elif self._limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, self._limit)
            self._limit = None


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    root = tmp_path / "tiny"
    root.mkdir()
    mounted = os.geteuid() == 0 and shutil.which("mount") is not None and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(root)], capture_output=True).returncode == 0
    device = Disk(root, mounted)
    try:
        yield device
    finally:
        device.free()
        if mounted:
            subprocess.run(["umount", "-l", str(root)], capture_output=True)


# -- 1. packs remove reaches only the named pack ----------------------------------
def test_packs_remove_never_leaves_the_packs_folder(tmp_path, capsys):
    data = tmp_path / "data"
    (tmp_path / "victim").write_text("not llmtui's")
    pack = tmp_path / "notes.md"
    pack.write_text("### Q1: What is speculative decoding?\n\nA draft model proposes tokens.\n")
    (tmp_path / "notes.toml").write_text('[pack]\ntitle = "Notes"\n')
    assert main(["--data-dir", str(data), "packs", "add", str(pack)]) == 0
    answered_history(data)
    capsys.readouterr()
    before = tree(tmp_path)
    for name in ("../history", "../history.sqlite3", "../../victim", "*", "notes*", "?otes", str(tmp_path / "victim"),
                 "/etc/passwd", "notes/../../victim", "..", "", "notes.md", "NOTES", "notes\x00"):
        assert main(["--data-dir", str(data), "packs", "remove", name]) == 1, name
        assert one_line(capsys.readouterr().err).startswith("llmtui: ")
    assert tree(tmp_path) == before
    assert main(["--data-dir", str(data), "packs", "remove", "notes"]) == 0
    after = tree(tmp_path)
    assert set(before) - set(after) == {"data/packs/notes.md", "data/packs/notes.toml"}
    assert all(after[p] == before[p] for p in after)


def test_packs_add_takes_only_what_it_loads_and_copies_it_whole(tmp_path, capsys):
    data = tmp_path / "data"
    manifest = tmp_path / "x.toml"
    manifest.write_text('[pack]\ntitle = "x"\n')
    assert main(["--data-dir", str(data), "packs", "add", str(manifest)]) == 1
    assert "not a pack file" in one_line(capsys.readouterr().err)
    assert not (data / "packs").exists()
    first = tmp_path / "Notes.TXT"
    first.write_text("### Q1: What is top-p sampling?\n\nNucleus sampling.\n")
    assert main(["--data-dir", str(data), "packs", "add", str(first)]) == 0
    second = tmp_path / "notes.md"
    second.write_text("### Q1: What is top-k sampling?\n\nThe k likeliest tokens.\n")
    assert main(["--data-dir", str(data), "packs", "add", str(second)]) == 1  # same pack name
    assert main(["--data-dir", str(data), "packs", "add", str(second), "--replace"]) == 0
    assert sorted(p.name for p in (data / "packs").iterdir()) == ["notes.md"]  # replaced whole, no stray temp file
    assert (data / "packs" / "notes.md").read_bytes() == second.read_bytes()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "packs", "list", "--json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)["packs"]] == ["notes"]


# -- 2. a full disk moves nothing aside; the set-aside copy is never overwritten ------
def test_full_disk_leaves_history_where_it_is_and_still_shows_it(disk):
    data = disk.root / "data"
    answered_history(data)
    disk.fill()
    before = tree(data)
    runs = [subprocess.Popen([sys.executable, "-m", "llmtui.tui", "--data-dir", str(data), "history", "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for run in runs:  # three at once, as in the attack: within one second
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        assert [a["answer"] for s in json.loads(out)["sessions"] for a in s["answers"]] == [LONG_ANSWER]
        for line in err.strip().splitlines():
            assert "Traceback" not in line
        assert "disk is full" in err or not disk.mounted
    assert not [p for p in data.iterdir() if p.name.startswith("corrupt-")]
    assert tree(data)[DB_NAME] == before[DB_NAME]
    disk.free()
    proc = cli(data, "history", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["sessions"][0]["answers"][0]["answer"] == LONG_ANSWER


def test_only_a_damaged_database_is_set_aside_each_time_into_a_new_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    copies = []
    for n in range(3):  # three in the same second: three folders, none written over
        (data / DB_NAME).write_bytes(f"damaged copy {n} ".encode() * 200)
        (data / f"{DB_NAME}-wal").write_bytes(f"its wal {n}".encode())
        result = HistoryStore.open(data)
        assert "moved to" in result.notice
        result.store.close()
        copies.append(sorted(p for p in data.iterdir() if p.name.startswith("corrupt-")))
    folders = copies[-1]
    assert len(folders) == 3
    kept = sorted(((f / DB_NAME).read_bytes()[:14], (f / f"{DB_NAME}-wal").read_bytes()) for f in folders)
    assert kept == [(f"damaged copy {n}".encode(), f"its wal {n}".encode()) for n in range(3)]


def test_a_damaged_database_another_process_has_open_is_left_alone(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / DB_NAME
    db.write_bytes(b"damaged " * 500)
    holder = subprocess.Popen([sys.executable, "-c", f"import sys, time; f = open({str(db)!r}, 'rb'); print('open', "
                               "flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = HistoryStore.open(data)
        assert "left as it is" in result.notice and not result.store.writable
    finally:
        holder.kill()
        holder.wait()
    assert db.read_bytes() == b"damaged " * 500
    other_llmtui = HolderLock(data / "history.lock")  # another llmtui with history open
    assert other_llmtui.share()
    try:
        assert "left as it is" in HistoryStore.open(data).notice
    finally:
        other_llmtui.close()
    assert db.read_bytes() == b"damaged " * 500 and not [p for p in data.iterdir() if p.name.startswith("corrupt-")]


async def test_a_full_disk_mid_interview_keeps_the_answer_on_screen_and_saves_it_later(disk, kb):
    data = disk.root / "data"
    app = LlmTuiApp(data=data, knowledge=kb, interview=InterviewPlan(questions=2, minutes=5, seed=3))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        screen = app.screen
        box = screen.query_one("#answer-box", TextArea)
        box.text = LONG_ANSWER
        disk.fill()
        screen.save_draft()  # the draft save every few seconds: on a full disk it used to crash the app
        await pilot.pause()
        assert app.is_running and box.text == LONG_ANSWER
        said = [m for m in notifications(app) if "Not saved yet" in m]
        assert len(said) == 1 and "disk is full" in said[0] and "\n" not in said[0]
        await press(pilot, "ctrl+s")  # the submit is refused too: it waits, the answer stays
        assert screen.phase == "answering" and box.text == LONG_ANSWER and box.read_only
        assert "NOT SAVED YET" in str(screen.query_one("#clock", Static).visual)
        assert db_rows(data, "SELECT count(*) FROM answers") == [(0,)]
        disk.free()
        screen.retry()  # what the one-second timer does
        await pilot.pause()
        assert screen.phase == "feedback"
        assert db_rows(data, "SELECT answer FROM answers") == [(LONG_ANSWER,)]
        for _ in range(50):  # (the toast is mounted a frame or more later on a busy machine)
            if "Saved." in notifications(app):
                break
            await pilot.pause()
        assert "Saved." in notifications(app)


# -- 3. history is never rewritten because a pack is absent -------------------------
def test_a_run_without_a_pack_leaves_its_history_and_re_adding_it_links_it_back(tmp_path, capsys):
    data = tmp_path / "data"
    pack = tmp_path / "notes.md"
    pack.write_text("### Q1: What is speculative decoding?\n\nDraft tokens.\n\n### Q2: What is beam search?\n\nBeams.\n")
    assert main(["--data-dir", str(data), "packs", "add", str(pack)]) == 0
    answered_history(data, "notes#2", "What is beam search?", "keeps several hypotheses")
    assert main(["--data-dir", str(data), "packs", "remove", "notes"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "history", "--json"]) == 0  # a run without the pack
    assert main(["--data-dir", str(data), "--content", str(tmp_path / "typo.md"), "history", "--json"]) == 0
    assert db_rows(data, "SELECT question_id FROM answers") == [("notes#2",)]
    assert db_rows(data, "SELECT question_id FROM cards") == [("notes#2",)]
    assert main(["--data-dir", str(data), "packs", "add", str(pack)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "history", "--json"]) == 0
    [answer] = json.loads(capsys.readouterr().out)["sessions"][0]["answers"]
    assert (answer["question_id"], answer["number"]) == ("notes#2", 2)


def test_orphans_come_back_by_id_and_a_guess_between_look_alikes_is_never_made(tmp_path):
    store = HistoryStore.open(tmp_path).store
    titles = {f"p5k#{n}": f"Synthetic question {n} about attention" for n in range(1, 1001)}
    for qid, title in (("p5k#4500", "Synthetic question 4500 about attention"), ("p5k#7", "Synthetic question 7 about attention"),
                       ("notes#1", "What is a tokenizer?")):
        sid = store.start_session(InterviewPlan(), [qid])
        store.record_answer(sid, 0, AnswerRecord(qid, f"answer to {qid}", 5.0), title)
        store.grade(sid, 0, qid, 3)
    # A damaged history from before: an orphan whose question is back.
    store.conn.execute("UPDATE answers SET question_id = 'orphan:p5k#7' WHERE question_id = 'p5k#7'")
    store.conn.execute("UPDATE cards SET question_id = 'orphan:p5k#7' WHERE question_id = 'p5k#7'")
    result = store.reconcile(titles)
    assert result.restored == ("p5k#7",)
    assert result.moved == ()  # p5k#4500 looks like p5k#400, #450, #500 …: no guess
    assert result.orphaned == ("p5k#4500",) and "notes" in result.skipped
    ids = {q for (q,) in store.conn.execute("SELECT question_id FROM answers")}
    assert ids == {"p5k#7", "orphan:p5k#4500", "notes#1"}
    assert {q for (q,) in store.conn.execute("SELECT question_id FROM cards")} == ids
    titles["p5k#4500"] = "Synthetic question 4500 about attention"  # the full pack again
    assert store.reconcile(titles).restored == ("p5k#4500",)
    moved = store.reconcile({**{k: v for k, v in titles.items() if k != "p5k#4500"},
                             "p5k#5000": "Synthetic question 4500 about attention, renumbered"})
    assert moved.moved == () and moved.orphaned == ("p5k#4500",)  # 90%+ alike, but so are others: kept as orphan
    unique = store.reconcile({**titles, "notes#9": "What is a tokenizer?", "notes#1": "What is RLHF?"})
    assert [(m.old, m.new) for m in unique.moved] == [("notes#1", "notes#9")]  # one candidate: moved, and reported
    assert "notes#1 → notes#9" in unique.summary()


# -- 4. a lock held by another program: the text stays, the write is retried -----------
async def test_a_locked_history_keeps_the_draft_and_the_answer_and_retries(data_dir, kb):
    app = LlmTuiApp(data=data_dir, knowledge=kb, interview=InterviewPlan(questions=2, minutes=5, seed=3))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        screen = app.screen
        box = screen.query_one("#answer-box", TextArea)
        other = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process writing, for as long as it likes
        other.execute("INSERT INTO drafts (session_id, position, text, saved_at) VALUES (999, 0, 'theirs', 'now')")
        try:
            box.text = "typed while another program holds the lock"
            screen.save_draft()
            await pilot.pause()
            assert app.is_running
            [said] = [m for m in notifications(app) if "Not saved yet" in m]
            assert "locked by another program" in said
            await press(pilot, "ctrl+s")
            assert screen.phase == "answering" and "NOT SAVED YET" in str(screen.query_one("#clock", Static).visual)
            screen.retry()
            await pilot.pause()
            assert screen.phase == "answering"  # still locked: still waiting, nothing dropped
        finally:
            other.execute("COMMIT")
            other.close()
        screen.retry()
        await pilot.pause()
        assert screen.phase == "feedback"
        assert db_rows(data_dir, "SELECT answer FROM answers") == [("typed while another program holds the lock",)]


# -- 11. drafts are flushed on every way out; an ungraded answer is graded on resume ----
def _interview_in_pty(data: Path) -> tuple[subprocess.Popen[bytes], int]:
    proc, master = ptyrun.start(data, "interview", "--questions", "2", "--seed", "7", "--minutes", "5", size=(100, 30))
    ptyrun.read(master, b"Question 1/2", timeout=60)
    return proc, master


@pytest.mark.slow
@pytest.mark.parametrize(("way_out", "code"), [("ctrl+q", 0), ("SIGTERM", 143), ("SIGHUP", 129), ("SIGINT", 130),
                                               ("closed terminal", 129)])
def test_every_way_out_flushes_the_draft(tmp_path, way_out, code):
    proc, master = _interview_in_pty(tmp_path)
    try:
        os.write(master, b"typed a moment before leaving")
        ptyrun.read(master, b"leaving", timeout=10)  # on screen, so typed; less than the draft interval ago
        if way_out == "closed terminal":  # the terminal goes away without a SIGHUP (no controlling terminal)
            os.close(master)
            master = -1
            assert proc.wait(timeout=10) == code
        else:
            if way_out == "ctrl+q":
                os.write(master, b"\x11")
            else:
                os.kill(proc.pid, getattr(signal, way_out))
            rest = ptyrun.read(master, None, timeout=10)
            assert proc.wait(timeout=10) == code
            assert b"\x1b[?1049l" in rest and b"Traceback" not in rest  # the terminal is restored
    finally:
        if proc.poll() is None:
            proc.kill()
        if master >= 0:
            os.close(master)
    assert db_rows(tmp_path, "SELECT text FROM drafts") == [("typed a moment before leaving",)]


@pytest.mark.slow
def test_a_terminal_that_stops_reading_cannot_keep_the_app_alive(tmp_path):
    # The app writes into a terminal nobody reads (a frozen ssh, a tmux pane being torn down) until its
    # writes block; a signal still ends it, with the shell's code. It used to sleep there for good.
    proc, master = ptyrun.start(tmp_path, size=(200, 60))
    try:
        ptyrun.read(master, "questions ·".encode(), timeout=60)
        for i in range(300):  # every key repaints a 200×60 screen; the pty's buffer fills
            os.write(master, b"kv cache attention " if i % 2 else b"\x7f" * 19)
        time.sleep(1)
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=6) == 143  # the bound is 2 s (bench/run.py measures it); a hang is what fails
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)


def test_an_answer_submitted_but_not_graded_is_offered_for_grading_on_resume(tmp_path, kb):
    from llmtui.tui.practice.runner import InterviewRun

    store = HistoryStore.open(tmp_path).store
    sid = store.start_session(InterviewPlan(questions=2), ["llm-hub#3", "llm-hub#5"])
    store.record_answer(sid, 0, AnswerRecord("llm-hub#3", "cached keys", 20.0, coverage=0.5, covered=["KV cache"]), "T")
    store.interrupt_session(sid)  # the app died between the submit and the grade
    run = InterviewRun.resume(kb, store, store.session(sid), time.monotonic)
    assert run is not None
    assert run.begin_question() == "cached keys"
    waiting = run.awaiting_grade
    assert waiting is not None and waiting.record.answer == "cached keys" and waiting.record.covered == ["KV cache"]
    assert waiting.scored is not None and waiting.position == 0  # shown again with its key points
    run.grade(3)
    assert store.session(sid).answers[0].grade == 3 and store.upcoming()[0][0] == "llm-hub#3"
    assert run.session.current.question_id == "llm-hub#5"


def test_text_history_cannot_take_at_exit_is_rescued_to_a_file(disk, kb, capsys):
    from llmtui.tui.app import rescue_draft
    from llmtui.tui.practice.runner import InterviewRun

    data = disk.root / "data"
    store = HistoryStore.open(data).store
    run = InterviewRun.start(kb, store, InterviewPlan(questions=1), ["llm-hub#3"], time.monotonic)
    run.begin_question()
    run.note(LONG_ANSWER)
    disk.fill()
    with pytest.raises(StoreFull):
        run.save_draft()
    rescue_draft(run, data)
    disk.free()
    said = one_line(capsys.readouterr().err)
    saved = Path(said.rsplit(" it is in ", 1)[1])
    try:
        assert saved.read_text() == LONG_ANSWER and saved.stat().st_mode & 0o777 == 0o600
    finally:
        saved.unlink()


# -- 12. races, read-only folders, file modes -------------------------------------------
def test_six_first_runs_at_once_agree_on_one_database(tmp_path):
    data = tmp_path / "data"
    runs = [subprocess.Popen([sys.executable, "-m", "llmtui.tui", "--data-dir", str(data), "history"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0 and out.strip() == "no interviews yet" and not err, err
    names = {p.name for p in data.iterdir()} - {"cache"}
    assert {"history.lock", DB_NAME} <= names <= {"history.lock", DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"}
    assert db_rows(data, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_history_is_private_and_readable_from_a_read_only_folder(tmp_path):
    data = tmp_path / "data"
    answered_history(data)
    assert data.stat().st_mode & 0o777 == 0o700
    assert (data / DB_NAME).stat().st_mode & 0o777 == 0o600
    store = HistoryStore.open(data).store  # with the -wal and -shm there
    assert {p.name: p.stat().st_mode & 0o777 for p in data.iterdir() if p.name.startswith(DB_NAME)} == {
        DB_NAME: 0o600, f"{DB_NAME}-wal": 0o600, f"{DB_NAME}-shm": 0o600}
    store.close()
    with read_only(data):
        proc = cli(data, "history", "--json")
    assert proc.returncode == 0, proc.stderr
    assert "read-only" in one_line(proc.stderr)
    assert json.loads(proc.stdout)["sessions"][0]["answers"][0]["answer"] == LONG_ANSWER


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` read-only for the CLI: a read-only bind mount as root (who may write anywhere), else chmod."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
            yield
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(mode)


# -- 5. FIFOs, devices and oversized files are refused before anything is read -------------
def test_fifos_devices_and_huge_files_are_refused_at_once(tmp_path, capsys):
    data = tmp_path / "data"
    fifo = tmp_path / "pack.md"
    os.mkfifo(fifo)  # nobody ever writes to it: reading it would wait for ever
    huge = tmp_path / "huge.md"
    with open(huge, "wb") as handle:  # sparse: 65 MB long, nothing on disk
        handle.truncate(65 * 1024 * 1024)
    for target, said in ((fifo, "is a FIFO"), ("/dev/zero", "is a character device"), (huge, "larger than the 64 MB")):
        for verb in (["check", str(target)], ["packs", "add", str(target)], ["--content", str(target), "stats"]):
            assert main(["--data-dir", str(data), *verb]) == 1, verb
            out, err = capsys.readouterr()
            if verb[0] == "check":  # a report on standard output: the file, then its problem
                assert said in out and "Traceback" not in out + err, out
            else:
                assert said in one_line(err), (verb, err)
    assert not (data / "packs").exists()


def test_a_manifest_cannot_make_the_loader_allocate_for_ever(tmp_path, capsys):
    pack = tmp_path / "notes.md"
    pack.write_text("### Q1: What is a tokenizer?\n\nIt splits text.\n")
    (tmp_path / "notes.toml").write_text('[[topics]]\nname = "All"\nfirst = 1\nlast = 1000000000000\n')
    assert main(["--data-dir", str(tmp_path / "data"), "--content", str(pack), "stats"]) == 1
    assert "notes.toml: manifest topic 'All' spans more than" in one_line(capsys.readouterr().err)


# -- 7. -o writes into the path it is given -----------------------------------------------------
def test_output_goes_into_the_given_path_and_never_replaces_what_is_not_a_file(tmp_path, capsys):
    data = tmp_path / "data"
    answered_history(data)
    mask = os.umask(0o027)
    try:
        assert main(["--data-dir", str(data), "export", "-o", str(tmp_path / "new.json")]) == 0
        assert main(["--data-dir", str(data), "history", "export", "-o", str(tmp_path / "history.md")]) == 0
    finally:
        os.umask(mask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o640  # the bank and graph: the umask decides
    assert (tmp_path / "history.md").stat().st_mode & 0o777 == 0o600  # typed answers: private
    kept = tmp_path / "kept.json"
    kept.write_text("old")
    kept.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(kept)
    assert main(["--data-dir", str(data), "export", "-o", str(link)]) == 0
    assert link.is_symlink() and kept.stat().st_mode & 0o777 == 0o644 and json.loads(kept.read_text())["questions"]
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert main(["--data-dir", str(data), "history", "export", "-o", str(fifo)]) == 0
    assert LONG_ANSWER[:100].encode() in reader.communicate(timeout=30)[0]
    assert fifo.is_fifo()  # written into, not replaced by a file
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "-o", "/dev/full"]) == 1
    assert "/dev/full: cannot write (No space left on device)" in one_line(capsys.readouterr().err)
    assert Path("/dev/full").is_char_device()
    assert main(["--data-dir", str(data), "export", "-o", str(tmp_path)]) == 1
    assert "is a directory" in one_line(capsys.readouterr().err)
    appended = tmp_path / "appended.json"
    appended.write_text("before\n")
    with open(appended, "a") as handle:  # as `llmtui export -o /dev/stdout >> appended.json` would
        proc = subprocess.run([sys.executable, "-m", "llmtui.tui", "--data-dir", str(data), "export", "-o", "/dev/stdout"],
                              stdout=handle, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert appended.read_text().startswith("before\n{")


# -- 8. nothing from outside reaches the terminal as an escape or a bidi override --------------
EVIL_NAME = "pack\x1b]2;pwned\x07\x1b]52;c;ZXZpbA==\x07\u202e.md"


def test_escapes_in_file_names_and_text_never_reach_the_terminal_from_the_cli(tmp_path, capsys):
    data = tmp_path / "data"
    (tmp_path / EVIL_NAME).write_text("")
    pack = tmp_path / "notes.md"
    pack.write_text("### Q1: What is \u202eesrever\u202c text and \x1b[31mred\x1b[0m?\n\nAnswer \u2067with\u2069 \x9b2J.\n")
    for args in (["check", str(tmp_path / EVIL_NAME)], ["--content", str(tmp_path / EVIL_NAME), "stats"],
                 ["packs", "remove", "\x1b]2;x\x07"], ["--content", str(pack), "show", "notes#1"],
                 ["--content", str(pack), "search", "esrever", "--json"], ["--content", str(pack), "show", "notes#1", "--json"]):
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        assert not any(c in out + err for c in "\x1b\x07\x9b\u202e\u202c\u2067\u2069"), (args, out + err)
        if code and args[0] != "check":
            one_line(err)
        if args[-1] == "notes#1":
            assert "What is esrever text and red?" in out


async def test_escapes_in_a_pack_name_never_reach_the_terminal_from_the_app(tmp_path, data_dir):
    from llmtui.tui.widgets.text import cell, highlighted, plain

    evil = tmp_path / EVIL_NAME
    evil.write_text("")
    app = LlmTuiApp([evil], data=data_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        toasts = [n for n in notifications(app) if "empty file" in n]
        assert toasts and not any(c in t for t in toasts for c in "\x1b\x07\u202e")
    assert str(plain("a\u202eb\x1b]0;t\x07c")) == "abc" and cell("x\x9b31my").plain == "xy"
    shown = highlighted("\x1b[1mkv\u202e cache", [(4, 6), (8, 13)])
    assert shown.plain == "kv cache" and [(s.start, s.end) for s in shown.spans] == [(0, 2), (3, 8)]


# -- 9. numbers that are not times ---------------------------------------------------------------
@pytest.mark.parametrize("minutes", ["inf", "-inf", "nan", "1e308", "0", "-3"])
def test_minutes_must_be_a_usable_time(tmp_path, capsys, minutes):
    assert main(["--data-dir", str(tmp_path), "interview", f"--minutes={minutes}", "--dry-run"]) == 1
    err = one_line(capsys.readouterr().err)
    assert "--minutes" in err and err.endswith(f"not {minutes.replace('1e308', '1e+308')}")  # as typed: -3, not -3.0


def test_a_stored_plan_with_a_bad_time_cannot_crash_the_clock():
    from llmtui.tui.practice.engine import format_clock

    assert InterviewPlan.from_dict({"minutes": float("inf")}).minutes == InterviewPlan().minutes
    assert format_clock(float("nan")) == format_clock(float("inf")) == "-:--"


# -- 10. a bad cache is rebuilt, never believed, never a crash ---------------------------------
def test_bad_cache_files_are_rebuilt_and_never_shrink_a_pack(tmp_path):
    from llmtui.content.cache import CHUNK
    from llmtui.graph.knowledge import load_search_base

    size = CHUNK * 2 + 115
    pack = tmp_path / "big.md"
    pack.write_text("".join(f"### Q{i}: How does attention scale, case {i}?\n\nQuadratically, with a KV cache.\n\n"
                            for i in range(1, size + 1)))
    cache_dir = tmp_path / "cache"
    assert len(load_search_base([pack], cache_dir=cache_dir).bank) == size + 115
    [pack_entry] = [p for p in cache_dir.glob("pack-*.json") if b'"big"' in p.read_bytes()[:4096]]
    [mentions_entry] = [p for p in cache_dir.glob("mentions-*.json") if b"big#" in p.read_bytes()[:65536]]
    good = {p: p.read_bytes() for p in (pack_entry, mentions_entry)}
    lines = good[pack_entry].splitlines(keepends=True)
    damages = {
        "cut at a line boundary": (pack_entry, b"".join(lines[:-2])),  # the last chunk and the trailer gone
        "nested for ever": (pack_entry, b"[" * 200_000),
        "a list for a dict": (pack_entry, b"[1, 2, 3]\n"),
        "an unknown concept": (mentions_entry, good[mentions_entry].replace(b'"KV cache"', b'"No such concept"')),
        "a dict for a list": (mentions_entry, good[mentions_entry].replace(b'[{"', b'{"x":{"', 1)),
    }
    for name, (entry, damaged) in damages.items():
        entry.write_bytes(damaged)
        kb = load_search_base([pack], cache_dir=cache_dir)
        assert len(kb.bank) == size + 115, name
        assert kb.concept_questions["KV cache"][-1] == f"big#{size}", name
        assert entry.read_bytes() == good[entry], name  # rebuilt, byte for byte
