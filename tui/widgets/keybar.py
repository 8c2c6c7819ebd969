"""The key bar: Textual's Footer, rebuilt only when the keys it shows have changed, and cut only between keys."""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

ALWAYS_SHOWN = "help"  # the id of the key kept on a full bar: F1 lists every key of the screen

KeySignature = tuple[object, ...]


def key_signature(screen: Screen) -> KeySignature:
    """Everything the key bar draws from: the width it has, the screen's shown bindings and the palette's key.

    Focus moving between widgets changes the hidden bindings (a list's arrows, a tree's space)
    far more often than the shown ones.
    """
    palette = screen.app.COMMAND_PALETTE_BINDING
    shown = tuple((binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
                  for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
                  if binding.show or key == palette)
    return (screen.app.size.width, *shown)


class KeyBar(Footer):
    """A Footer that draws its keys with the screen's first frame and rebuilds them only when they change.

    The Footer recomposes (removes and mounts a widget per key, each restyled)
    on every bindings signal: a focus move, a screen shown again, a reactive
    with ``bindings=True``, and even for a screen under another one. Opening a
    page sent up to six; they cost more than the page. It also draws its keys
    a frame after the screen: a second layout and paint of the whole screen.
    Here a rebuild happens only on the screen on top and only when the keys
    to show differ from the ones drawn (a kept page shown again has them
    already), and it runs at once rather than after the next frame.
    """

    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self.drawn: KeySignature | None = None  # the keys on screen (or being drawn), None before the first ones

    def bindings_changed(self, screen: Screen) -> None:
        if not screen.is_active and (self.drawn is not None or not screen.is_current):
            # Under another screen, a dialog too (the bar shows dimmed under it, its keys as they were and will
            # be again): looked at again when it is back on top.
            return
        if self.drawn is not None and screen is self.screen and key_signature(screen) == self.drawn:
            return
        super().bindings_changed(screen)  # the Footer's own rebuild, after the next frame
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_next(self.recompose)  # in this frame instead; the Footer's then finds nothing to do

    def on_resize(self) -> None:
        self.bindings_changed(self.screen)  # wider or narrower: other keys may fit (the signature holds the width)

    async def recompose(self) -> None:
        if not self.screen.is_active and (self.drawn is not None or not self.screen.is_current):
            return  # covered meanwhile: drawn when back on top
        signature = key_signature(self.screen)
        if signature == self.drawn:
            return  # drawn already, or being drawn, and still right
        self.drawn = signature
        await super().recompose()

    def compose(self) -> ComposeResult:
        signature = key_signature(self.screen)
        drew = False
        for widget in fit_keys(self, super().compose()):
            drew = True
            # A key is born compact and then bound to the bar's compactness (all but the palette's, which stays
            # compact): set where it ends now, before it is mounted, or it restyles itself twice on the way.
            compact = getattr(type(widget), "compact", None)
            if isinstance(compact, Reactive):
                value = True if widget.has_class("-command-palette") else self.compact
                widget.set_reactive(compact, value)
                widget.set_class(value, "-compact", update=False)
            yield widget
        self.drawn = signature if drew else None  # nothing drawn yet (bindings not ready): draw next time


def key_width(key: Widget, compact: bool) -> int:
    """Cells a FooterKey takes, margin included, as the Footer's stylesheet lays it out."""
    key_display, description = getattr(key, "key_display", ""), getattr(key, "description", "")
    if compact:  # key, a space, the description, a margin
        return cell_len(key_display) + 1 + cell_len(description) + 1
    return cell_len(key_display) + cell_len(description) + 3  # a space either side of the key, one after


def declared_order(node: object) -> dict[str, int]:
    """The binding ids of ``node``'s class in the order they are declared, base classes' first."""
    ids: dict[str, int] = {}
    for cls in reversed(type(node).__mro__):
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding) and binding.id:
                ids.setdefault(binding.id, len(ids))
    return ids


def fit_keys(bar: Footer, widgets: Iterable[Widget]) -> list[Widget]:
    """The keys that fit the bar whole, in order of importance; the palette's key stays at the right.

    The screen's own keys come first, then its widgets', then the app-wide ones,
    each in the order its class declares them; F1 is always kept, last, since it
    lists whatever is left out. A key that does not fit is left out whole (the
    Footer would cut it mid-word), and smaller ones after it still get their chance.
    """
    screen, app = bar.screen, bar.app
    active = screen.active_bindings
    orders = {id(screen): declared_order(screen), id(app): declared_order(app)}

    def importance(widget: Widget) -> tuple[int, int]:
        found = active.get(getattr(widget, "key", ""))
        if found is None:
            return (1, 0)
        binding_id = found.binding.id or ""
        if binding_id == ALWAYS_SHOWN:
            return (3, 0)
        rank = 0 if found.node is screen else 2 if found.node is app else 1
        return (rank, orders.get(id(found.node), {}).get(binding_id, len(active)))

    everything = list(widgets)
    palette = [w for w in everything if w.has_class("-command-palette")]
    keys = sorted((w for w in everything if not w.has_class("-command-palette")), key=importance)
    kept = [w for w in keys if importance(w)[0] == 3]
    # The palette's key is always compact (see KeyBar.compose).
    room = app.size.width - sum(key_width(w, True) for w in palette) - sum(key_width(w, bar.compact) for w in kept)
    shown = []
    for key in keys:
        if key in kept:
            shown.append(key)
        elif (width := key_width(key, bar.compact)) <= room:
            shown.append(key)
            room -= width
    return shown + palette
