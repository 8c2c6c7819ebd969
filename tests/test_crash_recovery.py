"""Kill a real llmtui mid-interview with SIGKILL, then read the history back."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def _read_until(fd: int, needle: bytes, timeout: float = 20.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
            if needle in seen:
                return seen
    raise AssertionError(f"{needle!r} never appeared; last output: {seen[-400:]!r}")


def test_kill_9_mid_interview_keeps_answers_and_offers_resume(tmp_path):
    env = {**os.environ, "LLMTUI_DATA_DIR": str(tmp_path), "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    master, slave = pty.openpty()
    os.set_blocking(master, True)
    import fcntl
    import struct
    import termios

    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "interview", "--questions", "2", "--seed", "7", "--minutes", "2"],
        stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
    )
    os.close(slave)
    try:
        _read_until(master, b"Question 1/2")
        os.write(master, b"KV cache and batching")
        time.sleep(0.5)
        os.write(master, b"\x13")  # ctrl+s submits
        _read_until(master, b"Coverage")
        os.write(master, b"3")  # grade Good: moves to question 2
        _read_until(master, b"Question 2/2")
        os.write(master, b"half an answer in progress")
        time.sleep(4.5)  # longer than the draft interval
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        os.close(master)

    history = subprocess.run([sys.executable, "-m", "tui.cli", "history", "--json"], env=env,
                             capture_output=True, text=True, check=True)
    sessions = json.loads(history.stdout)["sessions"]
    assert len(sessions) == 1
    session = sessions[0]
    assert session["status"] == "interrupted"
    assert [a["answer"] for a in session["answers"]] == ["KV cache and batching"]
    assert session["answers"][0]["grade"] == 3

    from tui.store import HistoryStore

    store = HistoryStore.open(tmp_path).store
    assert store.draft(session["id"], 1) == "half an answer in progress"
