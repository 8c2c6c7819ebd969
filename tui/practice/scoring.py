"""Scoring a typed answer by concept coverage. Pure: no textual, no networkx.

The key concepts of a question are those its reference answer (and title)
mention, weighted by specificity so that "KV cache" counts more than "LLM".
A concept counts as covered when the user's answer names it by any alias, in
any case, or with a small typo.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

_WORDS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class KeyConcept:
    name: str
    forms: tuple[str, ...]
    weight: float


@dataclass(frozen=True, slots=True)
class Coverage:
    score: float  # 0..1
    covered: tuple[str, ...]
    missed: tuple[str, ...]

    @property
    def percent(self) -> int:
        return round(self.score * 100)


def _normalized(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _names_form(answer_words: list[str], answer_norm: str, form: str) -> bool:
    form_norm = _normalized(form)
    if not form_norm:
        return False
    if f" {form_norm} " in f" {answer_norm} " or f" {form_norm}s " in f" {answer_norm} ":
        return True
    size = len(form_norm.split())
    if len(form_norm) < 5:  # short acronyms must be exact: "rag" is not "tag"
        return False
    cutoff = 88 if len(form_norm) < 9 else 84
    for i in range(len(answer_words) - size + 1):
        if fuzz.ratio(" ".join(answer_words[i : i + size]), form_norm, score_cutoff=cutoff):
            return True
    return False


def score_answer(answer: str, key_concepts: Sequence[KeyConcept]) -> Coverage:
    """Weighted share of ``key_concepts`` that ``answer`` covers.

    >>> keys = [KeyConcept("KV cache", ("KV cache", "key-value cache"), 3.0), KeyConcept("LLM", ("LLM",), 1.0)]
    >>> c = score_answer("The key value cashe stores past keys", keys)
    >>> c.covered, c.missed, c.percent
    (('KV cache',), ('LLM',), 75)
    """
    if not key_concepts:
        return Coverage(0.0, (), ())
    answer_norm = _normalized(answer)
    words = answer_norm.split()
    covered, missed = [], []
    total = sum(k.weight for k in key_concepts)
    got = 0.0
    for key in key_concepts:
        if any(_names_form(words, answer_norm, form) for form in key.forms):
            covered.append(key.name)
            got += key.weight
        else:
            missed.append(key.name)
    return Coverage(got / total if total else 0.0, tuple(covered), tuple(missed))


def key_concepts_from(
    names: Sequence[str], forms: Mapping[str, Sequence[str]], specificity: Mapping[str, float], limit: int = 8
) -> list[KeyConcept]:
    """The ``limit`` most specific concepts of a reference answer, with their weights."""
    ranked = sorted(names, key=lambda n: -specificity.get(n, 1.0))[:limit]
    return [KeyConcept(n, (n, *forms.get(n, ())), specificity.get(n, 1.0)) for n in ranked]
