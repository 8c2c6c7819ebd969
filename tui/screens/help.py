"""F1: every key of the screen you are on, read from the live bindings (so it cannot drift)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static


@dataclass(frozen=True, slots=True)
class KeyHelp:
    keys: str  # as the footer shows them: "ctrl+s", "esc"
    description: str
    tooltip: str
    where: str  # "This screen", "Everywhere", or the focused widget's kind


def key_help(bindings: dict[str, ActiveBinding], key_display: Callable[[Binding], str], app_node: DOMNode) -> list[KeyHelp]:
    """One row per action on each node, keys that do the same thing joined (``[, alt+left``)."""
    rows: dict[tuple[int, str], KeyHelp] = {}
    for active in bindings.values():
        binding: Binding = active.binding
        if not binding.description:
            continue
        where = "Everywhere" if active.node is app_node else (
            "This screen" if active.node is active.node.screen else type(active.node).__name__)
        slot = (id(active.node), binding.action)
        keys = key_display(binding)
        if slot in rows:
            previous = rows[slot]
            if keys not in previous.keys.split(", "):
                rows[slot] = KeyHelp(f"{previous.keys}, {keys}", previous.description, previous.tooltip, where)
        else:
            rows[slot] = KeyHelp(keys, binding.description, active.tooltip or binding.tooltip, where)
    order = {"This screen": 0, "Everywhere": 2}
    return sorted(rows.values(), key=lambda r: (order.get(r.where, 1), r.where))


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss", "Close", id="close-help")]

    def __init__(self, rows: list[KeyHelp]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        width = max((len(r.keys) for r in self.rows), default=8) + 2
        text = Content("")
        where = None
        for row in self.rows:
            if row.where != where:
                where = row.where
                text += Content.styled(("\n" if text else "") + where + "\n", "bold")
            text += Content(f"  {row.keys:<{width}}{row.description}")
            text += Content.styled(f"  {row.tooltip}\n" if row.tooltip else "\n", "dim")
        text += Content.styled("\nctrl+p opens the command palette: questions, concepts, actions, themes.", "dim")
        with VerticalScroll(id="help"):
            yield Static(text)

    def action_dismiss(self) -> None:
        self.dismiss(None)
