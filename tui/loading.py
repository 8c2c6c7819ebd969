"""Loading the knowledge base for a run: bundled bank, installed packs, ``--content`` packs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tui.paths import data_dir


def installed_pack_paths(data: str | Path | None) -> list[Path]:
    from content.packs import PACK_SUFFIXES

    folder = data_dir(data) / "packs"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PACK_SUFFIXES)


def load_cached(content: Sequence[str | Path], data: str | Path | None, progress: Callable[[str], None] | None = None,
                *, installed: bool = True, graph: bool = True):
    """The knowledge base: installed packs first, then ``--content`` ones, cached in the data dir.

    ``graph=False`` stops at bank, glossary and search index (networkx is not imported).
    """
    from graph.knowledge import add_graph, load_search_base

    packs = [*(installed_pack_paths(data) if installed else []), *content]
    kb = load_search_base(packs, cache_dir=data_dir(data) / "cache", progress=progress)
    return add_graph(kb) if graph else kb


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
