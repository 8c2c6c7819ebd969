"""The palette's list: one entry a line (a long title wraps), the highlighted one in the cursor's colours.

Drawn as one block of text rather than an OptionList: an OptionList measures and renders each option as a
widget of its own would, which cost the palette most of its opening time. Entries that do not fit are
counted on a dim line ("↓ 3 more"), as fzf counts its matches, instead of a scroll bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from .results import title_and_note
from .text import join


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    """One entry of the palette: its title (matches marked), a line of help under it, what choosing it does."""

    title: Content
    help: Content
    run: Callable[[], object]
    score: float = 1.0
    current: bool = False  # the palette opens with this one highlighted (the theme in use)
    guess: bool = False  # offered as "did you mean?": run only when chosen where it can be seen


def entry_lines(command: PaletteCommand, width: int) -> list[Content]:
    """An entry as drawn at ``width``: its title, then its help dimmed on the title's last line and cut to fit.

    >>> from textual.content import Content
    >>> [line.plain for line in entry_lines(PaletteCommand(Content("Theme"), Content("Change the theme"), print), 40)]
    ['Theme  · Change the theme']
    >>> [line.plain for line in entry_lines(PaletteCommand(Content("Theme"), Content("Change the current theme"), print), 24)]
    ['Theme  · Change the cur…']
    """
    note = join("  · ", command.help).stylize("dim") if command.help.plain else Content("")
    if "\n" not in command.title.plain and command.title.cell_length + note.cell_length <= width:
        return [join(command.title, note)]  # the usual case: one line, nothing to wrap or cut
    return list(title_and_note(command.title, note, None, width).wrap(width))


@dataclass(frozen=True, slots=True)
class Window:
    """What the list shows at a height: the entries from ``first`` to ``last`` (inclusive), and how many are left
    out above and below (each said on a line of its own)."""

    first: int
    last: int
    above: int
    below: int


def window(heights: Sequence[int], height: int, top: int, highlighted: int | None) -> Window:
    """The entries to show in ``height`` lines, starting at ``top`` or later so ``highlighted`` is in view.

    >>> window([1] * 10, 5, 0, 0)
    Window(first=0, last=3, above=0, below=6)
    >>> window([1] * 10, 5, 0, 9)  # the last highlighted: the window ends with it
    Window(first=6, last=9, above=6, below=0)
    >>> window([1, 1, 1], 5, 0, 2)  # all fit: no count lines
    Window(first=0, last=2, above=0, below=0)
    """
    count = len(heights)
    if not count:
        return Window(0, -1, 0, 0)
    if sum(heights) <= height:
        return Window(0, count - 1, 0, 0)
    top = max(0, min(top, count - 1))
    if highlighted is not None:
        top = min(top, highlighted)

    def fit(first: int) -> Window:
        room = height - (1 if first > 0 else 0)
        last, used = first - 1, 0
        while last + 1 < count and used + heights[last + 1] <= room - (1 if last + 2 < count else 0):
            last += 1
            used += heights[last]
        last = max(last, first)  # an entry taller than the room is still shown (cut)
        return Window(first, last, first, count - 1 - last)

    shown = fit(top)
    while highlighted is not None and highlighted > shown.last and shown.first < highlighted:
        shown = fit(shown.first + 1)
    return shown


class CommandList(Widget):
    """The palette's entries; the palette moves the highlight, a click chooses (:class:`CommandList.Clicked`)."""

    COMPONENT_CLASSES = {"command-list--highlighted", "command-list--more"}
    DEFAULT_CSS = """
    CommandList { height: auto; }
    CommandList > .command-list--highlighted { background: $block-cursor-background; color: $block-cursor-foreground; }
    CommandList > .command-list--more { color: $text-muted; }
    """

    @dataclass
    class Clicked(Message):
        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.commands: list[PaletteCommand] = []
        self.notice: Content | None = None  # shown instead of entries ("No matches …")
        self.highlighted: int | None = None
        self.top = 0
        self.line_owners: list[int | None] = []  # the entry each drawn line belongs to
        self.drawn: dict[int, list[list[Content]]] = {}  # each entry's lines, by the width they were made for

    # -- what it holds -------------------------------------------------------
    def show(self, commands: Sequence[PaletteCommand], highlighted: int | None, notice: Content | None = None) -> None:
        self.commands, self.notice, self.top = list(commands), notice, 0
        self.drawn = {}
        self.highlighted = highlighted if commands else None
        self.refresh(layout=True)

    @property
    def highlighted_command(self) -> PaletteCommand | None:
        return self.commands[self.highlighted] if self.highlighted is not None else None

    def move(self, step: int, *, wrap: bool = True) -> None:
        """Move the highlight ``step`` entries; a single key step goes round the ends (as Textual's lists do), a
        page or the mouse wheel stops at them."""
        count = len(self.commands)
        if not count:
            return
        if self.highlighted is None:
            self.highlighted = 0
        elif wrap and abs(step) == 1:
            self.highlighted = (self.highlighted + step) % count
        else:
            self.highlighted = max(0, min(count - 1, self.highlighted + step))
        self.refresh()

    # -- drawing -------------------------------------------------------------
    def entry_lines(self, width: int) -> list[list[Content]]:
        if (lines := self.drawn.get(width)) is None:
            lines = self.drawn[width] = [entry_lines(c, width) for c in self.commands]
        return lines

    def heights(self, width: int) -> list[int]:
        return [len(lines) for lines in self.entry_lines(width)]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not self.commands:
            return 1 if self.notice is not None else 0
        return sum(self.heights(width))

    def render(self) -> Content:
        width, height = self.content_region.width, self.content_region.height
        if not self.commands:
            self.line_owners = []
            return self.notice or Content("")
        shown = window(self.heights(width), height, self.top, self.highlighted)
        self.top = shown.first
        more = self.get_visual_style("command-list--more")
        highlight = self.get_visual_style("command-list--highlighted")
        lines: list[Content] = []
        owners: list[int | None] = []
        if shown.above:
            lines.append(Content(f"↑ {shown.above} more").stylize(more))
            owners.append(None)
        for index in range(shown.first, shown.last + 1):
            for line in self.entry_lines(width)[index]:
                if index == self.highlighted:
                    line = line.pad_right(max(0, width - line.cell_length)).stylize_before(highlight)
                lines.append(line)
                owners.append(index)
        if shown.below:
            lines.append(Content(f"↓ {shown.below} more").stylize(more))
            owners.append(None)
        self.line_owners = owners[:height]
        return Content("\n").join(lines[:height])

    # -- mouse ---------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        if 0 <= event.y < len(self.line_owners) and (index := self.line_owners[event.y]) is not None:
            event.stop()
            self.highlighted = index
            self.refresh()
            self.post_message(self.Clicked(index))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.move(1, wrap=False)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.move(-1, wrap=False)
