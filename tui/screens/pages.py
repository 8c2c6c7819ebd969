"""Pages you walk between (questions, concepts, paths): shared breadcrumb and keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static

from tui.messages import Navigate
from tui.navigation import Location
from tui.widgets.results import option_target


class PageScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="back", tooltip="Back (browser-style)"),
        Binding("alt+left,left_square_bracket", "app.back", "Back", show=False),
        Binding("alt+right,right_square_bracket", "app.forward", "Forward", id="forward", tooltip="Forward"),
        Binding("h,ctrl+h", "app.home", "Home", id="home", tooltip="Back to search"),
    ]

    location: Location

    def compose_page(self) -> ComposeResult:
        yield from ()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._breadcrumb(), id="breadcrumb")
        yield from self.compose_page()
        yield Footer()

    def _breadcrumb(self) -> Content:
        trail = self.app.navigator.breadcrumb()
        parts = [Content.styled(" › ", "dim") if i else Content("") for i in range(len(trail))]
        out = Content("")
        for sep, loc in zip(parts, trail, strict=True):
            label = loc.label or loc.key or "Search"
            out = out + sep + (Content.styled(label, "bold underline") if loc is trail[-1] else Content(label))
        nav = self.app.navigator
        hints = ("  ← back" if nav.can_go_back else "") + ("  → forward" if nav.can_go_forward else "")
        return out + Content.styled(hints, "dim")

    def open_option(self, event: OptionList.OptionSelected) -> None:
        kind, key = option_target(event.option.id)
        if kind == "q":
            self.post_message(Navigate(Location("question", key, self.app.kb.question(key).label)))
        elif kind == "c":
            self.post_message(Navigate(Location("concept", key, key)))


def page_for(location: Location) -> PageScreen | None:
    if location.kind == "question":
        from tui.screens.question import QuestionScreen

        return QuestionScreen(location)
    if location.kind == "concept":
        from tui.screens.concept import ConceptScreen

        return ConceptScreen(location)
    if location.kind == "path":
        from tui.screens.path import PathScreen

        return PathScreen(location)
    if location.kind == "concepts":
        from tui.screens.concepts import ConceptsScreen

        return ConceptsScreen(location)
    return None
