"""More shapes of event names than the series-and-head pattern of :mod:`kg.nlp.names.entities`.

- a series with its region: "KubeCon US", "KubeCon Europe 2019", "DockerCon EU";
- a series whose casing is loose, with its year: "Kubecon Valencia 2022";
- a coined name before a lower-case "conference" or "summit": "the SpringOne2gx
  conference" (the name is the event; "the Kubernetes conference" is not one,
  as "Kubernetes" is a plain capitalised word and a known project).

And one shape that is no event: "My First Day", "Day Two", an ordinal and a head.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.nlp.names.gazetteer import Gazetteer
from kg.nlp.names.stopnames import GENERIC, common_word
from kg.nlp.spans import token_hits

REGIONS = ["US", "USA", "EU", "NA", "EMEA", "APAC", "Europe", "Asia", "China", "India",
           "Japan", "Africa", "Australia", "ANZ", "UK", "LATAM", "Americas", "Korea",
           "Canada", "Nordics", "DACH", "Brasil", "Brazil", "Israel", "Singapore"]
_SERIES = r"^[A-Z][A-Za-z0-9]*(?:Conf|Con|CON|Camp|Days|Fest|Summit|World)$"
_LOOSE_SERIES = r"^[A-Z][A-Za-z0-9]*(?:[Cc]onf|[Cc]on|CON|[Cc]amp|[Ff]est)$"
_YEAR = r"^(?:19|20)\d\d$"
_WHEN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "next",
         "last", "first", "this", "our", "the", "january", "february", "march", "april", "may",
         "june", "july", "august", "september", "october", "november", "december"]
_HEADS = frozenset({"conference", "summit", "conf", "meetup", "hackathon", "unconference",
                    "convention"})
_NOT_NAMES = {"first", "second", "third", "fourth", "fifth", "last", "final", "next", "one",
              "two", "three", "four", "five", "my", "your", "our", "their", "his", "her",
              "this", "that", "the", "a", "an", "every", "each", "other", "same", "whole",
              "entire", "full", "half", "big", "great", "long", "busy", "day", "days"}


_YEARS = frozenset(str(y) for y in range(1990, 2041))
_TRIGGERS = frozenset(REGIONS) | {"North", "Dojo"} | _YEARS
_SERIES_RE = re.compile(_SERIES)
_LOOSE_RE = re.compile(_LOOSE_SERIES)
_NAME_RE = re.compile(r"^[A-Z][A-Za-z0-9]+$")


def qualified_events(doc: Doc) -> list[Span]:
    """Event spans of the shapes above, found from their last word back (a region, a year
    or "Dojo"), so most of the post is never looked at."""
    out = []
    for h in token_hits(doc, _TRIGGERS):
        word = doc[h].text
        end = h + 2 if h + 1 < len(doc) and doc[h + 1].text in _YEARS else h + 1
        if word == "North":
            if h + 1 < len(doc) and doc[h + 1].text == "America" and h > 0 and _SERIES_RE.match(
                    doc[h - 1].text):
                end = h + 3 if h + 2 < len(doc) and doc[h + 2].text in _YEARS else h + 2
                out.append(Span(doc, h - 1, end, label="Event"))
        elif word == "Dojo":
            start = h
            while start > 0 and h - start < 2 and _NAME_RE.match(doc[start - 1].text) and (
                    doc[start - 1].lower_ not in _WHEN):
                start -= 1
            if start < h:
                out.append(Span(doc, start, end, label="Event"))
        elif word in _YEARS:
            if h > 0 and _loose_series(doc[h - 1].text):
                out.append(Span(doc, h - 1, h + 1, label="Event"))
            elif h > 1 and _loose_series(doc[h - 2].text) and re.match(
                    r"^[A-Z][a-z]+$", doc[h - 1].text):
                out.append(Span(doc, h - 2, h + 1, label="Event"))
        elif h > 0 and _SERIES_RE.match(doc[h - 1].text):
            out.append(Span(doc, h - 1, end, label="Event"))
    return out


def _loose_series(word: str) -> bool:
    """ "Kubecon", "Pycon"; not "Silicon", "Falcon" or "Beacon"."""
    return bool(_LOOSE_RE.match(word)) and not common_word(word)


def coined_before_head(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """ "the SpringOne2gx conference": a coined one-word name before a lower-case head."""
    out = []
    for h in token_hits(doc, _HEADS):
        tok = doc[h - 1]
        if h == 0 or not tok.text.isalnum():
            continue
        word = tok.text
        coined = bool(re.match(r"^[A-Z][a-z]+[A-Z0-9]", word))  # "SpringOne2gx", "PyCon"
        if (coined and word[:1].isupper() and word.lower() not in GENERIC
                and not any(e.type != "Event" for e in gazetteer.lookup(word))):
            out.append(Span(doc, tok.i, tok.i + 1, label="Event"))
    return out


def no_event(span: Span) -> bool:
    """ "Your First Day", "Day Two": only ordinals, possessives and heads."""
    return all(t.lower_ in _NOT_NAMES or t.is_punct for t in span)
