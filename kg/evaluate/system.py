"""The system side: what a built graph says about each post, read through the graph contract.

Only SPARQL on the shape that :mod:`kg.graph.contract` documents is used, so
the scores measure what a user of the graph gets, not an internal structure.
Within a post's named graph: the post is the ``schema:BlogPosting`` with a
``schema:identifier``; its entities are the ``ckg:Description`` nodes of its
``schema:mentions`` targets, with a class of ``TYPE_CLASS`` (``ckg:entityType``),
a ``ckg:name`` and ``ckg:alias`` aliases; its relations are the triples between
two of them whose predicate is in ``RELATION_PREDICATE``. Names are read from
the post's own descriptions, not from the entity's labels in the default
graph, because an entity IRI is shared by every post that names the thing, and
each post gives it the aliases it saw.

:func:`write_post` is the other direction, for anything that is not the
extractor (the gold itself, the baseline): it writes through the contract's
own ``post_triples``, so both directions use the one definition of the shape.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.evaluate.gold import GoldEntity
from kg.evaluate.match import Item, Link, names_of
from kg.graph.contract import (
    CLASS_TYPE,
    PREDICATE_RELATION,
    RELATION_PREDICATE,
    TYPE_CLASS,
    post_iri,
    post_triples,
)
from kg.graph.query import select

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.graph.store import GraphStore


@dataclass
class PostOutput:
    """The entities and relations that the graph holds for one post."""

    identifier: str
    entities: list[Item] = field(default_factory=list)
    relations: list[Link] = field(default_factory=list)


def _values(terms: Iterable[object]) -> str:
    return " ".join(f"<{t}>" for t in terms)


POSTS_QUERY = """
SELECT ?id WHERE { GRAPH ?post { ?post a schema:BlogPosting ; schema:identifier ?id } }"""

ENTITIES_QUERY = f"""
SELECT ?id ?e ?class ?label WHERE {{
  GRAPH ?post {{
    ?post a schema:BlogPosting ; schema:identifier ?id ; schema:mentions ?e .
    ?d ckg:describes ?e ; ckg:entityType ?class ; ckg:name ?label .
  }}
  VALUES ?class {{ {_values(TYPE_CLASS.values())} }}
}}"""

ALIASES_QUERY = """
SELECT ?id ?e ?alias WHERE {
  GRAPH ?post {
    ?post a schema:BlogPosting ; schema:identifier ?id ; schema:mentions ?e .
    ?d ckg:describes ?e ; ckg:alias ?alias .
  }
}"""

RELATIONS_QUERY = f"""
SELECT ?id ?s ?p ?o WHERE {{
  GRAPH ?post {{
    ?post a schema:BlogPosting ; schema:identifier ?id ; schema:mentions ?s, ?o .
    ?s ?p ?o .
  }}
  VALUES ?p {{ {_values(RELATION_PREDICATE.values())} }}
}}"""


def read_outputs(dataset: Dataset) -> dict[str, PostOutput]:
    """Every post of the graph, by identifier, with its entities and relations."""
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    types: dict[tuple[str, str], str] = {}
    for ident, e, cls, label in _rows(dataset, ENTITIES_QUERY):
        key = (str(ident), str(e))
        types[key] = CLASS_TYPE[_uri(cls)]
        labels[key].append(str(label))
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ident, e, alias in _rows(dataset, ALIASES_QUERY):
        aliases[(str(ident), str(e))].append(str(alias))

    outputs = {str(ident): PostOutput(str(ident)) for (ident,) in _rows(dataset, POSTS_QUERY)}
    items: dict[tuple[str, str], Item] = {}
    for (ident, e), kind in sorted(types.items()):
        # Two labels only where two names minted one IRI; either may be the one shown.
        shown = sorted(set(labels[(ident, e)]))
        item = Item(e, kind, shown[0], names_of(*shown, *aliases[(ident, e)]))
        items[(ident, e)] = item
        outputs[ident].entities.append(item)
    for ident, s, p, o in sorted(_rows(dataset, RELATIONS_QUERY)):
        subject, obj = items.get((str(ident), str(s))), items.get((str(ident), str(o)))
        if subject is None or obj is None:  # an end the post mentions with no entity class
            continue
        outputs[str(ident)].relations.append(Link(PREDICATE_RELATION[_uri(p)], subject, obj))
    return outputs


def _rows(dataset: Dataset, sparql: str) -> list[tuple[object, ...]]:
    return select(dataset, sparql)


def _uri(value: object) -> object:
    from rdflib import URIRef

    return URIRef(str(value))


# --- writing --------------------------------------------------------------------------------

# An entity to write has the gold's shape (``id`` is how relations refer to it), so gold
# can be written as output and scored against itself.
OutEntity = GoldEntity


def write_post(store: GraphStore, post: object, entities: Sequence[OutEntity],
               relations: Sequence[tuple[str, str, str]] = ()) -> None:
    """Put one post's entities and relations in the store, in the contract's shape.

    ``post`` has the fields of a :class:`kg.ingest.Post` the contract writes;
    ``relations`` are ``(subject ref, relation, object ref)``.
    """
    from kg.nlp.extraction import Entity, Extraction, Relation

    keys = {e.id: f"{e.type}:{e.name}" for e in entities}
    extraction = Extraction(
        identifier=post.identifier,  # type: ignore[attr-defined]
        entities=[Entity(keys[e.id], e.type, e.name, list(e.aliases)) for e in entities],
        relations=[Relation(name, keys[subject], keys[obj], "", 0, 0)
                   for subject, name, obj in relations],
    )
    iri = post_iri(post.identifier)  # type: ignore[attr-defined]
    store.replace(iri, post_triples(post, extraction), ())
