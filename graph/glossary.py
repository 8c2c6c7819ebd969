"""The concept glossary: curated concepts from TOML plus discovered ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from llmtui.content.cache import CACHE_VERSION, load_data_file
from llmtui.content.errors import ContentError

# The closed set of relation types, each with how "Subject <label> Target" reads. "is a kind of" reads
# right before a mass noun ("a kind of caching") as before a count noun ("a kind of attention mechanism").
RELATION_LABELS: dict[str, str] = {
    "is_a": "is a kind of",
    "part_of": "is part of",
    "uses": "uses",
    "extends": "extends",
    "alternative_to": "is an alternative to",
    "optimizes": "optimizes",
    "mitigates": "mitigates",
    "enables": "enables",
    "measures": "measures",
    "limited_by": "is limited by",
    "causes": "causes",
}
RELATION_TYPES = tuple(RELATION_LABELS)
SYMMETRIC_RELATIONS = frozenset({"alternative_to"})  # reads the same both ways: written once, in either entry
CONCEPT_KEYS = frozenset({"name", "aliases", "false_friends", "described_by", "definition", "generic", *RELATION_TYPES})
GLOSSARY_FILE = "concepts.toml"


class Relation(NamedTuple):
    """A typed relation that reads "subject <label> target" ("QLoRA uses Quantization").

    A named tuple, not a dataclass: graphs are built with hundreds of them and a
    frozen dataclass is several times slower to make.

    >>> r = Relation("Decoding phase", "limited_by", "Memory bandwidth")
    >>> r.reads()
    'Decoding phase is limited by Memory bandwidth'
    >>> Relation("Adapter", "alternative_to", "LoRA").reads(first="LoRA")
    'LoRA is an alternative to Adapter'
    >>> Relation("Self-attention", "is_a", "Attention").reads(), Relation("KV cache", "is_a", "Caching").reads()
    ('Self-attention is a kind of attention', 'KV cache is a kind of caching')
    """

    subject: str
    kind: str
    target: str

    @property
    def label(self) -> str:
        return RELATION_LABELS.get(self.kind, self.kind.replace("_", " "))

    @property
    def symmetric(self) -> bool:
        return self.kind in SYMMETRIC_RELATIONS

    def other(self, concept: str) -> str:
        """The concept at the other end from ``concept``."""
        return self.target if concept == self.subject else self.subject

    def reads(self, *, first: str | None = None) -> str:
        """The relation as a sentence, in its true direction.

        A symmetric relation may be read from either end: ``first`` puts that
        concept first. A directed one always reads from its subject.
        """
        if first is not None and self.symmetric and first == self.target:
            return f"{self.target} {self.label} {self.subject}"
        # A kind is a common noun: lower case inside the sentence, as a name written in sentence case reads there.
        target = common_noun(self.target) if self.kind == "is_a" else self.target
        return f"{self.subject} {self.label} {target}"


def common_noun(name: str) -> str:
    """A concept's name as a common noun inside a sentence: the first letter lowered when the name is written in
    sentence case; a name with other capitals (an acronym, a product) as it is.

    >>> [common_noun(n) for n in ("Caching", "Model compression", "KV-cache compression", "AI accelerator", "FP16")]
    ['caching', 'model compression', 'KV-cache compression', 'AI accelerator', 'FP16']
    """
    if name[:1].isupper() and not any(ch.isupper() for ch in name[1:]):
        return name[:1].lower() + name[1:]
    return name


@dataclass(slots=True)
class Concept:
    """A concept node: canonical name, aliases, definition, typed relations.

    ``generic`` marks concepts too broad to tell questions or answers apart
    (Token, Large language model, LLM inference…): they stay in the graph but
    are never a top related concept, key evidence in scoring or a weakest concept.
    """

    name: str
    aliases: tuple[str, ...] = ()
    definition: str = ""
    relations: tuple[tuple[str, str], ...] = ()  # (relation type, target concept name); this concept is the subject
    discovered: bool = False
    generic: bool = False
    # Phrases that contain a name or alias of this concept but mean something else
    # ("random sampling" of examples for Sampling): matched first, they tag nothing.
    false_friends: tuple[str, ...] = ()
    # Rules that recognise a sentence describing the concept without naming it (graph/descriptions.py):
    # each an AND of OR-groups of terms, at least two groups.
    described_by: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def typed_relations(self) -> tuple[Relation, ...]:
        return tuple(Relation(self.name, kind, target) for kind, target in self.relations)


@dataclass(slots=True)
class Glossary:
    concepts: dict[str, Concept] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, name: str) -> bool:
        return name in self.concepts

    def add(self, concept: Concept) -> None:
        self.concepts[concept.name] = concept

    def generic_names(self) -> frozenset[str]:
        """Names of the generic concepts (see :attr:`Concept.generic`).

        >>> Glossary({"Token": Concept("Token", generic=True), "LoRA": Concept("LoRA")}).generic_names()
        frozenset({'Token'})
        """
        return frozenset(name for name, concept in self.concepts.items() if concept.generic)

    def is_generic(self, name: str) -> bool:
        """True when ``name`` is a generic concept; False for specific and unknown names."""
        concept = self.concepts.get(name)
        return concept is not None and concept.generic


def _name_lines(text: str) -> dict[str, int]:
    """The line of each ``name = "<name>"`` in the TOML text (the first, if named twice), for error messages.

    >>> _name_lines('[[concept]]\\nname = "A"\\n\\n[[concept]]\\nname = "B"\\n')
    {'A': 2, 'B': 5}
    """
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        key, _, value = line.partition("=")
        if key.strip() == "name":
            lines.setdefault(value.strip().strip('"\''), number)
    return lines


def _strings(value: Any, path: str, where: int | None, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ContentError(path, f"{what} must be a list of strings", where)
    return tuple(value)


def _described_by(value: Any, path: str, where: int | None, name: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """A concept's ``described_by`` rules: a list of rules, each a list of at least two lists of terms."""
    if value is None:
        return ()
    rules = []
    for rule in value if isinstance(value, list) else [None]:
        if (not isinstance(rule, list) or len(rule) < 2
                or not all(isinstance(group, list) and group and all(isinstance(t, str) and t.strip() for t in group)
                           for group in rule)):
            raise ContentError(path, f"concept {name!r}: described_by must be a list of rules, each a list of at "
                                     "least two lists of terms", where)
        rules.append(tuple(tuple(t.strip() for t in group) for group in rule))
    return tuple(rules)


def parse_glossary(text: str, path: str = GLOSSARY_FILE) -> Glossary:
    """Parse glossary TOML into a :class:`Glossary`.

    Unknown keys (a misspelt relation type would silently lose its relations),
    unknown relation targets and concepts named twice are errors naming the
    concept and its line.

    >>> g = parse_glossary('[[concept]]\\nname = "A"\\n\\n[[concept]]\\nname = "B"\\nuses = ["A"]\\ngeneric = true\\n')
    >>> g.concepts["B"].typed_relations, g.concepts["B"].generic
    ((Relation(subject='B', kind='uses', target='A'),), True)
    """
    import tomllib  # only when the cache misses

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, f"invalid TOML: {exc}") from None
    glossary = Glossary()
    lines = _name_lines(text)
    for entry in data.get("concept", []):
        name = str(entry.get("name", "")).strip()
        if not name:
            raise ContentError(path, "a [[concept]] has no name")
        where = lines.get(name)
        unknown = sorted(set(entry) - CONCEPT_KEYS)
        if unknown:
            raise ContentError(path, f"concept {name!r}: unknown key {unknown[0]!r} (relation types: "
                                     f"{', '.join(RELATION_TYPES)})", where)
        if name in glossary:
            raise ContentError(path, f"concept {name!r} is defined twice", where)
        generic = entry.get("generic", False)
        if not isinstance(generic, bool):
            raise ContentError(path, f"concept {name!r}: generic must be true or false", where)
        relations = tuple(
            (relation, target) for relation in RELATION_TYPES
            for target in _strings(entry.get(relation, []), path, where, f"concept {name!r}: {relation}")
        )
        glossary.add(
            Concept(
                name=name,
                aliases=_strings(entry.get("aliases", []), path, where, f"concept {name!r}: aliases"),
                false_friends=_strings(entry.get("false_friends", []), path, where, f"concept {name!r}: false_friends"),
                described_by=_described_by(entry.get("described_by"), path, where, name),
                definition=str(entry.get("definition", "")),
                relations=relations,
                generic=generic,
            )
        )
    for concept in glossary.concepts.values():
        for relation, target in concept.relations:
            if target not in glossary:
                raise ContentError(path, f"concept {concept.name!r}: {relation} names unknown concept {target!r}",
                                   lines.get(concept.name))
    return glossary


def load_glossary(path: str | Path | None = None, *, cache_dir: Path | None = None) -> Glossary:
    """The curated glossary that ships in ``content/data``, or one from ``path``.

    With ``cache_dir``, the parsed glossary is kept there as JSON keyed by the
    file's bytes: reading it is ~5× faster than parsing TOML at every start.
    """
    return load_data_file("glossary", path, GLOSSARY_FILE, parse_glossary, to_json=glossary_to_json,
                          from_json=glossary_from_json, cache_dir=cache_dir)


def glossary_to_json(glossary: Glossary) -> dict[str, Any]:
    return {"version": CACHE_VERSION, "concepts": [
        [c.name, list(c.aliases), c.definition, [list(r) for r in c.relations], c.generic, list(c.false_friends),
         [[list(group) for group in rule] for rule in c.described_by]]
        for c in glossary.concepts.values()
    ]}


def glossary_from_json(data: Any) -> Glossary | None:
    """The glossary a cache entry holds, or None when it is not a valid entry of this version."""
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return None
    glossary = Glossary()
    try:
        for name, aliases, definition, relations, generic, false_friends, described_by in data["concepts"]:
            glossary.add(Concept(str(name), tuple(map(str, aliases)), str(definition),
                                 tuple((str(kind), str(target)) for kind, target in relations),
                                 generic=generic is True, false_friends=tuple(map(str, false_friends)),
                                 described_by=tuple(tuple(tuple(map(str, group)) for group in rule)
                                                    for rule in described_by)))
    except (KeyError, TypeError, ValueError):
        return None
    if any(kind not in RELATION_LABELS or target not in glossary
           for c in glossary.concepts.values() for kind, target in c.relations):
        return None
    return glossary
