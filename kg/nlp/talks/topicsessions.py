"""Sessions named after their subject: "the Heat design sessions", "the OSIC session from
the Tokyo Summit".

A named project or company right before "session" or "talk" names a session about it,
where the words say it is one held at a conference: a design or breakout session, or a
sentence that names the event ("a PuTTY session" or "the Remote Desktop session" do
not). A titled track or session "presented by" people is one too, and so is "a talk on
<subject> by <person>", named after the subject, and "his keynote" after a sentence that
ends with the person's name. Rules (``rules_off``): topic_sessions, presented_tracks,
talks_on_by, pronoun_talks.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.names.gazetteer import SPAN_KEY as GAZ_KEY
from kg.nlp.records import End, relation, text_of
from kg.nlp.resolve import entity_key

_KINDS = {"session", "sessions", "talk", "talks", "keynote", "keynotes", "workshop", "panel",
          "presentation"}
# Words between the name and the kind that make it a conference session by themselves.
_CONFERENCE_KINDS = {"design", "breakout", "bof", "working", "hands-on", "lab", "track"}


def topic_sessions(doc: Doc) -> tuple[list[Span], list[records.Rel]]:
    """The sessions named "<Name> [design] session" and their about relations."""
    ents = list(doc.spans.get(ENT_KEY, []))
    taken = {i for e in ents for i in range(e.start, e.end)}
    named = {e.text: e for e in ents if e.label_ in {"Software", "Organization"}}
    # "the Heat design sessions": a listed name the post uses elsewhere, here after "the".
    again = [g for g in doc.spans.get(GAZ_KEY, []) if g.text in named
             and not any(i in taken for i in range(g.start, g.end))]
    sessions: list[Span] = []
    rels: list[records.Rel] = []
    for thing in [e for e in ents if e.text in named] + again:
        if thing.end >= len(doc):
            continue
        end = thing.end
        qualified = doc[end].lower_ in _CONFERENCE_KINDS
        if qualified:
            end += 1
        if end >= len(doc) or doc[end].lower_ not in _KINDS or not doc[end].is_lower:
            continue
        sent = thing.sent
        at_event = any(e.label_ == "Event" and sent.start <= e.start < sent.end for e in ents)
        if not (qualified or at_event) or any(i in taken for i in range(thing.end, end + 1)):
            continue
        session = Span(doc, thing.start, end + 1, label="Session")
        sessions.append(session)
        known = named[thing.text]
        subject = thing if thing in ents else End(-1, -1, known.label_, entity_key(
            known.label_, known.kb_id_ or known.text))
        rels.append(relation("about", session, subject, sent))
        event = _event_near(doc, ents, sent)
        if event is not None:
            rels.append(relation("partOfEvent", session, event, sent))
    return sessions, rels


# "the Business Track presented by A and B": a titled track or session and who gave it.
_PRESENTED = re.compile(
    r"\b(?P<title>(?:[A-Z][\w-]*\s+){1,4}(?:Track|Session|Workshop|Panel|Keynote|Talk|"
    r"Tutorial|Lab))\s+(?:(?:was|is|were|will\s+be)\s+)?(?:presented|given|led|delivered|"
    r"hosted|run|moderated|taught)\b(?:\s+by)?\s+")
_MYSELF = re.compile(r"\b(?:myself|me)\b")


def presented_tracks(doc: Doc) -> tuple[list[Span], list[records.Rel]]:
    """Sessions named by their title before "presented by" and the people named after it
    (up to the clause's end); "myself" is the post's author."""
    ents = list(doc.spans.get(ENT_KEY, []))
    text = text_of(doc)
    authors = [e for e in doc._.kg_meta.get("authors", ()) if e.get("name")] if (
        doc._.kg_meta) else []
    sessions: list[Span] = []
    rels: list[records.Rel] = []
    found = list(_PRESENTED.finditer(text))
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        title = doc.char_span(m.start("title"), m.end("title"), label="Session",
                              alignment_mode="contract")
        if title is None or any(e.label_ == "Session" and e.start < title.end
                                and title.start < e.end for e in ents):
            continue
        stop = min([i for i in (text.find(";", m.end()), text.find(".", m.end()),
                                text.find("\n", m.end()), nxt.start() if nxt else -1)
                    if i >= 0] or [len(text)])
        people: list[Span | End] = [e for e in ents if e.label_ == "Person"
                                    and m.end() <= e.start_char < stop]
        if len(authors) == 1 and _MYSELF.search(text, m.end(), stop):
            people.append(End(-1, -1, "Person", entity_key("Person", authors[0]["name"])))
        if not people:
            continue
        sessions.append(title)
        evidence = doc.char_span(m.start(), stop, alignment_mode="expand") or title
        rels += [relation("presenter", title, p, evidence) for p in people]
    return sessions, rels


# "this video on deploying OpenStack using Puppet from Jane Doe": a session described by
# its subject and who gave it; the subject is its name.
_ON_BY = re.compile(
    r"\b(?:this|a|an|the|his|her|their)\s+(?:(?:great|excellent|good|recorded|short|"
    r"fantastic|terrific|interesting)\s+)?(?:video|talk|session|presentation|keynote|"
    r"workshop|tutorial)\s+(?:on|about)\s+(?P<topic>[^,.;:!?()\"“”]{8,90}?)\s+(?:from|by|"
    r"(?:given|presented|delivered)\s+by)\s+$")


def talks_on_by(doc: Doc) -> tuple[list[Span], list[records.Rel]]:
    """Sessions "on <subject> by <person>", named after the subject."""
    ents = list(doc.spans.get(ENT_KEY, []))
    text = text_of(doc)
    sessions: list[Span] = []
    rels: list[records.Rel] = []
    for person in (e for e in ents if e.label_ == "Person"):
        sent = person.sent
        m = _ON_BY.search(text[sent.start_char:person.start_char])
        if m is None:
            continue
        start = sent.start_char + m.start("topic")
        title = doc.char_span(start, sent.start_char + m.end("topic"), label="Session",
                              alignment_mode="contract")
        if title is None or any(e.label_ == "Session" and e.start < title.end
                                and title.start < e.end for e in ents):
            continue
        sessions.append(title)
        rels.append(relation("presenter", title, person, sent))
        rels += [relation("about", title, e, sent) for e in ents
                 if e.label_ in {"Software", "Organization"}
                 and title.start <= e.start and e.end <= title.end]
    return sessions, rels


# "[Jane Doe](profile). Her entire keynote was about ...": the talk of the person just named.
_THEIR_TALK = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:(?:entire|whole|opening|closing|main|"
                         r"lightning)\s+)?(?P<kind>keynote|talk|presentation|workshop|tutorial)"
                         r"\b(?!\s+(?:about|with)\s+(?:him|her|them))")


def pronoun_talks(doc: Doc) -> tuple[list[Span], list[records.Rel]]:
    """A described session ("Jane Doe keynote") for "his/her keynote" right after a
    sentence that ends with a person's name, unless that person already presents one."""
    ents = list(doc.spans.get(ENT_KEY, []))
    text = text_of(doc)
    presenting = {text[r.o.start:r.o.end] for r in records.relations(doc)
                  if r.name == "presenter" and r.o.start >= 0}
    sessions: list[Span] = []
    rels: list[records.Rel] = []
    for m in _THEIR_TALK.finditer(text):
        kind = doc.char_span(m.start("kind"), m.end("kind"))
        if kind is None or kind.start == 0 or kind.sent.start == 0:
            continue
        before = doc[kind.sent.start - 1].sent
        people = [e for e in ents if e.label_ == "Person" and before.start <= e.start
                  and e.end <= kind.start and len(e) > 1]
        if not people or people[-1].end < before.end - 2 or people[-1].text in presenting:
            continue  # the name must end the sentence before (or open this one)
        person = people[-1]
        session = Span(doc, kind.start, kind.end, label="Session",
                       kb_id=f"{person.text} {m.group('kind')}")
        sessions.append(session)
        presenting.add(person.text)
        rels.append(relation("presenter", session, person, doc[before.start:kind.sent.end]))
    return sessions, rels


def _event_near(doc: Doc, ents: list[Span], sent: Span) -> Span | None:
    """The event the session's sentence names, else the last one the sentence before
    names ("... the Summit in Portland. The Heat design sessions were ...")."""
    for lo, hi in ((sent.start, sent.end), (doc[sent.start - 1].sent.start, sent.start)
                   if sent.start > 0 else (0, 0)):
        events = [e for e in ents if e.label_ == "Event" and lo <= e.start < hi]
        if events:
            return events[-1]
    return None


class TopicSessions:
    def __init__(self, rules_off: frozenset[str] = frozenset()) -> None:
        self.off = rules_off

    def __call__(self, doc: Doc) -> Doc:
        sessions, rels = [], []
        if "topic_sessions" not in self.off:
            sessions, rels = topic_sessions(doc)
        for rule, find in (("presented_tracks", presented_tracks), ("talks_on_by", talks_on_by),
                           ("pronoun_talks", pronoun_talks)):
            if rule not in self.off:
                more, more_rels = find(doc)
                sessions, rels = sessions + more, rels + more_rels
        if sessions:
            ents = list(doc.spans.get(ENT_KEY, []))
            doc.spans[ENT_KEY] = sorted(ents + sessions, key=lambda s: (s.start, -len(s)))
            doc._.kg_relations = [*records.relations(doc), *rels]
        return doc


@Language.factory("kg_topic_sessions", default_config={"rules_off": []})
def make_topic_sessions(nlp: Language, name: str, rules_off: list[str]) -> TopicSessions:
    return TopicSessions(frozenset(rules_off))
