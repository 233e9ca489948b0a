"""Events named with their city or region: "OpenStack Summit San Diego", "Spark Summit
East", "OpenStack Day Israel", "Interop Las Vegas".

An edition held in one place is often named by the series and the place, with no
comma or preposition between them ("at the Summit in Paris" keeps the two apart).
The place stays a place as well: :func:`kg.nlp.names.entities` adds the places
inside event names, from which the event's location follows.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_POINTS = {"East", "West", "North", "South", "Central"}
_YEAR = re.compile(r"^(?:(?:19|20)\d\d|'\d\d)$")


def events_with_places(chosen: list[Span]) -> list[Span]:
    """``chosen`` with each event that a place (or a point of the compass) follows
    merged with it, and with the year after the place, if any."""
    doc = chosen[0].doc if chosen else None
    if doc is None:
        return chosen
    by_start = {s.start: s for s in chosen}
    out = list(chosen)
    for event in [s for s in chosen if s.label_ == "Event"]:
        if event.end >= len(doc) or not _joined(doc[event.end - 1]):
            continue
        if event[-1].like_num or event[-1].text.startswith("'"):
            continue  # "KubeCon 2019 Paris" is rare; an edition's year closes its name
        place = by_start.get(event.end)
        if place is not None and place.label_ == "Place" and len(place) <= 3:
            end = place.end
        elif doc[event.end].text in _POINTS and (
                event.end + 1 >= len(doc) or not doc[event.end + 1].text[:1].isupper()):
            end, place = event.end + 1, None
        else:
            continue
        if end < len(doc) and _joined(doc[end - 1]) and _YEAR.match(doc[end].text):
            end += 1
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and (
                _joined(doc[end - 1])):
            continue  # "Summit Paris Hotel": the name goes on
        out = [s for s in out if s is not event and s is not place]
        out.append(Span(doc, event.start, end, label="Event", kb_id=event.kb_id))
    return out


def _joined(tok) -> bool:
    """Is the token followed by one plain space (not a line break or punctuation)?"""
    return tok.whitespace_ == " "
