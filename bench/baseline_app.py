"""The baseline for start-up: a minimal Textual app (an Input and a Static), started the same way."""

from textual.app import App, ComposeResult
from textual.widgets import Input, Static


class Baseline(App[None]):
    def compose(self) -> ComposeResult:
        yield Input(placeholder="Baseline search box")
        yield Static("baseline ready")


if __name__ == "__main__":
    Baseline().run()
