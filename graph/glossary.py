"""The concept glossary: curated concepts from TOML plus discovered ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from llmtui.content.cache import CACHE_VERSION, cache_key, read_json, write_json
from llmtui.content.errors import ContentError

RELATION_TYPES = ("is_a", "part_of", "extends", "alternative_to", "optimizes", "mitigates", "uses", "enables")
GLOSSARY_FILE = "concepts.toml"


@dataclass(slots=True)
class Concept:
    """A concept node: canonical name, aliases, definition, typed relations."""

    name: str
    aliases: tuple[str, ...] = ()
    definition: str = ""
    relations: tuple[tuple[str, str], ...] = ()  # (relation type, target concept name)
    discovered: bool = False

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(slots=True)
class Glossary:
    concepts: dict[str, Concept] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, name: str) -> bool:
        return name in self.concepts

    def add(self, concept: Concept) -> None:
        self.concepts[concept.name] = concept


def parse_glossary(text: str, path: str = GLOSSARY_FILE) -> Glossary:
    """Parse glossary TOML. Unknown relation targets are an error, with the concept named."""
    import tomllib  # only when the cache misses

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, f"invalid TOML: {exc}") from None
    glossary = Glossary()
    for entry in data.get("concept", []):
        name = str(entry.get("name", "")).strip()
        if not name:
            raise ContentError(path, "a [[concept]] has no name")
        relations = tuple(
            (relation, str(target)) for relation in RELATION_TYPES for target in entry.get(relation, [])
        )
        glossary.add(
            Concept(
                name=name,
                aliases=tuple(str(a) for a in entry.get("aliases", [])),
                definition=str(entry.get("definition", "")),
                relations=relations,
            )
        )
    for concept in glossary.concepts.values():
        for relation, target in concept.relations:
            if target not in glossary:
                raise ContentError(path, f"concept {concept.name!r}: {relation} names unknown concept {target!r}")
    return glossary


def load_glossary(path: str | Path | None = None, *, cache_dir: Path | None = None) -> Glossary:
    """The curated glossary that ships in ``content/data``, or one from ``path``.

    With ``cache_dir``, the parsed glossary is kept there as JSON keyed by the
    file's bytes: reading it is ~5× faster than parsing TOML at every start.
    """
    if path is None:
        raw = resources.files("llmtui.content.data").joinpath(GLOSSARY_FILE).read_bytes()
        where = GLOSSARY_FILE
    else:
        raw, where = Path(path).read_bytes(), str(path)
    entry = cache_dir / f"glossary-{cache_key(b'glossary', raw)}.json" if cache_dir is not None else None
    if entry is not None and (cached := glossary_from_json(read_json(entry))) is not None:
        return cached
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(where, f"not UTF-8 (byte {exc.start})") from None
    glossary = parse_glossary(text, where)
    if entry is not None:
        write_json(entry, glossary_to_json(glossary))
    return glossary


def glossary_to_json(glossary: Glossary) -> dict[str, Any]:
    return {"version": CACHE_VERSION, "concepts": [
        [c.name, list(c.aliases), c.definition, [list(r) for r in c.relations]] for c in glossary.concepts.values()
    ]}


def glossary_from_json(data: Any) -> Glossary | None:
    """The glossary a cache entry holds, or None when it is not a valid entry of this version."""
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return None
    glossary = Glossary()
    try:
        for name, aliases, definition, relations in data["concepts"]:
            glossary.add(Concept(str(name), tuple(map(str, aliases)), str(definition),
                                 tuple((str(kind), str(target)) for kind, target in relations)))
    except (KeyError, TypeError, ValueError):
        return None
    if any(target not in glossary for c in glossary.concepts.values() for _, target in c.relations):
        return None
    return glossary
