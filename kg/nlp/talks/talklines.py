"""Sessions written title-first, as most conference blogs list them.

A heading, list item, table row, bold line or link whose text is a talk's
title followed by who gave it ("Title, with A and B", "Title – A",
"[Title](schedule link) by A, B and C", "Title, A & B") names a session;
so does "A, B - Title". A title with no speakers on its line needs other
evidence: a link to a schedule, video or slides page, or a speaker line
right under it ("Speakers: A, B"). Where the line alone is weak (a plain
paragraph or list item with no emphasis or link), the post or the section
must announce talks ("Sessions I attended", a post titled "... talks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.names.cues import looks_like_person_name
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.names.modelspans import given_names
from kg.nlp.records import BlockRec, alternation, relation, text_of
from kg.nlp.talks import writeups
from kg.nlp.talks.sessions import GENERIC_HEADINGS, TALK_LINK, title_after

TALK_WORDS = re.compile(r"\b" + alternation(
    "talks? sessions? keynotes? presentations? panels? workshops? speakers? lineup line-up "
    "schedule agenda programme tracks? lightning tutorials? bofs? presenters? presented "
    "presenting spoke speaking") + r"\b", re.I)
# Between a title and its speakers, and between speakers and their title.
_AFTER_TITLE = re.compile(
    r",?\s+(?:with|by|from|featuring|(?:presented|given|led|hosted|delivered) by)\s+"
    r"|\s+[-–—|]\s+|,\s+|:\s+|\s+\(")
_CUT = r"\s*\(.*\)$|\s+(?:of|from|at)\s+.*$"  # "A (Acme)", "A of Acme": the name is A
# "| Title | A |" (rule row_cells): the ingest joins a row's cells with a line break.
_AFTER_CELL = re.compile(_AFTER_TITLE.pattern + r"|\s*\n\s*")
# "A: Title" (with schedule slots) is read by kg_sessions' speaker_title.
_BEFORE_TITLE = re.compile(r"\s+[-–—|]\s+")
_SPEAKER_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|;\s*|\s+/\s+)")
_SPEAKER_LINE = re.compile(
    r"^(?:speakers?|presenters?|panel(?:ists)?|moderators?|hosts?|(?:presented|given|led|"
    r"hosted|delivered) by|by|with)\s*:?\s+", re.I)
_NOT_SPEAKERS = re.compile(r"^(?:others|friends|more|many more|the team|a .*)$", re.I)
_LEADING_NUMBER = re.compile(r"^\s*(?:#?\d{1,2}[.):]\s+|\d{1,2}:\d\d\s*(?:[ap]m)?\s*[-–—]?\s*)",
                             re.I)
# Lines that pair a name with something that is no talk.
_NOT_TITLES = re.compile("^" + alternation(
    "photo image picture credit source courtesy via posted written edited updated originally "
    "thanks thank_you follow contact email tweet cover video_by music song here watch click "
    "see read slides video recording link the_video the_slides written_by author interview")
    + r"\b", re.I)
_MAX_BLOCK = 320
# "Jane Doe - Senior Engineer, Acme": a byline, not a title.
_JOB = re.compile("^" + alternation(
    r"senior sr\.? staff principal lead chief head director vp svp evp cto ceo cio founder "
    "co-?founder engineer developer architect advocate evangelist manager product software "
    r"distinguished fellow president executive member maintainer") + r"\b", re.I)
_JOB_WORD = re.compile(r"\b" + alternation(
    "engineer developer architect advocate evangelist manager director officer owner "
    "consultant physicist scientist researcher lead head founder president fellow cto ceo vp "
    "specialist analyst designer programmer maintainer independent") + r"\b", re.I)


_PROSE_END = re.compile(r"\s(?:was|were|is|are|has|had|have|been|being)$", re.I)


@dataclass(frozen=True)
class TalkLine:
    """A title (characters in the Doc) and the speakers named with it."""

    title: tuple[int, int]
    speakers: tuple[tuple[int, int], ...]
    evidence: tuple[int, int]
    # "A, Engineer, Acme": (A's characters, Acme's characters)
    affiliations: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()
    form: str = ""


class TalkLineFinder:
    """Adds Session spans (and Person spans for speakers the NER missed), with
    presenter relations; ``kg_session_context`` adds about and partOfEvent.

    ``rules_off`` switches named rules off, to measure what each adds (bench/lobo.py):
    title_first, speakers_first, speaker_line, talk_link_title, bylines, sibling_intro,
    repeat_names, sibling_items; and those of :mod:`kg.nlp.talks.writeups`."""

    def __init__(self, rules_off: frozenset[str] = frozenset()) -> None:
        self.off = rules_off

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.spans.get(ENT_KEY, []))
        if "repeat_names" not in self.off:
            entities = sorted(entities + repeated_people(doc, entities),
                              key=lambda s: (s.start, -len(s)))
        taken = {i for e in entities if e.label_ == "Session" for i in range(e.start, e.end)}
        persons = {(e.start_char, e.end_char) for e in entities if e.label_ == "Person"}
        others = [e for e in entities if e.label_ not in {"Person", "Session"}]
        context = StructureContext(doc, sibling_intro="sibling_intro" not in self.off,
                                   day_headings="day_headings" not in self.off)
        blocks = [b for b in records.blocks(doc) if b.kind != "quote"]
        found: dict[int, TalkLine] = {}
        readable = []
        for i, block in enumerate(blocks):
            span = doc.char_span(block.start, block.end, alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            opening = writeups.opening_line(text_of(doc), block) if (
                "opening_titles" not in self.off and block.kind == "item") else None
            if opening is not None:  # "Title (Jane Doe) I liked it because ..."
                line = self._read(doc, block._replace(end=opening[1]), None, context, persons,
                                  others)
                if line is not None:
                    found[i] = line
                    continue
            if block.end - block.start > _MAX_BLOCK:
                continue
            readable.append(i)
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            line = self._read(doc, block, nxt, context, persons, others)
            if line is not None:
                found[i] = line
        if "sibling_items" not in self.off:
            for i in _like_siblings(blocks, readable, found):
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                line = self._read(doc, blocks[i], nxt, context, persons, others, relaxed=True)
                if line is not None:
                    found[i] = line
        if "sibling_headings" not in self.off:
            titled = {i for i, line in found.items() if line.form == "title_first"}
            for i in [*writeups.siblings(blocks, "heading", set(found), set(found)),
                      *writeups.siblings(blocks, "item", titled, set(found))]:
                if i in readable:
                    line = self._read(doc, blocks[i], blocks[i + 1] if i + 1 < len(blocks)
                                      else None, context, persons, others, relaxed=True,
                                      titled=blocks[i].kind == "item")
                    if line is not None:
                        found[i] = line
        lines = [found[i] for i in sorted(found)]
        relations = records.relations(doc)
        orgs = {(e.start_char, e.end_char): e for e in others}
        sessions = []
        new_people = []
        for line in lines:
            title = doc.char_span(*line.title, label="Session", alignment_mode="expand")
            evidence = doc.char_span(*line.evidence, alignment_mode="expand")
            if title is None or evidence is None:
                continue
            sessions.append(title)
            people = {}
            for start, end in line.speakers:
                person = doc.char_span(start, end, label="Person", alignment_mode="expand")
                if person is None:
                    continue
                if (start, end) not in persons:
                    new_people.append(person)
                    persons.add((start, end))
                people[(start, end)] = person
                relations.append(relation("presenter", title, person, evidence))
            for who, org in line.affiliations:
                if who in people and org in orgs:
                    relations.append(relation("affiliation", people[who], orgs[org], evidence))
        kept = [e for e in entities if not any(
            p.start < e.end and e.start < p.end for p in new_people)]
        doc.spans[ENT_KEY] = sorted(kept + new_people + sessions,
                                    key=lambda s: (s.start, -len(s)))
        doc._.kg_relations = relations
        return doc

    def _read(self, doc: Doc, block: BlockRec, nxt: BlockRec | None, context: StructureContext,
              persons: set[tuple[int, int]], others: list[Span], *, relaxed: bool = False,
              titled: bool = False) -> TalkLine | None:
        """``relaxed``: the block's siblings read as talks; ``titled``: as "Title by A"."""
        text = text_of(doc)[block.start:block.end]
        lead = _LEADING_NUMBER.match(text)
        start = block.start + (lead.end() if lead else 0)
        end = block.end
        while end > start and text_of(doc)[end - 1] in ".:;":
            end -= 1
        talk_link = context.talk_link(start, end)
        marked = context.marked(start, end)
        announced = context.announced(block)
        ctx = announced or talk_link or bool(TALK_WORDS.search(text))
        strong = marked or talk_link or block.kind in {"heading", "row"}
        if not (ctx or strong):
            return None
        parse = _Parse(doc, persons, others, bylines="bylines" not in self.off, relaxed=relaxed,
                       off=self.off)
        found, form = None, "title_first"
        if "title_first" not in self.off and (not relaxed or block.kind == "heading" or titled):
            found = parse.title_first(start, end, cells=block.kind == "row"
                                      and "row_cells" not in self.off)
        if found is None and "speakers_first" not in self.off and not titled:
            found = parse.speakers_first(start, end)
            form = "speakers_first"
        if found is not None and not found[1] and not (talk_link or marked):
            found = None
        if found is not None:
            # A linked title "by" someone is as often a blog post as a talk: the post, the
            # section or the line itself must speak of talks.
            title, speakers = found
            outside = text[:title[0] - block.start] + " " + text[title[1] - block.start:]
            if announced or talk_link or TALK_WORDS.search(outside) or (
                    block.kind == "heading" and (relaxed or self._section_speaks(
                        doc, block, speakers))):
                return TalkLine(title, speakers, (block.start, block.end),
                                tuple(parse.affiliations), form)
            return None
        if relaxed or not parse.titlelike(start, end):
            return None
        if nxt is not None and (marked or block.kind == "heading") and ctx and (
                "speaker_line" not in self.off):
            speakers = parse.speaker_line(nxt.start, nxt.end)
            if speakers:
                return TalkLine((start, end), speakers, (block.start, nxt.end))
        if talk_link and context.link_covers(start, end) and block.kind != "row" and announced \
                and "talk_link_title" not in self.off:
            mark = context.leading_mark(start, end)  # "[**Title**, with ...](link)"
            return TalkLine(mark or (start, end), (), (block.start, block.end))
        return None

    def _section_speaks(self, doc: Doc, block: BlockRec,
                        speakers: tuple[tuple[int, int], ...]) -> bool:
        """The heading's section names its speaker again or speaks of talks."""
        if "section_speaker" in self.off or not speakers:
            return False
        text = text_of(doc)
        section = writeups.section_text(text, records.headings(doc), block.start)
        return bool(TALK_WORDS.search(section)) or writeups.names_again(
            section, [text[a:b] for a, b in speakers])


def _like_siblings(blocks: list[BlockRec], readable: list[int], found: dict[int, TalkLine]
                   ) -> list[int]:
    """List items that no rule read, in a run of items where another reads as "A, B - Title":
    items of one list share their form, so their names need less evidence."""
    out = []
    for i in readable:
        if i in found or blocks[i].kind != "item":
            continue
        run = [i]
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(blocks) and blocks[j].kind == "item" and (
                    blocks[j].depth == blocks[i].depth):
                run.append(j)
                j += step
        if any(found.get(j) and found[j].form == "speakers_first" for j in run):
            out.append(i)
    return out


def repeated_people(doc: Doc, entities: list[Span]) -> list[Span]:
    """Person spans where a full name the post gives a person elsewhere (or its author's)
    appears again unrecognised ("1:50PM, Theater: Jane Doe: Title")."""
    authors = [str(a.get("name") or "") for a in (doc._.kg_meta or {}).get("authors", ())]
    given = given_names()  # a misread name ("Smart View") is not repeated
    names = {e.text for e in entities if e.label_ == "Person" and len(e) >= 2
             and e.text.split()[0] in given} | set(authors)
    names = {n for n in names if looks_like_person_name(n)}
    if not names:
        return []
    covered = {i for e in entities for i in range(e.start, e.end)}
    text = text_of(doc)
    found = re.finditer(r"(?<![\w@])(?:" + "|".join(map(re.escape, sorted(names, key=len,
                        reverse=True))) + r")(?![\w-])", text)
    out: list[Span] = []
    for m in found:
        span = doc.char_span(m.start(), m.end(), label="Person")
        # In a heading, a bare name is the heading's subject, a name before a colon its
        # speaker ("Jane Doe: Title").
        in_head = any(h.start <= m.start() < h.end for h in records.headings(doc))
        if span is not None and not any(i in covered for i in range(span.start, span.end)) \
                and not (in_head and not text.startswith(":", m.end())):
            out.append(span)
    return out


class StructureContext:
    """What the post's structure says around a block: links, emphasis, announcing text."""

    def __init__(self, doc: Doc, *, sibling_intro: bool = True, day_headings: bool = True
                 ) -> None:
        self.sibling_intro = sibling_intro
        self.day_headings = day_headings
        self.doc = doc
        self.links = records.links(doc)
        self.marks = records.marks(doc)
        self.headings = records.headings(doc)
        meta = doc._.kg_meta or {}
        self.post_announces = any(TALK_WORDS.search(str(t)) for t in [
            meta.get("title") or "", meta.get("summary") or "", *(meta.get("tags") or ())])
        self.blocks = records.blocks(doc)
        self.paragraphs = [b for b in self.blocks if b.kind == "paragraph"]

    def talk_link(self, start: int, end: int) -> bool:
        return any(lk.start < end and start < lk.end and TALK_LINK.search(lk.target)
                   for lk in self.links)

    def link_covers(self, start: int, end: int) -> bool:
        covered = sum(min(end, lk.end) - max(start, lk.start) for lk in self.links
                      if lk.start < end and start < lk.end)
        return covered >= 0.6 * (end - start)

    def leading_mark(self, start: int, end: int) -> tuple[int, int] | None:
        """The emphasis that opens ``[start, end)`` and stops short of its end, if any."""
        for mk in self.marks:
            if start <= mk.start <= start + 2 and mk.end < end - 3:
                return mk.start, mk.end
        return None

    def marked(self, start: int, end: int) -> bool:
        """The block opens with emphasis or a link: writers mark a title so."""
        for mk in [*self.marks, *self.links]:
            if mk.start <= start + 2 and mk.end > start and mk.end - mk.start >= 3:
                return True
        return False

    def block_at(self, start: int) -> BlockRec | None:
        return next((b for b in self.blocks if b.start <= start < b.end), None)

    def speaks_of_talks(self, start: int, end: int) -> bool:
        """The characters, a talk link on them, or the context of their block speak of talks."""
        block = self.block_at(start)
        return bool(TALK_WORDS.search(text_of(self.doc)[start:end])) or self.talk_link(
            start, end) or (block is not None and self.announced(block))

    def announced(self, block: BlockRec) -> bool:
        """The post, the section's headings or the paragraph before the block talk of talks."""
        if self.post_announces:
            return True
        level = 7
        for head in reversed([h for h in self.headings if h.start < block.start]):
            if head.level < level:
                if TALK_WORDS.search(head.text):
                    return True
                level = head.level
        start = block.start
        if block.kind == "heading" and self.sibling_intro:  # before the first sibling heading
            for head in reversed([h for h in self.headings if h.start < block.start]):
                if head.level < block.depth:
                    break
                if head.level == block.depth:
                    start = head.start
        before = [p for p in self.paragraphs if p.end <= start]
        if before:
            intro = text_of(self.doc)[before[-1].start:before[-1].end]
            if TALK_WORDS.search(intro) and before[-1].end > start - 400:
                return True
        return self.day_headings and writeups.announced_across_days(
            text_of(self.doc), self.paragraphs, self.headings, block, TALK_WORDS, GENERIC_HEADINGS)


class _Parse:
    """Splits a line into a title and the people named with it."""

    def __init__(self, doc: Doc, persons: set[tuple[int, int]], others: list[Span], *,
                 bylines: bool = True, relaxed: bool = False,
                 off: frozenset[str] = frozenset()) -> None:
        self.off = off
        self.cut = _CUT if "paren_bylines" in off else r"\s*\([^()]*\)?$|\s+(?:of|from|at)\s+.*$"
        self.bylines = bylines
        self.relaxed = relaxed  # a name-shaped piece is a name: its list's siblings say so
        self.doc = doc
        self.text = text_of(doc)
        self.persons = persons
        self.others = others
        self.given = given_names()
        self.affiliations: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def title_first(self, start: int, end: int, cells: bool = False
                    ) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
        """``cells``: a table row, whose cells may hold the title and the speakers."""
        segment = self.text[start:end]
        for m in (_AFTER_CELL if cells else _AFTER_TITLE).finditer(segment):
            t_end = start + m.start()
            s_start = start + m.end()
            sep = m.group().strip(" ,")
            s_end = end - 1 if sep == "(" and self.text[end - 1] == ")" else end
            if sep == "(" and s_end == end:
                continue
            if not self.titlelike(start, t_end):
                continue
            speakers = self.speakers(s_start, s_end)
            if speakers or (speakers == () and sep in {"with", "by"}):
                return (start, t_end), speakers
        return None

    def speakers_first(self, start: int, end: int
                       ) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]] | None:
        segment = self.text[start:end]
        colon = segment.find(": ")
        if colon > 0:  # "A & B: Monday 7PM Room D137 Title": names the NER missed
            speakers = self.speakers(start, start + colon, strict=True)
            title = title_after(self.text, start + colon + 1, end) if speakers else None
            if title is not None and "quoted_titles_whole" not in self.off:
                title = writeups.whole_quote(self.text, title, end)
            if speakers and title and self.titlelike(*title):
                return title, speakers
        m = _BEFORE_TITLE.search(segment)
        if m is None:
            return None
        speakers = self.speakers(start, start + m.start(), strict=True)
        if speakers and self.titlelike(start + m.end(), end) and not _JOB.match(
                self.text[start + m.end():end]):
            return (start + m.end(), end), speakers
        return None

    def speaker_line(self, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
        segment = self.text[start:end]
        m = _SPEAKER_LINE.match(segment)
        if m:
            return self.speakers(start + m.end(), end)
        return self.speakers(start, end) if len(segment) < 120 else None

    def speakers(self, start: int, end: int, *, strict: bool = False
                 ) -> tuple[tuple[int, int], ...] | None:
        """The people of ``[start, end)`` when it is nothing but a list of people (each
        perhaps with an affiliation, or "and others"), else None. "A large panel of
        presenters" names nobody: an empty tuple."""
        segment = self.text[start:end].rstrip(" .)")
        out: list[tuple[int, int]] = []
        bounds, pos = [], 0
        for sep in _SPEAKER_SPLIT.finditer(segment):
            bounds.append((pos, sep.start()))
            pos = sep.end()
        bounds.append((pos, len(segment)))
        last = ""
        for p0, p1 in bounds:
            raw = segment[p0:p1]
            name = raw.strip()
            if not name:
                continue
            a = start + p0 + len(raw) - len(raw.lstrip())
            b = a + len(name)
            # "A (Acme)" at the line's end, whose ")" the strip above took (rule paren_bylines)
            last_paren = p1 == len(segment) and self.text[start:end].rstrip(" .").endswith(")")
            cut = re.search(self.cut if last_paren else _CUT, name)
            paren = None
            if cut:
                paren = writeups.paren_org(a + cut.start(), cut.group(), self.others)
                b = a + cut.start()
                name = name[:cut.start()]
            kind = self._kind(a, b, name, strict)
            if kind == "other" and out and "listed_with_people" not in self.off and (
                    looks_like_person_name(name) and not writeups.has_function_word(name)
                    and not any(e.start_char == a and e.end_char == b for e in self.others)
                    and last != "job" and (name.split()[0] in self.given
                         or re.search(r"(?:&|\band)\s*$", segment[:p0]))):
                kind = "person"  # "A, Acme & B": B is listed with A (not "A, Cloud Guru")
            last = kind
            if kind == "person":
                out.append((a, b))
                if paren is not None and "paren_bylines" not in self.off:  # "A (Acme)"
                    self.affiliations.append(((a, b), paren))
            elif kind == "org" and out and self.bylines:
                self.affiliations.append((out[-1], (a, b)))
            elif kind == "job" and out and self.bylines:
                continue
            elif kind != "filler":
                return None
        return tuple(out)

    def _kind(self, a: int, b: int, name: str, strict: bool) -> str:
        """What a piece of a speaker list is; ``strict`` (a line that opens with the names)
        wants a known given name even of the people the NER found."""
        if (a, b) in self.persons and not (strict and name.split()[0] not in self.given):
            return "person"
        if _NOT_SPEAKERS.match(name):
            return "filler"
        if _JOB.match(name) or (_JOB_WORD.search(name) and not any(
                a <= e.start_char < b for e in self.others)):
            return "job"
        inside = [e for e in self.others if a <= e.start_char and e.end_char <= b]
        if any(e.start_char == a and e.end_char == b for e in inside):
            return "org" if inside[0].label_ == "Organization" else "other"
        if any(p[0] >= a and p[1] <= b for p in self.persons) and not inside:
            # "Jane Doe (@jdoe)" or a person the NER found with a handle around it
            return "person" if looks_like_person_name(name) else "other"
        # "Giles Heron": a known given name outweighs a product named like the surname.
        if looks_like_person_name(name) and (self.relaxed or name.split()[0] in self.given) \
                and not any(e.start_char == a for e in inside):
            return "person"
        if self.relaxed and "sibling_headings" not in self.off and writeups.initials_name(name):
            return "person"
        return "other"

    def titlelike(self, start: int, end: int) -> bool:
        title = self.text[start:end].strip()
        words = title.split()
        if not 2 <= len(words) <= 24 or len(title) > 200:
            return False
        if _NOT_TITLES.match(title) or title[0].islower() or "\n" in title:
            return False
        if re.search(r"[.!?]\s+[A-Z]", title):  # two sentences: prose, not a title
            return False
        if "prose_titles" not in self.off and _PROSE_END.search(title):
            return False  # "The keynote was [delivered by X]": a sentence, not a title
        if (start, end) in self.persons or (looks_like_person_name(title) and (
                "name_shaped_titles" in self.off or not writeups.not_a_name(title, self.given))):
            return False
        return not re.search(r"\b(?:I|I'm|I've|my)\b", title)


@Language.factory("kg_talk_lines", default_config={"rules_off": []})
def make_talk_line_finder(nlp: Language, name: str, rules_off: list[str]) -> TalkLineFinder:
    return TalkLineFinder(frozenset(rules_off))
