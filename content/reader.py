"""Reading a pack file from disk into clean text, or a ContentError saying why not."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError
from .models import Problem
from .repair import repair_text

# Larger than any real question bank; past this we refuse rather than freeze.
MAX_BYTES = 64 * 1024 * 1024


@dataclass(slots=True)
class SourceText:
    path: str
    text: str
    problems: list[Problem] = field(default_factory=list)


def decode_bytes(data: bytes, path: str | Path) -> SourceText:
    """Decode a pack's bytes: BOMs, UTF-16, invalid UTF-8, line endings, mojibake."""
    problems: list[Problem] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ContentError(path, f"invalid UTF-16 ({exc.reason})") from None
    else:
        if b"\x00" in data[:8192] or data.count(b"\x00") > 0:
            raise ContentError(path, "binary file (contains NUL bytes), not a Markdown question pack")
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            first_line = data[: exc.start].count(b"\n") + 1
            text = data.decode("utf-8", errors="replace")
            bad = text.count("\ufffd")
            problems.append(
                Problem(first_line, f"invalid UTF-8: {bad} byte sequence(s) replaced, first on line {first_line}")
            )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = repair_text(text)
    return SourceText(str(path), text, problems)


def read_pack_file(path: str | Path) -> SourceText:
    """Read ``path`` as a Markdown pack. Raises :class:`ContentError` with a clear message."""
    p = Path(path)
    if not p.exists():
        raise ContentError(p, "no such file")
    if p.is_dir():
        raise ContentError(p, "is a directory, expected a Markdown file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ContentError(p, f"file is {size // (1024 * 1024)} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
        data = p.read_bytes()
    except PermissionError:
        raise ContentError(p, "permission denied") from None
    except OSError as exc:
        raise ContentError(p, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ContentError(p, "empty file, no questions")
    return decode_bytes(data, p)
