"""Rule-based sentence boundaries: punctuation, and the block breaks of the post.

The statistical parser would find sentences too, but it is the most
expensive part of the model and is only run on the few sentences that can
hold a relation; block breaks (headings, list items, paragraphs) are in the
text as blank lines and are always boundaries.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_DIGIT, IS_LOWER, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "!!", "?!", "..."}
_CLOSERS = {")", "]", '"', "'", "”", "’", "»"}


@Language.component("kg_sentences")
def set_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if not n:
        return doc
    attrs = doc.to_array([ORTH, IS_SPACE, IS_LOWER, IS_DIGIT])
    strings = doc.vocab.strings
    kinds: dict[int, int] = {}  # orth -> 1 newline space, 2 ender, 3 closer, 0 other

    def kind(orth: int) -> int:
        k = kinds.get(orth)
        if k is None:
            text = strings[orth]
            k = 1 if ("\n" in text and not text.strip()) else 2 if text in _ENDERS else (
                3 if text in _CLOSERS else 0)
            kinds[orth] = k
        return k

    starts = numpy.full(n, -1, dtype="int32")
    starts[0] = 1
    i = 0
    while i < n:
        k = kind(int(attrs[i, 0]))
        if k == 1:
            if i + 1 < n:
                starts[i + 1] = 1
        elif k == 2:
            j = i + 1
            while j < n and kind(int(attrs[j, 0])) in (2, 3):
                j += 1
            while j < n and attrs[j, 1]:
                j += 1
            if j < n and not attrs[j, 2] and not attrs[j, 3]:
                starts[j] = 1
            i = max(i, j - 1)
        i += 1
    doc.from_array([SENT_START], starts.astype("int64").view("uint64").reshape(-1, 1))
    return doc
