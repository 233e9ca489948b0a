"""A scored run: micro-averaged counts, a terminal table, JSON and the list of errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.evaluate.match import Item, Link
from kg.evaluate.score import Counts, PostResult
from kg.graph.contract import RELATION_PREDICATE, TYPE_CLASS

ENTITY_TYPES = tuple(TYPE_CLASS)
RELATION_NAMES = tuple(RELATION_PREDICATE)


@dataclass
class Report:
    """The scores of one system on a set of gold posts; every figure is micro-averaged."""

    system: str
    gold: str
    posts: list[PostResult]
    half: str | None = None
    notes: list[str] = field(default_factory=list)

    def entity_counts(self) -> dict[str, Counts]:
        """Every entity type, in the guidelines' order, summed over the posts."""
        return _sum((p.entity_counts() for p in self.posts), ENTITY_TYPES)

    def relation_counts(self) -> dict[str, Counts]:
        return _sum((p.relation_counts() for p in self.posts), RELATION_NAMES)

    @property
    def entities(self) -> Counts:
        return sum(self.entity_counts().values(), Counts())

    @property
    def relations(self) -> Counts:
        return sum(self.relation_counts().values(), Counts())

    def to_json(self, errors: bool = False) -> dict[str, Any]:
        """Plain data for ``--json``; the per-post errors only when asked for."""
        out: dict[str, Any] = {
            "system": self.system,
            "gold": self.gold,
            "half": self.half,
            "posts": [p.doc for p in self.posts],
            "notes": self.notes,
            "entities": {"overall": self.entities.to_dict(),
                         "by_type": {k: c.to_dict() for k, c in self.entity_counts().items()}},
            "relations": {"overall": self.relations.to_dict(),
                          "by_type": {k: c.to_dict()
                                      for k, c in self.relation_counts().items()}},
        }
        if errors:
            out["errors"] = [post_errors(p) for p in self.posts]
        return out

    def table(self) -> str:
        """The scores as a fixed-width text table."""
        half = f", half {self.half}" if self.half else ""
        lines = [f"{self.system} on {len(self.posts)} gold posts of {self.gold}{half}", ""]
        head = f"{'':16}{'gold':>6}{'system':>8}{'tp':>6}{'fp':>6}{'fn':>6}" \
               f"{'P':>8}{'R':>8}{'F1':>8}"
        for title, counts, total in (("entities", self.entity_counts(), self.entities),
                                     ("relations", self.relation_counts(), self.relations)):
            lines += [title.upper() + head[len(title):], "-" * len(head)]
            lines += [_row(f"  {kind}", c) for kind, c in counts.items()]
            lines += [_row("  all", total), ""]
        lines += self.notes
        return "\n".join(lines).rstrip() + "\n"

    def errors(self) -> str:
        """Per post, the gold entities and relations missed and the system's false hits."""
        out: list[str] = []
        for p in self.posts:
            e = post_errors(p)
            out.append(f"== {p.doc}: entities {len(p.entity_hits)} found, "
                       f"{len(p.entity_misses)} missed, {len(p.entity_false)} false; "
                       f"relations {len(p.relation_hits)} found, {len(p.relation_misses)} "
                       f"missed, {len(p.relation_false)} false")
            for kind, label in (("missed", "missed entity  "), ("false", "false entity   ")):
                for x in e["entities"][kind]:
                    out.append(f"  {label} {x['type']:13} {x['name']}{_note(x)}")
            for kind, label in (("missed", "missed relation"), ("false", "false relation ")):
                for x in e["relations"][kind]:
                    out.append(f"  {label} {x['s']} --{x['p']}--> {x['o']}{_note(x)}")
        return "\n".join(out) + "\n"


def _sum(per_post: Any, order: tuple[str, ...]) -> dict[str, Counts]:
    out = {k: Counts() for k in order}
    for counts in per_post:
        for kind, c in counts.items():
            out[kind] = out.get(kind, Counts()) + c
    return out


def _row(name: str, c: Counts) -> str:
    return (f"{name:16}{c.tp + c.fn:>6}{c.tp + c.fp:>8}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")


def _note(x: dict[str, str]) -> str:
    return f"  [{x['note']}]" if x.get("note") else ""


def post_errors(p: PostResult) -> dict[str, Any]:
    """The errors of one post as data, each with a hint where the other side has something close.

    The hints say where an error is a near miss: the right name under another
    type, or the right ends under another relation or the other direction.
    """
    system_items = [s for s, _ in p.entity_hits] + p.entity_false
    gold_items = [g for _, g in p.entity_hits] + p.entity_misses
    gold_links = [g for _, g in p.relation_hits] + p.relation_misses
    system_links = [s for s, _ in p.relation_hits] + p.relation_false
    return {
        "doc": p.doc,
        "identifier": p.identifier,
        "entities": {
            "missed": [_entity(g, _other_type(g, system_items, "system")) for g in
                       p.entity_misses],
            "false": [_entity(s, _other_type(s, gold_items, "gold")) for s in p.entity_false],
        },
        "relations": {
            "missed": [_relation(g, _near_link(g, system_links, system_items, "system")) for g in
                       p.relation_misses],
            "false": [_relation(s, _near_link(s, gold_links, gold_items, "gold")) for s in
                      p.relation_false],
        },
    }


def _entity(x: Item, note: str) -> dict[str, str]:
    return {"type": x.type, "name": x.label, "note": note}


def _relation(x: Link, note: str) -> dict[str, str]:
    return {"s": x.subject.label, "p": x.name, "o": x.object.label, "note": note}


def _other_type(x: Item, others: list[Item], side: str) -> str:
    kinds = sorted({o.type for o in others if o.type != x.type and not o.names.isdisjoint(x.names)})
    return f"{side} has it as {'/'.join(kinds)}" if kinds else ""


def _near_link(x: Link, others: list[Link], items: list[Item], side: str) -> str:
    def same(a: Item, b: Item) -> bool:
        return not a.names.isdisjoint(b.names)

    for o in others:
        forward = same(x.subject, o.subject) and same(x.object, o.object)
        backward = same(x.subject, o.object) and same(x.object, o.subject)
        if forward and o.name != x.name:
            return f"{side} has {o.name}"
        if backward:
            return (f"{side} has it reversed" if o.name == x.name
                    else f"{side} has reversed {o.name}")
    lacking = [end.label for end in (x.subject, x.object)
               if not any(same(end, i) for i in items)]
    return f"{side} lacks {' and '.join(lacking)}" if lacking else ""
