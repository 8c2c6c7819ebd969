"""Reading a pack file from disk into clean text, or a ContentError saying why not.

Only regular files are read, and never more than a limit: a FIFO would block
for ever, a device (``/dev/zero``) would never end, and a file that grows while
it is read is cut at the limit plus one byte and refused. This module is light
(the text repair, with ftfy, loads only when text is decoded), so every reader
of user files uses :func:`read_regular_file`.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError
from .models import Problem

# Larger than any real question bank; past this we refuse rather than freeze.
MAX_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024  # a manifest or a settings file is a few lines

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def read_regular_file(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes; else a :class:`ContentError`.

    Opened without blocking (a FIFO never waits for a writer) and checked on the
    open descriptor, so what is checked is what is read.

    >>> read_regular_file("/dev/null")
    Traceback (most recent call last):
    ...
    llmtui.content.errors.ContentError: /dev/null: is a character device, not a regular file
    """
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ContentError(p, "no such file") from None
    except PermissionError:
        raise ContentError(p, "permission denied") from None
    except OSError as exc:
        raise ContentError(p, f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
            if stat.S_ISDIR(info.st_mode):
                raise ContentError(p, "is a directory, expected a Markdown file")
            raise ContentError(p, f"is {kind}, not a regular file")
        if info.st_size > limit:
            raise ContentError(p, f"file is {_size(info.st_size)}, larger than the {_size(limit)} limit")
        chunks: list[bytes] = []
        left = limit + 1  # one byte more than allowed tells a file that grew while read
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise ContentError(p, f"file grew past the {_size(limit)} limit while it was read")
        return b"".join(chunks)
    except OSError as exc:
        raise ContentError(p, f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n} bytes"


@dataclass(slots=True)
class SourceText:
    path: str
    text: str
    problems: list[Problem] = field(default_factory=list)


# A NUL in the first bytes, as git decides, or more than one in this many bytes: binary, not text
BINARY_LOOK_BYTES = 8192
NUL_SHARE = 1000


LEGACY_CJK = 20  # Chinese characters a GB18030 reading must give for a file that is not UTF-8 to be read so
LEGACY_CJK_SHARE = 0.5  # of the characters beyond ASCII


def _legacy_chinese(data: bytes) -> str | None:
    r"""The text of a file saved in GBK/GB18030 (as Chinese editors on Windows save), when it decodes whole in
    GB18030 and what it gives beyond ASCII is mostly Chinese characters; else None (Latin-1 bytes decode as odd
    pairs of symbols, seldom as whole text of Chinese characters).

    >>> _legacy_chinese("## 什么是闭包？\n\n函数和它的环境。".encode("gbk") * 3)[:9]
    '## 什么是闭包？'
    >>> _legacy_chinese("Caf\xe9 cr\xe8me".encode("latin-1")) is None
    True
    """
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    beyond = sum(1 for char in text if ord(char) > 127)
    chinese = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    return text if chinese >= LEGACY_CJK and chinese >= LEGACY_CJK_SHARE * beyond else None


def decode_bytes(data: bytes, path: str | Path) -> SourceText:
    """Decode a pack's bytes: BOMs, UTF-16, invalid UTF-8, line endings, mojibake."""
    from .repair import repair_text  # ftfy: loaded only when text is decoded

    problems: list[Problem] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ContentError(path, f"invalid UTF-16 ({exc.reason})") from None
    else:
        nuls = data.count(b"\x00")
        if b"\x00" in data[:BINARY_LOOK_BYTES] or nuls * NUL_SHARE > len(data):
            raise ContentError(path, "binary file (contains NUL bytes), not a Markdown question pack")
        if nuls:  # a stray NUL in a long text (pasted into a code sample) is no reason to refuse the pack
            line = data[:data.index(b"\x00")].count(b"\n") + 1
            data = data.replace(b"\x00", b"")
            problems.append(Problem(line, f"{nuls} NUL byte(s) removed, first on line {line}"))
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if (chinese := _legacy_chinese(data)) is not None:
                text = chinese
                problems.append(Problem(1, "not UTF-8: read as GB18030 (the Chinese encoding it decodes whole in)"))
            else:
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
    data = read_regular_file(p)
    if not data.strip():
        raise ContentError(p, "empty file, no questions")
    return decode_bytes(data, p)
