"""F1: the keys that work here and now, read from the live bindings (so it cannot drift), in three groups:
this screen, everywhere, and the part of the screen that has focus."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.table import Table
from rich.text import Text
from textual.actions import parse
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.keys import key_to_character
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Select, Static, TextArea, Tree

from .base import AppScreen, prose_key

# Moving the cursor or the view works as everywhere else: one line says so instead of thirty.
MOVEMENT = frozenset({"up", "down", "left", "right", "home", "end", "pageup", "pagedown", "backspace", "delete"})
MOVE_ROW = ("arrows, Home, End", "Move, as usual (PageUp and PageDown too)")
# Moving focus is the same on every screen (and Tab indents in the answer box).
LEFT_OUT = frozenset({"focus_next", "focus_previous", "app.focus_next", "app.focus_previous",
                      "command_palette"})  # the palette gets a line of its own, saying what it finds


@dataclass(frozen=True, slots=True)
class KeyHelp:
    keys: str  # as a sentence names them: "ctrl+s", "Escape, [" …
    description: str
    tooltip: str = ""


@dataclass(slots=True)
class HelpSection:
    title: str
    rows: list[KeyHelp] = field(default_factory=list)


def widget_name(widget: Widget) -> str:
    """What a user calls the part of the screen that has focus."""
    if isinstance(widget, TextArea):
        return "In the answer box"
    if isinstance(widget, Input):
        return "In a text box"
    if isinstance(widget, OptionList):
        return "In a list"
    if isinstance(widget, DataTable):
        return "In a table"
    if isinstance(widget, Tree):
        return "In the graph"
    if isinstance(widget, Select):
        return "In a choice"
    return "In the text"


def _is_movement(key: str) -> bool:
    return key.rsplit("+", 1)[-1] in MOVEMENT


def class_bindings(node: DOMNode, keymap: dict[str, str]) -> list[tuple[str, Binding]]:
    """The keys ``node``'s class binds (its bases' too, the class's own winning), after the user's keymap.

    Read from the class, not from the live chain: there a focused text box hides
    the keys it would take as typing, and F1 should still name them.
    """
    keys: dict[str, list[Binding]] = {}
    for klass in reversed(type(node).__mro__):
        # Ours only: Textual's own (copy, quit on ctrl+c …) are the focused part's business or are shown by it.
        if issubclass(klass, DOMNode) and klass.__module__.startswith("llmtui."):
            keys.update(BindingsMap(klass.__dict__.get("BINDINGS", [])).key_to_bindings)
    bindings = BindingsMap.from_keys(keys)
    if keymap:
        bindings.apply_keymap(keymap)
    return list(bindings)


def _allowed(node: DOMNode, app: App, action: str) -> bool:
    """Whether ``action`` would run now, as the footer decides (check_action True: shown and enabled)."""
    namespace, name, parameters = parse(action)
    target = app if namespace == "app" else node
    return target.check_action(name, parameters) is True


def _typed(key: str, focused: Widget | None) -> bool:
    """Whether the focused text box takes ``key`` as typing, so the binding does not run while it has focus."""
    return focused is not None and focused.check_consume_key(key, key_to_character(key))


def help_sections(screen: Screen, app: App, keymap: dict[str, str] | None = None) -> list[HelpSection]:
    """The keys of ``screen`` as the user can press them now, grouped; keys that do the same thing share a row."""
    keymap = keymap or {}
    focused = screen.focused
    sections: list[HelpSection] = []
    for title, node in (("On this screen", screen), ("Everywhere", app)):
        section = HelpSection(title)
        slots: dict[str, tuple[list[str], list[str], Binding]] = {}
        for key, binding in class_bindings(node, keymap):
            if not binding.description or binding.action in LEFT_OUT or binding.system:
                continue
            if not _allowed(node, app, binding.action):
                continue
            keys, typed, _ = slots.setdefault(binding.action, ([], [], binding))
            (typed if _typed(key, focused) and not binding.priority else keys).append(prose_key(key))
        for keys, typed, binding in slots.values():
            description = binding.description
            if typed and keys:
                description += f" ({', '.join(typed)} too, when not typing)"
            elif typed:
                keys, description = typed, f"{description} (when not typing)"
            section.rows.append(KeyHelp(", ".join(keys), description, binding.tooltip))
        if node is screen and isinstance(screen, AppScreen):
            section.rows += [KeyHelp(keys, what) for keys, what in screen.help_notes()]
        sections.append(section)
    sections.append(_widget_section(screen, app, focused))
    if isinstance(focused, Input | TextArea) and not (isinstance(focused, TextArea) and focused.read_only):
        sections.append(HelpSection("Typing", [KeyHelp("letters, digits", "go into the text box that has focus")]))
    return [s for s in sections if s.rows]


def _widget_section(screen: Screen, app: App, focused: Widget | None) -> HelpSection:
    """The keys of the part of the screen that has focus (its movement keys in one line)."""
    section = HelpSection(widget_name(focused) if focused is not None else "")
    slots: dict[str, tuple[list[str], Binding]] = {}
    moves = False
    # A key the screen explains itself (Enter opens the result) is not repeated as the box's generic "Submit".
    noted = {keys.casefold() for keys, _ in screen.help_notes()} if isinstance(screen, AppScreen) else set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if active.node is screen or active.node is app or not active.enabled or prose_key(key).casefold() in noted:
            continue
        if not binding.description or binding.action in LEFT_OUT:
            continue
        if _is_movement(key):
            moves = True
            continue
        slots.setdefault(binding.action, ([], binding))[0].append(prose_key(key))
    if moves:
        section.rows.append(KeyHelp(*MOVE_ROW))
    section.rows += [KeyHelp(", ".join(keys), b.description, b.tooltip) for keys, b in slots.values()]
    return section


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss", "Close", id="close-help", tooltip="Close the help")]

    def __init__(self, sections: list[HelpSection], screen_title: str = "", keymap_path: str = "",
                 palette_key: str = "ctrl+p") -> None:
        super().__init__()
        self.sections = sections
        self.screen_title = screen_title
        self.keymap_path = keymap_path
        self.palette_key = palette_key

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2), expand=True)
        table.add_column("keys", no_wrap=True, style="bold")
        table.add_column("what", ratio=1)
        heading = Text("Keys", style="bold reverse")
        if self.screen_title:
            heading.append(f" — {self.screen_title}", style="bold")
        table.add_row(heading, "")
        for section in self.sections:
            table.add_row("", "")
            table.add_row(Text(section.title, style="bold underline"), "")
            for row in section.rows:
                what = Text(row.description)
                if row.tooltip and row.tooltip.casefold() != row.description.casefold():
                    what.append(f" · {row.tooltip}", style="dim")
                table.add_row(Text(row.keys), what)
        table.add_row("", "")
        table.add_row(Text(self.palette_key, style="bold"),
                      Text("The command palette: find questions, concepts and actions, change the theme"))
        if self.keymap_path:
            table.add_row("", Text(f"Keys can be changed in {self.keymap_path} (see the README, Keymaps).",
                                   style="dim"))
        self.table = table  # what it says, for whoever needs it as text
        with VerticalScroll(id="help"):
            yield Static(table)

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()  # Down and PageDown scroll a long list

    def action_dismiss(self) -> None:
        self.dismiss(None)
