"""The visual formats of ``kg export``: make a view, filter it, annotate it, write it.

``KnowledgeGraph.export`` hands any format that is not RDF to :func:`write`.
Options are the view's (``view``, ``include_posts``), the filters of
:class:`~kg.explore.filters.Filters`, and the chosen format's own (``title``,
``color_by``, ``labels``, ...).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import fields
from functools import partial
from typing import TYPE_CHECKING, Any

from kg.errors import ExportError
from kg.explore import records as _records
from kg.explore.analytics import annotate
from kg.explore.filters import Filters
from kg.explore.formats import common, cytoscape, gexf, graphml, html, image, nodelink
from kg.explore.views import GraphView, make

if TYPE_CHECKING:
    from rdflib import Dataset

FORMATS: dict[str, Callable[..., None]] = {
    "graphml": graphml.write,
    "gexf": gexf.write,
    "cytoscape": cytoscape.write,
    "node-link": nodelink.write,
    "html": html.write,
    "png": partial(image.write, fmt="png"),
    "svg": partial(image.write, fmt="svg"),
}
SUFFIXES = {"graphml": graphml.SUFFIX, "gexf": gexf.SUFFIX, "cytoscape": cytoscape.SUFFIX,
            "node-link": nodelink.SUFFIX, "html": html.SUFFIX, "png": ".png", "svg": ".svg"}
ALIASES = {"nodelink": "node-link", "d3": "node-link", "cyjs": "cytoscape",
           "cytoscape-json": "cytoscape"}
VIEW_OPTIONS = ("view", "include_posts")
FILTER_OPTIONS = tuple(f.name for f in fields(Filters))


def write(dataset: Dataset, fmt: str, target: common.Target, **options: Any) -> None:
    """Write a filtered view of the graph in ``dataset`` in a visual format."""
    fmt = _format(fmt)
    chosen = {k: options.pop(k) for k in list(options) if k in VIEW_OPTIONS + FILTER_OPTIONS}
    _check(fmt, options)
    view = make(_records.load(dataset), chosen.pop("view", "entity"),
                include_posts=bool(chosen.pop("include_posts", False)), **chosen)
    write_view(view, fmt, target, **options)


def write_view(view: GraphView, fmt: str, target: common.Target, **options: Any) -> None:
    """Write an existing view; every format gets PageRank, degree and community per node."""
    fmt = _format(fmt)
    _check(fmt, options)
    if any("community" not in d for _, d in view.graph.nodes(data=True)):
        annotate(view.graph)
    if fmt == "html":
        options.setdefault("records", view.records)
    FORMATS[fmt](view.graph, target, **options)


def _format(fmt: str) -> str:
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        from kg.graph.export import RDF_FORMATS

        raise ExportError(f"unknown format {fmt!r} (RDF: {', '.join(RDF_FORMATS)}; "
                          f"visual: {', '.join(FORMATS)})")
    return name


def _check(fmt: str, options: dict[str, Any]) -> None:
    """Fail on an option the format does not take, naming the ones it does."""
    params = inspect.signature(FORMATS[fmt]).parameters
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return
    known = [n for n, p in params.items() if p.kind is p.KEYWORD_ONLY and n != "fmt"]
    unknown = sorted(set(options) - set(known) - {"records"})
    if unknown:
        raise ExportError(f"{fmt} export has no option {', '.join(unknown)} (options: "
                          f"{', '.join(known + list(VIEW_OPTIONS + FILTER_OPTIONS))})")
