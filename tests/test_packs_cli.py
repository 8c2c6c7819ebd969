"""`llmtui packs add|list|remove` and installed packs joining the bank."""

from __future__ import annotations

import json

from llmtui.tui.entry import main


def test_install_list_search_remove(tmp_path, data_dir, capsys):
    pack = tmp_path / "My Notes.md"
    pack.write_text("## Serving\n\n### Q1: What is speculative decoding used for?\n\nLatency.\n")
    assert main(["packs", "add", str(pack), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "name": "my-notes", "path": str(data_dir / "packs" / "my-notes.md"), "questions": 1}
    assert main(["packs", "add", str(pack)]) == 1  # already installed
    assert "installed already" in capsys.readouterr().err
    assert main(["packs", "list", "--json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)["packs"]] == ["my-notes"]
    assert main(["search", "speculative", "--kind", "question", "--json"]) == 0
    ids = [r["id"] for r in json.loads(capsys.readouterr().out)["results"]]
    assert "my-notes#1" in ids
    assert main(["packs", "remove", "my-notes"]) == 0
    assert main(["packs", "remove", "my-notes"]) == 1
    assert "no installed pack" in capsys.readouterr().err


def test_add_refuses_a_file_that_would_not_import(tmp_path, data_dir, capsys):
    prose = tmp_path / "prose.md"
    prose.write_text("No questions here.\n")
    assert main(["packs", "add", str(prose)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no questions found" in err[0] and str(prose) in err[0]
    assert not (data_dir / "packs").exists()


def test_add_refuses_the_bundled_banks_name(tmp_path, data_dir, capsys):
    """A pack named llm-hub would load as llm-hub-2 (ids the list never shows) while show llm-hub#1 is the bundled Q1."""
    pack = tmp_path / "LLM Hub.md"
    pack.write_text("## Serving\n\n### Q1: What is speculative decoding used for?\n\nLatency.\n")
    assert main(["packs", "add", str(pack)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(pack) in err[0] and "'llm-hub'" in err[0] and "rename" in err[0]
    assert not (data_dir / "packs").exists()
    renamed = pack.rename(tmp_path / "hub-notes.md")
    assert main(["packs", "add", str(renamed), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "hub-notes"


def test_check_names_a_missing_file_without_a_line_and_lists_problems_in_line_order(tmp_path, data_dir, capsys):
    missing = tmp_path / "nope.md"
    assert main(["check", str(missing)]) == 1
    assert f"  {missing}: no such file" in capsys.readouterr().out
    assert main(["check", "--json", str(missing)]) == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["problems"] == [{"line": None, "message": "no such file"}]
    pack = tmp_path / "gaps.md"
    pack.write_text("## What is X?\n\n## What is Y?\n\nY is a thing.\n\n## What is Z?\n", encoding="utf-8")
    assert main(["check", "--json", str(pack)]) == 0
    lines = [p["line"] for p in json.loads(capsys.readouterr().out)["files"][0]["problems"]]
    assert len(lines) == 2 and lines == sorted(lines)
