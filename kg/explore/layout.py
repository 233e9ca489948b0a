"""Node positions computed once in Python, so a browser or matplotlib draws without simulating.

Each connected component is laid out on its own (force-directed). The largest
comes first, at the top left; the others fill the space to its right, then rows
below it, each in a box as tight as its drawing, so that the linked part of the
graph reads as one picture about as wide as a screen. The isolated entities come
last, in a grid below, sorted by type: a page can leave them out of its first
screen. Positions are in layout units: a component of ``n`` nodes takes about
``2.5 sqrt(n)`` units on each side. As on a screen, ``y`` grows downwards.
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
SPACING = 0.7  # between isolated nodes, and the length of a lone link
ASPECT = 1.3  # width / height of the packed components: a screen's shape
EXACT = 1500  # above this many nodes, repulsion is estimated from a sample...
SAMPLE = 400  # ...of this many nodes per iteration


def positions(graph: nx.Graph, *, seed: int = SEED, iterations: int = 60,
              ) -> dict[str, tuple[float, float]]:
    """``node -> (x, y)`` for every node of ``graph``; the same graph gives the same layout."""
    g = simple(graph)
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(g)),
                   key=lambda c: (-len(c), str(c[0])))
    boxes = [_component(g, part, seed, iterations) for part in parts if len(part) > 1]
    out, width, height = _pack(boxes)
    alone = sorted((c[0] for c in parts if len(c) == 1),
                   key=lambda n: (str(g.nodes[n].get("type", "")),
                                  str(g.nodes[n].get("label", n)).lower()))
    top = height + GAP * 3 if boxes else 0.0
    out.update(_grid(alone, width or math.sqrt(len(alone)) * SPACING, top))
    return out


Box = tuple[float, float, dict[str, tuple[float, float]]]  # width, height, positions in it


def _component(g: nx.Graph, part: list[str], seed: int, iterations: int) -> Box:
    """Positions of one component, from the origin, in a box of side ``~2.5 sqrt(n)``.

    Nodes and edges go in sorted: a subgraph view iterates in set order, which
    changes from run to run, and so would the layout.
    """
    n = len(part)
    side = max(math.sqrt(n) * 2.5, 1.0)
    if n == 2:
        a, b = part
        return SPACING * 2, 0.0, {a: (0.0, 0.0), b: (SPACING * 2, 0.0)}
    h = nx.Graph()
    h.add_nodes_from(part)
    # Heavily shared links would pull their ends on top of each other: soften by log.
    links = sorted((min(u, v, key=str), max(u, v, key=str), w) for u, v, w in
                   g.subgraph(part).edges(data="weight", default=1))
    h.add_weighted_edges_from((u, v, 1.0 + math.log(w)) for u, v, w in links)
    if n <= SMALL:
        raw = nx.spring_layout(h, seed=seed, iterations=iterations, weight="weight")
        coords = {k: (float(v[0]), float(v[1])) for k, v in raw.items()}
    else:
        coords = _force_layout(h, seed, iterations)
    return _fit(coords, side)


def _fit(coords: dict[str, tuple[float, float]], side: float) -> Box:
    xs = [p[0] for p in coords.values()]
    ys = [p[1] for p in coords.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = side / span
    return ((max(xs) - min(xs)) * scale, (max(ys) - min(ys)) * scale,
            {k: ((x - min(xs)) * scale, (y - min(ys)) * scale) for k, (x, y) in coords.items()})


def _grid(nodes: list[str], width: float, top: float) -> dict[str, tuple[float, float]]:
    cols = max(1, int(width / SPACING) + 1)
    return {n: (i % cols * SPACING, top + i // cols * SPACING) for i, n in enumerate(nodes)}


def _pack(boxes: list[Box]) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Place the boxes (largest first) in about a screen's shape: positions, width, height.

    The first box goes top left; the next ones fill rows to its right while they fit
    beside it, then rows under both.
    """
    if not boxes:
        return {}, 0.0, 0.0
    area = sum((w + GAP) * (h + GAP) for w, h, _ in boxes)
    width = max(boxes[0][0], math.sqrt(area * ASPECT))
    out = dict(boxes[0][2])
    beside = boxes[0][0] + GAP * 2
    done, used = _shelves(boxes[1:], out, beside, 0.0, width, boxes[0][1])
    below = max(boxes[0][1], used) + GAP * 2
    _, height = _shelves(boxes[1 + done:], out, 0.0, below, width, None)
    return out, width, max(below + height if done < len(boxes) - 1 else below - GAP * 2,
                           boxes[0][1])


def _shelves(boxes: list[Box], out: dict[str, tuple[float, float]], left: float, top: float,
             right: float, room: float | None) -> tuple[int, float]:
    """Rows of boxes from (left, top) up to ``right``, while the rows fit in ``room``
    (any height if None): how many boxes were placed, and the height they took."""
    x, y, row = left, 0.0, 0.0
    for placed, (w, h, coords) in enumerate(boxes):
        if x > left and x + w > right:
            x, y, row = left, y + row + GAP * 2, 0.0
        if room is not None and (y + h > room or x + w > right):
            return placed, y
        out.update({node: (x + px, top + y + py) for node, (px, py) in coords.items()})
        x += w + GAP * 2
        row = max(row, h)
    return len(boxes), y + row


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
