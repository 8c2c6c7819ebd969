"""Loading the knowledge base for a run: bundled bank, installed packs, ``--content`` packs."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .paths import data_dir


class QuietProgress:
    """Progress that stays quiet while loading is fast.

    Every status update costs the UI thread a frame, taken from the loader it
    reports on. Like a spinner that appears only after a delay, messages are
    forwarded once loading has run for ``grace`` seconds; the bundled bank
    loads before that and draws no progress at all.

    >>> now = [0.0]
    >>> sent = []
    >>> progress = QuietProgress(sent.append, grace=0.15, clock=lambda: now[0])
    >>> progress("Finding concepts…")
    >>> now[0] = 0.2
    >>> progress("Building the concept graph…")
    >>> sent, progress.slow
    (['Building the concept graph…'], True)
    """

    def __init__(self, send: Callable[[str], None], grace: float = 0.15,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self._send = send
        self._clock = clock
        self._deadline = clock() + grace

    @property
    def slow(self) -> bool:
        return self._clock() >= self._deadline

    def __call__(self, text: str) -> None:
        if self.slow:
            self._send(text)


def installed_pack_paths(data: str | Path | None) -> list[Path]:
    from llmtui.content.packs import PACK_SUFFIXES

    folder = data_dir(data) / "packs"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PACK_SUFFIXES)


def load_cached(content: Sequence[str | Path], data: str | Path | None, progress: Callable[[str], None] | None = None,
                *, installed: bool = True, graph: bool = True, answers: bool = True, strict: bool = False):
    """The knowledge base: installed packs first, then ``--content`` ones, cached in the data dir.

    ``graph=False`` stops at bank, glossary and search index (networkx is not imported);
    ``answers=False`` leaves the answers out of the index (``kb.index.index_answers()`` adds them).
    Pack files that do not load are listed in ``kb.bank.skipped`` (``strict``: a named one raises instead).
    """
    from llmtui.graph.knowledge import add_graph, load_search_base

    packs = [*(installed_pack_paths(data) if installed else []), *content]
    kb = load_search_base(packs, cache_dir=data_dir(data) / "cache", progress=progress, answers=answers, strict=strict)
    return add_graph(kb) if graph else kb


def release_memory() -> None:
    """Hand memory freed by a big load back to the OS (glibc keeps it otherwise).

    Loading a 100k-question pack decodes ~60 MB of JSON that is garbage a moment
    later; without this the process keeps that peak as its resident size.
    """
    import ctypes
    import ctypes.util

    # No gc.collect() first: decoded JSON is freed by reference counting, and a
    # full collection over a 100k-question heap would hold the GIL for ~0.3 s.
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
