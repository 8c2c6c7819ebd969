"""Pages you walk between (questions, concepts, paths, all concepts): shared breadcrumb and keys."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Header, Static

from ..navigation import CRUMB_SEPARATOR, Location
from ..widgets.keybar import KeyBar
from ..widgets.text import safe
from .base import HOME_BINDING, AppScreen


class PageScreen(AppScreen):
    """A page of the walk: breadcrumb on top, keys at the bottom."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", id="back", tooltip="Back (browser-style)"),
        Binding("alt+left,left_square_bracket", "app.back", "Back", id="back-also", show=False,
                tooltip="Back (browser-style)"),
        # Not in the key bar: the breadcrumb says "→ forward" when there is a way forward, and F1 names the key.
        Binding("alt+right,right_square_bracket", "app.forward", "Forward", id="forward", show=False, tooltip="Forward"),
        HOME_BINDING,
    ]

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location

    def compose_page(self) -> ComposeResult:
        yield from ()

    def compose(self) -> ComposeResult:
        self.sub_title = safe(self.location.label)  # the header and F1 name the page
        yield Header()
        yield Static(self._breadcrumb(), id="breadcrumb")
        yield from self.compose_page()
        yield KeyBar()

    def on_screen_resume(self) -> None:
        self.app.resume_walk(self)  # back from a screen opened over this page, which may have walked elsewhere
        # A kept page shown again: the trail and the back/forward hints have moved on since it was built.
        self.query_one("#breadcrumb", Static).update(self._breadcrumb())

    def _breadcrumb(self) -> Content:
        """The walk from where it started to here, cut on the left to fit one line: Escape goes one crumb back."""
        nav = self.app.navigator
        # Names from packs: no escapes reach the terminal.
        trail = [(joint, safe(label)) for joint, label in nav.crumbs()]
        hints = ("  ← back" if nav.can_go_back else "") + ("  → forward" if nav.can_go_forward else "")
        room = max(10, self.app.size.width - 2 - cell_len(hints))
        shown = [trail[-1]]
        used = cell_len(trail[-1][0] + trail[-1][1])
        for joint, label in reversed(trail[:-1]):
            if used + cell_len(joint + label) > room - cell_len("…" + CRUMB_SEPARATOR):
                shown[0] = (CRUMB_SEPARATOR if shown[0][0] == "" else shown[0][0], shown[0][1])
                shown.insert(0, ("", "…"))
                break
            shown.insert(0, (joint, label))
            used += cell_len(joint + label)
        out = Content("")
        for i, (joint, label) in enumerate(shown):
            last = i == len(shown) - 1
            out = out + Content.styled(joint, "dim") + (Content.styled(label, "bold underline") if last else Content(label))
        return out + Content.styled(hints, "dim")
