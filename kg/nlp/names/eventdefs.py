"""Events the text defines: "a friendly competition called Rule the Stack", "Unlocked is a
free one-day cloud workshop", "#Hack4Good, a global hackathon", "the Triage-a-Thon".

A name that the sentence says is a conference, hackathon, workshop or competition is an
event's name, whatever its words. Rule (``rules_off``): defined_events.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.nlp.records import links, text_of

_KIND = (r"(?:conference|summit|hackathon|hack-?a-?thon|meetup|workshop|competition|contest|"
         r"roadshow|road\s+show|festival|gathering|bootcamp|boot\s+camp|sprint|unconference|"
         r"expo|convention|symposium|hack\s+day|code\s+sprint|event)s?")
# Lower-case words between the article and the kind ("a free one-day cloud workshop"),
# not a phrase ("a sponsor of the conference").
_MODIFIERS = r"(?:(?!(?:of|for|to|in|at|by|with|from|the|and|or|on|about)\b)[a-z0-9-]+\s+){0,4}"
_WORD = r"(?:[\w'!&+-]|\.(?=\w))*"  # "Node.js", not "Stack." at a sentence's end
_NAME = (r"#?[A-Z]" + _WORD + r"(?:\s+(?:[A-Z0-9]" + _WORD + r"|of|the|for|and|on|in)){0,6}"
         r"(?<=[\w!])")
_CALLED = re.compile(r"\b(?:an?|the)\s+" + _MODIFIERS + _KIND + r"\b[^.;:]{0,60}?\b(?:called|"
                     r"named|dubbed|titled)\s*,?\s+(?:the\s+)?[\"“]?(?P<name>" + _NAME + ")")
_IS_A = re.compile(r"(?:^|(?<=[\s\"“(]))(?P<name>" + _NAME + r")[\"”]?(?:\s+(?:is|was|will\s+be)"
                   r"|,)\s+(?:an?|the)\s+" + _MODIFIERS + _KIND + r"\b")
# "Triage-a-Thon", "Puppet Doc-a-thon 2013": a coined marathon of work is an event.
_ATHON = re.compile(r"\b(?P<name>(?:[A-Z][\w]*\s+)?[A-Z][a-z]+-a-[Tt]hon(?:\s+(?:19|20)\d\d)?)\b")
_NOT_NAMES = {"The", "This", "That", "It", "There", "Here", "Our", "We", "I", "What", "Which",
              "Each", "Every", "One", "Another", "Today", "Tomorrow", "Yesterday"}


def defined_events(doc: Doc, known_type) -> list[Span]:
    """Event spans for the names the text calls an event. ``known_type(name)``: the type a
    listed name has, if any (a listed company or product is not renamed an event)."""
    text = text_of(doc) if doc.has_annotation("SENT_START") else doc.text
    out: list[Span] = []
    for pattern in (_CALLED, _IS_A, _ATHON):
        for m in pattern.finditer(text):
            start, end = _linked(doc, m.start("name"), m.end("name"))
            name = text[start:end].lstrip("#")
            if name.split()[0] in _NOT_NAMES or known_type(name) not in {None, "Event"} or (
                    pattern is not _ATHON and re.search(r"-[a-z]+$", name)):
                continue  # "Linux-centric" describes a conference, it is none
            span = doc.char_span(start + (text[start] == "#"), end, label="Event",
                                 alignment_mode="contract")
            if span is not None and len(span) <= 8:
                out.append(span)
    return out


def _linked(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The whole text of the link the name opens ("[Unlocked: The Hybrid Cloud](...)")."""
    for lk in links(doc):
        if lk.start == start and lk.end > end and lk.end - lk.start <= 60:
            return lk.start, lk.end
    return start, end
