"""What a new user trips on in the CLI and with packs: limits, export messages, labels across packs, aliases."""

from __future__ import annotations

import json

import pytest
from helpers import notifications, press, settle, type_query, wait_ready

from llmtui.tui.app import LlmTuiApp
from llmtui.tui.entry import main

PACK = """\
## Optimisers

### Q100: When would you use Adam over SGD with momentum?

Adam adapts the step per parameter; SGD with momentum often generalises better.
"""


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_search_limit_below_one_is_refused(capsys, data_dir, limit):
    assert main(["search", "kv", "--limit", limit]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"llmtui: --limit must be at least 1 (got {limit})"


def test_export_says_what_it_wrote_with_and_without_json(capsys, data_dir, tmp_path):
    out = tmp_path / "graph.json"
    assert main(["export", "-o", str(out)]) == 0
    assert capsys.readouterr().err.strip() == f"wrote {out}: 115 questions"  # said, not prefixed as an error
    assert main(["export", "-o", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"wrote": str(out), "format": "json", "questions": 115}


def test_a_packs_question_is_named_by_its_id_and_show_says_which_q100_it_printed(capsys, data_dir, tmp_path):
    pack = tmp_path / "optim.md"
    pack.write_text(PACK)
    assert main(["--content", str(pack), "search", "adam", "sgd", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]
    ours = next(r for r in rows if r["id"] == "optim#100")
    assert ours["label"] == "optim#100"
    assert main(["--content", str(pack), "show", "100"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Q100: ") and "optim#100" in err  # the bundled Q100, and where the other one is
    assert main(["--content", str(pack), "show", "optim#100"]) == 0
    assert capsys.readouterr().out.startswith("optim#100: When would you use Adam")


def test_concept_aliases_are_listed_once(capsys, data_dir):
    assert main(["concept", "kv", "cache"]) == 0
    aliases = capsys.readouterr().out.splitlines()[1]
    names = [a.strip().casefold().replace("-", " ") for a in aliases.removeprefix("Aliases: ").split(",")]
    assert "kv cache" not in names and len(names) == len(set(names))


def test_a_path_to_itself_is_refused(capsys, data_dir):
    assert main(["path", "lora", "LoRA"]) == 1
    assert "two different concepts" in capsys.readouterr().err


def test_interview_errors_name_the_flag_and_search_draws(capsys, data_dir):
    assert main(["interview", "--mode", "due", "--dry-run"]) == 1
    assert capsys.readouterr().err.strip().endswith("or use --mode random")
    assert main(["interview", "--search", "behaviour", "--dry-run", "--json", "--questions", "20"]) == 0
    assert len(json.loads(capsys.readouterr().out)["questions"]) == 7


def pack_folder(tmp_path):
    """A notes folder as users have them: a pack, a file without questions, a licence, a hidden folder, a venv."""
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "optim.md").write_text(PACK)
    (folder / "SOURCES.md").write_text("Where these notes come from: a few blogs and a book.\n")  # states, asks nothing
    (folder / "LICENSE-notes.txt").write_text("Permission is hereby granted, free of charge, to any person.\n")
    for hidden in (folder / ".git", folder / "venv" / "lib"):
        hidden.mkdir(parents=True)
        (hidden / "README.md").write_text("## What is this?\n\nNot a pack.\n")
    (folder / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    return folder


def test_a_folder_loads_every_pack_that_imports_and_names_each_file_skipped(capsys, data_dir, tmp_path):
    folder = pack_folder(tmp_path)
    assert main(["--content", str(folder), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["packs"] == ["llm-hub", "optim"]
    assert main(["--content", str(folder), "stats"]) == 0
    err = capsys.readouterr().err.splitlines()  # the .txt, the hidden folder and the venv are never read
    assert err == [f"llmtui: skipped {folder / 'SOURCES.md'}: no questions found (expected headings, bold lines or Q:/A:"
                   " pairs ending in '?' or numbered)"]
    (folder / "sub" / "optim.md").unlink()  # nothing in the folder loads: what was named must load
    assert main(["--content", str(folder), "stats"]) == 1
    assert "no file in this folder loads as a pack" in capsys.readouterr().err
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "notes.txt").write_text("## What?\n\nA .txt is read only when named.\n")
    assert main(["--content", str(empty), "stats"]) == 1
    assert capsys.readouterr().err.strip() == (f"llmtui: {empty}: folder holds no Markdown files (.md, .markdown), in"
                                               " it or its subfolders")


async def test_the_app_loads_the_packs_that_import_and_says_which_were_skipped(data_dir, tmp_path):
    folder = pack_folder(tmp_path)
    missing = tmp_path / "missing.md"
    app = LlmTuiApp([folder, missing], data=data_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(app, pilot)
        assert app.kb.bank.get("optim#100") is not None  # the pack that imports is loaded
        toasts = notifications(app)
        assert toasts == ["\n".join([  # each file skipped, by name, with its reason; no other toast
            "Skipped 2 pack files; the rest is loaded",
            f"{folder / 'SOURCES.md'}: no questions found (expected headings, bold lines or Q:/A: pairs ending in '?'"
            " or numbered)",
            f"{missing}: no such file"])]


async def test_one_question_topic_is_singular_and_pack_labels_show(data_dir, tmp_path):
    pack = tmp_path / "optim.md"
    pack.write_text(PACK)
    app = LlmTuiApp([pack], data=data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        from helpers import prompts, text_of

        topics = prompts(app, "#results")
        app.screen.query_one("#results").highlighted = next(i for i, p in enumerate(topics) if "Optimisers" in p)
        await press(pilot, "enter")
        assert text_of(app, "#status").startswith("Optimisers · 1 question ·")
        assert prompts(app, "#results")[0].startswith("optim#100")
        await press(pilot, "escape")
        await type_query(app, pilot, "adam sgd")
        assert any(p.startswith("optim#100") for p in prompts(app, "#results"))
        await settle(app, pilot)


async def test_home_status_fits_80_columns_with_reviews_due(data_dir, kb):
    from datetime import UTC, datetime, timedelta

    from llmtui.tui.practice.engine import AnswerRecord, InterviewPlan
    from llmtui.tui.practice.store import HistoryStore

    store = HistoryStore.open(data_dir).store
    sid = store.start_session(InterviewPlan(questions=1), ["llm-hub#3"])
    store.record_answer(sid, 0, AnswerRecord("llm-hub#3", "kv", 10.0, 0.0, 0.5), kb.question("llm-hub#3").title)
    store.grade(sid, 0, "llm-hub#3", 1, now=datetime.now(UTC) - timedelta(days=2))
    store.finish_session(sid)
    store.close()
    app = LlmTuiApp(data=data_dir, knowledge=kb)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause()
        from helpers import text_of

        status = text_of(app, "#status")
        assert status.startswith(f"1 review due (ctrl+t) · 115 questions · {len(kb.glossary)} concepts")
        assert len(status) <= 78
