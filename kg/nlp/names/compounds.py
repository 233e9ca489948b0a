"""Names built from a known part and a word that says what they are.

- a community's group: "Cloud SIG", "SIG Network", "Storage Working Group",
  "Docs Special Interest Group" are named communities (Organization);
- a part of a known place: "Downtown Detroit", "Greater Boston", "North Texas".
"""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.nlp.spans import token_hits

PLACE_PREFIXES = {"Downtown", "Greater", "North", "South", "East", "West", "Central",
                  "Northern", "Southern", "Eastern", "Western", "Upstate", "Metro", "Old"}
_NAME = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9]*|[A-Z0-9]{2,})$"},
         "LOWER": {"NOT_IN": ["the", "a", "an", "our", "this", "my", "their"]}}


def group_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("GROUP", [
        [_NAME, {**_NAME, "OP": "{0,2}"}, {"TEXT": {"IN": ["SIG", "WG"]}}],
        [{"TEXT": "SIG"}, {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}}],
        [_NAME, {**_NAME, "OP": "{0,2}"}, {"TEXT": {"IN": ["Working", "User", "Users"]}},
         {"TEXT": {"IN": ["Group", "Groups"]}}],
        [_NAME, {**_NAME, "OP": "{0,2}"}, {"TEXT": "Special"}, {"TEXT": "Interest"},
         {"TEXT": "Group"}],
    ], greedy="LONGEST")
    return matcher


_TRIGGERS = frozenset({"SIG", "WG", "Group", "Groups"})


def community_groups(doc: Doc, matcher: Matcher) -> list[Span]:
    if not token_hits(doc, _TRIGGERS):
        return []  # the matcher's patterns are slow to try on every word
    return [Span(doc, start, end, label="Organization") for _, start, end in matcher(doc)]


def place_parts(chosen: list[Span]) -> list[Span]:
    """Place spans grown by a capitalised prefix ("Downtown Detroit"); they replace the
    shorter ones."""
    out = []
    for span in chosen:
        if span.label_ != "Place" or span.start == 0:
            continue
        prev = span.doc[span.start - 1]
        if prev.text in PLACE_PREFIXES and prev.whitespace_ and not prev.is_sent_start:
            out.append(Span(span.doc, span.start - 1, span.end, label="Place"))
    return out
