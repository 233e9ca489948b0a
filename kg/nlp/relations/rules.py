"""Relations between the entities of a post, from the dependency parse and local patterns.

Only sentences that name two or more entities are parsed: the parser is
the costly part of the model, and no relation lives in a sentence with one
name. Verb rules ("X uses Y", "X runs on Y", "X interacts with Y",
"initiated by Z") read the parse; apposition and naming patterns ("X from
Y", "Y's CTO X", "the OpenStack Grenade project", "Event in City") read the
token sequence, since writers put them in fragments the parser mangles.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp import records
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.names.gazetteer import DEFAULT_DIR
from kg.nlp.records import End, Rel, relation
from kg.nlp.relations import (
    employers,
    leadlists,
    locations,
    makers,
    namedin,
    sessionabout,
    users,
    venues,
    writeuprels,
)
from kg.nlp.relations import software as softwarerels
from kg.nlp.relations.affiliations import author_affiliation, keeps_to_one, stated_affiliation
from kg.nlp.relations.patterns import expand_lists, possessive_makers, verb_phrases
from kg.nlp.spans import by_sentence, subdoc

# Relation name -> allowed (subject types, object types).
SIGNATURES = {
    "presenter": ({"Session"}, {"Person"}),
    "about": ({"Session"}, {"Software", "Organization"}),
    "partOfEvent": ({"Session"}, {"Event"}),
    "affiliation": ({"Person"}, {"Organization"}),
    "uses": ({"Organization", "Software"}, {"Software"}),
    "runsOn": ({"Software"}, {"Software"}),
    "interactsWith": ({"Software"}, {"Software"}),
    "createdBy": ({"Software"}, {"Organization", "Person"}),
    "partOf": ({"Software"}, {"Software"}),
    "locatedIn": ({"Event", "Organization"}, {"Place"}),
}

_USE = {"use", "uses", "used", "using", "leverage", "leverages", "leveraged", "leveraging",
        "adopt", "adopts", "adopted", "adopting", "utilize", "utilizes", "utilized",
        "utilizing", "employ", "employs", "employed", "rely", "relies", "relied", "relying",
        "depend", "depends", "depended", "depending", "choose", "chose", "chosen",
        "deploy", "deploys", "deployed", "deploying", "embrace", "embraced", "standardize",
        "standardized", "power", "powered", "powers", "support", "supports", "supported"}
_RUN = {"run", "runs", "ran", "running", "execute", "executes", "executed", "executing",
        "deployed", "hosted", "host", "hosts", "built", "build", "builds", "sits", "sit",
        "live", "lives", "work", "works"}
_RUN_PREPS = {"on", "in", "atop", "onto"}
_INTERACT = {"interact", "interacts", "interacted", "interacting", "integrate", "integrates",
             "integrated", "integrating", "talk", "talks", "communicate", "communicates",
             "connect", "connects", "interoperate", "interoperates", "plug", "plugs"}
_CREATE = {"create", "creates", "created", "initiate", "initiated", "build", "built",
           "release", "released", "open-sourced", "opensourced", "open-source", "develop",
           "developed", "write", "wrote", "written", "launch", "launched", "start", "started",
           "invent", "invented", "author", "authored", "design", "designed", "make", "made",
           "maintain", "maintained", "sponsor", "sponsored", "found", "founded"}
_JOB_WORDS = re.compile(
    r"^(CTO|CEO|CIO|COO|CFO|VP|SVP|EVP|founder|co-founder|cofounder|director|engineer|"
    r"architect|developer|advocate|evangelist|manager|lead|head|president|chief|principal|"
    r"senior|sr\.?|staff|distinguished|fellow|scientist|researcher|consultant|specialist|"
    r"analyst|officer|product|technical|software|systems?|cloud|linux|support|open|"
    r"operations|ops|devops|community|marketing|sales|program|project|solutions?|"
    r"infrastructure|data|security|network|platform|user|experience|design|designer|"
    r"technologist|strategist|owner|partner|member|contributor|maintainer|committer|"
    r"professor|student|intern|racker|programmer|hacker|global|regional|vice|executive|"
    r"general|associate|assistant|junior|team|group|relations|customer|field|"
    r"and|of|&|,|-|the|our|very|own)$",
    re.I)
_GLUE = {"and", "&", ",", "-", "the", "of"}
_PART_OF = re.compile(r"[,(]?\s*(is\s+|are\s+|was\s+|now\s+|also\s+|officially\s+)*"
                      r"(a|an|the)?\s*(core\s+|key\s+|official\s+)?(part|component|"
                      r"sub-?project|module|project|service)\s+of(\s+the)?", re.I)
_PART_NOUNS = {"project", "projects", "component", "components", "service", "services",
               "program", "module", "subproject", "sub-project", "plugin", "driver", "library"}
_PLURAL_WE = {"we", "We", "our", "Our", "us", "ours", "we've", "We've", "we're", "We're"}


class RelationExtractor:
    """Parses candidate sentences with the model's tagger and parser and applies the rules."""

    def __init__(self, nlp: Language, parse_with: list[str], batch_size: int,
                 rules_off: frozenset[str] = frozenset(),
                 known: softwarerels.Knowledge | None = None) -> None:
        self.nlp = nlp
        self.known = known or softwarerels.Knowledge()
        self.parse_with = parse_with
        self.batch_size = batch_size
        # names of kg.nlp.relations.software, .makers and .users rules and of first_person_org,
        # copula_affiliation, plural_workers, comma_bylines, bracketed_parts, deployed_instances,
        # name_reads_alone (bench/lobo.py)
        self.off = rules_off

    def __call__(self, doc: Doc) -> Doc:
        ents = [e for e in doc.spans.get(ENT_KEY, []) if e.kb_id_]
        # Structural relations were recorded before resolution: re-key them.
        by_pos = {(e.start_char, e.end_char, e.label_ == "Session"): e for e in ents}
        rekeyed = (self._rekey(r, by_pos) for r in records.relations(doc))
        relations = [r for r in rekeyed if r is not None]
        candidates = []
        for sent, inside in by_sentence(doc, [e for e in ents if e.label_ != "Session"]):
            if len({e.kb_id_ for e in inside}) >= 2:
                candidates.append((sent, inside))
        relations.extend(self._surface(doc, ents))
        relations.extend(softwarerels.surface(doc, ents, self.off, self.known))
        relations.extend(makers.surface(doc, ents, self.off, self.known.platforms))
        relations.extend(makers.made_phrases(doc, ents, self.off))
        relations.extend(users.surface(doc, ents, self.off))
        relations.extend(users.backends(doc, ents, self.off))
        relations.extend(users.partners(doc, ents, self.off))
        relations.extend(users.compositions(doc, ents, self.off))
        relations.extend(venues.venues(doc, ents, self.off))
        relations.extend(locations.locations(doc, ents, self.off))
        relations.extend(writeuprels.surface(doc, ents, self.off))
        relations.extend(namedin.named_in(doc, ents, self.off))
        relations.extend(sessionabout.session_subjects(doc, ents, self.off))
        relations.extend(leadlists.lead_in_kinds(doc, ents, self.off))
        if "lead_in_lists" not in self.off:
            relations.extend(softwarerels.lead_in_lists(doc, ents))
        if candidates:
            subdocs = [subdoc(sent) for sent, _ in candidates]
            for name in self.parse_with:
                subdocs = list(self.nlp.get_pipe(name).pipe(subdocs, batch_size=self.batch_size))
            for (sent, inside), sub in zip(candidates, subdocs, strict=True):
                relations.extend(_parse_rules(sent, sub, inside, self.off))
        for name, subj, obj, sent in verb_phrases(doc, ents, self.off):
            relations.append(relation(name, subj, obj, sent))
        for software, maker in possessive_makers(doc, ents):
            relations.append(relation("createdBy", software, maker,
                                  doc[maker.start : software.end]))
        if "copula_affiliation" not in self.off:
            relations.extend(stated_affiliation(doc, ents, "plural_workers" not in self.off))
        if "deployed_instances" not in self.off:
            relations = makers.deployed_instances(doc, relations, ents)
        kept = [r for r in relations if keeps_to_one(doc, r)] if (
            "comma_bylines" not in self.off) else []
        relations = expand_lists([r for r in relations if r not in kept], ents, doc,
                                 "name_reads_alone" not in self.off) + kept
        relations.extend(_author_affiliation(doc, ents, "first_person_org" not in self.off))
        relations.extend(_staff(doc, ents, self.off))
        doc._.kg_relations = _dedupe(relations)
        records.forget_text(doc)
        return doc

    @staticmethod
    def _rekey(rel: Rel, by_pos: dict) -> Rel | None:
        ends = []
        for end in (rel.s, rel.o):
            if end.start < 0 and end.key:  # an entity with no mention, keyed already
                ends.append(end)
                continue
            span = by_pos.get((end.start, end.end, end.label == "Session"))
            if span is None:
                return None
            ends.append(End.of(span))
        return rel._replace(s=ends[0], o=ends[1])

    def _surface(self, doc: Doc, ents: list[Span]) -> Iterator[Rel]:
        """Patterns on the token sequence: affiliation, partOf, locatedIn."""
        ordered = sorted((e for e in ents if e.label_ != "Session"), key=lambda e: e.start)
        for a, b in itertools.pairwise(ordered):
            if a.sent.start != b.sent.start:
                continue
            between = doc[a.end : b.start]
            words = [t for t in between if not t.is_space]
            text = between.text.strip()
            ev = doc[a.start : b.end]
            # Person from/of/at/with Org ; Person, Title at Org ; Person (@handle) from Org
            if a.label_ == "Person" and b.label_ == "Organization" and (
                    _person_org_link(text, words) or _dash_title(doc, text, b)):
                yield relation("affiliation", a, b, ev)
            # Org's Person ; Org Title Person ; Org CTO, Person
            if a.label_ == "Organization" and b.label_ == "Person" and (not words or (
                    len(words) <= 6 and all(_JOB_WORDS.match(t.text) or t.lower_ in {"'s", "’s"}
                                            for t in words)
                    and not all(t.lower_ in _GLUE for t in words))):  # not "Acme & Jane Doe"
                yield relation("affiliation", b, a, ev)
            # The OpenStack Grenade project / OpenStack's Swift
            if a.label_ == "Software" and b.label_ == "Software" and a.kb_id_ != b.kb_id_:
                after = doc[b.end] if b.end < len(doc) else None
                if (not words or [t.lower_ for t in words] in (["'s"], ["’s"])) and (
                        after is not None and after.lower_ in _PART_NOUNS):
                    yield relation("partOf", b, a, doc[a.start : b.end + 1])
                if _PART_OF.fullmatch(text) or (  # "(e.g. libvirt, KVM) are the core part of"
                        "bracketed_parts" not in self.off and text.startswith(")")
                        and _PART_OF.fullmatch(text[1:])):
                    yield relation("partOf", a, b, ev)
            # Event in/at Place ; Place hosted Event ; Org based in Place
            if a.label_ in {"Event", "Organization"} and b.label_ == "Place":
                lowered = [t.lower_ for t in words]
                if a.label_ == "Event" and (not words or lowered[-1:] in (["in"], ["at"], [":"],
                                                                          [","], ["("])):
                    if len(words) <= 8 and not any(t.text in {".", ";"} for t in words):
                        yield relation("locatedIn", a, b, ev)
                elif a.label_ == "Organization" and re.search(
                        r"\b(based|headquartered|located)\s+in$", text, re.I):
                    yield relation("locatedIn", a, b, ev)
            if a.label_ == "Place" and b.label_ == "Event" and re.search(
                    r"\b(hosts?|hosted|hosting|home to|welcomes?)\b", text, re.I):
                yield relation("locatedIn", b, a, ev)
        # Places named inside an event edition's name: "OpenStack Summit San Diego".
        places = [e for e in ents if e.label_ == "Place"]
        for event in (e for e in ents if e.label_ == "Event"):
            for place in places:
                if event.start <= place.start and place.end <= event.end:
                    yield relation("locatedIn", event, place, event)
        yield from _named_parts(ents)


def _named_parts(ents: list[Span]) -> Iterator[Rel]:
    """ "OpenTelemetry Collector", "CentOS CI": software named after other software the
    post names on its own is a part of it."""
    software = [e for e in ents if e.label_ == "Software"]
    names = {e.text: e for e in software}
    for e in software:
        words = e.text.split()
        for k in range(len(words) - 1, 0, -1):
            whole = names.get(" ".join(words[:k]))
            if whole is not None and whole.kb_id_ != e.kb_id_ and words[k][:1].isalpha():
                yield relation("partOf", e, whole, e)
                break


class _Parse:
    """A parsed sentence with the entities at its tokens, and the readings the rules share."""

    def __init__(self, sent: Span, inside: list[Span]) -> None:
        self.sent = sent
        self.at: dict[int, Span] = {}
        for e in inside:
            for i in range(e.start - sent.start, e.end - sent.start):
                self.at.setdefault(i, e)

    def ents_in(self, tokens: Iterator[Token], types: set[str]) -> list[Span]:
        found: list[Span] = []
        for t in tokens:
            e = self.at.get(t.i)
            if e is not None and e.label_ in types and e not in found:
                found.append(e)
        return found

    def heads_of(self, tok: Token) -> list[Span]:
        """The entities a noun token stands for, with its conjuncts ("A, B and C")."""
        out: list[Span] = []
        for t in [tok, *tok.conjuncts]:
            e = self.at.get(t.i)
            if e is None:
                comp = [c for c in t.children if c.dep_ in {"compound", "amod", "nmod"}]
                for c in comp:
                    e = self.at.get(c.i)
                    if e is not None:
                        break
            if e is not None and e not in out:
                out.append(e)
        return out

    def subjects(self, verb: Token) -> list[Span]:
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
            if subj:
                s = subj[0]
                relative = s.tag_ == "WDT" or s.lower_ in {"that", "which", "who"}
                if relative and v.dep_ == "relcl":
                    return _attr_subject(v.head, self.heads_of)
                return self.heads_of(s) or _attr_subject_from(s, self.heads_of)
            if v.dep_ == "relcl":
                return _attr_subject(v.head, self.heads_of)
            if v.dep_ in {"xcomp", "advcl", "conj", "acl", "ccomp", "pcomp"} and v.head is not v:
                v = v.head
                continue
            break
        return []

    def passive_subject(self, verb: Token) -> list[Span]:
        return _passive_subject(verb, self.subjects, self.heads_of)

    def pairs(self, name: str, subjects: list[Span], objects: list[Span]) -> Iterator[Rel]:
        for s in subjects:
            for o in objects:
                if o.kb_id_ != s.kb_id_:
                    yield relation(name, s, o, self.sent)


def _parse_rules(sent: Span, sub: Doc, inside: list[Span],
                 off: frozenset[str] = frozenset()) -> Iterator[Rel]:
    """Verb rules over the parse: each family reads the verb's subject, objects and
    prepositions its own way."""
    parse = _Parse(sent, inside)
    for tok in sub:
        word = tok.lower_
        if not (tok.tag_.startswith("VB") or word in _USE | _RUN | _INTERACT | _CREATE):
            continue
        preps = [c for c in tok.children if c.dep_ in {"prep", "agent"}]
        objs = [c for c in tok.children if c.dep_ in {"dobj", "obj", "attr", "oprd"}]
        for rule in (_created, _interacts, _runs_on, _uses):
            yield from rule(parse, tok, preps, objs)
        yield from softwarerels.parse_rules(parse, tok, preps, objs, off)


def _created(parse: _Parse, tok: Token, preps: list[Token], objs: list[Token]) -> Iterator[Rel]:
    """ "initiated by VMware", "Ruby, created by Matz", "VMware released X"."""
    if tok.lower_ not in _CREATE or any(c.dep_ == "prt" for c in tok.children):
        return  # "A, B and C make up X", "they built out X": a phrasal verb, not making
    agents = [p for p in preps if p.dep_ == "agent" or p.lower_ == "by"]
    if agents:
        creators = [e for a in agents for c in a.children if c.dep_ == "pobj"
                    for e in parse.heads_of(c) if e.label_ in {"Organization", "Person"}]
        made = [e for e in _passive_subject(tok, parse.subjects, parse.heads_of)
                if e.label_ == "Software"]
        yield from parse.pairs("createdBy", made, creators)
    elif tok.tag_ in {"VBD", "VBZ", "VBP", "VBN"}:
        makers = [e for e in parse.subjects(tok) if e.label_ in {"Organization", "Person"}]
        things = [e for o in objs for e in parse.ents_in(o.subtree, {"Software"})]
        yield from parse.pairs("createdBy", things, makers)


def _interacts(parse: _Parse, tok: Token, preps: list[Token], objs: list[Token]
               ) -> Iterator[Rel]:
    if tok.lower_ not in _INTERACT:
        return
    subj = [e for e in parse.subjects(tok) if e.label_ == "Software"]
    others = [e for p in preps if p.lower_ in {"with", "to"}
              for e in parse.ents_in(p.subtree, {"Software"})]
    others += [e for o in objs for e in parse.ents_in(o.subtree, {"Software"})]
    yield from parse.pairs("interactsWith", subj, others)


def _runs_on(parse: _Parse, tok: Token, preps: list[Token], objs: list[Token]) -> Iterator[Rel]:
    if tok.lower_ not in _RUN:
        return
    on = [p for p in preps if p.lower_ in _RUN_PREPS or p.lower_ == "top"]
    on += [g for p in preps if p.lower_ == "on" for c in p.children
           if c.lower_ == "top" for g in c.children if g.dep_ == "prep"]
    if on:
        subj = [e for e in parse.subjects(tok) if e.label_ == "Software"]
        platforms = [e for p in on for e in parse.ents_in(p.subtree, {"Software"})]
        yield from parse.pairs("runsOn", subj, platforms)


def _uses(parse: _Parse, tok: Token, preps: list[Token], objs: list[Token]) -> Iterator[Rel]:
    word = tok.lower_
    if word not in _USE or (word in {"deployed", "built", "powered"} and any(
            p.lower_ in _RUN_PREPS for p in preps)):
        return
    if word in {"powered", "supported"} and any(p.lower_ == "by" for p in preps):
        users = [e for e in _passive_subject(tok, parse.subjects, parse.heads_of)
                 if e.label_ in {"Software", "Organization"}]
        used = [e for p in preps if p.lower_ == "by"
                for e in parse.ents_in(p.subtree, {"Software"})]
    else:
        users = [e for e in parse.subjects(tok) if e.label_ in {"Software", "Organization"}]
        used = [e for o in objs for e in softwarerels.object_ents(parse, o)]
        if word in {"rely", "relies", "relied", "relying", "depend", "depends", "depended",
                    "depending"}:
            used += [e for p in preps if p.lower_ == "on"
                     for e in softwarerels.object_ents(parse, p)]
    yield from parse.pairs("uses", users, used)


def _person_org_link(text: str, words: list[Token]) -> bool:
    """ "X from Y", "X, Cloud Architect at Y", "X (@handle) of Y": titles and a linking word."""
    core = re.sub(r"\(@?\w+\)", "", text).strip()
    return bool(re.fullmatch(r"(,\s*)?((the\s+)?[\w .&-]{0,60}?\s+)?(from|of|at|with|for)"
                             r"(\s+the)?", core, re.I)) and len(words) <= 10 and all(
        _JOB_WORDS.match(t.text) or t.lower_ in {"from", "at", "with", "for", "(", ")", "@"}
        or t.text.startswith("@") for t in words)


def _dash_title(doc: Doc, text: str, org: Span) -> bool:
    """ "X - Architect, Y" style bylines: only a dash or comma between, Y closes the phrase."""
    return bool(re.fullmatch(r"[-–—,(]\s*", text)) and org.end < len(doc) and (
        doc[org.end].text in {")", ",", "."} or doc[org.end].is_space)


def _attr_subject(noun: Token, heads_of) -> list[Span]:
    """For "X is a platform that runs on Y": from the noun "platform" back to X."""
    found = heads_of(noun)
    if found:
        return found
    return _attr_subject_from(noun, heads_of)


def _attr_subject_from(noun: Token, heads_of) -> list[Span]:
    n = noun
    while n.dep_ in {"conj", "appos"} and n.head is not n:
        n = n.head
    if n.dep_ in {"attr", "acomp"}:
        cop = n.head
        subj = [c for c in cop.children if c.dep_ == "nsubj"]
        if subj:
            return heads_of(subj[0])
    if n.dep_ == "appos":
        return heads_of(n.head)
    return []


def _passive_subject(verb: Token, subjects, heads_of) -> list[Span]:
    """What a participle like "initiated by VMware" or "powered by X" describes."""
    found = subjects(verb)
    if found:
        return found
    if verb.dep_ in {"acl", "amod"}:
        return heads_of(verb.head) or _attr_subject_from(verb.head, heads_of)
    if verb.dep_ in {"advcl", "conj"}:
        main = verb.head
        subj = [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return heads_of(subj[0])
    return []


def _author_affiliation(doc: Doc, ents: list[Span], stated: bool = True) -> Iterator[Rel]:
    """On a company blog, "our"/"we" next to an organisation says the author works there;
    with ``stated``, only where the words say it is theirs ("our Acme team")."""
    authors = [e for e in (doc._.kg_entities or []) if e.get("author")]
    if len(authors) != 1:
        return
    if stated:
        yield from author_affiliation(doc, ents, authors[0]["key"])
    counts: dict[str, tuple[int, Span, Span]] = {}
    for sent, inside in by_sentence(doc, [e for e in ents if e.label_ == "Organization"]):
        if not any(t.text in _PLURAL_WE for t in sent):
            continue
        orgs = {e.kb_id_: e for e in inside}
        if len(orgs) == 1:
            key, span = next(iter(orgs.items()))
            n, first, ev = counts.get(key, (0, span, sent))
            counts[key] = (n + 1, first, ev)
    if not counts:
        return
    key = max(counts, key=lambda k: counts[k][0])
    _, org, ev = counts[key]
    author = authors[0]
    yield from _we_made(doc, ents, org)
    if not stated:
        yield relation("affiliation", End(-1, -1, "Person", author["key"]), org, ev)


def _staff(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    """Affiliations from the bio, staff demonyms, "Acme ... our" and teams (employers.py)."""
    authors = [e for e in (doc._.kg_entities or []) if e.get("author")]
    author = authors[0]["key"] if len(authors) == 1 else None
    if author and "bio_affiliation" not in off:
        yield from employers.bio_affiliation(doc, ents, author)
    if author and "company_ours" not in off:
        yield from employers.company_ours(doc, ents, author)
    if "staff_demonyms" not in off:
        yield from employers.staff_demonyms(doc, ents, author)
    if "team_members" not in off:
        yield from employers.team_members(doc, ents)


_WE_MAKE = {"open-sourced", "open sourced", "released", "created", "built", "launched",
            "developed", "wrote", "started", "open-source", "open source"}


def _we_made(doc: Doc, ents: list[Span], org: Span) -> Iterator[Rel]:
    """ "We've open sourced many projects, including A, B and C": the writer's company
    made them (the company "we" stands for on this blog)."""
    software = [e for e in ents if e.label_ == "Software"]
    for sent, inside in by_sentence(doc, software):
        words = [t.lower_ for t in sent]
        if not {"we", "we've", "we're", "our"} & set(words):
            continue
        text = sent.text.lower()
        verb = min((text.find(v) for v in _WE_MAKE if v in text), default=-1)
        if verb < 0:
            continue
        for e in inside:
            if e.start_char - sent.start_char > verb:
                yield relation("createdBy", e, org, sent)


def _dedupe(relations: list[Rel]) -> list[Rel]:
    seen = set()
    out = []
    for r in relations:
        subj_types, obj_types = SIGNATURES[r.name]
        if r.s.label not in subj_types or r.o.label not in obj_types:
            continue
        if r.s.key == r.o.key:
            continue
        ends = (r.s.key, r.o.key)
        if r.name == "interactsWith":
            ends = tuple(sorted(ends))
        key = (r.name, *ends)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


@Language.factory(
    "kg_relations",
    default_config={"parse_with": ["tok2vec", "tagger", "parser"], "batch_size": 128,
                    "rules_off": [], "directory": None},
)
def make_relation_extractor(
    nlp: Language, name: str, parse_with: list[str], batch_size: int, rules_off: list[str],
    directory: str | None,
) -> RelationExtractor:
    known = softwarerels.Knowledge.from_dir(Path(directory or DEFAULT_DIR))
    return RelationExtractor(nlp, parse_with, batch_size, frozenset(rules_off), known)
