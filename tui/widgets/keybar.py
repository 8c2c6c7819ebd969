"""The key bar: Textual's Footer, rebuilt only when the keys it shows have changed."""

from __future__ import annotations

from textual.app import ComposeResult
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
    with ``bindings=True``. Opening a page sent up to six; they cost more than
    the page. It also draws its keys a frame after the screen, a second layout
    and paint of the whole screen. Here a signal is dropped while a rebuild is
    on its way (it reads the bindings when it runs) and when the keys drawn are
    still the ones that apply (a kept page shown again); a rebuild that is due
    runs at once rather than after the next frame.
    """

    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self.drawn: KeySignature | None = None  # the keys on screen now, None before the first ones
        self.pending = False  # a rebuild has been asked for and not run yet

    def bindings_changed(self, screen: Screen) -> None:
        if self.pending:
            return
        if self.drawn is not None and screen is self.screen and key_signature(screen) == self.drawn:
            return
        due = screen.app.app_focus and self.is_attached and screen is self.screen
        super().bindings_changed(screen)  # the Footer's own rebuild, after the next frame
        if due:
            self.pending = True
            self.call_next(self.recompose)  # in this frame instead; the Footer's then finds nothing to do

    async def recompose(self) -> None:
        if self.drawn is not None and not self.pending and key_signature(self.screen) == self.drawn:
            return  # drawn already, and still right
        await super().recompose()

    def compose(self) -> ComposeResult:
        self.pending = False
        signature = key_signature(self.screen)
        drew = False
        for widget in super().compose():
            drew = True
            yield widget
        self.drawn = signature if drew else None  # nothing drawn yet (bindings not ready): draw next time
