"""Small span utilities shared by the components."""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span


def by_sentence(doc: Doc, spans: list[Span]) -> list[tuple[Span, list[Span]]]:
    """Each sentence with the spans inside it, in one pass over both."""
    ordered = sorted(spans, key=lambda e: e.start)
    out = []
    k = 0
    for sent in doc.sents:
        while k < len(ordered) and ordered[k].start < sent.start:
            k += 1
        inside = []
        j = k
        while j < len(ordered) and ordered[j].start < sent.end:
            if ordered[j].end <= sent.end:
                inside.append(ordered[j])
            j += 1
        if inside:
            out.append((sent, inside))
    return out


def subdoc(span: Span) -> Doc:
    """A new Doc of the span's words, for running a model on a part of a post.

    ``Span.as_doc`` copies every annotation and vector lookup, which costs more
    than the model run it prepares; the models need only words and spaces.
    """
    words = [t.text for t in span]
    spaces = [bool(t.whitespace_) for t in span]
    return Doc(span.doc.vocab, words=words, spaces=spaces)


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)


def token_hits(doc: Doc, words: frozenset[str], lower: bool = False) -> list[int]:
    """Indices of the tokens whose text (or lower case) is one of ``words``: one array
    pass instead of a Python loop over every token."""
    if not len(doc) or not words:
        return []
    attr = LOWER if lower else ORTH
    if _LAST.get("doc") is not doc:
        _LAST.clear()
        _LAST["doc"] = doc
    if attr not in _LAST:
        _LAST[attr] = doc.to_array([attr])
    column = _LAST[attr]
    return [int(i) for i in numpy.flatnonzero(numpy.isin(column, _hashes(words),
                                                         assume_unique=False))]


# The columns of the last Doc asked about: the components ask several times per Doc.
_LAST: dict = {}
