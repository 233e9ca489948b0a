"""What a build changed in the graph, counted over the posts it touched only.

An entity (by its class) or a relation can appear or go only where a post the build
replaced or removed names it before or after. So the build reads what those posts name
before it writes (:func:`named_in`) and again after, and asks the rest of the store only
about what changed among them: is it named by a post the build did not touch? Counting
the whole store instead, before and after, took a quarter of a second on the devblog,
and grew with the store, for a build that changed one post.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from rdflib import URIRef

from kg.graph.query import run

# ("entity", IRI, class) or ("relation", subject, predicate, object)
Item = tuple[str, ...]
Named = dict[Item, int]  # item -> how many of the touched posts' graphs name it
CHUNK = 2000  # items per query: a full build asks about every entity of the store

_NAMED = """
SELECT ?kind ?a ?b ?c (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{
  {{ ?d ckg:describes ?a ; ckg:entityType ?b . BIND("entity" AS ?kind) }} UNION
  {{ ?r a ckg:RelationEvidence ; rdf:subject ?a ; rdf:predicate ?b ; rdf:object ?c .
     BIND("relation" AS ?kind) }} }} }} GROUP BY ?kind ?a ?b ?c"""
_ENTITY_GRAPHS = """
SELECT ?a ?b (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES (?a ?b) {{ {rows} }}
  GRAPH ?g {{ ?d ckg:describes ?a ; ckg:entityType ?b }} }} GROUP BY ?a ?b"""
_RELATION_GRAPHS = """
SELECT ?a ?b ?c (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES (?a ?b ?c) {{ {rows} }}
  GRAPH ?g {{ ?r rdf:subject ?a ; rdf:predicate ?b ; rdf:object ?c }} }} GROUP BY ?a ?b ?c"""


def named_in(data: Any, graphs: Sequence[URIRef]) -> Named:
    """The entities and relations the posts' graphs name, with how many of them name each."""
    out: Named = {}
    for at in range(0, len(graphs), CHUNK):
        text = _NAMED.format(graphs=" ".join(g.n3() for g in graphs[at:at + CHUNK]))
        for row in run(data, text):
            *item, n = (t for t in row if t is not None)
            key = tuple(str(t) for t in item)
            out[key] = out.get(key, 0) + int(n)
    return out


def change(data: Any, before: Named, graphs: Sequence[URIRef]) -> dict[str, Counter[str]]:
    """The net change, ``{"entity": {class IRI: n}, "relation": {predicate IRI: n}}``, of a
    build that touched ``graphs``; ``before`` is :func:`named_in` of them before it wrote."""
    after = named_in(data, graphs)
    changed = [item for item in {*before, *after} if (item in before) != (item in after)]
    # How many graphs name each changed item now; more than the touched ones that do
    # means an untouched post names it too, and it was there before and is there after.
    everywhere = _graph_counts(data, changed)
    out: dict[str, Counter[str]] = {"entity": Counter(), "relation": Counter()}
    for item in changed:
        if everywhere.get(item, 0) > after.get(item, 0):
            continue
        kind, *ends = item
        out[kind][ends[1]] += 1 if item in after else -1
    return out


def _graph_counts(data: Any, items: Iterable[Item]) -> dict[Item, int]:
    out: dict[Item, int] = {}
    for kind, query in (("entity", _ENTITY_GRAPHS), ("relation", _RELATION_GRAPHS)):
        rows = ["(" + " ".join(URIRef(x).n3() for x in ends) + ")"
                for k, *ends in items if k == kind]
        for at in range(0, len(rows), CHUNK):
            for *ends, n in run(data, query.format(rows=" ".join(rows[at:at + CHUNK]))):
                out[(kind, *(str(x) for x in ends))] = int(n)
    return out
