"""Which page shows which location, and the pages kept built. The page modules import :mod:`.pages`;
nothing imports this back."""

from __future__ import annotations

import re
from collections import OrderedDict
from itertools import count

from textual.app import App
from textual.binding import Binding

from ..navigation import ConceptPage, ConceptsPage, Home, Location, PathPage, QuestionPage
from ..runtime.keymap import BindingTables, BoundKeys
from .concept import ConceptScreen
from .concepts import ConceptsScreen
from .pages import PageScreen
from .path import PathScreen
from .question import QuestionScreen

PAGES: dict[type, type[PageScreen]] = {
    QuestionPage: QuestionScreen,
    ConceptPage: ConceptScreen,
    PathPage: PathScreen,
    ConceptsPage: ConceptsScreen,
}


def screen_classes() -> list[type]:
    """Every screen of the app (and the app), for the keys they bind."""
    from ..app import LlmTuiApp
    from .confirm import ConfirmModal
    from .date_plan import DatePlanModal
    from .help import HelpScreen
    from .history import HistoryScreen
    from .interview import InterviewScreen
    from .interview_setup import InterviewSetupScreen
    from .picker import ConceptPicker
    from .retention import RetentionModal
    from .review import SessionReviewScreen
    from .search import SearchScreen
    from .stats import StatsScreen
    from .summary import SummaryScreen
    from .suspended import SuspendedScreen

    return [LlmTuiApp, SearchScreen, *PAGES.values(), HistoryScreen, SummaryScreen, SessionReviewScreen,
            InterviewSetupScreen, InterviewScreen, StatsScreen, SuspendedScreen, ConfirmModal, ConceptPicker,
            HelpScreen, DatePlanModal, RetentionModal]


def binding_ids() -> dict[str, str]:
    """Every binding id of the app → its description (what a keymap can move)."""
    ids: dict[str, str] = {}
    for cls in screen_classes():
        for klass in cls.__mro__:
            for binding in getattr(klass, "BINDINGS", ()):
                if isinstance(binding, Binding) and binding.id:
                    ids.setdefault(binding.id, binding.description)
    return ids


def screen_bindings() -> tuple[dict[str, list[BoundKeys]], list[BoundKeys]]:
    """Each screen's own bindings (by a name a user knows it by), and the app-wide ones: what keymap conflicts
    are checked against."""
    from ..app import LlmTuiApp

    def bound(cls: type) -> list[BoundKeys]:
        found: dict[tuple[str | None, str], BoundKeys] = {}
        for klass in cls.__mro__:
            for binding in getattr(klass, "BINDINGS", ()):
                if isinstance(binding, Binding):
                    keys = tuple(k.strip() for k in binding.key.split(","))
                    found.setdefault((binding.id, binding.action if binding.id is None else ""),
                                     BoundKeys(binding.id, keys, binding.action))
        return list(found.values())

    def name(cls: type) -> str:
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__.removesuffix("Screen").removesuffix("Modal")).lower()
        return f"{words} {'dialog' if cls.__name__.endswith('Modal') or words.endswith('picker') else 'screen'}"

    screens = {name(cls): bound(cls) for cls in screen_classes() if cls is not LlmTuiApp}
    # Textual adds the palette's key to the app itself, not to its BINDINGS; it takes the key before any screen.
    palette = BoundKeys(None, (LlmTuiApp.COMMAND_PALETTE_BINDING,), "command_palette", "the command palette")
    return screens, [*bound(LlmTuiApp), palette]


def binding_tables() -> BindingTables:
    """Every screen's bindings, the app-wide ones and every id: what a keymap is checked against
    (:func:`~llmtui.tui.runtime.keymap.check_keymap`), by the app and by the CLI alike."""
    screens, app_wide = screen_bindings()
    return BindingTables(screens, app_wide, frozenset(binding_ids()))


def page_for(location: Location) -> PageScreen | None:
    """A new page screen for ``location``; None for home (the search screen underneath every page)."""
    if isinstance(location, Home):
        return None
    return PAGES[type(location)](location)


class PageCache:
    """Pages built once and kept for going back and forward, as a browser keeps them.

    Building a page (compose, styles, layout, the answer's Markdown) is most of
    what opening it costs; a kept page is shown again as it was left (scrolled,
    focused, its local graph open). Pages are installed screens, so Textual
    keeps them when they leave the stack; the least recently shown beyond
    ``limit`` are let go.
    """

    def __init__(self, app: App, limit: int = 12) -> None:
        self.app = app
        self.limit = limit
        self._pages: OrderedDict[Location, PageScreen] = OrderedDict()
        self._names = (f"llmtui-page-{n}" for n in count())

    def page(self, location: Location) -> PageScreen | None:
        """The page for ``location``, built now or kept from before; None for home."""
        kept = self._pages.get(location)
        if kept is not None and kept is not self.app.screen and kept in self.app.screen_stack:
            # Open under another screen, in the walk that resumes there: this walk gets a page of its own, not
            # kept (a screen is on the stack once).
            return page_for(location)
        page = self._pages.pop(location, None)
        if page is None:
            page = page_for(location)
            if page is None:
                return None
            self.app.install_screen(page, next(self._names))
        self._pages[location] = page  # the most recently shown last
        self._trim(max(1, self.limit))
        return page

    def clear(self) -> None:
        """Let every kept page go (the knowledge base they show has changed)."""
        self._trim(0)

    def _trim(self, limit: int) -> None:
        for location in list(self._pages)[: max(0, len(self._pages) - limit)]:
            page = self._pages[location]
            if page in self.app.screen_stack:
                continue  # on screen: it goes when it is next dropped
            del self._pages[location]
            self.app.uninstall_screen(page)
            page.remove()
