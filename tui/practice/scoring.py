"""Scoring a typed answer against its question's rubric. Pure: no textual, no networkx.

Each key point of the rubric is covered, partial or missed, with the span of
the answer that matched as evidence, or contradicted when the answer says it
the other way round (negates what the point asserts: "*disable* batching";
reverses its direction: "*multiply* by sqrt(d_k)"), which costs; a
misconception whose wrong claim the answer makes (in one clause, not negated)
is named and costs. The score is the weighted share of the key
points, with a tenth for depth (how much the answer says on the question's
topic beyond its words). Three guards catch answers that say nothing while
sounding right — a bare list of terms, an echo of the question, an answer
about another topic — score them 0 and report themselves as flags with reasons.

Matching follows the rubric format (``content/data/rubrics.toml``): terms match
on word boundaries in any case, with British spellings, plurals and small typos
forgiven; a trailing ``*`` matches a stem; terms with symbols match literally.
Words of the question itself and generic concepts ("token", "LLM") never count
as evidence on their own: naming the topic is not saying anything about it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from llmtui.content.rubrics import Rubric, Rule

from ..runtime.collector import collector_paused

COVERED_CREDIT, PARTIAL_CREDIT = 1.0, 0.5
MISCONCEPTION_PENALTY = 0.3  # of the whole score, per misconception named
CONTRADICTION_PENALTY = 0.2  # per key point the answer states the other way round ("multiply" for "divide")
# The score is mostly the key points; a tenth is depth: how much the answer says on the question's topic
# beyond its words (it ranks a vague answer on the topic above one that says nothing, and a full answer above a bare one).
DEPTH_SHARE = 0.1
MAX_SPAN = 40  # words: the matches of a covered point lie close together
MAX_EVIDENCE = 160  # characters of quoted evidence at most
EVIDENCE_CONTEXT = 30  # characters around the matched words
LOOSE_SKIPS = 2  # extra words a misconception's phrase may have inside it
# Words a wrong claim may carry inside its phrase without changing it ("the cache *also* stores the queries").
SKIPPABLE = frozenset({"the", "a", "an", "also", "just", "basically", "simply", "really", "actually", "essentially",
                       "itself", "themselves", "then", "usually", "typically", "generally", "directly", "all", "both",
                       "its", "their", "this", "that", "these", "those", "always", "mostly", "mainly", "fully"})

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_PLAIN_TERM = re.compile(r"[a-z0-9' _\-]+")
# A sentence ends at . ! ? followed by space, or at a line break; not after e.g./i.e./vs./etc.
_SENTENCE_END = re.compile(r"[.!?]+(?<!e\.g\.)(?<!i\.e\.)(?<!vs\.)(?<!etc\.)[\"')\]]*\s+|\n+")


class Status(StrEnum):
    COVERED = "covered"
    PARTIAL = "partial"
    MISSED = "missed"
    CONTRADICTED = "contradicted"  # the answer says the point the other way round (offline, or a judge's verdict)

    @property
    def mark(self) -> str:
        return {"covered": "✓", "partial": "~"}.get(self.value, "✗")


class FlagKind(StrEnum):
    TERM_LIST = "term_list"
    ECHO = "echo"
    OTHER_TOPIC = "other_topic"


@dataclass(frozen=True, slots=True)
class Flag:
    """A guard that caught the answer, and why."""

    kind: FlagKind
    reason: str


@dataclass(frozen=True, slots=True)
class PointResult:
    """How one key point fared: its status and the quoted evidence from the answer."""

    index: int
    text: str
    status: Status
    evidence: str = ""
    reference: str = ""
    weight: float = 1.0

    @property
    def credit(self) -> float:
        return COVERED_CREDIT if self.status == Status.COVERED else PARTIAL_CREDIT if self.status == Status.PARTIAL else 0.0


@dataclass(frozen=True, slots=True)
class Scored:
    """The offline score of one answer."""

    score: float  # 0..1, after misconceptions and guards
    points: tuple[PointResult, ...]
    misconceptions: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    coverage: float = 0.0  # weighted share of the key points, before misconceptions and guards
    depth: float = 0.0  # how much it says on the question's topic beyond the question's words, 0..1
    judge_grade: int | None = None  # the grade a judge gave, when one did

    @property
    def percent(self) -> int:
        return round(self.score * 100)

    @property
    def covered(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.points if p.status == Status.COVERED)

    @property
    def partial(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.points if p.status == Status.PARTIAL)

    @property
    def contradicted(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.points if p.status == Status.CONTRADICTED)

    @property
    def missed(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.points if p.status in (Status.MISSED, Status.CONTRADICTED))

    @property
    def rule_text(self) -> str:
        """How the score was reached, in words: ``"3 of 5 key points, 1 partly"``.

        >>> p = [PointResult(0, "a", Status.COVERED), PointResult(1, "b", Status.PARTIAL), PointResult(2, "c", Status.MISSED)]
        >>> Scored(0.5, tuple(p)).rule_text
        '1 of 3 key points, 1 partly'
        """
        text = f"{len(self.covered)} of {len(self.points)} key points"
        if self.partial:
            text += f", {len(self.partial)} partly"
        if self.contradicted:
            text += f", {len(self.contradicted)} contradicted"
        if self.misconceptions:
            text += f", {len(self.misconceptions)} misconception{'s' if len(self.misconceptions) > 1 else ''}"
        return text

    @property
    def suggested_grade(self) -> int:
        return suggested_grade(self)


def combined_score(coverage: float, depth: float, misconceptions: int, *, flagged: bool, contradicted: int = 0) -> float:
    """The score: mostly the key points, a little depth, less each misconception and each key point said the
    other way round; nothing when a guard caught it.

    >>> combined_score(1.0, 1.0, 0, flagged=False), combined_score(0.5, 0.0, 1, flagged=False)
    (1.0, 0.15)
    """
    if flagged:
        return 0.0  # it says nothing, however many terms it names
    score = ((1 - DEPTH_SHARE) * coverage + DEPTH_SHARE * depth - MISCONCEPTION_PENALTY * misconceptions
             - CONTRADICTION_PENALTY * contradicted)
    return round(max(0.0, score), 4)


def suggested_grade(scored: Scored) -> int:
    """The self-grade (1 Again … 4 Easy) the score suggests; the user's own grade still decides.

    >>> suggested_grade(Scored(0.9, ())), suggested_grade(Scored(0.6, ())), suggested_grade(Scored(0.1, ()))
    (4, 3, 1)
    """
    if scored.flags:
        return 1
    if scored.judge_grade is not None:
        return scored.judge_grade
    grade = 4 if scored.score >= 0.85 else 3 if scored.score >= 0.6 else 2 if scored.score >= 0.3 else 1
    if scored.misconceptions:
        return min(grade, 2)
    return min(grade, 3) if scored.contradicted else grade  # not "easy" when it said something the wrong way round


# -- normalising words ---------------------------------------------------------

_BRITISH_WORDS = {
    "behaviour": "behavior", "behaviours": "behaviors", "colour": "color", "favour": "favor", "favourite": "favorite",
    "honour": "honor", "labour": "labor", "neighbour": "neighbor", "neighbours": "neighbors", "flavour": "flavor",
    "centre": "center", "centres": "centers", "metre": "meter", "litre": "liter", "fibre": "fiber",
    "defence": "defense", "licence": "license", "offence": "offense", "catalogue": "catalog", "dialogue": "dialog",
    "programme": "program", "programmes": "programs", "grey": "gray", "analyse": "analyze", "analysed": "analyzed",
    "analyses": "analyzes", "analysing": "analyzing", "paralyse": "paralyze", "judgement": "judgment",
    "artefact": "artifact", "artefacts": "artifacts", "towards": "toward", "whilst": "while", "amongst": "among",
}
_BRITISH_SUFFIX = re.compile(r"^(\w{2,}?)is(e|ed|es|er|ers|ing|ation|ations|ational)$")
_BRITISH_LL = re.compile(r"^(\w+e)ll(ed|ing|er|ers)$")
_word_cache: dict[str, str] = {}


def normal_word(word: str) -> str:
    """A lower-case word in American spelling (both sides of every comparison go through this).

    >>> [normal_word(w) for w in ("Quantisation", "optimised", "modelling", "behaviour", "tokens")]
    ['quantization', 'optimized', 'modeling', 'behavior', 'tokens']
    """
    found = _word_cache.get(word)
    if found is not None:
        return found
    lower = word.lower().replace("’", "'")
    out = _BRITISH_WORDS.get(lower)
    if out is None:
        out = lower
        if (m := _BRITISH_SUFFIX.match(lower)) is not None and len(m.group(1)) >= 3:
            out = f"{m.group(1)}iz{m.group(2)}"
        elif (m := _BRITISH_LL.match(lower)) is not None:
            out = f"{m.group(1)}l{m.group(2)}"
    if len(_word_cache) < 200_000:
        _word_cache[word] = out
    return out


@lru_cache(maxsize=65_536)  # rubric words recur in every answer scored
def _variants(word: str) -> tuple[str, ...]:
    """The word and its singular/plural forms (both directions: the rubric or the user may use either)."""
    out = [word, word + "s", word + "es"]
    if word.endswith("y") and len(word) > 3:
        out.append(word[:-1] + "ies")
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return tuple(out)


@lru_cache(maxsize=65_536)  # the same words recur answer after answer
def _deletions(word: str) -> tuple[str, ...]:
    """The word and each spelling of it with one character left out (a SymSpell-style index's keys).

    >>> _deletions("cache")
    ('cache', 'ache', 'cche', 'cahe', 'cace', 'cach')
    """
    return (word, *(word[:i] + word[i + 1:] for i in range(len(word))))


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or swap of neighbours."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return a == b
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


_STEM_SUFFIXES = ("izations", "ization", "ational", "ations", "ation", "ments", "ment", "ities", "ity", "ings", "ing",
                  "ness", "ers", "er", "ies", "ied", "es", "ed", "ly", "s", "e", "al")


_stem_cache: dict[str, str] = {}


def word_caches() -> tuple[dict[str, str], dict[str, str]]:
    """The memo tables of :func:`normal_word` and :func:`stem`, for loops that look words up by the million."""
    return _word_cache, _stem_cache


def stem(word: str) -> str:
    """A crude stem for telling whether two words are the same word (cache, caching, cached → cach).

    >>> stem("caching"), stem("cached"), stem("cache"), stem("accelerates")
    ('cach', 'cach', 'cach', 'accelerat')
    """
    found = _stem_cache.get(word)
    if found is not None:
        return found
    found = word
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            found = word[: -len(suffix)]
            break
    if len(_stem_cache) < 200_000:
        _stem_cache[word] = found
    return found


# -- compiled terms --------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class Term:
    """One alternative of a rule group, prepared for matching."""

    source: str
    words: tuple[str, ...] = ()  # normalised words; empty for a symbolic term
    prefix: bool = False  # the last word is a stem (``quantiz*``)
    pattern: re.Pattern[str] | None = None  # a symbolic term, matched literally
    generic: bool = False  # names a generic concept or word: never evidence on its own
    given: bool = False  # every word of it is in the question: naming it says nothing new
    hollow: bool = False  # every word of it is filler or a function word ("provides", "helps"): it carries no claim
    loose: bool = False  # a phrase of a wrong claim: matches with a word or two more inside it ("also", "the")
    negated: bool | None = None  # whether the key point's own text negates it ("reused, *not recomputed*"); None: unknown

    @property
    def new(self) -> bool:
        """It says something the question did not: neither the question's own words nor filler."""
        return not self.given and not self.hollow


def compile_term(source: str, *, generic: frozenset[str] = frozenset(), title_stems: frozenset[str] = frozenset(),
                 loose: bool = False) -> Term:
    """A rubric term ready for :func:`find_term`.

    >>> compile_term("quantiz*").prefix, compile_term("KV-cache").words, compile_term("sqrt(d_k)").pattern is not None
    (True, ('kv', 'cache'), True)
    >>> compile_term("2 *").prefix, compile_term("2 *").pattern.search("2*layers") is not None
    (False, True)
    """
    text = " ".join(source.strip().lower().replace("’", "'").split())
    prefix = text.endswith("*") and not text.endswith(" *")  # "2 *" is a product, not the stem "2"
    core = text[:-1].rstrip() if prefix else text
    if not _PLAIN_TERM.fullmatch(core):
        pattern = re.compile(("(?<![^\\W_])" if core[:1].isalnum() else "") + r"\s*".join(
            re.escape(part) for part in core.split(" ")) + ("" if prefix or not core[-1:].isalnum() else "(?![^\\W_])"))
        return Term(source, pattern=pattern, given=core in " ".join(title_stems))
    words = tuple(normal_word(w) for w in _WORD.findall(core))
    if prefix and words:
        last = words[-1]
        # A British stem ("quantis*") finds American spellings too: answers are normalised to them.
        if len(last) >= 5 and last.endswith("is"):
            last = last[:-2] + "iz"
        elif "isat" in last:
            last = last.replace("isat", "izat")
        words = (*words[:-1], last)
    joined = " ".join(words)
    is_generic = joined in generic or (prefix and any(g.startswith(joined) for g in generic if " " not in g))
    given = bool(words) and all(stem(w) in title_stems for w in words[:-1]) and (
        stem(words[-1]) in title_stems or (prefix and any(t.startswith(words[-1]) for t in title_stems)))
    hollow = bool(words) and all(w in VACUOUS_WORDS or w in FUNCTION_WORDS for w in words)
    return Term(source, words, prefix, None, is_generic, given, hollow, loose)


# -- the answer, prepared once -------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class Occurrence:
    start: int  # character offsets in the answer
    end: int
    sentence: int
    term: Term
    word: int = 0  # index of its first word in the answer


# Negation: a word is negated when one of these comes up to NEGATION_SCOPE words before it in the same
# clause, with no punctuation between ("does *not* need to recompute", "*disable* batching", "*no* recurrence").
NEGATIONS = frozenset({"not", "no", "never", "none", "nothing", "neither", "nor", "without", "cannot", "disable",
                       "disables", "disabled", "disabling"})
NOT_NEGATING_NEXT = frozenset({"only", "just", "merely", "matter"})  # "not only", "no matter": no negation
NEGATING_PAIRS = frozenset({("instead", "of"), ("rather", "than"), ("turn", "off"), ("turns", "off"), ("turned", "off"),
                            ("turning", "off"), ("switch", "off"), ("switches", "off"), ("switched", "off")})
NEGATION_SCOPE = 3
# Words that open a new clause: a claim and its contrast are two claims ("X is fast, *but* Y is slow").
CLAUSE_WORDS = frozenset({"but", "whereas", "although", "though", "however", "unlike", "except", "while", "yet"})
_BREAK = re.compile(r"[,;:.!?()\[\]{}\n—–]|\s-\s")


def clauses_and_negation(lowered: str, words: Sequence[str], spans: Sequence[tuple[int, int]],
                         sentence: Sequence[int]) -> tuple[list[int], list[int], list[bool]]:
    """The part (a sentence, or an item of a list split by semicolons) and the clause of each word,
    and whether a negation governs it.

    >>> a = PreparedAnswer("It does not recompute the keys; it reuses them, but never the queries.")
    >>> [w for w, n in zip(a.words, a.negated) if n], a.part[-1], a.clause[a.words.index("reuses")], a.clause[-1]
    (['recompute', 'the', 'keys', 'the', 'queries'], 1, 1, 2)
    """
    part: list[int] = []
    clause: list[int] = []
    negated: list[bool] = []
    semicolons = Counter(sentence[max(0, bisect_left(spans, (m.start(), -1)) - 1)] for m in re.finditer(";", lowered))
    parts = current = left = 0
    for i, word in enumerate(words):
        gap = lowered[spans[i - 1][1]:spans[i][0]] if i else ""
        plain = len(gap) < 2 and gap.isspace()  # most words are one space apart: nothing to look for
        broken = not plain and gap.strip() != "" and _BREAK.search(gap) is not None
        semicolon = not plain and ";" in gap
        if i and sentence[i] != sentence[i - 1]:
            parts += 1
        elif semicolon:
            # The items of a list split by semicolons are claims of their own: two apart, never adjacent.
            parts += 2 if semicolons[sentence[i]] >= 2 else 1
        if i and (sentence[i] != sentence[i - 1] or semicolon or word in CLAUSE_WORDS):
            current += 1
            left = 0
        if broken:
            left = 0
        part.append(parts)
        clause.append(current)
        negated.append(left > 0)
        left = max(0, left - 1)
        if ((word in NEGATIONS or word.endswith("n't")) and not (i + 1 < len(words) and words[i + 1] in NOT_NEGATING_NEXT)
                or (i and not broken and (words[i - 1], word) in NEGATING_PAIRS)):
            left = NEGATION_SCOPE
    return part, clause, negated


class PreparedAnswer:
    """An answer split into sentences, clauses and normalised words, indexed for fast term lookups."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Lower-casing one character at a time keeps offsets: a few characters grow when lowered.
        lowered = text.lower()
        self.lowered = lowered if len(lowered) == len(text) else "".join(
            c.lower() if len(c.lower()) == 1 else c for c in text)
        self.lowered = self.lowered.replace("’", "'")
        self.sentences: list[tuple[int, int]] = []
        start = 0
        for m in _SENTENCE_END.finditer(text):
            if text[start:m.start()].strip():
                self.sentences.append((start, m.start() + len(m.group().rstrip())))
            start = m.end()
        if text[start:].strip():
            self.sentences.append((start, len(text)))
        self._sentence_starts = starts = [s for s, _ in self.sentences]
        words: list[str] = []
        spans: list[tuple[int, int]] = []
        word_sentence: list[int] = []
        index: dict[str, list[int]] = {}
        # The words come in order: the sentence of each is found by walking the sentence starts along with them
        # (what sentence_at gives, without a search per word).
        sentence, next_start = 0, starts[1] if len(starts) > 1 else None
        for m in _WORD.finditer(self.lowered):
            word = normal_word(m.group())
            at = m.start()
            while next_start is not None and next_start <= at:
                sentence += 1
                next_start = starts[sentence + 1] if sentence + 1 < len(starts) else None
            found = index.get(word)
            if found is None:
                index[word] = [len(words)]
            else:
                found.append(len(words))
            words.append(word)
            spans.append(m.span())
            word_sentence.append(sentence)
        self.words, self.spans, self.word_sentence = words, spans, word_sentence
        self.index = index
        self.part, self.clause, self.negated = clauses_and_negation(self.lowered, self.words, self.spans, self.word_sentence)
        self._starts = {start for start, _ in self.spans}
        self._sorted = sorted(index)
        self._deletions: dict[str, set[str]] | None = None
        self._found: dict[Term, list[Occurrence]] = {}
        self._positions: dict[tuple[str, bool, bool], list[int]] = {}

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_left(self._sentence_starts, offset + 1) - 1)

    def _typo_neighbours(self, word: str) -> set[str]:
        """Words of the answer one edit from ``word`` (a SymSpell-style deletion index, built on first need)."""
        deletions = self._deletions
        if deletions is None:
            deletions = self._deletions = {}
            for w in self.index:
                if len(w) >= 5:
                    for key in _deletions(w):
                        deletions.setdefault(key, set()).add(w)
        found: set[str] = set()
        for key in _deletions(word):
            near = deletions.get(key)
            if near is not None:
                found |= near
        return {w for w in found if _one_edit(word, w)}

    def positions(self, word: str, *, last: bool, prefix: bool) -> list[int]:
        """Indexes of the answer's words that match the rubric word ``word``."""
        key = (word, last, prefix)
        found = self._positions.get(key)
        if found is not None:
            return found
        hits: set[str] = set()
        if prefix and last:
            i = bisect_left(self._sorted, word)
            while i < len(self._sorted) and self._sorted[i].startswith(word):
                hits.add(self._sorted[i])
                i += 1
        else:
            index = self.index
            hits.update(v for v in _variants(word) if v in index)
            if len(word) >= 6 and not hits:  # spelled right once, the word is there: no need to look for typos
                hits |= self._typo_neighbours(word)
        if len(hits) == 1:
            found = self.index[next(iter(hits))]  # in order already; never changed after indexing
        else:
            found = sorted(p for w in hits for p in self.index[w])
        self._positions[key] = found
        return found

    def find(self, term: Term) -> list[Occurrence]:
        """Where ``term`` occurs in the answer."""
        found = self._found.get(term)
        if found is not None:
            return found
        found = []
        if term.pattern is not None:
            for m in term.pattern.finditer(self.lowered):
                if m.end() > m.start():
                    word = max(0, bisect_left(self.spans, (m.start(), -1)) - (0 if m.start() in self._starts else 1))
                    found.append(Occurrence(m.start(), m.end(), self.sentence_at(m.start()), term, word))
        elif term.words:
            n = len(term.words)
            first = self.positions(term.words[0], last=n == 1, prefix=term.prefix)
            # Most terms are absent: the other words are looked up only when the first one is there.
            rest = [set(self.positions(w, last=i == n - 1, prefix=term.prefix))
                    for i, w in enumerate(term.words[1:], 1)] if first else []
            if n == 1:  # most terms are one word: every position is an occurrence
                spans, sentences = self.spans, self.word_sentence
                found = [Occurrence(spans[p][0], spans[p][1], sentences[p], term, p) for p in first]
            for p in first if n > 1 else ():
                if p + n > len(self.words) or self.word_sentence[p + n - 1] != self.word_sentence[p]:
                    continue
                if all(p + i in rest[i - 1] for i in range(1, n)):
                    found.append(Occurrence(self.spans[p][0], self.spans[p + n - 1][1], self.word_sentence[p], term, p))
                elif term.loose and n >= 3 and (end := self._loose_end(p, rest)) is not None:
                    found.append(Occurrence(self.spans[p][0], self.spans[end][1], self.word_sentence[p], term, p))
        self._found[term] = found
        return found

    def _loose_end(self, start: int, rest: list[set[int]], skips: int = LOOSE_SKIPS) -> int | None:
        """The last word of a phrase match from ``start`` that skips up to ``skips`` words that change no meaning."""
        at = start
        for following in rest:
            if at + 1 in following:
                at += 1
            elif skips and at + 2 in following and self.words[at + 1] in SKIPPABLE:
                at += 2
                skips -= 1
            else:
                return None
        return at if self.word_sentence[at] == self.word_sentence[start] else None


# -- rules ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompiledRule:
    groups: tuple[tuple[Term, ...], ...]
    # The claim's directions: (the side its text says, the opposite side) of each pair of DIRECTIONS it uses.
    directions: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    claim: int | None = None  # the group that carries the claim: without it the point is missed
    # Stems of the other key points' subjects ("parameters" beside "fewer epochs"): a comparison word in front of one
    # of them ("far *fewer parameters*") is about that subject, not this point's.
    foreign: frozenset[str] = frozenset()

    @classmethod
    def of(cls, rule: Rule, generic: frozenset[str], title_stems: frozenset[str], *, loose: bool = False,
           point_text: str = "", claim: int | None = None, foreign: frozenset[str] = frozenset()) -> CompiledRule:
        """The rule compiled; with ``point_text`` (a key point's), each term knows whether the point negates it,
        and the rule which directions the point gives."""
        terms = [t for group in rule for t in group]
        said = PreparedAnswer(point_text) if point_text and not any(_speaks_polarity(t) for t in terms) else None
        return cls(tuple(tuple(_with_polarity(compile_term(t, generic=generic, title_stems=title_stems, loose=loose), said)
                               for t in group) for group in rule),
                   claim_directions(words_of(point_text)) if point_text else (), claim, foreign)


# Words of comparison that take the subject after them ("*fewer* parameters", "*reduces* memory").
COMPARISON_STEMS = ("fewer", "less", "more", "lower", "higher", "small", "larg", "big", "short", "long", "fast", "slow",
                    "cheap", "reduc", "increas", "decreas", "cut", "sav", "boost", "improv", "speed")


def point_stems(point_text: str, reference: str, rule: Rule) -> frozenset[str]:
    """Stems of what a key point talks about: its text, its reference sentence and its rule's terms."""
    return frozenset(stem(w) for w in words_of(" ".join((point_text, reference, *(t for g in rule for t in g)))))


def subject_elsewhere(occurrence: Occurrence, answer: PreparedAnswer, foreign: frozenset[str]) -> bool:
    """True when ``occurrence`` is a lone comparison word whose subject, the next content word, belongs to
    another key point ("so far *fewer* parameters are trained" is about parameters, not about fewer epochs)."""
    term = occurrence.term
    if not foreign or term.pattern is not None or len(term.words) != 1 or not term.words[0].startswith(COMPARISON_STEMS):
        return False
    at = occurrence.word
    for i in range(at + 1, min(len(answer.words), at + 4)):
        if answer.clause[i] != answer.clause[at]:
            return False
        word = answer.words[i]
        if word not in FUNCTION_WORDS:
            return stem(word) in foreign
    return False


# Pairs of opposite directions (word beginnings): "divide" against "multiply", "minimise" against "maximise".
DIRECTIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("divid", "division"), ("multipl",)),
    (("minimiz",), ("maximiz",)),
    (("descent",), ("ascent",)),
    (("bidirectional",), ("causal", "unidirectional")),
)
DIRECTION_REACH = 5  # words either side of a matched term in which its direction is read


def claim_directions(words: Sequence[str]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The (side said, opposite side) of each direction pair a claim uses on one side only.

    >>> claim_directions(words_of("Divide the scores by sqrt(d_k)"))
    ((('divid', 'division'), ('multipl',)),)
    """
    out = []
    for a, b in DIRECTIONS:
        has_a, has_b = any(w.startswith(a) for w in words), any(w.startswith(b) for w in words)
        if has_a != has_b:
            out.append((a, b) if has_a else (b, a))
    return tuple(out)


def reversed_direction(rule: CompiledRule, answer: PreparedAnswer, chosen: Sequence[Occurrence]) -> bool:
    """True when, around the matched terms, the answer goes the opposite way to the claim and never its way
    ("*multiply* the scores by sqrt(d_k)" for "divide the scores by sqrt(d_k)")."""
    for said, opposite in rule.directions:
        against = False
        for o in chosen:
            clause = answer.clause[o.word]
            for i in range(max(0, o.word - DIRECTION_REACH), min(len(answer.words), o.word + DIRECTION_REACH + 1)):
                if answer.clause[i] != clause:
                    continue
                word = answer.words[i]
                if word.startswith(said):
                    return False
                if word.startswith(opposite) and not answer.negated[i]:
                    against = True
        if against:
            return True
    return False


# Words by which a rule says its own polarity ("instead of recomput*", "prevent*", "only"): such a rule is
# not checked against the polarity of its point's text.
POLARITY_WORDS = frozenset({"instead", "rather", "only", "hide", "hidden", "skip", "drop", "stop", "lack"})
POLARITY_STEMS = ("avoid", "prevent", "block", "restrict", "eliminat", "disabl")


def _speaks_polarity(term: str) -> bool:
    return any(w.endswith("n't") or w in NEGATIONS or w in POLARITY_WORDS or w.startswith(POLARITY_STEMS)
               for w in words_of(term.rstrip("*")))


def _with_polarity(term: Term, claim: PreparedAnswer | None) -> Term:
    """The term, knowing whether ``claim`` says it negated; a term with a negation of its own ("not faster") speaks for itself."""
    if claim is None or any(w in NEGATIONS or w.endswith("n't") for w in term.words):
        return term
    found = claim.find(term)
    return replace(term, negated=any(claim.negated[o.word] for o in found)) if found else term


def agrees(occurrence: Occurrence, answer: PreparedAnswer) -> bool:
    """False when the answer negates a term its key point asserts, or asserts one the point negates."""
    expected = occurrence.term.negated
    return expected is None or answer.negated[occurrence.word] == expected


@dataclass(frozen=True, slots=True)
class RuleMatch:
    status: Status
    occurrences: tuple[Occurrence, ...] = ()


def _window_match(groups: list[list[Occurrence]], part: Sequence[int], *, need_new: bool, max_span: int,
                  reach: int = 1) -> tuple[Occurrence, ...] | None:
    """One occurrence per group, all within ``max_span`` words and one part (sentence, list item or clause,
    as ``part`` numbers the words) or ``reach`` parts more: the tightest."""
    events = sorted(((o.word, g, o) for g, found in enumerate(groups) for o in found), key=lambda e: (e[0], e[1]))
    counts = [0] * len(groups)
    missing = len(groups)
    best: tuple[int, tuple[Occurrence, ...]] | None = None
    left = 0
    for right, (word, group, _) in enumerate(events):
        counts[group] += 1
        if counts[group] == 1:
            missing -= 1
        while missing == 0:
            inside = events[left:right + 1]
            span = word - events[left][0]
            parts = [part[o.word] for _, _, o in inside]
            if span <= max_span and max(parts) - min(parts) <= reach and (best is None or span < best[0]):
                chosen = tuple(min((o for _, g, o in inside if g == k), key=lambda o: (o.term.given, o.word))
                               for k in range(len(groups)))
                if not need_new or any(o.term.new for o in chosen):
                    best = (span, chosen)
            _, g0, _ = events[left]
            counts[g0] -= 1
            if counts[g0] == 0:
                missing += 1
            left += 1
    return best[1] if best else None


def match_rule(rule: CompiledRule, answer: PreparedAnswer, *, guarded: bool = True) -> RuleMatch:
    """Covered, partial or missed, with the occurrences that decided it.

    ``guarded`` applies the evidence rules of key points: the first group needs
    a specific (non-generic) term, and some term must say more than the question;
    a term the answer negates where the point asserts it (or the other way round),
    or a direction reversed, makes the point contradicted. Unguarded (a
    misconception's wrong claim), the terms must lie close together in one
    clause and none may be negated: "accumulation does *not* speed up training"
    is not the claim that it does.
    """
    if not guarded:
        return _match_claim(rule, answer)
    groups: list[list[Occurrence]] = []
    contrary: list[list[Occurrence]] = []  # what the answer says the other way round
    for i, group in enumerate(rule.groups):
        found = [o for term in group for o in answer.find(term)]
        if i == 0:
            found = [o for o in found if not o.term.generic]
        elif rule.foreign:
            found = [o for o in found if not subject_elsewhere(o, answer, rule.foreign)]
        contrary.append([o for o in found if not agrees(o, answer)])
        if contrary[-1]:
            found = [o for o in found if agrees(o, answer)]
        groups.append(found)
    claimed = rule.claim is None or bool(groups[rule.claim])
    if claimed and all(groups):
        chosen = _window_match(groups, answer.part, need_new=True, max_span=MAX_SPAN)
        if chosen is not None:
            if rule.directions and reversed_direction(rule, answer, chosen):
                return RuleMatch(Status.CONTRADICTED, chosen)
            return RuleMatch(Status.COVERED, chosen)
    if any(contrary):
        both = [g + c for g, c in zip(groups, contrary, strict=True)]
        chosen = _window_match(both, answer.part, need_new=True, max_span=MAX_SPAN) if all(both) else None
        if chosen is not None and any(not agrees(o, answer) for o in chosen):
            return RuleMatch(Status.CONTRADICTED, chosen)
    if not groups[0] or not claimed:
        return RuleMatch(Status.MISSED)
    present = [g for g in groups if g]
    if len(rule.groups) > 1 and 2 * len(present) >= len(rule.groups):
        picks = tuple(min(g, key=lambda o: (o.term.given, o.start)) for g in present)
        if any(o.term.new for o in picks):
            return RuleMatch(Status.PARTIAL, picks)
    return RuleMatch(Status.MISSED)


MISCONCEPTION_SPAN = MAX_SPAN  # words: the terms of a wrong claim lie in one clause, no farther apart than a key point's


def _match_claim(rule: CompiledRule, answer: PreparedAnswer) -> RuleMatch:
    """A misconception's wrong claim: every group in one clause, close together, none of it negated."""
    groups = [[o for term in group for o in answer.find(term) if not answer.negated[o.word]] for group in rule.groups]
    if all(groups):
        chosen = _window_match(groups, answer.clause, need_new=False, max_span=MISCONCEPTION_SPAN, reach=0)
        if chosen is not None:
            return RuleMatch(Status.COVERED, chosen)
    return RuleMatch(Status.MISSED)


def evidence(answer: PreparedAnswer, occurrences: Sequence[Occurrence], limit: int = MAX_EVIDENCE,
             context: int = EVIDENCE_CONTEXT) -> str:
    """The words of the answer that carry the match, with a little context, within their sentence(s).

    >>> a = PreparedAnswer("Intro words here. We keep the keys and values of past tokens in a cache, so nothing is recomputed.")
    >>> evidence(a, a.find(compile_term("keys")) + a.find(compile_term("recomput*")))
    'We keep the keys and values of past tokens in a cache, so nothing is recomputed.'
    """
    if not occurrences or not answer.sentences:
        return ""
    first = min(o.sentence for o in occurrences)
    last = max(o.sentence for o in occurrences)
    floor, ceiling = answer.sentences[first][0], answer.sentences[last][1]
    low, high = min(o.start for o in occurrences), max(o.end for o in occurrences)
    text = answer.text
    start = max(floor, low - context)
    end = min(ceiling, max(high + context, start + min(limit, high - low + 2 * context)))
    end = min(end, start + limit)
    # Whole words only: move the cut points out of any word they fall in.
    while start > floor and text[start - 1].isalnum() and start > low - 2 * context:
        start -= 1
    while end < ceiling and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    if not text[end:ceiling].strip(" .!?;:,)\"'"):
        end = ceiling
    quoted = " ".join(text[start:end].split())
    if start > floor:
        quoted = "…" + quoted
    if end < ceiling:
        quoted += "…"
    return quoted


# -- guards ----------------------------------------------------------------------

# Words that carry structure, not content: a sentence has many, a list of terms almost none.
FUNCTION_WORDS = frozenset("""
a an the is are was were be been being am it its it's this that these those there here which who whom whose what when
where why how because so since as if then than but or and nor not no to of in on at by for with from into onto over under
about after before during between through while until unless each every any all some more most less least very can could
would should will shall may might must do does did done has have had having we you they he she i our your their them us
one ones also just only too even still such instead rather both either neither whether via per
""".split())

# Words people pad an answer with: they say nothing about the question.
FILLER_WORDS = frozenset("""
basically essentially really actually simply important importance key main mainly thing things stuff kind sort way ways
lot lots many much make makes made making use used uses using help helps helping allow allows allowing need needs needed
get gets got good great better best bad worse well called call calls know known mean means meaning work works working
like etc important reason reasons why answer question explain explains explained describe describes overall general
think believe guess maybe probably pretty quite somehow somewhat
generally different differ differs idea ideas concept concepts something anything everything nothing provide provides
""".split())


# Words that carry no claim whatever they stand next to ("positional embeddings *provide* positions"):
# a key point needs more than these, beside the question's own words, to be covered.
VACUOUS_WORDS = frozenset("""
provide provides provided providing help helps helped helping allow allows allowed allowing enable enables need needs
needed use used uses using make makes made making get gets got give gives given giving work works working do does done
thing things stuff important overall general generally basically essentially really actually simply answer answers
question questions explain explains describe describes reason reasons mean means meaning idea concept something kind
sort way ways like etc
""".split())


def words_of(text: str) -> list[str]:
    return [normal_word(w) for w in _WORD.findall(text)]


def term_list_flag(answer: PreparedAnswer) -> Flag | None:
    """A bare list of terms: many short items, (almost) no words that make sentences.

    >>> term_list_flag(PreparedAnswer("KV cache, attention, softmax, prefill, decode")).kind
    <FlagKind.TERM_LIST: 'term_list'>
    >>> term_list_flag(PreparedAnswer("The cache keeps keys and values, so each step only computes the new token.")) is None
    True
    """
    items = [i for i in re.split(r"[,;\n•|]+|\s[-–—]\s", answer.text) if i.strip()]
    words = answer.words
    if len(items) < 3 or not words:
        return None
    structure = sum(1 for w in words if w in FUNCTION_WORDS)
    per_item = len(words) / len(items)
    if per_item <= 4.5 and structure <= 0.12 * len(words):
        # Terse notes are not a term list when most items say something of their term: "memory bandwidth in
        # decoding, KV cache memory limiting batch size, inter-GPU communication".
        if sum(map(_says_something, items)) * 2 > len(items):
            return None
        return Flag(FlagKind.TERM_LIST, f"a list of {len(items)} terms without sentences: say how they fit together")
    return None


# Words that tie a term to something else in a note ("bandwidth *in* decoding"); not ones that occur inside
# concept names ("mixture *of* experts", "time *to* first token", "RL *from* human feedback").
_LINKING_WORDS = frozenset("""
in during when while because so since than into by with without under over before after between across per
is are was were be been has have had can could would should will may might must does did not no
""".split())


def _says_something(item: str) -> bool:
    """Whether one item of a list says something of its term: a linking word, or a phrase too long for a name.

    >>> _says_something("memory bandwidth in decoding"), _says_something("KV cache memory limiting batch size")
    (True, True)
    >>> _says_something("inter-GPU communication"), _says_something("mixture of experts")
    (False, False)
    """
    words = words_of(item)
    return len(words) >= 6 or any(w in _LINKING_WORDS for w in words)


# -- the scorer ------------------------------------------------------------------


def content_stems(answer: PreparedAnswer) -> set[str]:
    """Stems of the words that carry content: no function words, filler, contractions or numbers."""
    return {stem(w) for w in answer.words
            if len(w) > 2 and w not in FUNCTION_WORDS and w not in FILLER_WORDS and "'" not in w and not w.isdigit()}


@dataclass(frozen=True, slots=True)
class TopicProfile:
    """What the scorer knows of one question's topic, from the question and a sample of the bank.

    ``rarity`` weighs a stem by how few questions use it (common words say little);
    ``peers`` are the stems of other questions, to tell which topic an answer is about.
    """

    title: frozenset[str]
    topic: frozenset[str]
    rarity: Mapping[str, float] = field(default_factory=dict)
    unseen_rarity: float = 5.0
    peers: tuple[frozenset[str], ...] = ()

    def weight(self, stems: Iterable[str]) -> float:
        return sum(self.rarity.get(w, self.unseen_rarity) for w in stems)

    def similarity(self, stems: set[str], doc: frozenset[str]) -> float:
        return self.weight(stems & doc) / (len(doc) ** 0.5 or 1.0)

    def closer_peers(self, stems: set[str]) -> float:
        """The share of peer questions the answer is closer to than to its own question."""
        if not self.peers:
            return 0.0
        own = self.similarity(stems, self.topic)
        return sum(1 for doc in self.peers if self.similarity(stems, doc) > own) / len(self.peers)


ECHO_NEW_WEIGHT = 7.0  # rarity-weighted content beyond the question below which an answer only echoes it
ECHO_NEW_SHARE = 0.4
ECHO_MIN_GIVEN = 1 / 3  # a short answer echoes the question only when this share of its content is the question's words
# An answer is about another topic when other questions fit it better than its own (it is closer to more than
# OFF_TOPIC_PEERS of them) and little of it is on its own question's topic (a rarity-weighted share below
# OFF_TOPIC_SHARE), or when next to nothing of it is (below NOTHING_ON_TOPIC).
OFF_TOPIC_PEERS = 0.2
OFF_TOPIC_SHARE = 0.25
NOTHING_ON_TOPIC = 0.05
DEPTH_FULL = 60.0  # rarity-weighted on-topic content, beyond the question's words, of a full answer


def echo_flag(stems: set[str], profile: TopicProfile) -> Flag | None:
    """The question said back: mostly the question's own words and filler, next to nothing beyond them.

    A short answer is not an echo for being short: it must lean on the question's words
    (a share of its content at least ECHO_MIN_GIVEN); one that shares nothing with the
    question is weak or off-topic, and one that covers a key point is terse (the caller
    asks only when none is covered).
    """
    if not stems:
        return None
    new = stems - profile.title
    new_weight, total = profile.weight(new), profile.weight(stems)
    mostly_given = total - new_weight >= ECHO_MIN_GIVEN * total
    if new_weight < ECHO_NEW_SHARE * total or (new_weight < ECHO_NEW_WEIGHT and mostly_given):
        return Flag(FlagKind.ECHO, f"restates the question: {len(new)} word{'' if len(new) == 1 else 's'} of its own beyond it")
    return None


def topic_flag(stems: set[str], profile: TopicProfile) -> Flag | None:
    """About another topic: little of the answer belongs to this question, and other questions fit it better.

    A short answer is too little to tell which topic it is about, unless none of it is on this one.
    """
    if len(stems) < 3:
        return None
    share = profile.weight(stems & profile.topic) / (profile.weight(stems) or 1.0)
    if share < NOTHING_ON_TOPIC or (len(stems) >= 10 and share < OFF_TOPIC_SHARE
                                    and profile.closer_peers(stems) > OFF_TOPIC_PEERS):
        return Flag(FlagKind.OTHER_TOPIC,
                    f"mostly about something else: {round(share * 100)}% of its content is on this question's topic")
    return None


class RubricScorer:
    """Scores answers to one question; compile once, score many."""

    def __init__(self, rubric: Rubric, profile: TopicProfile, *, generic: Iterable[str] = ()) -> None:
        self.rubric = rubric
        self.profile = profile
        self.generic = frozenset(" ".join(words_of(g)) for g in generic)
        own = [point_stems(p.text, p.reference, p.rule) for p in rubric.points]
        named = [frozenset(stem(w) for g in p.rule for t in g for w in words_of(t)) for p in rubric.points]
        self.points = [CompiledRule.of(p.rule, self.generic, profile.title, point_text=p.text, claim=p.claim,
                                       foreign=frozenset().union(*(n for j, n in enumerate(named) if j != i)) - own[i])
                       for i, p in enumerate(rubric.points)]
        self.misconceptions = [CompiledRule.of(m.rule, self.generic, profile.title, loose=LOOSE_SKIPS > 0)
                               for m in rubric.misconceptions]

    def score(self, text: str) -> Scored:
        with collector_paused():
            return self._score(text)

    def _score(self, text: str) -> Scored:
        answer = PreparedAnswer(text)
        results = []
        got = 0.0
        total = self.rubric.total_weight or 1.0
        for i, (point, rule) in enumerate(zip(self.rubric.points, self.points, strict=True)):
            found = match_rule(rule, answer)
            result = PointResult(i, point.text, found.status, evidence(answer, found.occurrences), point.reference,
                                 point.weight)
            got += result.credit * point.weight
            results.append(result)
        coverage = got / total
        wrong = tuple(m.text for m, rule in zip(self.rubric.misconceptions, self.misconceptions, strict=True)
                      if match_rule(rule, answer, guarded=False).status == Status.COVERED)
        stems = content_stems(answer)
        flag = term_list_flag(answer)
        if flag is None and not any(r.status == Status.COVERED for r in results):
            flag = echo_flag(stems, self.profile)
        if flag is None and coverage < 0.5:
            flag = topic_flag(stems, self.profile)
        depth = min(1.0, self.profile.weight((stems & self.profile.topic) - self.profile.title) / DEPTH_FULL)
        contradicted = sum(1 for r in results if r.status == Status.CONTRADICTED)
        score = combined_score(coverage, depth, len(wrong), flagged=flag is not None, contradicted=contradicted)
        return Scored(score, tuple(results), wrong, (flag,) if flag else (), round(coverage, 4), round(depth, 4))
