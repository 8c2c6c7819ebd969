"""Finding concept mentions in text: a token trie, longest match first.

Matching works on word tokens, so word boundaries come for free. A surface form
token that carries capitals past its first letter ("MoE", "RAG", "OOV", "LoRA")
must match exactly, so acronyms never match ordinary words; other tokens match
in any case. Hyphens and spaces between words are interchangeable ("KV cache",
"KV-cache"), a plural "s"/"es" on the last word is accepted, and a one-word
aside in parentheses inside a form is read through ("residual (skip)
connections" names a residual connection).

Blocked forms are phrases that contain a concept's form but mean something
else ("random sampling" of few-shot examples is not decoding by sampling): they
are matched like any form, longest first, and tag nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_WORD_GAPS = re.compile(r"([^A-Za-z0-9]+)")  # split() keeps the gaps: word, gap, word, …
_JOINABLE_GAP = re.compile(r"[ \t\-/]{1,3}")
_ASIDE_OPEN = re.compile(r"[ \t]?\(")  # "residual (skip) connections": the gap before "skip"
_ASIDE_CLOSE = re.compile(r"\)[ \t]?")
_COMMA_GAP = re.compile(r",[ \t]?")
_CONJUNCTIONS = frozenset({"or", "and"})
BLOCKED = ""  # the concept of a blocked form: matched, never reported


@dataclass(frozen=True, slots=True)
class Mention:
    concept: str
    start: int
    end: int


def is_case_sensitive(token: str) -> bool:
    """True for acronym-like tokens: a capital after the first character."""
    rest = token[1:]
    return rest != rest.lower()


def singulars(word: str) -> tuple[str, ...]:
    """What a lower-case plural may be the plural of, likeliest first.

    >>> singulars("caches"), singulars("responses"), singulars("strategies"), singulars("boxes"), singulars("loss")
    (('cache', 'cach'), ('response', 'respons'), ('strategy',), ('boxe', 'box'), ())
    """
    if len(word) > 4 and word.endswith("ies"):
        return (word[:-3] + "y",)
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return (word[:-1], word[:-2]) if len(word) > 3 and word.endswith("es") else (word[:-1],)
    return ()


class _Node:
    __slots__ = ("children", "commas", "concept", "exact")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.commas: dict[str, _Node] | None = None  # next words after a comma, for forms written with one
        self.concept: str | None = None
        self.exact: tuple[str | None, ...] = ()


class MentionMatcher:
    """Match many concepts' surface forms in text in one pass.

    >>> m = MentionMatcher({"Multi-head attention": ["multi-head attention"], "Attention": ["attention"],
    ...                     "Mixture of experts": ["MoE"]})
    >>> [x.concept for x in m.find("Multi-head attention and more attention; MoE, not moe")]
    ['Multi-head attention', 'Attention', 'Mixture of experts']
    >>> m = MentionMatcher({"Sampling": ["sampling"], "Residual connection": ["residual connection"]},
    ...                    blocked=["random sampling"])
    >>> [x.concept for x in m.find("Random sampling of examples; top-k sampling; residual (skip) connections")]
    ['Sampling', 'Residual connection']
    >>> m = MentionMatcher({"Top-k sampling": ["top-k sampling"], "Top-p sampling": ["top-p sampling"]})
    >>> [x.concept for x in m.find("Top-k or Top-p (nucleus) sampling; static and top-p sampling")]
    ['Top-k sampling', 'Top-p sampling', 'Top-p sampling']
    >>> m = MentionMatcher({"Query, key and value": ["Query, key and value", "queries, keys, and values"]})
    >>> [(x.start, x.end) for x in m.find("the queries, keys, and values; query key and value")]
    [(4, 29)]
    """

    def __init__(self, forms: dict[str, Iterable[str]], *, ignore_case: bool = False,
                 blocked: Iterable[str] = ()) -> None:
        self.root = _Node()
        self.ignore_case = ignore_case
        for concept, surface_forms in forms.items():
            for form in surface_forms:
                self._add(concept, form)
        for form in blocked:
            self._add(BLOCKED, form)
        # Lower-cased words (and their plurals) that can start a surface form.
        self._first = set(self.root.children)
        self._first |= {w + "s" for w in self.root.children} | {w + "es" for w in self.root.children}
        self._first |= {w[:-1] + "ies" for w in self.root.children if w.endswith("y")}

    def _add(self, concept: str, form: str) -> None:
        tokens = _TOKEN.findall(form)
        if not tokens:
            return
        # The gap before each word: a comma there ("Query, key and value") must be a comma in the text too.
        gaps = [gap for gap in _split(form)[1::2] if gap] if "," in form and len(tokens) > 1 else []
        node = self.root
        for index, token in enumerate(tokens):
            if gaps and index and "," in gaps[index - 1]:
                if node.commas is None:
                    node.commas = {}
                node = node.commas.setdefault(token.lower(), _Node())
            else:
                node = node.children.setdefault(token.lower(), _Node())
        if node.concept is None or len(concept) < len(node.concept):
            node.concept = concept
            exact = tuple(t if is_case_sensitive(t) and not self.ignore_case else None for t in tokens)
            node.exact = exact if any(exact) else ()  # () = no token needs its exact case

    def _walk(self, parts: list[str], i: int, lower: str) -> tuple[str, int] | None:
        """Longest surface form starting at word ``parts[i]`` (lower-cased: ``lower``): (concept, index of its last word)."""
        children = self.root.children
        best: tuple[str, int] | None = None
        j = i
        n = len(parts)
        positions = [i]  # index of each word of the form so far (an aside is skipped)
        while True:
            raw = parts[j]
            child = children.get(lower)
            if child is not None and child.concept is not None and (
                    not child.exact or self._exact_ok(child, parts, positions, raw)):
                best = (child.concept, j)
            elif lower[-1:] == "s":
                for singular in singulars(lower):
                    plural_child = children.get(singular)
                    if plural_child is not None and plural_child.concept is not None:
                        # "strategies" → "strategy": the exact-case check reads the stem as written
                        surface = raw[: len(singular)] if singular[-1] != "y" or lower[-3:] != "ies" else raw[:-3] + "y"
                        if not plural_child.exact or self._exact_ok(plural_child, parts, positions, surface):
                            best = (plural_child.concept, j)
                            break
            if child is None or j + 2 >= n or not (child.children or child.commas):
                return best
            gap = parts[j + 1]
            if gap == " " or _JOINABLE_GAP.fullmatch(gap):
                children = child.children
            elif child.commas is not None and _COMMA_GAP.fullmatch(gap):
                children = child.commas
            elif _ASIDE_OPEN.fullmatch(gap) and j + 4 < n and _ASIDE_CLOSE.fullmatch(parts[j + 3]):
                children = child.children  # a one-word aside: word ( aside ) word — read on after it
                j += 2
            else:
                return best
            j += 2
            positions.append(j)
            lower = parts[j].lower()

    @staticmethod
    def _exact_ok(node: _Node, parts: list[str], positions: list[int], last_surface: str) -> bool:
        """Whether the case-sensitive words of ``node``'s form are written exactly (the last as ``last_surface``)."""
        last = len(positions) - 1
        for k, required in enumerate(node.exact):
            if required is None:
                continue
            actual = last_surface if k == last else parts[positions[k]]
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
        floor = -1  # last word of the previous match: a coordinated mention must start after it
        while i < n:
            lower = parts[i].lower()
            # Most words start no surface form: skip them without walking the trie.
            if lower not in first:
                i += 2
                continue
            node = starts.get(lower)
            if node is not None and not node.children and node.commas is None and not node.exact and node.concept is not None:
                if node.concept:  # a one-word form that nothing longer starts with (the common case)
                    yield node.concept, i, i
                floor = i
                i += 2
                continue
            found = walk(parts, i, lower)
            if found is None:
                i += 2
                continue
            concept, last = found
            if concept:  # BLOCKED is falsy
                if last > i and i >= 4 and parts[i - 1] == " " and parts[i - 2].lower() in _CONJUNCTIONS:
                    yield from self._coordinated(parts, i, last, floor)
                yield concept, i, last
            floor = last
            i = last + 2

    def _coordinated(self, parts: list[str], i: int, last: int, floor: int) -> Iterator[tuple[str, int, int]]:
        """The mention that shares the last word of the match at ``i``..``last``: "top-k" in "top-k or top-p sampling".

        "<X> and|or <form>" where X followed by the form's last word is itself a
        form (X of one or two joined words, after ``floor``): X is a mention too.
        """
        if parts[i - 3] != " ":
            return
        head = parts[last]
        for start in (i - 4, i - 6):
            if start <= floor or start < 0 or (start == i - 6 and not _JOINABLE_GAP.fullmatch(parts[i - 5])):
                return
            words = parts[start : i - 3] + [" ", head]
            found = self._walk(words, 0, words[0].lower())
            if found is not None and found[0] and found[1] == len(words) - 1:
                yield found[0], start, i - 4
                return

    def matches(self, parts: list[str]) -> Iterator[tuple[str, int, int]]:
        """(concept, index of its first word, index of its last word) of each mention in ``parts``, the text as
        :func:`words_and_gaps` splits it: for a caller that runs several matchers over one text."""
        return self._matches(parts)

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


def words_and_gaps(text: str) -> list[str]:
    """Words and the gaps between them, alternating, starting with a word (empty when the text starts with a gap).

    >>> words_and_gaps("KV-cache, please.")
    ['KV', '-', 'cache', ', ', 'please', '.', '']
    """
    return _WORD_GAPS.split(text)


_split = words_and_gaps
