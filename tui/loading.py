"""Loading the knowledge base for a run: bundled bank, installed packs, ``--content`` packs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tui.paths import data_dir


def installed_pack_paths(data: str | Path | None) -> list[Path]:
    folder = data_dir(data) / "packs"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in (".md", ".markdown", ".txt"))


def load_knowledge_cached(content: Sequence[str | Path], data: str | Path | None,
                          progress: Callable[[str], None] | None = None, *, installed: bool = True):
    """The knowledge base with installed packs first, then ``--content`` ones, cached in the data dir."""
    from graph.knowledge import load_knowledge

    packs = [*(installed_pack_paths(data) if installed else []), *content]
    return load_knowledge(packs, cache_dir=data_dir(data) / "cache", progress=progress)


def load_search_cached(content: Sequence[str | Path], data: str | Path | None,
                       progress: Callable[[str], None] | None = None, *, installed: bool = True):
    """Bank, glossary and search index without the graph (networkx is not imported)."""
    from graph.knowledge import load_search_base

    packs = [*(installed_pack_paths(data) if installed else []), *content]
    return load_search_base(packs, cache_dir=data_dir(data) / "cache", progress=progress)


def release_memory() -> None:
    """Hand memory freed by a big load back to the OS (glibc keeps it otherwise).

    Loading a 100k-question pack decodes ~60 MB of JSON that is garbage a moment
    later; without this the process keeps that peak as its resident size.
    """
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        libc = ctypes.CDLL(name)
        trim = getattr(libc, "malloc_trim", None)
        if trim is not None:
            trim(0)
    except OSError:
        return
