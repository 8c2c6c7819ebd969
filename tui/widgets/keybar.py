"""The key bar: the screen's keys on one line, drawn as one widget, redrawn only when the keys it shows change,
and cut only between keys."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

ALWAYS_SHOWN = "help"  # the id of the key kept on a full bar: F1 lists every key of the screen
PALETTE_EDGE = "▏"  # between the screen's keys and the palette's, at the right

KeySignature = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class BarKey:
    """One key the bar shows: what it sends when clicked, how it is named, what its tooltip says."""

    key: str  # the key pressed when the entry is clicked
    display: str  # the key as shown ("^s", "1-4")
    description: str
    tooltip: str
    enabled: bool = True
    palette: bool = False  # the command palette's key, at the right
    always: bool = False  # kept on a full bar (F1, which lists whatever the bar leaves out), last
    several: bool = False  # stands for several keys ("1-4 Grade"): a click presses none of them


@dataclass(frozen=True, slots=True)
class DrawnKey:
    """Where a key was drawn: the cells ``start`` up to ``end`` of the bar's line."""

    start: int
    end: int
    key: BarKey


def key_signature(screen: Screen, width: int) -> KeySignature:
    """Everything the key bar draws from: its width, the screen's shown bindings and the palette's key.

    Focus moving between widgets changes the hidden bindings (a list's arrows, a tree's space)
    far more often than the shown ones.
    """
    palette = screen.app.COMMAND_PALETTE_BINDING
    shown = tuple((binding.key, binding.action, binding.description, binding.key_display, enabled, tooltip)
                  for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
                  if binding.show or key == palette)
    return (width, *shown)


def declared_order(node: object) -> dict[str, int]:
    """The binding ids of ``node``'s class in the order they are declared, base classes' first."""
    ids: dict[str, int] = {}
    for cls in reversed(type(node).__mro__):
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding) and binding.id:
                ids.setdefault(binding.id, len(ids))
    return ids


def key_width(key: BarKey, compact: bool) -> int:
    """Cells a key takes on the bar, the gap after it included.

    >>> submit = BarKey("ctrl+s", "^s", "Submit", "")
    >>> key_width(submit, compact=False), key_width(submit, compact=True)
    (11, 10)
    """
    if compact:  # key, a space, the description, a space
        return cell_len(key.display) + 1 + cell_len(key.description) + 1
    return cell_len(key.display) + cell_len(key.description) + 3  # a space either side of the key, one after


def screen_keys(screen: Screen, show_palette: bool = True) -> tuple[list[BarKey], list[BarKey]]:
    """The screen's shown keys in order of importance, and the palette's key (none or one).

    The screen's own keys come first, then its widgets', then the app-wide ones, each
    in the order its class declares them; F1 comes last, since it lists whatever the
    bar leaves out.
    """
    app = screen.app
    orders = {id(screen): declared_order(screen), id(app): declared_order(app)}
    ranked: list[tuple[tuple[int, int], int, BarKey]] = []
    palette: list[BarKey] = []
    seen_actions: set[str] = set()
    active = screen.active_bindings
    for position, (key, (node, binding, enabled, tooltip)) in enumerate(active.items()):
        if key == app.COMMAND_PALETTE_BINDING and show_palette and app.ENABLE_COMMAND_PALETTE:
            palette = [BarKey(binding.key, app.get_key_display(binding), binding.description,
                              binding.tooltip or binding.description, enabled, palette=True)]
            continue
        if not binding.show or binding.action in seen_actions:
            continue  # one entry per action, as Textual's Footer shows them
        seen_actions.add(binding.action)
        binding_id = binding.id or ""
        always = binding_id == ALWAYS_SHOWN
        if always:
            rank = (3, 0)
        else:
            level = 0 if node is screen else 2 if node is app else 1
            rank = (level, orders.get(id(node), {}).get(binding_id, len(active)))
        # A display of our own ("1-4", "↑↓") names the keys of several bindings, of which this is one.
        ranked.append((rank, position, BarKey(binding.key, app.get_key_display(binding), binding.description,
                                              tooltip or binding.tooltip, enabled, always=always,
                                              several=binding.key_display is not None)))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [entry[2] for entry in ranked], palette


def fit_keys(keys: list[BarKey], palette: list[BarKey], width: int, compact: bool) -> list[BarKey]:
    """The keys that fit ``width`` whole, in the order given, those kept ``always`` (F1) last.

    A key that does not fit is left out whole, and smaller ones after it still get their chance.

    >>> keys = [BarKey("a", "a", "Alpha", ""), BarKey("b", "b", "A long description", ""), BarKey("c", "c", "Gamma", ""),
    ...         BarKey("f1", "f1", "Help", "", always=True)]
    >>> [k.description for k in fit_keys(keys, [], 30, compact=True)]
    ['Alpha', 'Gamma', 'Help']
    """
    kept = [k for k in keys if k.always]
    room = width - sum(key_width(k, True) + 1 for k in palette) - sum(key_width(k, compact) for k in kept)
    shown = []
    for key in (k for k in keys if not k.always):
        if (size := key_width(key, compact)) <= room:
            shown.append(key)
            room -= size
    return shown + kept


class KeyBar(Widget, can_focus=False):
    """The keys of the screen it is on, drawn as Textual's Footer draws them (binding groups aside: each binding
    is its own entry), in one widget.

    The Footer is a widget per key, removed and mounted again on every bindings
    signal (a focus move, a screen shown again, a reactive with
    ``bindings=True``), a frame after the screen: a change of keys (an
    interview's grade) cost more than the rest of the screen's change. Here the
    keys are one line of text: a change redraws the line, and only when the keys
    to show differ from the ones drawn (a kept page shown again has them already).
    A click on a key presses it; hovering a key shows its tooltip.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--hover", "key-bar--edge"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyBar:hover {
        pointer: pointer;
    }
    KeyBar > .key-bar--hover {
        background: $block-hover-background;
    }
    KeyBar > .key-bar--edge {
        color: $foreground 20%;
    }
    """

    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__()
        self.compact = compact
        self.show_command_palette = show_command_palette
        self.drawn: KeySignature | None = None  # what the keys on screen were drawn from; None before the first ones
        self.keys: list[BarKey] = []  # the keys shown, in order, the palette's last
        self.drawn_keys: list[DrawnKey] = []  # where each was drawn, for clicks and tooltips
        self.hovered: int | None = None  # the index in ``drawn_keys`` under the mouse

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if screen is not self.screen or not self.is_attached:
            return
        if not screen.is_active and (self.drawn is not None or not screen.is_current):
            # Under another screen, a dialog too (the bar shows dimmed under it, its keys as they were and will
            # be again): looked at again when it is back on top.
            return
        width = self.size.width or self.app.size.width
        signature = key_signature(screen, width)
        if signature == self.drawn:
            return
        self.drawn = signature
        keys, palette = screen_keys(screen, self.show_command_palette)
        self.keys = fit_keys(keys, palette, width, self.compact) + palette
        self.hovered = None
        self.tooltip = None  # it was for a key that may be gone: the next move over a key shows its own
        self.refresh()

    def on_resize(self) -> None:
        self.bindings_changed(self.screen)  # wider or narrower: other keys may fit (the signature holds the width)

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        hover_style = Style(bgcolor=self.get_component_rich_style("key-bar--hover").bgcolor)  # the background only
        dim = Style(dim=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        drawn: list[DrawnKey] = []
        width = self.size.width

        def add(key: BarKey, key_text: str, description_text: str, gap: str) -> None:
            start = line.cell_len
            extra = hover_style if len(drawn) == self.hovered else Style()
            extra += Style() if key.enabled else dim
            line.append(key_text, key_style + extra)
            line.append(description_text, description_style + extra)
            drawn.append(DrawnKey(start, line.cell_len, key))
            line.append(gap)

        for key in (k for k in self.keys if not k.palette):
            if self.compact:
                add(key, key.display, f" {key.description}", " ")
            else:
                add(key, f" {key.display} ", f"{key.description} ", "")
        for key in (k for k in self.keys if k.palette):
            end = "" if self.compact else " "  # as the Footer drew it: a cell after it unless compact
            label = cell_len(key.display) + 1 + cell_len(key.description) + len(end)
            line.append(" " * max(0, width - line.cell_len - label - 1))
            line.append(PALETTE_EDGE, self.get_component_rich_style("key-bar--edge"))
            add(key, key.display, f" {key.description}", end)
        line.stylize_before(self.rich_style)  # the bar's colours under keys whose own are transparent
        self.drawn_keys = drawn
        return line

    def key_at(self, x: int) -> DrawnKey | None:
        return next((d for d in self.drawn_keys if d.start <= x < d.end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        found = self.key_at(event.x)
        index = None if found is None else self.drawn_keys.index(found)
        if index != self.hovered:
            self.hovered = index
            self.tooltip = found.key.tooltip if found is not None and found.key.tooltip else None
            self.refresh()

    def on_leave(self) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.tooltip = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        found = self.key_at(event.x)
        if found is None:
            return
        if found.key.enabled and not found.key.several:
            self.app.simulate_key(found.key.key)
        else:
            self.app.bell()  # disabled, or which of its keys was meant? (hovering says)
