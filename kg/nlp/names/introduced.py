"""Software that the post introduces by saying what kind of thing it is.

New projects are in no list, and talks are where they are announced: "Tink is a
next-generation package manager", "introduce you to Entropic, a federated package
manager", "his language Quorum", "a tool called Skaffold". The kind noun ("package
manager", "library", "framework") says the name is software.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.nlp.names.modelspans import given_names
from kg.nlp.names.stopnames import common_word

KINDS = frozenset({
    "tool", "tools", "library", "framework", "language", "database", "runtime", "compiler",
    "interpreter", "editor", "ide", "engine", "toolkit", "sdk", "cli", "app", "application",
    "plugin", "extension", "gem", "crate", "operator", "orchestrator", "scheduler", "proxy",
    "linter", "formatter", "debugger", "profiler", "emulator", "shell", "browser",
    "distribution", "distro", "bundler", "mesh", "manager", "datastore", "microframework",
    "vm", "cms", "dsl", "api",
})
ORG_KINDS = frozenset({
    "company", "startup", "start-up", "employer", "consultancy", "agency", "firm", "vendor",
    "nonprofit", "non-profit", "organisation", "organization", "subsidiary", "client",
})
# Kinds that a comma may part from the name they introduce.
_APPOSED = {"employer", "client"}
_WORK = {"work", "works", "worked", "working"}
_DETS = {"a", "an", "the", "his", "her", "their", "our", "its", "my"}
_COPULA = {"is", "was"}
_NAMING = {"called", "named", "dubbed"}
# Kinds that also name people's roles or parts: "the manager Smith", "the app Store".
_NOT_BEFORE = {"api", "app", "vm", "manager", "operator", "mesh", "shell", "tools", "engine",
               "application", "browser"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def introduced_software(doc: Doc, taken: set[int],
                        listed: Callable[[str], bool]) -> list[Span]:
    """Software spans for one-word names that a kind noun describes."""
    return _introduced(doc, taken, listed, KINDS, "Software")


def introduced_orgs(doc: Doc, taken: set[int], listed: Callable[[str], bool]) -> list[Span]:
    """Organization spans for one-word names that a company's kind describes ("my
    employer, Netconomy", "the startup Quillix", "Dobranet, a consultancy") or that
    someone works for."""
    out = _introduced(doc, taken, listed, ORG_KINDS, "Organization")
    for tok in doc:
        i = tok.i
        if (i >= 2 and i not in taken and doc[i - 1].lower_ == "for"
                and doc[i - 2].lower_ in _WORK and _name_like(tok, listed)
                and not _continues(doc, i)):
            out.append(Span(doc, i, i + 1, label="Organization"))
            taken.add(i)
    return out


def _introduced(doc: Doc, taken: set[int], listed: Callable[[str], bool],
                kinds: frozenset[str], label: str) -> list[Span]:
    out: list[Span] = []
    for tok in doc:
        i = tok.i
        if i in taken or not _name_like(tok, listed):
            continue
        if _described_after(doc, i, kinds) or _named_before(doc, i, kinds):
            out.append(Span(doc, i, i + 1, label=label))
            taken.add(i)
    return out


def _continues(doc: Doc, i: int) -> bool:
    """Does a capitalised word follow, making the name longer than one word?"""
    return i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()


def _name_like(tok, listed: Callable[[str], bool]) -> bool:
    text = tok.text
    return (len(text) > 2 and text[:1].isupper() and text.replace(".", "").isalnum()
            and not text.isupper() and not common_word(text) and not listed(text)
            and text not in given_names())


def _described_after(doc: Doc, i: int, kinds: frozenset[str]) -> bool:
    """ "Tink is a ... package manager", "Entropic, a federated package manager"."""
    k = i + 1
    if k < len(doc) and doc[k].lower_ in _COPULA | {","}:
        k += 1
    else:
        return False
    if k >= len(doc) or doc[k].lower_ not in _DETS:
        return False
    return _kind_ends(doc, k + 1, kinds)


def _kind_ends(doc: Doc, k: int, kinds: frozenset[str]) -> bool:
    """Up to four modifiers, then a kind noun that closes its noun phrase."""
    for j in range(k, min(k + 5, len(doc))):
        tok = doc[j]
        if tok.lower_ in kinds:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in kinds:
                continue  # "package manager": the kind ends later
            return nxt is None or not nxt.is_alpha or nxt.lower_ in {
                "for", "that", "which", "written", "built", "from", "with", "and", "to", "by",
                "in", "on", "designed", "used", "created", "based"}
        if (tok.is_punct and tok.text not in {"-"}) or tok.is_space or tok.like_num:
            return False
    return False


def _named_before(doc: Doc, i: int, kinds: frozenset[str]) -> bool:
    """ "the language Quorum", "a tool called Skaffold"; the name closes the phrase."""
    j = i - 1
    while j >= 0 and doc[j].text in _QUOTES:
        j -= 1
    if j < 0:
        return False
    if _continues(doc, i):
        return False  # "the language Quorum Lab ...": a longer name
    if doc[j].lower_ == "," and j > 0 and doc[j - 1].lower_ in kinds & _APPOSED:
        j -= 1  # "my employer, Netconomy"
    if doc[j].lower_ in _NAMING:
        return any(doc[m].lower_ in kinds for m in range(max(0, j - 4), j))
    return (doc[j].lower_ in kinds and doc[j].is_lower and doc[j].lower_ not in _NOT_BEFORE
            and j > 0 and (not doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in _DETS))
