"""Static PNG or SVG drawings with matplotlib (Agg), readable at corpus size.

Only the most central nodes are labelled, node area follows PageRank, edges
fade as they multiply, and a legend names the colours (types or communities).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import networkx as nx

from kg.explore import layout, style
from kg.explore.formats.common import Target, opened

if TYPE_CHECKING:
    from matplotlib.axes import Axes

SUFFIX = ".png"
FORMATS = ("png", "svg")
COLOR_BY = ("type", "community")
ARROWS = 400  # directed views with at most this many edges get arrowheads


def write(graph: nx.Graph, target: Target, *, fmt: str = "png", labels: int = 25,
          color_by: str = "type", dpi: int = 150, title: str | None = None,
          isolated: bool = False) -> None:
    """Draw ``graph`` and save it as ``fmt`` (png or svg).

    Entities with no link are left out unless ``isolated``: on a whole blog they are
    most nodes, and a grid of them would take most of the picture.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if fmt not in FORMATS:
        raise ValueError(f"image format {fmt!r} is not one of {FORMATS}")
    shown = graph if isolated else linked(graph)
    if title is None:
        alone = len(graph) - len(shown)
        title = _title(graph) + (f"; the {alone} with no link not drawn" if alone else "")
    side = min(24.0, max(9.0, 6.0 + math.sqrt(len(shown)) / 4))
    fig = Figure(figsize=(side, side * 0.8), layout="constrained")
    FigureCanvasAgg(fig)
    draw(shown, ax=fig.add_subplot(), color_by=color_by, labels=labels, title=title)
    with opened(target) as out:
        fig.savefig(out, format=fmt, dpi=dpi, facecolor="white", bbox_inches="tight",
                    metadata={"Software": None} if fmt == "png" else {"Date": None})


def draw(graph: nx.Graph, ax: Axes | None = None, *, color_by: str = "type", labels: int = 20,
         title: str | None = None,
         positions: dict[str, tuple[float, float]] | None = None) -> Axes:
    """Draw on ``ax`` (a new pyplot figure if None), coloured by type or community."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    from kg.explore.analytics import annotate

    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {COLOR_BY}")
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(10, 8), layout="constrained")
    nodes = graph.nodes
    if any("pagerank" not in d or (color_by == "community" and "community" not in d)
           for _, d in nodes(data=True)):
        graph = graph.copy()
        annotate(graph, with_communities=color_by == "community")
        nodes = graph.nodes
    screen = layout.positions(graph) if positions is None else positions
    pos = {n: (x, -y) for n, (x, y) in screen.items()}  # layout y grows downwards
    order = sorted(graph, key=lambda n: nodes[n].get("pagerank", 0.0))  # big ones on top
    top = max((nodes[n].get("pagerank", 0.0) for n in graph), default=0.0) or 1.0

    biggest = min(350.0, max(60.0, 12000.0 / max(len(graph), 1)))
    size = {n: 6 + biggest * math.sqrt(nodes[n].get("pagerank", 0.0) / top) for n in graph}
    segments = [(pos[u], pos[v]) for u, v in graph.edges() if u != v]
    if graph.is_directed() and 0 < len(segments) <= ARROWS:
        # Few enough to show which way each relation reads.
        nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#777777", width=0.7, alpha=0.8,
                               arrows=True, arrowsize=9, node_size=[size[n] for n in graph])
    elif segments:
        alpha = max(0.04, min(0.5, 25.0 / math.sqrt(len(segments))))
        ax.add_collection(LineCollection(segments, colors="#555555", linewidths=0.5,
                                         alpha=alpha, zorder=1))

    def colour(n: str) -> str:
        if color_by == "community":
            return style.community_color(nodes[n].get("community"))
        return style.type_color(nodes[n].get("type"))

    ax.scatter([pos[n][0] for n in order], [pos[n][1] for n in order], s=[size[n] for n in order],
               c=[colour(n) for n in order], edgecolors="white", linewidths=0.4, zorder=2)

    ax.set_aspect("equal")
    ax.autoscale_view()
    ax.margins(0.03)
    named = sorted(graph, key=lambda n: -nodes[n].get("pagerank", 0.0))[:labels]
    texts = []
    for rank, n in enumerate(named):
        texts.append(ax.annotate(
            _short(str(nodes[n].get("label", n)), 40), pos[n], fontsize=10 if rank < 5 else 8,
            ha="center", va="bottom", xytext=(0, math.sqrt(size[n]) / 2 + 1),
            textcoords="offset points", zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7}))

    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=c,
                      markeredgecolor="white", label=text) for text, c in _legend(graph, color_by)]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
                  title="community" if color_by == "community" else "type")
    ax.set_title(title or _title(graph), loc="left", fontsize=11)
    ax.set_axis_off()
    _declutter(ax, texts)
    return ax


def linked(graph: nx.Graph) -> nx.Graph:
    """``graph`` without its isolated nodes (all of it when nothing is linked)."""
    alone = [n for n in graph if not any(m != n for m in nx.all_neighbors(graph, n))]
    if len(alone) == len(graph) or not alone:
        return graph
    out = graph.copy()
    out.remove_nodes_from(alone)
    return out


def _declutter(ax: Axes, texts: list) -> None:
    """Hide labels that would overlap a more important one (they come in rank order)."""
    ax.figure.draw_without_rendering()  # lays out legend and aspect: final label places
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    kept = []
    for text in texts:
        box = text.get_window_extent(renderer).expanded(1.05, 1.1)
        if any(box.overlaps(other) for other in kept):
            text.set_visible(False)
        else:
            kept.append(box)


def _legend(graph: nx.Graph, color_by: str) -> list[tuple[str, str]]:
    if color_by == "type":
        return [(f"{kind} ({n})", style.type_color(kind)) for kind, n in style.type_counts(graph)]
    return [(f"{_short(str(graph.nodes[hub].get('label', hub)), 32)} ({size})",
             style.community_color(number)) for number, hub, size in style.community_hubs(graph)]


def _title(graph: nx.Graph) -> str:
    view = graph.graph.get("view", "graph")
    filters = graph.graph.get("filters", "")
    what = f"{view} view: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    return f"{what}  ({filters})" if filters else what


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"
