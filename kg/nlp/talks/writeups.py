"""Readings of talk lines learned from conference write-ups outside the project's corpus.

Each function here backs one named rule (``rules_off``, see bench/lobo.py EXTERNAL): none
was written after reading a corpus blog, so leave-one-blog-out keeps them on.

- ``name_shaped_titles``: "Testing Without Mocks" is three capitalised words, as a name
  is, but a function word ("without", "for", "of") is in no person's name.
- ``section_speaker``: a heading "Title by Jane Doe" heads a talk when its section names
  the speaker again ("Doe shows ...") or speaks of talks.
- ``listed_with_people``: in "A, Acme & B, Initech" once A is a person, the name-shaped B
  is one too, even where a model read "Acme & B" as a company.
- ``opening_titles``: a list item that opens "Title (Jane Doe)" and goes on with the
  writer's comments names that talk.
- ``sibling_headings``: headings of one level under one parent share their form: where
  one reads "Jane Doe - Title", the others need less evidence that their names are names;
  so do list items beside one that reads "Title (Jane Doe)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.nlp.records import BlockRec, HeadingRec, alternation

# Words that occur in titles and never inside a person's name.
_FUNCTION_WORD = re.compile(alternation(
    r"a an the and or but of for with without in on at to from into onto over under about "
    r"as by is are was be not no vs vs\. via your my our their its how why what when who "
    r"this that these those you we it all") + "$", re.I)


def has_function_word(text: str) -> bool:
    """ "Testing Without Mocks": a title-cased phrase with a word no name holds."""
    words = text.split()
    return any(_FUNCTION_WORD.match(w.strip(",:;!?")) for w in words[1:])


def not_a_name(text: str, given: frozenset[str]) -> bool:
    """A name-shaped title that no given name opens, or that holds a function word."""
    return has_function_word(text) or text.split()[0].split("-")[0] not in given


_QUOTES = {"\"": "\"", "“": "”", "‘": "’"}


def whole_quote(text: str, title: tuple[int, int], end: int) -> tuple[int, int]:
    """A title cut short inside its quotes ("“A: B”" read as "“A") runs to the closing quote,
    without the quotes."""
    a, b = title
    close = _QUOTES.get(text[a:a + 1])
    if close is None:
        return title
    stop = text.find(close, a + 1, end)
    return (a + 1, stop) if stop > b - 1 else title


def initials_name(text: str) -> bool:
    """ "TJ Walker": initials then a family name, as a heading among speakers' names."""
    return bool(re.fullmatch(r"[A-Z]{2}\s+[A-Z][a-zà-ÿ'’]+(?:\s+[A-Z][a-zà-ÿ'’]+)?", text))


def announced_across_days(text: str, paragraphs: list[BlockRec], heads: list[HeadingRec],
                          block: BlockRec, talk_words: re.Pattern, generic: re.Pattern) -> bool:
    """ "Notes on the talks I saw:", then "## Monday", then the talks' headings: the
    paragraph before the block announces talks across headings that only name a day."""
    before = [p for p in paragraphs if p.end <= block.start]
    if not before or not talk_words.search(text[before[-1].start:before[-1].end]):
        return False
    between = [h for h in heads if before[-1].end <= h.start < block.start]
    return bool(between) and all(_DAY.match(h.text) and generic.match(h.text)
                                 for h in between)


_DAY = re.compile(r"^(?:day\s*\d+|day (?:one|two|three|four|five)|(?:mon|tues|wednes|thurs|fri|"
                  r"satur|sun)day|(?:morning|afternoon|evening))\b", re.I)


_KIND_HEADING = re.compile(
    r"^(?:\w+\s+){0,2}(?:presentations|tutorials|demos|plenaries|plenary sessions|bofs|"
    r"speakers|lightning talks|breakouts|breakout sessions)\W*$", re.I)


def kind_heading(text: str) -> bool:
    """ "Presentations", "Favourite Tutorials": a heading over several sessions (rule
    kind_headings)."""
    return bool(_KIND_HEADING.match(text.strip()))


def paren_org(at: int, cut: str, others: list) -> tuple[int, int] | None:
    """The characters of the organisation in " (Acme)" that starts at ``at``, if the
    parentheses hold exactly one (rule ``paren_bylines``)."""
    inner = cut.strip()
    if not inner.startswith("("):
        return None
    start = at + cut.index("(") + 1
    end = start + len(inner[1:].rstrip(")").strip())
    return next(((e.start_char, e.end_char) for e in others if e.label_ == "Organization"
                 and e.start_char == start and e.end_char == end), None)


def section_text(text: str, heads: list[HeadingRec], head_start: int, reach: int = 600) -> str:
    """The start of the section that the heading at ``head_start`` opens."""
    after = [h.start for h in heads if h.start > head_start]
    end = min(after[0] if after else len(text), head_start + reach)
    head_end = next((h.end for h in heads if h.start == head_start), head_start)
    return text[head_end:end]


def names_again(section: str, speakers: list[str]) -> bool:
    """The section refers to a speaker by full, given or family name."""
    for name in speakers:
        parts = [p for p in name.split() if len(p) >= 3 and p[0].isupper()]
        if any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", section) for p in parts):
            return True
    return False


_OPENING = re.compile(r"^(?P<line>[^()]{6,160}\((?P<who>[^()]{3,80})\))\s+(?=[A-Z])")


def opening_line(text: str, block: BlockRec) -> tuple[int, int] | None:
    """The characters of "Title (Speaker)" at the start of a longer block, if it opens so."""
    m = _OPENING.match(text[block.start:block.end])
    if m is None or m.end() >= block.end - block.start:
        return None
    return block.start, block.start + m.end("line")


def siblings(blocks: list[BlockRec], kind: str, found: set[int], read: set[int]) -> list[int]:
    """Blocks of ``kind`` not read as talks (not in ``read``) that share a run with one in
    ``found``: headings of one level with no shallower heading between, or items of one
    depth with nothing else between. Siblings share their form, so their names need less
    evidence (rule ``sibling_headings``)."""
    return [i for i, block in enumerate(blocks) if block.kind == kind and i not in read
            and any(j in found for j in _run(blocks, i))]


def _run(blocks: list[BlockRec], i: int) -> Iterator[int]:
    block = blocks[i]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(blocks):
            other = blocks[j]
            if block.kind == "heading" and other.kind == "heading":
                if other.depth < block.depth:
                    break
                if other.depth == block.depth:
                    yield j
            elif block.kind != "heading":
                if other.kind != "item" or other.depth != block.depth:
                    break
                yield j
            j += step
