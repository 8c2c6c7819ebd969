"""Messages posted by workers and widgets: small dataclasses, no widget references."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from .navigation import Location

if TYPE_CHECKING:  # the app paints before graph/ is imported
    from llmtui.graph.knowledge import KnowledgeBase


@dataclass
class KnowledgeLoaded(Message):
    """The bank, graph and index are ready (posted by the loading worker)."""

    kb: KnowledgeBase
    seconds: float
    partial: bool = False  # the bundled bank only: more packs are still loading


@dataclass
class KnowledgeFailed(Message):
    error: str
    final: bool = True  # False: the extra packs failed and loading goes on with the bundled bank


@dataclass
class PacksSkipped(Message):
    """Pack files that did not load (the rest did): one line each, ``file: reason``."""

    lines: tuple[str, ...]


@dataclass
class Navigate(Message):
    """Open a location (a question, a concept, a path …)."""

    location: Location


@dataclass
class LoadProgress(Message):
    """What the loading worker is doing now (shown in the status line)."""

    text: str
