"""A question's answer as Markdown: HTML off (so ``<eos>`` shows), inline LaTeX readable."""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual.widgets import Markdown

from llmtui.content.latex import readable_math


def safe_parser() -> MarkdownIt:
    """CommonMark with tables and strikethrough, and raw HTML shown as text."""
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


class AnswerView(Markdown):
    """One answer per widget: a whole pack in one Markdown widget freezes Textual."""

    def __init__(self, markdown: str = "", **kwargs) -> None:
        super().__init__(readable_math(markdown), parser_factory=safe_parser, open_links=False, **kwargs)

    def show(self, markdown: str):
        return self.update(readable_math(markdown))
