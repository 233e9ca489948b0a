"""Scoring one post, and the counts that micro-averaging adds up over posts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from kg.evaluate.gold import GoldDoc
from kg.evaluate.match import Item, Link, distinct, entities_match, match, names_of, relations_match
from kg.evaluate.system import PostOutput

T = TypeVar("T")


@dataclass
class Counts:
    """True positives, false positives, false negatives; a zero denominator gives 0.0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class PostResult:
    """What one post's matching found: the pairs, the misses and the false hits."""

    doc: str
    identifier: str
    entity_hits: list[tuple[Item, Item]] = field(default_factory=list)
    entity_misses: list[Item] = field(default_factory=list)
    entity_false: list[Item] = field(default_factory=list)
    relation_hits: list[tuple[Link, Link]] = field(default_factory=list)
    relation_misses: list[Link] = field(default_factory=list)
    relation_false: list[Link] = field(default_factory=list)

    def entity_counts(self) -> dict[str, Counts]:
        """By entity type: a hit and a miss count under the gold type, a false hit its own."""
        return _by(((g.type, "tp") for _, g in self.entity_hits),
                   ((g.type, "fn") for g in self.entity_misses),
                   ((s.type, "fp") for s in self.entity_false))

    def relation_counts(self) -> dict[str, Counts]:
        return _by(((g.name, "tp") for _, g in self.relation_hits),
                   ((g.name, "fn") for g in self.relation_misses),
                   ((s.name, "fp") for s in self.relation_false))


def _by(*streams: object) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    for stream in streams:
        for kind, which in stream:  # type: ignore[attr-defined]
            c = out.setdefault(kind, Counts())
            setattr(c, which, getattr(c, which) + 1)
    return out


def gold_side(doc: GoldDoc) -> tuple[list[Item], list[Link]]:
    """A gold file as the matcher sees it."""
    items = {e.id: Item(e.id, e.type, e.name, names_of(e.name, *e.aliases))
             for e in doc.entities}
    links = [Link(r.name, items[r.subject], items[r.object]) for r in doc.relations]
    return list(items.values()), distinct(links)


def score_post(doc: GoldDoc, output: PostOutput) -> PostResult:
    """Match one post's system output to its gold, entities and relations apart."""
    gold_items, gold_links = gold_side(doc)
    result = PostResult(doc.doc, output.identifier)

    system_items = output.entities
    pairs = match(system_items, gold_items, entities_match)
    result.entity_hits = [(system_items[i], gold_items[j]) for i, j in pairs]
    result.entity_false = _unmatched(system_items, {i for i, _ in pairs})
    result.entity_misses = _unmatched(gold_items, {j for _, j in pairs})

    system_links = distinct(output.relations)
    pairs = match(system_links, gold_links, relations_match)
    result.relation_hits = [(system_links[i], gold_links[j]) for i, j in pairs]
    result.relation_false = _unmatched(system_links, {i for i, _ in pairs})
    result.relation_misses = _unmatched(gold_links, {j for _, j in pairs})
    return result


def _unmatched(items: list[T], taken: set[int]) -> list[T]:
    return [x for i, x in enumerate(items) if i not in taken]
