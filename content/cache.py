"""A cache of parsed packs, keyed by content hash and parser version, in JSON.

JSON cannot run code when read (pickle can), and a cache file is only read if
this user owns it and nobody else can write it or its folder. A stale, corrupt
or unsafe file is ignored and rebuilt; the cache never changes what a pack says.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from content.models import Pack, Problem, Question

CACHE_VERSION = 4  # bump whenever the parser's output changes


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


def read_json(path: Path) -> Any | None:
    if not path.is_file() or not is_safe(path):
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: Any) -> None:
    """Write atomically with private permissions; a cache that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".cache-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError:
        return


def pack_to_json(pack: Pack) -> dict[str, Any]:
    return {
        "version": CACHE_VERSION,
        "name": pack.name, "title": pack.title, "path": pack.path, "formats": pack.formats, "topics": pack.topics,
        "attribution": pack.attribution, "license": pack.license, "source": pack.source,
        "problems": [[p.line, p.message] for p in pack.problems],
        "questions": [[q.id, q.number, q.title, q.answer, q.topic, q.line, list(q.formats)] for q in pack.questions],
    }


def pack_from_json(data: dict[str, Any]) -> Pack | None:
    """The pack, or None when the data is not a cache entry of this version."""
    try:
        if data.get("version") != CACHE_VERSION:
            return None
        formats: dict[tuple[str, ...], tuple[str, ...]] = {}
        questions = []
        for qid, number, title, answer, topic, line, fmts in data["questions"]:
            key = tuple(fmts)
            questions.append(Question(str(qid), str(data["name"]), int(number), str(title), str(answer), str(topic),
                                      int(line), formats.setdefault(key, key)))
        return Pack(
            name=str(data["name"]), title=str(data["title"]), path=str(data["path"]), questions=questions,
            formats=list(data["formats"]), problems=[Problem(int(a), str(b)) for a, b in data["problems"]],
            topics=list(data["topics"]), attribution=str(data["attribution"]), license=str(data["license"]),
            source=str(data["source"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
