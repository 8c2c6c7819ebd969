"""One fuzzy search over questions and concepts (rapidfuzz), fast at 100k questions.

Questions go through a token inverted index as a prefilter: each query word is
matched to indexed words exactly, by prefix (the word being typed) or by a
small edit distance (rapidfuzz ``fuzz.ratio`` over the vocabulary), and only
documents holding a matched word are re-ranked. Concepts are few, so all their
names and aliases are scored directly. A query that names a concept (alias,
acronym or typo) also lifts the questions that mention it.

Answers have an index of their own: a question whose answer holds every query
word is found too, ranked below every title and concept match, with the
answer line that matched as its snippet. It is consulted only while titles and
concepts have not filled the results, so typing stays fast on big banks.

Imports neither textual nor networkx: the graph hands over plain mappings.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import math
import operator
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
TITLE_MIN_SCORE = 35.0  # a title match scores at least this
ANSWER_SCORES = (20.0, 34.0)  # answer-only matches score in this range: below every title match
ANSWER_PREFIX_MIN = 4  # letters of the word being typed before answers are matched by prefix
SNIPPET_WIDTH = 110  # characters of an answer line shown around its match
_RAW_WORD = re.compile(r"[a-z0-9]+")


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
    label: str = ""  # how the question is named on screen ("Q43", or its id for a pack's question)
    # Which text matched: "title", "answer" (the answer only), or "concept" (a concept's name or alias,
    # or a question found because it mentions the concept the query names).
    field: str = "title"
    snippet: str = ""  # the text that matched: the title, the concept, or one line of the answer
    snippet_spans: tuple[tuple[int, int], ...] = ()  # character spans of ``snippet`` that matched


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
    @property
    def answer(self) -> str: ...
    @property
    def label(self) -> str: ...


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


Spans = tuple[tuple[int, int], ...]


def answer_snippet(answer: str, query_words: Sequence[str], width: int = SNIPPET_WIDTH) -> tuple[str, Spans]:
    """The answer line that matches most query words, cut to ``width`` around the first match, with its spans.

    >>> answer_snippet("Intro line.\\n\\n- **RoPE** rotates query and key vectors by position.", ["rotary", "rope"])
    ('RoPE rotates query and key vectors by position.', ((0, 4),))
    >>> answer_snippet("A long line in which, far along, the word cache appears once only.", ["cache"], width=30)
    ('…word cache appears once…', ((6, 11),))
    """
    best: tuple[int, str, Spans] = (0, "", ())
    stems = {w[:4] for w in query_words}
    for raw in answer.splitlines():
        low = raw.lower()
        if not any(stem in low for stem in stems):
            continue
        line = " ".join(raw.replace("**", "").replace("`", "").split()).lstrip("-*#> ")
        spans = highlight_spans(line, query_words)
        if len(spans) > best[0]:
            best = (len(spans), line, spans)
    _, line, spans = best
    return clip(line, spans, width)


def clip(line: str, spans: Spans, width: int) -> tuple[str, Spans]:
    """``line`` cut to about ``width`` characters around its first span, between words, with "…" where cut.

    >>> clip("one two three four five six seven eight nine ten", ((14, 18),), 20)
    ('…four five six…', ((1, 5),))
    >>> clip("…four five six…", ((1, 5),), 8)  # cut again: the ends it had stay marked
    ('…four…', ((1, 5),))
    """
    lead, trail = line.startswith("…"), line.endswith("…") and len(line) > 1
    if lead or trail:  # a clipped line: work on its words, mark its ends again
        line = line[int(lead) : len(line) - int(trail)]
        spans = tuple((a - lead, b - lead) for a, b in spans)
    if not spans or len(line) <= width:
        return ("…" if lead else "") + line + ("…" if trail else ""), tuple((a + lead, b + lead) for a, b in spans)
    start = max(0, min(spans[0][0] - width // 4, len(line) - width))
    end = start + width
    # Cut between words, not inside one.
    if start and (space := line.find(" ", start, spans[0][0])) != -1:
        start = space + 1
    if end < len(line) and (space := line.rfind(" ", max(start, spans[0][1]), end)) != -1:
        end = space
    prefix = "…" if start or lead else ""
    suffix = "…" if end < len(line) or trail else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return prefix + line[start:end] + suffix, inside


def _holds(postings: array, row: int) -> bool:
    """Whether the sorted ``postings`` hold ``row`` (bisection)."""
    at = bisect.bisect_left(postings, row)
    return at < len(postings) and postings[at] == row


@dataclass(frozen=True, slots=True)
class _WordPostings:
    """The answers one query word matches: exactly, or by prefix or typo with a similarity below 1."""

    exact: array | None
    others: list[tuple[float, array]]

    @property
    def size(self) -> int:
        return (len(self.exact) if self.exact is not None else 0) + sum(len(p) for _, p in self.others)

    def rows(self) -> set[int]:
        return set(self.exact if self.exact is not None else ()).union(*(p for _, p in self.others))

    def keep(self, rows: set[int], *, exact_only: bool = False) -> set[int]:
        """The ``rows`` this word matches (exactly, with ``exact_only``)."""
        postings = [self.exact] if self.exact is not None else []
        if not exact_only:
            postings += [p for _, p in self.others]
        kept: set[int] = set()
        for posting in postings:
            if len(rows) * 16 < len(posting):  # few rows, a long posting: look them up
                kept.update(row for row in rows if _holds(posting, row))
            else:
                kept.update(rows.intersection(posting))
        return kept

    def first_rows(self, limit: int, exclude: set[int]) -> list[int]:
        """Up to ``limit`` rows in bank order, exact matches first, without reading whole postings."""
        chosen: list[int] = []
        if self.exact is not None:
            chosen = list(itertools.islice((row for row in self.exact if row not in exclude), limit))
        if len(chosen) < limit and self.others:
            taken = set(chosen)
            merged = heapq.merge(*(p for _, p in self.others))
            for row in merged:
                if row not in taken and row not in exclude and (self.exact is None or not _holds(self.exact, row)):
                    taken.add(row)
                    chosen.append(row)
                    if len(chosen) == limit:
                        break
        return chosen

    def quality(self, row: int) -> float:
        if self.exact is not None and _holds(self.exact, row):
            return 1.0
        return max((similarity for similarity, p in self.others if _holds(p, row)), default=0.0)


@dataclass(frozen=True, slots=True)
class _AnswerIndex:
    """Postings of the words of every answer (stop words left out); built in one pass, swapped in whole."""

    postings: dict[str, array]
    vocab: list[str]


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
        *,
        answers: bool = True,
    ) -> None:
        """``answers=False`` leaves the answers out until :meth:`index_answers` runs (a big bank's loader does
        that once search answers on titles)."""
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
        self._concept_row_sets: dict[str, frozenset[int]] = {}
        self._answers: _AnswerIndex | None = None
        if answers:
            self.index_answers()

    @property
    def answers_indexed(self) -> bool:
        return self._answers is not None

    def index_answers(self) -> None:
        """Index the words of every answer; search finds answers from then on.

        Safe while other threads search: the index is built aside and swapped in
        with one assignment. Words are split per answer and spelled American once
        per distinct word, not per answer (the per-answer loop is the cost).
        """
        raw: dict[str, array] = {}
        findall = _RAW_WORD.findall
        for row, doc in enumerate(self.questions):
            for word in set(findall(doc.answer.lower())):
                ids = raw.get(word)
                if ids is None:
                    raw[word] = ids = array("i")
                ids.append(row)
        postings: dict[str, array] = {}
        for word, ids in raw.items():
            norm = normalize(word)
            if not norm or norm in STOP_WORDS:
                continue
            if norm in postings:  # "behaviour" and "behavior" meet: one sorted list of rows
                ids = array("i", sorted(set(postings[norm]) | set(ids)))
            postings[norm] = ids
        self._answers = _AnswerIndex(postings, sorted(postings))

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

    def _row_set_of(self, concept: str) -> frozenset[int]:
        """The rows of :meth:`_rows_of` as a set, kept: the next keystroke names the same concept."""
        rows = self._concept_row_sets.get(concept)
        if rows is None:
            rows = self._concept_row_sets[concept] = frozenset(self._rows_of(concept))
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
    def search(self, query: str, *, kind: str | None = None, limit: int = 20, answers: bool = True) -> list[SearchResult]:
        """Questions and concepts matching ``query``, best first; ``answers=False`` looks at titles and concepts only."""
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
        answer_rows: set[int] = set()
        if answers and kind in (None, "question") and len(ranked) < limit and self._answers is not None:
            # Titles and concepts have not filled the list: answers holding every query word follow them,
            # best match first and then in bank order, the order they were chosen in (a longer list
            # only adds to the end of a shorter one).
            in_titles = {key for _, is_question, _, key in ranked if is_question}
            hits = self._answer_hits(content, in_titles, limit - len(ranked))
            for score, doc in sorted(hits, key=lambda hit: (-hit[0], hit[1])):
                ranked.append((score, True, self.questions[doc].title, doc))
                answer_rows.add(doc)
        results = []
        for score, is_question, _title, key in ranked[:limit]:
            if is_question:
                q = self.questions[key]
                spans = highlight_spans(q.title, content)
                if key in answer_rows:
                    snippet, snippet_spans = answer_snippet(q.answer, content)
                    field = "answer"
                else:
                    snippet, snippet_spans = q.title, spans
                    field = "title" if spans else "concept"  # in only because it mentions the concept named
                results.append(SearchResult("question", q.id, q.title, score, q.topic, spans, q.number, q.label,
                                            field, snippet, snippet_spans))
            else:
                spans = highlight_spans(key, content)
                results.append(SearchResult("concept", key, key, score, "Concept", spans, None, "", "concept", key, spans))
        return results

    def _answer_hits(self, words: list[str], exclude: set[int], limit: int) -> list[tuple[float, int]]:
        """(score, row) of up to ``limit`` questions whose answer holds every query word, not in ``exclude``.

        The word being typed (the last) matches by prefix from four letters on; a
        word with no exact or prefix match may match a typo away (five letters on).
        Scores sit in ANSWER_SCORES, below every title match: answers where every
        word matched exactly first, then the rest, each in bank order.

        Only ``limit`` rows are ever scored: postings are sorted arrays, so a
        few candidates are checked against a long posting by bisection rather
        than by reading it whole.
        """
        index = self._answers
        assert index is not None
        words = [w for w in words if w not in STOP_WORDS and len(w) >= 2]
        if not words or limit <= 0 or sum(map(len, words)) < 3:
            return []  # one or two letters say nothing about an answer, and match most of them
        matched: list[_WordPostings] = []
        for position, word in enumerate(words):
            exact = index.postings.get(word)
            others: list[tuple[float, array]] = []
            if position == len(words) - 1 and len(word) >= ANSWER_PREFIX_MIN:
                start = bisect.bisect_left(index.vocab, word)
                for candidate in index.vocab[start : start + PREFIX_LIMIT]:
                    if not candidate.startswith(word):
                        break
                    if candidate != word:
                        others.append((0.9, index.postings[candidate]))
            if exact is None and not others and len(word) >= 5:
                # A typo rarely hits the first letter: compare with the words that share it (a big bank's
                # answers hold hundreds of thousands of words).
                first = bisect.bisect_left(index.vocab, word[0])
                last = bisect.bisect_left(index.vocab, chr(ord(word[0]) + 1), first)
                for candidate, score, _ in process.extract(word, index.vocab[first:last], scorer=fuzz.ratio,
                                                           score_cutoff=80, limit=4):
                    others.append((score / 100 * 0.9, index.postings[candidate]))
            if exact is None and not others:
                return []  # every word must be in the answer
            matched.append(_WordPostings(exact, others))
        if len(matched) == 1:
            chosen = matched[0].first_rows(limit, exclude)  # the usual case while typing: no set is built
            low, high = ANSWER_SCORES
            return [(round(low + (high - low) * matched[0].quality(row), 1), row) for row in chosen]
        matched.sort(key=lambda m: m.size)  # from the rarest word
        rows = matched[0].rows().difference(exclude)
        for word in matched[1:]:
            if not rows:
                return []
            rows = word.keep(rows)
        exact_rows = rows
        for word in matched:
            exact_rows = word.keep(exact_rows, exact_only=True)
        chosen = heapq.nsmallest(limit, exact_rows)
        if len(chosen) < limit:
            chosen += heapq.nsmallest(limit - len(chosen), rows.difference(exact_rows))
        low, high = ANSWER_SCORES
        return [(round(low + (high - low) * sum(w.quality(row) for w in matched) / len(matched), 1), row)
                for row in chosen]

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
        # Concepts the query names lift the questions that mention them, by how surely they are named.
        levels = sorted((((score - 80) / 20 * CONCEPT_BOOST, name) for name, score in concept_hits.items() if score >= 85),
                        reverse=True)

        def lift_of(doc: int) -> float:
            """The strongest lift among the concepts ``doc`` mentions (sets, not a dict over every mention:
            a common concept is mentioned by tens of thousands of questions in a big bank)."""
            for lift, name in levels:
                if doc in self._row_set_of(name):
                    return lift
            return 0.0

        if not scores and not levels:
            return []
        total = max(total, 1e-6)
        ranking = scores
        if levels:
            factor = total / 100
            ranking = dict(scores)
            lifted: set[int] = set()
            for lift, name in levels:  # strongest first; the per-document work runs in C (map, zip, update)
                docs = (scores.keys() & self._row_set_of(name)) - lifted
                if docs:
                    bump = functools.partial(operator.add, lift * factor)
                    ranking.update(zip(docs, map(bump, map(ranking.__getitem__, docs)), strict=True))
                    lifted |= docs
            # Questions found only through a concept tie within its lift: the strongest first, at most
            # RERANK_LIMIT of each concept.
            for _, name in levels:
                for doc in itertools.islice(itertools.filterfalse(ranking.__contains__, self._rows_of(name)),
                                            RERANK_LIMIT):
                    ranking[doc] = lift_of(doc) * factor
        shortlist = heapq.nlargest(RERANK_LIMIT, ranking.items(), key=itemgetter(1))
        out = []
        for doc, _ in shortlist:
            coverage = min(1.0, scores.get(doc, 0.0) / total)
            lift = lift_of(doc)
            similarity = fuzz.token_set_ratio(norm, self._titles[doc]) / 100
            score = max(75 * coverage + 20 * similarity - 5, lift) + min(lift, 100 - lift) * coverage / 4
            if score >= TITLE_MIN_SCORE:
                out.append((round(min(score, 99.0), 1), doc))
        return out
