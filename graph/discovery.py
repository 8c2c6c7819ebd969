"""Automatic concept discovery, so any pack gets a graph without a glossary.

Two sources: definitions written as "Full Name (ABBR)", and multi-word technical
terms that recur across several questions. A term is a run of content words:
no pronoun, auxiliary, preposition or other function word ("You know", "Would
you", "Area under"), no adverb ("Computationally expensive"), nothing left over
from markup ("Img src"). Terms are one concept whatever their case or number
("True positives" = "True Positive"), and a discovered concept has no made-up
definition: the app says where it was found instead.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .glossary import Concept, Glossary

_DEFINITION = re.compile(r"\b((?:[A-Za-z][\w-]*\s+){0,5}[A-Za-z][\w-]*)\s+\(([A-Z][A-Za-z0-9-]{1,9})\)")
_CHUNK = re.compile(r"[^A-Za-z\s-]+")  # terms never span punctuation or digits
# Markup and code are not prose: tags, link targets, URLs, entities, code spans and blocks.
_MARKUP = re.compile(
    r"```.*?```|`[^`\n]*`|<[^>\n]*>|\]\([^)\n]*\)|https?://\S+|www\.\S+|&[a-zA-Z]+;|&#\d+;|\$\$.*?\$\$|\$[^$\n]*\$",
    re.DOTALL,
)
_ADVERB = re.compile(r"(?:ally|ively|ously|ently|antly|ately|fully|lessly|ingly|edly)$")
_STOP = frozenset(
    # articles, determiners, quantifiers
    "a an the this that these those each every either neither some any all both few many much more most "
    "less least several such other another same own no none "
    # pronouns
    "i me my mine myself you your yours yourself yourselves we us our ours ourselves he him his himself she "
    "her hers herself it its itself they them their theirs themselves one ones someone something anything "
    "everything nothing who whom whose which what where when why how whether "
    # auxiliaries, modals, negation
    "is are was were be been being am do does did doing done have has had having will would shall should can "
    "could may might must not nor cannot won don isn aren wasn weren hasn haven didn doesn shouldn wouldn "
    # prepositions, conjunctions
    "of in on for to and or but if then else than as at by from with without within into onto upon about "
    "above below under over between among through during before after against along across around behind "
    "beyond toward towards via per like unlike because since while until unless although though so yet "
    # adverbs and fillers
    "also only very just even still already again ever never always often usually sometimes really quite "
    "rather too well here there now thus hence therefore however instead e g eg ie etc vs "
    # verbs and words of the question, not of the field
    "explain describe discuss compare define give know get got make makes made take use used uses using "
    "learn learns see want need needs let say said think mean means work works help helps "
    "question questions answer answers example examples way ways thing things lot lots kind kinds type "
    "types case cases number part parts "
    # evaluative adjectives
    "main key different various important common certain new good better best bad high low large small big "
    "first second last next whole full simple easy hard possible able likely".split()
)
_MARKUP_WORDS = frozenset("img src href http https www div span br nbsp amp quot png jpg jpeg gif svg alt html "
                          "width height style class px".split())


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


def term_key(term: str) -> str:
    """What makes two terms the same concept: case, hyphens and a plural last word do not.

    >>> term_key("True Positives") == term_key("true-positive") == term_key("True positive")
    True
    >>> term_key("Decision trees"), term_key("Gradient boosting strategies")
    ('decision tree', 'gradient boosting strategy')
    """
    words = re.findall(r"[a-z0-9]+", term.lower())
    if words:
        last = words[-1]
        if len(last) > 4 and last.endswith("ies"):
            words[-1] = last[:-3] + "y"
        elif len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
            words[-1] = last[:-1]
    return " ".join(words)


def _is_term(words: list[str]) -> bool:
    return not any(
        len(w) < 3 or w.lower() in _STOP or w.lower() in _MARKUP_WORDS or _ADVERB.search(w.lower()) for w in words
    )


def discover_concepts(texts: Iterable[str], known: Glossary, *, min_questions: int = 3) -> list[Concept]:
    """Concepts found in ``texts`` that ``known`` does not already cover, with no definition of their own.

    >>> g = Glossary()
    >>> [c.name for c in discover_concepts(["We use Grouped Query Attention (GQA) here."], g)]
    ['Grouped Query Attention']
    >>> texts = ["You know what your model does with true positives.", "Would you say you know True Positives?",
    ...          "You know the true positive rate <img src='x.png'>", "<img src='y.png'> true positives, you know"]
    >>> [c.name for c in discover_concepts(texts, g)]
    ['True positives']
    """
    known_keys = {term_key(form) for c in known.concepts.values() for form in c.surface_forms}
    found: dict[str, Concept] = {}  # by term_key
    term_docs: Counter[str] = Counter()  # term_key -> questions it occurs in
    spellings: dict[str, Counter[str]] = defaultdict(Counter)  # term_key -> how it is written
    n_texts = 0
    for raw in texts:
        n_texts += 1
        text = _MARKUP.sub(" ", raw)
        for match in _DEFINITION.finditer(text):
            expansion = _acronym_matches(match.group(1).split(), match.group(2))
            if not expansion or not _is_term([p for word in expansion for p in word.split("-") if p]):
                continue
            name, abbr = " ".join(expansion), match.group(2)
            key = term_key(name)
            if key in known_keys or term_key(abbr) in known_keys:
                continue
            if key in found:
                if abbr not in found[key].aliases:
                    found[key].aliases += (abbr,)
                continue
            found[key] = Concept(name, (abbr,), "", (), discovered=True)
        seen: set[str] = set()
        for chunk in _CHUNK.split(text):
            words = chunk.split()
            for size in (3, 2):
                for i in range(len(words) - size + 1):
                    gram = words[i : i + size]
                    if _is_term(gram):
                        spelled = " ".join(gram)
                        key = term_key(spelled)
                        spellings[key][spelled] += 1
                        seen.add(key)
        term_docs.update(seen)
    frequent = [(key, count) for key, count in term_docs.most_common(400)
                if count >= min_questions and key not in known_keys and key not in found]
    # A two-word term that mostly occurs inside a frequent longer one is a fragment ("positive rate").
    longer = [(key, count) for key, count in frequent if len(key.split()) == 3]
    frequent = [(key, count) for key, count in frequent
                if len(key.split()) == 3 or not any(_within(key, long) and 2 * n >= count for long, n in longer)]
    # Longest first: "rotary position embeddings" wins over "position embeddings".
    frequent.sort(key=lambda item: (-len(item[0].split()), -item[1], item[0]))
    for key, _count in frequent:
        if any(_within(key, other) or _within(other, key) for other in found):
            continue
        found[key] = Concept(_display_name(spellings[key]), (), "", (), discovered=True)
    return list(found.values())


def _within(short: str, long: str) -> bool:
    """Whether the words of ``short`` occur, in order and together, in ``long``."""
    return f" {short} " in f" {long} "


def _display_name(spellings: Counter[str]) -> str:
    """The commonest spelling, capitalised unless it starts with an acronym ("ROC curve")."""
    spelled = max(spellings.items(), key=lambda item: (item[1], item[0].islower()))[0]
    return spelled if spelled[:1].isupper() else spelled[:1].upper() + spelled[1:]
