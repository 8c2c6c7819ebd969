"""The user's keymap: ``keymap.toml`` in the data dir maps binding ids to keys. No textual.

The app hands the result to Textual's ``App.set_keymap``; this module only reads
and checks the file, so a mistake costs a one-line warning naming the file and
line, never the app.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

KEYMAP_FILE = "keymap.toml"
MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")
NAMED_KEYS = frozenset(
    "escape enter tab space backspace delete insert home end pageup pagedown up down left right".split()
) | {f"f{n}" for n in range(1, 25)}
_NAME = re.compile(r"[a-z0-9_]+")


@dataclass(slots=True)
class Keymap:
    """Binding id → keys ("ctrl+s" or several: "ctrl+s,f2"), and what was wrong with the file, one line each."""

    keys: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def valid_key(key: str) -> bool:
    """Whether Textual can bind ``key``: modifiers, then one key by name or as the character itself.

    >>> [valid_key(k) for k in ("ctrl+s", "f2", "?", "question_mark", "alt+left_square_bracket", "ctrl+", "ctl+s")]
    [True, True, True, True, True, False, False]
    """
    *modifiers, name = key.split("+") if key != "+" else ["+"]
    if any(m not in MODIFIERS for m in modifiers) or not name:
        return False
    if len(name) == 1:
        return name.isprintable()
    if name in NAMED_KEYS:
        return True
    if not _NAME.fullmatch(name):
        return False
    try:
        unicodedata.lookup(name.replace("_", " "))  # "question_mark", "left_square_bracket" …
    except KeyError:
        return False
    return True


def parse_keymap(text: str, path: Path) -> Keymap:
    """Read a keymap: a ``[keys]`` table (or top-level entries) of ``binding-id = "key,key"``.

    >>> km = parse_keymap('[keys]\\nsubmit = "f2"\\nskip = "ctl+k"\\nleave = 3\\n', Path("keymap.toml"))
    >>> km.keys
    {'submit': 'f2'}
    >>> km.problems
    ["keymap.toml: skip: 'ctl+k' is not a key (e.g. ctrl+k, f2, ?)", 'keymap.toml: leave: keys must be text, like "ctrl+s"']
    """
    keymap = Keymap()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        keymap.problems.append(f"{path}: not valid TOML ({exc}); no keys were changed")
        return keymap
    table = data.get("keys", data)
    if not isinstance(table, dict):
        keymap.problems.append(f"{path}: [keys] must be a table of binding-id = \"keys\"")
        return keymap
    for binding_id, value in table.items():
        if binding_id == "keys" and table is data:
            continue
        if not isinstance(value, str):
            keymap.problems.append(f'{path}: {binding_id}: keys must be text, like "ctrl+s"')
            continue
        keys = [k.strip() for k in value.split(",") if k.strip()]
        bad = [k for k in keys if not valid_key(k)]
        if bad or not keys:
            keymap.problems.append(f"{path}: {binding_id}: {', '.join(map(repr, bad)) or repr(value)} is not a key"
                                   " (e.g. ctrl+k, f2, ?)")
            continue
        keymap.keys[binding_id] = ",".join(keys)
    return keymap


def load_keymap(folder: Path) -> Keymap:
    """The keymap in ``folder`` (none if there is no file)."""
    path = folder / KEYMAP_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Keymap()
    except (OSError, UnicodeDecodeError) as exc:
        return Keymap(problems=[f"{path}: cannot read it ({getattr(exc, 'strerror', None) or exc}); no keys were changed"])
    return parse_keymap(text, path)


def unknown_ids(keymap: Keymap, known: Iterable[str], path: Path) -> list[str]:
    """One line for each binding id in ``keymap`` that no key of the app has."""
    known = set(known)
    return [f"{path}: no key has the id {binding_id!r} (the README lists them under Keymaps)"
            for binding_id in keymap.keys if binding_id not in known]
