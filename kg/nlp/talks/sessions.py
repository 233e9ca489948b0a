"""Sessions, from the post's structure and from the way writers describe talks.

A section heading names a session when the heading or the opening of its
section talks about a talk, keynote, panel or workshop, or names who gave
it; the section then says who presented it and what it was about. Outside
headings, "a keynote by Adrian Cockcroft" and 'a talk titled "X"' name
sessions too. The relations found here (presenter, about, partOfEvent)
come from structure, so they are recorded at the same time.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.names.modelspans import given_names
from kg.nlp.records import headings, relation, text_of
from kg.nlp.talks.writeups import kind_heading, whole_quote

KINDS = ("keynote", "talk", "session", "presentation", "panel", "workshop", "tutorial",
         "lightning talk", "fireside chat", "demo", "webinar", "track", "lecture")
_KIND_RE = re.compile(r"\b(" + "|".join(KINDS) + r")s?\b", re.I)
_PRESENT_VERBS = re.compile(
    r"\b(given|presented|delivered|led|moderated|hosted|run|taught|by|with|from|speakers?|"
    r"panelists?|presenters?|moderators?)\b", re.I)
GENERIC_HEADINGS = re.compile(
    r"^(day\s*\d+|sessions?|talks?|keynotes?|panels?|workshops?|highlights?|summary|recap|"
    r"conclusions?|wrap[- ]?up|links?|resources?|about.*|overview|introduction|intro|"
    r"agenda|schedule|where .*|when .*|what .*|who .*|why .*|how to .*|update.*|thanks.*|"
    r"final thoughts|takeaways?|key takeaways|more info.*|videos?|slides?|photos?|"
    r"(day|week|morning|afternoon|evening) .*|.*\b(recap|roundup|round-up)\b.*|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day\b.*|day (one|two|three|four|five)\b.*|"
    r".*\b(sessions|talks|keynotes|panels|workshops)\b.*)$", re.I)
SPAN_KEY = "kg_sessions"
# Link targets that say their text names a talk: schedules, slides, recordings.
TALK_LINK = re.compile(
    r"sched\.(?:com|org)|/schedule|/sessions?/|/presentations?/|/talks?/|/program/|"
    r"youtube\.com/(?:watch|embed|live)|youtu\.be/|vimeo\.com/\d|speakerdeck\.com/|"
    r"slideshare\.net/|slides\.com/|/videos?/|/slides?/|/recordings?/|infoq\.com/presentations|"
    r"/vote-for-speakers|/agenda|/speakers?/", re.I)


def section_bounds(doc: Doc) -> list[tuple[list, int, int]]:
    """Each heading with the text span of its section: up to the next heading of any level."""
    heads = headings(doc)
    if not heads:
        return []
    ends = [h.start for h in heads[1:]] + [len(text_of(doc))]
    return [(head, head.end, end) for head, end in zip(heads, ends, strict=True)]


class SessionFinder:
    """Adds Session spans to ``doc.spans["kg_entities"]`` and structural relations."""

    def __init__(self, max_opening_sentences: int, rules_off: frozenset[str] = frozenset()
                 ) -> None:
        self.max_opening = max_opening_sentences
        self.off = rules_off  # may name event_headings, linked_headings (bench/lobo.py)

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.spans.get(ENT_KEY, []))
        relations = records.relations(doc)
        sessions: list[Span] = []
        known = {i for e in entities if e.label_ == "Session" for i in range(e.start, e.end)}
        for head, body_start, body_end in section_bounds(doc):
            span = doc.char_span(head.start, head.end, alignment_mode="expand")
            if span is None or any(t.i in known for t in span):
                continue
            found = self._heading_session(doc, span, body_start, body_end, entities)
            if found is None:
                continue
            session, presenters, about, evidence = found
            sessions.append(session)
            for person in presenters:
                relations.append(relation("presenter", session, person, evidence))
            for thing in about:
                relations.append(relation("about", session, thing, evidence))
        doc.spans[ENT_KEY] = sorted(entities + sessions, key=lambda s: (s.start, -len(s)))
        doc.spans[SPAN_KEY] = sessions
        doc._.kg_relations = relations
        return doc

    def _heading_session(
        self, doc: Doc, heading: Span, body_start: int, body_end: int, entities: list[Span]
    ) -> tuple[Span, list[Span], list[Span], Span] | None:
        listed = speaker_title(doc, heading, entities,
                               whole_quotes="quoted_titles_whole" not in self.off)
        if listed is not None:
            people, title = listed
            return title, people, [e for e in entities if e.label_ in {"Software", "Organization"}
                                   and title.start <= e.start and e.end <= title.end], heading
        text = heading.text.strip()
        if "linked_headings" not in self.off and _links_elsewhere(doc, heading):
            return None
        if "kind_headings" not in self.off and kind_heading(text):
            return None  # "Presentations": a section of talks, not one
        if len(text) < 3 or GENERIC_HEADINGS.match(text) or text.endswith("?") or (
                names_an_event(heading, entities, "event_headings" not in self.off)):
            return None
        in_head = [e for e in entities if e.start >= heading.start and e.end <= heading.end]
        body = [s for s in doc.sents if body_start <= s.start_char < body_end]
        opening = body[: self.max_opening]
        opening_text = " ".join(s.text for s in opening)
        kind_in_head = bool(_KIND_RE.search(text))
        kind_in_body = bool(_KIND_RE.search(opening_text))
        head_people = [e for e in in_head if e.label_ == "Person"]
        presenters: list[Span] = list(head_people)
        evidence = heading
        for sent in opening:
            people = [e for e in entities if e.label_ == "Person"
                      and sent.start <= e.start and e.end <= sent.end]
            if not people or (not _KIND_RE.search(sent.text) and not head_people and not any(
                    doc[p.start - 1].lower_ == "by" for p in people if p.start > 0)):
                continue
            for person in people:
                before = doc[sent.start : person.start].text
                if _PRESENT_VERBS.search(before) and person not in presenters:
                    presenters.append(person)
                    evidence = sent
        # A heading that only names someone heads their talk when the section speaks of
        # one or the name is plainly a person's ("Anki Cloze" is a product the NER misread).
        named = any(p.text.split()[0] in given_names() for p in head_people)
        if not (kind_in_head or (head_people and (kind_in_body or named))
                or (kind_in_body and presenters)):
            return None
        about = [e for e in in_head if e.label_ in {"Software", "Organization"}]
        if not about and opening:
            first = opening[0]
            for e in entities:
                if e.label_ in {"Software", "Organization"} and first.start <= e.start < first.end:
                    prev = doc[e.start - 1] if e.start > 0 else None
                    if prev is not None and prev.lower_ in {"on", "about", "covering"}:
                        about.append(e)
        session = Span(doc, heading.start, heading.end, label="Session")
        return session, presenters, about, evidence


def _links_elsewhere(doc: Doc, heading: Span) -> bool:
    """ "### [Acme Weekly](https://acme.example/write-for-us)": a heading that is all one
    link to a page that is no schedule, slides or video names that page's site."""
    return any(lk.start <= heading.start_char + 2 and lk.end >= heading.end_char - 2
               and not TALK_LINK.search(lk.target) for lk in records.links(doc))


_SCHEDULE = re.compile(
    r"^\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*|\d{1,2}(?::\d\d)?\s*"
    r"(?:[ap]\.?m\.?)?\s*|[&,]\s*|and\s+|at\s+)+", re.I)
_ROOM = re.compile(r"^(?:room|hall|stage|track|booth)\s+\S+\s*", re.I)


def names_an_event(heading: Span, entities: list[Span], opening: bool = True) -> bool:
    """ "All Day DevOps", "ADDO — All Day DevOps": a section about an event, not a talk.
    So is a short heading that opens with the event's name and names no kind of session
    (with ``opening``)."""
    kind = bool(_KIND_RE.search(heading.text)) or not opening
    return any(e.label_ == "Event" and (
        (e.end == heading.end and e.start - heading.start <= 2)
        or (e.start == heading.start and not kind
            and sum(not t.is_space for t in heading.doc[e.end:heading.end]) <= 5))
        for e in entities)


def speaker_title(doc: Doc, span: Span, entities: list[Span], *, whole_quotes: bool = True
                  ) -> tuple[list[Span], Span] | None:
    """ "Jane Doe: Title", "A & B: Tuesday 9:00AM Room E142 - Title": schedule lines and
    headings that pair speakers with a talk title."""
    people: list[Span] = []
    k = span.start
    # A schedule slot may lead: "10AM, Keynote: Jane Doe: Title", "1:15PM, Hall A: Jane: T".
    first = next((e for e in entities if e.label_ == "Person"
                  and span.start <= e.start < min(span.start + 9, span.end)), None)
    if first is not None and first.start > span.start:
        before = doc[span.start : first.start].text
        if doc[first.start - 1].text == ":" and (re.search(r"\d", before) or _KIND_RE.search(
                before)):
            k = first.start
    for e in sorted((e for e in entities if span.start <= e.start < span.end),
                    key=lambda e: e.start):
        if e.start < k:
            continue
        if e.start != k or e.label_ != "Person":
            break
        people.append(e)
        k = e.end
        if k < span.end and doc[k].lower_ in {"&", "and", ","}:
            k += 1
    if not people or k >= span.end or doc[k].text != ":":
        return None
    found = title_after(text_of(doc), doc[k].idx + 1, span.end_char)
    if found is not None and whole_quotes:  # rule quoted_titles_whole (talks/writeups.py)
        found = whole_quote(text_of(doc), found, span.end_char)
    if found is None:
        return None
    title_span = doc.char_span(*found, alignment_mode="expand")
    if title_span is None:
        return None
    return people, Span(doc, title_span.start, title_span.end, label="Session")


def title_after(text: str, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The characters of the talk title in ``text[start_char:end_char]``, the part of a
    speaker line after the colon: schedule slots and rooms ("Tuesday 9:00AM Room E142 -")
    are not the title, and the title ends where prose starts."""
    rest = text[start_char:end_char]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    cut = _SCHEDULE.match(rest)
    if cut and cut.end() > 0 and re.search(r"\d", cut.group()):
        lead += cut.end()
        rest = rest[cut.end():]
        room = _ROOM.match(rest)
        if room:
            lead += room.end()
            rest = rest[room.end():]
        stripped = re.sub(r"^[-–—:]\s*", "", rest)
        lead += len(rest) - len(stripped)
        rest = stripped
        dash = re.search(r"\s[-–—]\s", rest)
        if dash and len(rest[:dash.start()].split()) <= 4:
            lead += dash.end()
            rest = rest[dash.end():]
    # The title ends at its first sentence-closing mark followed by more prose.
    end = re.search(r"[.?!](?=\s+[A-Z])|\s+(?=[A-Z][a-z]+:\s)", rest)
    title = rest[: end.end()] if end else rest
    title = title.strip().rstrip(".").strip()
    if len(title) > 2 and title[0] in "\"“" and title[-1] in "\"”":
        title = title[1:-1]
    if len(title.split()) < 2 or len(title) > 150 or title not in rest:
        return None
    begin = start_char + lead + rest.find(title)
    return begin, begin + len(title)


@Language.factory("kg_sessions", default_config={"max_opening_sentences": 3, "rules_off": []})
def make_session_finder(nlp: Language, name: str, max_opening_sentences: int,
                        rules_off: list[str]) -> SessionFinder:
    return SessionFinder(max_opening_sentences, frozenset(rules_off))
