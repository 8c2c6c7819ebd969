"""Pick a concept by fuzzy search: a typed ModalScreen that dismisses with the name or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static

from ..navigation import ConceptPage
from ..widgets.line_input import LineInput
from ..widgets.results import ResultList, ResultOption, concept_option
from ..widgets.text import plain


class ConceptPicker(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel", tooltip="Close without choosing")]

    def __init__(self, prompt: str, *, exclude: str | None = None) -> None:
        super().__init__()
        self.prompt = prompt
        self.exclude = exclude  # the concept a path starts from: a path to itself is no path

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Label(plain(self.prompt))  # a concept's name: from a pack or the user's glossary
            yield LineInput(placeholder="Concept…", id="picker-query")
            yield Static("", id="picker-note", markup=False)  # why Enter chose nothing
            yield ResultList(id="picker-results", navigates=False)

    def on_mount(self) -> None:
        self._say("")
        self.query_one(Input).focus()

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        self._say("")
        results = self.app.kb.index.search(event.value, kind="concept", limit=13) if event.value.strip() else []
        results = [r for r in results if r.key != self.exclude][:12]
        option_list = self.query_one(ResultList)
        option_list.set_options([concept_option(r.key, f"alias: {r.snippet}" if r.field == "alias" else "", tag=False)
                                 for r in results])
        if results:
            option_list.highlighted = 0

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        """A concept's name or alias, typed whole, is that concept; anything else takes the best match listed."""
        from llmtui.graph.lookup import UnknownConcept

        typed = event.value.strip()
        if not typed:
            return
        try:
            name = self.app.kb.resolve_concept(typed)
        except UnknownConcept:
            target = self.query_one(ResultList).highlighted_target
            if isinstance(target, ConceptPage):
                self.dismiss(target.name)
            else:
                self._say(f"No concept matches {typed!r}: try another name.")
            return
        if name == self.exclude:
            self._say(f"{name} is where the path starts: choose another concept.")
        else:
            self.dismiss(name)

    def _say(self, text: str) -> None:
        note = self.query_one("#picker-note", Static)
        note.update(plain(text))  # may hold a concept's name or what was typed
        note.display = bool(text)

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, ResultOption) and isinstance(event.option.target, ConceptPage):
            self.dismiss(event.option.target.name)

    def action_cancel(self) -> None:
        self.dismiss(None)
