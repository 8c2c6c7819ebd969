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
    lines: dict[str, int] = field(default_factory=dict)  # binding id → the line of the file that sets it
    path: Path | None = None

    def where(self, binding_id: str) -> str:
        """``file:line`` of the line setting ``binding_id`` (the file alone when the line is not known)."""
        line = self.lines.get(binding_id)
        return f"{self.path}:{line}" if line else str(self.path)


@dataclass(frozen=True, slots=True)
class BoundKeys:
    """One binding of a screen as a keymap sees it: its id (None: not movable), default keys and action."""

    id: str | None
    keys: tuple[str, ...]
    action: str
    label: str = ""  # what a message calls it, when neither its id nor its action says

    @property
    def name(self) -> str:
        return self.label or self.id or self.action.rpartition(".")[2].replace("_", " ")


@dataclass(frozen=True, slots=True)
class BindingTables:
    """The bindings a keymap is checked against, as the app's screens declare them (read by the screens' layer:
    this one imports no Textual)."""

    screens: dict[str, list[BoundKeys]]  # a screen, by a name a user knows it by → its own bindings
    app_wide: list[BoundKeys]
    ids: frozenset[str]  # every binding id a keymap can move


def check_keymap(keymap: Keymap, tables: BindingTables) -> list[str]:
    """What the app does with a keymap before binding it, and the CLI before naming its keys: one line for each
    id no key has and each key given to two bindings of one screen; such a key is taken out of ``keymap.keys``
    (see :func:`conflicts`), which then holds the keys the app binds.

    >>> km = Keymap({"graph": "ctrl+q", "path": "f2", "pth": "f3"}, path=Path("keymap.toml"))
    >>> tables = BindingTables({"concept page": [BoundKeys("graph", ("g",), "toggle_graph"),
    ...                                          BoundKeys("path", ("p",), "path")]},
    ...                        [BoundKeys("quit", ("ctrl+q",), "quit")], frozenset({"graph", "path", "quit"}))
    >>> for line in check_keymap(km, tables): print(line)
    keymap.toml: no key has the id 'pth' (the README lists them under Keymaps)
    keymap.toml: graph: ctrl+q is quit already (everywhere): graph stays on g
    >>> km.keys
    {'path': 'f2', 'pth': 'f3'}
    """
    return [*unknown_ids(keymap, tables.ids), *conflicts(keymap, tables.screens, tables.app_wide)]


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


_ENTRY = re.compile(r"""\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column \d+\)$")


def _entry_lines(text: str) -> dict[str, int]:
    """Each key set in the file → the (first) line that sets it: TOML parsers do not say.

    >>> _entry_lines('# my keys\\n[keys]\\nsubmit = "f2"\\n"skip" = "f3"\\n')
    {'submit': 3, 'skip': 4}
    """
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = _ENTRY.match(line)
        if match:
            lines.setdefault(next(g for g in match.groups() if g), number)
    return lines


def parse_keymap(text: str, path: Path) -> Keymap:
    """Read a keymap: a ``[keys]`` table (or top-level entries) of ``binding-id = "key,key"``.

    >>> km = parse_keymap('[keys]\\nsubmit = "f2"\\nskip = "ctl+k"\\nleave = 3\\n', Path("keymap.toml"))
    >>> km.keys
    {'submit': 'f2'}
    >>> km.problems
    ["keymap.toml:3: skip: 'ctl+k' is not a key (e.g. ctrl+k, f2, ?)", 'keymap.toml:4: leave: keys must be text, like "ctrl+s"']
    """
    keymap = Keymap(path=path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = _TOML_WHERE.search(message)
        where = f"{path}:{line.group(1)}" if line else str(path)
        keymap.problems.append(f"{where}: not valid TOML ({_TOML_WHERE.sub('', message)}); no keys were changed")
        return keymap
    keymap.lines = _entry_lines(text)
    table = data.get("keys", data)
    if not isinstance(table, dict):
        keymap.problems.append(f"{path}: [keys] must be a table of binding-id = \"keys\"")
        return keymap
    for binding_id, value in table.items():
        if binding_id == "keys" and table is data:
            continue
        if not isinstance(value, str):
            keymap.problems.append(f'{keymap.where(binding_id)}: {binding_id}: keys must be text, like "ctrl+s"')
            continue
        keys = [k.strip() for k in value.split(",") if k.strip()]
        bad = [k for k in keys if not valid_key(k)]
        if bad or not keys:
            keymap.problems.append(f"{keymap.where(binding_id)}: {binding_id}: {', '.join(map(repr, bad)) or repr(value)}"
                                   " is not a key (e.g. ctrl+k, f2, ?)")
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


def unknown_ids(keymap: Keymap, known: Iterable[str]) -> list[str]:
    """One line for each binding id in ``keymap`` that no key of the app has."""
    known = set(known)
    return [f"{keymap.where(binding_id)}: no key has the id {binding_id!r} (the README lists them under Keymaps)"
            for binding_id in keymap.keys if binding_id not in known]


def key_name(key: str) -> str:
    """A key as Textual names it, whether written as the character or by name (``?`` → ``question_mark``).

    >>> key_name("?"), key_name("ctrl+["), key_name("ctrl+s"), key_name("g")
    ('question_mark', 'ctrl+left_square_bracket', 'ctrl+s', 'g')
    """
    *modifiers, name = key.split("+") if key != "+" else ["+"]
    if len(name) == 1 and not name.isalnum():
        name = unicodedata.name(name, name).lower().replace("-", "_").replace(" ", "_")
    return "+".join([*modifiers, name])


def written_key(key: str) -> str:
    """A key as a keymap file writes it: a named character as the character itself (``question_mark`` → ``?``).

    >>> written_key("question_mark"), written_key("ctrl+left_square_bracket"), written_key("f2"), written_key("space")
    ('?', 'ctrl+[', 'f2', 'space')
    """
    *modifiers, name = key.split("+") if key != "+" else ["+"]
    if len(name) > 1 and name not in NAMED_KEYS and _NAME.fullmatch(name):
        try:
            character = unicodedata.lookup(name.replace("_", " "))
        except KeyError:
            character = ""
        if len(character) == 1 and character.isprintable() and not character.isspace():
            name = character
    return "+".join([*modifiers, name])


def conflicts(keymap: Keymap, screens: dict[str, list[BoundKeys]], app_wide: list[BoundKeys]) -> list[str]:
    """Keys the keymap gives to a binding that another one has on the same screen (its own or an app-wide
    one), which the defaults did not share: each is taken out of ``keymap.keys`` (a binding left with
    none keeps its default keys) and named in one line with the file and line, keys as the file writes them.

    >>> km = Keymap({"graph": "ctrl+q", "path": "f2"}, lines={"graph": 2, "path": 3}, path=Path("keymap.toml"))
    >>> quit_ = BoundKeys("quit", ("ctrl+q",), "quit")
    >>> conflicts(km, {"concept page": [BoundKeys("graph", ("g",), "toggle_graph"),
    ...                                 BoundKeys("path", ("p",), "path")]}, [quit_])
    ['keymap.toml:2: graph: ctrl+q is quit already (everywhere): graph stays on g']
    >>> km.keys
    {'path': 'f2'}
    >>> conflicts(Keymap({"path": "?"}, path=Path("keymap.toml")),
    ...           {"concept page": [BoundKeys("path", ("p",), "path")]}, [BoundKeys("help", ("question_mark",), "help")])
    ['keymap.toml: path: ? is help already (everywhere): path stays on p']
    """
    def keys_of(binding: BoundKeys) -> tuple[str, ...]:
        if binding.id in keymap.keys:
            return tuple(key_name(k) for k in keymap.keys[binding.id].split(","))
        return tuple(key_name(k) for k in binding.keys)

    # Each key the file gives, as it writes it ("?", not Textual's "question_mark").
    written = {key_name(k.strip()): k.strip() for keys in keymap.keys.values() for k in keys.split(",")}

    def shown(key: str) -> str:
        return written.get(key) or written_key(key)

    problems: list[str] = []
    # Again until nothing changes: a key given back to its default may clash with one a later entry took.
    while True:
        found: list[str] = []
        for screen, own in screens.items():
            own_ids = {o.id for o in own if o.id is not None}
            bindings = [*own, *(b for b in app_wide if b.id is None or b.id not in own_ids)]
            default: dict[str, set[str]] = {}
            for b in bindings:
                for k in b.keys:
                    default.setdefault(key_name(k), set()).add(b.action)
            for binding in bindings:
                for key in keys_of(binding) if binding.id in keymap.keys else ():
                    if binding.id not in keymap.keys or key not in keys_of(binding):
                        continue
                    others = [b for b in bindings if b is not binding and key in keys_of(b) and b.action != binding.action]
                    shared = default.get(key, set())
                    if not others or (binding.action in shared and {b.action for b in others} <= shared):
                        continue  # free, or shared in the defaults already (a screen's own key over an app-wide one)
                    left = [k for k in keys_of(binding) if k != key]
                    if left:
                        keymap.keys[str(binding.id)] = ",".join(left)
                    else:
                        del keymap.keys[str(binding.id)]
                    where = "everywhere" if others[0] in app_wide else f"on the {screen}"
                    found.append(f"{keymap.where(str(binding.id))}: {binding.id}: {shown(key)} is {others[0].name}"
                                 f" already ({where}): {binding.id} stays on {', '.join(map(shown, keys_of(binding)))}")
        if not found:
            return problems
        problems += found
