"""What the home screen lists before the bank has loaded: its topics, kept from the last run. No textual.

Loading the bank takes a few frames after the first one; a user who comes
back sees the topics at once, from a few hundred bytes written after the last
full load. They are shown only if the packs are the very files that summary
was made from (path, size and modification time of each), so what the user
sees first is what the loaded bank lists a moment later.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from llmtui.content.cache import read_json, write_json

SUMMARY_FILE = "home-summary.json"  # in the cache folder of the data dir
VERSION = 1


@dataclass(frozen=True, slots=True)
class BankSummary:
    """The topics of a bank with their question counts, in the bank's order."""

    topics: tuple[tuple[str, int], ...]
    questions: int


def packs_signature(packs: Sequence[str | Path]) -> list[list[object]]:
    """Which files a bank is made of, as they are now: the bundled data and ``packs``.

    >>> packs_signature(["/nowhere/missing.md"])[-1]
    ['/nowhere/missing.md', None, None]
    """
    bundled = resources.files("llmtui.content.data")
    files = [Path(str(entry)) for entry in bundled.iterdir() if entry.name.endswith((".md", ".toml"))]
    out: list[list[object]] = []
    for path in [*sorted(files), *(Path(p) for p in packs)]:
        try:
            info = os.stat(path)
        except OSError:
            out.append([str(path), None, None])
        else:
            out.append([str(path), info.st_size, info.st_mtime_ns])
    return out


def read_summary(cache_dir: Path, packs: Sequence[str | Path]) -> BankSummary | None:
    """The summary kept for exactly these packs, or None (none kept, other packs, unreadable)."""
    data = read_json(cache_dir / SUMMARY_FILE)
    if not isinstance(data, dict) or data.get("version") != VERSION or data.get("packs") != packs_signature(packs):
        return None
    try:
        topics = tuple((str(name), int(count)) for name, count in data["topics"])
        return BankSummary(topics, int(data["questions"]))
    except (KeyError, TypeError, ValueError):
        return None


def write_summary(cache_dir: Path, packs: Sequence[str | Path], summary: BankSummary) -> None:
    """Keep ``summary`` for the next start with these packs (skipped if the cache cannot be written)."""
    write_json(cache_dir / SUMMARY_FILE, {"version": VERSION, "packs": packs_signature(packs),
                                          "topics": [list(t) for t in summary.topics], "questions": summary.questions})
