"""Names followed by a version number ("Spring 4", "Go 1.11", "Swift 5.9", "Claude 3") or
an event's by its year ("Ignite 2016").

A listed name that is also an ordinary word ("Spring", "Go") needs context to be a
name; a version number right after the capitalised word is that context, since
ordinary words take none. The span keeps the version: the post names that release.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

# Nouns that make the number a count.
_COUNTED = {"nodes", "times", "minutes", "mins", "hours", "days", "weeks", "months", "years",
            "people", "instances", "servers", "machines", "containers", "clusters", "vms",
            "gb", "mb", "tb", "cores", "cpus", "points", "sessions", "talks", "tracks", "rooms",
            "pages", "steps", "teams", "users", "x", "of", "more", "other", "new"}
_VERSION = re.compile(r"^v?\d{1,2}(?:\.(?:\d{1,3}|x))*$")


def versioned(span: Span) -> Span | None:
    """The span with its version number, if a version follows the capitalised name."""
    doc = span.doc
    if not span.text[:1].isupper() or span.end >= len(doc) or not span[-1].whitespace_:
        return None
    ver = doc[span.end]
    if not _VERSION.match(ver.text):
        return None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and (after.text in {"%", "/", ":"} or after.lower_ in _COUNTED):
        return None  # "Nova 2 nodes", "Ruby 3/4": a count, not a release
    return Span(doc, span.start, span.end + 1, label=span.label_, kb_id=span.kb_id)


_YEAR = re.compile(r"^(?:(?:19|20)\d\d|'\d\d)$")


def dated(span: Span) -> Span | None:
    """ "Ignite 2016", "Microsoft Ignite '17": an event name that is also a word ("an
    Ignite talk") is the event when its edition's year follows; the span keeps it."""
    doc = span.doc
    if (not span.text[:1].isupper() or span.end >= len(doc) or span[-1].whitespace_ != " "
            or not _YEAR.match(doc[span.end].text)):
        return None
    return Span(doc, span.start, span.end + 1, label=span.label_, kb_id=span.kb_id)
