"""What a session is about, from the lines that describe it.

An abstract under a session line that opens by defining something ("Ceph is a
distributed storage system ...") says what the session is about. Rule
(``rules_off``): described_subjects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.records import Rel, relation, text_of

_SUBJECTS = {"Software", "Organization"}
# "X is an open community ...", "X provides ...", "X, the ... , is": a definition opens.
_DEFINES = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:is|are)\s+(?:now\s+|also\s+)?"
                      r"(?:an?|the|one)\b", re.I)


def session_subjects(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    sessions = [e for e in ents if e.label_ == "Session"]
    if not sessions:
        return
    things = [e for e in ents if e.label_ in _SUBJECTS]
    if "described_subjects" not in off:
        yield from _described(doc, sessions, things)


def _described(doc: Doc, sessions: list[Span], things: list[Span]) -> Iterator[Rel]:
    """The thing that the first sentence of the block right after a session's block defines."""
    blocks = sorted(records.blocks(doc), key=lambda b: b.start)
    text = text_of(doc)
    taken = {s.start_char for s in sessions}
    for session in sessions:
        at = next((i for i, b in enumerate(blocks) if b.start <= session.start_char < b.end),
                  None)
        if at is None or at + 1 >= len(blocks):
            continue
        nxt = blocks[at + 1]
        if nxt.kind not in {"quote", "paragraph"} or any(nxt.start <= s < nxt.end
                                                         for s in taken):
            continue
        opening = [t for t in things if nxt.start <= t.start_char < nxt.end]
        if not opening:
            continue
        first = min(opening, key=lambda t: t.start_char)
        lead = text[nxt.start:first.start_char].strip(" >*_")
        if lead:
            continue
        if _DEFINES.match(text[first.end_char:first.end_char + 60]):
            yield relation("about", session, first, first.sent)
