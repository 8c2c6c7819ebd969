"""The key bar: Textual's Footer, rebuilt only when the keys it shows have changed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widgets import Footer

KeySignature = tuple[tuple[object, ...], ...]


def key_signature(screen: Screen) -> KeySignature:
    """Everything about a screen's active bindings that the key bar draws: the shown ones, and the palette's key.

    Focus moving between widgets changes the hidden bindings (a list's arrows, a tree's space)
    far more often than the shown ones.
    """
    palette = screen.app.COMMAND_PALETTE_BINDING
    return tuple((binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
                 for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
                 if binding.show or key == palette)


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
        for widget in super().compose():
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
