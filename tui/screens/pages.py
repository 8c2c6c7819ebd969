"""Pages you walk between (questions, concepts, paths, all concepts): shared breadcrumb and keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from ..navigation import Location
from ..widgets.keybar import KeyBar
from ..widgets.text import plain


class PageScreen(Screen[None]):
    """A page of the walk: breadcrumb on top, keys at the bottom."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", id="back", tooltip="Back (browser-style)"),
        Binding("alt+left,left_square_bracket", "app.back", "Back", show=False),
        Binding("alt+right,right_square_bracket", "app.forward", "Forward", id="forward", tooltip="Forward"),
        Binding("h,ctrl+h", "app.home", "Home", id="home", tooltip="Back to search"),
    ]

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location

    def compose_page(self) -> ComposeResult:
        yield from ()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._breadcrumb(), id="breadcrumb")
        yield from self.compose_page()
        yield KeyBar()

    def on_screen_resume(self) -> None:
        # A kept page shown again: the trail and the back/forward hints have moved on since it was built.
        self.query_one("#breadcrumb", Static).update(self._breadcrumb())

    def _breadcrumb(self) -> Content:
        trail = self.app.navigator.breadcrumb()
        out = Content("")
        for i, loc in enumerate(trail):
            sep = Content.styled(" › ", "dim") if i else Content("")
            label = plain(loc.label)
            out = out + sep + (label.stylize("bold underline") if loc is trail[-1] else label)
        nav = self.app.navigator
        hints = ("  ← back" if nav.can_go_back else "") + ("  → forward" if nav.can_go_forward else "")
        return out + Content.styled(hints, "dim")
