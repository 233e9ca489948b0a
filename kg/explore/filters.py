"""Which part of the graph a view shows: by type, event, dates, weight or neighbourhood.

Post filters (``event``, ``since``, ``until``) choose the posts a view counts,
so every weight is the number of posts *in scope*. Graph filters (``types``,
``min_weight``, ``focus``/``depth``) then trim the nodes and edges.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.explore import lookup
from kg.explore.records import ENTITY_TYPES, Records

POST_TYPE = "Post"
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class Filters:
    """The filters of a view; the defaults keep everything."""

    types: tuple[str, ...] = ()  # entity types to keep (posts, if included, always stay)
    event: str | None = None  # only posts that name this event
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None  # same forms, inclusive of the whole year or month
    min_weight: int = 1  # drop edges and entities backed by fewer posts
    focus: str | None = None  # keep only this entity's neighbourhood...
    depth: int = 1  # ...up to this many steps away

    @classmethod
    def of(cls, **options: Any) -> Filters:
        """Filters from keyword options (as the API and CLI pass them); unknown ones fail."""
        names = {f.name for f in fields(cls)}
        unknown = set(options) - names
        if unknown:
            raise KGError(f"unknown filter {', '.join(sorted(unknown))} "
                          f"(filters: {', '.join(sorted(names))})")
        values = {k: v for k, v in options.items() if v is not None}
        if "types" in values:
            values["types"] = normalise_types(values["types"])
        for key in ("min_weight", "depth"):
            if key in values:
                values[key] = int(values[key])
                if values[key] < (1 if key == "min_weight" else 0):
                    raise KGError(f"{key} must be at least {1 if key == 'min_weight' else 0}")
        made = cls(**values)
        made.date_range()  # fail early on a malformed date
        return made

    def describe(self) -> str:
        """The filters that differ from the defaults, as ``name=value`` text."""
        default = Filters()
        parts = [f"{k}={','.join(v) if isinstance(v, tuple) else v}"
                 for k, v in asdict(self).items() if v != getattr(default, k)]
        return " ".join(parts)

    def date_range(self) -> tuple[str | None, str | None]:
        """ISO bounds of the date filter, both inclusive."""
        return (_bound(self.since, end=False) if self.since else None,
                _bound(self.until, end=True) if self.until else None)


def normalise_types(types: str | Iterable[str]) -> tuple[str, ...]:
    """``"person,software"`` or a list of names -> the canonical type names."""
    items = types.split(",") if isinstance(types, str) else list(types)
    allowed = lookup.TYPE_NAMES
    out = []
    for item in items:
        for part in str(item).split(","):
            name = part.strip()
            if not name:
                continue
            if name.lower() not in allowed:
                raise KGError(f"unknown entity type {name!r} "
                              f"(types: {', '.join(ENTITY_TYPES)})")
            out.append(allowed[name.lower()])
    return tuple(dict.fromkeys(out))


def _bound(text: str, *, end: bool) -> str:
    m = _DATE.match(str(text).strip())
    if not m:
        raise KGError(f"bad date {text!r}: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            return date(year, 12 if end else 1, 31 if end else 1).isoformat()
        if day is None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), last if end else 1).isoformat()
        return date(year, int(month), int(day)).isoformat()
    except ValueError as exc:
        raise KGError(f"bad date {text!r}: {exc}") from None


def posts_in_scope(records: Records, filters: Filters) -> set[str]:
    """The posts a view counts: in the date range and, with ``event``, naming the event."""
    low, high = filters.date_range()
    chosen = set()
    for iri, post in records.posts.items():
        if (low or high) and post.date is None:
            continue
        if (low and post.date < low) or (high and post.date > high):  # type: ignore[operator]
            continue
        chosen.add(iri)
    if filters.event:
        event = lookup.find(records, filters.event, types=("Event",))
        chosen &= records.posts_of(event.iri)
    return chosen


def trim(graph: nx.Graph, records: Records, filters: Filters) -> nx.Graph:
    """Apply the graph filters to a view, in place; returns the graph for chaining."""
    keep_focus = lookup.find(records, filters.focus).iri if filters.focus else None
    if keep_focus is not None and keep_focus not in graph:
        raise KGError(f"{filters.focus!r} is not in this view (no post in scope names it)")
    if filters.types:
        graph.remove_nodes_from([n for n, kind in graph.nodes(data="type")
                                 if kind not in (*filters.types, POST_TYPE) and n != keep_focus])
    if filters.min_weight > 1:
        graph.remove_edges_from([(*e[:-1],) for e in _edges(graph)
                                 if e[-1].get("weight", 1) < filters.min_weight])
        graph.remove_nodes_from([n for n, d in graph.nodes(data=True)
                                 if d.get("type") != POST_TYPE and n != keep_focus
                                 and d.get("posts", 0) < filters.min_weight])
    if keep_focus is not None:
        near = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True),
                                                     keep_focus, cutoff=filters.depth)
        graph.remove_nodes_from([n for n in list(graph) if n not in near])
    return graph


def _edges(graph: nx.Graph) -> list[tuple]:
    if graph.is_multigraph():
        return list(graph.edges(keys=True, data=True))
    return list(graph.edges(data=True))
