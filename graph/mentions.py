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

_TOKEN = re.compile(r"[A-Za-z0-9]+")
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

    def _walk(self, tokens: list[re.Match[str]], text: str, i: int) -> tuple[str, int] | None:
        node = self.root
        best: tuple[str, int] | None = None
        j = i
        while j < len(tokens):
            if j > i and not _JOINABLE_GAP.fullmatch(text[tokens[j - 1].end() : tokens[j].start()]):
                break
            raw = tokens[j].group()
            lower = raw.lower()
            child = node.children.get(lower)
            plural_child = None
            singular = _singular(lower)
            if singular is not None:
                plural_child = node.children.get(singular)
            for candidate, surface in ((child, raw), (plural_child, raw[: len(singular)] if singular else raw)):
                if candidate is not None and candidate.concept is not None and self._exact_ok(candidate, tokens, i, j, surface):
                    best = (candidate.concept, j)
                    break
            if child is None:
                break
            node = child
            j += 1
        return best

    @staticmethod
    def _exact_ok(node: _Node, tokens: list[re.Match[str]], i: int, j: int, last_surface: str) -> bool:
        for k, required in enumerate(node.exact):
            if required is None:
                continue
            actual = last_surface if i + k == j else tokens[i + k].group()
            if actual != required:
                return False
        return True

    def find(self, text: str) -> Iterator[Mention]:
        """Yield non-overlapping mentions, longest first at each position."""
        tokens = list(_TOKEN.finditer(text))
        i = 0
        while i < len(tokens):
            found = self._walk(tokens, text, i)
            if found is None:
                i += 1
                continue
            concept, last = found
            yield Mention(concept, tokens[i].start(), tokens[last].end())
            i = last + 1
