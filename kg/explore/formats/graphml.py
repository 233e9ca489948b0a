"""GraphML, for Gephi, yEd and Cytoscape desktop: attributes flattened to scalars."""

from __future__ import annotations

import networkx as nx

from kg.explore.formats.common import Target, opened, scalar_copy

SUFFIX = ".graphml"


def write(graph: nx.Graph, target: Target) -> None:
    """Write ``graph``; lists (aliases, post ids) become ``; ``-joined text."""
    with opened(target) as out:
        nx.write_graphml(scalar_copy(graph), out)


def read(source: Target) -> nx.Graph:
    return nx.read_graphml(source)
