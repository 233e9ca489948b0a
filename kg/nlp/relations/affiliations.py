"""Affiliations that the writer states in the first person or in a copular sentence.

"Our Acme team", "we at Acme", "I work for Acme", "my first week at Acme" say the
post's author works there; that "we" and an organisation share a sentence does not
("we built a cloud with NASA"). "Jane is a product manager at Acme" and "Jane works for
Acme" state a named person's employer in a full sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp import records
from kg.nlp.records import End, Rel, relation, text_of
from kg.nlp.spans import by_sentence

# The words just before an organisation that make it the writer's own.
_MINE_BEFORE = re.compile(
    r"(?:\b(?:I|we)(?:'m|'re|\s+am|\s+are|\s+was|\s+were|\s+have|'ve)?\s+(?:\w+\s+)?"
    r"(?:work(?:s|ed|ing)?\s+(?:at|for)|join(?:ed|ing)?)\s+"
    r"|\b(?:here|we|us)\s+at\s+"
    r"|\b(?:my|our)\s+(?:first\s+|last\s+|new\s+)?(?:day|week|month|year|job|role|team|"
    r"colleagues?|employer)\s+(?:\w+\s+){0,2}(?:at|with)\s+"
    r"|\bI(?:'m|\s+am|\s+was)\s+(?:now\s+)?an?\s+(?:[\w-]+\s+){1,3}(?:at|with|for)\s+)"
    r"(?:the\s+)?$", re.I)
_MINE_AFTER = re.compile(r"^(?:'s|’s)?,?\s+where\s+(?:I|we)\b")
# "our Acme team": "our" and an organisation's people, not "our GitHub repo".
_OUR = re.compile(r"\b(?:our|my)\s+(?:own\s+)?$", re.I)
_PEOPLE = re.compile(r"^\s+(?:team|teams|colleagues|folks|engineers|people|office|offices|"
                     r"crew|family|staff|employees)\b", re.I)
# "Zane: I work at Acme": in a dialogue the first person is the one speaking.
_SPEAKER_LABEL = re.compile(r"^[A-Z][\w .'-]{0,30}:\s")
# "Jane is a product manager at Acme", "A and B are both part of the team at Acme",
# "Jane, EVP of Acme", "Jane works for Acme", "Jane, who works at Acme".
_COPULA = re.compile(
    r"^(?:,\s*(?:who\s+)?(?:is|was|has been)?|\s+(?:is|was|are|were|has been|have been))\s+"
    r"(?:now\s+|also\s+|both\s+|currently\s+)*(?:an?\s+|the\s+|one of the\s+)?"
    r"(?P<job>(?:[\w&-]+\s+){1,6})(?:at|of|with|for)\s+(?:the\s+)?$"
    r"|^,?\s*(?:who\s+)?(?:now\s+)?(?:works|worked|is working|joined)\s+(?:at|for|with)?\s*"
    r"(?:the\s+)?$", re.I)
# "These folks (Jane, Joe) work for Acme", "Jane and Joe both work at Acme".
_THEY_WORK = re.compile(r"^\)?\s*(?:now\s+|both\s+|all\s+)?(?:work|are working)\s+(?:at|for)"
                        r"\s+(?:the\s+)?$", re.I)
_JOBISH = re.compile(
    r"\b(?:ceo|cto|cio|coo|cfo|vp|svp|evp|founder|co-?founder|engineer|manager|director|"
    r"architect|developer|advocate|evangelist|lead|head|president|officer|chair|team|"
    r"scientist|researcher|consultant|analyst|designer|maintainer|marketing|product|"
    r"employee|staff|principal|fellow|owner|partner|strategist|technologist)s?\b", re.I)


def author_affiliation(doc: Doc, ents: list[Span], author_key: str) -> Iterator[Rel]:
    """The organisations the post's author calls their own."""
    author = End(-1, -1, "Person", author_key)
    text = text_of(doc)
    blocks = records.blocks(doc)
    for sent, inside in by_sentence(doc, [e for e in ents if e.label_ == "Organization"]):
        block = next((b for b in blocks if b.start <= sent.start_char < b.end), None)
        if block is not None and _SPEAKER_LABEL.match(text[block.start:block.end]):
            continue
        for org in inside:
            before = text[max(sent.start_char, org.start_char - 60):org.start_char]
            after = text[org.end_char:org.end_char + 40]
            if _MINE_BEFORE.search(before) or _MINE_AFTER.match(after) or (
                    _OUR.search(before) and _PEOPLE.match(after)):
                yield relation("affiliation", author, org, sent)


def stated_affiliation(doc: Doc, ents: list[Span], plural: bool = True) -> Iterator[Rel]:
    """ "Jane is a product manager at Acme", "Doe, EVP and CTO of Acme": a person (perhaps
    by one part of a name the post gave in full), a job, then the organisation."""
    text = text_of(doc)
    short = short_names(ents)
    covered = {i for e in ents for i in range(e.start, e.end)}
    for sent, orgs in by_sentence(doc, [e for e in ents if e.label_ == "Organization"]):
        people = [e for e in ents if e.label_ == "Person" and sent.start <= e.start < sent.end]
        people += [Span(doc, t.i, t.i + 1, label="Person") for t in sent
                   if t.text in short and t.i not in covered]
        for org in orgs:
            before = [p for p in people if p.end <= org.start]
            if not before:
                continue
            last = max(before, key=lambda p: p.end)
            between = text[last.end_char:org.start_char]
            m = _COPULA.match(between) or (_THEY_WORK.match(between) if plural else None)
            job = m.groupdict().get("job") if m is not None else None
            if m is None or len(between) > 80 or (job and not _JOBISH.fullmatch(
                    job.split()[-1])):  # "co-author of": no job
                continue
            who = last
            joined = [p for p in before if p is not last and re.fullmatch(
                r"\s*(?:,|and|&)\s*", text[p.end_char:last.start_char])]
            evidence = doc[min(p.start for p in [*joined, last]):org.end]
            for person in [*joined, who]:
                person = short.get(person.text, person) if len(person) == 1 else person
                yield relation("affiliation", person, org, evidence)


def short_names(ents: list[Span]) -> dict[str, Span]:
    """A given name or surname alone that stands for one full name the post gives:
    "Murray" after "Jonathan Murray"."""
    out: dict[str, Span] = {}
    clash: set[str] = set()
    for e in ents:
        if e.label_ != "Person" or len(e) < 2:
            continue
        for part in {e[0].text, e[-1].text}:
            if not part[:1].isupper() or len(part) < 3:
                continue
            if part in out and out[part].text != e.text:
                clash.add(part)
            out.setdefault(part, e)
    return {k: v for k, v in out.items() if k not in clash}


def keeps_to_one(doc: Doc, rel: Rel) -> bool:
    """ "A, B, C, Acme": an organisation set after a name by a comma alone belongs to
    that name, not to the list it ends."""
    if rel.name != "affiliation" or rel.s.start < 0 or rel.o.start < 0:
        return False
    text = text_of(doc)
    return text[rel.s.end:rel.o.start].strip() == "," and text[:rel.s.start].rstrip().endswith(
        ",")  # "A & B, Acme" is both people's
