"""Text repair: mojibake, bytes lost in transit, zero-width and control characters.

ftfy does the decoding. It is configured conservatively: it must not straighten
correct curly quotes, unescape HTML entities or change character widths. What
ftfy cannot fix, because a byte was lost when the text passed through
Windows-1252 (which has no character for 0x81, 0x8D, 0x8F, 0x90 and 0x9D), is
restored here by trying the lost byte back in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import ftfy

from .sanitize import BIDI_CONTROLS

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    replace_lossy_sequences=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

# Bytes that Windows-1252 leaves undefined: they vanish from cp1252 mojibake.
_LOST_BYTES = (0x9D, 0x8F, 0x8D, 0x90, 0x81)

# UTF-8 lead and continuation bytes as they look when read as Windows-1252.
_CP1252_CONT = "".join(
    bytes([b]).decode("cp1252") for b in range(0x80, 0xC0) if b not in _LOST_BYTES
)
_MOJIBAKE_RUN = re.compile("([\u00c2-\u00f4][" + re.escape(_CP1252_CONT) + "]{1,3})")

_ZERO_WIDTH = re.compile("[\u200b\u200c\u2060\ufeff\u00ad]")
# A zero-width joiner only means something between two pictographs (emoji sequences).
_STRAY_ZWJ = re.compile(r"(?<![\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F])\u200d|\u200d(?![\U0001F000-\U0001FAFF\u2600-\u27BF])")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f{BIDI_CONTROLS}]")  # bidi: see .sanitize

# Where lost-byte candidates usually land: punctuation, emoji, pictographs.
_LIKELY = (
    (0x2000, 0x206F),
    (0x2600, 0x27BF),
    (0x1F300, 0x1F6FF),
    (0x1F900, 0x1FAFF),
)

_QUOTE_IN_EMOJI = re.compile("(?<=[\U0001F000-\U0001FAFF])\u201d(?=[\U0001F000-\U0001FAFF])")

SUSPICIOUS = ("â€", "Ã", "ð", "ï¸", "\ufffd", "Â")


def _restore_run(run: str) -> str:
    """Decode one leftover mojibake run, trying each lost byte at each position."""
    raw = run.encode("cp1252", errors="strict")
    lead = raw[0]
    expected = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    if len(raw) != expected - 1:
        return run
    fallback = run
    # The lost byte is most often the last one (a closing quote "â€" + 0x9D).
    for pos in range(expected - 1, 0, -1):
        for lost in _LOST_BYTES:
            candidate = raw[:pos] + bytes([lost]) + raw[pos:]
            try:
                char = candidate.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(char) != 1 or not (unicodedata.name(char, "") or char == "\u200d"):
                continue
            if any(lo <= ord(char) <= hi for lo, hi in _LIKELY):
                return char
            if fallback == run:
                fallback = char
    return fallback


def _restore_lost_bytes(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        run = match.group(1)
        try:
            return _restore_run(run)
        except UnicodeEncodeError:
            return run

    return _MOJIBAKE_RUN.sub(fix, text)


BLOCK_CHARS = 1 << 16  # repair works a block of whole lines at a time


def repair_text(text: str) -> str:
    """Return ``text`` with mojibake fixed and invisible junk removed.

    Long texts are repaired in blocks of whole lines (mojibake never spans a
    line): a block of plain ASCII needs no decoding, and no single regex scan
    of a 40 MB pack holds the GIL for seconds while the UI waits.

    >>> repair_text("donâ€™t")
    'don’t'
    >>> repair_text("(â€œbeamsâ€)")
    '(“beams”)'
    """
    if len(text) <= BLOCK_CHARS:
        return _repair_block(text)
    return "".join(_repair_block(block) for block in _blocks(text, BLOCK_CHARS))


def _blocks(text: str, size: int) -> Iterator[str]:
    """``text`` cut into pieces of about ``size`` characters, each ending with a line."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _repair_block(text: str) -> str:
    # ASCII has nothing to decode and nothing zero-width: it only loses terminal
    # escapes and control characters. Only the other lines go through ftfy.
    if not text.isascii():
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if not line.isascii():
                lines[i] = _repair_line(line)
        text = "\n".join(lines)
    # Idempotent on repaired lines (they have no escapes or controls left).
    return _CONTROL.sub("", _ANSI.sub("", text))


def _repair_line(text: str) -> str:
    if ftfy.is_bad(text):
        # Put lost bytes back first, while the runs are still whole mojibake;
        # then ftfy decodes everything in one consistent pass.
        text = _restore_lost_bytes(text)
    text = ftfy.fix_text(text, _FTFY)
    # "â€" with its third byte lost is ambiguous: 0x9D makes a closing quote,
    # 0x8D a zero-width joiner. The quote is the usual case; between two
    # pictographs it must have been the joiner.
    text = _QUOTE_IN_EMOJI.sub("\u200d", text)
    text = _ANSI.sub("", text)
    text = _CONTROL.sub("", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _STRAY_ZWJ.sub("", text)
    return text
