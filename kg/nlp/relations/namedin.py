"""Relations that a name carries inside itself, and "settled on" uses.

"the Berlin Project Teams Gathering" is in Berlin when the post names Berlin as a
place: the resolver may file the mention under the series' canonical name, so the
place is looked for in the mention's words and just before it, not in a nested
span. "Acme has standardized on Kubernetes" uses it. (A product named after an
organisation, "Acme Cloud", is not stated to be made by it: the gold leaves those
out.) A post whose title names one event and one place ("Takeaways of Acme Conf -
Lisbon 2024") places the event there. Rules (``rules_off``): event_name_places,
settled_on, title_places. "X, created in 1984 by Y" and "the 1987 release of X by Y"
name X's maker however the parser reads the aside: made_by_text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp.records import Rel, relation, text_of

_SETTLE = re.compile(r"^\s*(?:(?:has|have|had|is|are|was|were|now|also|all|both|since|"
                     r"recently|already|officially|long)\s+){0,3}(?:standardi[sz]ed|"
                     r"standardi[sz]ing|standardi[sz]es?|settled|settles?|bet|bets|betting|"
                     r"built|builds?|building|based)\s+(?:(?:their|its|our|the|his|her)\s+"
                     r"(?:[a-z-]+\s+){0,3})?(?:on|upon)\s+(?:(?:top\s+of|the|an?|earlier|"
                     r"later|older|newer|recent|latest|versions?\s+of|releases?\s+of)\s+){0,4}$",
                     re.I)


def named_in(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    rules = {"event_name_places": lambda: _event_name_places(ents, _names(doc)),
             "settled_on": lambda: _settled_on(doc, ents),
             "title_places": lambda: _title_places(doc, ents),
             "made_by_text": lambda: _made_by_text(doc, ents)}
    for name, rule in rules.items():
        if name not in off:
            yield from rule()


def _names(doc: Doc) -> dict[str, str]:
    """Entity key -> the entity's name."""
    return {ent["key"]: ent["name"] for ent in doc._.kg_entities or ()}


def _inside(form: str, text: str) -> bool:
    """``form`` is a whole run of words of ``text`` (and not all of it)."""
    return form != text and bool(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text))


def _event_name_places(ents: list[Span], names: dict[str, str]) -> Iterator[Rel]:
    """A place of the post that an event's mention names in its words."""
    places: dict[str, Span] = {}
    for p in ents:
        if p.label_ == "Place":
            places.setdefault(p.kb_id_, p)
    starts = {p.end: p for p in ents if p.label_ == "Place"}
    for event in (e for e in ents if e.label_ == "Event"):
        before = starts.get(event.start)  # "the Berlin Project Teams Gathering"
        if before is not None:
            yield relation("locatedIn", event, before, event.doc[before.start:event.end])
        for place in places.values():
            # The place's own name only: an alias may be a city the resolver folded into
            # its country ("Paris, France").
            name = names.get(place.kb_id_, place.text)
            if len(name) > 2 and name[:1].isupper() and _inside(name, event.text):
                yield relation("locatedIn", event, place, event)


def _settled_on(doc: Doc, ents: list[Span]) -> Iterator[Rel]:
    """ "Acme and Initech have standardized on Kubernetes", "Acme is built on Kubernetes"."""
    text = text_of(doc)
    ordered = sorted((e for e in ents if e.label_ != "Session"), key=lambda e: e.start)
    for i, soft in enumerate(ordered):
        if soft.label_ != "Software":
            continue
        users = []
        for prev in reversed(ordered[:i]):
            if prev.sent.start != soft.sent.start:
                break
            between = text[prev.end_char:soft.start_char]
            if users:
                if not re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[prev.end_char:
                                                                    users[-1].start_char]):
                    break
            elif not _SETTLE.match(between) or (prev.label_ == "Software" and re.search(
                    r"\b(?:buil|based)", between)):  # software built on software runs on it
                break
            if prev.label_ not in {"Organization", "Software"}:
                break
            users.append(prev)
        for user in users:
            yield relation("uses", user, soft, doc[user.start:soft.end])


_MADE_BY = re.compile(r"^\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:originally\s+|first\s+)?"
                      r"(?:created|developed|written|built|released|designed|invented|"
                      r"authored|made|published|open[- ]sourced)\b[^.;:!?()]{0,50}?\bby\s*$",
                      re.I)
_RELEASE_OF = re.compile(r"\b(?:release|version|port|edition|re-?release)\s+of\s+(?:the\s+)?$",
                         re.I)


def _made_by_text(doc: Doc, ents: list[Span]) -> Iterator[Rel]:
    """ "Tetris, created in 1984 by A", "the 1987 release of Tetris by B"."""
    text = text_of(doc)
    ordered = sorted((e for e in ents if e.label_ != "Session"), key=lambda e: e.start)
    for i, soft in enumerate(ordered[:-1]):
        maker = ordered[i + 1]
        if soft.label_ != "Software" or maker.label_ not in {"Organization", "Person"} or (
                maker.sent.start != soft.sent.start):
            continue
        between = text[soft.end_char:maker.start_char]
        if _MADE_BY.match(between) or (re.fullmatch(r"\s*by\s*", between) and _RELEASE_OF.search(
                text[max(soft.sent.start_char, soft.start_char - 40):soft.start_char])):
            yield relation("createdBy", soft, maker, doc[soft.start:maker.end])


def _title_places(doc: Doc, ents: list[Span]) -> Iterator[Rel]:
    """The one event and the one place that the post's title, repeated in its opening
    text, names."""
    title = " ".join(str((doc._.kg_meta or {}).get("title") or "").split())
    text = text_of(doc)
    at = text.find(title[:80]) if len(title) > 8 else -1
    if at < 0 or at > 400:
        return
    inside = [e for e in ents if at <= e.start_char and e.end_char <= at + len(title)]
    events = {e.kb_id_: e for e in inside if e.label_ == "Event"}
    places = {e.kb_id_: e for e in inside if e.label_ == "Place"}
    if len(events) == 1 and len(places) == 1:
        event, place = next(iter(events.values())), next(iter(places.values()))
        yield relation("locatedIn", event, place, doc[min(event.start, place.start):
                                                      max(event.end, place.end)])
