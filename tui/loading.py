"""Loading the knowledge base for a run: bundled bank, installed packs, ``--content`` packs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tui.paths import data_dir


def installed_pack_paths(data: str | Path | None) -> list[Path]:
    folder = data_dir(data) / "packs"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in (".md", ".markdown", ".txt"))


def load_knowledge_cached(content: Sequence[str | Path], data: str | Path | None):
    """The knowledge base with installed packs first, then ``--content`` ones."""
    from graph.knowledge import load_knowledge

    return load_knowledge([*installed_pack_paths(data), *content])
