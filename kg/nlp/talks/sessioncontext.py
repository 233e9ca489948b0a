"""What the post's context says of each session: its event and its subjects.

A post about one event makes it the event of every session the post names,
unless the session's section (its heading or a parent heading) names
another: a recap of a week may have a section per co-located event. A
title names its subjects: "Debugging libvirt and QEMU in OpenStack" is
about libvirt, QEMU and OpenStack.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.records import End, relation, text_of
from kg.nlp.resolve import entity_key


def main_event(doc: Doc, events: list[Span]) -> Span | None:
    """The event the post is about: the one its title names, else the first paragraph's,
    else the most named one (the longest name on a tie)."""
    if not events:
        return None
    title = (doc._.kg_meta or {}).get("title") or ""
    named = [e for e in events if e.text in title]
    if named:
        return max(named, key=len)
    blocks = [b for b in records.blocks(doc) if b.kind == "paragraph"]
    if blocks:
        first = [e for e in events if e.start_char < blocks[0].end]
        if first:
            return first[0]
    counts: dict[str, int] = {}
    for e in events:
        counts[e.text] = counts.get(e.text, 0) + 1
    best = max(counts, key=lambda k: (counts[k], len(k)))
    return next(e for e in events if e.text == best)


def section_events(doc: Doc, events: list[Span]) -> list[tuple[int, int, Span]]:
    """(start, end, event) for each section whose heading names an event."""
    heads = records.headings(doc)
    out = []
    for i, head in enumerate(heads):
        named = [e for e in events if head.start <= e.start_char and e.end_char <= head.end]
        if not named:
            continue
        end = next((h.start for h in heads[i + 1:] if h.level <= head.level), len(text_of(doc)))
        out.append((head.start, end, named[0]))
    return out


_ATTENDED = re.compile(r"\b(?:went to|go to|going to|attended|attending|attend|joined|"
                       r"headed to|visited|at|called|hosted|co-located)\s+(?:an?\s+|the\s+)?"
                       r"(?:\w+\s+){0,2}$", re.I)


def attended_before(doc: Doc, session: Span, events: list[Span]) -> Span | None:
    """The event the writer says they went to, earlier in the session's section:
    "I went to an event called Cloud Native Rejekts. ... talks like X by Y"."""
    heads = [h.start for h in records.headings(doc) if h.start <= session.start_char]
    section_start = heads[-1] if heads else 0
    for event in sorted(events, key=lambda e: -e.start):
        if not section_start <= event.start_char < session.start_char:
            continue
        before = text_of(doc)[max(section_start, event.start_char - 60):event.start_char]
        if _ATTENDED.search(before):
            return event
    return None


def named_before(doc: Doc, session: Span, events: list[Span], sessions: list[Span],
                 reach: int = 800) -> Span | None:
    """The event last named before the session in its section, shortly before it: a
    paragraph that takes the reader to an event, then the list of its talks. A name in
    another session's line ("Managing the Dynamic World of Cloud") is no such event."""
    heads = [h.start for h in records.headings(doc) if h.start <= session.start_char]
    section_start = heads[-1] if heads else 0
    talk_blocks = [b for b in records.blocks(doc) if any(
        b.start <= s.start_char < b.end for s in sessions)]
    before = [e for e in events if max(section_start, session.start_char - reach)
              <= e.start_char < session.start_char and e.end_char <= session.start_char
              and not any(b.start <= e.start_char < b.end for b in talk_blocks)]
    return max(before, key=lambda e: e.start_char) if before else None


def session_context(doc: Doc, off: frozenset[str] = frozenset()) -> Doc:
    """Adds partOfEvent for every session that has none yet, and about for the software
    and organizations its title names. ``off`` may name attended_event, title_event,
    nearest_event."""
    entities = list(doc.spans.get(ENT_KEY, []))
    events = [e for e in entities if e.label_ == "Event"]
    default: Span | End | None = main_event(doc, events)
    titled = (doc._.kg_meta or {}).get("title_events") or []
    # The resolver adds this event, which only the title names.
    if default is None and titled and "title_event" not in off:
        default = End(-1, -1, "Event", entity_key("Event", titled[0]))
    sections = section_events(doc, events)
    relations = records.relations(doc)
    linked = {r.s.start for r in relations if r.name == "partOfEvent"}
    subjects = [e for e in entities if e.label_ in {"Software", "Organization"}]
    sessions = [e for e in entities if e.label_ == "Session"]
    for session in sessions:
        described = bool(session.kb_id_) and session.kb_id_ != session.text
        for thing in subjects:
            # A described session's span is only its kind word ("Keynote"): not a title.
            if session.start <= thing.start and thing.end <= session.end and not described:
                relations.append(relation("about", session, thing, session))
        if session.start_char in linked:
            continue
        inner = [ev for start, end, ev in sections if start <= session.start_char < end]
        attended = None if "attended_event" in off else attended_before(doc, session, events)
        if attended is None and "nearest_event" not in off:
            attended = named_before(doc, session, events, sessions)
        event = inner[-1] if inner else (attended or default)
        if event is not None:
            relations.append(relation("partOfEvent", session, event, session))
    doc._.kg_relations = relations
    return doc


@Language.factory("kg_session_context", default_config={"rules_off": []})
def make_session_context(nlp: Language, name: str, rules_off: list[str]):
    off = frozenset(rules_off)
    return lambda doc: session_context(doc, off)
