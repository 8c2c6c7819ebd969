"""The command palette (ctrl+p): type to find a question, a concept or an action; Enter runs the best.

Our own rather than Textual's: Textual's keeps its list hidden until its providers have answered and then
styles itself a second time, which made opening it several times slower than any other dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..commands import CommandSource, PaletteCommand, first_current
from ..widgets.command_list import CommandList
from ..widgets.line_input import LineInput
from ..widgets.text import plain

# Rows of the screen the list cannot have: the margin above the query box, the box, the hint line at the bottom.
ROWS_ABOVE_AND_BELOW_LIST = 1 + 3 + 1


@dataclass
class CommandsFound(Message):
    """What the source found for ``query`` (posted by the search worker)."""

    query: str
    commands: list[PaletteCommand]


class Palette(ModalScreen[None]):
    """Type to filter; ↑/↓ move, Enter or a click runs the highlighted entry, Escape closes."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="palette-close", tooltip="Close the palette"),
        Binding("down", "move(1)", "Next", show=False, id="palette-down", tooltip="Highlight the next entry"),
        Binding("up", "move(-1)", "Previous", show=False, id="palette-up", tooltip="Highlight the previous entry"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="palette-page-down", tooltip="A page down the list"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="palette-page-up", tooltip="A page up the list"),
        Binding("ctrl+home,shift+home", "ends(-1)", "First", show=False, id="palette-first",
                tooltip="Highlight the first entry"),
        Binding("ctrl+end,shift+end", "ends(1)", "Last", show=False, id="palette-last",
                tooltip="Highlight the last entry"),
    ]

    def __init__(self, source: CommandSource, *, over: str = "", id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = source
        self.over = over  # the screen it was opened over, named on its last line: the palette hides it
        self.shown_query = ""  # the query the list shows the results of
        self.shown_before = False

    def compose(self) -> ComposeResult:
        yield LineInput(placeholder=self.source.placeholder, id="palette-input")
        yield CommandList(id="palette-list")
        back = f"Esc back to {self.over}" if self.over else "Esc closes"
        yield Static(plain(f"↑↓ move · Enter runs · {back}"), id="palette-hint")

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Textual's own handler (a subclass's comes first), as in AppScreen: shown for the first time,
        # its widgets were styled as they were mounted a moment ago, and restyling them all again delays its frame.
        if not self.shown_before:
            self.shown_before = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self.fit_list(self.app.size.height)
        self.show("", self.source.discover())

    def on_resize(self, event: events.Resize) -> None:
        self.fit_list(event.size.height)

    def fit_list(self, height: int) -> None:
        # A list taller than the rows left under the box would keep its last entries (and the highlight moved
        # to them) below the screen's edge: it shows only what fits the height it is given.
        self.entries.styles.max_height = max(1, height - ROWS_ABOVE_AND_BELOW_LIST)

    def on_click(self, event: events.Click) -> None:
        if self.get_widget_at(event.screen_x, event.screen_y)[0] is self:  # the dimmed screen around the box
            self.dismiss(None)

    @property
    def entries(self) -> CommandList:
        return self.query_one("#palette-list", CommandList)

    def show(self, query: str, commands: Sequence[PaletteCommand]) -> None:
        self.shown_query = query
        if commands:
            self.entries.show(commands, first_current(commands))
        else:
            self.entries.show([], None, plain(f"No matches for {query!r}").stylize("dim"))

    # -- searching -----------------------------------------------------------
    @on(Input.Changed, "#palette-input")
    def query_changed(self, event: Input.Changed) -> None:
        if event.value.strip():
            self.search(event.value)
        else:
            self.show(event.value, self.source.discover())

    @work(thread=True, exclusive=True, group="palette")
    def search(self, query: str) -> None:
        """Runs off the UI thread; what it finds goes back as a message, never by touching widgets."""
        self.post_message(CommandsFound(query, self.source.search(query)))

    def on_commands_found(self, message: CommandsFound) -> None:
        if message.query == self.query_one("#palette-input", Input).value:  # else stale: the user kept typing
            self.show(message.query, message.commands)

    # -- choosing ------------------------------------------------------------
    @on(Input.Submitted, "#palette-input")
    def run_best(self, event: Input.Submitted) -> None:
        if event.value != self.shown_query:
            # Enter before the list caught up with the typing: run what the query finds, not what was listed.
            commands = self.source.search(event.value) if event.value.strip() else self.source.discover()
            seen = [c for c in commands if not c.guess]  # a "did you mean?" runs only when seen and chosen
            if seen:
                self.run(seen[first_current(seen)])
            return
        if (command := self.entries.highlighted_command) is not None:
            self.run(command)

    @on(CommandList.Clicked)
    def clicked(self, event: CommandList.Clicked) -> None:
        self.run(self.entries.commands[event.index])

    def run(self, command: PaletteCommand) -> None:
        """Close first: the command acts on the screen the palette was opened over."""
        self.dismiss(None)
        self.app.call_later(command.run)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_move(self, step: int) -> None:
        self.entries.move(step)

    def action_page(self, step: int) -> None:
        self.entries.move(step * max(1, self.entries.content_region.height - 2))

    def action_ends(self, end: int) -> None:
        self.entries.move(end * len(self.entries.commands))
