"""Key points drafted from a pack's reference answers, for questions nobody wrote a rubric for. No textual.

Each sentence or bullet of a reference answer is a candidate point. What it
carries is found two ways: the glossary's concepts it names (generic ones
left out) and its rare words (rare within the pack). A candidate is usable
when it carries at least two such terms not already in the question: its rule
asks for the most specific one AND any other, close together. Up to six of the
richest candidates become the question's key points, in the answer's order.
Drafted rubrics are cached per pack (keyed by the pack's bytes and the glossary).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from llmtui.content.cache import CACHE_VERSION, cache_key, read_json, write_json
from llmtui.content.models import Pack, Question
from llmtui.content.rubrics import KeyPoint, Rubric, rubrics_from_json, rubrics_to_json
from llmtui.graph.glossary import Glossary
from llmtui.graph.matcher import MentionMatcher
from llmtui.graph.mentions import blocked_forms

from ..runtime.collector import collector_paused
from .scoring import FILLER_WORDS, FUNCTION_WORDS, normal_word, stem, word_caches

DRAFT_VERSION = 1  # bump when drafting changes what it makes
MAX_POINTS = 6
MAX_TEXT = 110  # characters of a point's text on screen
MAX_TERMS = 12  # alternatives in a point's second group
FORMS_PER_SIGNAL = 3  # names of one concept in a point's second group
RARE_SHARE = 0.05  # a word in fewer than this share of the pack's questions is specific to its questions
MIN_WORDS = 4  # a candidate shorter than this is a heading or a fragment
SAMPLE = 2000  # questions of a pack whose words and concepts give the statistics
MIN_WORD_LENGTH = 5  # shorter words are rarely what a point turns on (acronyms come in as concepts)

# Everyday words that are rare in a pack without being what its answers are about.
COMMON_WORDS = frozenset("""
able above across actual actually additional additionally affect affects again against ahead almost alone along already
although always among amount another apart appear applied apply approach approaches around aspect aspects available
avoid away based basic become becomes begin behind being below beyond bigger broad called cannot careful carefully case
cases certain change changes choice choose chosen clear clearly close common commonly complete completely consider
considered context contrast could course create created creates current currently decide deliver delivering depend
depending despite detail details directly discuss doing during early easier easily effect effective effectively effort
either else enable enables end enough ensure entire entirely especially even every everyday exactly example examples
except expect extra fact factor factors fairly far fast faster final finally find first follow following form forms
four free full fully further future given gives giving goal goes going greater greatly group happen hard heavily help
helps high higher highly however idea ideal ideally important include includes including increase increased increases
indeed instance instead involve involves issue issues itself just keep kept kind known large larger largely last later
latest lead leads least less level levels likely limit limited list little long longer look lower main mainly major make
making manner many matter matters maybe mean means meanwhile might more moreover most mostly much multiple must name
namely near nearly necessary need needed needs never next normally notably note number numbers often once order other
others otherwise overall part particular particularly parts perhaps place plays point points possible potential
potentially practice practical present previous previously primarily primary probably problem problems process produce
proper properly provide provided provides quickly quite rather real really reason reasons recent recently reduce reduced
reduces related relatively remain remains require required requires result results right role same second see seen
several short significant significantly similar similarly simple simply since single situation size small smaller
solution some something sometimes specific specifically standard start state step steps still strong stronger
substantial substantially successful such suitable support sure take taken takes task tasks term terms than their then
there therefore these thing things third those though three through thus time times today together total toward towards
truly turn turns twice type types typical typically under understand understanding unique unless until upon usage used
useful usually value various very view want ways well whatever whether which while whole wide widely will within without
work works world would write years yet
""".split())

_MARKUP = re.compile(r"`{3}.*?`{3}|<[^>]{1,200}>|!\[[^\]]*\]\([^)]*\)", re.S)
_LINK = re.compile(r"\[([^\]]{1,300})\]\([^)]{0,500}\)")
_DECOR = re.compile(r"\*\*|__|`|^\s*>+|\|")
_BULLET = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!vs\.)(?<!etc\.)\s+(?=[A-Z0-9(\"'])")
_TEXT_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def candidate_units(answer: str) -> list[str]:
    """The sentences and bullets of a reference answer, as plain text.

    >>> candidate_units("**KV cache** stores keys. It is reused here.\\n- Saves compute on each step\\n## Heading\\nOk.")
    ['KV cache stores keys.', 'It is reused here.', 'Saves compute on each step']
    """
    text = _MARKUP.sub(" ", answer) if ("`" in answer or "<" in answer or "![" in answer) else answer
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    units = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or line[0] == "#":
            continue
        if line[0] in "-*+•" or line[0].isdigit():
            line = _BULLET.sub("", line)
        if "*" in line or "_" in line or "`" in line or ">" in line or "|" in line or "$" in line:
            line = _DECOR.sub(" ", line).replace("$", " ")
        line = " ".join(line.split())
        parts = _SENTENCE.split(line) if (". " in line or "? " in line or "! " in line) else (line,)
        units += [u for u in parts if len(u.split()) >= MIN_WORDS]
    return units


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    concepts: tuple[str, ...]  # specific concepts it names, not named in the title
    words: tuple[str, ...]  # its rare words, not in the title
    weight: float  # how much it carries


def sample_of(questions: list[Question], size: int) -> list[Question]:
    """At most ``size`` questions, evenly spaced: the same sample every time.

    >>> [q for q in sample_of(list(range(10)), 3)]
    [0, 3, 6]
    """
    if len(questions) <= size:
        return questions
    step = len(questions) / size
    return [questions[int(i * step)] for i in range(size)]


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


Unit = tuple[str, list[tuple[str, str]], tuple[str, ...]]  # text, its words with their stems, the concepts it names


class Drafter:
    """Drafts rubrics for the questions of one pack, from word and concept statistics of ``sample``.

    The statistics come from a sample of the pack (evenly spaced, at most
    ``SAMPLE`` questions), so any one question can be drafted on demand in
    well under a millisecond and a whole pack drafts the same in bulk.
    """

    def __init__(self, glossary: Glossary, generic: Iterable[str], sample: list[Question],
                 concept_share: Mapping[str, float] | None = None) -> None:
        generic_names = {g.casefold() for g in generic}
        self.forms = {name: concept.surface_forms for name, concept in glossary.concepts.items()
                      if name.casefold() not in generic_names
                      and not any(f.casefold() in generic_names for f in concept.surface_forms)}
        self.matcher = MentionMatcher(self.forms, blocked=blocked_forms(glossary))
        self._form_stems = {name: [frozenset(stem(normal_word(w)) for w in _TEXT_WORD.findall(f)) for f in forms]
                            for name, forms in self.forms.items()}
        self._concept_stems = {name: frozenset().union(*stems) for name, stems in self._form_stems.items()}
        self._rare_words: dict[str, bool] = {}
        self.generic_words = {normal_word(w) for g in generic for w in _TEXT_WORD.findall(g)}
        self._units: dict[str, list[Unit]] = {}
        documents: Counter[str] = Counter()
        concept_counts: Counter[str] = Counter()
        for q in sample:
            units = self._units[q.id] = self._prepare(q.answer)
            documents.update({s for _, words, _ in units for _, s in words})
            concept_counts.update({c for _, _, concepts in units for c in concepts})
        size = max(1, len(sample))
        self.rare = {w for w, n in documents.items() if n <= max(1, RARE_SHARE * size)}
        self.rarity = {w: math.log((size + 1) / (n + 0.5)) for w, n in documents.items()}
        self.unseen_rarity = math.log((size + 1) / 0.5)
        # How specific a concept is: rare in the whole bank when the bank is known (a pack alone is often small).
        shares = concept_share or {c: n / size for c, n in concept_counts.items()}
        self.concept_rarity = {c: -math.log(min(1.0, max(share, 0.5 / size))) for c, share in shares.items()}

    @classmethod
    def for_pack(cls, glossary: Glossary, generic: Iterable[str], questions: list[Question],
                 concept_share: Mapping[str, float] | None = None) -> Drafter:
        return cls(glossary, generic, sample_of(questions, SAMPLE), concept_share)

    def _prepare(self, answer: str) -> list[Unit]:
        spelled, stems = word_caches()
        texts = candidate_units(answer)
        named: list[list[str]] = [[] for _ in texts]
        mentions = list(self.matcher.find("\n".join(texts)))
        if mentions:
            ends = list(accumulate(len(t) + 1 for t in texts))
            for mention in mentions:
                named[bisect_right(ends, mention.start)].append(mention.concept)
        units = []
        for text, concepts in zip(texts, named, strict=True):
            # Only words long enough to be a point's term are kept (and counted): most words are short.
            words = []
            for w in _TEXT_WORD.findall(text):
                if len(w) >= MIN_WORD_LENGTH:
                    w = spelled.get(w) or normal_word(w)
                    words.append((w, stems.get(w) or stem(w)))
            units.append((text, words, tuple(dict.fromkeys(concepts)) if len(concepts) > 1 else tuple(concepts)))
        return units

    def _is_rare_word(self, word: str, word_stem: str) -> bool:
        found = self._rare_words.get(word)
        if found is None:
            rare = word_stem in self.rare or word_stem not in self.rarity
            found = self._rare_words[word] = (
                len(word) >= MIN_WORD_LENGTH and rare and word.isalpha() and not word.endswith("ly")
                and word not in COMMON_WORDS and word not in FUNCTION_WORDS and word not in FILLER_WORDS
                and word not in self.generic_words)
        return found

    def _in_title(self, concept: str, title: set[str]) -> bool:
        """The question names ``concept`` itself (one of its names is all in the title's words)."""
        return any(form <= title for form in self._form_stems[concept])

    def candidates(self, question: Question) -> list[Candidate]:
        title = {stem(normal_word(w)) for w in _TEXT_WORD.findall(question.title)}
        out = []
        units = self._units.get(question.id)
        in_title: dict[str, bool] = {}  # a concept named in several sentences is checked once
        known_rare = self._rare_words
        rarity, unseen, concept_rarity = self.rarity, self.unseen_rarity, self.concept_rarity
        for text, words, named in units if units is not None else self._prepare(question.answer):
            concepts = []
            for c in named:
                inside = in_title.get(c)
                if inside is None:
                    inside = in_title[c] = self._in_title(c, title)
                if not inside:
                    concepts.append(c)
            concept_words = set().union(*(self._concept_stems[c] for c in concepts)) if concepts else ()
            rare: dict[str, str] = {}  # each rare word once, in order, with its stem
            for w, s in words:
                if s not in title and s not in concept_words and w not in rare:
                    found = known_rare.get(w)
                    if found is None:
                        found = self._is_rare_word(w, s)
                    if found:
                        rare[w] = s
            weight = (sum(concept_rarity.get(c, unseen) for c in concepts)
                      + sum(rarity.get(s, unseen) for s in rare.values()))
            out.append(Candidate(text, tuple(concepts), tuple(rare), weight))
        return out

    def _signals(self, candidate: Candidate) -> list[tuple[str, ...]]:
        """The terms of each thing a candidate carries, most specific first: a concept's names, or a word's stem."""
        signals: list[tuple[float, tuple[str, ...]]] = []
        for concept in candidate.concepts:
            signals.append((self.concept_rarity.get(concept, self.unseen_rarity), tuple(dict.fromkeys(self.forms[concept]))))
        for word in candidate.words:
            base = stem(word)
            signals.append((self.rarity.get(base, self.unseen_rarity), (f"{base}*",) if len(base) >= 5 else (word,)))
        signals.sort(key=lambda s: -s[0])
        return [terms for _, terms in signals]

    def draft(self, question: Question) -> Rubric:
        """The drafted rubric of ``question``: no points when its answer carries too little to check."""
        usable = [c for c in self.candidates(question) if len(c.concepts) + len(c.words) >= 2]
        chosen = sorted(sorted(usable, key=lambda c: -c.weight)[:MAX_POINTS], key=usable.index)
        points = []
        for candidate in chosen:
            signals = self._signals(candidate)
            # One of the two most specific things it carries, and one of the rest (with only two: both).
            split = 1 if len(signals) == 2 else 2
            points.append(KeyPoint(_clip(candidate.text), (_merged(signals[:split]), _merged(signals[split:])), 1.0,
                                   candidate.text))
        return Rubric(question.id, tuple(points), (), drafted=True)


def _merged(signals: list[tuple[str, ...]]) -> tuple[str, ...]:
    """One rule group from several signals: each gets a say, its first few names in turn, up to ``MAX_TERMS``.

    >>> _merged([("KV cache", "key-value cache", "kv-cache", "K/V cache"), ("recomput*",)])
    ('KV cache', 'recomput*', 'key-value cache', 'kv-cache')
    """
    terms: dict[str, None] = {}
    for depth in range(FORMS_PER_SIGNAL):
        for names in signals:
            if depth < len(names) and len(terms) < MAX_TERMS:
                terms.setdefault(names[depth])
    return tuple(terms)


def draft_pack_rubrics(pack: Pack, glossary: Glossary, generic: Iterable[str], *, cache_dir: Path | None = None,
                       exclude: Mapping[str, Rubric] | None = None) -> dict[str, Rubric]:
    """Drafted rubrics for every question of ``pack`` not in ``exclude``; cached in ``cache_dir``."""
    generic = tuple(generic)
    questions = [q for q in pack.questions if not exclude or q.id not in exclude]
    if not questions:
        return {}
    # Drafting makes millions of small objects and no cyclic garbage, and so does reading them from the cache
    # or writing them to it: with the collector on, each of its passes would walk whatever else the process
    # holds (a loaded bank and graph) for nothing.
    with collector_paused():
        return _draft_pack_rubrics(pack, glossary, generic, questions, cache_dir)


def _draft_pack_rubrics(pack: Pack, glossary: Glossary, generic: tuple[str, ...], questions: list[Question],
                        cache_dir: Path | None) -> dict[str, Rubric]:
    entry = None
    if cache_dir is not None and pack.content_hash:
        glossary_key = "|".join(f"{n}:{','.join(c.aliases)}" for n, c in glossary.concepts.items())
        key = cache_key(pack.content_hash.encode(), glossary_key.encode(), "|".join(generic).encode(),
                        str(DRAFT_VERSION).encode())
        entry = cache_dir / f"keypoints-{key}.json"
        cached = rubrics_from_json(read_json(entry))
        if cached is not None and all(q.id in cached for q in questions):
            return cached
    drafter = Drafter.for_pack(glossary, generic, pack.questions)
    drafted = {q.id: drafter.draft(q) for q in questions}
    if entry is not None:
        write_json(entry, {**rubrics_to_json(drafted), "version": CACHE_VERSION}, chunked="rubrics")
    return drafted
