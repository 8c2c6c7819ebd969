"""Which page shows which location. The page modules import :mod:`.pages`; nothing imports this back."""

from __future__ import annotations

from ..navigation import ConceptPage, ConceptsPage, Home, Location, PathPage, QuestionPage
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


def page_for(location: Location) -> PageScreen | None:
    """A new page screen for ``location``; None for home (the search screen underneath every page)."""
    if isinstance(location, Home):
        return None
    return PAGES[type(location)](location)
