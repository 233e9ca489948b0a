"""People the model missed, found by a known given name before a surname.

"-Catherine Spence, Intel", "Haïkel Guémar, Matthieu Huin - CI in the cloud":
quote signatures and speaker lists are where the statistical model most often
misses a person, and a given name from the lists followed by a capitalised
word that is neither an ordinary word nor a listed name is a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.nlp.names.stopnames import common_word
from kg.nlp.spans import token_hits

_SURNAME = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’)?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*$")


def named_people(doc: Doc, taken: set[int], given: frozenset[str],
                 known: Callable[[str], bool]) -> list[Span]:
    """Person spans of "Given Surname" (and "Given Middle Surname") on free tokens."""
    out: list[Span] = []
    n = len(doc)
    for i in token_hits(doc, given):
        tok = doc[i]
        if i in taken or i + 1 >= n or not tok.whitespace_:
            continue
        end = i + 1
        while end < n and end - i < 3 and end not in taken and _surname(doc[end], known) and (
                doc[end - 1].whitespace_):
            end += 1
        if end == i + 1:
            continue
        after = doc[end] if end < n else None
        if after is not None and after.text[:1].isupper() and after.is_alpha and (
                doc[end - 1].whitespace_):
            continue  # inside a longer run of capitalised words: a title, a company
        out.append(Span(doc, i, end, label="Person"))
        taken.update(range(i, end))
    return out


_SHORT_SURNAMES = {"Li", "Wu", "Xu", "Ng", "Ma", "Hu", "Yu", "Lu", "Le", "Ho", "Ko", "Oh"}


def _surname(tok: Token, known: Callable[[str], bool]) -> bool:
    word = tok.text
    if len(word) < 3 and word not in _SHORT_SURNAMES:
        return False  # "Max No"
    return bool(_SURNAME.match(word)) and not common_word(word) and not known(word) and (
        not tok.is_sent_start)


def name_parts(doc: Doc, people: list[Span], taken: set[int],
               known: Callable[[str], bool]) -> list[Span]:
    """ "Kowalczyk demoed it" after "Maria Kowalczyk": a surname alone (or a listed given
    name alone) refers back to the person; the resolver joins them."""
    parts = frozenset(p[-1].text for p in people if len(p) > 1)
    out = []
    for i in token_hits(doc, parts):
        tok = doc[i]
        if i in taken or len(tok.text) < 3:
            continue
        if common_word(tok.text) or known(tok.text) or _glued_to_word(tok):
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="Person"))
    return out


def _glued_to_word(tok: Token) -> bool:
    doc = tok.doc
    before = tok.i > 0 and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].is_alpha
    after = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha
    return before or after
