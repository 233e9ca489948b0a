"""Where events and organisations are, from phrasings the "Event in City" pattern misses.

"Acme's corporate headquarters in San Antonio, TX" places the company; "Join us at
KubeCon ... in room 12 at the Moscone Center" places the event at the venue however
far apart the two names stand; "The global event is in London, Paris and Tel Aviv"
places the event the post is about. Rules (``rules_off``): headquarters, event_venues,
event_references.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp.names.entities import VENUE_HEADS
from kg.nlp.records import Rel, relation, text_of

_HQ = re.compile(r"^(?:'s|’s)\s+(?:(?:corporate|global|world|main|new|european|us|uk|"
                 r"regional|local)\s+){0,2}(?:headquarters|hq|head\s+office|offices?|campus)"
                 r"\s+(?:(?:is|are|was|were)\s+)?(?:located\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
# "the event", "this global hackathon"; not "the London event" or "the last Summit" (another
# event, another edition).
_EVENT_REF = re.compile(r"\b(?i:the|this|that|our)\s+(?![Ll]ast\b|[Pp]revious\b|[Pp]ast\b|"
                        r"[Nn]ext\b|[Ff]irst\b|[Oo]ther\b|[Ss]ame\b)(?:[a-z-]+\s+){0,2}?"
                        r"(?i:event|conference|summit|hackathon|meetup|gathering)\b")
_IN_AT = re.compile(r"\b(?:in|at)\b", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*|,?\s+including\s+)$", re.I)
_NOT_THERE = re.compile(r"\b(?:from|to|near|outside|like|than|except|not)\s*$", re.I)


def locations(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    places = sorted((e for e in ents if e.label_ == "Place"), key=lambda e: e.start)
    if not places:
        return
    if "headquarters" not in off:
        yield from _headquarters(doc, ents, places)
    events = [e for e in ents if e.label_ == "Event"]
    if "event_venues" not in off:
        yield from _event_venues(events, places, "venue_adjectives" not in off)
    if "event_references" not in off:
        yield from _event_references(doc, events, places, "titled_references" not in off)


def _headquarters(doc: Doc, ents: list[Span], places: list[Span]) -> Iterator[Rel]:
    """ "Acme's corporate headquarters in San Antonio, TX": the company is there."""
    text = text_of(doc)
    for org in (e for e in ents if e.label_ == "Organization"):
        after = [p for p in places if p.sent.start == org.sent.start and p.start >= org.end]
        if after and _HQ.match(text[org.end_char:after[0].start_char]):
            for place in _run(text, after):
                yield relation("locatedIn", org, place, doc[org.start:place.end])


def _event_venues(events: list[Span], places: list[Span], described: bool = True
                  ) -> Iterator[Rel]:
    """A venue ("... Convention Center", "... Hotel") after "at" in a sentence that names
    one event; with ``described``, also after "at the beautiful" (lowercase words)."""
    for place in places:
        if not _is_venue(place):
            continue
        sent = place.sent
        doc = place.doc
        named = {e.kb_id_: e for e in events if sent.start <= e.start < sent.end}
        prev = [t for t in doc[max(sent.start, place.start - 2):place.start]
                if t.lower_ != "the"]
        if described:
            prev = [t for t in doc[max(sent.start, place.start - 4):place.start]
                    if not (t.is_alpha and t.is_lower and t.lower_ != "at") and not t.is_space]
        if len(named) == 1 and prev and prev[-1].lower_ == "at":
            yield relation("locatedIn", next(iter(named.values())), place, sent)


def _is_venue(place: Span) -> bool:
    words = [t.lower_ for t in place]
    return any(w in VENUE_HEADS for w in words[1:]) or " ".join(words[-2:]) in VENUE_HEADS


def _event_references(doc: Doc, events: list[Span], places: list[Span],
                      titled: bool = True) -> Iterator[Rel]:
    """ "The global event is in London, Paris and Tel Aviv": where a sentence names no
    event but says "the event", the places after its "in"/"at" are those of the one
    event the post names, if the sentence before names it too (with ``titled``, or if
    the post's title names it: the post is about it)."""
    keys = {e.kb_id_ for e in events}
    if len(keys) != 1:
        return
    event = min(events, key=lambda e: e.start)
    text = text_of(doc)
    title = str((doc._.kg_meta or {}).get("title") or "").lower()
    about = titled and any(e.text.lower() in title for e in events)
    done: set[int] = set()
    for place in places:
        sent = place.sent
        if place.start in done or any(sent.start <= e.start < sent.end for e in events):
            continue
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        if not about and (before is None or not any(before.start <= e.start < before.end
                                                     for e in events)):
            continue
        s_text = text[sent.start_char:sent.end_char]
        ref = _EVENT_REF.search(s_text)
        if ref is None or sent.start_char + ref.end() > place.start_char:
            continue
        between = text[sent.start_char + ref.end():place.start_char]
        if not _IN_AT.search(between) or _NOT_THERE.search(between):
            continue
        run = _run(text, [p for p in places if p.sent.start == sent.start
                          and p.start >= place.start])
        for p in run:
            done.add(p.start)
            yield relation("locatedIn", event, p, sent)


def _run(text: str, after: list[Span]) -> list[Span]:
    """The first place and those listed right after it ("London, Paris and Tel Aviv",
    "San Antonio, TX")."""
    run = [after[0]]
    for nxt in after[1:]:
        if not _LIST_GAP.match(text[run[-1].end_char:nxt.start_char]):
            break
        run.append(nxt)
    return run
