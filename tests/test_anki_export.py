"""Anki interop: the .apkg is a valid Anki collection (read back here), the CSV any tool can read."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import zipfile

from llmtui.tui.cli.main import run


def read_apkg(path, tmp_path):
    with zipfile.ZipFile(path) as package:
        assert set(package.namelist()) == {"collection.anki2", "media"}
        assert json.loads(package.read("media")) == {}
        (tmp_path / "collection.anki2").write_bytes(package.read("collection.anki2"))
    return sqlite3.connect(tmp_path / "collection.anki2")


def test_apkg_is_an_anki_collection_with_every_question(data_dir, tmp_path, capsys):
    out = tmp_path / "deck.apkg"
    assert run(["export", "--format", "apkg", "-o", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"wrote": str(out), "format": "apkg", "questions": 115}
    db = read_apkg(out, tmp_path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    (models, decks), = db.execute("SELECT models, decks FROM col").fetchall()
    model = next(iter(json.loads(models).values()))
    assert model["name"] == "llmtui question" and [f["name"] for f in model["flds"]] == ["Question", "Answer", "Id"]
    assert any(d["name"] == "llmtui" for d in json.loads(decks).values())
    notes = db.execute("SELECT guid, flds, tags FROM notes").fetchall()
    cards = db.execute("SELECT count(*) FROM cards").fetchone()[0]
    assert len(notes) == 115 and cards == 115
    fields = {flds.split("\x1f")[2]: (flds.split("\x1f"), tags.split()) for _, flds, tags in notes}
    (front, back, _), tags = fields["llm-hub#3"]
    assert front.startswith("Explain how KV Cache accelerates LLM inference.")
    assert "<p>" in back  # the Markdown answer as HTML
    assert "topic::Transformer_fundamentals" in tags and "pack::llm-hub" in tags and "concept::KV_cache" in tags
    assert all(any(t.startswith("topic::") for t in tags) for _, tags in fields.values())
    assert len({guid for guid, _, _ in notes}) == 115
    # The same question keeps its note GUID in every export: Anki updates it instead of duplicating it.
    (tmp_path / "again").mkdir()  # -o writes into a folder that exists, never makes one
    again = tmp_path / "again" / "deck.apkg"
    assert run(["export", "--format", "apkg", "-o", str(again)]) == 0
    guids = {row[0] for row in read_apkg(again, tmp_path / "again").execute("SELECT guid FROM notes")}
    assert guids == {guid for guid, _, _ in notes}


def test_pack_text_never_becomes_html_in_anki(data_dir, tmp_path):
    pack = tmp_path / "hostile.md"
    pack.write_text("## Tags\n\n### Q1: What is <script>alert(1)</script>?\n\nIt is <b onclick=x>bold</b> and *fine*.\n",
                    encoding="utf-8")
    out = tmp_path / "deck.apkg"
    assert run(["--content", str(pack), "export", "--format", "apkg", "-o", str(out)]) == 0
    db = read_apkg(out, tmp_path)
    flds = next(f for f, in db.execute("SELECT flds FROM notes") if "hostile" in f)
    front, back, _ = flds.split("\x1f")
    assert "<script>" not in front and "&lt;script&gt;" in front
    assert "<b onclick" not in back and "&lt;b onclick=x&gt;" in back and "<em>fine</em>" in back


def test_apkg_needs_a_file_or_a_pipe_and_csv_reads_back(data_dir, capsys):
    import ptyrun

    proc, master = ptyrun.start(data_dir, "export", "--format", "apkg")  # binary onto a terminal: refused
    assert b"give -o deck.apkg, or redirect standard output" in ptyrun.read(master, None, timeout=20)
    assert proc.wait(timeout=20) == 1
    os.close(master)
    assert run(["export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 115
    kv = next(r for r in rows if r["id"] == "llm-hub#3")
    assert kv["topic"] == "Transformer fundamentals" and "KV cache" in kv["concepts"].split("; ")
    assert "\n" in next(r["answer"] for r in rows if "\n" in r["answer"])  # multi-line answers survive quoting
