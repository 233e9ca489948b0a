"""Which entities matter and which belong together: centrality and communities.

Both run on the undirected, simple projection of a view, where the weight of
a link is the number of distinct posts behind it; the direction of a relation
says how it was phrased, not which entity is more central.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from kg.explore.filters import POST_TYPE

if TYPE_CHECKING:
    import pandas as pd

SEED = 42  # communities are reproducible: same graph, same seed, same partition
RANKINGS = ("pagerank", "degree", "weighted_degree", "posts")


def simple(graph: nx.Graph) -> nx.Graph:
    """Undirected, one edge per pair, weighted by the distinct posts of all its edges."""
    if not graph.is_directed() and not graph.is_multigraph():
        return graph
    out = nx.Graph()
    out.add_nodes_from(graph.nodes(data=True))
    posts: dict[tuple, set[str]] = {}
    weights: dict[tuple, int] = {}
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        pair = (u, v) if (u, v) in weights or (v, u) not in weights else (v, u)
        posts.setdefault(pair, set()).update(data.get("post_ids", ()))
        weights[pair] = weights.get(pair, 0) + int(data.get("weight", 1))
    for pair, weight in weights.items():
        out.add_edge(*pair, weight=len(posts[pair]) or weight)
    return out


def pagerank(graph: nx.Graph, alpha: float = 0.85) -> dict[str, float]:
    """Weighted PageRank of every node; networkx's when SciPy is there, else the same in NumPy."""
    g = simple(graph)
    if len(g) == 0:
        return {}
    try:
        return nx.pagerank(g, alpha=alpha, weight="weight")
    except ImportError:  # networkx >= 3 computes PageRank with SciPy, not a dependency here
        return _pagerank_numpy(g, alpha)


def _pagerank_numpy(g: nx.Graph, alpha: float, tol: float = 1e-6, max_iter: int = 100,
                    ) -> dict[str, float]:
    """Power iteration as networkx does it: dangling nodes spread their rank evenly."""
    import numpy as np

    nodes = list(g)
    index = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    src, dst, w = [], [], []
    for u, v, weight in g.edges(data="weight", default=1):
        src += [index[u], index[v]]
        dst += [index[v], index[u]]
        w += [float(weight), float(weight)]
    src_a, dst_a, w_a = np.array(src, dtype=int), np.array(dst, dtype=int), np.array(w)
    out = np.bincount(src_a, weights=w_a, minlength=n)
    dangling = out == 0
    share = np.divide(w_a, out[src_a], out=np.zeros_like(w_a), where=out[src_a] > 0)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = alpha * np.bincount(dst_a, weights=last[src_a] * share, minlength=n)
        x += (alpha * last[dangling].sum() + 1 - alpha) / n
        if np.abs(x - last).sum() < n * tol:
            break
    return dict(zip(nodes, x.tolist(), strict=True))


def centrality(graph: nx.Graph, *, include_posts: bool = False) -> pd.DataFrame:
    """One row per entity: posts, degree, weighted degree, degree centrality and PageRank."""
    import pandas as pd

    g = simple(graph)
    rank = pagerank(g)
    scale = max(len(g) - 1, 1)
    rows = [
        {"id": n, "label": d.get("label", str(n)), "type": d.get("type", ""),
         "posts": d.get("posts", 0), "degree": g.degree(n),
         "weighted_degree": g.degree(n, weight="weight"),
         "degree_centrality": g.degree(n) / scale, "pagerank": rank.get(n, 0.0)}
        for n, d in g.nodes(data=True) if include_posts or d.get("type") != POST_TYPE
    ]
    columns = ["label", "type", "posts", "degree", "weighted_degree", "degree_centrality",
               "pagerank", "id"]
    table = pd.DataFrame(rows, columns=columns)
    return rank_by(table, "pagerank")


def rank_by(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """Sort a centrality table, best first, ties by label so the order is stable."""
    if by not in RANKINGS:
        from kg.errors import KGError

        raise KGError(f"cannot rank by {by!r} (choose from {', '.join(RANKINGS)})")
    return table.sort_values([by, "label"], ascending=[False, True],
                             kind="stable").reset_index(drop=True)


def communities(graph: nx.Graph, *, seed: int = SEED, resolution: float = 1.0,
                ) -> list[list[str]]:
    """Louvain communities, largest first; members ordered by PageRank."""
    g = simple(graph)
    if len(g) == 0:
        return []
    rank = pagerank(g)
    parts = nx.community.louvain_communities(g, weight="weight", seed=seed,
                                             resolution=resolution)
    ordered = [sorted(p, key=lambda n: (-rank.get(n, 0.0), str(n))) for p in parts]
    return sorted(ordered, key=lambda p: (-len(p), -rank.get(p[0], 0.0), str(p[0])))


def community_table(graph: nx.Graph, parts: list[list[str]], *, members: int = 8,
                    min_size: int = 1) -> pd.DataFrame:
    """One row per community: its size, types and most central members."""
    import pandas as pd

    rows = []
    for number, part in enumerate(parts):
        if len(part) < min_size:
            continue
        kinds: dict[str, int] = {}
        for n in part:
            kind = graph.nodes[n].get("type", "")
            kinds[kind] = kinds.get(kind, 0) + 1
        rows.append({
            "community": number, "size": len(part),
            "types": ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(),
                                                             key=lambda kv: (-kv[1], kv[0]))),
            "members": ", ".join(graph.nodes[n].get("label", str(n)) for n in part[:members]),
            "ids": part,
        })
    return pd.DataFrame(rows, columns=["community", "size", "types", "members", "ids"])


def annotate(graph: nx.Graph, *, with_communities: bool = True, seed: int = SEED) -> nx.Graph:
    """Store ``pagerank``, ``degree`` and ``community`` on the nodes, for exports to use."""
    rank = pagerank(graph)
    g = simple(graph)
    for n, data in graph.nodes(data=True):
        data["pagerank"] = rank.get(n, 0.0)
        data["degree"] = g.degree(n)
    if with_communities:
        for number, part in enumerate(communities(graph, seed=seed)):
            for n in part:
                graph.nodes[n]["community"] = number
    return graph
