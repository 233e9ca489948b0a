"""Every output format of ``kg export``, RDF and visual, in one registry with one alias table.

``KnowledgeGraph.export`` and the CLI both go through :func:`write`, so the
choice between an RDF serialization (:mod:`kg.graph.export`) and a drawing of a
view (one module per format in :mod:`kg.explore.formats`) is made here only.
A visual format takes the view's options (``view``, ``include_posts``), the
filters of :class:`~kg.explore.filters.Filters`, and its own (``title``,
``color_by``, ``labels``, ...); an RDF format takes none.
"""

from __future__ import annotations

import inspect
import io
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import partial
from typing import IO, TYPE_CHECKING, Any

from kg.errors import UnknownFormat
from kg.explore import records as _records
from kg.explore.analytics import annotate
from kg.explore.filters import Filters
from kg.explore.formats import common, cytoscape, gexf, graphml, html, image, nodelink
from kg.explore.graphs import make_graph
from kg.graph import export as rdf

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset, Graph

    from kg.explore.records import Records


@dataclass(frozen=True)
class Format:
    """One output format: ``rdf`` writes the dataset, ``visual`` draws a view of it."""

    name: str
    kind: str
    suffix: str
    write: Callable[..., None]
    aliases: tuple[str, ...] = ()


def _rdf(name: str, *aliases: str) -> Format:
    return Format(name, "rdf", rdf.RDF_FORMATS[name][2], partial(rdf.write, fmt=name), aliases)


FORMATS: dict[str, Format] = {f.name: f for f in (
    _rdf("turtle", "ttl"),
    _rdf("trig"),
    _rdf("nquads", "nq"),
    _rdf("ntriples", "nt"),
    _rdf("json-ld", "jsonld"),
    Format("graphml", "visual", graphml.SUFFIX, graphml.write),
    Format("gexf", "visual", gexf.SUFFIX, gexf.write),
    Format("cytoscape", "visual", cytoscape.SUFFIX, cytoscape.write, ("cyjs", "cytoscape-json")),
    Format("node-link", "visual", nodelink.SUFFIX, nodelink.write, ("nodelink", "d3")),
    Format("html", "visual", html.SUFFIX, html.write),
    Format("png", "visual", ".png", partial(image.write, fmt="png")),
    Format("svg", "visual", ".svg", partial(image.write, fmt="svg")),
)}
# The one alias table: every name a user may type -> the format's name.
ALIASES = {alias: f.name for f in FORMATS.values() for alias in f.aliases}
VIEW_OPTIONS = ("view", "include_posts")
FILTER_OPTIONS = tuple(f.name for f in fields(Filters))


def find(fmt: str) -> Format:
    """The format called ``fmt`` (any case, or an alias)."""
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r} (RDF: {', '.join(_names('rdf'))}; "
                          f"visual: {', '.join(_names('visual'))})")
    return FORMATS[name]


def write(dataset: Dataset, fmt: str, target: common.Target | IO[str] | None = None,
          **options: Any) -> str | bytes | None:
    """Write the graph in ``dataset`` in any format; visual ones draw a filtered view.

    ``target`` is a path, a binary or a text file; with none, the text (or the bytes of
    a png) is returned.
    """
    chosen = find(fmt)
    if chosen.kind == "rdf":
        if options:
            raise UnknownFormat("view, filter and drawing options apply to the visual formats "
                                f"only ({', '.join(_names('visual'))})")
        return _deliver(chosen, target, lambda out: chosen.write(dataset, target=out))
    picked = {k: options.pop(k) for k in list(options) if k in VIEW_OPTIONS + FILTER_OPTIONS}
    _check(chosen, options)
    records = _records.load(dataset)
    graph = make_graph(records, picked.pop("view", "entity"),
                       include_posts=bool(picked.pop("include_posts", False)),
                       filters=Filters.of(**picked))
    return write_graph(graph, records, chosen.name, target, **options)


def write_graph(graph: nx.Graph, records: Records | None, fmt: str,
                target: common.Target | IO[str] | None = None, **options: Any
                ) -> str | bytes | None:
    """Draw a view's graph in a visual format, with PageRank, degree and community per node."""
    chosen = find(fmt)
    if chosen.kind != "visual":
        raise UnknownFormat(f"{chosen.name} is an RDF format: it writes the whole graph, "
                            "not a view")
    _check(chosen, options)
    if any("community" not in d for _, d in graph.nodes(data=True)):
        annotate(graph)
    if chosen.name == "html":
        options.setdefault("records", records)
    return _deliver(chosen, target, lambda out: chosen.write(graph, out, **options))


def graph_text(graph: Graph, fmt: str = "turtle") -> str:
    """A graph of triples (a CONSTRUCT or DESCRIBE answer) in a triple format."""
    name = ALIASES.get(fmt.lower(), fmt.lower())
    triples = [n for n, f in FORMATS.items() if f.kind == "rdf" and not rdf.RDF_FORMATS[n][1]]
    if name not in [*triples, "json-ld"]:
        raise UnknownFormat(f"a CONSTRUCT or DESCRIBE answer is RDF: choose "
                            f"{', '.join(triples)} or json-ld, not {fmt}")
    return graph.serialize(format=rdf.RDF_FORMATS[name][0])


def _deliver(chosen: Format, target: common.Target | IO[str] | None,
             write: Callable[[common.Target], None]) -> str | bytes | None:
    """Write to ``target``; to a text file or to nobody (the text is returned), via bytes."""
    if target is not None and not isinstance(target, io.TextIOBase):
        write(target)  # type: ignore[arg-type]
        return None
    buffer = io.BytesIO()
    write(buffer)
    if chosen.name == "png":
        if target is None:
            return buffer.getvalue()
        raise UnknownFormat("png is binary: write it to a path or a binary file")
    text = buffer.getvalue().decode("utf-8")
    if target is None:
        return text
    target.write(text)
    return None


def _names(kind: str) -> list[str]:
    return [name for name, f in FORMATS.items() if f.kind == kind]


def _check(chosen: Format, options: dict[str, Any]) -> None:
    """Fail on an option the format does not take, naming the ones it does."""
    params = inspect.signature(chosen.write).parameters
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return
    known = [n for n, p in params.items() if p.kind is p.KEYWORD_ONLY and n != "fmt"]
    unknown = sorted(set(options) - set(known) - {"records"})
    if unknown:
        raise UnknownFormat(f"{chosen.name} export has no option {', '.join(unknown)} (options: "
                          f"{', '.join(known + list(VIEW_OPTIONS + FILTER_OPTIONS))})")
