"""A one-line text box that keeps all of a paste: its line breaks and tabs become spaces, as a browser's
one-line field makes them (Textual's Input keeps only the first line)."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


def one_line(text: str) -> str:
    """``text`` as one line: each line break (``\\n``, ``\\r\\n``, ``\\r``) and tab a space; the break that ends
    a copied line is dropped.

    >>> one_line("kv cache\\r\\npaged\\tattention\\n")
    'kv cache paged attention'
    >>> one_line("a\\n\\nb"), one_line("ttft")
    ('a  b', 'ttft')
    """
    return " ".join(text.splitlines()).replace("\t", " ")


class LineInput(Input):
    """Input for every one-line box of the app."""

    def on_paste(self, event: events.Paste) -> None:
        # Ours runs before Input's own handler, which prevent_default skips (it would paste the first line again).
        event.prevent_default()
        event.stop()
        if not event.text:
            return
        text, selection = one_line(event.text), self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *selection)
