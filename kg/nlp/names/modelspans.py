"""What to make of a name the statistical model found and no list knows.

The small model is quick to call any capitalised phrase an organisation, a
place or a person. A name no gazetteer knows is kept when its shape or its
context vouches for its type: a given name opens a person's name, a legal or
team suffix closes an organisation's, "X from Y" and "CTO of Y" put Y in an
organisation, "in Y" puts Y in a place. Otherwise it must recur in the post.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.tokens import Span

from kg.nlp.names.acronyms import PRACTICE_ACRONYMS
from kg.nlp.names.gazetteer import DEFAULT_DIR
from kg.nlp.names.stopnames import GENERIC, JOB_TITLE_WORDS, common_word, ordinary_words
from kg.nlp.records import links

ORG_SUFFIXES = {
    "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "corporation", "co", "co.", "gmbh",
    "ag", "sa", "plc", "labs", "lab", "systems", "software", "technologies", "technology",
    "solutions", "networks", "group", "foundation", "institute", "university", "college",
    "games", "studios", "media", "partners", "consulting", "ventures", "capital", "bank",
    "agency", "association", "society", "council", "department", "ministry", "hq", "io",
    "computing", "communications", "telecom", "interactive", "digital", "analytics", "cloud",
    "data", "works", "industries", "holdings", "international", "xi",
}
_PLACE_PREPS = {"in", "at", "near", "to", "from", "around", "across", "outside", "downtown"}
_ORG_PREPS = {"from", "at", "of", "with", "joined", "joins", "for"}
_GATHERING = re.compile(
    r"(summit|conf\b|conference|con\b|days?\b|camp\b|expo|meetup|hackathon|forum|symposium|"
    r"week\b|fest|celebration|congress|convention|world\b|jam\b|sprint|\b(19|20)\d\d\b|"
    r"[a-z](conf|con|camp|days)\b)", re.I)
_PROSE_SUFFIX = re.compile(r"(?:ing|ion|ness|ment|ity|ism|ship|ies|ly|ive|ful|ous)$", re.I)


@cache
def given_names(directory: Path = DEFAULT_DIR) -> frozenset[str]:
    path = Path(directory) / "given_names.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


# Suffixes that close a company's name but also a plain technical phrase ("Software
# Defined Networks", "Operating Systems"): with ordinary words before them, no company.
_TECH_SUFFIXES = {"networks", "systems", "software", "data", "cloud", "works", "computing",
                  "analytics", "digital", "technology", "technologies", "solutions",
                  "communications", "interactive", "media", "io"}


# Last words of technical phrases the model reads as companies ("IP Address", "Reader
# Endpoint", "Recovery Services", "Havana Release").
_THING_HEADS = {"address", "addresses", "endpoint", "endpoints", "key", "keys", "release",
                "process", "home", "restore", "recovery", "management", "services", "server",
                "servers", "instance", "instances", "cluster", "clusters", "node", "nodes",
                "volume", "volumes", "database", "databases", "table", "tables", "file",
                "files", "settings", "console", "dashboard", "policy", "policies", "role",
                "roles", "account", "accounts", "port", "ports", "edition", "version", "ip",
                "api", "apis"}
# Technical acronyms the model reads as companies.
_TECH_ACRONYMS = {"API", "CDB", "PDB", "VLAN", "DHCP", "DDoS", "SNI", "DMZ", "ERP", "CRM",
                  "CPQ", "IdP", "SSO", "QE", "UTC", "LTM", "VM", "VPN", "NAT", "TCP", "UDP",
                  "DNS", "SSL", "TLS", "HTTP", "HTTPS", "SQL", "DBA", "SLA", "KPI", "ROI",
                  "CIS", "SG", "SA", "BAK", "NVRAM", "RAM", "CPU", "GPU", "SSD", "HDD", "NIC",
                  "VIP", "WAF", "IDS", "IPS", "MFA", "SAML", "LDAP", "KQL", "EUL", "TM"}


def _not_a_company(span: Span, words: list[str], plain: bool, practices: bool = True) -> bool:
    """A phrase of ordinary words before a technical suffix ("Operating Systems"), a
    technical phrase ("Reader Endpoint"), a technical acronym, a shouted word
    ("CRITICAL") or a code identifier of ordinary words ("LaunchConfiguration")."""
    first = words[0]
    last = span[-1].lower_
    if (plain and last in _TECH_SUFFIXES) or (len(words) > 1 and last in _THING_HEADS):
        return True
    if len(words) == 1 and (first in _TECH_ACRONYMS or (practices
                                                         and first in PRACTICE_ACRONYMS)):
        return True
    if len(words) == 1 and len(first) > 3 and first.isupper() and first.isalpha():
        return common_word(first.capitalize())
    parts = re.findall(r"[A-Z][a-z]+", first)
    return len(words) == 1 and len(parts) >= 2 and "".join(parts) == first and all(
        common_word(p) for p in parts)


def retype(span: Span, recurring: int, ordinary: bool = True, plain_orgs: bool = True,
           practices: bool = True) -> Span | None:
    """The span as the type its shape and context support, or None to drop it.
    ``ordinary``: doubt names made of ordinary words only ("Box Shadow", "Virtual
    Reality"), which title-cased headings and buttons are full of. ``plain_orgs``: no
    organisation that is a technical phrase, acronym or identifier (``_not_a_company``);
    ``practices``: nor an acronym of a practice ("SRE", "GitOps"; rule ``practice_acronyms``)."""
    label = span.label_
    names = given_names()
    first = span[0].text
    words = [t.text for t in span if not t.is_space]
    plain = ordinary and ordinary_words(words) and not _linked(span)
    if label == "Person":
        person = _person(span, names)
        if ordinary and person is not None and person[0].text not in names and any(
                common_word(t.text) for t in person) and not _linked(span):
            return None
        return person
    if label == "Organization":
        if plain_orgs and _not_a_company(span, words, plain, practices):
            return None
        if len(span) in {2, 3} and first in names and not _org_shaped(span) and all(
                t.text[:1].isupper() and t.is_alpha for t in span):
            return Span(span.doc, span.start, span.end, label="Person")
        after_of = span.start > 0 and span.doc[span.start - 1].lower_ == "of"
        if _org_shaped(span) or (_org_context(span) and not (plain and after_of)) or (
                recurring >= 2 and not plain):
            return span
        return None
    if label == "Event":
        # The model also calls wars and revolutions events; a gathering says what it is.
        return span if _GATHERING.search(span.text) else None
    if label == "Place":
        if ordinary and not plain and len(span) == 1 and _org_context(span):
            # "a consultant at Skyworkz": an employer, whatever "at" suggests
            return Span(span.doc, span.start, span.end, label="Organization")
        if not plain and (len(span) > 1 or _place_context(span)):
            return span
        if _org_context(span) and not plain:
            return Span(span.doc, span.start, span.end, label="Organization")
        return None
    return None if plain else span


def _linked(span: Span) -> bool:
    """Is the span a link's whole text? A linked phrase names something."""
    return any(start == span.start_char and end == span.end_char
               for _, _, start, end in links(span.doc))


def _person(span: Span, names: frozenset[str]) -> Span | None:
    words = [t for t in span if not t.is_space]
    if not words:
        return None
    # "Content Stacker Anne Gentle": a title before the given name is not the name.
    if words[0].text not in names:
        at = next((i for i, t in enumerate(words[:-1]) if t.text in names), None)
        if at is not None and at > 0:
            return Span(span.doc, words[at].i, span.end, label="Person")
    if words[0].text in names:
        return span
    if any(t.lower_ in JOB_TITLE_WORDS or t.lower_ in GENERIC or _PROSE_SUFFIX.search(t.text)
           or t.lower_ in {"description", "abstract", "summary", "cloud", "win", "your",
                           "our", "my", "beyond"} for t in words):
        return None
    return span


def _org_shaped(span: Span) -> bool:
    return span[-1].lower_ in ORG_SUFFIXES and len(span) > 1


def _org_context(span: Span) -> bool:
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and prev.lower_ in _ORG_PREPS:
        # "Jane Doe from Y", "CTO of Y", "engineer at Y"
        window = doc[max(0, span.start - 8) : span.start - 1]
        if any(t.ent_type_ == "PERSON" or t.lower_ in JOB_TITLE_WORDS
               or (t.text[:1].isupper() and t.is_alpha and not t.is_sent_start)
               for t in window):
            return prev.lower_ != "of" or any(t.lower_ in JOB_TITLE_WORDS for t in window)
    if nxt is not None and nxt.lower_ in {"'s", "’s"} and span.end + 1 < len(doc):
        return doc[span.end + 1].lower_ in JOB_TITLE_WORDS
    return nxt is not None and nxt.lower_ in JOB_TITLE_WORDS and nxt.text[:1].isupper()


def _place_context(span: Span) -> bool:
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in _PLACE_PREPS and prev.lower_ != "from":
        return True
    nxt = doc[span.end : span.end + 2]
    return len(nxt) == 2 and nxt[0].text == "," and nxt[1].text[:1].isupper()
