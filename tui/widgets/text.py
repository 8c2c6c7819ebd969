"""Untrusted text → Content. Nothing from a pack or a user is ever parsed as markup."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.content import Content

MATCH_STYLE = "bold underline"  # underline keeps matches visible without colour (NO_COLOR)


def plain(text: str) -> Content:
    return Content(text)


def highlighted(text: str, spans: Iterable[tuple[int, int]], style: str = MATCH_STYLE) -> Content:
    content = Content(text)
    for start, end in spans:
        content = content.stylize(style, start, end)
    return content


def join(*parts: Content | str) -> Content:
    """Concatenate; ``str`` parts are ours (fixed labels) but are still taken literally."""
    return Content.assemble(*parts)


def cell(text: str) -> Text:
    """A DataTable cell: DataTable parses ``str`` as markup, a rich ``Text`` it shows as is."""
    return Text(text, end="")
