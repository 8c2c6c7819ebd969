"""The concept glossary: curated concepts from TOML plus discovered ones."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from content.errors import ContentError

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


def load_glossary(path: str | Path | None = None) -> Glossary:
    """The curated glossary that ships in ``content/data``, or one from ``path``."""
    if path is None:
        text = resources.files("content.data").joinpath(GLOSSARY_FILE).read_text(encoding="utf-8")
        return parse_glossary(text)
    return parse_glossary(Path(path).read_text(encoding="utf-8"), str(path))
