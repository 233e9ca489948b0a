"""Event editions whose year is glued to the series name: "SREcon23", "PyCon2019 Asia".

Rule ``glued_years`` (bench/lobo.py EXTERNAL: from write-ups outside the corpus).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.nlp.names.eventnames import REGIONS

_GLUED = re.compile(r"^[A-Z][A-Za-z]*(?:[Cc]onf?|CON)(?:\d\d|(?:19|20)\d\d)$")
_REGIONS = frozenset(REGIONS)


def glued_year_events(doc: Doc) -> list[Span]:
    """Event spans for a series word with its year glued on, with a region after it."""
    out = []
    for tok in doc:
        if not _GLUED.match(tok.text):
            continue
        end = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].text in _REGIONS else tok.i + 1
        out.append(Span(doc, tok.i, end, label="Event"))
    return out
