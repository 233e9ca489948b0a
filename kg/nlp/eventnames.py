"""More shapes of event names than the series-and-head pattern of :mod:`kg.nlp.entities`.

- a series with its region: "KubeCon US", "KubeCon Europe 2019", "DockerCon EU";
- a series whose casing is loose, with its year: "Kubecon Valencia 2022";
- a coined name before a lower-case "conference" or "summit": "the SpringOne2gx
  conference" (the name is the event; "the Kubernetes conference" is not one,
  as "Kubernetes" is a plain capitalised word and a known project).

And one shape that is no event: "My First Day", "Day Two", an ordinal and a head.
"""

from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.stopnames import GENERIC

REGIONS = ["US", "USA", "EU", "NA", "EMEA", "APAC", "Europe", "Asia", "China", "India",
           "Japan", "Africa", "Australia", "ANZ", "UK", "LATAM", "Americas", "Korea",
           "Canada", "Nordics", "DACH", "Brasil", "Brazil", "Israel", "Singapore"]
_SERIES = r"^[A-Z][A-Za-z0-9]*(?:Conf|Con|CON|Camp|Days|Fest|Summit|World)$"
_LOOSE_SERIES = r"^[A-Z][A-Za-z0-9]*(?:[Cc]onf|[Cc]on|CON|[Cc]amp|[Ff]est)$"
_YEAR = r"^(?:19|20)\d\d$"
_WHEN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "next",
         "last", "first", "this", "our", "the", "january", "february", "march", "april", "may",
         "june", "july", "august", "september", "october", "november", "december"]
_HEADS = {"conference", "summit", "conf", "meetup", "hackathon", "unconference", "convention"}
_NOT_NAMES = {"first", "second", "third", "fourth", "fifth", "last", "final", "next", "one",
              "two", "three", "four", "five", "my", "your", "our", "their", "his", "her",
              "this", "that", "the", "a", "an", "every", "each", "other", "same", "whole",
              "entire", "full", "half", "big", "great", "long", "busy", "day", "days"}


def qualifier_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    year = {"TEXT": {"REGEX": _YEAR}, "OP": "?"}
    matcher.add("EVENT", [
        [{"TEXT": {"REGEX": _SERIES}}, {"TEXT": {"IN": REGIONS}}, year],
        [{"TEXT": {"REGEX": _SERIES}}, {"TEXT": "North"}, {"TEXT": "America"}, year],
        [{"TEXT": {"REGEX": _LOOSE_SERIES}}, {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}, "OP": "?"},
         {"TEXT": {"REGEX": _YEAR}}],
        # "CentOS Dojo", "DevOps Dojo": a community's day of talks
        [{"TEXT": {"REGEX": r"^[A-Z][A-Za-z0-9]+$"}, "LOWER": {"NOT_IN": _WHEN}, "OP": "{1,2}"},
         {"TEXT": "Dojo"}, year],
    ], greedy="LONGEST")
    return matcher


def qualified_events(doc: Doc, matcher: Matcher) -> list[Span]:
    return [Span(doc, start, end, label="Event") for _, start, end in matcher(doc)]


def coined_before_head(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """ "the SpringOne2gx conference": a coined one-word name before a lower-case head."""
    out = []
    for tok in doc[:-1]:
        head = doc[tok.i + 1]
        if head.text not in _HEADS or (not tok.is_alpha and not tok.text.isalnum()):
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
