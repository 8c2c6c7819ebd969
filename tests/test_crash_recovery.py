"""Kill a real llmtui mid-interview with SIGKILL, then read the history back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import ptyrun
import pytest

pytestmark = pytest.mark.slow


def test_kill_9_mid_interview_keeps_answers_and_offers_resume(tmp_path):
    env = {**os.environ, "LLMTUI_DATA_DIR": str(tmp_path)}
    proc, master = ptyrun.start(tmp_path, "interview", "--questions", "2", "--seed", "7", "--minutes", "2")
    try:
        ptyrun.read(master, b"Question 1/2")
        os.write(master, b"KV cache and batching")
        time.sleep(0.5)
        os.write(master, b"\x13")  # ctrl+s submits
        ptyrun.read(master, b"key points")
        os.write(master, b"3")  # grade Good: moves to question 2
        ptyrun.read(master, b"Question 2/2")
        os.write(master, b"half an answer in progress")
        time.sleep(4.5)  # longer than the draft interval
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        os.close(master)

    history = subprocess.run([sys.executable, "-m", "llmtui.tui", "history", "--json"], env=env,
                             capture_output=True, text=True, check=True)
    sessions = json.loads(history.stdout)["sessions"]
    assert len(sessions) == 1
    session = sessions[0]
    assert session["status"] == "interrupted"
    assert [a["answer"] for a in session["answers"]] == ["KV cache and batching"]
    assert session["answers"][0]["grade"] == 3

    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(tmp_path).store
    assert store.draft(session["id"], 1) == "half an answer in progress"
