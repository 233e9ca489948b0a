"""Who works where, from the author's bio and from the words companies use for their staff.

A company blog rarely says "I work for Acme" in the post: the front matter's ``bio``
does ("Jane Doe is a Solutions Architect at Acme"), and the staff call themselves by
the company's demonym ("my fellow Rackers", "Googler Jane Doe"), or a person is "on the
Acme Cloud team". Rules (``rules_off``): bio_affiliation, staff_demonyms, company_ours,
team_members.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp.records import End, Rel, relation, text_of

# Words a company's staff are called by (general knowledge): demonym -> organisation.
DEMONYMS = {
    "Racker": "Rackspace", "Googler": "Google", "Red Hatter": "Red Hat", "IBMer": "IBM",
    "Microsoftie": "Microsoft", "Amazonian": "Amazon", "Mozillian": "Mozilla",
    "Facebooker": "Facebook", "Yahooligan": "Yahoo!", "Salesforcer": "Salesforce",
}
_DEMONYM = re.compile(r"\b(?P<word>" + "|".join(re.escape(d) for d in DEMONYMS) + r")s?\b")
# The writer is one of the staff: "I", "my", "me" in the sentence, or "we Rackers",
# "my fellow Rackers", "as a Racker" at the demonym ("we had twenty Rackers attending"
# counts the company's staff, not the writer's job).
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me)\b")
_WE_STAFF = re.compile(r"(?:\b(?:we|us|our|fellow|as an?)\s+(?:fellow\s+)?)$", re.I)
# "Acme handles upgrades in our public cloud": the company, then "our" in its sentence.
_OUR = re.compile(r"\b(?:our|we|we're|we’re|we've|we’ve|us)\b", re.I)

# A bio's sentence about a job held now: "is a <job> at Acme", "works for Acme",
# "joined Acme in 2012"; not "Previously, he worked at Pixar" or "graduated from X".
_NOW_AT = re.compile(
    r"(?:(?:\b(?:is|am|'s|’s|serves as)\s+|^\s*(?:[A-Z][\w'-]*\s+){1,3})"
    r"(?:an?|the|one of the)\s+(?:[\w&/,-]+\s+){0,8}?(?:at|for|with|of|on)"
    r"|\b(?:works?|working|joined|joins)\s+(?:(?:[\w-]+\s+){0,3}?(?:at|for|with|in))?"
    r"|\bhas\s+been\s+(?:with|at)"
    r"|\bcurrently\s+(?:at|with)"
    r")\s+(?:the\s+)?$", re.I)
_PAST = re.compile(r"\b(?:previous(?:ly)?|former(?:ly)?|prior|before|alumn\w*|graduated|"
                   r"degree|studied|was|were|used to)\b", re.I)
_SENTENCE = re.compile(r"[^.!?;]+(?:[.!?;]|$)")


def bio_affiliation(doc: Doc, ents: list[Span], author_key: str) -> Iterator[Rel]:
    """The organisations of the post that the author's bio says they work for now."""
    bio = str((doc._.kg_meta or {}).get("bio") or "")
    if not bio.strip():
        return
    orgs = _first_mentions(doc, ents, "Organization")
    author = End(-1, -1, "Person", author_key)
    found: set[str] = set()
    for sent in (m.group() for m in _SENTENCE.finditer(" ".join(bio.split()))):
        if _PAST.search(sent):
            continue
        for name, span in orgs.items():
            if span.kb_id_ in found:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", sent):
                if _NOW_AT.search(sent[:m.start()]):
                    found.add(span.kb_id_)
                    yield relation("affiliation", author, span, span)
                    break
        for m in _DEMONYM.finditer(sent):
            span = orgs.get(DEMONYMS[m.group("word")])
            if span is not None and span.kb_id_ not in found:
                found.add(span.kb_id_)
                yield relation("affiliation", author, span, span)


def staff_demonyms(doc: Doc, ents: list[Span], author_key: str | None) -> Iterator[Rel]:
    """ "Racker Jane Doe", "two Rackers, Jane Doe and John Roe", "Jane Doe, a Googler":
    those people work for the demonym's company; "my fellow Rackers", "we Rackers": the
    author does. The company must be one the post names."""
    orgs = _first_mentions(doc, ents, "Organization")
    text = text_of(doc)
    people = [e for e in ents if e.label_ == "Person"]
    for sent in doc.sents:
        s_text = text[sent.start_char:sent.end_char]
        hits = list(_DEMONYM.finditer(s_text))
        if not hits:
            continue
        inside = [p for p in people if sent.start <= p.start < sent.end]
        for m in hits:
            org = orgs.get(DEMONYMS[m.group("word")])
            if org is None:
                continue
            at, end = sent.start_char + m.start(), sent.start_char + m.end()
            named = _named_staff(text, inside, at, end)
            for person in named:
                yield relation("affiliation", person, org, sent)
            if not named and author_key and (_FIRST_PERSON.search(s_text) or _WE_STAFF.search(
                    s_text[:m.start()])):
                yield relation("affiliation", End(-1, -1, "Person", author_key), org, sent)


def _named_staff(text: str, people: list[Span], at: int, end: int) -> list[Span]:
    """The people a demonym at ``at``..``end`` names: right after it ("Racker Jane Doe",
    "Rackers, Jane Doe and John Roe") or just before it ("Jane Doe, a Racker")."""
    after = sorted((p for p in people if p.start_char >= end), key=lambda p: p.start_char)
    out: list[Span] = []
    pos = end
    for p in after:
        gap = text[pos:p.start_char]
        if not re.fullmatch(r"\s*(?:[,:]\s*)?(?:(?:and|&)\s+)?", gap) or len(gap) > 8:
            break
        out.append(p)
        pos = p.end_char
    if out:
        return out
    before = [p for p in people if p.end_char <= at]
    if before:
        last = max(before, key=lambda p: p.end_char)
        gap = text[last.end_char:at]
        if re.fullmatch(r"\s*(?:,|\(|is|was|has been|,\s*(?:who\s+)?is)?\s*"
                        r"(?:an?|the|one|our|a fellow|another)?\s*(?:[\w-]+\s+)?", gap) and (
                len(gap) <= 30):
            return [last]
    return []


def _first_mentions(doc: Doc, ents: list[Span], label: str) -> dict[str, Span]:
    """Each form of the post's entities of ``label`` (its texts, name and aliases) to its
    first mention."""
    names = {r["key"]: (r["name"], *r["aliases"]) for r in doc._.kg_entities or ()}
    out: dict[str, Span] = {}
    for e in sorted((e for e in ents if e.label_ == label), key=lambda e: e.start):
        for form in (e.text, *names.get(e.kb_id_, ())):
            out.setdefault(form, e)
    return out


_LEAD_INS = {"at", "here", "inside", "within"}


def company_ours(doc: Doc, ents: list[Span], author_key: str) -> Iterator[Rel]:
    """ "Acme handles upgrades in our public cloud", "At Acme, we ...": a sentence that
    opens with a company and then says "our" or "we" is the company speaking through the
    writer."""
    text = text_of(doc)
    orgs = [e for e in ents if e.label_ == "Organization"]
    others = [e for e in ents if e.label_ == "Person"]
    for org in orgs:
        sent = org.sent
        first = sent.start
        while first < org.start and (doc[first].is_punct or doc[first].is_space or (
                doc[first].lower_ in _LEAD_INS)):  # "At Acme, we ..."
            first += 1
        if first != org.start:
            continue
        m = _OUR.search(text, org.end_char, min(sent.end_char, org.end_char + 160))
        if m is None or text[org.end_char:org.end_char + 3] in {"'s ", "’s "} or any(
                org.end_char <= e.start_char < m.start() for e in others):
            continue
        if any(text[org.end_char:e.start_char].strip() in {",", "and", "&", "or", ", and"}
               for e in orgs if e.start > org.start):
            continue  # "Acme and Initech, which we like": no one company speaks
        yield relation("affiliation", End(-1, -1, "Person", author_key), org, sent)


# "Jane Doe is a software engineer on the Acme Cloud team", "Jane Doe, an intern on the
# Acme DNS team".
_ON_TEAM = re.compile(r"^(?:\s+(?:is|was)|,)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:on|in|with)"
                      r"\s+the\s+$")


def team_members(doc: Doc, ents: list[Span]) -> Iterator[Rel]:
    """A person said to be on a team of the company whose name opens the team's."""
    text = text_of(doc)
    people = sorted((e for e in ents if e.label_ == "Person"), key=lambda e: e.start)
    for org in (e for e in ents if e.label_ == "Organization"):
        before = [p for p in people if p.end <= org.start and p.sent.start == org.sent.start]
        if not before or not _ON_TEAM.match(text[before[-1].end_char:org.start_char]):
            continue
        rest = doc[org.end:min(org.end + 5, org.sent.end)]
        words = [t for t in rest if not t.text[:1].isupper()]
        if words and words[0].lower_ == "team":
            yield relation("affiliation", before[-1], org, doc[before[-1].start:org.end])
