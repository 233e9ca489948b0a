"""Matching system output to gold within one post, as the gold guidelines define it.

Both sides are reduced to :class:`Item` (an entity: its type and normalised
names) and :class:`Link` (a relation between two items), so the scorer never
cares whether a side came from the graph or from a gold file.

Matching is one to one and optimal: a maximum bipartite matching between the
system's and the gold's items. A greedy pass is not enough once an entity has
several names: a system entity "Rackspace Cloud Files" with alias "Cloud
Files" may be taken by a greedy pass for the gold "Cloud Files" that a
second system entity named only "Cloud Files" needed, losing a true positive.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

SYMMETRIC = frozenset({"interactsWith"})

_FOLD = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\u02bc\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d", "-"),
})
_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_TRAILING_S = re.compile(r"'s$")


def normalise(name: str) -> str:
    """The form in which two names are compared: the guidelines' normalisation."""
    s = unicodedata.normalize("NFKC", name.translate(_FOLD)).lower()
    s = _SPACE.sub(" ", s).strip()
    s = _LEADING_THE.sub("", s)
    s = _TRAILING_S.sub("", s).strip()
    return s


def names_of(*names: str) -> frozenset[str]:
    """The normalised forms of a label and its aliases, empty ones left out."""
    return frozenset(n for n in map(normalise, names) if n)


@dataclass(frozen=True)
class Item:
    """An entity of either side: ``key`` tells it apart within its post."""

    key: str
    type: str
    label: str
    names: frozenset[str]


@dataclass(frozen=True)
class Link:
    """A relation of either side between two items."""

    name: str
    subject: Item
    object: Item

    @property
    def identity(self) -> tuple[str, frozenset[str] | tuple[str, str]]:
        """What makes two relations the same one: an unordered pair for symmetric ones."""
        ends = (self.subject.key, self.object.key)
        return self.name, frozenset(ends) if self.name in SYMMETRIC else ends


def entities_match(system: Item, gold: Item) -> bool:
    return system.type == gold.type and not system.names.isdisjoint(gold.names)


def relations_match(system: Link, gold: Link) -> bool:
    """Same relation, both ends named alike whatever their types; symmetric ones either way."""
    if system.name != gold.name:
        return False

    def same(a: Item, b: Item) -> bool:
        return not a.names.isdisjoint(b.names)

    if same(system.subject, gold.subject) and same(system.object, gold.object):
        return True
    return system.name in SYMMETRIC and (same(system.subject, gold.object)
                                         and same(system.object, gold.subject))


def distinct(links: Sequence[Link]) -> list[Link]:
    """Each relation once: ``A interactsWith B`` and ``B interactsWith A`` are one."""
    seen: set[object] = set()
    out = []
    for link in links:
        if link.identity not in seen:
            seen.add(link.identity)
            out.append(link)
    return out


T = TypeVar("T")


def match(system: Sequence[T], gold: Sequence[T],
          compatible: Callable[[T, T], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching: pairs of (system index, gold index), sorted."""
    import networkx as nx  # here, so that ``import kg`` does not load networkx

    graph = nx.Graph()
    left = [("s", i) for i in range(len(system))]
    graph.add_nodes_from(left)
    graph.add_nodes_from(("g", j) for j in range(len(gold)))
    graph.add_edges_from((("s", i), ("g", j))
                         for i, s in enumerate(system)
                         for j, g in enumerate(gold) if compatible(s, g))
    if graph.number_of_edges() == 0:
        return []
    pairs = nx.bipartite.hopcroft_karp_matching(graph, top_nodes=left)
    return sorted((i, pairs[("s", i)][1]) for _, i in left if ("s", i) in pairs)
