"""Untrusted text → Content. Nothing from a pack or a user is ever parsed as markup.

Every helper here also strips terminal escapes, control characters and bidi
overrides (:func:`llmtui.content.sanitize.terminal_safe`, the rule the CLI's
text output follows too).
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.content import Content

from llmtui.content.sanitize import safe_offsets, terminal_safe

MATCH_STYLE = "bold underline"  # underline keeps matches visible without colour (NO_COLOR)


def safe(text: str) -> str:
    """``text`` as it may be shown: no escapes, controls or bidi overrides (strings for toasts and titles)."""
    return terminal_safe(text)


def plain(text: str) -> Content:
    return Content(terminal_safe(text))


def highlighted(text: str, spans: Iterable[tuple[int, int]], style: str = MATCH_STYLE) -> Content:
    """``text`` with ``spans`` (offsets into ``text`` as given) styled; offsets follow whatever is stripped."""
    clean, offsets = safe_offsets(text)
    content = Content(clean)
    for start, end in spans:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        content = content.stylize(style, offsets[start], offsets[end])
    return content


def join(*parts: Content | str) -> Content:
    """Concatenate; ``str`` parts are ours (fixed labels) but are still taken literally."""
    return Content.assemble(*(terminal_safe(p) if isinstance(p, str) else p for p in parts))


def cell(text: str) -> Text:
    """A DataTable cell: DataTable parses ``str`` as markup, a rich ``Text`` it shows as is."""
    return Text(terminal_safe(text), end="")
