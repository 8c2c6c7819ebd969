"""The scorer llmtui had before key points (concept coverage), kept as the baseline the bench times against.

It counted the question's concepts an answer names; the issue that replaced it
(name-dropping scored 99 %) explains why. Only its speed matters here.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

_WORDS = re.compile(r"[a-z0-9]+")


def _normalized(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _names_form(answer_words: list[str], answer_norm: str, form: str) -> bool:
    form_norm = _normalized(form)
    if not form_norm:
        return False
    if f" {form_norm} " in f" {answer_norm} " or f" {form_norm}s " in f" {answer_norm} ":
        return True
    size = len(form_norm.split())
    if len(form_norm) < 5:
        return False
    cutoff = 88 if len(form_norm) < 9 else 84
    for i in range(len(answer_words) - size + 1):
        if fuzz.ratio(" ".join(answer_words[i : i + size]), form_norm, score_cutoff=cutoff):
            return True
    return False


def concept_coverage(answer: str, key_concepts: list[tuple[str, tuple[str, ...], float]]) -> float:
    """Weighted share of (name, forms, weight) concepts that ``answer`` names."""
    answer_norm = _normalized(answer)
    words = answer_norm.split()
    total = sum(w for _, _, w in key_concepts) or 1.0
    return sum(w for _, forms, w in key_concepts if any(_names_form(words, answer_norm, f) for f in forms)) / total
