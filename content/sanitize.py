"""Text from outside made safe for a terminal. Pure, standard library only (the CLI imports it on every run).

File names, pack names, question text and typed answers can hold terminal
escape sequences (OSC 0/2 sets the window title, OSC 52 writes the clipboard),
other control characters, and bidirectional overrides (U+202E shows text in an
order that is not the one stored). :func:`terminal_safe` removes them all; the
app's text helpers (``llmtui.tui.widgets.text``) and the CLI's text output both
go through it, so the rule is the same everywhere. JSON output keeps the data
exact instead, with such characters escaped (:func:`json_safe`).
"""

from __future__ import annotations

import re

# Whole escape sequences first (CSI, OSC/DCS/SOS/PM/APC strings, two-character escapes), in their
# 7-bit and 8-bit (C1) forms, so no parameters are left behind as junk; then any control left.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI … final byte
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # two-character (and lone) escapes
)
# Embeddings, overrides and isolates: they reorder what follows them (Trojan Source). The marks
# (LRM, RLM, ALM) only place neutral characters and are kept for right-to-left text.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_LINE_BREAKS = re.compile("[\n\t\u2028\u2029]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}\u2028\u2029]")


def terminal_safe(text: str, *, one_line: bool = False) -> str:
    """``text`` without escape sequences, control characters (tabs and newlines stay) or bidi controls.

    ``one_line`` also turns tabs and line breaks into spaces: for a file name in
    a one-line message.

    >>> terminal_safe("pack\\x1b]2;pwned\\x07.md: empty")
    'pack.md: empty'
    >>> terminal_safe("abc\\u202edcba \\x1b[31mred\\x1b[0m \\x9b2Jok")
    'abcdcba red ok'
    >>> terminal_safe("two\\nlines\\r", one_line=True)
    'two lines'
    """
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to do
    text = _CONTROL.sub("", _SEQUENCE.sub("", text))
    return _LINE_BREAKS.sub(" ", text) if one_line else text


def safe_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`terminal_safe` of ``text`` and, for each offset into ``text`` (and its end), the offset in the result.

    For highlight spans computed on the original text.

    >>> safe_offsets("a\\x1b[1mb")
    ('ab', [0, 1, 1, 1, 1, 1, 2])
    """
    clean = terminal_safe(text)
    if clean == text:
        return text, list(range(len(text) + 1))
    removed = bytearray(len(text))
    for match in _SEQUENCE.finditer(text):
        removed[match.start():match.end()] = b"\1" * (match.end() - match.start())
    offsets, kept = [], 0
    for i, char in enumerate(text):
        offsets.append(kept)
        if not removed[i] and not _CONTROL.match(char):
            kept += 1
    offsets.append(kept)
    return clean, offsets


def json_safe(json_text: str) -> str:
    """JSON text with DEL, C1 controls, bidi controls and line separators written as ``\\uXXXX`` escapes.

    The data is unchanged (JSON reads them back as the same characters); a
    terminal the JSON is printed on sees none of them. (These characters occur
    only inside JSON strings, so the escape is always valid.)

    >>> json_safe('{"t": "a\\u202eb\\x9b"}')
    '{"t": "a\\\\u202eb\\\\u009b"}'
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
