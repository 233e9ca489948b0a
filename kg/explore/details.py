"""What a reader sees of one entity: type, aliases, relations and the posts behind it.

The same :class:`EntityCard` fills the side panel of the HTML export and shows
an entity in a notebook, so the two never disagree.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from kg.explore.filters import POST_TYPE

if TYPE_CHECKING:
    from kg.explore.records import Records

MAX_POSTS = 12
MAX_LINKS = 25
MAX_SENTENCES = 2


@dataclass
class Link:
    """A relation (or a shared post, in the co-mention view) from the entity to another."""

    relation: str
    direction: str  # "out": entity -relation-> other; "in": other -relation-> entity
    other: str
    other_label: str
    other_type: str
    posts: int
    sentence: str = ""


@dataclass
class PostEvidence:
    identifier: str
    headline: str
    date: str
    sentences: list[str] = field(default_factory=list)


@dataclass
class EntityCard:
    """One entity as the current view knows it."""

    iri: str
    label: str
    type: str
    aliases: list[str]
    posts: int
    links: list[Link]
    evidence: list[PostEvidence]
    more_links: int = 0
    more_posts: int = 0
    pagerank: float | None = None

    def __str__(self) -> str:
        out = [f"{self.label} ({self.type}), named in {self.posts} post(s)"]
        if self.aliases:
            out.append(f"  also: {', '.join(self.aliases)}")
        for link in self.links:
            arrow = f"-{link.relation}->" if link.direction == "out" else f"<-{link.relation}-"
            out.append(f"  {arrow} {link.other_label} ({link.posts} post(s))")
        if self.more_links:
            out.append(f"  ... and {self.more_links} more")
        for post in self.evidence:
            out.append(f"  {post.date or '????-??-??'}  {post.headline}")
            out += [f"      \u201c{s}\u201d" for s in post.sentences]
        if self.more_posts:
            out.append(f"  ... and {self.more_posts} more posts")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        e = html.escape
        parts = [f"<h4>{e(self.label)} <small>{e(self.type)}, {self.posts} post(s)</small></h4>"]
        if self.aliases:
            parts.append(f"<p>Also called: {e(', '.join(self.aliases))}</p>")
        if self.links:
            items = "".join(
                f"<li>{'&rarr;' if k.direction == 'out' else '&larr;'} <i>{e(k.relation)}</i> "
                f"{e(k.other_label)} <small>({e(k.other_type)}, {k.posts} post(s))</small></li>"
                for k in self.links)
            more = f"<li>and {self.more_links} more</li>" if self.more_links else ""
            parts.append(f"<ul>{items}{more}</ul>")
        for post in self.evidence:
            quotes = "".join(f"<blockquote>{e(s)}</blockquote>" for s in post.sentences)
            parts.append(f"<p><b>{e(post.headline)}</b> <small>{e(post.date)} "
                         f"{e(post.identifier)}</small></p>{quotes}")
        if self.more_posts:
            parts.append(f"<p>and {self.more_posts} more posts</p>")
        return "\n".join(parts)


def card(records: Records, name: str, graph: nx.Graph | None = None) -> EntityCard:
    """The card of the entity called ``name``, in ``graph`` or else the whole entity view."""
    from kg.explore import lookup
    from kg.explore.graphs import make_graph

    entity = lookup.find(records, name)
    if graph is None or entity.iri not in graph:
        graph = make_graph(records, "entity")
    return entity_card(graph, entity.iri, records)


def entity_card(graph: nx.Graph, node: str, records: Records | None = None, *,
                max_posts: int = MAX_POSTS, max_links: int = MAX_LINKS,
                max_sentences: int = MAX_SENTENCES) -> EntityCard:
    """The card of one node of a view; sentences come from ``records`` when given."""
    data = graph.nodes[node]
    links = sorted(_links(graph, node), key=lambda k: (-k.posts, k.relation, k.other_label))
    posts_meta = graph.graph.get("posts", {})
    idents = sorted(data.get("post_ids", ()),
                    key=lambda p: (posts_meta.get(p, {}).get("date") or "", p), reverse=True)
    evidence = []
    for ident in idents[:max_posts]:
        meta = posts_meta.get(ident, {})
        sentences: list[str] = []
        if records is not None and meta.get("iri") and data.get("type") != POST_TYPE:
            found = records.sentences.get((node, meta["iri"]), {})
            sentences = [found[k] for k in sorted(found)][:max_sentences]
        evidence.append(PostEvidence(ident, meta.get("headline", ident), meta.get("date") or "",
                                     sentences))
    return EntityCard(
        iri=node, label=data.get("label", node), type=data.get("type", ""),
        aliases=list(data.get("aliases", ())), posts=int(data.get("posts", 0)),
        links=links[:max_links], evidence=evidence,
        more_links=max(0, len(links) - max_links), more_posts=max(0, len(idents) - max_posts),
        pagerank=data.get("pagerank"),
    )


def _links(graph: nx.Graph, node: str) -> list[Link]:
    out = []
    edges = [(u, v, d, "out") for u, v, d in _out_edges(graph, node)]
    if graph.is_directed():
        edges += [(u, v, d, "in") for u, v, d in graph.in_edges(node, data=True)]
    for u, v, d, direction in edges:
        other = v if direction == "out" else u
        if other == node:
            continue
        od = graph.nodes[other]
        sentence = next((s for ss in d.get("evidence", {}).values() for s in ss), "")
        relation = d.get("relation", "")
        if not graph.is_directed() and relation in {"mentions", "author"}:
            direction = "out" if od.get("type") != POST_TYPE else "in"
        out.append(Link(relation, direction, other, od.get("label", other), od.get("type", ""),
                        int(d.get("weight", 1)), sentence))
    return out


def _out_edges(graph: nx.Graph, node: str) -> list[tuple]:
    if graph.is_directed():
        return list(graph.out_edges(node, data=True))
    return list(graph.edges(node, data=True))
