"""The command palette (ctrl+p): Textual's, with our commands (see ..commands), shown without a second styling."""

from __future__ import annotations

from textual import events
from textual.command import CommandPalette


class Palette(CommandPalette):
    """Textual's command palette.

    Textual restyles a screen whole each time it is shown; a palette is shown once, a moment after its
    widgets were styled as they were mounted, and restyling them again delayed its frame.
    """

    shown_before = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Textual's own handler (a subclass's comes first), as in AppScreen.
        if not self.shown_before:
            self.shown_before = True
            event.refresh_styles = False
