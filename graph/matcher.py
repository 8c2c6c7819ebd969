"""Finding concept mentions in text: a token trie, longest match first.

Matching works on word tokens, so word boundaries come for free. A surface form
token that carries capitals past its first letter ("MoE", "RAG", "OOV", "LoRA")
must match exactly, so acronyms never match ordinary words; other tokens match
in any case. Hyphens and spaces between words are interchangeable ("KV cache",
"KV-cache") and a plural "s"/"es" on the last word is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_WORD_GAPS = re.compile(r"([^A-Za-z0-9]+)")  # split() keeps the gaps: word, gap, word, …
_JOINABLE_GAP = re.compile(r"[ \t\-/]{1,3}")


@dataclass(frozen=True, slots=True)
class Mention:
    concept: str
    start: int
    end: int


def is_case_sensitive(token: str) -> bool:
    """True for acronym-like tokens: a capital after the first character."""
    rest = token[1:]
    return rest != rest.lower()


def _singular(word: str) -> str | None:
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


class _Node:
    __slots__ = ("children", "concept", "exact")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.concept: str | None = None
        self.exact: tuple[str | None, ...] = ()


class MentionMatcher:
    """Match many concepts' surface forms in text in one pass.

    >>> m = MentionMatcher({"Multi-head attention": ["multi-head attention"], "Attention": ["attention"],
    ...                     "Mixture of experts": ["MoE"]})
    >>> [x.concept for x in m.find("Multi-head attention and more attention; MoE, not moe")]
    ['Multi-head attention', 'Attention', 'Mixture of experts']
    """

    def __init__(self, forms: dict[str, Iterable[str]], *, ignore_case: bool = False) -> None:
        self.root = _Node()
        self.ignore_case = ignore_case
        for concept, surface_forms in forms.items():
            for form in surface_forms:
                self._add(concept, form)
        # Lower-cased words (and their plurals) that can start a surface form.
        self._first = set(self.root.children)
        self._first |= {w + "s" for w in self.root.children} | {w + "es" for w in self.root.children}

    def _add(self, concept: str, form: str) -> None:
        tokens = _TOKEN.findall(form)
        if not tokens:
            return
        node = self.root
        for token in tokens:
            node = node.children.setdefault(token.lower(), _Node())
        if node.concept is None or len(concept) < len(node.concept):
            node.concept = concept
            exact = tuple(t if is_case_sensitive(t) and not self.ignore_case else None for t in tokens)
            node.exact = exact if any(exact) else ()  # () = no token needs its exact case

    def _walk(self, parts: list[str], i: int, lower: str) -> tuple[str, int] | None:
        """Longest surface form starting at word ``parts[i]`` (lower-cased: ``lower``): (concept, index of its last word)."""
        node = self.root
        best: tuple[str, int] | None = None
        j = i
        n = len(parts)
        while True:
            raw = parts[j]
            child = node.children.get(lower)
            if child is not None and child.concept is not None and (
                    not child.exact or self._exact_ok(child, parts, i, j, raw)):
                best = (child.concept, j)
            elif lower[-1:] == "s":
                singular = _singular(lower)
                plural_child = node.children.get(singular) if singular else None
                if (plural_child is not None and plural_child.concept is not None
                        and (not plural_child.exact or self._exact_ok(plural_child, parts, i, j, raw[: len(singular)]))):
                    best = (plural_child.concept, j)
            if child is None or not child.children or j + 2 >= n:
                return best
            gap = parts[j + 1]
            if gap != " " and not _JOINABLE_GAP.fullmatch(gap):
                return best
            node = child
            j += 2
            lower = parts[j].lower()

    @staticmethod
    def _exact_ok(node: _Node, parts: list[str], i: int, j: int, last_surface: str) -> bool:
        for k, required in enumerate(node.exact):
            if required is None:
                continue
            actual = last_surface if i + 2 * k == j else parts[i + 2 * k]
            if actual != required:
                return False
        return True

    def _matches(self, parts: list[str]) -> Iterator[tuple[str, int, int]]:
        """(concept, first word index, last word index) of each non-overlapping mention in ``parts``."""
        first = self._first
        starts = self.root.children
        walk = self._walk
        i = 0
        n = len(parts)
        while i < n:
            lower = parts[i].lower()
            # Most words start no surface form: skip them without walking the trie.
            if lower not in first:
                i += 2
                continue
            node = starts.get(lower)
            if node is not None and not node.children and not node.exact and node.concept is not None:
                yield node.concept, i, i  # a one-word form that nothing longer starts with (the common case)
                i += 2
                continue
            found = walk(parts, i, lower)
            if found is None:
                i += 2
                continue
            concept, last = found
            yield concept, i, last
            i = last + 2

    def find(self, text: str) -> Iterator[Mention]:
        """Yield non-overlapping mentions, longest first at each position."""
        parts = _split(text)
        offsets: list[int] | None = None
        for concept, i, last in self._matches(parts):
            if offsets is None:
                offsets = list(accumulate(map(len, parts), initial=0))
            yield Mention(concept, offsets[i], offsets[last] + len(parts[last]))

    def concepts(self, text: str) -> Iterator[str]:
        """The concept of each mention in ``text``, as :meth:`find` finds them (no offsets: faster)."""
        for concept, _, _ in self._matches(_split(text)):
            yield concept


def _split(text: str) -> list[str]:
    """Words and the gaps between them, alternating, starting with a word (empty when the text starts with a gap)."""
    return _WORD_GAPS.split(text)
