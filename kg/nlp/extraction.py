"""The ``Extraction`` seam: what the NLP layer hands to the graph layer.

Offsets here are character offsets in the *source file*, so that evidence
points at what a reader sees in their editor; the NLP layer works in text
offsets and converts once, in :func:`kg.nlp.pipeline.to_extraction`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Organization", "Software", "Event", "Session", "Place")
RELATIONS = (
    "presenter",
    "about",
    "partOfEvent",
    "affiliation",
    "uses",
    "runsOn",
    "interactsWith",
    "createdBy",
    "partOf",
    "locatedIn",
)


@dataclass(frozen=True)
class Mention:
    """One place the post names an entity, with the sentence around it."""

    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int


@dataclass
class Entity:
    """A distinct real-world thing the post names.

    ``key`` identifies it across the corpus (type plus normalised canonical
    name, or a post-scoped key for sessions); the graph mints its IRI from it.
    """

    key: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Relation:
    """A directed relation between two entities (by key), with its evidence."""

    name: str
    subject: str
    object: str
    evidence: str
    start: int
    end: int


@dataclass
class Extraction:
    """All entities and relations of one post."""

    identifier: str
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)
