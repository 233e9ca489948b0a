"""What names around a product's or company's name make of it.

"Oracle Warehouse Management", read by the model as a company, is the company's product;
"EBS" after "Oracle E-Business Suite (EBS)" is that product, not Amazon EBS; "Google
Cloud Platform Summit" is an event named after a product; "Google Next '19" is an edition.
Rules (``rules_off``, in :mod:`kg.nlp.names.entities`): company_product_names, short_forms,
product_events, event_years.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.nlp.names.gazetteer import SPAN_KEY as GAZ_KEY
from kg.nlp.names.stopnames import JOB_TITLE_WORDS, ordinary_words

# Last words of a company's or a group's name, not a product's.
_COMPANY_ENDS = {"inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "corporation", "co",
                 "co.", "gmbh", "ag", "sa", "plc", "labs", "lab", "group", "foundation",
                 "institute", "university", "college", "agency", "association", "society",
                 "council", "department", "ministry", "team", "teams", "division", "office",
                 "partners", "ventures", "capital", "bank", "holdings", "industries",
                 "international", "consulting", "studios", "games"}


def company_product(found: Span, is_org: Callable[[str], bool]) -> Span | None:
    """ "Oracle Warehouse Management", "Acme Government Cloud": a listed company's name
    and more capitalised words, read by the model as an organisation, is the
    company's product (Software by the guidelines), unless it ends like a company."""
    if found.label_ != "Organization" or len(found) < 2 or found[-1].lower_ in (
            _COMPANY_ENDS | JOB_TITLE_WORDS):
        return None  # "Acme Labs", "Acme Developer Advocate"
    lead = next((end for end in range(found.end - 1, found.start, -1)
                 if is_org(found.doc[found.start:end].text)), None)
    rest = found.doc[lead:found.end] if lead else []
    if not rest or not all(t.is_alpha and t.text[:1].isupper() for t in rest) or (
            ordinary_words([t.text for t in rest]) and len(rest) == 1):
        return None  # "Oracle Home", "Rackspace Service": one ordinary word
    return Span(found.doc, found.start, found.end, label="Software")


def replace_company(out: list[Span], product: Span) -> bool:
    """Put the product in place of the company's span it extends (or beside nothing)."""
    inside = [s for s in out if s.start < product.end and product.start < s.end]
    if any(s.start < product.start or s.end > product.end for s in inside) or not all(
            s.label_ == "Organization" for s in inside):
        return False
    for s in inside:
        out.remove(s)
    out.append(product)
    return True


def short_forms(chosen: list[Span]) -> list[Span]:
    """ "EBS" after "Oracle EBS" or "Oracle E-Business Suite (EBS)": an acronym alone is
    the thing the post named with it before, not another thing the lists know by the same
    letters (Amazon EBS)."""
    longer: dict[str, Span] = {}
    out = []
    for span in sorted(chosen, key=lambda s: s.start):
        if span.label_ == "Software" and (acronym := _bracketed_acronym(span)):
            longer.setdefault(acronym, span)  # "Oracle® E-Business Suite® (EBS)"
        if len(span) > 1 and span[-1].text.isupper() and span.label_ == "Software":
            longer.setdefault(span[-1].text, span)
        elif len(span) == 1 and span.text in longer and span.label_ == "Software" and (
                longer[span.text].kb_id_ != span.kb_id_):
            span = Span(span.doc, span.start, span.end, label="Software",
                        kb_id=longer[span.text].kb_id_ or longer[span.text].text)
        out.append(span)
    return out


def _bracketed_acronym(span: Span) -> str | None:
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].text in {"®", "™"}:
        i += 1
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and (
            doc[i + 1].text.isupper() and 2 <= len(doc[i + 1].text) <= 6):
        return doc[i + 1].text
    return None


def opens_product(doc: Doc, start: int, end: int) -> bool:
    """ "Google Cloud Platform Summit": the company's name opens a listed product's name
    inside the event's name, so the event is the product's, not one the company attends."""
    return any(s.start == start and start + 1 < s.end < end and s.label_ == "Software"
               for s in doc.spans.get(GAZ_KEY, []))


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def with_year(event: Span) -> Span:
    """ "Google Next '19", "Velocity 2014": the year after a series' name makes it an
    edition, named as written."""
    doc = event.doc
    if _YEAR.match(event[-1].text) or event.end >= len(doc):
        return event
    nxt = doc[event.end]
    if _YEAR.match(nxt.text):
        return Span(doc, event.start, event.end + 1, label="Event")
    if nxt.text in {"'", "’"} and event.end + 1 < len(doc) and not nxt.whitespace_ and (
            re.fullmatch(r"\d\d", doc[event.end + 1].text)):
        return Span(doc, event.start, event.end + 2, label="Event")
    return event
