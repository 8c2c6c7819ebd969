"""A cache of parsed packs, keyed by content hash and parser version, in JSON.

JSON cannot run code when read (pickle can), and a cache file is only read if
this user owns it and nobody else can write it or its folder. Every file ends
with a line holding its line and item counts and a CRC-32 of the lines before
it (damage, not an attacker, is what it catches: the file is the user's own,
and shapes are checked as well): a file cut short (even at a line boundary),
altered or of the wrong shape is ignored and rebuilt, never half-used. The
cache never changes what a pack says.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import time
import zlib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TextIO, TypeVar

from .atomic import write_atomic
from .errors import ContentError
from .models import Pack, Problem, Question
from .reader import read_regular_file

CACHE_VERSION = 194  # bump whenever the parser's output or this file format changes


def cache_key(*parts: bytes) -> str:
    digest = hashlib.sha256(f"llmtui-cache-{CACHE_VERSION}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()[:40]


def is_safe(path: Path) -> bool:
    """Owned by this user and writable by nobody else (the file and its folder)."""
    try:
        for target in (path, path.parent):
            info = target.stat()
            if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return False
    except OSError:
        return False
    return True


STRAY_PREFIX = ".cache-"  # temp files of cache writes; old ones are swept
CHUNK = 2000  # items per line of a chunked file: one json.loads of a line takes a few ms


def read_json(path: Path) -> Any | None:
    """The JSON a cache file holds, or None when it is missing, unsafe, corrupt, cut short or altered.

    A chunked file (see :func:`write_json`) is read a line at a time, so a
    reader thread never holds the GIL for long and the UI keeps drawing.
    """
    if not path.is_file() or not is_safe(path):
        return None
    try:
        return _read_framed(path)
    except (OSError, ValueError, TypeError, AttributeError, KeyError, RecursionError, MemoryError):
        return None


def _read_framed(path: Path) -> Any | None:
    crc = 0
    with path.open("rb") as handle:
        first = handle.readline()
        crc = zlib.crc32(first, crc)
        data = json.loads(first)
        if not isinstance(data, dict):
            return None
        chunked = data.pop("chunked", None)
        key, kind = chunked if chunked is not None else (None, None)
        items: Any = [] if kind == "list" else {}
        lines, trailer = 1, None
        for raw in handle:
            if raw.startswith(b'"'):  # the trailer: the one line that is a JSON string
                trailer = json.loads(raw)
                if handle.readline():
                    return None  # anything after the trailer: not a file we wrote
                break
            crc = zlib.crc32(raw, crc)
            lines += 1
            part = json.loads(raw)
            if kind == "list" and isinstance(part, list):
                items.extend(part)
            elif kind == "dict" and isinstance(part, dict):
                items.update(part)
            else:
                return None
    count = len(items) if chunked is not None else 0
    if trailer != _trailer(lines, count, crc):
        return None
    if chunked is not None:
        data[key] = items
    return data


def _trailer(lines: int, items: int, crc: int) -> str:
    return f"end:{lines}:{items}:{crc:08x}"


def write_json(path: Path, data: Any, *, chunked: str | None = None) -> None:
    """Write atomically with private permissions; a cache that cannot be written is skipped.

    With ``chunked``, the list or dict under that key is written as lines of
    ``CHUNK`` items after a first line holding the rest: a 100k-question pack
    is ~40 MB of JSON, and one ``json.loads`` of it would stall the UI ~300 ms.
    The last line is the trailer :func:`read_json` checks.
    """

    def write(handle: TextIO) -> None:
        crc, lines = 0, 0

        def put(line: str) -> None:
            nonlocal crc, lines
            handle.write(line)
            crc = zlib.crc32(line.encode("utf-8"), crc)
            lines += 1

        items = data[chunked] if chunked is not None else ()
        if chunked is None:
            put(_line(data))
        else:
            is_list = isinstance(items, list)
            put(_line({**{k: v for k, v in data.items() if k != chunked},
                       "chunked": [chunked, "list" if is_list else "dict"]}))
            seq = items if is_list else list(items.items())
            for start in range(0, len(seq), CHUNK):
                part = seq[start:start + CHUNK]
                put(_line(part if is_list else dict(part)))
        handle.write(json.dumps(_trailer(lines, len(items), crc)) + "\n")

    # Not fsynced: a cache lost in a crash is only rebuilt.
    with contextlib.suppress(OSError, TypeError, ValueError):
        write_atomic(path, write, durable=False, temp_prefix=STRAY_PREFIX)


Parsed = TypeVar("Parsed")


def load_data_file(kind: str, path: str | Path | None, bundled: str, parse: Callable[[str, str], Parsed], *,
                   to_json: Callable[[Parsed], Any], from_json: Callable[[Any], Parsed | None],
                   cache_dir: Path | None = None) -> Parsed:
    """A data file parsed: the one named ``bundled`` in ``content/data``, or the user's ``path`` (read only
    when regular and bounded). With ``cache_dir`` the parsed form is kept there as JSON keyed by the file's
    bytes (``kind`` names the file), and read back instead of parsing while the bytes are the same.

    ``parse(text, where)`` raises :class:`ContentError` naming ``where`` for bad input.
    """
    if path is None:
        raw, where = resources.files("llmtui.content.data").joinpath(bundled).read_bytes(), bundled
    else:
        raw, where = read_regular_file(path), str(path)
    entry = cache_dir / f"{kind}-{cache_key(kind.encode(), raw)}.json" if cache_dir is not None else None
    if entry is not None and (cached := from_json(read_json(entry))) is not None:
        return cached
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(where, f"not UTF-8 (byte {exc.start})") from None
    parsed = parse(text, where)
    if entry is not None:
        write_json(entry, to_json(parsed))
    return parsed


def sweep_stray_files(folder: Path, older_than: float = 3600.0) -> int:
    """Delete temp files of writes that never finished (the app was quit mid-load); return how many.

    Only our own ``.cache-*`` names, and only old ones: a write in progress
    by another llmtui is never touched.
    """
    removed = 0
    cutoff = time.time() - older_than
    try:
        for stray in folder.glob(f"{STRAY_PREFIX}*"):
            with contextlib.suppress(OSError):
                if stray.stat().st_mtime < cutoff:
                    stray.unlink()
                    removed += 1
    except OSError:
        pass
    return removed


def _line(data: Any) -> str:
    # Compact JSON escapes newlines inside strings, so one document is one line.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def pack_to_json(pack: Pack) -> dict[str, Any]:
    return {
        "version": CACHE_VERSION,
        "name": pack.name, "title": pack.title, "path": pack.path, "formats": pack.formats, "topics": pack.topics,
        "attribution": pack.attribution, "license": pack.license, "source": pack.source,
        "problems": [[p.line, p.message] for p in pack.problems],
        "questions": [[q.id, q.number, q.title, q.answer, q.topic, q.line, list(q.formats), int(q.talking_points), q.prompt]
                      for q in pack.questions],
    }


def pack_from_json(data: dict[str, Any]) -> Pack | None:
    """The pack, or None when the data is not a cache entry of this version (or not of the right shape)."""
    try:
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return None
        formats: dict[tuple[str, ...], tuple[str, ...]] = {}
        questions = []
        for qid, number, title, answer, topic, line, fmts, talking_points, prompt in data["questions"]:
            key = tuple(fmts)
            questions.append(Question(str(qid), str(data["name"]), int(number), str(title), str(answer), str(topic),
                                      int(line), formats.setdefault(key, key), bool(talking_points), str(prompt)))
        return Pack(
            name=str(data["name"]), title=str(data["title"]), path=str(data["path"]), questions=questions,
            formats=list(data["formats"]), problems=[Problem(int(a), str(b)) for a, b in data["problems"]],
            topics=list(data["topics"]), attribution=str(data["attribution"]), license=str(data["license"]),
            source=str(data["source"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
