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

from kg.nlp.stopnames import common_word

_SURNAME = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’)?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*$")


def named_people(doc: Doc, taken: set[int], given: frozenset[str],
                 known: Callable[[str], bool]) -> list[Span]:
    """Person spans of "Given Surname" (and "Given Middle Surname") on free tokens."""
    out: list[Span] = []
    n = len(doc)
    for tok in doc:
        i = tok.i
        if tok.text not in given or i in taken or i + 1 >= n or not tok.whitespace_:
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


def _surname(tok: Token, known: Callable[[str], bool]) -> bool:
    word = tok.text
    return bool(_SURNAME.match(word)) and not common_word(word) and not known(word) and (
        not tok.is_sent_start)
