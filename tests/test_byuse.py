"""Company-or-service names typed by their sentence: Docs built by hand, no model needed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg.nlp.names.byuse import typed_by_use


def span_of(text: str, name: str, label: str = "Organization") -> Span:
    doc = spacy.blank("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert span is not None
    return span


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Follow us on Twitter for news.", "Twitter", "Software"),
    ("The code is on GitHub now.", "GitHub", "Software"),
    ("Join the Slack channel to chat.", "Slack", "Software"),
    ("The video went up on YouTube yesterday.", "YouTube", "Software"),
    ("Twitter announced a new API today.", "Twitter", "Organization"),
    ("She is an engineer at GitHub these days.", "GitHub", "Organization"),
    ("LinkedIn's CEO spoke first.", "LinkedIn", "Organization"),
    ("GitHub is big.", "GitHub", None),          # nothing says which: the lists decide
    ("Rackspace announced it.", "Rackspace", None),  # not a platform at all
])
def test_platforms_are_typed_by_use(text: str, name: str, expected: str | None) -> None:
    assert typed_by_use(span_of(text, name)) == expected


def test_people_and_places_are_left_alone() -> None:
    assert typed_by_use(span_of("We met on Twitter.", "Twitter", label="Person")) is None
