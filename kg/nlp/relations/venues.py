"""Where an event takes place, from the writer's trip and from what the event is called.

"Last month I went to Detroit for my first big conference — KubeCon" and "with its
attendance, it is one of the largest conferences in Europe" place the event though
no "Event in City" phrase does. Rules (``rules_off``, bench/lobo.py): trip_places,
conference_in.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp.records import Rel, relation

_TRAVEL = {"went", "go", "going", "travelled", "traveled", "traveling", "travelling", "flew",
           "fly", "flying", "headed", "heading", "came", "come", "coming", "arrived", "trip",
           "journey", "journeyed", "returned", "back", "route"}
_EVENT_NOUNS = {"conference", "conferences", "summit", "summits", "event", "events", "meetup",
                "convention", "gathering", "expo", "festival", "kubecon", "con"}
_HE = {"it", "this", "that"}


def venues(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    """A place in a sentence that names one event, by the trip or the event's kind."""
    events = [e for e in ents if e.label_ == "Event"]
    if not events:
        return
    for place in (e for e in ents if e.label_ == "Place"):
        sent = place.sent
        named = {e.kb_id_: e for e in events if sent.start <= e.start < sent.end}
        if len(named) != 1:
            continue
        event = next(iter(named.values()))
        trip = "trip_places" not in off and _trip(doc, place, event)
        if trip or ("conference_in" not in off and _called_conference_in(doc, place, event)):
            yield relation("locatedIn", event, place, sent)


def _trip(doc: Doc, place: Span, event: Span) -> bool:
    """ "went to Detroit for my first big conference", "flew to Paris for KubeCon"; not
    "went to Porto for a holiday after PyCon"."""
    k = place.start - 1
    if k < 1 or doc[k].lower_ not in {"to", "in"} or doc[k - 1].lower_ not in _TRAVEL:
        return False
    j = place.end
    if j >= place.sent.end or doc[j].lower_ != "for":
        return False
    for t in doc[j + 1 : min(j + 8, place.sent.end)]:
        if t.i == event.start or t.lower_ in _EVENT_NOUNS:
            return True
        if t.is_punct or t.lower_ in {"after", "before", "and", "with"}:
            return False
    return False


def _called_conference_in(doc: Doc, place: Span, event: Span) -> bool:
    """ "it is one of the largest open source conferences in Europe", after the event's
    name in the sentence: the event is one held there."""
    k = place.start - 1
    if k < 1 or doc[k].lower_ not in {"in", "at"} or doc[k - 1].lower_ not in _EVENT_NOUNS:
        return False
    j = k - 2
    while j > place.sent.start and doc[j].lower_ not in {"is", "was", "'s", "’s"} and (
            k - j < 10):
        j -= 1
    if doc[j].lower_ not in {"is", "was"} or j - 1 < place.sent.start:
        return False
    subject = doc[j - 1]
    return (subject.lower_ in _HE and event.end <= subject.i) or event.end == subject.i + 1
