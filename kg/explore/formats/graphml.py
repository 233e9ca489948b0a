"""GraphML, for Gephi, yEd and Cytoscape desktop: attributes flattened to scalars."""

from __future__ import annotations

import networkx as nx

from kg.explore.formats.common import Target, opened, scalar_copy

SUFFIX = ".graphml"


def write(graph: nx.Graph, target: Target) -> None:
    """Write ``graph``; lists (aliases, post ids) become ``; ``-joined text.

    networkx takes a multigraph's edge key for the GraphML edge id, and a key is the
    relation's name, shared by many edges: edges are numbered instead (``e0``, ``e1``,
    ...), their relation kept as an attribute.
    """
    flat = scalar_copy(graph)
    if flat.is_multigraph():
        numbered = flat.__class__()
        numbered.graph.update(flat.graph)
        numbered.add_nodes_from(flat.nodes(data=True))
        numbered.add_edges_from((u, v, f"e{i}", d)
                                for i, (u, v, d) in enumerate(flat.edges(data=True)))
        flat = numbered
    with opened(target) as out:
        nx.write_graphml(flat, out)


def read(source: Target) -> nx.Graph:
    return nx.read_graphml(source)
