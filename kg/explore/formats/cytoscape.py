"""Cytoscape.js JSON: ``{"elements": {"nodes": [...], "edges": [...]}}`` with positions.

Each node carries a ``position`` from :mod:`kg.explore.layout`, so Cytoscape.js
can show the graph at once with its ``preset`` layout.
"""

from __future__ import annotations

import json
from typing import IO, Any

import networkx as nx

from kg.explore import layout
from kg.explore.formats.common import Target, opened
from kg.explore.formats.nodelink import _load

SUFFIX = ".cyjs"
SCALE = 60.0  # layout units to Cytoscape.js pixels


def data(graph: nx.Graph, *, positions: dict[str, tuple[float, float]] | None = None,
         ) -> dict[str, Any]:
    """The JSON object (networkx's ``cytoscape_data`` plus positions and edge ids)."""
    out = nx.cytoscape_data(graph, name="label")
    pos = layout.positions(graph) if positions is None else positions
    for element in out["elements"]["nodes"]:
        x, y = pos.get(element["data"]["value"], (0.0, 0.0))
        element["position"] = {"x": round(x * SCALE, 1), "y": round(y * SCALE, 1)}
    for number, element in enumerate(out["elements"]["edges"]):
        element["data"]["id"] = f"e{number}"
    return out


def write(graph: nx.Graph, target: Target, *, indent: int | None = None,
          positions: dict[str, tuple[float, float]] | None = None) -> None:
    with opened(target) as out:
        text = json.dumps(data(graph, positions=positions), ensure_ascii=False, indent=indent)
        out.write(text.encode("utf-8"))


def read(source: Target | IO[bytes]) -> nx.Graph:
    return nx.cytoscape_graph(_load(source), name="label")
