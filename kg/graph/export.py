"""RDF exports by rdflib serializer plugin name: what users load into other RDF tools.

Formats that hold named graphs (TriG, N-Quads, JSON-LD) keep each post's
graph; the triple formats (Turtle, N-Triples) write the union. Names here are
the canonical ones; the aliases users may type are resolved, for RDF and visual
formats alike, by the one registry in :mod:`kg.explore.export`.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph

from kg.errors import ExportError
from kg.graph.vocab import PREFIXES

# format name -> (rdflib serializer plugin, keeps named graphs, file suffix)
RDF_FORMATS = {
    "turtle": ("turtle", False, ".ttl"),
    "trig": ("trig", True, ".trig"),
    "nquads": ("nquads", True, ".nq"),
    "ntriples": ("nt", False, ".nt"),
    "json-ld": ("json-ld", True, ".jsonld"),
}


def write(dataset: Dataset, fmt: str, target: str | Path | IO[bytes]) -> None:
    """Serialize the graph in ``fmt`` (a name of ``RDF_FORMATS``) to a path or a binary file."""
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r} (choose from {', '.join(RDF_FORMATS)})")
    plugin, quads, _ = RDF_FORMATS[fmt]
    source: Graph | Dataset = dataset if quads else _union(dataset)
    try:
        if isinstance(target, str | Path):
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            source.serialize(destination=str(target), format=plugin, encoding="utf-8")
        else:
            target.write(source.serialize(format=plugin, encoding="utf-8"))
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None


def _union(dataset: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
