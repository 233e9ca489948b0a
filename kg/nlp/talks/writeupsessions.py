"""Sessions as conference write-ups tell of them, learned from write-ups outside the corpus.

Runs before ``kg_narrative_sessions``, so that what it finds (a session and its
presenter) is known there and not found twice. Each reading is a named rule
(``rules_off``; bench/lobo.py EXTERNAL):

- ``quoted_then_kind``: 'Jane Doe's "Title" talk', 'the "Title" session by Jane Doe'.
- ``possessive_titles``: "Jane Doe's talks Loop Faster and Sleep Better": title-cased titles
  right after a person's kind of session.
- ``name_paren_kind``: "Jane Doe (closing keynote: Title)".
- ``heading_then_speaker``: a heading, then a section that opens with a person doing
  what speakers do ("Jane Doe walked us through ..."), in a post about an event: the
  heading is her talk's title.
- ``names_after_by_kind``: "the keynote was by Jane Doe": after a kind of session and
  "by", a name-shaped pair of words is a person even where the model missed it.
- ``reviewed_items``: "Title: great talk, shame about the room" in a list the post or the
  section announces as talks: the writer's review of each talk, one item each. Items of
  the list with the same form and no talk word of their own count where most do.
- ``given_name_speakers``: "Daniele also gave a talk on ...": a known given name alone (not
  an English word) that gives a talk names a person, though no surname follows.
- ``next_up``: "Next up was Jane Doe, talking about ..." in a post about an event.
- ``kind_lead_clause``: "For the first talk of the day, Jane Doe showed ...": the person
  right after a clause that names a kind of session gave it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.names.cues import looks_like_person_name
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.names.modelspans import given_names
from kg.nlp.names.stopnames import common_word
from kg.nlp.records import relation, text_of
from kg.nlp.talks.sessions import GENERIC_HEADINGS, names_an_event, section_bounds
from kg.nlp.talks.talklines import StructureContext
from kg.nlp.talks.writeups import not_a_name

_KIND = r"(?:keynote|talk|session|presentation|panel|workshop|tutorial|plenary|lightning talk)"
# 'Jane Doe's — "Title" session': a possessive, then the quoted title, then the kind.
_QUOTED_KIND = re.compile(
    r"(?P<who>['’]s?)\s*(?:[-–—,:]\s*)?[\"“](?P<title>[A-Z0-9][^\"”]{3,150}?)[,.]?[\"”]\s+"
    r"(?:\w+\s+)?" + _KIND + r"s?\b"
    r"|(?:the|a|an|this|her|his|their)\s+[\"“](?P<title2>[A-Z0-9][^\"”]{3,150}?)[,.]?[\"”]\s+"
    + _KIND + r"\b(?:\s+(?:was\s+)?(?:given|presented|delivered|led|run)?\s*by\s+)?", re.I)
# "Jane Doe (opening keynote: Title)"
_PAREN_KIND = re.compile(r"\s*\((?:[\w-]+\s+){0,2}?" + _KIND
                         + r"\s*[:,–—-]\s*(?P<title>[^()]{4,150})\)", re.I)
# The verbs of a speaker at work, in the first sentence of a talk's section.
_SPEAKER_VERBS = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)"
    r"{0,3}\s*)?,?\s*(?:then\s+|also\s+)?(?:walked|talked|spoke|presented|"
    r"showed|demoed|demonstrated|explained|shared|gave|opened|kicked|took|told|introduced|"
    r"described|discussed|explored|covered|argued)\b|['’]s\s+(?:[\w-]+\s+)?" + _KIND + r"\b", re.I)
# "In this talk, Jane Doe ...": a clause before the speaker that points at the section's talk
_THIS_KIND = re.compile(r"\W*(?:in|during|for|with)\s+(?:this|her|his|their|the)\s+" + _KIND
                        + r",?\s*", re.I)
_BY_KIND = re.compile(r"\b" + _KIND + r"s?\s+(?:was\s+|were\s+|is\s+)?(?:given\s+|presented\s+|"
                      r"delivered\s+|led\s+|run\s+|done\s+|hosted\s+)?by\s+$", re.I)


class WriteupSessions:
    """Adds Session spans, presenters (and persons the model missed) from the readings above."""

    def __init__(self, rules_off: frozenset[str] = frozenset()) -> None:
        self.off = rules_off

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.spans.get(ENT_KEY, []))
        relations = records.relations(doc)
        added: list[Span] = []
        if "names_after_by_kind" not in self.off:
            added += _names_after_by(doc, entities)
        if "given_name_speakers" not in self.off:
            added += _given_name_speakers(doc, entities + added)
        people = sorted([e for e in entities + added if e.label_ == "Person"],
                        key=lambda e: e.start)
        presenting = {(r.o.start, r.o.end) for r in relations if r.name == "presenter"}
        speakers = {text_of(doc)[r.o.start:r.o.end] for r in relations if r.name == "presenter"
                    and r.o.start >= 0}
        taken = {i for e in entities if e.label_ == "Session" for i in range(e.start, e.end)}
        found: list[tuple[Span, list[Span], Span]] = []
        if "quoted_then_kind" not in self.off:
            found += _quoted_then_kind(doc, people)
        if "possessive_titles" not in self.off:
            found += _possessive_titles(doc, people)
        if "name_paren_kind" not in self.off:
            found += _name_paren_kind(doc, people)
        if "heading_then_speaker" not in self.off:
            found += _heading_then_speaker(doc, entities, people, presenting)
        if "kind_lead_clause" not in self.off:
            found += _kind_lead_clause(doc, people, speakers)
        if "next_up" not in self.off:
            found += _next_up(doc, entities, people, speakers)
        if "reviewed_items" not in self.off:
            found += _reviewed_items(doc, people)
        sessions: list[Span] = []
        for session, speakers, evidence in found:
            if any(t.i in taken for t in session):
                continue
            taken.update(range(session.start, session.end))
            sessions.append(session)
            for person in speakers:
                relations.append(relation("presenter", session, person, evidence))
        kept = [e for e in entities if not any(
            a.start < e.end and e.start < a.end for a in added)]
        doc.spans[ENT_KEY] = sorted(kept + added + sessions, key=lambda s: (s.start, -len(s)))
        doc._.kg_relations = relations
        return doc


def _names_after_by(doc: Doc, entities: list[Span]) -> list[Span]:
    """Person spans for "keynote was by Jane Doe" where the model found no name."""
    text = text_of(doc)
    covered = {i for e in entities for i in range(e.start, e.end)}
    out = []
    for m in re.finditer(r"\bby\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})", text):
        if not _BY_KIND.search(text[max(0, m.start() - 60):m.start() + 3]):
            continue
        span = doc.char_span(m.start("name"), m.end("name"), label="Person")
        if span is None or any(t.i in covered for t in span) or not looks_like_person_name(
                span.text):
            continue
        out.append(span)
    return out


_GAVE_KIND = re.compile(
    r"\s+(?:also\s+|then\s+|later\s+|even\s+)?(?:gave|delivered|presented|did|ran|led|hosted)"
    r"\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _KIND + r"\b"
    r"|['’]s\s+(?:[\w-]+\s+)?" + _KIND + r"\b", re.I)


def _given_name_speakers(doc: Doc, entities: list[Span]) -> list[Span]:
    """Person spans for a lone given name that gives a talk."""
    given = given_names()
    covered = {i for e in entities for i in range(e.start, e.end)}
    # "Adrian's keynote" after "Adrian Cockcroft" is his: other rules read such back-references
    known = {e[0].text for e in entities if e.label_ == "Person" and len(e) > 1}
    text = text_of(doc)
    out = []
    for tok in doc:
        if tok.i in covered or not tok.is_title or tok.text not in given or tok.text in known or (
                common_word(
                tok.text)) or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
            continue
        if _GAVE_KIND.match(text, tok.idx + len(tok.text)):
            # kb_id: the resolver keeps a one-word person it is told is one (a profile link)
            out.append(Span(doc, tok.i, tok.i + 1, label="Person", kb_id=tok.text))
    return out


def _quoted_then_kind(doc: Doc, people: list[Span]) -> list[tuple[Span, list[Span], Span]]:
    text = text_of(doc)
    out = []
    for sent in doc.sents:
        for m in _QUOTED_KIND.finditer(sent.text):
            group = "title" if m.group("title") else "title2"
            start = sent.start_char + m.start(group)
            title = doc.char_span(start, start + len(m.group(group)), label="Session",
                                  alignment_mode="expand")
            if title is None or len(m.group(group).split()) < 2:
                continue
            if group == "title":  # the possessive closes the presenter's name
                at = sent.start_char + m.start("who")
                who = [p for p in people if p.end_char == at]
            else:
                after = sent.start_char + m.end()
                who = [p for p in people if p.start_char == after] if text[
                    after - 3:after].strip() == "by" else []
            if who:
                out.append((title, who[:1], sent))
    return out


_WORD = r"[A-Z][\w'’.-]*"
_TITLE_RUN = _WORD + r"(?:\s+(?:(?:of|the|in|a|an|for|to|on|with|at|vs\.?)\s+)*" + _WORD + r")+"
_POSS_TITLES = re.compile(r"['’]s\s+(?:\w+\s+)?" + _KIND + r"s?[,:]?\s+(?P<titles>" + _TITLE_RUN
                          + r"(?:(?:,\s*|,?\s+and\s+)" + _TITLE_RUN + r")*)(?![\w'’-])")


def _possessive_titles(doc: Doc, people: list[Span]) -> list[tuple[Span, list[Span], Span]]:
    text = text_of(doc)
    out = []
    for person in people:
        m = _POSS_TITLES.match(text, person.end_char)
        if m is None:
            continue
        base = m.start("titles")
        for part in re.finditer(_TITLE_RUN, m.group("titles")):
            span = doc.char_span(base + part.start(), base + part.end(), label="Session",
                                 alignment_mode="expand")
            if span is not None and (not looks_like_person_name(part.group()) or not_a_name(
                    part.group(), given_names())):
                out.append((span, [person], doc[person.start:span.end]))
    return out


def _name_paren_kind(doc: Doc, people: list[Span]) -> list[tuple[Span, list[Span], Span]]:
    text = text_of(doc)
    out = []
    for person in people:
        m = _PAREN_KIND.match(text, person.end_char)
        if m is None:
            continue
        title = m.group("title").strip()
        start = m.start("title") + m.group("title").find(title)
        span = doc.char_span(start, start + len(title), label="Session",
                             alignment_mode="expand")
        if span is not None and len(title.split()) >= 2:
            out.append((span, [person], doc[person.start:span.end]))
    return out


def _heading_then_speaker(doc: Doc, entities: list[Span], people: list[Span],
                          presenting: set[tuple[int, int]]
                          ) -> list[tuple[Span, list[Span], Span]]:
    """A heading whose section opens with a person at a speaker's work, in a post about an
    event; not a heading that is a name, an event or a generic section title."""
    if not any(e.label_ == "Event" for e in entities):
        return []
    text = text_of(doc)
    out = []
    for head, body_start, body_end in section_bounds(doc):
        span = doc.char_span(head.start, head.end, label="Session", alignment_mode="expand")
        if span is None or len(head.text.split()) < 2 or GENERIC_HEADINGS.match(head.text) or (
                head.text.endswith("?")) or names_an_event(span, entities) or any(
                e.start <= span.start and span.end <= e.end for e in entities):
            continue
        if any(p.start >= span.start and p.end <= span.end for p in people):
            continue  # "Jane Doe - Title" and "Jane Doe" headings are read elsewhere
        first = next((s for s in doc.sents if body_start <= s.start_char < body_end), None)
        if first is None:
            continue
        lead = next((p for p in people if p.start == first.start
                     or (p.start == first.start + 1 and doc[first.start].is_punct)
                     or (first.start < p.start < first.start + 6 and _THIS_KIND.fullmatch(
                         text[first.start_char:p.start_char]))), None)
        if lead is None or (lead.start_char, lead.end_char) in presenting or not (
                _SPEAKER_VERBS.match(text, lead.end_char)):
            continue
        out.append((span, [lead], first))
    return out


_LEAD_CLAUSE = re.compile(
    r"^\W*(?:for|in|during|at)\s+(?:the|her|his|their|this)\s+(?:[\w-]+\s+){0,2}?(?P<kind>"
    + _KIND + r")\b[^,.;:]{0,40},\s*(?:then\s+)?$", re.I)


def _kind_lead_clause(doc: Doc, people: list[Span], speakers: set[str]
                      ) -> list[tuple[Span, list[Span], Span]]:
    """Not for a person who presents already, nor "In his talk, Doe said" after "Jane Doe":
    that talk is known."""
    text = text_of(doc)
    out = []
    for person in people:
        sent = person.sent
        m = _LEAD_CLAUSE.match(text[sent.start_char:person.start_char])
        if m is None or any(person.text == s or person.text in s.split() for s in speakers):
            continue
        if re.match(r"\W*\w+\s+this\b", m.group(), re.I):
            continue  # "In this talk, X ...": the talk its section names
        if re.match(r"\W*\w+\s+(?:his|her|their)\b", m.group(), re.I) and any(
                p.start < person.start and person.text in p.text.split() for p in people):
            continue  # "In his talk, Doe ...": the talk of Jane Doe, told of before
        at = sent.start_char + m.start("kind")
        kind = doc.char_span(at, sent.start_char + m.end("kind"), alignment_mode="expand")
        if kind is None:
            continue
        name = f"{person.text} {kind[-1].lower_.removeprefix('lightning ')}"
        out.append((Span(doc, kind.start, kind.end, label="Session", kb_id=name), [person],
                    sent))
    return out


_NEXT_UP = re.compile(r"\b(?:next|first|last|then)\s+up\s+(?:was|were|is|came)\s+(?:the\s+)?$"
                      r"|\b(?:next|then)\s+came\s+$", re.I)


def _next_up(doc: Doc, entities: list[Span], people: list[Span], speakers: set[str]
             ) -> list[tuple[Span, list[Span], Span]]:
    """ "Next up was Jane Doe, talking about ...", in a post about an event or talks."""
    context = StructureContext(doc)
    events = any(e.label_ == "Event" for e in entities)
    text = text_of(doc)
    out = []
    for person in people:
        sent = person.sent
        m = _NEXT_UP.search(text[sent.start_char:person.start_char])
        if m is None or person.text in speakers or not (events or context.speaks_of_talks(
                sent.start_char, sent.end_char)):
            continue
        word = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                             alignment_mode="expand")
        if word is None:
            continue
        out.append((Span(doc, word.start, word.start + 1, label="Session",
                         kb_id=f"{person.text} talk"), [person], sent))
    return out


_REVIEWED = re.compile(r"(?P<title>[A-Z0-9][^:\n]{1,80}?):\s+(?P<rest>\S.*)", re.S)
_REVIEW_WORDS = re.compile(r"\b(?:talk|speaker|speakers|presentation|presenter|session|keynote|"
                           r"slides|demo|devroom|room was|q&a|questions)\b", re.I)
_NOT_REVIEWED = re.compile(r"^(?:note|update|edit|photo|source|credit|tl;?dr|ps|p\.s\.|warning|"
                           r"tip|summary|bonus|day \d)\b|^(?:when|where|what|who|why|how)$", re.I)


def _reviewed_items(doc: Doc, people: list[Span]) -> list[tuple[Span, list[Span], Span]]:
    """Items "Title: review" of one list, where the list is announced as talks and most of
    its items speak of a talk, a speaker or the room."""
    text = text_of(doc)
    context = StructureContext(doc)
    runs: list[list[tuple[records.BlockRec, re.Match]]] = []
    last_end = -1
    for block in records.blocks(doc):
        m = _REVIEWED.fullmatch(text[block.start:block.end]) if block.kind == "item" else None
        if m is None or len(m.group("title").split()) > 10 or _NOT_REVIEWED.match(
                m.group("title")) or re.search(r"[.!?]\s", m.group("title")):
            if block.kind != "item" or m is None:
                last_end = -1
            continue
        if last_end < 0 or not runs:
            runs.append([])
        runs[-1].append((block, m))
        last_end = block.end
    out = []
    for run in runs:
        reviewed = [_REVIEW_WORDS.search(m.group("rest")) is not None for _, m in run]
        if len(run) < 2 or sum(reviewed) * 2 < len(run) or not context.announced(run[0][0]):
            continue
        for (block, m), own in zip(run, reviewed, strict=True):
            words = m.group("title").split()
            if not own and len(words) == 1 and common_word(words[0]):
                continue  # "Lunch: too long a queue" among the talks
            start = block.start + m.start("title")
            title = doc.char_span(start, block.start + m.end("title"), label="Session",
                                  alignment_mode="expand")
            if title is None or any(p.start < title.end and title.start < p.end
                                    for p in people):
                continue
            out.append((title, [], title))
    return out


@Language.factory("kg_writeup_sessions", default_config={"rules_off": []})
def make_writeup_sessions(nlp: Language, name: str, rules_off: list[str]) -> WriteupSessions:
    return WriteupSessions(frozenset(rules_off))
