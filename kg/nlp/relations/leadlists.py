"""Relations between the software of a lead-in sentence and the items of the list after it.

"X lets you plug in backends that work with these technologies:" and then a bullet
list: each item's leading software interacts with X. "X is made of these
components:" and a list: each item is part of X. The lead-in names one piece of
software and ends with a colon; the kind of relation comes from its words. Rule
(``rules_off``): lead_in_kinds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.records import Rel, relation, text_of

_INTERACT = re.compile(r"\b(?:plug-?ins?|backends?|back-ends?|drivers?|connectors?|adapters?|"
                       r"integrations?|integrates?\s+with|works?\s+with|interoperates?\s+with|"
                       r"talks?\s+to|providers?)\b", re.I)
_PARTS = re.compile(r"\b(?:components?|sub-?projects?|modules?|consists?\s+of|made\s+up\s+of|"
                    r"is\s+composed\s+of)\b", re.I)


def lead_in_kinds(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    if "lead_in_kinds" in off:
        return
    blocks = sorted(records.blocks(doc), key=lambda b: b.start)
    software = [e for e in ents if e.label_ == "Software"]
    text = text_of(doc)
    for i, block in enumerate(blocks):
        if block.kind == "item" or i + 1 >= len(blocks) or blocks[i + 1].kind != "item":
            continue
        if not text[block.start:block.end].rstrip().endswith(":"):
            continue
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is None:
            continue
        last = list(span.sents)[-1]
        named = {e.kb_id_: e for e in software if last.start <= e.start < last.end}
        if len(named) != 1:
            continue
        whole = next(iter(named.values()))
        name = _kind(doc, last, whole, [e for e in ents if last.start <= e.start < last.end])
        if name is None:
            continue
        for item in itertools.takewhile(lambda b: b.kind == "item", blocks[i + 1:]):
            first = _leading(doc, item.start, item.end, software)
            if first is None or first.kb_id_ == whole.kb_id_:
                continue
            if name == "interactsWith":
                yield relation(name, whole, first, last)
            else:
                yield relation(name, first, whole, last)


def _kind(doc: Doc, lead: Span, whole: Span, inside: list[Span]) -> str | None:
    """interactsWith or partOf, from the lead-in's words outside the names ("Oracle
    Integration Cloud" says nothing); parts only where the cue stands next to the whole
    ("the components of X", "X security consists of")."""
    text = text_of(doc)
    words = list(text[lead.start_char:lead.end_char])
    for e in inside:
        words[e.start_char - lead.start_char:e.end_char - lead.start_char] = (
            "_" * (e.end_char - e.start_char))
    masked = "".join(words)
    if _INTERACT.search(masked):
        return "interactsWith"
    cue = _PARTS.search(masked)
    if cue is None:
        return None
    at = lead.start_char + cue.start()
    near = doc.char_span(min(at, whole.start_char), max(at, whole.end_char),
                         alignment_mode="expand")
    return "partOf" if near is not None and len(near) - len(whole) <= 4 else None


def _leading(doc: Doc, start: int, end: int, software: list[Span]) -> Span | None:
    """The software that an item starts with (after its bullet, link bracket or quote)."""
    text = text_of(doc)
    while start < end and (text[start].isspace() or text[start] in "*-+[\"'_`"):
        start += 1
    return next((e for e in software if e.start_char == start), None)
