"""GEXF, Gephi's own format: scalar attributes plus colour, size and position per node.

Gephi opens the file already drawn: colour by type, size by PageRank (when
the view is annotated) and positions from :mod:`kg.explore.layout`.
"""

from __future__ import annotations

import math

import networkx as nx

from kg.explore import layout, style
from kg.explore.formats.common import Target, opened, scalar_copy

SUFFIX = ".gexf"
SCALE = 50.0  # layout units to Gephi coordinates


def write(graph: nx.Graph, target: Target, *,
          positions: dict[str, tuple[float, float]] | None = None) -> None:
    """Write ``graph`` with ``viz`` colour, size and position on every node."""
    flat = scalar_copy(graph)
    pos = layout.positions(graph) if positions is None else positions
    top = max((d.get("pagerank", 0.0) for _, d in graph.nodes(data=True)), default=0.0) or 1.0
    for node, data in flat.nodes(data=True):
        r, g, b = style.rgb(style.type_color(data.get("type")))
        x, y = pos.get(node, (0.0, 0.0))
        weight = graph.nodes[node].get("pagerank", 0.0) / top
        data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0},
                       "size": round(4.0 + 26.0 * math.sqrt(weight), 2),
                       "position": {"x": round(x * SCALE, 2), "y": round(-y * SCALE, 2),
                                    "z": 0.0}}
    with opened(target) as out:
        nx.write_gexf(flat, out)


def read(source: Target) -> nx.Graph:
    return nx.read_gexf(source)
