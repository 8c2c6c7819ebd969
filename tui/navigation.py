"""Back and forward with browser semantics, as a tiny pure class."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    kind: str  # "home" | "question" | "concept" | "path" | "concepts"
    key: str = ""
    label: str = ""


HOME = Location("home", "", "Search")


class Navigator:
    """A browser-style history.

    >>> nav = Navigator()
    >>> nav.go(Location("concept", "LoRA")); nav.go(Location("concept", "QLoRA"))
    >>> nav.back().key, nav.forward().key
    ('LoRA', 'QLoRA')
    >>> _ = nav.back(); nav.go(Location("concept", "PEFT")); nav.forward() is None
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

    def home(self) -> None:
        self.go(HOME)

    def breadcrumb(self, limit: int = 5) -> list[Location]:
        """The trail up to the current location, newest last."""
        return self.stack[max(0, self.index + 1 - limit) : self.index + 1]
