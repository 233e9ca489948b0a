"""Typed records that travel on ``Doc`` extensions between the pipeline's components.

They are named tuples so that a ``Doc`` still survives spaCy's multiprocess
``nlp.pipe`` (msgpack turns a tuple into a list on the way back): readers go
through the ``load`` functions here, which accept either form.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span


class LinkRec(NamedTuple):
    """A link's text span in the Doc and its target URL."""

    text: str
    target: str
    start: int
    end: int


class HeadingRec(NamedTuple):
    text: str
    level: int
    start: int
    end: int


class BlockRec(NamedTuple):
    """A heading, paragraph, list item, table row or quote (see :class:`kg.ingest.Block`)."""

    kind: str
    start: int
    end: int
    depth: int


class MarkRec(NamedTuple):
    """Bold (``strong``) or italic text."""

    start: int
    end: int
    strong: bool


class End(NamedTuple):
    """One end of a relation: its characters in the Doc, its type and its entity key
    (empty until the resolver has run; ``start == -1`` for an entity with no mention)."""

    start: int
    end: int
    label: str
    key: str

    @classmethod
    def of(cls, span: Span) -> End:
        return cls(span.start_char, span.end_char, span.label_, span.kb_id_)


class Rel(NamedTuple):
    """A relation between two ends, with the characters of its evidence."""

    name: str
    s: End
    o: End
    ev: tuple[int, int]

    def with_end(self, side: str, end: End) -> Rel:
        return self._replace(**{side: end})


def relation(name: str, s: Span | End, o: Span | End, evidence: Span) -> Rel:
    """The one way components record a relation."""
    return Rel(name, s if isinstance(s, End) else End.of(s),
               o if isinstance(o, End) else End.of(o), (evidence.start_char, evidence.end_char))


def text_of(doc: Doc) -> str:
    """The Doc's text, joined once: spaCy builds ``doc.text`` anew from the tokens on every
    access, which the components would otherwise pay for in every loop. The pipeline's
    last component drops the cache (see :func:`forget_text`)."""
    cached = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.user_data[_TEXT] = doc.text
    return cached


def forget_text(doc: Doc) -> None:
    doc.user_data.pop(_TEXT, None)


_TEXT = "kg_text"


def _load(kind: Any, values: Iterable[Any] | None) -> list[Any]:
    return [v if isinstance(v, kind) else kind(*v) for v in values or ()]


def links(doc: Doc) -> list[LinkRec]:
    return _load(LinkRec, doc._.kg_links)


def headings(doc: Doc) -> list[HeadingRec]:
    return sorted(_load(HeadingRec, doc._.kg_headings), key=lambda h: h.start)


def blocks(doc: Doc) -> list[BlockRec]:
    return _load(BlockRec, doc._.kg_blocks)


def marks(doc: Doc) -> list[MarkRec]:
    return _load(MarkRec, doc._.kg_marks)


def relations(doc: Doc) -> list[Rel]:
    out = []
    for r in doc._.kg_relations or ():
        if isinstance(r, Rel):
            out.append(r)
        else:
            name, s, o, ev = r
            out.append(Rel(name, End(*s), End(*o), tuple(ev)))
    return out


def alternation(words: str) -> str:
    """``"a b c"`` as the regex group ``(?:a|b|c)``; ``_`` stands for a space inside a word.
    Word lists stay short to read (and to compare) written this way."""
    return "(?:" + "|".join(w.replace("_", " ") for w in words.split()) + ")"
