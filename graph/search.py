"""One fuzzy search over questions and concepts (rapidfuzz), fast at 100k questions.

Questions go through a token inverted index as a prefilter: each query word is
matched to indexed words exactly, as the word it abbreviates ("attn"), as its
plural or another word of its -ize family ("normalize", "normalization"), by
prefix (the word being typed) or a typo away, and only documents holding a
matched word are re-ranked. Concepts are few: every name and alias is matched
word by word (every query word must match a word of it), and a query that
names a concept also lifts the questions that mention it. A question label
("Q43", "43", "llm-hub#43") finds that question first.

A typo is an edit budget, by the length of the word typed (:func:`typo_budget`):
a letter added, dropped or changed, or two neighbours swapped ("loar" for
"lora"), each one edit (optimal string alignment, rapidfuzz's ``OSA``). Titles
and answers are searched for typos among the words that start with the same
letter (a typo rarely hits the first, and their vocabulary is large); concept
names and aliases among all their words ("nlora" finds LoRA). A query word that
is a typo of a glossary term is read as that term only: "cashe" is "cache", not
also the "case" of "use case".

Answers have an index of their own: a question whose answer holds the query
as a phrase ranks above those whose title holds only some of its words; one
whose answer holds every query word elsewhere ranks below every title and
concept match. Each is shown with the answer line that matched. Answers are
consulted only while better matches have not filled the results, so typing
stays fast on big banks.

Results come best first, in score order; at equal scores a concept goes
before a question. A question scores at most 90, so a concept named almost as
well as a question's title goes first ("beam" wants "Beam search").

Imports neither textual nor networkx: the graph hands over plain mappings.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import math
import operator
import os
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

SUGGEST_MIN_RATIO = 60  # how much a "did you mean" must look like the whole query (a typo of a name: well above)

_WORD = re.compile(r"[a-z0-9]+")
_ANY_WORD = re.compile(r"[^\W_]+")  # a word in any script
# Chinese, Japanese and Korean: written without spaces between words, searched by pairs of characters
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_ACCENTS = re.compile(r"[\u0300-\u036f]")  # combining accents of Latin, Greek and Cyrillic letters
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
# Short forms typed for a whole word: a query word also matches the word it abbreviates ("attn" finds
# "attention"). One word for one word, American spelling; a short form that is a concept's own alias
# ("kv", "rag", "lora") is the glossary's business, not this table's.
ABBREVIATIONS = {
    "algo": "algorithm", "algos": "algorithms", "approx": "approximation", "arch": "architecture",
    "attn": "attention", "avg": "average", "bwd": "backward", "config": "configuration", "ctx": "context",
    "db": "database", "dec": "decoder", "dim": "dimension", "dims": "dimensions", "dist": "distribution",
    "doc": "document", "docs": "documents", "emb": "embedding", "embs": "embeddings", "enc": "encoder",
    "eval": "evaluation", "evals": "evaluations", "fwd": "forward", "gen": "generation", "grad": "gradient",
    "grads": "gradients", "hparam": "hyperparameter", "hparams": "hyperparameters", "hyperparam": "hyperparameter",
    "hyperparams": "hyperparameters", "img": "image", "imgs": "images", "impl": "implementation", "info": "information",
    "lang": "language", "mem": "memory", "msg": "message", "msgs": "messages", "norm": "normalization",
    "optim": "optimization", "param": "parameter", "params": "parameters", "perf": "performance",
    "prob": "probability", "probs": "probabilities", "quant": "quantization", "reg": "regularization",
    "repr": "representation", "req": "request", "reqs": "requests", "seq": "sequence", "seqs": "sequences",
    "temp": "temperature", "tok": "token", "toks": "tokens", "txt": "text", "vocab": "vocabulary",
}
# The endings of an -ize family, longest first: "normalize", "normalizing", "normalization" share a stem.
IZE_ENDINGS = ("izations", "ization", "izers", "izer", "izing", "ized", "izes", "ize")
ABBREVIATION_SIMILARITY = 0.95  # also a plural for its singular
FAMILY_SIMILARITY = 0.85  # another word of the same -ize family
TYPO_CUTOFF = 78.0  # typo_similarity from which two words are a typo apart (highlights, words run together)
PREFIX_LIMIT = 40
COMMON_FRACTION = 0.2  # words in more than this share of questions do not generate candidates
RERANK_LIMIT = 200
CONCEPT_BOOST = 45.0  # a question that mentions the concept the query names
CONCEPT_MIN_SCORE = 72.0  # a concept matches from this score on
STARTS_BONUS = 6.0  # to a concept whose name or alias the query's words start ("kv": "KV cache")
ALIAS_PENALTY = 6.0  # from a concept matched by an alias rather than its name, unless the alias is the query
# A concept that adds words to one the query names wholly ("KV-cache compression" when "kv cache" names
# "KV cache") is narrower than what was asked: it scores at most this, below the questions about what was.
NARROWER_CONCEPT_MAX = 70.0
QUESTION_SCALE = 0.9  # a question's score out of 100, scaled: a question scores at most 90
TITLE_MIN_SCORE = 35.0  # a title match scores at least this
PARTIAL_TITLE_MAX = 55.0  # a title holding only some of the query's words scores at most this
ANSWER_PHRASE_SCORES = (56.0, 62.0)  # the query as a phrase in the answer: above partial titles, below whole ones
ANSWER_SCORES = (20.0, 34.0)  # answer-only matches score in this range: below every title match
ANSWER_PREFIX_MIN = 4  # letters of the word being typed before answers are matched by prefix
PHRASE_CHECKS = 400  # answers read for a phrase per query, at most (in bank order)
SNIPPET_WIDTH = 110  # characters of an answer line shown around its match
_REFERENCE = re.compile(r"(q)?\s*#?\s*(\d{1,7})", re.IGNORECASE)  # "Q43", "q 43", "#43", "43"


def text_words(text: str) -> list[str]:
    """The words of lower-cased ``text`` as search indexes them: words of letters and digits in any script,
    accents dropped ("café" as "cafe"), and each run of Chinese, Japanese or Korean characters as its
    overlapping pairs of characters (a one-character run as itself), as those scripts put no spaces between
    words.

    >>> text_words("what is a kv cache?"), text_words("réseau et café"), text_words("什么是闭包？nlp面试")
    (['what', 'is', 'a', 'kv', 'cache'], ['reseau', 'et', 'cafe'], ['什么', '么是', '是闭', '闭包', 'nlp', '面试'])
    """
    if text.isascii():
        return _WORD.findall(text)
    folded = unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text)))
    words: list[str] = []
    for token in _ANY_WORD.findall(folded):
        if token.isascii() or _CJK_RUN.search(token) is None:
            words.append(token)  # (most words: no call for them)
        else:
            words += [token[start:end] for start, end in _pieces(token)]
    return words


def _pieces(token: str) -> list[tuple[int, int]]:
    """(start, end) in ``token`` of each word search reads in it: the token whole, or, around each run of Chinese,
    Japanese or Korean characters in it, the other letters as they stand and the run's overlapping pairs."""
    if token.isascii() or _CJK_RUN.search(token) is None:
        return [(0, len(token))]
    pieces: list[tuple[int, int]] = []
    at = 0
    for run in _CJK_RUN.finditer(token):
        if run.start() > at:
            pieces.append((at, run.start()))
        start, end = run.span()
        pieces += [(start, end)] if end - start == 1 else [(i, i + 2) for i in range(start, end - 1)]
        at = end
    if at < len(token):
        pieces.append((at, len(token)))
    return pieces


def normalize(text: str) -> str:
    """Lower-case, American spelling, words separated by single spaces (see :func:`text_words`).

    >>> normalize("Quantisation & Tokenisers, modelling, behaviour")
    'quantization tokenizers modeling behavior'
    """
    text = " ".join(text_words(text.lower()))
    if _MAYBE_BRITISH.search(text):
        for pattern, replacement in _BRITISH:
            text = pattern.sub(replacement, text)
    return text


def ize_stem(word: str) -> str | None:
    """The stem of a word of an -ize family (four letters or more), else None.

    >>> ize_stem("normalization"), ize_stem("normalize"), ize_stem("size"), ize_stem("model")
    ('normal', 'normal', None, None)
    """
    for ending in IZE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] if len(word) - len(ending) >= 4 else None
    return None


@functools.lru_cache(maxsize=4096)
def word_variants(word: str) -> tuple[tuple[str, float], ...]:
    """Words that stand for ``word``, each with its similarity: the word it abbreviates, its plural or
    singular, the other words of its -ize family.

    >>> word_variants("attn")
    (('attention', 0.95), ('attns', 0.95))
    >>> [w for w, s in word_variants("normalize") if s < 0.9][:3]
    ['normalizations', 'normalization', 'normalizers']
    """
    variants = []
    if (full := ABBREVIATIONS.get(word)) is not None:
        variants.append((full, ABBREVIATION_SIMILARITY))
    if len(word) >= 3:
        variants.append((word + "s", ABBREVIATION_SIMILARITY))
        if word.endswith("es"):
            variants.append((word[:-2], ABBREVIATION_SIMILARITY))
        if word.endswith("s") and not word.endswith("ss"):
            variants.append((word[:-1], ABBREVIATION_SIMILARITY))
    stem = ize_stem(word)
    if stem is not None:
        variants += [(stem + ending, FAMILY_SIMILARITY) for ending in IZE_ENDINGS if stem + ending != word]
    return tuple(variants)


@functools.lru_cache(maxsize=1024)
def _variant_set(word: str) -> frozenset[str]:
    return frozenset(variant for variant, _ in word_variants(word))


def typo_similarity(typed: str, word: str) -> float:
    """How near ``typed`` is to being a typo of ``word``, 0–100 (``fuzz.ratio``), kept apart where the letters
    they share say nothing: a typo rarely hits the first letter, and a shared ending ("-ization", "-ing")
    is no evidence, so what comes before it must be alike too.

    >>> typo_similarity("cashe", "cache") >= TYPO_CUTOFF, typo_similarity("atention", "attention") >= TYPO_CUTOFF
    (True, True)
    >>> typo_similarity("quantization", "summarization"), typo_similarity("generalization", "generation") < TYPO_CUTOFF
    (0.0, True)
    """
    if not typed or not word or typed[0] != word[0]:
        return 0.0
    score = fuzz.ratio(typed, word)
    shared = len(os.path.commonprefix([typed[::-1], word[::-1]]))
    if shared >= 3 and len(typed) - shared >= 3 and len(word) - shared >= 3:
        score = min(score, fuzz.ratio(typed[:-shared], word[:-shared]))
    return score


def typo_budget(length: int) -> int:
    """The edits a typed word of ``length`` letters may be from the word meant: none below four letters (too
    many words are one edit from a short one), one up to nine, two from ten.

    >>> [typo_budget(n) for n in (3, 4, 9, 10)]
    [0, 1, 1, 2]
    """
    return 0 if length < 4 else 1 if length < 10 else 2


def typo_distance(typed: str, word: str) -> int:
    """Edits from ``typed`` to ``word``: a letter added, dropped or changed, or two neighbours swapped, one each.

    >>> typo_distance("loar", "lora"), typo_distance("nlora", "lora"), typo_distance("cashe", "cache")
    (1, 1, 1)
    """
    return OSA.distance(typed, word)


def vocab_matches(word: str, vocab: Sequence[str], known: Mapping[str, object], *, prefix_from: int | None,
                  graded_prefix: bool = False, typo_from: int | None = 4, typo_limit: int = 8,
                  first_letter: bool = True, terms: Container[str] = ()) -> dict[str, float]:
    """Words of ``vocab`` (sorted; ``known`` holds them as keys) that ``word`` matches, with a similarity in 0..1:
    the word itself, its variants (:func:`word_variants`), words it starts (from ``prefix_from`` letters on;
    ``graded_prefix``: the more of the word typed, the nearer) and words a typo away (from ``typo_from`` letters,
    within :func:`typo_budget`; ``first_letter``: among the words that share the first letter only).

    A word ``vocab`` or ``terms`` (the glossary's words) holds is taken as typed, never as a typo of another
    ("rope" is not "role"). When some of the words a typo away are ``terms``, the others are left out: a typo
    is read as the term it is near, not also as a common word as near ("cashe" is "cache", not "case").

    >>> vocab = sorted(["attention", "cache", "case", "generation"])
    >>> vocab_matches("attn", vocab, dict.fromkeys(vocab), prefix_from=2)
    {'attention': 0.95}
    >>> vocab_matches("generalisation", vocab, dict.fromkeys(vocab), prefix_from=2)
    {}
    >>> sorted(vocab_matches("cashe", vocab, dict.fromkeys(vocab), prefix_from=None))
    ['cache', 'case']
    >>> vocab_matches("cashe", vocab, dict.fromkeys(vocab), prefix_from=None, terms={"cache"})
    {'cache': 0.76}
    """
    found: dict[str, float] = {}
    if word in known:
        found[word] = 1.0
    for variant, similarity in word_variants(word):
        if variant in known and similarity > found.get(variant, 0.0):
            found[variant] = similarity
    if prefix_from is not None and len(word) >= prefix_from:
        start = bisect.bisect_left(vocab, word)
        for candidate in vocab[start : start + PREFIX_LIMIT]:
            if not candidate.startswith(word):
                break
            if candidate not in found:
                found[candidate] = 0.5 + 0.4 * len(word) / len(candidate) if graded_prefix else 0.9
    if (typo_from is not None and len(word) >= typo_from and word not in known and word not in terms
            and (budget := typo_budget(len(word)))):
        choices = vocab
        if first_letter:
            first = bisect.bisect_left(vocab, word[0])
            choices = vocab[first : bisect.bisect_left(vocab, chr(ord(word[0]) + 1), first)]
        typos = {candidate: distance for candidate, distance, _ in
                 process.extract(word, choices, scorer=OSA.distance, score_cutoff=budget, limit=typo_limit)
                 if distance and not _shared_ending_only(word, candidate)}
        if any(candidate in terms for candidate in typos):
            typos = {candidate: distance for candidate, distance in typos.items() if candidate in terms}
        for candidate, distance in typos.items():
            similarity = round((1 - distance / max(len(word), len(candidate))) * 0.95, 3)
            if similarity > found.get(candidate, 0.0):
                found[candidate] = similarity
    return found


def _shared_ending_only(typed: str, word: str) -> bool:
    """Whether ``typed`` and ``word`` are alike only in an ending they share ("-ization", "-ing"): what comes
    before it is then further apart than a typo, however long the ending makes the words.

    >>> _shared_ending_only("generalization", "normalization"), _shared_ending_only("atention", "attention")
    (True, False)
    """
    shared = len(os.path.commonprefix([typed[::-1], word[::-1]]))
    if shared < 3 or len(typed) - shared < 3 or len(word) - shared < 3:
        return False
    return typo_distance(typed[:-shared], word[:-shared]) > typo_budget(len(typed) - shared)


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
    # Which text matched: "title", "answer" (the answer only), "label" (the question's label or id),
    # "concept" (a concept's name, or a question found because it mentions the concept the query names)
    # or "alias" (an alias of the concept: ``snippet`` says which).
    field: str = "title"
    snippet: str = ""  # the text that matched: the title, the concept, the alias, the label or one line of the answer
    snippet_spans: tuple[tuple[int, int], ...] = ()  # character spans of ``snippet`` that matched


@dataclass(frozen=True, slots=True)
class ConceptMatch:
    """A concept a query names, how surely (0–100), and the name or alias that matched (``form``, as written
    in the glossary; ``alias`` is True when it is an alias whose words are not the name's)."""

    name: str
    score: float
    form: str
    alias: bool


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


def _same_start(typed: str, word: str) -> bool:
    """Whether ``typed`` starts as ``word`` does, or a typo at its start explains the difference (a letter
    added or dropped in front, the first two swapped).

    >>> _same_start("cashe", "cache"), _same_start("nlora", "lora"), _same_start("olra", "lora"), _same_start("rope", "role")
    (True, True, True, True)
    >>> _same_start("mora", "lora")
    False
    """
    return (typed[:1] == word[:1] or typed[1:2] == word[:1] or typed[:1] == word[1:2]
            or typed[:2] == word[1::-1])


def _spanned_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word as search spells it) of each word of ``text``; a run of Chinese, Japanese or Korean
    characters gives each pair of them (overlapping), as :func:`text_words` does."""
    return [(match.start() + start, match.start() + end, normalize(match.group()[start:end]))
            for match in _ANY_WORD.finditer(text) for start, end in _pieces(match.group())]


def highlight_spans(text: str, query_words: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the words in ``text`` that a query word matches (the same, a variant, a prefix, a typo away).

    >>> highlight_spans("KV cache offloading", ["kv", "cashe"])
    ((0, 2), (3, 8))
    >>> highlight_spans("Flash attention, normalised", ["attn", "normalization"])
    ((6, 15), (17, 27))
    >>> highlight_spans("LoRA adapters", ["nlora"])
    ((0, 4),)
    >>> highlight_spans("什么是闭包？", ["什么", "么是", "是闭", "闭包"]), highlight_spans("Un café", ["cafe"])
    (((0, 5),), ((3, 7),))
    """
    matchers = [(q, _variant_set(q)) for q in query_words]
    spans = []
    for start, end, word in _spanned_words(text):
        for q, variants in matchers:
            if word == q or word in variants:
                spans.append((start, end))
                break
            if len(q) >= 2 and word.startswith(q):
                spans.append((start, start + min(len(q), end - start)))
                break
            # A typo as search takes one (vocab_matches), among the words of the same first letter, or one whose
            # first letters the typo touched (a name found whatever its first letter: "nlora", "olra" for LoRA).
            if (len(q) >= 4 and _same_start(q, word) and typo_distance(q, word) <= typo_budget(len(q))
                    and not _shared_ending_only(q, word)):
                spans.append((start, end))
                break
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # pairs of characters overlap ("什么", "么是"): one span for the run they cover
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


Spans = tuple[tuple[int, int], ...]


def answer_snippet(answer: str, query_words: Sequence[str], width: int = SNIPPET_WIDTH, *,
                   phrase: re.Pattern[str] | None = None) -> tuple[str, Spans]:
    """The answer line that matches most query words (with ``phrase``: the first line holding it), cut to
    ``width`` around the first match, with its spans.

    >>> answer_snippet("Intro line.\\n\\n- **RoPE** rotates query and key vectors by position.", ["rotary", "rope"])
    ('RoPE rotates query and key vectors by position.', ((0, 4),))
    >>> answer_snippet("A long line in which, far along, the word cache appears once only.", ["cache"], width=30)
    ('…word cache appears once…', ((6, 11),))
    >>> answer_snippet("The KV cache and memory.\\nLike virtual memory, pages.", ["virtual", "memory"],
    ...                phrase=phrase_pattern(["virtual", "memory"]))
    ('Like virtual memory, pages.', ((5, 12), (13, 19)))
    >>> answer_snippet("Memory: a long preamble about memory, then virtual memory at last.", ["virtual", "memory"],
    ...                width=30, phrase=phrase_pattern(["virtual", "memory"]))
    ('…then virtual memory at last.', ((6, 13), (14, 20)))
    """
    best: tuple[int, str, Spans] = (0, "", ())
    stems = {w[:4] for w in query_words}
    for raw in answer.splitlines():
        if phrase is not None:
            if not phrase.search(raw):
                continue
        elif not any(stem in raw.lower() for stem in stems):
            continue
        line = " ".join(raw.replace("**", "").replace("`", "").split()).lstrip("-*#> ")
        spans = highlight_spans(line, query_words)
        if phrase is not None and (found := phrase.search(line)) is not None:
            # Cut around the phrase, not around a word of it met earlier in the line (spans stay in order).
            spans = tuple(span for span in spans if span[0] >= found.start())
            best = (len(spans), line, spans)
            break
        if len(spans) > best[0]:
            best = (len(spans), line, spans)
    _, line, spans = best
    return clip(line, spans, width)


def _spelled_either_way(word: str) -> str:
    """A pattern for ``word`` (American, as the index spells it) that also takes its British spelling."""
    pattern = re.escape(word).replace("iz", "i[sz]").replace("or", "ou?r")
    return re.sub(r"el(ing|ed)$", r"ell?\1", pattern)


def phrase_pattern(words: Sequence[str], *, open_end: bool = False) -> re.Pattern[str]:
    """A pattern for ``words`` one after the other in raw text (any case, spelling or punctuation between
    them); ``open_end``: the last word may be half typed.

    >>> bool(phrase_pattern(["kv", "cache"]).search("The **KV-cache** grows"))
    True
    >>> bool(phrase_pattern(["kv", "cach"]).search("kv cache"))
    False
    >>> bool(phrase_pattern(["quantization", "aware"], open_end=True).search("Quantisation-awareness"))
    True
    """
    body = r"[\W_]+".join(_spelled_either_way(w) for w in words)
    return re.compile(r"(?<![a-z0-9])" + body + (r"[a-z0-9]*" if open_end else r"(?![a-z0-9])"), re.IGNORECASE)


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
    >>> [(r.kind, r.key, r.field) for r in index.search("p#1")]
    [('question', 'p#1', 'label')]
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
        # Rows by number: the first, and all of a number that several packs use (ints only: no objects to collect).
        self._numbered: dict[int, int] = {}
        self._shared_numbers: dict[int, list[int]] = {}
        postings: dict[str, list[int]] = defaultdict(list)
        self._titles = []
        for i, doc in enumerate(self.questions):
            norm = normalize(doc.title)
            self._titles.append(norm)
            for word in set(norm.split()):
                postings[word].append(i)
            number = doc.number
            if number in self._numbered:
                self._shared_numbers.setdefault(number, [self._numbered[number]]).append(i)
            else:
                self._numbered[number] = i
        self._postings = {word: array("i", ids) for word, ids in postings.items()}
        self._vocab = sorted(self._postings)
        n = max(1, len(self.questions))
        self._idf = {word: math.log((n + 1) / (len(ids) + 0.5)) for word, ids in self._postings.items()}
        self._common = max(50, int(n * COMMON_FRACTION))
        # Every name and alias: as written, normalized, its words (stop words left out) and its concept.
        self._form_text: list[str] = []
        self._concept_forms: list[str] = []
        self._form_words: list[tuple[str, ...]] = []
        self._form_concept: list[str] = []
        self._form_is_alias: list[bool] = []
        self._exact: dict[str, int] = {}  # normalized form (also without spaces) → its first form
        word_forms: dict[str, list[int]] = defaultdict(list)
        for name, aliases in concepts.items():
            seen: set[str] = set()
            for form in (name, *aliases):
                norm = normalize(form)
                if not norm or norm in seen:
                    continue
                seen.add(norm)
                index = len(self._concept_forms)
                words = tuple(w for w in norm.split() if w not in STOP_WORDS) or tuple(norm.split())
                self._form_text.append(form)
                self._concept_forms.append(norm)
                self._form_words.append(words)
                self._form_concept.append(name)
                self._form_is_alias.append(len(seen) > 1)  # the name comes first
                self._exact.setdefault(norm, index)
                self._exact.setdefault(norm.replace(" ", ""), index)
                for word in set(words):
                    word_forms[word].append(index)
        self._concept_word_forms = dict(word_forms)
        self._concept_vocab = sorted(word_forms)
        self._compact_forms = [form.replace(" ", "") for form in self._concept_forms]
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
        for row, doc in enumerate(self.questions):
            for word in set(text_words(doc.answer.lower())):
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
        """Indexed title words matching one query word, with a similarity in 0..1.

        Typos are looked for among the title words of the same first letter, and among the glossary's words
        whatever the first letter ("nlora" finds the titles that say LoRA, as it finds the concept).
        """
        found = vocab_matches(word, self._vocab, self._postings, prefix_from=2 if is_last else None, typo_limit=6,
                              terms=self._concept_word_forms)
        if len(word) >= 4 and word not in self._postings and word not in self._concept_word_forms:
            for term, similarity in vocab_matches(word, self._concept_vocab, self._concept_word_forms,
                                                  prefix_from=None, first_letter=False, typo_limit=6).items():
                if term in self._postings and similarity > found.get(term, 0.0):
                    found[term] = similarity
        return found

    # -- question labels -----------------------------------------------------
    def _referenced_rows(self, query: str) -> list[int]:
        """The questions ``query`` names by label, id or number ("Q43", "llm-hub#43", "43"), the bundled one first."""
        text = query.strip()
        row = self._row.get(text)
        if row is None:
            row = self._row.get(text.lower())  # pack names are lower-case
        if row is not None:
            return [row]
        match = _REFERENCE.fullmatch(text)
        if match is None or (first := self._numbered.get(int(match.group(2)))) is None:
            return []
        rows = self._shared_numbers.get(int(match.group(2)), [first])
        label = f"Q{int(match.group(2))}"
        named = [row for row in rows if self.questions[row].label == label]
        if match.group(1):  # "Q43" is how the bundled question is labelled: that one, if the bank has it
            return named or rows
        return named + [row for row in rows if row not in named]

    # -- concepts ------------------------------------------------------------
    def _concept_hits(self, norm: str, words: Sequence[str], *, first_prefix: int = 3) -> dict[str, ConceptMatch]:
        """The concepts ``words`` (a query's content words; ``norm`` the whole query) name, by name.

        A name or alias equal to the query scores 100. Otherwise every query word
        must match a word of the name or alias (itself, a variant, a prefix: the
        first word from ``first_prefix`` letters on; a typo away), and the score
        grows with how much of it they cover: most when they start it ("kv" and
        "KV cache"), less inside it ("optimization" and "policy optimization").
        An alias scores ALIAS_PENALTY below a name that matches as well. Once a
        concept is named wholly (every word of a form matched), the others score at
        most NARROWER_CONCEPT_MAX.
        """
        hits: dict[str, ConceptMatch] = {}
        whole: set[str] = set()

        def offer(index: int, score: float, *, complete: bool = True) -> None:
            name = self._form_concept[index]
            if complete:
                whole.add(name)
            current = hits.get(name)
            if current is None or score > current.score:
                hits[name] = ConceptMatch(name, score, self._form_text[index], self._form_is_alias[index])

        for text in (norm, " ".join(words)):
            index = self._exact.get(text)
            if index is None:
                index = self._exact.get(text.replace(" ", ""))
            if index is not None:
                offer(index, 100.0)
        per_word: list[dict[str, float]] = []
        for position, word in enumerate(words):
            # Typos among every word of the names and aliases (they are few), not only those of the same first
            # letter ("nlora" is LoRA).
            # A word the bank's titles hold is taken as typed: "rest" asks about REST, not "Test-time compute".
            matches = vocab_matches(word, self._concept_vocab, self._concept_word_forms,
                                    prefix_from=first_prefix if position == 0 else 1, graded_prefix=True,
                                    first_letter=False, typo_from=None if word in self._postings else 4)
            if not matches:
                per_word = []
                break
            per_word.append(matches)
        if per_word:
            candidates: set[int] | None = None
            for matches in sorted(per_word, key=len):
                forms = set(itertools.chain.from_iterable(self._concept_word_forms[w] for w in matches))
                candidates = forms if candidates is None else candidates & forms
            for index in candidates or ():
                score = self._aligned_score(index, per_word)
                if score >= CONCEPT_MIN_SCORE:
                    offer(index, score, complete=len(per_word) >= len(self._form_words[index]))
        compact = norm.replace(" ", "")
        if len(compact) >= 6:
            # Words run together or split apart, with a typo ("flashatention"): the forms without spaces.
            for _, _, index in process.extract(compact, self._compact_forms, scorer=fuzz.ratio, score_cutoff=85, limit=5):
                score = typo_similarity(compact, self._compact_forms[index])
                if score >= 85:
                    offer(index, round(min(score, 99.0) * 0.95, 1))
        if whole:
            for name, match in hits.items():
                if name not in whole and match.score > NARROWER_CONCEPT_MAX:
                    hits[name] = ConceptMatch(name, NARROWER_CONCEPT_MAX, match.form, match.alias)
        return hits

    def _aligned_score(self, index: int, per_word: list[dict[str, float]]) -> float:
        """The score of form ``index`` when each query word takes its best unused word of the form (0 if one finds none)."""
        form_words = self._form_words[index]
        used: list[int] = []
        total = 0.0
        for matches in per_word:
            best, at = 0.0, -1
            for position, word in enumerate(form_words):
                similarity = matches.get(word, 0.0)
                if similarity > best and position not in used:
                    best, at = similarity, position
            if at < 0:
                return 0.0
            used.append(at)
            total += best
        coverage = total / len(form_words)
        starts = used == list(range(len(used)))
        return round(80 + 12 * coverage + STARTS_BONUS * starts - ALIAS_PENALTY * self._form_is_alias[index], 1)

    def match_concepts(self, query: str, *, first_prefix: int = 3) -> list[ConceptMatch]:
        """The concepts ``query`` names, best first (the concepts browser filters with it; search ranks them).

        >>> index = SearchIndex([], {"KV cache": ["key-value cache"], "Attention": [], "Summarization": []})
        >>> [(m.name, m.form) for m in index.match_concepts("kv")], [m.name for m in index.match_concepts("attn")]
        ([('KV cache', 'KV cache')], ['Attention'])
        >>> [(m.name, m.form, m.alias) for m in index.match_concepts("valu cache")]
        [('KV cache', 'key-value cache', True)]
        >>> index.match_concepts("quantisation")
        []
        """
        norm = normalize(query)
        if not norm:
            return []
        words = norm.split()
        content = [w for w in words if w not in STOP_WORDS] or words
        return sorted(self._concept_hits(norm, content, first_prefix=first_prefix).values(),
                      key=lambda m: (-m.score, m.name))

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
        """Loose matches for a "did you mean" hint, when search finds nothing sure.

        WRatio finds a typo inside a longer name; it also scores any query that shares a few letters with a
        part of a name ("xqzvbnm", "screenshot"), so a suggestion must also look like the query as a whole.
        """
        norm = normalize(query)
        names: list[str] = []
        for form, _, index in process.extract(norm, self._concept_forms, scorer=fuzz.WRatio,
                                              score_cutoff=50, limit=limit * 4):
            name = self._form_concept[index]
            if name not in names and fuzz.ratio(norm, form) >= SUGGEST_MIN_RATIO:
                names.append(name)
        return names[:limit]

    # -- the search ----------------------------------------------------------
    def search(self, query: str, *, kind: str | None = None, limit: int = 20, answers: bool = True) -> list[SearchResult]:
        """Questions and concepts matching ``query``, best first (in score order; at equal scores a concept first);
        ``answers=False`` looks at titles and concepts only."""
        norm = normalize(query)
        if not norm:
            return []
        if kind in (None, "question") and (referenced := self._referenced_rows(query)):
            # A label, id or number names its question(s): those first, then what the text finds.
            labelled = [self._labelled(self.questions[row]) for row in referenced[:limit]]
            keys = {r.key for r in labelled}
            rest = self._search(norm, kind, limit, answers)
            return labelled + [r for r in rest if r.key not in keys][: limit - len(labelled)]
        return self._search(norm, kind, limit, answers)

    def _search(self, norm: str, kind: str | None, limit: int, answers: bool) -> list[SearchResult]:
        """:meth:`search` for a normalized query, by the words of titles, concepts and answers."""
        words = norm.split()
        content = [w for w in words if w not in STOP_WORDS] or words
        concept_hits = self._concept_hits(norm, content)
        # (score, is_question, title, key): ranked first, turned into results (with spans) only for the top.
        ranked: list[tuple[float, bool, str, str | int]] = []
        if kind in (None, "concept"):
            ranked += [(match.score, False, name, name) for name, match in concept_hits.items()]
        title_hits: list[tuple[float, int, bool]] = []
        if kind in (None, "question"):
            title_hits = self._question_hits(content, {n: m.score for n, m in concept_hits.items()}, norm)
        phrase: re.Pattern[str] | None = None
        phrase_rows: set[int] = set()
        if answers and kind in (None, "question") and len(content) > 1 and self._answers is not None:
            # The query as a phrase in an answer outranks a title that holds only some of its words: looked
            # for while the concepts and the titles holding every word leave room.
            whole = {doc for _, doc, complete in title_hits if complete}
            room = limit - len(ranked) - len(whole)
            if room > 0:
                phrase, hits = self._answer_phrase_hits(content, whole, room)
                for score, doc in hits:
                    ranked.append((score, True, self.questions[doc].title, doc))
                    phrase_rows.add(doc)
        ranked += [(score, True, self.questions[doc].title, doc) for score, doc, _ in title_hits if doc not in phrase_rows]
        ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
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
                if key in answer_rows or key in phrase_rows:
                    snippet, snippet_spans = answer_snippet(q.answer, content,
                                                            phrase=phrase if key in phrase_rows else None)
                    field = "answer"
                else:
                    snippet, snippet_spans = q.title, spans
                    field = "title" if spans else "concept"  # in only because it mentions the concept named
                results.append(SearchResult("question", q.id, q.title, score, q.topic, spans, q.number, q.label,
                                            field, snippet, snippet_spans))
            else:
                match = concept_hits[key]
                spans = highlight_spans(key, content)
                if match.alias:  # found by an alias: it says why the concept is here
                    results.append(SearchResult("concept", key, key, score, "Concept", spans, None, "", "alias",
                                                match.form, highlight_spans(match.form, content)))
                else:
                    results.append(SearchResult("concept", key, key, score, "Concept", spans, None, "", "concept",
                                                key, spans))
        return results

    @staticmethod
    def _labelled(question: QuestionLike) -> SearchResult:
        """The result for a question named by its label, id or number."""
        return SearchResult("question", question.id, question.title, 100.0, question.topic, (), question.number,
                            question.label, "label", question.label, ((0, len(question.label)),))

    def _answer_word(self, word: str, *, is_last: bool) -> _WordPostings | None:
        """The answers one query word matches: exactly, as a variant, by prefix while it is typed (from
        ANSWER_PREFIX_MIN letters) or, failing those, a typo away (five letters on); None if none."""
        index = self._answers
        assert index is not None
        found = vocab_matches(word, index.vocab, index.postings,
                              prefix_from=ANSWER_PREFIX_MIN if is_last else None, typo_from=None)
        if not found and len(word) >= 5:
            # A typo rarely hits the first letter: compared with the words that share it (a big bank's
            # answers hold hundreds of thousands of words).
            found = vocab_matches(word, index.vocab, index.postings, prefix_from=None, typo_from=5, typo_limit=4,
                                  terms=self._concept_word_forms)
        if not found:
            return None
        others = [(similarity, index.postings[candidate]) for candidate, similarity in found.items() if candidate != word]
        return _WordPostings(index.postings.get(word), others)

    def _answer_phrase_hits(self, words: list[str], exclude: set[int],
                            limit: int) -> tuple[re.Pattern[str] | None, list[tuple[float, int]]]:
        """(score, row) of up to ``limit`` questions whose answer holds ``words`` as a phrase (the last may be
        half typed), not in ``exclude``, in bank order; with the pattern that found them.

        Only answers holding every word are read, at most PHRASE_CHECKS of them.
        """
        index = self._answers
        assert index is not None
        words = [w for w in words if w not in STOP_WORDS]
        if len(words) < 2 or any(len(w) < 2 for w in words):
            return None, []
        matched: list[_WordPostings] = []
        for position, word in enumerate(words):
            is_last = position == len(words) - 1
            exact = index.postings.get(word)
            others: list[tuple[float, array]] = []
            if is_last and len(word) >= ANSWER_PREFIX_MIN:
                start = bisect.bisect_left(index.vocab, word)
                for candidate in index.vocab[start : start + PREFIX_LIMIT]:
                    if not candidate.startswith(word):
                        break
                    if candidate != word:
                        others.append((0.9, index.postings[candidate]))
            if exact is None and not others:
                return None, []
            matched.append(_WordPostings(exact, others))
        by_size = sorted(matched, key=lambda m: m.size)
        rows = by_size[0].rows().difference(exclude)
        for word_postings in by_size[1:]:
            if not rows:
                return None, []
            rows = word_postings.keep(rows)
        pattern = phrase_pattern(words, open_end=bool(matched[-1].others))
        low, high = ANSWER_PHRASE_SCORES
        hits = []
        for row in itertools.islice(sorted(rows), PHRASE_CHECKS):
            if pattern.search(self.questions[row].answer):
                quality = sum(m.quality(row) for m in matched) / len(matched)
                hits.append((round(low + (high - low) * quality, 1), row))
                if len(hits) == limit:
                    break
        return pattern, sorted(hits, key=lambda hit: (-hit[0], hit[1]))

    def _answer_hits(self, words: list[str], exclude: set[int], limit: int) -> list[tuple[float, int]]:
        """(score, row) of up to ``limit`` questions whose answer holds every query word, not in ``exclude``.

        The word being typed (the last) matches by prefix from four letters on; a
        word with no exact, variant or prefix match may match a typo away (five
        letters on). Scores sit in ANSWER_SCORES, below every title match: answers
        where every word matched exactly first, then the rest, each in bank order.

        Only ``limit`` rows are ever scored: postings are sorted arrays, so a
        few candidates are checked against a long posting by bisection rather
        than by reading it whole.
        """
        words = [w for w in words if w not in STOP_WORDS and len(w) >= 2]
        if not words or limit <= 0 or sum(map(len, words)) < 3:
            return []  # one or two letters say nothing about an answer, and match most of them
        matched: list[_WordPostings] = []
        for position, word in enumerate(words):
            word_postings = self._answer_word(word, is_last=position == len(words) - 1)
            if word_postings is None:
                return []  # every word must be in the answer
            matched.append(word_postings)
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

    def _question_hits(self, words: list[str], concept_hits: dict[str, float],
                       norm: str) -> list[tuple[float, int, bool]]:
        """(score, row, whole) of the questions that match, unordered; ``whole``: the title holds every word.

        A title's likeness to the query is measured with each query word that is
        not a title word spelled as the title word it stands for ("attn" as
        "attention", "cashe" as "cache"), so a short form or a typo costs little.

        The per-document work runs in C where it can (``dict.fromkeys``,
        ``dict.update``, ``itemgetter``): a two-letter prefix at 100k questions
        touches most of the bank.
        """
        scores: dict[int, float] = {}
        total = 0.0
        word_matches: list[dict[str, float]] = []
        for position, word in enumerate(words):
            matches = self._word_matches(word, is_last=position == len(words) - 1)
            word_matches.append(matches)
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
        # Query words that stand for other title words (not the word being typed): those, best first.
        stand_ins = [(word, sorted(matches, key=matches.__getitem__, reverse=True))
                     for word, matches in zip(words, word_matches, strict=True)
                     if matches and word not in matches and not any(m.startswith(word) for m in matches)]
        query_words = norm.split()
        several = len(words) > 1
        out = []
        for doc, _ in shortlist:
            coverage = min(1.0, scores.get(doc, 0.0) / total)
            lift = lift_of(doc)
            title = self._titles[doc]
            title_words: set[str] | None = None
            query = norm
            if stand_ins:
                title_words = set(title.split())
                spelled = {word: next((m for m in ms if m in title_words), word) for word, ms in stand_ins}
                query = " ".join(spelled.get(word, word) for word in query_words)
            similarity = fuzz.token_set_ratio(query, title) / 100
            score = max(75 * coverage + 20 * similarity - 5, lift) + min(lift, 100 - lift) * coverage / 4
            score = min(score, 100.0) * QUESTION_SCALE
            if score < TITLE_MIN_SCORE:
                continue
            # Whole: the title holds a match of every word (a full coverage says so; common words are not counted).
            whole = coverage > 0.999
            if several and not whole:
                if title_words is None:
                    title_words = set(title.split())
                whole = all(not title_words.isdisjoint(matches) for matches in word_matches)
                if not whole:
                    score = min(score, PARTIAL_TITLE_MAX)
            out.append((round(score, 1), doc, whole))
        return out
