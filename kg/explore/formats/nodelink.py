"""Node-link JSON, the shape D3's force layouts read: ``{"nodes": [...], "links": [...]}``."""

from __future__ import annotations

import json
from typing import IO, Any

import networkx as nx

from kg.explore.formats.common import Target, opened

SUFFIX = ".json"


def data(graph: nx.Graph) -> dict[str, Any]:
    """The JSON object: every attribute kept, evidence sentences included."""
    return nx.node_link_data(graph, edges="links")


def write(graph: nx.Graph, target: Target, *, indent: int | None = None) -> None:
    with opened(target) as out:
        out.write(json.dumps(data(graph), ensure_ascii=False, indent=indent).encode("utf-8"))


def read(source: Target | IO[bytes]) -> nx.Graph:
    return nx.node_link_graph(_load(source), edges="links")


def _load(source: Target | IO[bytes]) -> Any:
    if hasattr(source, "read"):
        return json.loads(source.read())  # type: ignore[union-attr]
    with open(source, "rb") as handle:  # type: ignore[arg-type]
        return json.load(handle)
