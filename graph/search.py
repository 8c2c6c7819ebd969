"""One fuzzy search over questions and concepts (rapidfuzz), fast at 100k questions.

Questions go through a token inverted index as a prefilter: each query word is
matched to indexed words exactly, by prefix (the word being typed) or by a
small edit distance (rapidfuzz ``fuzz.ratio`` over the vocabulary), and only
documents holding a matched word are re-ranked. Concepts are few, so all their
names and aliases are scored directly. A query that names a concept (alias,
acronym or typo) also lifts the questions that mention it.

Imports neither textual nor networkx: the graph hands over plain mappings.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Protocol

from rapidfuzz import fuzz, process

_WORD = re.compile(r"[a-z0-9]+")
_BRITISH_STEMS = ("quant", "optim", "normal", "token", "general", "regular", "real", "util", "minim", "maxim",
                  "summar", "visual", "special", "organ", "parallel", "character", "initial", "memor", "standard")
# British spellings, rewritten on the whole lower-cased text in one pass each (C speed).
_BRITISH = (
    (re.compile(r"\b((?:" + "|".join(_BRITISH_STEMS) + r")[a-z]*?)is(ation|ations|ing|ed|er|ers|e|es)\b"), r"\1iz\2"),
    (re.compile(r"elling\b"), "eling"),
    (re.compile(r"elled\b"), "eled"),
    (re.compile(r"\b(behavi|col|flav|hon|lab|neighb)our"), r"\1or"),
)
_MAYBE_BRITISH = re.compile(r"is(?:ation|ing|ed|er|e)|ell(?:ing|ed)\b|our")

STOP_WORDS = frozenset(
    "a an the of in on for to and or with by from as at is are be this that what how why when which who does do "
    "explain describe discuss it its vs".split()
)
PREFIX_LIMIT = 40
COMMON_FRACTION = 0.2  # words in more than this share of questions do not generate candidates
RERANK_LIMIT = 200
CONCEPT_BOOST = 45.0  # a question that mentions the concept the query names


def normalize(text: str) -> str:
    """Lower-case, American spelling, words separated by single spaces.

    >>> normalize("Quantisation & Tokenisers, modelling, behaviour")
    'quantization tokenizers modeling behavior'
    """
    text = " ".join(_WORD.findall(text.lower()))
    if _MAYBE_BRITISH.search(text):
        for pattern, replacement in _BRITISH:
            text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True, slots=True)
class SearchResult:
    kind: str  # "question" | "concept"
    key: str  # question id or concept name
    title: str
    score: float
    topic: str
    spans: tuple[tuple[int, int], ...]  # character spans of ``title`` that matched
    number: int | None = None


class QuestionLike(Protocol):
    """What the index reads of a question (``llmtui.content.models.Question`` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def topic(self) -> str: ...
    @property
    def number(self) -> int: ...


def highlight_spans(text: str, query_words: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the words in ``text`` that a query word matches (same, prefix, or a typo away).

    >>> highlight_spans("KV cache offloading", ["kv", "cashe"])
    ((0, 2), (3, 8))
    """
    spans = []
    for match in re.finditer(r"[A-Za-z0-9]+", text):
        word = normalize(match.group())
        for q in query_words:
            if word == q or (len(q) >= 2 and word.startswith(q)):
                end = match.start() + min(len(q), len(match.group())) if word != q else match.end()
                spans.append((match.start(), end))
                break
            if len(q) >= 4 and fuzz.ratio(word, q) >= 75:
                spans.append((match.start(), match.end()))
                break
    return tuple(spans)


class SearchIndex:
    """Search questions and concepts together.

    >>> from llmtui.content.models import Question
    >>> q = Question("p#1", "p", 1, "Explain how KV cache accelerates inference.", "", "Inference", 1)
    >>> index = SearchIndex([q],
    ...                     {"KV cache": ["KV-cache", "key-value cache"]}, {"KV cache": ["p#1"]})
    >>> [(r.kind, r.key) for r in index.search("kv cashe")]
    [('concept', 'KV cache'), ('question', 'p#1')]
    """

    def __init__(
        self,
        questions: Sequence[QuestionLike],
        concepts: Mapping[str, Iterable[str]],
        concept_questions: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.questions = list(questions)
        self._row = {doc.id: i for i, doc in enumerate(self.questions)}
        postings: dict[str, list[int]] = defaultdict(list)
        self._titles = []
        for i, doc in enumerate(self.questions):
            norm = normalize(doc.title)
            self._titles.append(norm)
            for word in set(norm.split()):
                postings[word].append(i)
        self._postings = {word: array("i", ids) for word, ids in postings.items()}
        self._vocab = sorted(self._postings)
        n = max(1, len(self.questions))
        self._idf = {word: math.log((n + 1) / (len(ids) + 0.5)) for word, ids in self._postings.items()}
        self._common = max(50, int(n * COMMON_FRACTION))
        self._concept_forms: list[str] = []
        self._form_concept: list[str] = []
        self._exact: dict[str, str] = {}
        for name, aliases in concepts.items():
            for form in (name, *aliases):
                norm = normalize(form)
                if not norm:
                    continue
                self._concept_forms.append(norm)
                self._form_concept.append(name)
                self._exact.setdefault(norm, name)
                self._exact.setdefault(norm.replace(" ", ""), name)
        # Concept → question ids, turned into rows only for the concepts a query names.
        self._concept_question_ids = concept_questions or {}
        self._concept_rows: dict[str, list[int]] = {}

    # -- words ---------------------------------------------------------------
    def _word_matches(self, word: str, *, is_last: bool) -> dict[str, float]:
        """Indexed words matching one query word, with a similarity in 0..1."""
        found: dict[str, float] = {}
        if word in self._postings:
            found[word] = 1.0
        if is_last and len(word) >= 2:
            start = bisect.bisect_left(self._vocab, word)
            for candidate in self._vocab[start : start + PREFIX_LIMIT]:
                if not candidate.startswith(word):
                    break
                found.setdefault(candidate, 0.9)
        if len(word) >= 4:
            for candidate, score, _ in process.extract(word, self._vocab, scorer=fuzz.ratio, score_cutoff=78, limit=6):
                found.setdefault(candidate, score / 100 * 0.95)
        return found

    # -- concepts ------------------------------------------------------------
    def _concept_hits(self, query: str) -> dict[str, float]:
        hits: dict[str, float] = {}
        exact = self._exact.get(query) or self._exact.get(query.replace(" ", ""))
        if exact:
            hits[exact] = 100.0
        for _form, score, index in process.extract(
            query, self._concept_forms, scorer=fuzz.token_sort_ratio, score_cutoff=72, limit=15
        ):
            name = self._form_concept[index]
            hits[name] = max(hits.get(name, 0.0), min(score, 99.0))
        if len(query) >= 3:
            for index, form in enumerate(self._concept_forms):
                if form.startswith(query) and form != query:
                    # "beam" names "beam search" more surely than "bea" does.
                    whole_word = form.startswith(query + " ")
                    score = 96.0 if whole_word else 85.0 + 10.0 * len(query) / len(form)
                    name = self._form_concept[index]
                    hits[name] = max(hits.get(name, 0.0), score)
        return hits

    def _rows_of(self, concept: str) -> list[int]:
        rows = self._concept_rows.get(concept)
        if rows is None:
            ids = self._concept_question_ids.get(concept, ())
            rows = self._concept_rows[concept] = [self._row[q] for q in ids if q in self._row]
        return rows

    def suggest_concepts(self, query: str, *, limit: int = 3) -> list[str]:
        """Loose matches for a "did you mean" hint, when search finds nothing sure."""
        names: list[str] = []
        for _, _, index in process.extract(normalize(query), self._concept_forms, scorer=fuzz.WRatio,
                                           score_cutoff=50, limit=limit * 4):
            name = self._form_concept[index]
            if name not in names:
                names.append(name)
        return names[:limit]

    # -- the search ----------------------------------------------------------
    def search(self, query: str, *, kind: str | None = None, limit: int = 20) -> list[SearchResult]:
        """Questions and concepts matching ``query``, best first."""
        norm = normalize(query)
        if not norm:
            return []
        words = norm.split()
        content = [w for w in words if w not in STOP_WORDS] or words
        concept_hits = self._concept_hits(norm)
        if content != words:
            # "what is rag" names the concept "rag": score the content words too.
            for name, score in self._concept_hits(" ".join(content)).items():
                concept_hits[name] = max(concept_hits.get(name, 0.0), score)
        # (score, is_question, title, key): ranked first, turned into results (with spans) only for the top.
        ranked: list[tuple[float, bool, str, str | int]] = []
        if kind in (None, "concept"):
            ranked += [(round(score, 1), False, name, name) for name, score in concept_hits.items()]
        if kind in (None, "question"):
            ranked += [(score, True, self.questions[doc].title, doc)
                       for score, doc in self._question_hits(content, concept_hits, norm)]
        # Within 5 points a concept goes first: typing "beam" wants "Beam search".
        ranked.sort(key=lambda r: (-(r[0] // 5), r[1], -r[0], r[2]))
        results = []
        for score, is_question, _title, key in ranked[:limit]:
            if is_question:
                q = self.questions[key]
                results.append(SearchResult("question", q.id, q.title, score, q.topic, highlight_spans(q.title, content),
                                            q.number))
            else:
                results.append(SearchResult("concept", key, key, score, "Concept",
                                            highlight_spans(key, content)))
        return results

    def _question_hits(self, words: list[str], concept_hits: dict[str, float], norm: str) -> list[tuple[float, int]]:
        """(score, row) of the questions that match, unordered.

        The per-document work runs in C where it can (``dict.fromkeys``,
        ``dict.update``, ``itemgetter``): a two-letter prefix at 100k questions
        touches most of the bank.
        """
        scores: dict[int, float] = {}
        total = 0.0
        for position, word in enumerate(words):
            matches = self._word_matches(word, is_last=position == len(words) - 1)
            if not matches:
                total += 1.0
                continue
            weighted = sorted((self._idf[m] * s, m) for m, s in matches.items())
            total += weighted[-1][0]
            skip_common = len(words) > 1
            # Each document keeps the weight of its best matching word: lighter words first, heavier overwrite.
            best_for_doc: dict[int, float] = {}
            for weight, match in weighted:
                ids = self._postings[match]
                if skip_common and len(ids) > self._common:
                    continue
                best_for_doc.update(dict.fromkeys(ids, weight))
            # Add the smaller of the two into the larger (both are ours to change).
            if len(best_for_doc) > len(scores):
                scores, best_for_doc = best_for_doc, scores
            for doc, weight in best_for_doc.items():
                scores[doc] = scores.get(doc, 0.0) + weight
        boost: dict[int, float] = {}
        for name, score in concept_hits.items():
            if score >= 85:
                lift = (score - 80) / 20 * CONCEPT_BOOST
                for doc in self._rows_of(name):
                    if lift > boost.get(doc, 0.0):
                        boost[doc] = lift
        if not scores and not boost:
            return []
        total = max(total, 1e-6)
        ranking = scores
        if boost:
            ranking = dict(scores)
            for doc, lift in boost.items():
                ranking[doc] = ranking.get(doc, 0.0) + lift * total / 100
        shortlist = heapq.nlargest(RERANK_LIMIT, ranking.items(), key=itemgetter(1))
        out = []
        for doc, _ in shortlist:
            coverage = min(1.0, scores.get(doc, 0.0) / total)
            lift = boost.get(doc, 0.0)
            similarity = fuzz.token_set_ratio(norm, self._titles[doc]) / 100
            score = max(75 * coverage + 20 * similarity - 5, lift) + min(lift, 100 - lift) * coverage / 4
            if score >= 35:
                out.append((round(min(score, 99.0), 1), doc))
        return out
