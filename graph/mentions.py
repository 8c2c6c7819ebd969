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
_PARTS = re.compile(r"[A-Za-z0-9]+|[^A-Za-z0-9]+")
_JOINABLE_GAP = re.compile(r"[ \t\-/]{1,3}")


@dataclass(frozen=True, slots=True)
class Mention:
    concept: str
    start: int
    end: int


def is_case_sensitive(token: str) -> bool:
    """True for acronym-like tokens: a capital after the first character."""
    return any(ch.isupper() for ch in token[1:])


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
            node.exact = tuple(t if is_case_sensitive(t) and not self.ignore_case else None for t in tokens)

    def _walk(self, parts: list[str], i: int) -> tuple[str, int] | None:
        """Longest surface form starting at word ``parts[i]``: (concept, index of its last word)."""
        node = self.root
        best: tuple[str, int] | None = None
        j = i
        n = len(parts)
        while True:
            raw = parts[j]
            lower = raw.lower()
            child = node.children.get(lower)
            if child is not None and child.concept is not None and self._exact_ok(child, parts, i, j, raw):
                best = (child.concept, j)
            else:
                singular = _singular(lower)
                plural_child = node.children.get(singular) if singular else None
                if (plural_child is not None and plural_child.concept is not None
                        and self._exact_ok(plural_child, parts, i, j, raw[: len(singular)])):
                    best = (plural_child.concept, j)
            if child is None or not child.children or j + 2 >= n or not _JOINABLE_GAP.fullmatch(parts[j + 1]):
                return best
            node = child
            j += 2

    @staticmethod
    def _exact_ok(node: _Node, parts: list[str], i: int, j: int, last_surface: str) -> bool:
        for k, required in enumerate(node.exact):
            if required is None:
                continue
            actual = last_surface if i + 2 * k == j else parts[i + 2 * k]
            if actual != required:
                return False
        return True

    def find(self, text: str) -> Iterator[Mention]:
        """Yield non-overlapping mentions, longest first at each position."""
        # Words and the gaps between them, alternating; a text starting with a gap gets an empty word first.
        parts = _PARTS.findall(text)
        if parts and not parts[0][:1].isalnum():
            parts.insert(0, "")
        first = self._first
        offsets: list[int] | None = None
        i = 0
        n = len(parts)
        while i < n:
            # Most words start no surface form: skip them without walking the trie.
            if parts[i].lower() not in first:
                i += 2
                continue
            found = self._walk(parts, i)
            if found is None:
                i += 2
                continue
            concept, last = found
            if offsets is None:
                offsets = [0, *accumulate(len(p) for p in parts)]
            yield Mention(concept, offsets[i], offsets[last] + len(parts[last]))
            i = last + 2
