"""Rule-based sentence boundaries: punctuation, and the block breaks of the post.

The statistical parser would find sentences too, but it is the most
expensive part of the model and is only run on the few sentences that can
hold a relation; block breaks (headings, list items, paragraphs) are in the
text as blank lines and are always boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "!!", "?!", "..."}
_CLOSERS = {")", "]", '"', "'", "”", "’", "»"}


@Language.component("kg_sentences")
def set_sentences(doc: Doc) -> Doc:
    n = len(doc)
    starts = [False] * n
    if n:
        starts[0] = True
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            j = i + 1
            if j < n:
                starts[j] = True
        elif tok.text in _ENDERS:
            j = i + 1
            while j < n and (doc[j].text in _CLOSERS or doc[j].text in _ENDERS):
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and not doc[j].is_lower and not doc[j].is_digit:
                starts[j] = True
        i += 1
    for k, tok in enumerate(doc):
        tok.is_sent_start = starts[k]
    return doc
