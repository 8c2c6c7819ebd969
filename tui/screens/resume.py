"""Offered at start-up when an interview was interrupted (crash, kill -9, closed terminal)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ResumeScreen(ModalScreen[bool]):
    BINDINGS = [Binding("y,enter", "choose(True)", "Resume"), Binding("n,escape", "choose(False)", "Later")]

    def __init__(self, session: dict) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        s = self.session
        with Vertical(id="confirm"):
            yield Static(
                f"Interview {s['id']} from {s['started_at'][:16].replace('T', ' ')} UTC was interrupted after "
                f"{len(s['answers'])} of {len(s['questions'])} answers. Resume it? (Your draft is kept.)",
                markup=False,
            )
            with Horizontal():
                yield Button("Resume (y)", id="yes", variant="primary")
                yield Button("Later (n)", id="no")

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_choose(self, resume: bool) -> None:
        self.dismiss(resume)
