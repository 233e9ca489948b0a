"""Place names that are also ordinary words or first names, paired with a known place:
"Boulder, Colorado", "Blacksburg, Virginia", "Madison, Wisconsin".

"City, Region" is the way posts say where something is; the comma pair vouches for
the half that alone could be a word ("boulder") or a person ("Virginia").
"""

from __future__ import annotations

from spacy.tokens import Span


def paired_place(span: Span, chosen: list[Span]) -> bool:
    """Is the ambiguous place one half of "A, B" whose other half is a chosen place?"""
    doc = span.doc
    places = [s for s in chosen if s.label_ == "Place"]
    before = span.start >= 2 and doc[span.start - 1].text == "," and any(
        p.end == span.start - 1 for p in places)
    after = span.end + 1 < len(doc) and doc[span.end].text == "," and any(
        p.start == span.end + 1 for p in places)
    return before or after


def paired_places(ambiguous: list[Span], chosen: list[Span]) -> list[Span]:
    """The ambiguous place proposals, left out so far, that a comma pairs with a place."""
    taken = {i for s in chosen for i in range(s.start, s.end)}
    out = []
    for span in ambiguous:
        if span.label_ == "Place" and not any(i in taken for i in range(span.start, span.end)) \
                and paired_place(span, chosen):
            out.append(span)
            taken.update(range(span.start, span.end))
    return out
