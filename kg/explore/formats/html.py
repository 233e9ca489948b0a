"""One self-contained HTML page that draws a view with vis-network and opens offline.

vis-network's script and style (from the pyvis package, a dependency) are
inlined into ``templates/graph.html`` together with the view as JSON. Node
positions come from :mod:`kg.explore.layout`, so the browser runs no physics
and a corpus-sized graph opens in about a second. Clicking a node shows the
:class:`~kg.explore.details.EntityCard` the notebook shows.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.explore import layout, style
from kg.explore.details import entity_card
from kg.explore.formats.common import Target, opened

if TYPE_CHECKING:
    from kg.explore.records import Records

SUFFIX = ".html"
VIS_VERSION = "vis-9.1.2"
PIXELS = 90.0  # layout units to screen pixels
MAX_EDGES = 15000  # above this a browser slows down; the strongest edges are drawn


@cache
def _assets() -> tuple[str, str, str]:
    """The page template and vis-network's JS and CSS, read once."""
    template = resources.files("kg.explore").joinpath("templates/graph.html").read_text("utf-8")
    vis = resources.files("pyvis").joinpath("lib", VIS_VERSION)
    script = vis.joinpath("vis-network.min.js").read_text("utf-8")
    script = re.sub(r"//# sourceMappingURL=\S+\s*$", "", script)  # nothing to fetch offline
    return template, script, vis.joinpath("vis-network.css").read_text("utf-8")


def render(graph: nx.Graph, *, records: Records | None = None, title: str | None = None,
           height: str = "100vh", positions: dict[str, tuple[float, float]] | None = None,
           max_edges: int = MAX_EDGES) -> str:
    """The page as text; ``records`` adds the sentences that name each entity."""
    template, script, css = _assets()
    data = payload(graph, records=records, title=title, positions=positions,
                   max_edges=max_edges)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    page = template.replace("{{TITLE}}", html.escape(data["title"]))
    page = page.replace("{{HEIGHT}}", height).replace("{{DATA}}", text)
    # The vis files go in last, so that nothing in them is taken for a placeholder.
    return page.replace("/*VIS_CSS*/", css, 1).replace("/*VIS_JS*/", script, 1)


def write(graph: nx.Graph, target: Target, *, records: Records | None = None,
          title: str | None = None, height: str = "100vh",
          positions: dict[str, tuple[float, float]] | None = None,
          max_edges: int = MAX_EDGES) -> None:
    page = render(graph, records=records, title=title, height=height, positions=positions,
                  max_edges=max_edges)
    with opened(target) as out:
        out.write(page.encode("utf-8"))


def payload(graph: nx.Graph, *, records: Records | None = None, title: str | None = None,
            positions: dict[str, tuple[float, float]] | None = None,
            max_edges: int = MAX_EDGES) -> dict[str, Any]:
    """The JSON the page reads: nodes, edges, details, and shared tables of posts and sentences.

    Nodes are numbered; ``info[i]`` holds the details of node ``i``. Posts and
    sentences are stored once and referred to by index, which halves the page.
    """
    from kg.explore.analytics import annotate

    if any("pagerank" not in d or "community" not in d for _, d in graph.nodes(data=True)):
        graph = annotate(graph.copy())
    pos = layout.positions(graph) if positions is None else positions
    ids = {n: i for i, n in enumerate(graph)}
    posts: dict[str, int] = {}
    sentences: dict[str, int] = {}

    def post_index(ident: str) -> int:
        return posts.setdefault(ident, len(posts))

    def sentence_index(text: str) -> int:
        return sentences.setdefault(text, len(sentences)) if text else -1

    nodes, info = [], []
    for n, d in graph.nodes(data=True):
        x, y = pos.get(n, (0.0, 0.0))
        # The last field counts the node's neighbours: the page hides those with none.
        nodes.append([ids[n], str(d.get("label", n)), d.get("type", ""), round(x * PIXELS, 1),
                      round(y * PIXELS, 1), d.get("pagerank", 0.0), d.get("community"),
                      len(set(nx.all_neighbors(graph, n)) - {n})])
        card = entity_card(graph, n, records)
        info.append({
            "iri": n, "aliases": card.aliases, "posts": card.posts,
            "pagerank": d.get("pagerank", 0.0),
            "links": [[link.relation, link.direction, ids[link.other], link.posts,
                       sentence_index(link.sentence)] for link in card.links],
            "more_links": card.more_links,
            "evidence": [[post_index(p.identifier), [sentence_index(s) for s in p.sentences]]
                         for p in card.evidence],
            "more_posts": card.more_posts,
        })
    every = [[ids[u], ids[v], d.get("relation", ""), d.get("weight", 1)]
             for u, v, d in graph.edges(data=True)]
    edges = _strongest(every, max_edges)
    meta = graph.graph.get("posts", {})
    return {
        "title": title or f"Conference knowledge graph: {graph.graph.get('view', '')} view",
        "filters": graph.graph.get("filters", ""),
        "directed": graph.is_directed(),
        "other": style.OTHER,
        "types": [[kind, style.type_color(kind), n] for kind, n in style.type_counts(graph)],
        "communities": [[number, style.community_color(number),
                         str(graph.nodes[hub].get("label", hub)), size]
                        for number, hub, size in style.community_hubs(graph)],
        "nodes": nodes,
        "edges": edges,
        "all_edges": len(every),
        "info": info,
        "posts": [[ident, meta.get(ident, {}).get("headline", ident),
                   meta.get(ident, {}).get("date") or ""] for ident in posts],
        "sentences": list(sentences),
    }


def _strongest(edges: list[list[Any]], limit: int) -> list[list[Any]]:
    """At most ``limit`` edges: each node's strongest one, then the rest by weight."""
    if len(edges) <= limit:
        return edges
    order = sorted(range(len(edges)), key=lambda i: -edges[i][3])
    keep: set[int] = set()
    seen: set[int] = set()
    for i in order:
        u, v = edges[i][0], edges[i][1]
        if u not in seen or v not in seen:
            keep.add(i)
            seen.update((u, v))
    for i in order:
        if len(keep) >= limit:
            break
        keep.add(i)
    return [edges[i] for i in sorted(keep)]
