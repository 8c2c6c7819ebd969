"""The baseline: a minimal Textual app (an Input and a Static), started and driven the same way as llmtui.

    python bench/baseline_app.py              # start-up baseline
    python bench/baseline_app.py SLIDES.json  # interaction baseline

With a slides file (a JSON list of {"kind": "push" | "modal", "text": ...}), ctrl+n shows the next
slide: "push" pushes a screen with a Markdown of the text, "modal" opens a modal with the text.
Escape pops a screen, ctrl+o pops back to the first one and ctrl+q quits (Textual's own binding).
These are the plainest ways Textual has to do what llmtui's keys do, with the same text on the screen.
"""

import json
import sys

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Input, Markdown, Static


class Page(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Header()
        yield Markdown(self.text)
        yield Footer()


class Modal(ModalScreen[None]):
    DEFAULT_CSS = "Modal { align: center middle; } Modal Static { width: 100%; border: thick $primary; }"
    BINDINGS = [Binding("escape", "app.pop_screen", "Close")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(self.text, markup=False)


class Baseline(App[None]):
    BINDINGS = [Binding("ctrl+n", "next", "Next"), Binding("ctrl+o", "home", "Home")]

    def __init__(self, slides: list[dict]) -> None:
        super().__init__()
        self.slides = slides
        self.shown = 0

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Baseline search box")
        yield Static("baseline ready")

    def action_next(self) -> None:
        slide = self.slides[self.shown]
        self.shown += 1
        if slide["kind"] == "modal":
            self.push_screen(Modal(slide["text"]))
        else:
            self.push_screen(Page(slide["text"]))

    def action_home(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()


if __name__ == "__main__":
    slides = json.loads(open(sys.argv[1], encoding="utf-8").read()) if len(sys.argv) > 1 else []
    Baseline(slides).run()
