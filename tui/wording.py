"""How llmtui says things, shared by the screens and the CLI. No textual."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Over a question's talking points, on its page and in `llmtui show`
TALKING_POINTS_NOTE = "Talking points: what the pack says to cover. It gives no model answer."


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``count`` and the noun, singular for one.

    >>> plural(1, "question"), plural(0, "question"), plural(3, "query", "queries")
    ('1 question', '0 questions', '3 queries')
    """
    return f"{count} {noun if count == 1 else (plural_form or noun + 's')}"


def sentence(text: str) -> str:
    """``text`` as a sentence: a capital first, and a full stop unless it ends with its own punctuation.

    >>> sentence("no concept 'flash at'; did you mean FlashAttention?"), sentence("nothing is due"), sentence("Done.")
    ("No concept 'flash at'; did you mean FlashAttention?", 'Nothing is due.', 'Done.')
    """
    text = text.strip()
    if not text:
        return text
    return text[:1].upper() + text[1:] + ("" if text[-1] in ".?!…" else ".")


def distinct_aliases(name: str, aliases: Iterable[str]) -> list[str]:
    """Aliases that differ from the name and from each other by more than letter case, hyphens or spaces.

    >>> distinct_aliases("KV cache", ["kv cache", "KV-cache", "key-value cache", "Key-Value cache"])
    ['key-value cache']
    """
    def fold(text: str) -> str:
        return " ".join(text.casefold().replace("-", " ").split())

    seen = {fold(name)}
    out = []
    for alias in aliases:
        if fold(alias) not in seen:
            seen.add(fold(alias))
            out.append(alias)
    return out


def fit_line(parts: Iterable[str], width: int, separator: str = " · ") -> str:
    """The parts that fit in ``width`` cells, in order, most important first; a part too long is left out.

    >>> fit_line(["2 reviews due", "115 questions", "Enter lists a topic; type to search"], 32)
    '2 reviews due · 115 questions'
    """
    line = ""
    for part in parts:
        candidate = f"{line}{separator}{part}" if line else part
        if cell_len(candidate) <= width:
            line = candidate
    return line


def cut_line(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: cut with an ellipsis when longer (as fzf cuts a long line).

    >>> cut_line("Q3  due 2026-11-27  Explain how KV Cache works", 24), cut_line("Q3", 24)
    ('Q3  due 2026-11-27  Exp…', 'Q3')
    """
    if cell_len(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + cell_len(ch) > width - 1:
            break
        out.append(ch)
        used += cell_len(ch)
    return "".join(out) + "…"


def columns(rows: Iterable[Iterable[str]], align: str = "") -> list[str]:
    """Rows of cells as lines of aligned columns, two spaces apart, with no trailing spaces.

    ``align`` has one letter a column, ``<`` (the default) or ``>`` (numbers).

    >>> columns([["#9", "3 questions"], ["#10", "12 questions", "an error"]], "<>")
    ['#9    3 questions', '#10  12 questions  an error']
    """
    table = [list(row) for row in rows]
    widths: list[int] = []
    for row in table:
        for i, cell in enumerate(row):
            if i == len(widths):
                widths.append(0)
            widths[i] = max(widths[i], cell_len(cell))
    lines = []
    for row in table:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - cell_len(cell))
            cells.append(pad + cell if align[i:i + 1] == ">" else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return lines


def cell_len(text: str) -> int:
    """Terminal cells ``text`` takes: wide (CJK) characters take two, combining marks none.

    >>> cell_len("KV cache"), cell_len("注意力"), cell_len("é")
    (8, 6, 1)
    """
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
# A question page's sidebar with nothing in it says why, not an empty box
NO_CONCEPTS_NOTE = "None: this answer names no concept of the glossary."
NO_RELATED_NOTE = "None: no other question shares a concept with this one."
