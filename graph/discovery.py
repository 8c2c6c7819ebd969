"""Automatic concept discovery, so any pack gets a graph without a glossary.

Two sources: definitions written as "Full Name (ABBR)", and multi-word technical
terms that recur across several questions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .glossary import Concept, Glossary

_DEFINITION = re.compile(r"\b((?:[A-Za-z][\w-]*\s+){0,5}[A-Za-z][\w-]*)\s+\(([A-Z][A-Za-z0-9-]{1,9})\)")
_CHUNK = re.compile(r"[^a-z\s-]+")
_STOP = frozenset(
    "a an the of in on for to and or with by from as at is are be this that these those it its their "
    "what how why when which who can does do explain describe discuss between over into using use used "
    "more most such other each than also only very much many some any all both".split()
)


def _acronym_matches(words: list[str], abbr: str) -> list[str] | None:
    """The trailing words whose initials spell ``abbr`` (letters only; hyphenated parts count).

    >>> _acronym_matches("we use Retrieval-Augmented Generation".split(), "RAG")
    ['Retrieval-Augmented', 'Generation']
    """
    letters = [c.lower() for c in abbr if c.isalpha()]
    parts: list[tuple[str, int]] = []  # (part, index of its word)
    for index, word in enumerate(words):
        parts.extend((p, index) for p in word.split("-") if p)
    if len(letters) > len(parts):
        return None
    tail = parts[-len(letters):]
    if [p[0].lower() for p, _ in tail] == letters and tail[0][0][0].isupper():
        return words[tail[0][1]:]
    return None


def discover_concepts(texts: Iterable[str], known: Glossary, *, min_questions: int = 3) -> list[Concept]:
    """Concepts found in ``texts`` that ``known`` does not already cover.

    >>> g = Glossary()
    >>> [c.name for c in discover_concepts(["We use Grouped Query Attention (GQA) here."], g)]
    ['Grouped Query Attention']
    """
    known_forms = {form.lower() for c in known.concepts.values() for form in c.surface_forms}
    found: dict[str, Concept] = {}
    term_docs: Counter[str] = Counter()
    for text in texts:
        for match in _DEFINITION.finditer(text):
            words = match.group(1).split()
            abbr = match.group(2)
            expansion = _acronym_matches(words, abbr)
            if not expansion:
                continue
            name = " ".join(expansion)
            if name.lower() in known_forms or abbr.lower() in known_forms or name in found:
                continue
            found[name] = Concept(name, (abbr,), f"{name} ({abbr}), found in the pack.", (), discovered=True)
        terms = set()
        for chunk in _CHUNK.split(text.lower()):
            words = chunk.split()
            for size in (3, 2):
                for i in range(len(words) - size + 1):
                    gram = words[i : i + size]
                    if not any(w in _STOP or len(w) < 3 for w in gram):
                        terms.add(" ".join(gram))
        term_docs.update(terms)
    frequent = [(t, c) for t, c in term_docs.most_common(400) if c >= min_questions and t not in known_forms]
    # Longest first: "rotary position embeddings" wins over "position embeddings".
    frequent.sort(key=lambda item: (-len(item[0].split()), -item[1], item[0]))
    for term, count in frequent:
        name = term[0].upper() + term[1:]
        if any(term in c.lower() or c.lower() in term for c in found):
            continue
        found[name] = Concept(name, (), f"A term that recurs in {count} questions of the pack.", (), discovered=True)
    return list(found.values())
