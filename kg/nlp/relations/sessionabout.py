"""What a session is about, from the lines that describe it.

An abstract under a session line that opens by defining something ("Ceph is a
distributed storage system ...") says what the session is about. So does the
sentence that names a session, or that opens a session's section, where a verb of
showing or covering comes before a name: "In her talk, Jane showed how
Prometheus ...", "This talk covered Grafana and Loki".
Rules (``rules_off``): described_subjects, covered_subjects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.records import Rel, relation, text_of

_SUBJECTS = {"Software", "Organization"}
# Verbs (and their particles) a sentence about a talk uses for its subject.
_COVER = {"covered", "covers", "covering", "showed", "shows", "showing", "demoed", "demos",
          "demoing", "demonstrated", "demonstrates", "explained", "explains", "explaining",
          "introduced", "introduces", "introducing", "discussed", "discusses", "discussing",
          "presented", "presents", "presenting", "showcased", "showcases", "highlighted",
          "highlights", "explored", "explores", "exploring", "described", "describes",
          "overview", "featured", "features", "tour", "about", "on", "into", "through"}
# Particles lead to a subject only after a verb or noun of talking: "dove into",
# "walked us through", "talked about", "a talk on"; not "deploy into".
_PARTICLES = {"about", "on", "into", "through"}
_PARTICLE_AFTER = {"dove", "dive", "dived", "diving", "deep-dive", "walked", "walks", "went",
                   "talked", "talks", "talk", "spoke", "speaks", "session", "presentation",
                   "keynote", "focused", "focuses", "focusing", "us", "deeper", "deep"}
_NOT_AFTER = {"what", "where", "when", "why", "who", "which", "the", "a", "an", "how", "to",
              "of", "us", "off", "its", "their", "his", "her", "new", "latest", "some", "all",
              "with", "using", "use"}
_LIST = {",", "and", "&", "or"}
# "X is an open community ...", "X provides ...", "X, the ... , is": a definition opens.
_DEFINES = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:is|are)\s+(?:now\s+|also\s+)?"
                      r"(?:an?|the|one)\b", re.I)


def session_subjects(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    sessions = [e for e in ents if e.label_ == "Session"]
    if not sessions:
        return
    things = [e for e in ents if e.label_ in _SUBJECTS]
    if "described_subjects" not in off:
        yield from _described(doc, sessions, things)
    if "covered_subjects" not in off:
        yield from _covered(doc, sessions, things)


def _described(doc: Doc, sessions: list[Span], things: list[Span]) -> Iterator[Rel]:
    """The thing that the first sentence of the block right after a session's block defines."""
    blocks = sorted(records.blocks(doc), key=lambda b: b.start)
    text = text_of(doc)
    taken = {s.start_char for s in sessions}
    for session in sessions:
        at = next((i for i, b in enumerate(blocks) if b.start <= session.start_char < b.end),
                  None)
        if at is None or at + 1 >= len(blocks):
            continue
        nxt = blocks[at + 1]
        if nxt.kind not in {"quote", "paragraph"} or any(nxt.start <= s < nxt.end
                                                         for s in taken):
            continue
        opening = [t for t in things if nxt.start <= t.start_char < nxt.end]
        if not opening:
            continue
        first = min(opening, key=lambda t: t.start_char)
        lead = text[nxt.start:first.start_char].strip(" >*_")
        if lead:
            continue
        if _DEFINES.match(text[first.end_char:first.end_char + 60]):
            yield relation("about", session, first, first.sent)


def _covered(doc: Doc, sessions: list[Span], things: list[Span]) -> Iterator[Rel]:
    """Names after a covering verb in the sentence that holds a session, or in the first two
    sentences of a session heading's section."""
    heads = records.headings(doc)
    starts = {t.start: t for t in things}
    for session in sessions:
        places = [(session.sent, session.end)]
        head = next((h for h in heads if h.start <= session.start_char < h.end), None)
        if head is not None:
            nxt = next((h.start for h in heads if h.start > head.start), len(text_of(doc)))
            body = [s for s in doc.sents if head.end <= s.start_char < nxt][:2]
            places = [(s, s.start) for s in body]
        for sent, start in places:
            if any(s is not session and sent.start <= s.start < sent.end for s in sessions):
                continue  # another session's sentence
            for thing in _after_cue(doc, sent, start, starts):
                yield relation("about", session, thing, sent)


def _after_cue(doc: Doc, sent: Span, start: int, starts: dict[int, Span]) -> list[Span]:
    """The names (a list of them: "A, B and C") that a covering verb leads to."""
    for i in range(start, sent.end):
        if doc[i].lower_ not in _COVER or (doc[i].lower_ in _PARTICLES and (
                i == sent.start or doc[i - 1].lower_ not in _PARTICLE_AFTER)):
            continue
        j = i + 1
        while j < sent.end and j - i <= 3 and j not in starts and doc[j].lower_ in _NOT_AFTER:
            j += 1
        if j not in starts:
            continue
        found = [starts[j]]
        k = starts[j].end
        while k < sent.end:
            while k < sent.end and doc[k].lower_ in _LIST:
                k += 1
            if k in starts and k > found[-1].end:
                found.append(starts[k])
                k = starts[k].end
            else:
                break
        return found
    return []
