"""``llmtui review``: what is due now (and overdue), as Anki's due count, from a real history file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from study_data import NOW

from llmtui.tui.cli.main import run
from llmtui.tui.practice.store import HistoryStore


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    # Study days start at 4:00 local time: one zone makes "overdue" the same on every machine.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def review(capsys, *extra: str) -> tuple[int, str]:
    code = run(["review", *extra], wall_clock=lambda: NOW)
    return code, capsys.readouterr().out


def test_an_empty_history_says_so_in_one_line(capsys, data_dir):
    code, out = review(capsys)
    assert code == 0 and out == "Nothing is due: no answer has been graded yet (an interview grades them).\n"
    code, out = review(capsys, "--json")
    assert code == 0 and json.loads(out) == {"due": [], "total": 0, "overdue": 0, "next_due": None}


def test_the_real_command_lists_nothing_due_and_exits_0(data_dir):
    done = subprocess.run([sys.executable, "-m", "llmtui.tui", "--data-dir", str(data_dir), "review"],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.count("\n") == 1 and done.stdout.startswith("Nothing is due")


def test_due_and_overdue_reviews_are_listed_oldest_first_with_a_total(capsys, data_dir):
    store = HistoryStore.open(data_dir).store  # the real SQLite file the command reads
    store.grade(None, None, "llm-hub#3", 1, NOW - timedelta(days=3))  # Again three days ago: overdue
    store.grade(None, None, "llm-hub#5", 1, NOW - timedelta(minutes=30))  # Again today: due, not overdue
    store.grade(None, None, "llm-hub#11", 4, NOW - timedelta(minutes=30))  # Easy: due days from now
    store.grade(None, None, "llm-hub#9", 1, NOW - timedelta(days=2))
    store.suspend("llm-hub#9")  # due, but suspended: sits out, as in Anki
    store.close()
    code, out = review(capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0] == "Q3  due 2026-11-26 18:01  overdue 3 days  Explain how KV Cache accelerates LLM inference."
    assert lines[1].startswith("Q5  due 2026-11-29 17:31                  How do you handle the large memory")
    assert lines[2] == "2 reviews due now (1 overdue) · start them: llmtui interview --mode due"
    code, out = review(capsys, "--json")
    data = json.loads(out)
    assert [(r["id"], r["label"], r["overdue_days"]) for r in data["due"]] == [
        ("llm-hub#3", "Q3", 3), ("llm-hub#5", "Q5", 0)]
    assert data["due"][0]["title"] == "Explain how KV Cache accelerates LLM inference."
    assert (data["total"], data["overdue"]) == (2, 1) and data["next_due"] > NOW.isoformat()
    # The same questions the interview's due draw takes, in the same order.
    assert run(["interview", "--mode", "due", "--dry-run", "--json", "--questions", "10"], wall_clock=lambda: NOW) == 0
    assert json.loads(capsys.readouterr().out)["questions"] == ["llm-hub#3", "llm-hub#5"]


def test_the_due_interview_draws_in_the_order_review_lists_oldest_due_first(capsys, data_dir):
    store = HistoryStore.open(data_dir).store  # the real SQLite file both commands read
    for question, days in (("llm-hub#5", 1), ("llm-hub#3", 6), ("llm-hub#20", 3), ("llm-hub#11", 5), ("llm-hub#7", 2)):
        store.grade(None, None, question, 1, NOW - timedelta(days=days))  # Again: due from then on
    store.close()
    code, out = review(capsys, "--json")
    listed = [row["id"] for row in json.loads(out)["due"]]
    assert listed == ["llm-hub#3", "llm-hub#11", "llm-hub#20", "llm-hub#7", "llm-hub#5"]
    code, out = review(capsys)
    labels = [line.split()[0] for line in out.splitlines()[:-1]]
    for seed in ("1", "2", "3", "4", "5"):  # a seed shuffles ties only
        assert run(["interview", "--mode", "due", "--dry-run", "--json", "--seed", seed], wall_clock=lambda: NOW) == 0
        assert json.loads(capsys.readouterr().out)["questions"] == listed
        assert run(["interview", "--mode", "due", "--dry-run", "--seed", seed], wall_clock=lambda: NOW) == 0
        assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == labels
    assert run(["interview", "--mode", "due", "--dry-run", "--json", "--questions", "2"], wall_clock=lambda: NOW) == 0
    assert json.loads(capsys.readouterr().out)["questions"] == listed[:2]  # fewer asked: the oldest due


def test_nothing_due_now_names_the_next_review(capsys, data_dir):
    store = HistoryStore.open(data_dir).store
    store.grade(None, None, "llm-hub#11", 4, NOW - timedelta(minutes=30))
    store.close()
    code, out = review(capsys)
    assert code == 0 and out.startswith("Nothing is due now; the next review (Q11) is due in ") and out.count("\n") == 1


def test_in_an_80_column_terminal_each_review_takes_one_line(data_dir):
    from ptyrun import read, start

    store = HistoryStore.open(data_dir).store
    store.grade(None, None, "llm-hub#69", 1, NOW - timedelta(days=1))  # a title longer than the line
    store.close()
    proc, fd = start(data_dir, "review", size=(80, 24))
    try:
        out = read(fd, None, timeout=30).decode().replace("\r\n", "\n")
    finally:
        os.close(fd)
    assert proc.wait(timeout=10) == 0
    lines = out.splitlines()
    assert lines[0].startswith("Q69  due ") and lines[0].endswith("…") and len(lines[0]) == 80
    assert lines[1].startswith("1 review due now (1 overdue)")  # the title cut, not wrapped onto a line of its own
