"""A company's product name at the head of a job title is the company's name.

"Acme Open Cloud Architect Jane Doe" and "Acme Cloud Evangelist and DevOps Engineer
John Roe" hold a product's name ("Acme Open Cloud"), but the words before a person's
name are a job title: the company employs them, and the product is not named there; nor
is Linux in "Acme Linux Engineer Jane Doe", nor the product in "the Acme Cloud Integration
team".
Rules (``rules_off``): product_titles, titled_orgs.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.nlp.names.stopnames import JOB_TITLE_WORDS

_HEADS = JOB_TITLE_WORDS | {"trainer", "instructor", "evangelists", "specialists"}
_GLUE = {"and", "&", "of"}


def product_titles(chosen: list[Span], is_org: Callable[[str], bool]) -> list[Span]:
    """``chosen`` with each product name that opens a job title before a person's name
    replaced by the company's name it starts with, and without the software named inside
    a company's job title ("Acme Linux Engineer Jane Doe")."""
    people = {s.start: s for s in chosen if s.label_ == "Person"}
    orgs = {s.end for s in chosen if s.label_ == "Organization"}
    out = []
    for span in chosen:
        company = _company(span, is_org) if span.label_ == "Software" else None
        if company is not None and (_titles_person(span, people) or _names_team(span)):
            out.append(Span(span.doc, span.start, company, label="Organization"))
        elif not (span.label_ == "Software" and span.start in orgs
                  and _titles_person(span, people)):
            out.append(span)
    return out


def _company(span: Span, is_org: Callable[[str], bool]) -> int | None:
    """The end of the longest company name the product's name starts with."""
    for end in range(span.end - 1, span.start, -1):
        if is_org(span.doc[span.start:end].text):
            return end
    return None


def _names_team(span: Span) -> bool:
    """ "the Acme Cloud Integration team": a team of the company, named with its product."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 4 and doc[i].text[:1].isupper():
        i += 1
    return i < len(doc) and doc[i].lower_ == "team" and span.start > 0 and (
        doc[span.start - 1].lower_ == "the")


def _titles_person(span: Span, people: dict[int, Span]) -> bool:
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 7 and i not in people:
        tok = doc[i]
        if not (tok.text[:1].isupper() or tok.lower_ in _GLUE):
            return False
        i += 1
    return i in people and i > span.end and doc[i - 1].lower_ in _HEADS


def titled_orgs(chosen: list[Span], listed: Callable[[str], bool]) -> list[Span]:
    """Without the organisation the model read into a job title after a person's name:
    "Jane Doe, Unlocked Global Program Manager" names a job, not an "Unlocked Global
    Program". A listed organisation stays ("Jane Doe, Google Engineer")."""
    people_end = {s.end for s in chosen if s.label_ == "Person"}
    out = []
    for span in chosen:
        doc = span.doc
        if (span.label_ == "Organization" and not listed(span.text) and span.start >= 2
                and doc[span.start - 1].text == "," and span.start - 1 in people_end
                and span.end < len(doc) and doc[span.end].lower_ in _HEADS):
            continue
        out.append(span)
    return out
