"""Reading a small document the way the layout tests look at it."""

from __future__ import annotations

from llmtui.content.parser import parse_markdown


def read_pairs(text: str) -> list[tuple[str, str]]:
    """Each question's title and answer, in order, as the importer reads ``text``."""
    return [(q.title, q.answer) for q in parse_markdown(text, pack="x").questions]
