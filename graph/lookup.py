"""Resolving what a user types to a concept: its name, an alias, or a near-typo of one — never a different concept.

Fuzzy search is right for a result list the user picks from, but wrong for a
lookup that answers with one concept: "ZeRO" must not answer "Zero-shot
prompting", nor "multi-head latent attention" answer "Multi-head attention".
So a lookup accepts a name or alias up to case, spacing, punctuation and a
plural, or a typo of a few letters in a long enough form; anything else is an
:class:`UnknownConcept` that suggests near names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .matcher import singulars

_WORD = re.compile(r"[a-z0-9]+")
SUGGEST_CUTOFF = 70.0
SHORT_TOKEN = 3  # tokens this short ("kv", "k", "fp8") must be typed exactly: "top-a" is not "top-k"


class UnknownConcept(KeyError):
    """No concept of that name; the message (``args[0]``) suggests near names when there are any, which
    ``suggestions`` holds, nearest first."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = suggestions


def lookup_tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` as a lookup compares them: lower case, punctuation dropped.

    >>> lookup_tokens("Multi-head attention"), lookup_tokens("KV-caches"), lookup_tokens("LLM.int8()")
    (('multi', 'head', 'attention'), ('kv', 'caches'), ('llm', 'int8'))
    """
    return tuple(_WORD.findall(text.casefold()))


def lookup_keys(tokens: tuple[str, ...]) -> list[str]:
    """The keys a form or a query is known by: its words joined, and with its last word made singular.

    >>> lookup_keys(("kv", "caches")), lookup_keys(("decoding", "strategies"))
    (['kvcaches', 'kvcache', 'kvcach'], ['decodingstrategies', 'decodingstrategy'])
    """
    if not tokens:
        return []
    stem = "".join(tokens[:-1])
    return [stem + tokens[-1]] + [stem + singular for singular in singulars(tokens[-1])]


def typo_allowance(length: int) -> int:
    """Edits a typed form of ``length`` letters may differ by: none up to 5 (acronyms, GELU/GeGLU), 1 up to 10, then 2."""
    return 0 if length <= 5 else 1 if length <= 10 else 2


class ConceptLookup:
    """Names and aliases of concepts, for exact-or-typo lookups.

    >>> lookup = ConceptLookup({"ZeRO": (), "Zero-shot prompting": ("zero-shot",), "KV cache": ("key-value cache",)})
    >>> lookup.resolve("zero"), lookup.resolve("Key value caches"), lookup.resolve("kv cashe")
    ('ZeRO', 'KV cache', 'KV cache')
    >>> lookup.resolve("zero shot learning")
    Traceback (most recent call last):
    ...
    llmtui.graph.lookup.UnknownConcept: "no concept 'zero shot learning'; did you mean Zero-shot prompting?"
    """

    def __init__(self, forms: Mapping[str, Iterable[str]]) -> None:
        self._exact: dict[str, set[str]] = {}
        self._forms: list[str] = []  # joined keys, for typo matching
        self._tokens: list[tuple[str, ...]] = []
        self._owner: list[str] = []
        self._display: list[str] = []  # the forms as written, for suggestions
        for name, aliases in forms.items():
            for form in (name, *aliases):
                tokens = lookup_tokens(form)
                if not tokens:
                    continue
                keys = lookup_keys(tokens)
                for key in keys:
                    self._exact.setdefault(key, set()).add(name)
                self._forms.append(keys[0])
                self._tokens.append(tokens)
                self._owner.append(name)
                self._display.append(" ".join(tokens))

    def resolve(self, text: str) -> str:
        """The concept ``text`` names (name, alias or near-typo); raises :class:`UnknownConcept` otherwise."""
        tokens = lookup_tokens(text)
        keys = lookup_keys(tokens)
        owners = next((self._exact[key] for key in keys if key in self._exact), None)
        if owners is not None and len(owners) == 1:
            return next(iter(owners))
        if owners is None and keys:
            found = self._typo_match(tokens, keys[0])
            if found is not None:
                return found
        suggestions = self.suggest(text)
        hint = f"; did you mean {_or_list(suggestions)}?" if suggestions else ""
        raise UnknownConcept(f"no concept {text.strip()!r}{hint}", tuple(suggestions))

    def _typo_match(self, tokens: tuple[str, ...], key: str) -> str | None:
        allowance = typo_allowance(len(key))
        if allowance == 0:
            return None
        best: dict[str, int] = {}
        typed = set(tokens)
        for form, form_tokens, owner in zip(self._forms, self._tokens, self._owner, strict=True):
            if abs(len(form) - len(key)) > allowance or typo_allowance(len(form)) == 0:
                continue
            if any(len(t) <= SHORT_TOKEN and t not in typed for t in form_tokens):
                continue
            distance = OSA.distance(key, form, score_cutoff=allowance)
            if distance <= allowance and distance < best.get(owner, allowance + 1):
                best[owner] = distance
        if not best:
            return None
        nearest = min(best.values())
        winners = [owner for owner, distance in best.items() if distance == nearest]
        return winners[0] if len(winners) == 1 else None  # a tie is ambiguous: say so instead of guessing

    def suggest(self, text: str, *, limit: int = 3) -> list[str]:
        """Concepts whose name or alias is like ``text``, for a "did you mean" hint.

        WRatio alone rewards any shared fragment ("gemini" ~ "deterministic"),
        so a form must also be like the whole of ``text`` (plain ratio).
        """
        query = " ".join(lookup_tokens(text))
        if not query:
            return []
        scored: dict[str, float] = {}
        for _, loose, index in process.extract(query, self._display, scorer=fuzz.WRatio, score_cutoff=60, limit=40):
            score = (loose + fuzz.ratio(query, self._display[index])) / 2
            owner = self._owner[index]
            if score >= SUGGEST_CUTOFF and score > scored.get(owner, 0.0):
                scored[owner] = score
        return sorted(scored, key=lambda name: (-scored[name], name))[:limit]


def _or_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
