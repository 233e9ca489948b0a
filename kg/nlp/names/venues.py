"""Venues named by their kind: "the Peabody Opera House", "Union Station", "Moscone Center".

Conference posts say where an event was held, and the venue is seldom in any list
and often missed by the small model. The last word or two of a capitalised name say
it is a building: a station, an airport or an opera house is one whatever words come
before it; a "Center" or a "Hall" is one only after a name ("Moscone Center"), not
after ordinary words ("Data Center", "Help Center").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.nlp.names.modelspans import given_names
from kg.nlp.names.stopnames import common_word

# Heads that make any capitalised name before them a building.
STRONG_HEADS = frozenset({
    "station", "airport", "hotel", "arena", "stadium", "auditorium", "ballroom", "cathedral",
    "theatre", "theater", "museum", "opera house", "convention center", "convention centre",
    "conference center", "conference centre", "congress center", "congress centre",
    "exhibition center", "exhibition centre", "expo center", "event center", "events centre",
    "concert hall", "town hall", "city hall", "music hall",
})
# Heads that need a proper name before them.
WEAK_HEADS = frozenset({"center", "centre", "hall", "park", "plaza", "palace", "pavilion",
                        "campus", "castle", "gardens", "house", "square", "library"})
_JOINERS = {"of", "de", "la", "&", "St.", "St"}
_MAX_WORDS = 4
_PLACE_WORDS = {"at", "in", "to", "from", "near", "into", "on", "and", "outside", "inside",
                "opposite", "behind", "beside"}


def venue_names(doc: Doc, listed_type: Callable[[str], str | None]) -> list[Span]:
    """Place spans for capitalised names that end in a building's kind."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        head = _head_at(doc, i)
        if head == 0:
            i += 1
            continue
        start = _name_start(doc, i)
        if start < i and _is_venue(doc[start:i], doc[i:i + head], listed_type):
            end = i + head
            if not (end < len(doc) and _title(doc[end])):  # "Union Station Drive": a street
                out.append(Span(doc, start, end, label="Place"))
        i += head
    return out


def _head_at(doc: Doc, i: int) -> int:
    """How many tokens of a venue head start at ``i`` (0 for none)."""
    if not _title(doc[i]):
        return 0
    if i + 1 < len(doc) and _title(doc[i + 1]) and (
            f"{doc[i].lower_} {doc[i + 1].lower_}" in STRONG_HEADS):
        return 2
    return 1 if doc[i].lower_ in STRONG_HEADS | WEAK_HEADS else 0


def _name_start(doc: Doc, i: int) -> int:
    """The first token of the capitalised run that ends before ``i``."""
    start = i
    while start > 0 and i - start < _MAX_WORDS and (
            _title(doc[start - 1]) or (doc[start - 1].text in _JOINERS and start - 1 > 0
                                       and _title(doc[start - 2]))):
        start -= 1
    while start < i and (doc[start].lower_ in {"the", "a", "an"} or doc[start].text in _JOINERS):
        start += 1
    return start


def _is_venue(words: Span, head: Span, listed_type: Callable[[str], str | None]) -> bool:
    names = [t for t in words if t.text not in _JOINERS]
    kinds = {listed_type(t.text) for t in names}
    if not names or "Software" in kinds or "Event" in kinds:
        return False  # "Azure Security Center", "System Center": products
    if head[0].lower_ in WEAK_HEADS and "Organization" in kinds:
        return False  # "Microsoft Security Center"; but "Hilton Hotel" is a building
    if " ".join(t.lower_ for t in head) in STRONG_HEADS and len(head) > 1:
        return True
    proper = [t for t in names if not common_word(t.text)]
    if len(names) == 1 and names[0].text in given_names():
        return False  # "Katrin Park": a person
    if head[0].lower_ in WEAK_HEADS:
        return bool(proper)
    if proper:
        return True
    # "Union Station": ordinary words before a one-word head, where the sentence puts a
    # place ("at Union Station", "the Opera House and Union Station").
    k = words.start - 1
    while k >= 0 and words.doc[k].lower_ in {"the", "a", "an"}:
        k -= 1
    return k >= 0 and words.doc[k].lower_ in _PLACE_WORDS


def _title(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
