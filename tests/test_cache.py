"""The parse cache: JSON (never code), chunked in lines, ignored when unsafe, stale or corrupt."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import llmtui.content.cache as cache
from llmtui.content.packs import load_bank


def _entries(folder):
    return sorted(folder.glob("pack-*.json"))


def test_round_trip_in_chunked_lines(tmp_path):
    items = [[i, f"title {i}", "ünïcode ’quotes’ and a\nnewline"] for i in range(cache.CHUNK * 2 + 5)]
    mapping = {f"q{i}": [{"A": i}, {}] for i in range(cache.CHUNK + 1)}
    cache.write_json(tmp_path / "l.json", {"version": 1, "items": items}, chunked="items")
    cache.write_json(tmp_path / "d.json", {"version": 1, "items": mapping}, chunked="items")
    lines = (tmp_path / "l.json").read_text(encoding="utf-8").split("\n")
    assert len([line for line in lines if line]) == 1 + 3 + 1  # a head line, 3 chunks, the trailer
    assert cache.read_json(tmp_path / "l.json") == {"version": 1, "items": items}
    assert cache.read_json(tmp_path / "d.json") == {"version": 1, "items": mapping}


def test_the_second_load_comes_from_the_cache(tmp_path):
    first = load_bank(cache_dir=tmp_path)
    assert len(_entries(tmp_path)) == 1
    # A fresh process on the warm cache never loads the parser (nor markdown-it, nor ftfy).
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from llmtui.content.packs import load_bank\n"
        f"bank = load_bank(cache_dir=Path({str(tmp_path)!r}))\n"
        "print(len(bank), 'llmtui.content.parser' in sys.modules, 'markdown_it' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    assert out == [str(len(first)), "False", "False"]
    again = load_bank(cache_dir=tmp_path)
    assert [(q.id, q.title, q.answer) for q in again.questions] == [(q.id, q.title, q.answer) for q in first.questions]


@pytest.mark.parametrize("damage", ["truncate", "garbage", "stale", "unsafe"])
def test_a_bad_cache_file_is_ignored_and_rebuilt(tmp_path, damage):
    good = load_bank(cache_dir=tmp_path)
    (entry,) = _entries(tmp_path)
    text = entry.read_text(encoding="utf-8")
    if damage == "truncate":  # a crash mid-write cannot do this (writes are atomic), a full disk might
        entry.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "garbage":
        entry.write_bytes(b"\x00not json at all")
    elif damage == "stale":
        head, _, rest = text.partition("\n")
        data = json.loads(head)
        data["version"] = cache.CACHE_VERSION - 1
        entry.write_text(json.dumps(data) + "\n" + rest, encoding="utf-8")
    else:  # another user could have written it: never read
        os.chmod(entry, 0o666)
    assert cache.read_json(entry) is None or damage == "stale"
    again = load_bank(cache_dir=tmp_path)
    assert [q.answer for q in again.questions] == [q.answer for q in good.questions]
    (rebuilt,) = _entries(tmp_path)
    assert cache.read_json(rebuilt) is not None and rebuilt.stat().st_mode & 0o077 == 0


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    bank = load_bank(cache_dir=blocked / "cache")
    assert len(bank) == 115
    assert not list(tmp_path.glob(".cache-*"))


def test_stray_temp_files_of_an_unfinished_write_are_swept(tmp_path):
    # Quitting mid-load ends the process without waiting for the loader: a
    # half-written temp file may be left, and is removed once it is old.
    old = tmp_path / ".cache-abandoned"
    fresh = tmp_path / ".cache-being-written"
    mine = tmp_path / "notes.txt"
    for path in (old, fresh, mine):
        path.write_text("x", encoding="utf-8")
    os.utime(old, (0, 0))
    load_bank(cache_dir=tmp_path)
    assert not old.exists() and fresh.exists() and mine.exists()
