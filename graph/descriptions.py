"""Finding concepts a text describes without naming them.

An answer may say what a concept is instead of naming it: "different GPUs handle different layers" is
pipeline parallelism, "training only a small subset of parameters" is parameter-efficient fine-tuning. A
concept's ``described_by`` rules in the glossary recognise such sentences. A rule is an AND of OR-groups of
terms, the format of the scoring rubrics: it matches when one sentence holds a term of every group. A single
phrase would be an alias; a rule needs at least two groups, so a phrase only counts in the context that makes
it mean the concept ("real-time applications" only where the sentence is about latency or serving).

Terms match like aliases (:class:`~llmtui.graph.matcher.MentionMatcher`): whole words, any case unless
written as an acronym, hyphens and spaces alike, a plural on the last word. Where terms overlap in the text
the longest wins, as for aliases; the glossary's false friends ("random sampling") are no term, and neither
is a term that ends a longer name or alias of a concept ("trained" in "pre-trained").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .matcher import MentionMatcher, words_and_gaps

Rule = tuple[tuple[str, ...], ...]  # AND over the groups, OR within a group

# A gap between words that ends a sentence: . ! ? or ; then a space, or a line break (a list item is a sentence).
_SENTENCE_GAP = re.compile(r"[.!?;][^A-Za-z0-9]*\s|\n")

Span = tuple[str, int, int]  # (concept or term, index of the first word, index of the last word)


class DescriptionMatcher:
    """Which concepts a text describes, by their ``described_by`` rules.

    >>> m = DescriptionMatcher({"Pipeline parallelism": [(("different layers", "groups of layers"),
    ...                                                   ("GPU", "GPUs", "devices"))]})
    >>> list(m.concepts("Different GPUs handle different layers. Each layer is small."))
    ['Pipeline parallelism']
    >>> list(m.concepts("Different layers learn different features. GPUs are fast."))
    []
    >>> training = {"LLM training": [(("trained",), ("LLM", "LLMs"))]}
    >>> list(DescriptionMatcher(training).concepts("LLMs are trained on text."))
    ['LLM training']
    >>> names = MentionMatcher({"Pretraining": ["pre-trained"]})
    >>> list(DescriptionMatcher(training, names=names).concepts("A pre-trained LLM is frozen."))
    []
    """

    def __init__(self, rules: Mapping[str, Sequence[Rule]], *, blocked: Iterable[str] = (),
                 names: MentionMatcher | None = None) -> None:
        self._names = names
        term_ids: dict[str, str] = {}
        forms: dict[str, list[str]] = {}  # written forms keep their case: an acronym term must match exactly
        self._rules: list[tuple[str, tuple[frozenset[str], ...]]] = []
        for concept, concept_rules in rules.items():
            for rule in concept_rules:
                groups = []
                for group in rule:
                    ids = set()
                    for term in group:
                        term_id = term_ids.setdefault(term.lower(), str(len(term_ids)))
                        written = forms.setdefault(term_id, [])
                        if term not in written:
                            written.append(term)
                        ids.add(term_id)
                    groups.append(frozenset(ids))
                self._rules.append((concept, tuple(groups)))
        self._terms = MentionMatcher(forms, blocked=blocked) if term_ids else None
        self._forms = forms
        self._named_by: dict[str, str | None] = {}

    def _concept_named_by(self, term: str) -> str | None:
        """The concept a term names on its own, if any: inside a longer name of that same concept ("throughput"
        in "high throughput") the term still counts."""
        if term not in self._named_by:
            named = [] if self._names is None else list(self._names.matches(words_and_gaps(self._forms[term][0])))
            self._named_by[term] = named[0][0] if len(named) == 1 else None
        return self._named_by[term]

    def concepts(self, text: str) -> Iterator[str]:
        """Each concept ``text`` describes, once, in the order of its rules."""
        parts = words_and_gaps(text)
        named = list(self._names.matches(parts)) if self._names is not None else []
        return self.described(parts, named)

    def described(self, parts: list[str], named: Sequence[Span]) -> Iterator[str]:
        """:meth:`concepts` of a text already split by :func:`words_and_gaps`, with the glossary's mentions in it
        (``named``, as :meth:`MentionMatcher.matches` gives them), so a caller that needs both splits once."""
        if self._terms is None:
            return
        terms = list(self._terms.matches(parts))
        if len(terms) < 2:
            return
        found = {term for term, _, _ in terms}
        # Most texts hold no term of some group of every rule: nothing more to do for them.
        rules = [(concept, groups) for concept, groups in self._rules if all(group & found for group in groups)]
        if not rules:
            return
        # A word qualified by the words before it is not the word on its own: "trained" in "pre-trained",
        # "embeddings" in "positional embeddings" (a term that starts a longer name still counts, and so does
        # one inside a longer name of the concept it names itself).
        longer = [(concept, first, last) for concept, first, last in named if last > first]
        if longer:
            terms = [(term, first, last) for term, first, last in terms
                     if not any(f < first <= la and self._concept_named_by(term) != concept for concept, f, la in longer)]
        # "e.g., a tool" goes on: a full stop after a one-letter word is an abbreviation's.
        ends = [k for k in range(1, len(parts), 2) if _SENTENCE_GAP.search(parts[k]) and len(parts[k - 1]) > 1]
        sentences: dict[int, set[str]] = {}
        sentence = 0
        for term, first, _ in terms:
            while sentence < len(ends) and ends[sentence] < first:
                sentence += 1
            sentences.setdefault(sentence, set()).add(term)
        described: set[str] = set()
        for concept, groups in rules:
            if concept in described:
                continue
            for in_sentence in sentences.values():
                if all(group & in_sentence for group in groups):
                    described.add(concept)
                    yield concept
                    break
