"""Relations as conference write-ups state them, from write-ups outside the corpus.

Rules (``rules_off``; bench/lobo.py EXTERNAL):

- ``in_place_for_event``: "we were in Lyon last week for Gizmoconf": the event is there.
- ``creator_of``: "the creator of Node.js, Ryan Dahl", "Ryan Dahl, the creator of Node.js":
  the software was made by that person (or organisation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp.records import Rel, relation, text_of

_FOR = re.compile(r"^\s+(?:[^.;:!?]{0,60}\s)?for\s+(?:the\s+)?$", re.I)
_CREATOR = r"(?:the\s+)?(?:original\s+|co-?)?(?:creator|author|inventor|maker)s?\s+of\s+(?:the\s+)?"
_MAKER_FIRST = re.compile(r"^,\s*" + _CREATOR + r"$", re.I)
_MAKER_AFTER = re.compile(r"^,\s*$")


def surface(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    text = text_of(doc)
    ordered = sorted((e for e in ents if e.label_ != "Session"), key=lambda e: e.start)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:i + 3]:
            if b.sent.start != a.sent.start:
                break
            between = text[a.end_char:b.start_char]
            if "in_place_for_event" not in off and a.label_ == "Place" and b.label_ == "Event" \
                    and text[max(0, a.start_char - 3):a.start_char].lower() == "in " \
                    and _FOR.match(between):
                yield relation("locatedIn", b, a, doc[a.start:b.end])
            if "creator_of" in off:
                continue
            if a.label_ in {"Person", "Organization"} and b.label_ == "Software" and (
                    _MAKER_FIRST.match(between)):
                yield relation("createdBy", b, a, doc[a.start:b.end])
            if a.label_ == "Software" and b.label_ in {"Person", "Organization"} and (
                    _MAKER_AFTER.match(between) and re.search(
                        _CREATOR + r"$", text[max(0, a.start_char - 40):a.start_char], re.I)):
                yield relation("createdBy", a, b, doc[a.start:b.end])
