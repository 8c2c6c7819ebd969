"""Everything the app and the CLI query, loaded together: bank, glossary, graph, index.

Loading has two phases so that search can answer before networkx is even
imported: :func:`load_search_base` (bank, glossary, concept mentions, search
index) and :func:`add_graph` (the NetworkX graph). :func:`load_knowledge` does both.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from llmtui.content.cache import CACHE_VERSION, cache_key, read_json, write_json
from llmtui.content.models import Pack, Question, QuestionBank
from llmtui.content.packs import load_bank

from .glossary import Concept, Glossary, load_glossary
from .lookup import ConceptLookup
from .mentions import (
    QuestionMentions,
    QuestionTagger,
    concept_question_ids,
    count_mentions,
    discover_in_poor_packs,
    mention_forms,
)
from .search import SearchIndex

if TYPE_CHECKING:
    import networkx as nx


@dataclass(slots=True)
class KnowledgeBase:
    bank: QuestionBank
    glossary: Glossary
    index: SearchIndex
    concept_questions: dict[str, list[str]]
    mentions: dict[str, QuestionMentions] = field(repr=False, default_factory=dict)
    graph: nx.Graph | None = None
    _centrality: dict[str, float] | None = field(repr=False, default=None)
    _lookup: tuple[int, ConceptLookup] | None = field(repr=False, default=None)  # (glossary size it was built for, lookup)

    @property
    def has_graph(self) -> bool:
        return self.graph is not None

    def centrality(self) -> dict[str, float]:
        """Harmonic centrality of every concept (computed once: ~50 ms for the bundled bank)."""
        if self._centrality is None:
            from .queries import concept_centrality

            self._centrality = concept_centrality(self.graph) if self.graph is not None else {}
        return self._centrality

    def attach_graph(self, graph: nx.Graph) -> None:
        """Make ``graph`` the knowledge graph; the mention counts it was built from are dropped (~100 MB at 100k)."""
        self.graph = graph
        self._centrality = None  # of the graph before, if any
        self.mentions = {}

    def concept(self, name: str) -> Concept:
        return self.glossary.concepts[name]

    def question(self, question_id: str) -> Question:
        question = self.bank.get(question_id)
        if question is None:
            raise KeyError(question_id)
        return question

    def resolve_concept(self, text: str) -> str:
        """A concept's canonical name from its name, an alias or a near-typo of one — never a different concept.

        Raises :class:`llmtui.graph.lookup.UnknownConcept` ("no concept 'X'; did you mean …?").
        """
        if text in self.glossary:
            return text
        if self._lookup is None or self._lookup[0] != len(self.glossary):  # discovery may have added concepts
            self._lookup = (len(self.glossary), ConceptLookup(mention_forms(self.glossary)))
        return self._lookup[1].resolve(text)

    def is_generic(self, name: str) -> bool:
        """True for generic concepts (Token, LLM…): never key evidence in scoring, a top related or a weakest concept."""
        return self.glossary.is_generic(name)

    def definition(self, name: str) -> str:
        """The concept's definition; for a discovered concept, which has none, where it was found."""
        concept = self.glossary.concepts[name]
        if concept.definition:
            return concept.definition
        n = self.concept_size(name)
        found = f"found in {n} question{'s' * (n != 1)}" if n else "found in a pack"
        return f"Discovered in your packs, not in the glossary: {found}." if concept.discovered else found.capitalize() + "."

    def concept_question_ids(self, name: str) -> list[str]:
        """Questions that mention ``name``, strongest mention first (in bank order until the graph is built)."""
        if self.graph is not None and name in self.concept_questions:
            from .queries import questions_of_concept

            return questions_of_concept(self.graph, name)
        return list(self.concept_questions.get(name, ()))

    def concept_size(self, name: str) -> int:
        return len(self.concept_questions.get(name, ()))


def build_index(bank: QuestionBank, glossary: Glossary, concept_questions: Mapping[str, Sequence[str]], *,
                answers: bool = True) -> SearchIndex:
    return SearchIndex(bank.questions, {n: c.aliases for n, c in glossary.concepts.items()}, concept_questions,
                       answers=answers)


def _mentions_from_json(data: object, pack: Pack, concepts: Mapping[str, object]) -> dict[str, QuestionMentions] | None:
    """The mentions a cache entry holds for ``pack``, or None unless every question and concept checks out.

    >>> _mentions_from_json({"version": CACHE_VERSION, "questions": {"p#1": [{"LoRA": 1}, {"nope": 2}]}},
    ...                     Pack("p", "P", "", [Question("p#1", "p", 1, "T", "A", "", 1)]), {"LoRA": None}) is None
    True
    """
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return None
    stored = data.get("questions")
    if not isinstance(stored, dict) or len(stored) != len(pack.questions):
        return None

    found: dict[str, QuestionMentions] = {}
    counted: list[dict[str, int]] = []
    try:
        for question in pack.questions:
            title, answer = stored[question.id]
            if type(title) is not dict or type(answer) is not dict:
                return None
            counted += (title, answer)
            found[question.id] = QuestionMentions(title, answer)
        # Whole-pack checks in C (a per-question check in Python doubled the load of a 100k pack).
        if not set(concepts).issuperset(set().union(*counted)):
            return None
        if min(chain.from_iterable(c.values() for c in counted), default=0) < 0:
            return None
    except (KeyError, TypeError, ValueError):
        return None
    return found


def _cached_mentions(pack: Pack, tagger: Callable[[], QuestionTagger], cache_dir: Path | None, glossary_key: str,
                     concepts: Mapping[str, object]) -> dict[str, QuestionMentions]:
    """Mention counts of one pack, from the cache when its bytes and the glossary are unchanged.

    ``tagger`` is a factory: building it is skipped when every pack is cached.
    """
    if cache_dir is None or not pack.content_hash:
        return count_mentions(pack.questions, tagger())
    entry = cache_dir / f"mentions-{cache_key(pack.content_hash.encode(), glossary_key.encode())}.json"
    cached = _mentions_from_json(read_json(entry), pack, concepts)
    if cached is not None:
        return cached
    found = count_mentions(pack.questions, tagger())
    write_json(entry, {"version": CACHE_VERSION,
                       "questions": {qid: [dict(m.title), dict(m.answer)] for qid, m in found.items()}},
               chunked="questions")
    return found


def load_search_base(
    extra: Sequence[str | Path] = (),
    *,
    glossary_path: str | Path | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    answers: bool = True,
    strict: bool = False,
) -> KnowledgeBase:
    """Bank, glossary, mentions and search index: everything but the graph (no networkx).

    ``answers=False`` leaves the answers out of the index: call ``kb.index.index_answers()`` later.
    Pack files that do not load are in ``kb.bank.skipped``; ``strict``: see :func:`load_bank`.
    """
    say = progress or (lambda _message: None)
    bank = load_bank(list(extra), cache_dir=cache_dir, progress=progress, strict=strict)
    glossary = load_glossary(glossary_path, cache_dir=cache_dir)
    say(f"Finding concepts in {len(bank)} questions…")
    # Everything that changes what the tagger finds: names, aliases, false friends and descriptions.
    glossary_key = cache_key(*(f"{n}|{'|'.join(c.aliases)}|!{'|'.join(c.false_friends)}|{c.described_by!r}".encode()
                               for n, c in glossary.concepts.items()))
    tagger = functools.cache(lambda: QuestionTagger(glossary))
    mentions: dict[str, QuestionMentions] = {}
    for pack in bank.packs:
        mentions.update(_cached_mentions(pack, tagger, cache_dir, glossary_key, glossary.concepts))
    discover_in_poor_packs(bank, glossary, mentions)
    say("Indexing for search…")
    concept_questions = concept_question_ids(mentions)
    for name in glossary.concepts:
        concept_questions.setdefault(name, [])
    index = build_index(bank, glossary, concept_questions, answers=answers)
    return KnowledgeBase(bank, glossary, index, concept_questions, mentions)


def add_graph(kb: KnowledgeBase) -> KnowledgeBase:
    """Build the NetworkX graph of ``kb`` (imports networkx)."""
    from .build import build_graph

    kb.attach_graph(build_graph(kb.bank, kb.glossary, discover=False, mentions=kb.mentions))
    return kb


def load_knowledge(
    extra: Sequence[str | Path] = (),
    *,
    glossary_path: str | Path | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> KnowledgeBase:
    """Load the bundled bank plus ``extra`` packs, build the search index and the graph.

    With ``cache_dir``, parsed packs and their concept mentions are cached there
    (JSON, keyed by content hash), so a 100k-question pack loads in seconds.
    """
    kb = load_search_base(extra, glossary_path=glossary_path, cache_dir=cache_dir, progress=progress)
    if progress is not None:
        progress("Building the concept graph…")
    return add_graph(kb)
