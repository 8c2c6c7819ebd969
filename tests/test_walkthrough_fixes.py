"""Defects a new user's walkthrough found, each checked as the user met it: the real CLI on real files
(settings, packs, history), and the app through the pilot."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from llmtui.tui.entry import main
from llmtui.tui.practice.engine import InterviewPlan
from llmtui.tui.practice.runner import InterviewRun
from llmtui.tui.practice.store import HistoryStore

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def clock() -> float:
    return 0.0


@pytest.fixture(scope="module")
def parsed_cache(tmp_path_factory):
    """A data dir's cache with the bundled bank parsed once: every command below reads it instead of parsing."""
    from llmtui.tui.runtime.loading import load_cached

    data = tmp_path_factory.mktemp("warm")
    load_cached([], data)
    return data / "cache"


@pytest.fixture(autouse=True)
def _warm_cache(data_dir, parsed_cache):
    import shutil

    shutil.copytree(parsed_cache, data_dir / "cache")


@pytest.fixture(scope="module")
def scoring(kb):
    """The bundled bank's rubrics, loaded once for the interviews of this module."""
    from llmtui.tui.practice.keypoints import ScoringSource

    return ScoringSource(kb)


# -- 3: `history undo` after an interview is over does what the app's undo does --------------------------------
def test_cli_undo_of_a_finished_interviews_grade_reopens_it_for_a_new_grade(kb, scoring, data_dir, capsys):
    store = HistoryStore.open(data_dir).store
    run = InterviewRun.start(kb, store, InterviewPlan(questions=2), ["llm-hub#3", "llm-hub#4"], clock, scoring=scoring)
    for grade in (3, 4):
        run.begin_question()
        run.submit("the kv cache stores keys and values", now=NOW)
        run.grade(grade, NOW)
    run.finish()
    store.close()

    assert main(["history", "undo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("undid Easy on llm-hub#4 (interview 1):") and "resume it in the app" in out

    store = HistoryStore.open(data_dir).store
    session = store.session(run.session_id)
    assert session.status == "interrupted" and session.answers[1].grade is None
    assert [s.id for s in store.interrupted()] == [run.session_id]  # the next start offers it
    again = InterviewRun.resume(kb, store, session, clock, scoring=scoring)
    assert again.session.index == 1 and again.awaiting_grade is not None  # gradable again
    again.begin_question()
    again.grade(2, NOW)
    again.finish()
    assert [a.grade for a in store.session(run.session_id).answers] == [3, 2]
    assert store.session(run.session_id).status == "completed"


def test_cli_undo_of_a_cram_skip_asks_the_question_again_with_what_was_typed(kb, scoring, data_dir, capsys):
    store = HistoryStore.open(data_dir).store
    run = InterviewRun.start(kb, store, InterviewPlan(questions=2, mode="cram"), ["llm-hub#3", "llm-hub#4"], clock,
                             scoring=scoring)
    run.begin_question()
    run.submit("an answer", now=NOW)
    run.grade(3, NOW)
    run.begin_question()
    run.submit("half a thought", skipped=True, now=NOW)
    run.next_question()
    run.finish()
    store.close()

    assert main(["history", "undo", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["skipped"] and not data["scheduled"] and data["reopened"]
    assert main(["history", "--json"]) == 0
    session = json.loads(capsys.readouterr().out)["sessions"][0]
    assert (session["status"], session["answered"], session["skipped"]) == ("interrupted", 1, 0)

    store = HistoryStore.open(data_dir).store
    again = InterviewRun.resume(kb, store, store.session(run.session_id), clock, scoring=scoring)
    assert again.session.index == 1 and again.awaiting_grade is None
    assert again.begin_question() == "half a thought"


def suspend(data_dir, *question_ids: str) -> None:
    store = HistoryStore.open(data_dir).store
    for qid in question_ids:
        store.suspend(qid)
    store.close()


# -- 1: a broken settings.json is named, used as defaults, and never overwritten --------------------------------
def test_a_broken_settings_file_is_named_and_kept_until_fixed(data_dir, capsys):
    settings = data_dir / "settings.json"
    broken = '{\n  "judge_url": "http://127.0.0.1:11434/v1",\n  "judge_model": "qwen3:8b",\n}\n'  # a trailing comma
    settings.write_text(broken)
    assert main(["settings"]) == 0
    assert capsys.readouterr().err == (
        f"llmtui: {settings}: not valid JSON (line 4, column 1: Expecting property name enclosed in double quotes);"
        " llmtui uses the defaults and leaves the file as it is (never overwritten) until you fix it\n")
    assert main(["settings", "--retention", "0.85"]) == 1  # a save would lose the judge: refused
    assert capsys.readouterr().err.splitlines()[-1].endswith("settings not saved: fix the file (or remove it) first")
    assert settings.read_text() == broken
    settings.write_text('{"judge_url": "http://127.0.0.1:11434/v1", "judge_timeout": "fast", "mine": [1]}')
    assert main(["settings", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["desired_retention"] == 0.9
    assert "judge_timeout: 'fast' is not a number of seconds" in captured.err
    settings.write_text('{"judge_url": "http://127.0.0.1:11434/v1", "mine": [1]}')  # fixed: saved, keys kept
    assert main(["settings", "--retention", "0.85"]) == 0 and capsys.readouterr().err == ""
    saved = json.loads(settings.read_text())
    assert (saved["judge_url"], saved["mine"], saved["desired_retention"]) == ("http://127.0.0.1:11434/v1", [1], 0.85)


# -- 4: the interview-date plan --------------------------------------------------------------------------------
def test_plan_refuses_a_past_date_and_clear_says_what_it_cleared(data_dir, capsys):
    assert main(["plan", "--date", "2020-01-01"]) == 1
    assert " is in the past (today is " in capsys.readouterr().err
    assert not (data_dir / "settings.json").exists()
    day = (date.today() + timedelta(days=40)).isoformat()
    assert main(["plan", "--date", day, "--minutes", "45", "--topic", "Prompting"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Interview {day}, topic Prompting: on track: 0% ready, ")
    assert re.search(r"  1 review$", out, re.M) and not re.search(r"\b1 reviews", out)
    assert main(["plan"]) == 0 and "topic Prompting" in capsys.readouterr().out  # each part is kept …
    assert main(["plan", "--clear"]) == 0  # … until --clear forgets all of them
    assert capsys.readouterr().out == f"cleared the interview-date plan (interview {day}, topic Prompting, 45 min a day)\n"
    assert main(["settings", "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)
    assert (saved["interview_date"], saved["plan_topic"], saved["daily_minutes"]) == (None, None, 30)
    assert main(["plan", "--clear"]) == 0 and capsys.readouterr().out == "no interview-date plan to clear\n"


# -- 5 and 10: a draw that cannot be made says why, and what would change it -------------------------------------
def test_empty_draws_say_why(data_dir, capsys):
    assert main(["interview", "--mode", "plan", "--dry-run"]) == 1
    assert capsys.readouterr().err == ("llmtui: no interview date is set: set it on the Stats screen (d) or with "
                                       "'llmtui plan --date', or use --mode random\n")
    suspend(data_dir, "llm-hub#87")  # the only question a search for ReAct finds
    assert main(["interview", "--search", "ReAct", "--dry-run"]) == 1
    assert capsys.readouterr().err == ("llmtui: the only question that fits (Q87) is suspended: unsuspend on the "
                                       "Stats screen (l, then u)\n")
    (data_dir / "keymap.toml").write_text('[keys]\nsuspended-list = "f6"\nunsuspend = "x,u"\ndate-plan = "ctrl+d"\n')
    assert main(["interview", "--search", "ReAct", "--dry-run"]) == 1  # the keys as the user's keymap binds them
    assert capsys.readouterr().err == ("llmtui: the only question that fits (Q87) is suspended: unsuspend on the "
                                       "Stats screen (f6, then x)\n")
    assert main(["interview", "--mode", "plan", "--dry-run"]) == 1
    assert "set it on the Stats screen (ctrl+d)" in capsys.readouterr().err
    (data_dir / "keymap.toml").unlink()
    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
    from llmtui.tui.practice.engine import AnswerRecord

    store.record_answer(sid, 0, AnswerRecord("llm-hub#3", "an answer", 30.0), "T")
    store.grade(sid, 0, "llm-hub#3", 3, NOW)  # a first Good: due 10 minutes after NOW
    store.close()
    for later, due in ((timedelta(0), "in 10 min"), (timedelta(minutes=9, seconds=20), "in 1 min")):
        assert main(["interview", "--mode", "due", "--dry-run"], wall_clock=lambda later=later: NOW + later) == 1
        assert capsys.readouterr().err == f"llmtui: no reviews are due yet: the next is due {due}, or use --mode random\n"
    assert main(["interview", "--mode", "due", "--dry-run"], wall_clock=lambda: NOW + timedelta(minutes=10)) == 0
    assert capsys.readouterr().out.startswith("Q3  ")  # due now: drawn


# -- 7 and 9: what -o writes, and how every export says so ------------------------------------------------------
def test_output_into_a_missing_folder_is_refused_never_created(data_dir, tmp_path, capsys):
    for argv in (["export", "--format", "csv"], ["history", "export"]):
        target = tmp_path / "nonexistent" / "dir" / "x.out"
        assert main([*argv, "-o", str(target)]) == 1
        assert capsys.readouterr().err == (f"llmtui: {target}: no folder {target.parent} to write it in (-o does not"
                                           " create folders)\n")
        assert not (tmp_path / "nonexistent").exists()


def test_exports_confirm_one_way_in_one_shape(data_dir, tmp_path, capsys):
    out = tmp_path / "bank.csv"  # apkg's JSON is checked in test_anki_export: the same shape
    assert main(["export", "--format", "csv", "-o", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"wrote": str(out), "format": "csv", "questions": 115}
    assert main(["export", "--format", "graphml", "-o", str(out)]) == 0
    captured = capsys.readouterr()  # a confirmation on standard error, not prefixed as an error
    assert captured.out == "" and captured.err == f"wrote {out}: 115 questions\n"
    assert main(["history", "export", "--json"]) == 2  # Markdown is not JSON: said, not printed
    assert "'llmtui history --json'" in capsys.readouterr().err
    assert main(["history", "export", "-o", str(tmp_path / "h.md")]) == 0
    assert capsys.readouterr().err == f"wrote {tmp_path / 'h.md'}: 0 interviews\n"
    assert main(["--data-dir", "/etc/passwd", "history"]) == 1
    assert capsys.readouterr().err.startswith("llmtui: /etc/passwd: not a folder")


def test_apkg_goes_to_standard_output_when_it_is_not_a_terminal(data_dir, capsysbinary):
    import io
    import zipfile

    assert main(["export", "--format", "apkg"]) == 0  # as the README says: without -o, to stdout
    assert zipfile.ZipFile(io.BytesIO(capsysbinary.readouterr().out)).namelist() == ["collection.anki2", "media"]


# -- 11: listings line up, without trailing spaces ---------------------------------------------------------------
def test_packs_list_and_history_line_up(data_dir, tmp_path, capsys):
    for name, text in (("notes", "## What is X?\n\nX is y.\n\n## Why Z?\n\nBecause.\n"),
                       ("a-much-longer-pack-name", "## What is it?\n\nIt is.\n")):
        (tmp_path / f"{name}.md").write_text(text)
        assert main(["packs", "add", str(tmp_path / f"{name}.md")]) == 0
    (data_dir / "packs" / "broken.md").write_text("no questions here\n")
    capsys.readouterr()
    assert main(["packs", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "a-much-longer-pack-name  1  question",
        "broken                   -  not loaded:  no questions found (expected headings, bold lines or Q:/A: pairs"
        " ending in '?' or numbered)",
        "notes                    2  questions"]
    (data_dir / "packs" / "broken.md").unlink()
    store = HistoryStore.open(data_dir).store
    for _ in range(10):
        store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
    store.close()
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10 and lines[0].startswith("#1   2") and lines[9].startswith("#10  2")
    assert len({line.index("random") for line in lines}) == 1 and all(line == line.rstrip() for line in lines)
