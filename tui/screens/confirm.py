"""The one yes/no dialog: leave an interview, resume an interrupted one, …"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widgets import Button, Static

# Below this size the dialog drops its padding and its buttons their borders (one line each), so the question
# and both answers fit a terminal as small as 30×8; a question too long for the room left scrolls.
ROOMY_WIDTH, ROOMY_HEIGHT = 50, 16


class ConfirmModal(ModalScreen[bool]):
    """Ask ``question``; dismisses with True for yes (``y``, Enter on yes) and False for no (``n``, Escape)."""

    BINDINGS = [
        Binding("y", "choose(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "choose(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "No", yes_is_safe: bool = True) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no
        self.yes_is_safe = yes_is_safe  # a risky yes is red and not the default button

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            with VerticalScroll(id="confirm-question", can_focus=False):
                yield Static(self.question, markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{self.yes_label} (y)", id="yes", variant="primary" if self.yes_is_safe else "error")
                yield Button(f"{self.no_label} (n)", id="no", variant="default" if self.yes_is_safe else "primary")

    def on_mount(self) -> None:
        self._fit(self.app.size)
        self.query_one("#yes" if self.yes_is_safe else "#no", Button).focus()

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        small = size.width < ROOMY_WIDTH or size.height < ROOMY_HEIGHT
        self.set_class(small, "-small")
        for button in self.query(Button):
            button.compact = small

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_choose(self, answer: bool) -> None:
        self.dismiss(answer)
