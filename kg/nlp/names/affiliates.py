"""Organisations named only by where they stand beside a person: "Jane Doe of Initech",
"Jane Doe (Initech)", "Initech's Jane Doe". Write-ups name a speaker's employer so, and
the employer may be a company no list knows.

Rule ``affiliate_orgs`` (bench/lobo.py EXTERNAL: from write-ups outside the corpus).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.nlp.names.stopnames import GENERIC, JOB_TITLE_WORDS

_WORD = re.compile(r"^[A-Z][A-Za-z0-9&+-]*$")
_NOT_ORGS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "i", "the", "day", "phd", "kb",
             "mb", "gb", "tb", "ms", "usd", "eur", "pdf"}


def _name(doc: Doc, start: int, end: int, taken: set[int], known: Callable[[str], bool]
          ) -> bool:
    words = doc[start:end]
    return 1 <= len(words) <= 3 and all(
        _WORD.match(t.text) and t.i not in taken and t.lower_ not in _NOT_ORGS
        and t.lower_ not in JOB_TITLE_WORDS for t in words) and (
        words.text.lower() not in GENERIC) and not doc[start].is_sent_start


def _run_after(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and end - start < 3 and _WORD.match(doc[end].text):
        end += 1
    return end


def affiliate_orgs(doc: Doc, chosen: list[Span], taken: set[int],
                   known: Callable[[str], bool]) -> list[Span]:
    """Organization spans for the unknown names in those three places."""
    out: list[Span] = []
    for person in (s for s in chosen if s.label_ == "Person"):
        k = person.end
        if k + 1 < len(doc) and doc[k].lower_ in {"of", "from"}:
            end = _run_after(doc, k + 1)
            nxt = doc[end] if end < len(doc) else None
            # "X of Acme delivered ..."; not "X of Red hat", a known name cased loosely
            if nxt is None or nxt.is_punct or (nxt.is_lower and not known(
                    f"{doc[k + 1:end].text} {nxt.text.title()}")):
                out.append(Span(doc, k + 1, end, label="Organization"))
        elif k + 2 < len(doc) and doc[k].text == "(":
            end = _run_after(doc, k + 1)
            after = doc[end + 1] if end + 1 < len(doc) else None
            # "Jane Doe (Acme) gave ...", not a former name under a byline: "Jane Doe (Roe)"
            if end < len(doc) and doc[end].text == ")" and after is not None and (
                    after.is_lower or after.text in {",", ";"}) and not _nickname(
                    doc[k + 1:end].text, person.text):
                out.append(Span(doc, k + 1, end, label="Organization"))
        if person.start >= 2 and doc[person.start - 1].lower_ in {"'s", "’s"}:
            start = person.start - 2
            while start > 0 and person.start - 2 - start < 2 and _WORD.match(
                    doc[start - 1].text) and not doc[start].is_sent_start:
                start -= 1
            out.append(Span(doc, start, person.start - 1, label="Organization"))
    kept = []
    for span in out:
        if len(span) and _name(doc, span.start, span.end, taken, known) and not any(
                k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return kept


def _nickname(word: str, name: str) -> bool:
    """ "Jane Doe (Jado)": a handle made from the name, not an employer."""
    return any(len(part) >= 3 and word[:3].lower() == part[:3].lower() for part in name.split())
