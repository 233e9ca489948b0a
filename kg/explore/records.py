"""What exploration needs from the RDF graph, read once into plain Python records.

Every view, filter and analysis works on these records rather than on SPARQL,
so a graph is read with six queries however many views are made from it. The
queries follow the graph contract (``kg.graph.contract``): posts are
``schema:BlogPosting`` nodes, entities carry one of the contract classes, and
relations and mentions keep their sentences as ``ckg:RelationEvidence`` and
``ckg:Mention`` nodes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from kg.graph.contract import CLASS_TYPE, PREDICATE_RELATION
from kg.graph.query import select
from kg.graph.vocab import PREFIXES

if TYPE_CHECKING:
    from rdflib import Dataset

ENTITY_TYPES = tuple(CLASS_TYPE.values())  # Person, Organization, Software, Event, Place, Session
_CLASS_BY_IRI = {str(iri): name for iri, name in CLASS_TYPE.items()}
_RELATION_BY_IRI = {str(iri): name for iri, name in PREDICATE_RELATION.items()}
_CLASS_VALUES = " ".join(f"<{iri}>" for iri in _CLASS_BY_IRI)

POSTS = """
SELECT DISTINCT ?post ?id ?headline ?date WHERE {
  ?post a schema:BlogPosting ; schema:identifier ?id .
  OPTIONAL { ?post schema:headline ?headline }
  OPTIONAL { ?post schema:datePublished ?date }
}"""
ENTITIES = f"""
SELECT ?e ?class ?label (COUNT(DISTINCT ?g) AS ?n) WHERE {{
  GRAPH ?g {{ ?d ckg:describes ?e ; ckg:entityType ?class ; ckg:name ?label . }}
  VALUES ?class {{ {_CLASS_VALUES} }}
}} GROUP BY ?e ?class ?label"""
ALIASES = "SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"
MENTIONED = """
SELECT DISTINCT ?post ?e ?author WHERE {
  ?post a schema:BlogPosting ; schema:mentions ?e .
  BIND(EXISTS { ?post schema:author ?e } AS ?author)
}"""
SENTENCES = """
SELECT ?e ?post ?start ?sentence WHERE {
  GRAPH ?post { ?m ckg:mentionOf ?e ; ckg:sentenceStart ?start ; ckg:sentence ?sentence . }
}"""
EVIDENCE = """
SELECT ?s ?p ?o ?post ?sentence WHERE {
  ?r a ckg:RelationEvidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     ckg:inPost ?post .
  OPTIONAL { ?r ckg:sentence ?sentence }
}"""


@dataclass
class Post:
    iri: str
    identifier: str
    headline: str
    date: str | None  # ISO date, so that string order is date order


@dataclass
class Entity:
    iri: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Statement:
    """One relation as one post states it, with the sentence it was read from."""

    subject: str
    relation: str
    object: str
    post: str
    sentence: str


@dataclass
class Records:
    """Posts, entities, who is named where, and every stated relation, keyed by IRI."""

    posts: dict[str, Post]
    entities: dict[str, Entity]
    mentions: dict[str, set[str]]  # post IRI -> entity IRIs it names
    authors: dict[str, set[str]]  # post IRI -> entity IRIs that wrote it
    sentences: dict[tuple[str, str], dict[int, str]]  # (entity, post) -> start -> sentence
    statements: list[Statement]

    @cached_property
    def posts_by_entity(self) -> dict[str, set[str]]:
        """entity IRI -> the posts that name it."""
        out: dict[str, set[str]] = defaultdict(set)
        for post, named in self.mentions.items():
            for entity in named:
                out[entity].add(post)
        return dict(out)

    def posts_of(self, entity: str) -> set[str]:
        """The posts that name ``entity``."""
        return self.posts_by_entity.get(entity, set())


def load(dataset: Dataset) -> Records:
    """Read the records of a whole graph (a few seconds for a corpus of a thousand posts)."""
    posts = {}
    for iri, ident, headline, date in _rows(dataset, POSTS):
        posts[iri] = Post(iri, str(ident), str(headline or ident), str(date) if date else None)

    labels: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, str] = {}
    for iri, cls, label, n in _rows(dataset, ENTITIES):
        types[iri] = _CLASS_BY_IRI[cls]
        labels[iri][str(label)] += int(n)
    entities = {}
    for iri, kind in types.items():
        # The label most posts use; ties go to the alphabetically first, for stable output.
        label = min(labels[iri].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        entities[iri] = Entity(iri, kind, label)
    for iri, alias in _rows(dataset, ALIASES):
        entity = entities.get(iri)
        if entity is not None and alias != entity.label and alias not in entity.aliases:
            entity.aliases.append(str(alias))
    for entity in entities.values():
        entity.aliases.sort(key=str.lower)

    mentions: dict[str, set[str]] = defaultdict(set)
    authors: dict[str, set[str]] = defaultdict(set)
    for post, iri, is_author in _rows(dataset, MENTIONED):
        if iri in entities and post in posts:
            mentions[post].add(iri)
            if str(is_author).lower() == "true":
                authors[post].add(iri)

    sentences: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for iri, post, start, sentence in _rows(dataset, SENTENCES):
        sentences[(iri, post)][int(start)] = str(sentence)

    statements = [
        Statement(s, _RELATION_BY_IRI[p], o, post, str(sentence or ""))
        for s, p, o, post, sentence in _rows(dataset, EVIDENCE)
        if p in _RELATION_BY_IRI and s in entities and o in entities and post in posts
    ]
    statements.sort(key=lambda st: (st.subject, st.relation, st.object, st.post))
    return Records(posts, entities, dict(mentions), dict(authors), dict(sentences), statements)


def _rows(dataset: Dataset, sparql: str) -> list[tuple]:
    """Rows of a SELECT; on Oxigraph asked natively, which skips rdflib's term objects (4x)."""
    inner = getattr(dataset.store, "_inner", None)
    if inner is not None and hasattr(inner, "query"):
        text = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items()) + sparql
        solutions = inner.query(text, use_default_graph_as_union=True)
        return [tuple(None if v is None else v.value for v in row) for row in solutions]
    return select(dataset, sparql)
