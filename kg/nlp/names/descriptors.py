"""Names that an apposition says are software: "showed off Foo, his Node.js app".

A made-up product name (an acronym, a coined word) is in no list and the
statistical model often misses it; the apposition after it ("X, a tool for
...", "X, their open source library") says what it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.names.stopnames import common_word

_DETS = {"his", "her", "their", "its", "our", "a", "an"}
_KIND = {"app", "application", "tool", "library", "framework", "gem", "plugin", "package"}
_MODIFIERS = {"new", "little", "small", "open", "source", "open-source", "own", "latest",
              "web", "mobile", "command-line", "cli", "python", "ruby", "javascript"}


def described_software(doc: Doc, chosen: list[Span], taken: set[int]) -> list[Span]:
    """One-word names before ", his Node.js app" or ", a tool": Software, where no other
    entity holds the word and it is no ordinary word at the head of a sentence."""
    software = {i for s in chosen if s.label_ == "Software" for i in range(s.start, s.end)}
    out = []
    for tok in doc:
        if tok.text != "," or tok.i < 1 or tok.i + 2 >= len(doc):
            continue
        name = doc[tok.i - 1]
        if name.i in taken or not _name_like(name):
            continue
        k = tok.i + 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in _DETS:
            continue
        if _kind_follows(doc, k + 1, software):
            out.append(Span(doc, name.i, name.i + 1, label="Software"))
    return out


def _name_like(tok) -> bool:
    text = tok.text
    if tok.is_sent_start or len(text) < 3 or not text[:1].isupper() or not text.isalnum():
        return False
    return not common_word(text)


def _kind_follows(doc: Doc, k: int, software: set[int]) -> bool:
    """Up to four modifiers (a listed software name among them) and then a kind noun that
    ends its noun phrase."""
    for j in range(k, min(k + 5, len(doc))):
        tok = doc[j]
        if tok.is_space:
            continue
        if tok.lower_ in _KIND:
            after = doc[j + 1] if j + 1 < len(doc) else None
            return after is None or not after.is_alpha or (after.is_lower and after.is_stop)
        if j not in software and tok.lower_ not in _MODIFIERS:
            return False
    return False
