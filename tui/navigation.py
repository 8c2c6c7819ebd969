"""Where the user can be, as typed locations, and back/forward with browser semantics. No textual.

A location names a page by what it shows (a question id, a concept name, two
concept names for a path); its ``label`` is what the breadcrumb says and takes
no part in equality, so revisiting a page is recognised whatever it was called.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Home:
    """Where a walk through pages started: the search screen, or another screen (History …) named by ``name``.

    All origins are equal: going back to one leaves the pages.
    """

    name: str = field(default="Search", compare=False)

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class QuestionPage:
    question_id: str
    number_label: str = field(default="", compare=False)  # "Q43", filled in by whoever knows the bank

    @property
    def label(self) -> str:
        return self.number_label or self.question_id


@dataclass(frozen=True, slots=True)
class ConceptPage:
    name: str
    graph_depth: int = field(default=0, compare=False)  # the local graph is shown at this depth (0: hidden)

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class PathPage:
    """The chain of concepts from ``source`` to ``target``."""

    source: str
    target: str

    @property
    def label(self) -> str:
        return f"{self.source} → {self.target}"


@dataclass(frozen=True, slots=True)
class ConceptsPage:
    """Every concept, in a sortable table."""

    @property
    def label(self) -> str:
        return "All concepts"


Location = Home | QuestionPage | ConceptPage | PathPage | ConceptsPage
HOME = Home()
CRUMB_SEPARATOR = " › "
HISTORY_LIMIT = 100  # locations kept for back/forward; older ones are dropped (the origin stays)


@dataclass(frozen=True, slots=True)
class Walk:
    """One walk as it stands: its locations from the origin and where in them the user is."""

    stack: tuple[Location, ...]
    index: int


class Navigator:
    """A browser-style history of one walk: it starts at an origin (the screen the first page was opened from).

    >>> nav = Navigator()
    >>> nav.go(ConceptPage("LoRA")); nav.go(ConceptPage("QLoRA"))
    >>> nav.back().name, nav.forward().name
    ('LoRA', 'QLoRA')
    >>> _ = nav.back(); nav.go(ConceptPage("PEFT")); nav.forward() is None
    True
    >>> nav.start(Home("History")); [loc.label for loc in nav.breadcrumb()]
    ['History']

    A walk set aside (History opened over a page starts a walk of its own) is taken up again as it was:

    >>> nav = Navigator(); nav.go(ConceptPage("LoRA")); nav.go(ConceptPage("QLoRA")); _ = nav.back()
    >>> aside = nav.walk(); nav.start(Home("History")); nav.go(ConceptPage("DPO"))
    >>> nav.resume(aside); nav.location.name, nav.forward().name, nav.back().name
    ('LoRA', 'QLoRA', 'LoRA')
    """

    def __init__(self) -> None:
        self.stack: list[Location] = [HOME]
        self.index = 0

    def start(self, origin: Home = HOME) -> None:
        """Begin a new walk from ``origin``: back from its first page returns there."""
        self.stack = [origin]
        self.index = 0

    def walk(self) -> Walk:
        """The walk as it stands now, to :meth:`resume` later."""
        return Walk(tuple(self.stack), self.index)

    def resume(self, walk: Walk) -> None:
        """Take up ``walk`` again where it was left: its back and forward as they were."""
        self.stack = list(walk.stack)
        self.index = walk.index

    @property
    def location(self) -> Location:
        return self.stack[self.index]

    @property
    def can_go_back(self) -> bool:
        return self.index > 0

    @property
    def can_go_forward(self) -> bool:
        return self.index < len(self.stack) - 1

    def go(self, location: Location) -> None:
        """Visit ``location``: the forward history is dropped, as in a browser."""
        if location == self.location:
            return
        del self.stack[self.index + 1 :]
        self.stack.append(location)
        if len(self.stack) > HISTORY_LIMIT:
            del self.stack[1 : len(self.stack) - HISTORY_LIMIT + 1]
        self.index = len(self.stack) - 1

    def update(self, location: Location) -> None:
        """Remember how the current page is shown (``location`` equals the current one): back restores it."""
        if location == self.location:
            self.stack[self.index] = location

    def back(self) -> Location | None:
        if not self.can_go_back:
            return None
        self.index -= 1
        return self.location

    def forward(self) -> Location | None:
        if not self.can_go_forward:
            return None
        self.index += 1
        return self.location

    def breadcrumb(self) -> list[Location]:
        """The trail from the origin to the current location: Escape walks it back, one crumb at a time."""
        return self.stack[: self.index + 1]

    def crumbs(self) -> list[tuple[str, str]]:
        """Each crumb of the trail as (what joins it to the one before, what it says).

        A path opened from the concept it starts at continues that crumb rather than naming it again.

        >>> nav = Navigator(); nav.go(ConceptPage("LoRA")); nav.go(PathPage("LoRA", "QLoRA")); nav.crumbs()
        [('', 'Search'), (' › ', 'LoRA'), (' → ', 'QLoRA')]
        """
        trail = self.breadcrumb()
        return [("", loc.label) if before is None else
                (" → ", loc.target) if isinstance(loc, PathPage) and before == ConceptPage(loc.source) else
                (CRUMB_SEPARATOR, loc.label)
                for before, loc in zip([None, *trail[:-1]], trail, strict=True)]
