"""Setting FSRS's desired retention (0.70-0.97), with the workload warning the Anki manual gives above 0.90."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..practice.scheduling import retention_warning
from ..runtime.settings import RETENTION_RANGE, valid_retention
from ..widgets.line_input import LineInput


class RetentionModal(ModalScreen[float | None]):
    """Dismisses with the new desired retention, or None (Escape)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="retention-cancel", tooltip="Keep the retention as it is")]

    def __init__(self, current: float) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        low, high = RETENTION_RANGE
        with Vertical(id="retention-dialog"):
            yield Static(f"Desired retention: the chance of recalling a question when it comes due ({low:.2f}-{high:.2f}, "
                         "default 0.90). Higher means more reviews. Enter to keep it, Escape to cancel.", markup=False)
            yield LineInput(f"{self.current:.2f}", id="retention-input", type="number")
            yield Static("", id="retention-warning", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._check(self.query_one(Input).value)

    def _value(self, text: str) -> float | None:
        try:
            value = round(float(text), 2)
        except ValueError:
            return None
        return value if valid_retention(value) else None

    def _check(self, text: str) -> None:
        value = self._value(text)
        low, high = RETENTION_RANGE
        note = f"Give a number from {low:.2f} to {high:.2f}." if value is None else retention_warning(value)
        warning = self.query_one("#retention-warning", Static)
        warning.update(note)
        warning.set_class(bool(note), "-warning")

    @on(Input.Changed, "#retention-input")
    def changed(self, event: Input.Changed) -> None:
        self._check(event.value)

    @on(Input.Submitted, "#retention-input")
    def submitted(self, event: Input.Submitted) -> None:
        value = self._value(event.value)
        if value is not None:
            self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
