"""What the format modules share: opening a target, and attributes a format can hold."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.errors import ExportError

Target = str | Path | IO[bytes]
SEPARATOR = "; "


@contextlib.contextmanager
def opened(target: Target) -> Iterator[IO[bytes]]:
    """A binary file to write: ``target`` itself, or the file at that path (folders made)."""
    if not isinstance(target, str | Path):
        yield target
        return
    path = Path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("wb")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    with handle:
        yield handle


def scalar(value: Any) -> str | int | float | bool | None:
    """A value GraphML and GEXF can hold: lists become joined text, mappings are dropped."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return SEPARATOR.join(str(v) for v in value)
    return None


def scalar_copy(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` with scalar attributes only (see :func:`scalar`)."""
    out = graph.__class__()
    out.graph.update(_scalars(graph.graph))
    out.add_nodes_from((n, _scalars(d)) for n, d in graph.nodes(data=True))
    if graph.is_multigraph():
        out.add_edges_from((u, v, k, _scalars(d)) for u, v, k, d in
                           graph.edges(keys=True, data=True))
    else:
        out.add_edges_from((u, v, _scalars(d)) for u, v, d in graph.edges(data=True))
    return out


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        flat = scalar(value)
        if flat is not None:
            out[key] = flat
    return out
