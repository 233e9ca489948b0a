"""How are two entities connected? The shortest chain, with the posts behind each step.

A step is an extracted relation where there is one, else two entities named in
the same post. The chain has the fewest steps; among equally short chains the
one with more stated relations and more posts behind them wins.
"""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass, field, replace
from itertools import pairwise
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.explore import lookup
from kg.explore.analytics import simple
from kg.explore.details import PostEvidence
from kg.explore.filters import Filters, posts_in_scope, trim
from kg.explore.graphs import comention_graph, entity_graph
from kg.explore.records import Records

MAX_POSTS = 3


@dataclass
class Step:
    source: str
    source_label: str
    target: str
    target_label: str
    relations: list[tuple[str, str]]  # (relation, "out" | "in"); empty: named together
    posts: int
    evidence: list[PostEvidence] = field(default_factory=list)

    def describe(self) -> str:
        if not self.relations:
            return f"{self.source_label} -named with- {self.target_label}"
        said = ", ".join(f"-{r}->" if d == "out" else f"<-{r}-" for r, d in self.relations)
        return f"{self.source_label} {said} {self.target_label}"


@dataclass
class Explanation:
    """A chain of steps from one entity to another."""

    source: str
    target: str
    steps: list[Step]

    def __str__(self) -> str:
        if not self.steps:
            return f"{self.source} is {self.target}"
        names = [self.steps[0].source_label] + [s.target_label for s in self.steps]
        out = [f"{' -> '.join(names)}  ({len(self.steps)} step{'s' * (len(self.steps) > 1)})"]
        for n, step in enumerate(self.steps, 1):
            out.append(f"{n}. {step.describe()}  [{step.posts} post{'s' * (step.posts != 1)}]")
            for post in step.evidence:
                out.append(f"   {post.date or '????-??-??'}  {post.headline}  ({post.identifier})")
                out += [f"      \u201c{s}\u201d" for s in post.sentences]
            if step.posts > len(step.evidence):
                out.append(f"   ... and {step.posts - len(step.evidence)} more")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        e = html.escape
        items = []
        for step in self.steps:
            posts = "".join(
                f"<li>{e(p.date)} <b>{e(p.headline)}</b>"
                + "".join(f"<blockquote>{e(s)}</blockquote>" for s in p.sentences) + "</li>"
                for p in step.evidence)
            items.append(f"<li>{e(step.describe())} <small>({step.posts} posts)</small>"
                         f"<ul>{posts}</ul></li>")
        return f"<p>{e(self.source)} to {e(self.target)}</p><ol>{''.join(items)}</ol>"

    def to_dicts(self) -> list[dict[str, Any]]:
        return [asdict(step) for step in self.steps]


def explain(records: Records, source: str, target: str, *, relations_only: bool = False,
            filters: Filters | None = None, max_posts: int = MAX_POSTS) -> Explanation:
    """The shortest chain from ``source`` to ``target`` (names, aliases or IRIs)."""
    filters = replace(filters or Filters(), focus=None)
    a, b = lookup.find(records, source), lookup.find(records, target)
    scope = posts_in_scope(records, filters)
    stated = trim(entity_graph(records, scope), records, filters)
    links = simple(stated)
    nx.set_edge_attributes(links, "relation", "kind")
    if not relations_only:
        together = simple(trim(comention_graph(records, scope), records, filters))
        for u, v, w in together.edges(data="weight"):
            if not links.has_edge(u, v):
                links.add_edge(u, v, weight=w, kind="comention")
    for entity, name in ((a, source), (b, target)):
        if entity.iri not in links:
            raise KGError(f"{name!r} is not in the posts in scope")
    if a.iri == b.iri:
        return Explanation(a.label, b.label, [])

    def cost(u: str, v: str, d: dict[str, Any]) -> float:
        # One per step always dominates; the tie-breakers add less than 1 over any chain.
        return 1.0 + (0.01 if d["kind"] == "comention" else 0.0) + 0.001 / d["weight"]

    try:
        chain = nx.shortest_path(links, a.iri, b.iri, weight=cost)
    except nx.NetworkXNoPath:
        how = "by stated relations" if relations_only else "by relations or shared posts"
        raise KGError(f"{a.label} and {b.label} are not connected {how}"
                      + (f" ({filters.describe()})" if filters.describe() else "")) from None
    steps = [_step(records, stated, scope, u, v, max_posts) for u, v in pairwise(chain)]
    return Explanation(a.label, b.label, steps)


def _step(records: Records, stated: nx.MultiDiGraph, scope: set[str], u: str, v: str,
          max_posts: int) -> Step:
    relations: list[tuple[str, str]] = []
    sentences: dict[str, list[str]] = {}
    for x, y, direction in ((u, v, "out"), (v, u, "in")):
        for relation, data in (stated.get_edge_data(x, y) or {}).items():
            relations.append((relation, direction))
            for ident, said in data.get("evidence", {}).items():
                sentences.setdefault(ident, []).extend(s for s in said
                                                       if s not in sentences[ident])
    by_ident = {records.posts[p].identifier: p for p in scope}
    together: set[str] = set(sentences)  # a relation's evidence names both by definition
    if not relations:
        for post in records.posts_of(u) & records.posts_of(v) & scope:
            ident = records.posts[post].identifier
            sentences[ident], same = _shared(records, u, v, post)
            if same:
                together.add(ident)
    # Newest first, then the posts that name both in one sentence ahead of the rest.
    order = sorted(sentences, key=lambda i: (records.posts[by_ident[i]].date or "", i),
                   reverse=True)
    order.sort(key=lambda i: (i not in together, not sentences[i]))
    evidence = [PostEvidence(i, records.posts[by_ident[i]].headline,
                             records.posts[by_ident[i]].date or "", sentences[i][:2])
                for i in order[:max_posts]]
    label = records.entities
    return Step(u, label[u].label, v, label[v].label, sorted(relations), len(sentences),
                evidence)


def _shared(records: Records, u: str, v: str, post: str) -> tuple[list[str], bool]:
    """Sentences of ``post`` naming both entities (True), else the first naming each."""
    su = records.sentences.get((u, post), {})
    sv = records.sentences.get((v, post), {})
    both = sorted(set(su) & set(sv))
    if both:
        return [su[k] for k in both], True
    return [s[min(s)] for s in (su, sv) if s], False
