"""The graphs behind the views, as networkx sees them: the entity and the co-mention graph.

- ``entity``: a MultiDiGraph whose edges are the extracted relations (one edge
  per relation type and direction), weighted by the posts that state them.
- ``comention``: a Graph linking entities named in the same post, weighted by
  the number of such posts.

In both, a node is an entity IRI with ``label``, ``type``, ``aliases``,
``posts`` (how many posts in scope name it) and ``post_ids``; with
``include_posts`` the posts are nodes too (type ``Post``), linked to what they
name by ``mentions`` or ``author`` edges. An edge of the entity view also holds
``evidence`` (post id -> the sentences that state it) and ``sentence``, the first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from itertools import combinations

import networkx as nx

from kg.errors import KGError
from kg.explore import lookup
from kg.explore.filters import POST_TYPE, Filters, posts_in_scope, trim
from kg.explore.records import Records
from kg.graph.contract import RELATION_PREDICATE

VIEWS = {
    "entity": "extracted relations between entities",
    "comention": "entities named in the same posts",
}


def make_graph(records: Records, view: str = "entity", *, include_posts: bool = False,
               filters: Filters | None = None) -> nx.Graph:
    """The networkx graph of a filtered view (see :class:`~kg.explore.filters.Filters`)."""
    chosen = filters or Filters()
    if view not in VIEWS:
        raise KGError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    scope = posts_in_scope(records, chosen)
    build = entity_graph if view == "entity" else comention_graph
    graph = build(records, scope, include_posts=include_posts)
    trim(graph, records, chosen)
    graph.graph.update(view=view, filters=_described(records, chosen))
    in_view = {p for ids in (d.get("post_ids", ()) for _, d in graph.nodes(data=True))
               for p in ids}
    graph.graph["posts"] = {
        post.identifier: {"headline": post.headline, "date": post.date, "iri": post.iri}
        for post in sorted(records.posts.values(), key=lambda p: p.identifier)
        if post.identifier in in_view
    }
    return graph


def entity_graph(records: Records, scope: set[str], *, include_posts: bool = False,
                 ) -> nx.MultiDiGraph:
    """Entities named in ``scope`` linked by the relations those posts state."""
    graph = nx.MultiDiGraph()
    _add_entities(graph, records, scope)
    stated: dict[tuple[str, str, str], dict[str, list[str]]] = defaultdict(dict)
    for st in records.statements:
        if st.post in scope:
            sentences = stated[(st.subject, st.relation, st.object)].setdefault(
                records.posts[st.post].identifier, [])
            if st.sentence and st.sentence not in sentences:
                sentences.append(st.sentence)
    for (s, relation, o), evidence in sorted(stated.items()):
        # ``sentence``: the first sentence that states it, as text every format can hold.
        first = next((said for ident in sorted(evidence) for said in evidence[ident]), "")
        graph.add_edge(s, o, key=relation, relation=relation,
                       predicate=str(RELATION_PREDICATE[relation]), weight=len(evidence),
                       post_ids=sorted(evidence), evidence=evidence, sentence=first)
    if include_posts:
        _add_posts(graph, records, scope)
    return graph


def comention_graph(records: Records, scope: set[str], *, include_posts: bool = False,
                    ) -> nx.Graph:
    """Entities linked when the same post names both, weighted by the number of posts."""
    graph = nx.Graph()
    _add_entities(graph, records, scope)
    together: dict[tuple[str, str], list[str]] = defaultdict(list)
    for post in sorted(scope):
        ident = records.posts[post].identifier
        for pair in combinations(sorted(records.mentions.get(post, ())), 2):
            together[pair].append(ident)
    for (a, b), idents in sorted(together.items()):
        graph.add_edge(a, b, relation="comention", weight=len(idents), post_ids=sorted(idents))
    if include_posts:
        _add_posts(graph, records, scope)
    return graph


def _add_entities(graph: nx.Graph, records: Records, scope: set[str]) -> None:
    named: dict[str, list[str]] = defaultdict(list)
    for post in scope:
        for entity in records.mentions.get(post, ()):
            named[entity].append(records.posts[post].identifier)
    for iri in sorted(named):
        e = records.entities[iri]
        graph.add_node(iri, label=e.label, type=e.type, aliases=list(e.aliases),
                       posts=len(named[iri]), post_ids=sorted(named[iri]))


def _add_posts(graph: nx.Graph, records: Records, scope: set[str]) -> None:
    for iri in sorted(scope):
        post = records.posts[iri]
        graph.add_node(iri, label=post.headline, type=POST_TYPE, aliases=[], posts=1,
                       post_ids=[post.identifier], date=post.date or "",
                       identifier=post.identifier)
        authors = records.authors.get(iri, set())
        for entity in sorted(records.mentions.get(iri, ())):
            relation = "author" if entity in authors else "mentions"
            attrs = {"relation": relation, "weight": 1, "post_ids": [post.identifier]}
            if graph.is_multigraph():
                graph.add_edge(iri, entity, key=relation, **attrs)
            else:
                graph.add_edge(iri, entity, **attrs)


def _described(records: Records, filters: Filters) -> str:
    """The filters as text, with entities by label even when given by alias or IRI."""
    shown = filters
    if filters.focus:
        shown = replace(shown, focus=lookup.find(records, filters.focus).label)
    if filters.event:
        shown = replace(shown, event=lookup.find(records, filters.event, ("Event",)).label)
    return shown.describe()
