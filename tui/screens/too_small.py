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

    def on_screen_resume(self) -> None:
        # Uncovered again (a dialog answered over it, a screen it was left under closed): gone if the terminal grew.
        if self.app.screen is self:  # not when the answer has put another screen over it already
            self.app.check_size()
