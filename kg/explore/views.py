"""The views of the graph as one object: :class:`GraphView`, the face of :mod:`kg.explore`.

A view is a filtered networkx graph (made by :mod:`kg.explore.graphs`) with the
records it was made from; its methods reach the analytics, the entity cards, the
paths and the exports. Those modules never import this one, so the package has
no circle: this facade sits on top, and ``kg.api`` above it.
"""

from __future__ import annotations

import html
from dataclasses import asdict
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.explore.filters import Filters
from kg.explore.graphs import VIEWS, make_graph
from kg.explore.records import Records

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.axes import Axes

    from kg.explore.details import EntityCard
    from kg.explore.paths import Explanation

__all__ = ["VIEWS", "GraphView", "make"]


def make(records: Records, view: str = "entity", *, include_posts: bool = False,
         **filters: Any) -> GraphView:
    """A filtered view of the graph; see :class:`~kg.explore.filters.Filters` for filters."""
    chosen = filters.pop("filters", None) or Filters.of(**filters)
    graph = make_graph(records, view, include_posts=include_posts, filters=chosen)
    return GraphView(graph, records, chosen, view, include_posts)


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
        filters = Filters.of(**{**asdict(self.filters), "focus": name, "depth": depth})
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

    def write(self, fmt: str, target: str | Path | IO[bytes] | IO[str] | None = None,
              **options: Any) -> str | bytes | None:
        """Write this view in a visual format (graphml, gexf, cytoscape, node-link, html, ...);
        with no ``target``, return the text (the bytes of a png)."""
        from kg.explore.export import write_graph

        return write_graph(self.graph, self.records, fmt, target, **options)

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
