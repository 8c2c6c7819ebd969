"""Shown instead of everything else while the terminal is too small to be useful."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static


class TooSmallScreen(Screen[None]):
    """A plain screen (not modal) so nothing underneath renders at tiny sizes."""

    def compose(self) -> ComposeResult:
        yield Static("Terminal too small — make it bigger (40×10 at least).", id="too-small", markup=False)

    def on_resize(self, event) -> None:
        self.app.check_size(event.size)
