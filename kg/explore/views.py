"""The graph as networkx sees it: the entity view and the co-mention view.

- ``entity``: a MultiDiGraph whose edges are the extracted relations (one edge
  per relation type and direction), weighted by the posts that state them.
- ``comention``: a Graph linking entities named in the same post, weighted by
  the number of such posts.

In both, a node is an entity IRI with ``label``, ``type``, ``aliases``,
``posts`` (how many posts in scope name it) and ``post_ids``; with
``include_posts`` the posts are nodes too (type ``Post``), linked to what they
name by ``mentions`` or ``author`` edges.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from kg.errors import KGError
from kg.explore.filters import POST_TYPE, Filters, posts_in_scope, trim
from kg.explore.records import Records
from kg.graph.contract import RELATION_PREDICATE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from kg.explore.details import EntityCard
    from kg.explore.paths import Explanation

VIEWS = {
    "entity": "extracted relations between entities",
    "comention": "entities named in the same posts",
}


def make(records: Records, view: str = "entity", *, include_posts: bool = False,
         **filters: Any) -> GraphView:
    """A filtered view of the graph; see :class:`~kg.explore.filters.Filters` for filters."""
    chosen = filters.pop("filters", None) or Filters.of(**filters)
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
    return GraphView(graph, records, chosen, view, include_posts)


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
        graph.add_edge(s, o, key=relation, relation=relation,
                       predicate=str(RELATION_PREDICATE[relation]), weight=len(evidence),
                       post_ids=sorted(evidence), evidence=evidence)
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


class GraphView:
    """A filtered networkx graph and what it was made from; shows itself in a notebook."""

    def __init__(self, graph: nx.Graph, records: Records, filters: Filters, view: str,
                 include_posts: bool = False) -> None:
        self.graph = graph
        self.records = records
        self.filters = filters
        self.view = view
        self.include_posts = include_posts

    def top(self, n: int = 10, by: str = "pagerank") -> pd.DataFrame:
        """The ``n`` most central entities (see :func:`kg.explore.analytics.centrality`)."""
        from kg.explore.analytics import centrality, rank_by

        return rank_by(centrality(self.graph), by).head(n).reset_index(drop=True)

    def communities(self, *, seed: int | None = None, resolution: float = 1.0,
                    min_size: int = 1, members: int = 8) -> pd.DataFrame:
        """Louvain communities, largest first, with their most central members."""
        from kg.explore.analytics import SEED, communities, community_table

        parts = communities(self.graph, seed=SEED if seed is None else seed,
                            resolution=resolution)
        return community_table(self.graph, parts, members=members, min_size=min_size)

    def neighbourhood(self, name: str, depth: int = 1) -> GraphView:
        """The part of this view within ``depth`` steps of one entity."""
        filters = Filters.of(**{**_as_options(self.filters), "focus": name, "depth": depth})
        return make(self.records, self.view, include_posts=self.include_posts, filters=filters)

    def path(self, source: str, target: str, *, relations_only: bool = False,
             max_posts: int = 3) -> Explanation:
        """The shortest chain of relations or shared posts from one entity to another."""
        from kg.explore.paths import explain

        return explain(self.records, source, target, relations_only=relations_only,
                       filters=self.filters, max_posts=max_posts)

    def entity(self, name: str) -> EntityCard:
        """What the graph knows of one entity, with the posts behind it."""
        from kg.explore.details import card

        return card(self.records, name, self.graph)

    def write(self, fmt: str, target: str | Path | IO[bytes], **options: Any) -> None:
        """Write this view in a visual format (graphml, gexf, cytoscape, node-link, html, ...)."""
        from kg.explore.export import write_view

        write_view(self, fmt, target, **options)

    def to_html(self, **options: Any) -> str:
        """The interactive page of this view as text (what ``write("html", ...)`` writes)."""
        from kg.explore.formats import html as page

        return page.render(self.graph, records=self.records, **options)

    def draw(self, ax: Axes | None = None, *, color_by: str = "type", labels: int = 20) -> Axes:
        """A static drawing on a matplotlib axis, coloured by type or by community."""
        from kg.explore.formats.image import draw

        return draw(self.graph, ax=ax, color_by=color_by, labels=labels)

    def _repr_html_(self) -> str:
        page = self.to_html(height="600px")
        return (f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;'
                f'height:620px;border:1px solid #ddd" sandbox="allow-scripts"></iframe>')

    def __repr__(self) -> str:
        what = self.graph.graph.get("filters", "")
        return (f"<GraphView {self.view}: {self.graph.number_of_nodes()} nodes, "
                f"{self.graph.number_of_edges()} edges{' ' + what if what else ''}>")


def _described(records: Records, filters: Filters) -> str:
    """The filters as text, with entities by label even when given by alias or IRI."""
    from kg.explore import lookup

    shown = filters
    if filters.focus:
        shown = replace(shown, focus=lookup.find(records, filters.focus).label)
    if filters.event:
        shown = replace(shown, event=lookup.find(records, filters.event, ("Event",)).label)
    return shown.describe()


def _as_options(filters: Filters) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(filters)
