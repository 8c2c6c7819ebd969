"""Atomic file writes: a temp file in the same folder, then a rename over the target.

Readers see the old file or the new one, never half of either. The one writer
for every file llmtui writes (settings, exports, caches).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO, TypeVar

Handle = TypeVar("Handle", TextIO, BinaryIO)


def write_atomic(path: str | Path, write: Callable[[TextIO], None], *, durable: bool = True,
                 temp_prefix: str | None = None, mode: int = 0o600, parents: bool = True) -> None:
    """Call ``write`` on a private temp file beside ``path``, then rename it over ``path``.

    The file gets ``mode`` (0600 unless told: what llmtui writes is the user's
    own). ``durable`` fsyncs before the rename (a cache can skip it: losing one
    only costs a rebuild). On any error the temp file is removed and the error
    raised; ``path`` is untouched. ``parents`` makes missing folders (0700)
    on the way, as the data dir's files want; a path the user gave (``-o``)
    passes False, so a mistyped folder is an error, never created.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
    >>> write_atomic(target, lambda f: f.write("hello"))
    >>> target.read_text(), oct(target.stat().st_mode & 0o777)
    ('hello', '0o600')
    """
    _replace(Path(path), lambda fd: os.fdopen(fd, "w", encoding="utf-8", newline="\n"), write,
             durable=durable, temp_prefix=temp_prefix, mode=mode, parents=parents)


def _replace(target: Path, open_fd: Callable[[int], Handle], write: Callable[[Handle], object], *, durable: bool = True,
             temp_prefix: str | None = None, mode: int = 0o600, parents: bool = True) -> None:
    """The one write-then-rename: text and bytes differ only in how the temp file is opened."""
    if parents:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix or f".{target.name}.", dir=target.parent)
    try:
        if mode != 0o600:
            os.fchmod(fd, mode)
        with open_fd(fd) as handle:
            write(handle)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: str | Path, text: str, *, mode: int = 0o600, parents: bool = True) -> None:
    """Replace ``path`` with ``text`` atomically and durably."""
    write_atomic(path, lambda handle: handle.write(text), mode=mode, parents=parents)


def write_bytes_atomic(path: str | Path, data: bytes, *, mode: int = 0o600, parents: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically and durably (0600 unless told, like every file written here).

    ``parents``: as :func:`write_atomic`.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "pack.md"
    >>> write_bytes_atomic(target, b"## Q1: Why?")
    >>> target.read_bytes()
    b'## Q1: Why?'
    """
    _replace(Path(path), lambda fd: os.fdopen(fd, "wb"), lambda handle: handle.write(data), mode=mode, parents=parents)
