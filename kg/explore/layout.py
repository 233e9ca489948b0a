"""Node positions computed once in Python, so a browser or matplotlib draws without simulating.

Each connected component is laid out on its own (force-directed) and the
components are packed in rows, largest first, with the isolated entities in a
grid after them, sorted by type. Positions are in layout units: a component
of ``n`` nodes takes about ``2.5 sqrt(n)`` units on each side. As on a screen,
``y`` grows downwards: the largest components come first, at the top.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import networkx as nx

from kg.explore.analytics import simple

if TYPE_CHECKING:
    import numpy as np

SEED = 7
SMALL = 400  # components up to this size use networkx's dense spring layout
GAP = 1.0
EXACT = 1500  # above this many nodes, repulsion is estimated from a sample...
SAMPLE = 400  # ...of this many nodes per iteration


def positions(graph: nx.Graph, *, seed: int = SEED, iterations: int = 60,
              ) -> dict[str, tuple[float, float]]:
    """``node -> (x, y)`` for every node of ``graph``; the same graph gives the same layout."""
    g = simple(graph)
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(g)),
                   key=lambda c: (-len(c), str(c[0])))
    boxes: list[tuple[float, dict[str, tuple[float, float]]]] = []
    alone = [c[0] for c in parts if len(c) == 1]
    for part in parts:
        if len(part) > 1:
            boxes.append(_component(g.subgraph(part), seed, iterations))
    if alone:
        alone.sort(key=lambda n: (str(g.nodes[n].get("type", "")),
                                  str(g.nodes[n].get("label", n)).lower()))
        boxes.append(_grid(alone))
    return _pack(boxes)


def _component(g: nx.Graph, seed: int, iterations: int,
               ) -> tuple[float, dict[str, tuple[float, float]]]:
    """Positions of one component inside a square of side ``~sqrt(n)``, from the origin."""
    n = len(g)
    side = max(math.sqrt(n) * 2.5, 1.0)
    if n == 2:
        a, b = list(g)
        return side, {a: (0.0, side / 2), b: (side, side / 2)}
    h = nx.Graph()
    h.add_nodes_from(g)
    # Heavily shared links would pull their ends on top of each other: soften by log.
    h.add_weighted_edges_from((u, v, 1.0 + math.log(w)) for u, v, w in g.edges(data="weight",
                                                                                   default=1))
    if n <= SMALL:
        raw = nx.spring_layout(h, seed=seed, iterations=iterations, weight="weight")
        coords = {k: (float(v[0]), float(v[1])) for k, v in raw.items()}
    else:
        coords = _force_layout(h, seed, iterations)
    return side, _fit(coords, side)


def _fit(coords: dict[str, tuple[float, float]], side: float) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in coords.values()]
    ys = [p[1] for p in coords.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {k: ((x - min(xs)) / span * side, (y - min(ys)) / span * side)
            for k, (x, y) in coords.items()}


def _grid(nodes: list[str], spacing: float = 0.7) -> tuple[float, dict[str, tuple[float, float]]]:
    cols = max(1, math.ceil(math.sqrt(len(nodes))))
    return (cols - 1) * spacing, {n: (i % cols * spacing, i // cols * spacing)
                                  for i, n in enumerate(nodes)}


def _pack(boxes: list[tuple[float, dict[str, tuple[float, float]]]],
          ) -> dict[str, tuple[float, float]]:
    """Shelf packing: boxes left to right in rows about as wide as the whole is tall."""
    width = math.sqrt(sum((side + GAP) ** 2 for side, _ in boxes)) * 1.3 if boxes else 0.0
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for side, coords in boxes:
        if x > 0 and x + side > width:
            x, y, row = 0.0, y + row + GAP * 2, 0.0
        for node, (px, py) in coords.items():
            out[node] = (x + px, y + py)
        x += side + GAP * 2
        row = max(row, side)
    return out


def _force_layout(g: nx.Graph, seed: int, iterations: int) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold in NumPy for large components.

    networkx's own layout switches to SciPy sparse matrices above 500 nodes; this
    keeps memory at ``block x n`` without that dependency. Above ``EXACT`` nodes
    each iteration takes the repulsion from a fresh random sample of nodes, scaled
    up, which keeps a hairball of thousands of nodes to a few seconds.
    """
    import numpy as np

    nodes = list(g)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    edges = np.array([(index[u], index[v]) for u, v in g.edges()], dtype=np.int64)
    weights = np.array([w for _, _, w in g.edges(data="weight", default=1.0)], dtype=np.float32)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / math.sqrt(n))
    step, cool = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        if n <= EXACT:
            disp = _repulsion(pos, pos, k)
        else:
            sample = pos[rng.choice(n, SAMPLE, replace=False)]
            disp = _repulsion(pos, sample, k) * np.float32(n / SAMPLE)
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        dist = np.sqrt((delta * delta).sum(axis=1))
        pull = delta * (dist * weights / k)[:, None]
        np.subtract.at(disp, edges[:, 0], pull)
        np.add.at(disp, edges[:, 1], pull)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-3)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step -= cool
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}


def _repulsion(pos: np.ndarray, others: np.ndarray, k: np.float32, block: int = 512,
               ) -> np.ndarray:
    """The push every node of ``pos`` gets from the nodes of ``others`` (k^2 / distance)."""
    import numpy as np

    disp = np.zeros_like(pos)
    for start in range(0, len(pos), block):
        delta = pos[start:start + block, None, :] - others[None, :, :]
        d2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-6)
        disp[start:start + block] = np.einsum("ijk,ij->ik", delta, (k * k) / d2)
    return disp
