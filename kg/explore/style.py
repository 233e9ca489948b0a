"""One palette for every drawing, so a type has the same colour in HTML, PNG and Gephi.

Colours are Okabe-Ito (distinguishable with the common colour-vision deficiencies);
communities cycle through matplotlib's tab20.
"""

from __future__ import annotations

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
