"""What the command palette (ctrl+p) lists: questions, concepts and actions found by our own search; themes.

A source is asked on the UI thread for what it lists before anything is typed (``discover``) and, off it,
for what matches a query (``search``): a search reads no widget and changes nothing, it only returns commands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol

from textual.content import Content
from textual.fuzzy import FuzzySearch

from .messages import Navigate
from .navigation import ConceptPage, Location, QuestionPage
from .widgets.command_list import PaletteCommand
from .widgets.text import highlighted, join, plain
from .wording import plural

if TYPE_CHECKING:
    from textual.app import SystemCommand
    from textual.screen import Screen

    from .app import LlmTuiApp

SEARCH_LIMIT = 50  # questions and concepts listed for a query (the list counts what it cannot show)

# (title, app action, help)
ACTIONS = [
    ("Start a mock interview", "interview", "Timed questions on what you are looking at, scored and scheduled"),
    ("Interview history", "history", "Past sessions, score trend, reviews due"),
    ("Browse all concepts", "concepts", "Sortable by name, questions, centrality, recall"),
    ("Study statistics", "stats", "Heatmap, true retention, readiness, forecast"),
    ("Suspended and leech questions", "suspended", "Questions left out of the draws, and the way back"),
    ("Home: search", "home", "Back to the search screen, the last query selected: typing starts a new search"),
    ("Keys of this screen: help", "help", "F1; each key with what it does, and how to remap it"),
]


class CommandSource(Protocol):
    """What a palette lists: everything it offers before anything is typed, and what matches a query."""

    placeholder: str

    def discover(self) -> list[PaletteCommand]: ...

    def search(self, query: str) -> list[PaletteCommand]: ...


def matching(query: str, commands: Iterable[PaletteCommand]) -> list[PaletteCommand]:
    """``commands`` whose title fuzzily matches ``query``, matches marked, best first (Textual's fuzzy search, which
    the palette always used for command names).

    >>> hits = matching("hist", [PaletteCommand(Content("Interview history"), Content(""), print),
    ...                          PaletteCommand(Content("Theme"), Content(""), print)])
    >>> [(h.title.plain, h.title.spans[0].start) for h in hits]
    [('Interview history', 10)]
    """
    fuzzy = FuzzySearch()
    found = []
    for command in commands:
        title = command.title.plain
        score, offsets = fuzzy.match(query, title)
        if score > 0:
            spans = [(i, i + 1) for i in offsets if not title[i].isspace()]
            found.append(PaletteCommand(highlighted(title, spans), command.help, command.run, score))
    return sorted(found, key=lambda c: -c.score)


class LlmCommands:
    """The palette over a screen: the actions that make sense on it (none that would abandon an interview), the
    app's system commands (theme, quit, screenshot), and the questions and concepts our search finds."""

    placeholder = "Search questions, concepts and commands…"

    def __init__(self, app: LlmTuiApp, screen: Screen[object]) -> None:
        self.app = app
        actions = [PaletteCommand(plain(name), plain(help_text), partial(app.run_action, action))
                   for name, action, help_text in ACTIONS
                   if action == "help" or app.global_action_allowed(action, screen)]
        self.commands = [system_command(c) for c in app.get_system_commands(screen)] + actions

    def discover(self) -> list[PaletteCommand]:
        return list(self.commands)

    def search(self, query: str) -> list[PaletteCommand]:
        found = matching(query, self.commands)
        kb = self.app.kb  # read at each search: a palette opened while the bank loads finds it once loaded
        if kb is None or not query.strip():
            return found
        post = self.app.post_message
        # Titles and names only, as a command palette matches: words an answer happens to hold ("them" for
        # "theme") are the search screen's business.
        results = kb.index.search(query, limit=SEARCH_LIMIT, answers=False)
        if not results:
            # Nothing sure: the concepts the search screen would ask "did you mean" about, as it does.
            return found + [PaletteCommand(join("Concept: ", plain(name)), Content("did you mean?"),
                                           partial(post, Navigate(ConceptPage(name))), 0.3, guess=True)
                            for name in kb.index.suggest_concepts(query)]
        hits = []
        for result in results:
            label = highlighted(result.title, result.spans)
            location: Location
            if result.kind == "question":
                title, note = join(f"{result.label} ", label), plain(result.topic)
                location = QuestionPage(result.key, result.label)
            else:
                title, note = join("Concept: ", label), Content(plural(kb.concept_size(result.key), "question"))
                if result.field == "alias":
                    title = join(title, " (alias: ", highlighted(result.snippet, result.snippet_spans), ")")
                location = ConceptPage(result.key)
            hits.append(PaletteCommand(title, note, partial(post, Navigate(location)), min(1.0, result.score / 100)))
        return sorted(found + hits, key=lambda c: -c.score)


def system_command(command: SystemCommand) -> PaletteCommand:
    """One of the app's system commands (Theme, Quit, Screenshot) as a palette entry."""
    return PaletteCommand(plain(command.title), plain(command.help), command.callback)


class ThemeCommands:
    """The themes, the one in use first highlighted; choosing one sets it (and the app remembers it)."""

    placeholder = "Search for themes…"

    def __init__(self, app: LlmTuiApp) -> None:
        current = app.theme
        self.commands = [PaletteCommand(plain(name), Content("in use") if name == current else Content(""),
                                        partial(setattr, app, "theme", name), current=name == current)
                         for name in sorted(app.available_themes)]

    def discover(self) -> list[PaletteCommand]:
        return list(self.commands)

    def search(self, query: str) -> list[PaletteCommand]:
        return matching(query, self.commands)


def first_current(commands: Sequence[PaletteCommand]) -> int:
    """Where the palette's highlight starts: the entry in use (only listed before anything is typed), else the best.

    >>> themes = [PaletteCommand(Content(name), Content(""), print, current=name == "nord") for name in ("dracula", "nord")]
    >>> first_current(themes)
    1
    """
    return next((i for i, c in enumerate(commands) if c.current), 0)
