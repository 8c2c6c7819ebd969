"""Where the user can be, as typed locations, and back/forward with browser semantics. No textual.

A location names a page by what it shows (a question id, a concept name, two
concept names for a path); its ``label`` is what the breadcrumb says and takes
no part in equality, so revisiting a page is recognised whatever it was called.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Home:
    """The search screen."""

    @property
    def label(self) -> str:
        return "Search"


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


class Navigator:
    """A browser-style history.

    >>> nav = Navigator()
    >>> nav.go(ConceptPage("LoRA")); nav.go(ConceptPage("QLoRA"))
    >>> nav.back().name, nav.forward().name
    ('LoRA', 'QLoRA')
    >>> _ = nav.back(); nav.go(ConceptPage("PEFT")); nav.forward() is None
    True
    """

    def __init__(self) -> None:
        self.stack: list[Location] = [HOME]
        self.index = 0

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
        self.index += 1

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

    def breadcrumb(self, limit: int = 5) -> list[Location]:
        """The trail up to the current location, newest last."""
        return self.stack[max(0, self.index + 1 - limit) : self.index + 1]
