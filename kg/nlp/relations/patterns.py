"""Relation cues that need no parse: lists, verb phrases, section topics, possessives.

The parser of a small model often loses its way in the long, list-heavy
sentences of conference recaps ("using tools like A, B and C"). These rules
read the token sequence instead and lean on the post's structure: a list of
names shares one relation, and a verb with no named subject in its sentence
speaks of the section's topic (the software its heading names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp.records import End, Rel, blocks, headings, text_of

_SOFTWARE_RELATIONS = {"uses", "runsOn", "createdBy", "partOf", "interactsWith"}
_SEPARATORS = {",", "and", "or", "/", "&", "as", "well", "plus", "the"}
_USE_FORMS = {"use", "uses", "used", "using", "leverage", "leverages", "leveraging",
              "utilize", "utilizes", "utilizing", "adopted", "adopting"}
_RUN_FORMS = {"run", "runs", "running", "execute", "executes", "executing", "deployed",
              "hosted"}
_MOVE_FORMS = {"migrated", "moved", "switched", "migrating", "moving", "switching", "migrate",
               "move", "switch", "migrates", "moves", "switches"}
_INTERACT_FORMS = {"works", "integrates", "integrate", "interacts", "interact", "plugs",
                   "interoperates"}
_FILLERS = re.compile(r"^(a|an|the|both|tools?|things|frameworks?|services?|like|such|as|"
                      r"including|e\.g\.|multi-\w+|multiple|several|various|solutions?|"
                      r"technologies|products?|projects?|,|:|\(|-|top|of)$", re.I)
_MAKE_NOUNS = {"project", "projects", "tool", "tools", "library", "framework", "product",
               "service", "platform"}


def groups(doc: Doc, ents: list[Span]) -> dict[int, list[Span]]:
    """Entities listed together ("A, B and C"), keyed by each member's start token."""
    ordered = sorted(ents, key=lambda e: e.start)
    out: dict[int, list[Span]] = {}
    current: list[Span] = []
    for e in ordered:
        if current:
            prev = current[-1]
            between = [t.lower_ for t in doc[prev.end : e.start] if not t.is_space]
            if (prev.label_ == e.label_ and len(between) <= 3 and between
                    and all(w in _SEPARATORS for w in between)
                    and doc[prev.start].sent.start == doc[e.start].sent.start):
                current.append(e)
                continue
        for m in current:
            out[m.start] = current
        current = [e]
    for m in current:
        out[m.start] = current
    return out


def expand_lists(relations: list[Rel], ents: list[Span], doc: Doc,
                 name_reads: bool = True) -> list[Rel]:
    """A relation to one member of a list holds for every member of it; with
    ``name_reads`` (rule name_reads_alone), not one read off the member's own name."""
    members = groups(doc, [e for e in ents if e.label_ != "Session"])
    by_char = {e.start_char: e for e in ents}
    out = list(relations)
    for rel in relations:
        for side in ("s", "o"):
            span = by_char.get(getattr(rel, side).start)
            if span is None or len(members.get(span.start, ())) < 2:
                continue
            if not _listed(doc, members[span.start]):
                continue
            if name_reads and rel.ev == (span.start_char, span.end_char):
                continue  # read off the name itself ("Spring Batch"): not its list's
            if rel.name in _SOFTWARE_RELATIONS and not (
                    rel.ev[0] <= span.start_char and span.end_char <= rel.ev[1]):
                continue  # an end named elsewhere ("AWS" for "AWS Lambda"): not its list
            for other in members[span.start]:
                if other.start != span.start:
                    out.append(rel.with_end(side, End.of(other)))
    return out


def _listed(doc: Doc, group: list[Span]) -> bool:
    """Two names with only a comma between are as often a clause boundary ("To run on X,
    Y uses ...") or an apposition as a list: a list has a third name or a conjunction
    (places excepted: a city and its region are both where something is)."""
    if len(group) > 2 or group[0].label_ == "Place":  # "Broomfield, Colorado": both hold
        return True
    return any(t.lower_ not in {",", "the"} for t in doc[group[0].end : group[1].start]
               if not t.is_space)


def section_topics(doc: Doc, ents: list[Span]) -> list[tuple[int, int, Span]]:
    """(start, end, software) for each section whose heading names exactly one software."""
    heads = headings(doc)
    out = []
    for i, head in enumerate(heads):
        h_start, h_end = head.start, head.end
        end = heads[i + 1].start if i + 1 < len(heads) else len(text_of(doc))
        named = {e.kb_id_: e for e in ents
                 if e.label_ == "Software" and h_start <= e.start_char < h_end}
        if len(named) == 1:
            out.append((h_end, end, next(iter(named.values()))))
    return out


def verb_phrases(doc: Doc, ents: list[Span], off: frozenset[str] = frozenset()
                 ) -> Iterator[tuple[str, Span, Span, Span]]:
    """(relation, subject, object, sentence) from "X uses A, B and C", "X runs on top of Y",
    "X works with A", and, with no subject in the sentence, the topic of the list, the
    paragraph or the section as the subject. ``off`` may name works_with, parenthesised,
    other_subject, list_topic, pronoun_subject, recent_topic (bench/lobo.py)."""
    at = {i: e for e in ents if e.label_ != "Session" for i in range(e.start, e.end)}
    topics = section_topics(doc, ents)
    for sent in doc.sents:
        for tok in sent:
            family = _verb_family(doc, sent, tok)
            if family is None or (family[0] == "interactsWith" and "works_with" in off):
                continue
            name, types, k = family
            while k < sent.end and k not in at and _FILLERS.match(doc[k].text) and k < tok.i + 7:
                k += 1
            obj = at.get(k)
            if obj is None and "parenthesised" not in off:
                obj = _parenthesised(doc, sent, k, at)
            if obj is None or obj.label_ != "Software":
                continue
            subject, blocked = _subject_before(doc, sent, tok.i, at, types)
            if subject is None and "pronoun_subject" not in off:
                subject = (_antecedent(doc, sent, tok.i, at, types)
                           or _fronted_subject(doc, sent, tok, at, types))
            if subject is None and "other_subject" not in off and (
                    blocked or _other_subject(doc, sent, tok.i)):
                continue
            if subject is None and "recent_topic" not in off and _it_subject(doc, sent, tok.i):
                subject = _recent_topic(doc, tok.idx, ents, types)
            if subject is None and "list_topic" not in off:
                subject = _list_topic(doc, tok.idx, ents, types)
            if subject is None:
                subject = _paragraph_topic(doc, tok.idx, ents, types)
            if subject is None:
                subject = next((t for s, e, t in topics if s <= tok.idx < e
                                and t.label_ in types), None)
            if subject is not None and subject.kb_id_ != obj.kb_id_:
                yield name, subject, obj, sent


def _verb_family(doc: Doc, sent: Span, tok) -> tuple[str, set[str], int] | None:
    """The relation a verb token speaks of, the types its subject may have, and where its
    object starts."""
    word = tok.lower_
    after = doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else ""
    if word in _USE_FORMS and not (word == "use" and after == "of"):  # "X's use of Y": a noun
        return "uses", {"Software", "Organization"}, tok.i + 1
    if word in _RUN_FORMS and after in {"on", "in", "atop", "inside", "under"}:
        return "runsOn", {"Software"}, tok.i + 2
    if word in _INTERACT_FORMS and after in {"with", "into"}:
        return "interactsWith", {"Software"}, tok.i + 2
    if word in _MOVE_FORMS and after in {"to", "onto"}:
        return "uses", {"Software", "Organization"}, tok.i + 2
    return None


def _parenthesised(doc: Doc, sent: Span, k: int, at: dict[int, Span]) -> Span | None:
    """ "uses several vendors for CDN (A, B, C)": the names in brackets after the object."""
    for j in range(k, min(k + 8, sent.end - 1)):
        if doc[j].text in {".", ";", ":", ")"} or j in at:
            return None
        if doc[j].text == "(":
            return at.get(j + 1)
    return None


def _it_subject(doc: Doc, sent: Span, verb: int) -> bool:
    i = verb - 1
    while i >= sent.start and _auxiliary(doc[i].lower_) and doc[i].text != ",":
        i -= 1
    return i >= sent.start and doc[i].lower_ == "it"


def _recent_topic(doc: Doc, at_char: int, ents: list[Span], types: set[str]) -> Span | None:
    """ "I also took in a session on Cortex. [...] - It uses Consul": "it" is the one name
    of the last few blocks before (the list it is in aside), within the section, that
    name any."""
    found = blocks(doc)
    i = next((n for n, b in enumerate(found) if b.start <= at_char < b.end), None)
    if i is None:
        return None
    while i > 0 and found[i].kind == "item" and found[i - 1].kind == "item":
        i -= 1  # the list's other items speak of its parts, not its topic
    for block in reversed(found[max(0, i - 5) : i]):
        if block.kind == "heading":
            return None
        named = {e.kb_id_: e for e in ents
                 if block.start <= e.start_char < block.end and e.label_ in types}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _list_topic(doc: Doc, at_char: int, ents: list[Span], types: set[str]) -> Span | None:
    """In a bullet list after a lead-in such as "The goal with X is:", the items that
    name no subject speak of the one name the lead-in gives."""
    found = blocks(doc)
    i = next((n for n, b in enumerate(found) if b.start <= at_char < b.end), None)
    if i is None or found[i].kind != "item":
        return None
    while i >= 0 and found[i].kind == "item":
        i -= 1
    if i < 0 or not text_of(doc)[found[i].start : found[i].end].rstrip().endswith(":"):
        return None
    lead = found[i]
    named = {e.kb_id_: e for e in ents
             if lead.start <= e.start_char < lead.end and e.label_ in types}
    return next(iter(named.values())) if len(named) == 1 else None


def _paragraph_topic(doc: Doc, at_char: int, ents: list[Span], types: set[str]) -> Span | None:
    """The name a paragraph opens with ("Test Kitchen is a framework ..."): what the
    paragraph's subjectless clauses and its "it" speak of."""
    start = text_of(doc).rfind("\n\n", 0, at_char)
    start = 0 if start < 0 else start + 2
    while start < len(text_of(doc)) and text_of(doc)[start].isspace():
        start += 1
    for e in ents:
        if e.start_char in {start, start + 4} and e.label_ in types and (
                e.start_char == start or text_of(doc)[start:start + 4].lower() == "the "):
            return e
    return None


def _subject_before(doc: Doc, sent: Span, verb: int, at: dict[int, Span],
                    types: set[str]) -> tuple[Span | None, bool]:
    """The last entity before the verb in its clause, if it could be the verb's subject;
    and whether the clause has a subject that is not a name ("X instructions using Y",
    "deploying X using Y"), when no section topic may stand in for it."""
    for i in range(verb - 1, sent.start - 1, -1):
        t = doc[i]
        if t.lower_ in {"i", "we", "you", "they", "he", "she"}:
            return None, True  # "which is what I will be using": the pronoun does it
        if t.lower_ in {"which", "that"}:
            return _relative_antecedent(doc, sent, i, at, types), False
        if t.text in {";", ":"} or t.lower_ in {"while", "because", "but", "so", "when", "if"}:
            return None, False
        e = at.get(i)
        if e is not None:
            if e.label_ not in types:
                return None, False
            between = [w for w in doc[e.end : verb] if not w.is_space]
            gerund = doc[verb].lower_.endswith("ing")
            if any(not _auxiliary(w.lower_) and not (gerund and w.lower_ in _TIME_PREPS)
                   for w in between):
                return None, True
            before = doc[e.start - 1] if e.start > sent.start else None
            if before is not None and before.is_lower and before.text.endswith("ing"):
                return None, True
            return e, False
        if t.lower_ in {"by", "with", "of", "for", "to", "from", "like"}:
            return None, False
    return None, False


def _relative_antecedent(doc: Doc, sent: Span, rel: int, at: dict[int, Span],
                         types: set[str]) -> Span | None:
    """ "Fleet, which relies on etcd": the name the relative pronoun follows; and
    "X lets you write code that runs on Y": the one name before, when the pronoun
    follows a common noun."""
    j = rel - 1 if rel - 1 >= sent.start and doc[rel - 1].text != "," else rel - 2
    if j < sent.start:
        return None
    e = at.get(j)
    if e is not None:
        return e if e.end == j + 1 and e.label_ in types else None
    if not (doc[j].is_lower and doc[j].is_alpha) or doc[j].lower_ in _PERSONAL | {
            "organizations", "organisations", "people", "anyone"}:
        return None
    before = {e.kb_id_: e for k in range(sent.start, j) if (e := at.get(k)) is not None}
    if len(before) != 1:
        return None
    only = next(iter(before.values()))
    lead = doc[only.start - 1].lower_ if only.start > sent.start else ""
    opens = only.start - sent.start <= 3  # where a main clause's subject stands
    return only if opens and only.label_ in types and lead not in _PREPOSITIONS else None


_TIME_PREPS = {"on", "upon", "after", "before", "when", "while", "since"}  # "X, on adopting Y"
_PREPOSITIONS = {"with", "to", "from", "by", "for", "of", "on", "in", "at", "about", "into",
                 "like", "than", "via", "over", "under"}
_AUX = {",", "also", "now", "all", "both", "already", "still", "just", "even", "then", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "could",
        "will", "would", "should", "may", "might", "must", "to", "not", "n't", "does", "do",
        "did", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "too",
        "actually", "mainly", "mostly", "often", "always", "never", "currently", "internally"}
_PERSONAL = {"i", "we", "you", "they", "he", "she", "one", "people", "someone", "everyone",
             "users", "customers", "companies", "teams", "developers", "folks", "who"}


_NO_TOPIC_BEFORE = {"to", "by", "when", "while", "after", "before", "without", "from", "of",
                    "about", "try", "please", "simply"}


def _auxiliary(word: str) -> bool:
    return word in _AUX or (word.endswith("ly") and word.isalpha())


def _other_subject(doc: Doc, sent: Span, verb: int) -> bool:
    """ "they should use X", "your company uses X": the clause names its own subject."""
    if verb > sent.start and doc[verb - 1].lower_ in _NO_TOPIC_BEFORE:
        return True  # "to use X", "by using X": someone's doing, not the topic's
    if doc[verb].lower_ in {"use", "run", "leverage", "adopt", "utilize"} and (
            verb == sent.start or not doc[verb - 1].is_alpha):
        return True  # "Use X to ...": the reader is told to
    i = verb - 1
    while i >= sent.start and _auxiliary(doc[i].lower_) and doc[i].text != ",":
        i -= 1
    if i < sent.start:
        return False
    if doc[i].lower_ in _PERSONAL:
        return True
    return i > sent.start and doc[i - 1].lower_ in {"your", "their", "our", "my", "his", "her"}


def _antecedent(doc: Doc, sent: Span, verb: int, at: dict[int, Span],
                types: set[str]) -> Span | None:
    """ "a customer, HubSpot, to show how they use X": "they" or "it" stands for the one
    name of the subject's type before it in the sentence."""
    i = verb - 1
    while i >= sent.start and _auxiliary(doc[i].lower_) and doc[i].text != ",":
        i -= 1
    if i < sent.start or doc[i].lower_ not in {"they", "it"}:
        return None
    found = {e.kb_id_: e for j in range(sent.start, i) if (e := at.get(j)) is not None
             and e.label_ in types and (e.start == sent.start or doc[e.start - 1].lower_ not in {
                 "with", "to", "from", "by", "for", "of", "on", "in", "at", "about"})}
    return next(iter(found.values())) if len(found) == 1 else None


def _fronted_subject(doc: Doc, sent: Span, verb, at: dict[int, Span],
                     types: set[str]) -> Span | None:
    """ "Using Y, X ships ...": the name right after the fronted clause's comma."""
    if not verb.lower_.endswith("ing") or (verb.i != sent.start
                                           and not doc[verb.i - 1].is_punct):
        return None
    for j in range(verb.i + 1, min(verb.i + 12, sent.end - 1)):
        if doc[j].text in {".", ";", ":", "(", ")"}:
            return None
        if doc[j].text == ",":
            k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
            e = at.get(k)
            return e if e is not None and e.start == k and e.label_ in types else None
    return None


def possessive_makers(doc: Doc, ents: list[Span]) -> Iterator[tuple[Span, Span]]:
    """ "Rackspace's new open source project Blueflood": (software, maker)."""
    at = {e.start: e for e in ents}
    for e in ents:
        if e.label_ not in {"Organization"} or e.end + 1 >= len(doc):
            continue
        if doc[e.end].lower_ not in {"'s", "’s"}:
            continue
        words = []
        for k in range(e.end + 1, min(e.end + 7, len(doc))):
            other = at.get(k)
            if other is not None:
                if other.label_ == "Software" and any(w in _MAKE_NOUNS for w in words):
                    yield other, e
                break
            words.append(doc[k].lower_)
