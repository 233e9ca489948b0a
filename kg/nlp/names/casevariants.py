"""Known names written in another casing: "Kubecon", "Github", "CIVO", "virtualbox".

The gazetteer matches the casings its lists spell out; writers use others. A
one-word name whose listed form has capitals ("KubeCon", "GitHub", "Civo") is
the same name in any casing that keeps a capital, and in lower case when the
lower-case word is no ordinary English word ("virtualbox", "kubernetes"). A
lower-case word that is also ordinary ("puppet", "tomcat") names the software
only beside other software or before a word such as "cookbook" or "server".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.names.gazetteer import Entry, Gazetteer
from kg.nlp.names.stopnames import GENERIC, common_word
from kg.nlp.spans import token_hits

_TYPES = {"Software", "Event", "Organization"}


def lower_forms(gazetteer: Gazetteer) -> dict[str, Entry]:
    """One-word listed forms with a capital, by their lower case, where only one
    unambiguous entry owns that lower case."""
    owners: dict[str, set[Entry]] = {}
    for form, entries in gazetteer.forms.items():
        if len(form) < 4 or not form.isalnum() or form.islower() or form.isupper():
            continue  # an acronym in other casings is a word: "HOPE", "hope"
        for entry in entries:
            owners.setdefault(form.lower(), set()).add(entry)
    out: dict[str, Entry] = {}
    for low, entries in owners.items():
        if len(entries) == 1:
            (entry,) = entries
            if entry.type in _TYPES and not entry.ambiguous and low not in GENERIC:
                out[low] = entry
    return out


def case_variants(doc: Doc, gazetteer: Gazetteer, forms: dict[str, Entry],
                  keys: frozenset[str], plain_lower: bool = True
                  ) -> tuple[list[Span], list[Span]]:
    """``(trusted, doubtful)`` spans of listed names in unlisted casings; the doubtful
    ones are ordinary words in lower case, or (``plain_lower``) plain capitalised
    software names in lower case ("tekton"), and need the context of other software."""
    trusted: list[Span] = []
    doubtful: list[Span] = []
    for i in token_hits(doc, keys, lower=True):
        tok = doc[i]
        entry = forms.get(tok.lower_)
        if entry is None or tok.text in gazetteer.forms or tok.like_url or _glued(tok):
            continue
        span = Span(doc, tok.i, tok.i + 1, label=entry.type, kb_id=entry.name)
        camel = camel_cased(entry, tok.lower_)
        if common_word(tok.lower_):
            # "User", "USER" are the word, whatever "useR!" names; "puppet" may be either
            if tok.text.islower() and camel and entry.type == "Software":
                doubtful.append(span)
        elif not tok.text.islower():
            if camel or tok.text.isupper():  # "Github", "Kubecon"; "CIVO" for "Civo"
                trusted.append(span)
        elif camel and entry.type != "Organization":
            trusted.append(span)  # "virtualbox", "kubecon"
        elif plain_lower and entry.type == "Software":
            doubtful.append(span)  # "the tekton project", "kustomize and Helm"
    return trusted, doubtful


def camel_cased(entry: Entry, low: str) -> bool:
    """Does the entry spell ``low`` with a capital inside ("GitHub", "VirtualBox")? The
    lower case of a plain capitalised name ("Windows", "Civo") is too often the word."""
    return any(f.lower() == low and not f.istitle() and not f.isupper()
               for f in (entry.name, *entry.aliases))


def _glued(tok) -> bool:
    """Part of a longer compound ("minitest-chef", "re:invent", "foo.bar")?"""
    doc = tok.doc
    before = tok.i > 0 and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 1].is_space \
        and doc[tok.i - 1].text not in {"(", "[", "\"", "“", "'", "*", "_"}
    after = (not tok.whitespace_ and tok.i + 1 < len(doc)
             and doc[tok.i + 1].text in {"-", ".", ":", "/", "_", "@"}
             and tok.i + 2 < len(doc) and doc[tok.i + 2].is_alpha)
    return bool(before or after)
