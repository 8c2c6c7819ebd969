"""Untrusted text → Content. Nothing from a pack or a user is ever parsed as markup.

Every helper here also strips terminal escapes, control characters and bidi
overrides (:func:`llmtui.content.sanitize.terminal_safe`, the rule the CLI's
text output follows too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

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


class Fitted(Visual):
    """Content made for the width it is drawn at: rows that must each stay on one line (cut to fit, never wrapped).

    ``make`` takes the cells of text a line has and returns the content; it is made again when the width changes.
    """

    WHOLE = 10_000  # cells: wide enough for anything, for the text in full (``str()``)

    def __init__(self, make: Callable[[int], Content]) -> None:
        self.make = make
        self._made: tuple[int, Content] | None = None

    def content(self, width: int) -> Content:
        if self._made is None or self._made[0] != width:
            self._made = (width, self.make(max(1, width)))
        return self._made[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.content(width - 2 * options.rules.get("line_pad", 0)).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content(container_width).get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.content(width - 2 * rules.get("line_pad", 0)).get_height(rules, width)

    def __str__(self) -> str:
        return self.content(self.WHOLE).plain
