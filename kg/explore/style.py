"""One palette for every drawing, so a type has the same colour in HTML, PNG and Gephi.

Colours are Okabe-Ito (distinguishable with the common colour-vision deficiencies);
communities cycle through matplotlib's tab20.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

TYPE_COLORS = {
    "Person": "#E69F00",
    "Organization": "#0072B2",
    "Software": "#009E73",
    "Event": "#CC79A7",
    "Place": "#56B4E9",
    "Session": "#D55E00",
    "Post": "#999999",
}
OTHER = "#BBBBBB"
COMMUNITY_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
)


def type_color(kind: str | None) -> str:
    return TYPE_COLORS.get(kind or "", OTHER)


def community_color(number: int | None) -> str:
    """A colour per community; communities past the palette (all small) share grey."""
    if number is None or number >= len(COMMUNITY_COLORS):
        return OTHER
    return COMMUNITY_COLORS[number]


def rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def type_counts(graph: nx.Graph) -> list[tuple[str, int]]:
    """The node types of a view with how many nodes have each, commonest first: a legend."""
    counts: dict[str, int] = {}
    for _, kind in graph.nodes(data="type"):
        counts[kind] = counts.get(kind, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))


def community_hubs(graph: nx.Graph) -> list[tuple[int, str, int]]:
    """``(number, hub, size)`` of the communities with a colour of their own.

    A community is named by its hub, the member with the highest PageRank.
    """
    members: dict[int, list[str]] = {}
    for n, number in graph.nodes(data="community"):
        if number is not None:
            members.setdefault(number, []).append(n)
    return [(number, max(members[number], key=lambda n: graph.nodes[n].get("pagerank", 0.0)),
             len(members[number])) for number in sorted(members)[:len(COMMUNITY_COLORS)]]
