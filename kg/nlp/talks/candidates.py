"""The places in a post's structure where a talk title may stand, and what each looks like.

A candidate is a heading, list item, table row, short line, bold or italic
span, link text or quoted title, or the title side of a "Title - Name" /
"Name: Title" split. Its features are generic facts of form and context
(kind of structure, length, capitals, a person beside it, talk words around
it, a talk link under it): no word of any particular post. The session model
(:mod:`kg.nlp.talks.sessionmodel`) weighs them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.records import BlockRec, alternation, text_of
from kg.nlp.talks.sessions import GENERIC_HEADINGS, TALK_LINK
from kg.nlp.talks.talklines import TALK_WORDS, StructureContext

KINDS = ("heading", "item", "row", "line", "strong", "em", "link", "quoted", "split")
_SPLIT = re.compile(r"\s+[-–—|]\s+|:\s+|,?\s+(?:by|with|from|featuring)\s+|\s+\(")
_QUOTE = re.compile(r"[\"“]([^\"”\n]{4,150})[\"”]")
_LEAD = re.compile(r"^\s*(?:#?\d{1,2}[.):]\s+|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—,]?\s+)",
                   re.I)
_TRIM = " \t.:;,!-–—|*_\"“”'‘’()"
_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by",
          "from", "vs", "vs.", "is", "as", "&", "-", "–", "—", "via", "into", "your", "our"}
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|we're|our|us)\b")
_VERBS = re.compile(r"\b" + alternation(
    "is are was were be been has have had will would can could should did does do went got "
    "gave made took came saw said think thought wanted want need") + r"\b", re.I)
_PRONOUN_START = re.compile(r"^" + alternation(
    "i we you he she it they this that these those there here if when so but and then") + r"\b",
    re.I)
_HOWTO = re.compile(r"^(?:how|why|what|when|where|who|building|using|running|scaling|"
                    r"introducing|getting|making|deploying|migrating|debugging|managing|"
                    r"securing|monitoring|automating|from|beyond|lessons|the)\b", re.I)
_NOT_TITLE = re.compile(r"^" + alternation(
    "photo image picture credit source courtesy via posted written edited updated originally "
    "thanks thank_you follow contact email tweet cover here watch click see read slides video "
    "recording link register sign_up learn_more more_info") + r"\b", re.I)
_LABELS = ("Person", "Organization", "Software", "Event", "Place")


class Candidate(NamedTuple):
    """Characters of a possible title and the structures that offer it."""

    start: int
    end: int
    kinds: frozenset[str]
    block: int  # index into the post's blocks, -1 when in none


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    lead = _LEAD.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def candidates(doc: Doc, blocks: list[BlockRec]) -> list[Candidate]:
    """Every distinct title-shaped piece of the post's structure, by position."""
    text = text_of(doc)
    found: dict[tuple[int, int], set[str]] = {}

    def add(start: int, end: int, kind: str) -> None:
        start, end = _trimmed(text, start, end)
        words = text[start:end].split()
        if 2 <= len(words) <= 24 and end - start <= 200 and "\n" not in text[start:end]:
            found.setdefault((start, end), set()).add(kind)

    for b in blocks:
        if b.kind in {"heading", "item", "row"} or (b.kind == "paragraph" and b.end - b.start
                                                   <= 200):
            kind = b.kind if b.kind != "paragraph" else "line"
            add(b.start, b.end, kind)
            if b.end - b.start <= 240:
                for m in _SPLIT.finditer(text, b.start, b.end):
                    add(b.start, m.start(), "split")
                    add(m.end(), b.end, "split")
    for mk in records.marks(doc):
        add(mk.start, mk.end, "strong" if mk.strong else "em")
    for lk in records.links(doc):
        add(lk.start, lk.end, "link")
    for m in _QUOTE.finditer(text):
        add(m.start(1), m.end(1), "quoted")
    starts = [b.start for b in blocks]
    out = []
    for (start, end), kinds in sorted(found.items()):
        i = _block_index(blocks, starts, start)
        out.append(Candidate(start, end, frozenset(kinds), i))
    return out


def _block_index(blocks: list[BlockRec], starts: list[int], pos: int) -> int:
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and blocks[i].start <= pos < blocks[i].end else -1


FEATURES = (
    *(f"kind_{k}" for k in KINDS),
    "whole_block", "heading_high", "heading_mid", "heading_low",
    "talk_link", "other_link", "log_words", "words_1_3", "words_4_8", "words_9_plus",
    "title_case", "all_lower_start", "first_person", "verb", "pronoun_start", "howto_start",
    "ends_period", "ends_question", "has_colon", "has_digit", "quoted_around", "generic_heading",
    "not_title_start",
    "is_entity", "has_person", "has_software", "has_org", "has_event",
    "person_in_block", "person_after", "person_before", "by_after",
    "talk_word_self", "talk_word_block", "talk_word_section", "announced", "post_announces",
    "post_event", "title_event", "sibling_sessions", "block_long", "in_item",
    "next_talk_word", "next_person", "leads_block", "leading_mark", "inline_mark",
    "person_share", "unbalanced",
)


def _marking(c: Candidate, block: BlockRec | None) -> tuple[float, float, float]:
    """The candidate opens its block; it is emphasis or a link that does; one that does not
    (emphasis inside prose)."""
    leads = block is not None and c.start - block.start <= 3
    mark = bool(c.kinds & {"strong", "em", "link"})
    return float(leads), float(mark and leads), float(mark and not leads)


class PostContext:
    """What a post says once for all its candidates."""

    def __init__(self, doc: Doc, blocks: list[BlockRec]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.blocks = blocks
        self.structure = StructureContext(doc)
        self.entities = [e for e in doc.spans.get(ENT_KEY, []) if e.label_ in _LABELS]
        self.sessions = [e for e in doc.spans.get(ENT_KEY, []) if e.label_ == "Session"]
        meta = doc._.kg_meta or {}
        title = meta.get("title") or ""
        events = [e for e in self.entities if e.label_ == "Event"]
        self.post_event = bool(events or meta.get("events"))
        self.title_event = any(e.text in title for e in events) or bool(meta.get("title_events"))
        self.session_blocks = {i for i, b in enumerate(blocks) for s in self.sessions
                               if b.start <= s.start_char < b.end}
        self.by_block: dict[int, list[Span]] = {}
        starts = [b.start for b in blocks]
        for e in self.entities:
            i = _block_index(blocks, starts, e.start_char)
            self.by_block.setdefault(i, []).append(e)
        self.section_talk: dict[int, bool] = {}

    def section_talks(self, block: BlockRec) -> bool:
        """A heading above the block (the nearest of each level) speaks of talks."""
        key = block.start
        if key not in self.section_talk:
            level, talk = 7, False
            for head in reversed([h for h in self.structure.headings if h.start < block.start]):
                if head.level < level:
                    if TALK_WORDS.search(head.text):
                        talk = True
                        break
                    level = head.level
            self.section_talk[key] = talk
        return self.section_talk[key]

    def next_block(self, i: int) -> tuple[float, float]:
        """The block after the candidate's speaks of a talk; names a person."""
        if i < 0 or i + 1 >= len(self.blocks):
            return 0.0, 0.0
        nxt = self.blocks[i + 1]
        opening = self.text[nxt.start:min(nxt.end, nxt.start + 200)]
        return (float(bool(TALK_WORDS.search(opening))),
                float(any(e.label_ == "Person" for e in self.by_block.get(i + 1, ()))))

    def siblings(self, i: int) -> float:
        """Share of the block's run of same-kind siblings in which the rules found a session."""
        b = self.blocks[i]
        run = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(self.blocks) and self.blocks[j].kind == b.kind and (
                    self.blocks[j].depth == b.depth) and len(run) < 30:
                run.append(j)
                j += step
        return sum(j in self.session_blocks for j in run) / len(run) if run else 0.0


def features(ctx: PostContext, c: Candidate) -> list[float]:
    """The candidate's row, in the order of :data:`FEATURES`."""
    text = ctx.text[c.start:c.end]
    words = text.split()
    block = ctx.blocks[c.block] if c.block >= 0 else None
    btext = ctx.text[block.start:block.end] if block else text
    caps = [w for w in words if w.lower() not in _SMALL and w[:1].isalpha()]
    ents = ctx.by_block.get(c.block, [])
    inside = [e for e in ents if c.start <= e.start_char and e.end_char <= c.end]
    persons = [e for e in ents if e.label_ == "Person" and not (
        c.start <= e.start_char < c.end)]
    level = 0
    if block is not None and block.kind == "heading":
        level = block.depth or next((h.level for h in ctx.structure.headings
                                     if h.start == block.start), 3)
    talk_link = other_link = False
    for lk in ctx.structure.links:
        if lk.start <= c.start + 2 and lk.end >= c.end - 2:
            if TALK_LINK.search(lk.target):
                talk_link = True
            else:
                other_link = True
    n = len(words)
    after = ctx.text[c.end:c.end + 12].lower()
    row = [float(k in c.kinds) for k in KINDS] + [
        float(block is not None and c.start - block.start <= 3 and block.end - c.end <= 3),
        float(0 < level <= 2), float(level == 3), float(level >= 4),
        float(talk_link), float(other_link), math.log(n), float(n <= 3), float(4 <= n <= 8),
        float(n >= 9),
        sum(w[0].isupper() for w in caps) / len(caps) if caps else 0.0,
        float(text[0].islower()), float(bool(_FIRST_PERSON.search(text))),
        float(bool(_VERBS.search(text))), float(bool(_PRONOUN_START.match(text))),
        float(bool(_HOWTO.match(text))),
        float(ctx.text[c.end:c.end + 1] == "."), float("?" in ctx.text[c.start:c.end + 1]),
        float(":" in text), float(any(ch.isdigit() for ch in text)),
        float(ctx.text[c.start - 1:c.start] in "\"“'‘" and c.start > 0),
        float(bool(GENERIC_HEADINGS.match(text))), float(bool(_NOT_TITLE.match(text))),
        float(any(e.start_char == c.start and e.end_char == c.end for e in inside)),
        *(float(any(e.label_ == lab for e in inside))
          for lab in ("Person", "Software", "Organization", "Event")),
        float(bool(persons)), float(any(e.start_char >= c.end for e in persons)),
        float(any(e.end_char <= c.start for e in persons)),
        float(bool(re.match(r"[\s,]*(?:by|with|from|[-–—])\s", after))),
        float(bool(TALK_WORDS.search(text))), float(bool(TALK_WORDS.search(btext))),
        float(block is not None and ctx.section_talks(block)),
        float(block is not None and ctx.structure.announced(block)),
        float(ctx.structure.post_announces), float(ctx.post_event), float(ctx.title_event),
        ctx.siblings(c.block) if c.block >= 0 else 0.0,
        float(block is not None and block.end - block.start > 200),
        float(block is not None and block.kind == "item"),
        *ctx.next_block(c.block),
        *_marking(c, block),
        sum(e.end_char - e.start_char for e in inside if e.label_ == "Person") / len(text),
        float(text.count("(") != text.count(")") or text.count("\"") % 2 == 1),
    ]
    return row
