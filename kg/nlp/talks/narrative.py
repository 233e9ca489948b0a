"""Sessions that the prose tells of rather than lists.

"A keynote by Adrian Cockcroft", "X's excellent talk", "X gave a talk on Y",
"X spent his lightning talk on Y", a quoted title ("'Virtual Clusters' by X"),
and a section whose opening says "this session was run by X" or "I held
this session". First person ("I", "yours truly") is the post's author. A
person already presenting a known session is not given a second one: what
the sentence adds (its subject) goes to the known session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp import records
from kg.nlp.names.cues import looks_like_person_name
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.names.modelspans import given_names
from kg.nlp.records import End, relation, text_of
from kg.nlp.relations.patterns import section_topics
from kg.nlp.resolve import entity_key
from kg.nlp.spans import by_sentence
from kg.nlp.talks.sessions import GENERIC_HEADINGS, KINDS, TALK_LINK, section_bounds, speaker_title
from kg.nlp.talks.talklines import StructureContext

_QUOTED = re.compile(
    r"\b(?P<kind>" + "|".join(KINDS) + r"|presented|presents|gave|delivered)s?\b"
    r"[^\"“.]{0,40}?[\"“](?P<title>(?-i:[A-Z0-9])[^\"”]{3,120})[\"”]", re.I)
# '"Title" by X': a quoted, capitalised title and who gave it.
_QUOTED_BY = re.compile(
    r"[\"“](?P<title>[A-Z0-9][^\"”]*?\s[^\"”]{2,120}?)[,.]?[\"”],?\s+(?:by|from|with|(?:presented|given|"
    r"delivered) by)\s+$")
_KIND_ALT = r"(?:session|talk|workshop|keynote|panel|bof|presentation|tutorial)"
# A section's opening that speaks of the section's session: "At this session, we...",
# "This session was run by...", "This was a session jointly organized with...".
_THIS_SESSION = re.compile(
    r"(?:^|\b(?:at|in|during|for|held|ran|led|moderated|hosted|organi[sz]ed|chaired)\s+)"
    r"(?:this|the)\s+" + _KIND_ALT + r"\b|\bthis\s+" + _KIND_ALT
    + r"\s+(?:was|is|had|has|covered|focused|started|began|will)\b|\bthis was an?\s+(?:\w+\s+)"
    r"{0,2}" + _KIND_ALT + r"\b", re.I)
_TITLED = re.compile(r"\b(?:titled|entitled|called|named)\s*:?\s*[\"“]", re.I)
_RUN_BY = re.compile(r"\b(?:run|organi[sz]ed|led|moderated|hosted|chaired|given|presented|"
                     r"facilitated|delivered)\s+by\s+$", re.I)
_I_HELD = re.compile(r"\bI\s+(?:held|ran|led|moderated|gave|presented|hosted|organi[sz]ed|"
                     r"facilitated|chaired)\s+(?:this|the|my|a)\b")
_YOURS_TRULY = re.compile(r"\byours truly\b", re.I)
_GIVE = {"gave", "gives", "give", "giving", "delivered", "delivers", "led", "leads", "hosted",
         "hosts", "moderated", "moderates", "ran", "spent", "did", "opened", "closed"}
_TALK = {"talked", "talks", "spoke", "speaks", "presented", "presents"}
# "X demoed Y", "X walked us through Y": in a paragraph about talks, X gave one.
_SHOW = {"demoed", "demonstrated", "showed", "showcased", "unveiled", "walked", "introduced",
         "explained", "presented"}
_BY_KINDS = {"keynote", "talk", "presentation", "panel", "session", "workshop"}
_PRESENTING = {"explaining", "presenting", "talking", "speaking", "introducing", "demoing",
               "demonstrating", "showing", "sharing", "discussing", "giving", "walking"}
_STAGE = re.compile(
    r"(?:kicked (?:things |it |the (?:day|conference|event|summit|show) )?off|took the "
    r"(?:stage|mic|microphone|podium|floor)|open(?:ed|s|ing)? the (?:conference|day|summit|event|"
    r"show|keynotes?)|closed (?:out )?the (?:conference|day|summit|event|show|keynotes?)|"
    r"keynoted)\b", re.I)
_INTERVIEW = re.compile(r"\b(?:interviews?|podcasts?|episodes?)\b", re.I)
_KIND_WORDS = {"keynote", "talk", "presentation", "panel", "session", "workshop", "demo",
               "tutorial"}
# "the keynote was given by X", "one of my favourite talks was by X" (rule passive_by)
_PASSIVE = {"given", "presented", "delivered", "led", "was", "is", "were", "done", "run",
            "hosted", "held", "moderated", "facilitated", "chaired", "came"}
# "X discussed Y" where the text speaks of talks (rule discuss_verbs)
_DISCUSS = {"discussed", "covered", "described", "argued", "explored"}


@dataclass
class _State:
    """What the post's sessions are so far, as the component adds to them."""

    sessions: list[Span]
    relations: list[records.Rel]
    seen: set[str] = field(default_factory=set)
    presenting: dict[str, End] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.seen = {s.text for s in self.sessions}

    def add(self, session: Span, presenters: list[Span | End], subjects: list[Span],
            evidence: Span) -> None:
        self.sessions.append(session)
        self.seen.add(session.kb_id_ or session.text)
        for person in presenters:
            self.relations.append(relation("presenter", session, person, evidence))
            self.presenting.setdefault(_person_key(person), End.of(session))
        for thing in subjects:
            self.relations.append(relation("about", session, thing, evidence))

    def add_presenter(self, session: Span, person: Span | End, evidence: Span) -> None:
        self.relations.append(relation("presenter", session, person, evidence))
        self.presenting.setdefault(_person_key(person), End.of(session))

    def known_as(self, person: Span) -> str | None:
        """The key under which the person already presents: their name, or a one-word
        part of a presenting person's full name."""
        key = person.text.lower()
        if key in self.presenting:
            return key
        if len(person) == 1:
            return next((k for k in self.presenting if key in (k.split()[0], k.split()[-1])),
                        None)
        return None

    def add_subjects(self, person: str, subjects: list[Span], evidence: Span) -> None:
        """The person presents a known session: the sentence says more of its subject."""
        known = self.presenting[person]
        for thing in subjects:
            self.relations.append(relation("about", known, thing, evidence))


def _person_key(person: Span | End) -> str:
    return person.key if isinstance(person, End) else person.text.lower()


class NarrativeSessions:
    """Adds the sessions the prose describes, with presenter and about relations.

    ``rules_off`` switches named rules off (bench/lobo.py): section_sessions, talk_links,
    quoted, stage_verbs, list_item_talks, by_fillers, adverb_clauses, person_links,
    first_person_talks, quoted_first_person, show_verbs, talk_from."""

    def __init__(self, rules_off: frozenset[str] = frozenset()) -> None:
        self.off = rules_off

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.spans.get(ENT_KEY, []))
        state = _State([e for e in entities if e.label_ == "Session"], records.relations(doc))
        state.presenting = {text_of(doc)[r.o.start:r.o.end].lower(): r.s
                            for r in state.relations if r.name == "presenter"}
        before = len(state.sessions)
        if "section_sessions" not in self.off:
            self._sections(doc, entities, state)
        if "talk_links" not in self.off:
            _talk_links(doc, entities, state)
        self._sentences(doc, entities, state)
        if "person_links" not in self.off:
            _person_links(doc, entities, state)
        if "first_person_talks" not in self.off:
            _first_person_talks(doc, entities, state, "quoted_first_person" not in self.off)
        added = state.sessions[before:]
        doc.spans[ENT_KEY] = sorted(entities + added, key=lambda s: (s.start, -len(s)))
        doc._.kg_relations = state.relations
        return doc

    def _next_speaks(self, doc: Doc, sent: Span) -> bool:
        """ "X discussed burnout. In the talk, he ...": the next sentence names the talk
        (rule discuss_verbs)."""
        if "discuss_verbs" in self.off or sent.end >= len(doc):
            return False
        after = doc[sent.end].sent
        return bool(re.match(r"\W*(?:in|during|throughout)\s+(?:the|this|that|his|her|their)\s+"
                             + _KIND_ALT + r"\b", after.text, re.I))

    def _sections(self, doc: Doc, entities: list[Span], state: _State) -> None:
        """A heading whose section opens with "this session..." names that session."""
        author = _author(doc)
        taken = {i for s in state.sessions for i in range(s.start, s.end)}
        for head, body_start, body_end in section_bounds(doc):
            span = doc.char_span(head.start, head.end, alignment_mode="expand")
            if span is None or any(t.i in taken for t in span) or len(span) < 2 or (
                    GENERIC_HEADINGS.match(head.text)) or _names_one_thing(span, entities):
                continue
            body = [s for s in doc.sents if body_start <= s.start_char < body_end][:6]
            if not body:
                continue
            if not any(_THIS_SESSION.search(s.text) for s in body[:3]):
                continue
            if "titled_in_section" not in self.off and any(
                    _TITLED.search(s.text) for s in body[:3]):
                continue  # 'one workshop was titled "X"': X is the session, not the heading
            presenters: list[Span | End] = []
            for sent in body:
                presenters.extend(_run_by(doc, sent, entities, author))
            if _speaker_led(span):
                continue  # "Name: schedule - Title": the sentence pass reads those
            session = Span(doc, span.start, span.end, label="Session")
            subjects = [e for e in entities if e.label_ in {"Software", "Organization"}
                        and span.start <= e.start and e.end <= span.end]
            state.add(session, presenters, subjects, span)

    def _sentences(self, doc: Doc, entities: list[Span], state: _State) -> None:
        in_sessions = {i for s in state.sessions for i in range(s.start, s.end)}
        people_in = {sent.start: inside for sent, inside in
                     by_sentence(doc, [e for e in entities if e.label_ == "Person"])}
        context = StructureContext(doc)
        meta = doc._.kg_meta or {}
        interviews = bool(_INTERVIEW.search(f"{meta.get('title')} {meta.get('summary')}"))
        for sent in doc.sents:
            if sent.start in in_sessions:
                continue
            people = people_in.get(sent.start, [])
            listed = speaker_title(doc, sent, entities,
                                   whole_quotes="quoted_titles_whole" not in self.off)
            if listed is not None and not (context.speaks_of_talks(sent.start_char, sent.end_char)
                                           or re.search(r"\d", sent.text)):
                listed = None  # "Lunch Club: an AI platform for..." in a list of tools
            if listed is not None and listed[1].text not in state.seen:
                state.add(listed[1], list(listed[0]), [], sent)
                continue
            if "quoted" not in self.off and _quoted(doc, sent, people, entities, state,
                                                    "quote_not_said" not in self.off):
                continue
            for person in people:
                kind = _described_kind(doc, person, self.off)
                if kind is None or kind.i in in_sessions:
                    continue
                if kind.lower_ in _TALK | _SHOW | _DISCUSS | {"heard"} and (interviews or not (
                        context.speaks_of_talks(sent.start_char, sent.end_char) or any(
                        e.label_ == "Event" and sent.start <= e.start < sent.end
                        for e in entities) or self._next_speaks(doc, sent))):
                    continue  # "X talks about his work" in an interview is no talk;
                    # "X speaks about Y at the PTG" is one
                name = f"{person.text} {_kind_word(kind)}"
                subjects = _subjects(doc, kind.i + 1, sent.end, entities)
                known = state.known_as(person)
                if known is not None:  # "Murray" after "Jonathan Murray talk"
                    if subjects:
                        state.add_subjects(known, subjects, sent)
                    continue
                if name in state.seen:
                    continue
                session = Span(doc, kind.i, kind.i + 1, label="Session", kb_id=name)
                state.add(session, [person], subjects, sent)


_DETERMINERS = re.compile(r"^(?:a|an|the|this|that|my|our|his|her|their|its)\s+", re.I)
_KIND_IN_LINK = re.compile(r"\b(?:lightning talk|" + _KIND_ALT[3:-1] + r")s?\b", re.I)


def _talk_links(doc: Doc, entities: list[Span], state: _State) -> None:
    """ "[a session on Cortex](video link)", "[this talk](...) is by X": a link to a talk's
    video or slides whose text says what kind of session it is. Named after its subject,
    else its presenter, else the link's own words ("the keynote announcement")."""
    taken = {i for s in state.sessions for i in range(s.start, s.end)}
    topics = section_topics(doc, entities)
    for link in records.links(doc):
        kind = _KIND_IN_LINK.search(" ".join(link.text.split()[:4]))
        span = doc.char_span(link.start, link.end, alignment_mode="expand")
        if kind is None or span is None or len(span) > 8 or not TALK_LINK.search(link.target) or (
                any(t.i in taken for t in span)) or kind.group().lower().endswith("s"):
            continue  # "[20 presentations](schedule)" is a count of talks, not one
        sent = span.sent
        inside = [e for e in entities if e.label_ in {"Software", "Organization"}
                  and span.start <= e.start and e.end <= span.end]
        near = [e for e in entities if e.label_ == "Software"
                and sent.start <= e.start and e.end <= sent.end and abs(e.start - span.start) < 8]
        people = [e for e in entities if e.label_ == "Person" and span.end <= e.start < sent.end
                  and re.search(r"\b(?:by|from|with)\b", doc[span.end:e.start].text)]
        section = [t for start, end, t in topics if start <= link.start < end]
        word = kind.group().lower().rstrip("s")
        phrase = _DETERMINERS.sub("", link.text).strip()
        subject = (inside or near or [None])[0]
        if subject is not None:
            name = f"{subject.text} {word}"
        elif people:
            name = f"{people[0].text} {word}"
        elif phrase.lower() != word and len(phrase.split()) <= 3 and not re.search(
                r"\b(?:on|about|from|by|of|with|for|which|that)\b", phrase, re.I):
            name = phrase  # "the keynote announcement", "a deeper-dive talk"
        elif section:
            name = f"{section[-1].text} {word}"
        else:
            continue
        if name in state.seen:
            continue
        session = Span(doc, span.start, span.end, label="Session", kb_id=name)
        state.add(session, people[:3], [subject] if subject is not None else section[-1:], sent)


def _person_links(doc: Doc, entities: list[Span], state: _State) -> None:
    """ "Jane Doe emphasised [the need for X](slides link)": a sentence led by a person that
    links to slides or a video, where the text speaks of talks, tells of that person's talk."""
    context = StructureContext(doc)
    people = [e for e in entities if e.label_ == "Person"]
    for link in records.links(doc):
        if not TALK_LINK.search(link.target) or _KIND_IN_LINK.search(link.text):
            continue
        span = doc.char_span(link.start, link.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        lead = next((p for p in people if sent.start <= p.start < min(sent.start + 8, span.start)
                     and p.end <= span.start and p.text.split()[0] in given_names()), None)
        if lead is None or lead.text.lower() in state.presenting or not (
                context.speaks_of_talks(sent.start_char, sent.end_char)):
            continue
        if any(e.label_ == "Person" and span.start <= e.start < span.end for e in people):
            continue  # the link is on a name: a profile, not a talk
        name = f"{lead.text} talk"
        if name in state.seen:
            continue
        session = Span(doc, span.start, span.end, label="Session", kb_id=name)
        state.add(session, [lead], [], sent)


_I_GAVE = re.compile(
    r"\b(?:I|we)\b(?:\s+[\w']+){0,5}?\s+(?:gave|give|giving|deliver|delivered|delivering|"
    r"present|presented|presenting|did|do|doing|held|hold|ran|run|led|lead|hosted|host|"
    r"facilitated|facilitate|taught|teach|moderated|moderate|co-presented)\s+"
    r"(?:a|an|my|our)\s+(?:[\w-]+\s+){0,2}?(?P<kind>lightning talk|keynote|talk|presentation|"
    r"session|workshop|tutorial|panel)\b(?!\s+(?:about|with)\s+(?:him|her|them))"
    r"|\bI\s+(?:also\s+|then\s+)?(?:spoke|keynoted)\s+(?:at|about|on)\b", re.I)


def _first_person_talks(doc: Doc, entities: list[Span], state: _State,
                        quoted: bool = True) -> None:
    """ "I gave a talk at X", "asked if I wanted to deliver a keynote": the post's author
    speaks. Inside a quote "I" is whoever is quoted: with ``quoted``, the person the line
    before the quote names ("**Post title**, by Jane Doe" then "> I gave a talk ...")."""
    author = _author(doc)
    name = next((str(a.get("name")) for a in (doc._.kg_meta or {}).get("authors", ())), "")
    blocks = records.blocks(doc)
    people = [e for e in entities if e.label_ == "Person"]
    events = [e for e in entities if e.label_ == "Event"]
    done = set(state.presenting)  # the people already presenting
    for sent in doc.sents:
        m = _I_GAVE.search(sent.text)
        if m is None:
            continue
        block = next((i for i, b in enumerate(blocks) if b.start <= sent.start_char < b.end), -1)
        speaker: Span | End | None = author
        who = name
        if block >= 0 and blocks[block].kind == "quote":
            lead = _quoted_speaker(blocks, block, people) if quoted else None
            if lead is None:
                continue
            speaker, who = lead, lead.text
        if speaker is None or _person_key(speaker) in done:
            continue
        at = sent.start_char + m.start("kind") if m.group("kind") else sent.start_char + m.start()
        kind = doc.char_span(at, at + len(m.group("kind") or m.group()), alignment_mode="expand")
        if kind is None or f"{who} {_kind_word(kind[-1])}" in state.seen:
            continue
        titled = [t for t in state.sessions if sent.start <= t.start < sent.end]
        if titled:  # 'I gave a talk, titled "X"': the speaker of that title
            state.add_presenter(titled[0], speaker, sent)
            done.add(_person_key(speaker))
            continue
        title = f"{who} {_kind_word(kind[-1]) if m.group('kind') else 'talk'}"
        session = Span(doc, kind.start, kind.end, label="Session", kb_id=title)
        state.add(session, [speaker], _subjects(doc, kind.end, sent.end, entities), sent)
        done.add(_person_key(speaker))  # one talk a person unless the post names more
        where = [e for e in events if sent.start <= e.start < sent.end]
        if where:
            state.relations.append(relation("partOfEvent", session, where[0], sent))


def _quoted_speaker(blocks: list[records.BlockRec], quote: int, people: list[Span]
                    ) -> Span | None:
    """The person named last in the block just before the quote that holds ``quote``."""
    first = quote
    while first > 0 and blocks[first - 1].kind == "quote":
        first -= 1
    if first == 0:
        return None
    before = blocks[first - 1]
    named = [p for p in people if before.start <= p.start_char < before.end]
    return named[-1] if named else None


_SAID = re.compile(r"\b(?:me|us|you|him|them|said|says|say|saying|go|goes|went|think|thought|"
                   r"asked|told|made|quipped|joked|reminded)\b", re.I)


def _quoted(doc: Doc, sent: Span, people: list[Span], entities: list[Span],
            state: _State, said: bool = True) -> bool:
    """Quoted titles: 'a talk titled "X"', '"X" by A and B'."""
    found = False
    # A quoted title may hold a question mark that ends the parser's sentence: read on to
    # the closing quote ("Why does X suck? Because ...").
    text = text_of(doc)
    until = text.find("\n\n", sent.end_char)
    ahead = text[sent.start_char:min(until if until > 0 else len(text), sent.end_char + 160)]
    for m in _QUOTED.finditer(ahead):
        if m.start("title") >= len(sent.text):  # the title opens in this sentence
            break
        if said and _SAID.search(ahead[m.end("kind"):m.start("title")]):
            continue  # "her keynote made me say 'X'": words said, not a title
        start = sent.start_char + m.start("title")
        title = m.group("title").rstrip(",.;: ")  # "... connect, network, contribute,"
        span = doc.char_span(start, start + len(title), alignment_mode="expand")
        if span is None or span.text in state.seen:
            continue
        found = True
        state.add(Span(doc, span.start, span.end, label="Session"), list(people),
                  _subjects(doc, span.end, sent.end, entities), sent)
    for person in people:
        m = _QUOTED_BY.search(text_of(doc)[sent.start_char:person.start_char])
        if m is None or person.start_char - sent.start_char - m.end() > 1:
            continue
        start = sent.start_char + m.start("title")
        span = doc.char_span(start, start + len(m.group("title")), alignment_mode="expand")
        if span is None or span.text in state.seen:
            continue
        found = True
        following = _listed_after(doc, person, people)
        inside = [e for e in entities if e.label_ in {"Software", "Organization"}
                  and span.start <= e.start and e.end <= span.end]
        state.add(Span(doc, span.start, span.end, label="Session"), following, inside, sent)
    return found


def _names_one_thing(span: Span, entities: list[Span]) -> bool:
    """A heading that is just an event's or a product's name heads a section about it."""
    return any(e.start <= span.start and span.end <= e.end + 1 for e in entities
               if e.label_ != "Session")


def _speaker_led(span: Span) -> bool:
    """The heading opens with people and a colon: "A & B: Title"."""
    head, colon, _ = span.text.partition(":")
    names = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", head) if n]
    return bool(colon) and bool(names) and all(looks_like_person_name(n) for n in names)


def _listed_after(doc: Doc, first: Span, people: list[Span]) -> list[Span]:
    """The person and those joined to it by "and", "&" or commas."""
    out = [first]
    for p in sorted(people, key=lambda e: e.start):
        if p.start <= out[-1].start:
            continue
        between = text_of(doc)[out[-1].end_char:p.start_char].strip()
        if between in {",", "and", "&", ", and"}:
            out.append(p)
        else:
            break
    return out


def _run_by(doc: Doc, sent: Span, entities: list[Span], author: End | None
            ) -> list[Span | End]:
    """Presenters a section's sentence names: "run by X", "I held this", "yours truly"."""
    out: list[Span | End] = []
    people = [e for e in entities if e.label_ == "Person"
              and sent.start <= e.start and e.end <= sent.end]
    for person in people:
        if _RUN_BY.search(text_of(doc)[sent.start_char:person.start_char][-40:]):
            out.extend(_listed_after(doc, person, people))
    truly = _YOURS_TRULY.search(sent.text)
    if author is not None and (_I_HELD.search(sent.text) or truly):
        out.append(author)
    if truly:
        before = [p for p in people if p.end_char <= sent.start_char + truly.start()]
        out.extend(before[-3:])
    return out


def _author(doc: Doc) -> End | None:
    authors = [a.get("name") for a in (doc._.kg_meta or {}).get("authors", ()) if a.get("name")]
    return End(-1, -1, "Person", entity_key("Person", authors[0])) if len(authors) == 1 else None


def _described_kind(doc: Doc, person: Span, off: frozenset[str] = frozenset()
                    ) -> Token | None:
    """The word that makes the person a presenter: "a keynote by X", "X's great talk",
    "X gave a talk", "X spent his lightning talk on", "X, an engineer at Y, talked about Z",
    and a list item "X explaining Y" under a section about talks."""
    i = _after_by(doc, person, "talk_from" not in off, "kind_of" not in off) if (
        "by_fillers" not in off) else (
        person.start if person.start >= 2 and doc[person.start - 1].lower_ == "by" else -1)
    if i >= 2:
        j = i - 2
        skip = _PASSIVE if "passive_by" not in off else {"given", "presented", "delivered", "led"}
        while j >= 0 and doc[j].lower_ in skip:
            j -= 1
        if j < i - 2 and doc[j].lower_ in _BY_KINDS and j > 0 and doc[j - 1].lower_ in {
                "this", "that"} and doc[j + 1].lower_ in {"was", "is"}:
            return None  # "This session was run by X": the session its section names
        # "a talk by X", "keynotes by X and Y"; "40 sessions by X" names a post, not a talk
        if j >= 0 and (doc[j].lower_ in _BY_KINDS or doc[j].lower_ in {"keynotes", "talks"}):
            return doc[j]
        if j >= 0 and doc[j].lower_ == "heard" and "heard_from" not in off:
            return doc[j]
    k = person.end
    if k + 1 < len(doc) and (doc[k].lower_ in {"'s", "’s"} or (
            doc[k].text in {"'", "’"} and person.text.endswith("s"))):
        for j in range(k + 1, min(k + 5, len(doc))):
            if doc[j].lower_ in {"keynote", "talk", "presentation"}:
                return doc[j]
            if doc[j].is_punct or doc[j].lower_ in {"and", "was", "is", "on", "about"}:
                break
        return None
    # "X (Acme) gave ..." (rule paren_affiliation_skip)
    if "paren_affiliation_skip" not in off and k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 8, len(doc))) if doc[j].text == ")"), None)
        if close is not None:
            k = close + 1
    # Skip an appositive: "X, Director of Y, gave ..."
    if k < len(doc) and doc[k].text == ",":
        close = next((j for j in range(k + 1, min(k + 14, len(doc))) if doc[j].text == ","), None)
        if close is None:
            return None
        k = close + 1
    # ... or an affiliation: "X of IBM kicked things off"
    if k + 1 < len(doc) and doc[k].lower_ in {"of", "from", "at"}:
        loose = "passive_by" not in off  # "X of the OpenStack Foundation opened ..."
        first = k + 2 if loose and doc[k + 1].lower_ == "the" else k + 1
        k = next((j for j in range(first, min(k + 6, len(doc))) if not doc[j].is_title
                  and not doc[j].is_upper and not (loose and doc[j].text[:1].isupper())), k)
    k = _skip_adverbs(doc, k, person.sent.end, "adverb_clauses" not in off)
    if k >= len(doc):
        return None
    verb = doc[k]
    # "took the stage to talk about", "kicked things off"
    if "stage_verbs" not in off and _STAGE.match(text_of(doc), verb.idx):
        kind = next((t for t in doc[k:min(k + 10, person.sent.end)]
                     if t.lower_.rstrip("s") in _KIND_WORDS), None)
        return kind or verb
    if verb.lower_ in _GIVE:
        for j in range(k + 1, min(k + 7, len(doc))):
            if doc[j].lower_.rstrip("s") in _KIND_WORDS:
                return doc[j]
            if doc[j].is_punct:
                break
        return None
    if verb.lower_ in _TALK and k + 1 < len(doc) and doc[k + 1].lower_ in {"about", "on"}:
        return verb
    if (verb.lower_ in _SHOW and "show_verbs" not in off) or (
            verb.lower_ in _DISCUSS and "discuss_verbs" not in off
            and person.start == person.sent.start):  # "X of Acme discussed", not "by X discussed"
        return verb  # kept only where the text speaks of talks (NarrativeSessions._sentences)
    if "list_item_talks" in off:
        return None
    if verb.lower_ in _PRESENTING and person.start == person.sent.start and _in_talk_list(
            doc, person):
        return verb
    return None


# Words between "by" and a name: "a talk by our very own X", "by Rackspace engineer X".
_BY_FILLERS = {"our", "very", "own", "fellow", "the", "colleague", "friend", "good", "great",
               "own,", "'s", "’s", "engineer", "developer", "architect", "evangelist", "cto",
               "ceo", "founder", "advocate", "lead", "senior", "principal", "chief", "dr.", "dr"}
_ADVERB_GLUE = {",", "and", "quite", "very", "rather", "then", "also", "later", "first", "soon",
                "again", "once", "finally", "next"}


def _after_by(doc: Doc, person: Span, talk_from: bool = True, kind_of: bool = False) -> int:
    """The person's first token when "by" (and a few words that qualify the name) comes just
    before it, else -1: the index ``i`` such that ``doc[i - 1]`` reads as "by"."""
    j = person.start - 1
    links = {"from", "of"} if kind_of else {"from"}  # "the presentation of X" (kind_of)
    while j > person.start - 5 and j > 0 and doc[j].lower_ not in {"by", *links} and (
            doc[j].lower_ in _BY_FILLERS or (doc[j].is_title and not doc[j].is_sent_start)):
        j -= 1
    if j >= 1 and (doc[j].lower_ == "by" or (talk_from and doc[j].lower_ in links and doc[
            j - 1].lower_.rstrip("s") in _BY_KINDS)):  # "a talk from X", not "a tweet from X"
        return j + 1
    if kind_of and j >= 2 and doc[j].lower_ == "from" and (  # "the keynote came from X"
            doc[j - 1].lower_ == "came" and doc[j - 2].lower_ in _BY_KINDS):
        return j + 1
    if kind_of and j >= 1 and doc[j].lower_ == "from" and doc[j - 1].lower_ == "heard":
        return j + 1  # "we heard from X": where the text speaks of talks (rule heard_from)
    return -1


def _skip_adverbs(doc: Doc, k: int, end: int, clauses: bool) -> int:
    """Past the adverbs between a name and its verb: "X then", "X bravely, and quite
    successfully, spent ..." (with ``clauses``: the commas and "and" of such a run)."""
    start = k
    while k < min(end, start + 8) and (doc[k].lower_ in {"also", "then", "later", "first"}
                                       or doc[k].lower_.endswith("ly") or doc[k].is_space
                                       or (clauses and doc[k].lower_ in _ADVERB_GLUE)):
        k += 1
    return k


def _in_talk_list(doc: Doc, person: Span) -> bool:
    """The person opens a list item of a section that speaks of talks."""
    item = next((b for b in records.blocks(doc) if b.kind == "item"
                 and b.start == person.start_char), None)
    if item is None:
        return False
    heads = [h for h in records.headings(doc) if h.start < item.start]
    before = text_of(doc)[max(0, item.start - 600):item.start]
    return bool(re.search(r"\b(?:talks?|sessions?|keynotes?|speakers?|presentations?)\b",
                          before + (heads[-1].text if heads else ""), re.I))


def _kind_word(token: Token) -> str:
    word = token.lower_.rstrip("s")
    return word if word in _KIND_WORDS else "talk"


def _subjects(doc: Doc, start: int, end: int, entities: list[Span]) -> list[Span]:
    """What a session is about: named software or organizations after "about"/"on", or
    what the presenter showed ("X demoed Spring Boot", "X showed off STOIC")."""
    if start > 0 and doc[start - 1].lower_ in _SHOW - {"walked", "presented"}:
        k = start + (doc[start].lower_ in {"off", "us"} if start < end else 0)
        return [e for e in entities if e.label_ in {"Software", "Organization"}
                and e.start == k and e.end <= end]
    cue = next((i for i in range(start, end) if doc[i].lower_ in {
        "about", "on", "covering", "introducing", "explaining"}), None)
    if cue is None:
        return []
    return [e for e in entities if e.label_ in {"Software", "Organization"}
            and cue < e.start <= cue + 8 and e.end <= end]


@Language.factory("kg_narrative_sessions", default_config={"rules_off": []})
def make_narrative_sessions(nlp: Language, name: str, rules_off: list[str]
                            ) -> NarrativeSessions:
    return NarrativeSessions(frozenset(rules_off))
