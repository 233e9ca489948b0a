"""Relations between software and its makers, parts, platforms and users.

Writers state these relations as often in noun phrases as with verbs: "OpenStack
Heat", "GCP's BigTable", "WordPress on the Rackspace Cloud", "Kubernetes @
Spotify", "the Cloud Foundry extension for .NET, Iron Foundry". The small model's
parser attaches such prepositions to the verb as readily as to the noun, so the
noun-phrase rules read the token sequence between two adjacent names; the verb
rules ("works with", "is used by", "has built-in X support", "he wrote X") read
the parse through the relation component's ``_Parse``. Every rule has a name
that ``rules_off`` can switch off (bench/lobo.py): adjacent_parts, possessive_parts,
platform_on (category_on), platform_in, described_as, creator_nouns, software_at_org,
part_appositions, deployment_users, part_lists, integration_nouns, lead_in_lists,
works_with, used_by, support_for, pronoun_maker, written_in.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from kg.nlp import records
from kg.nlp.names.gazetteer import Gazetteer
from kg.nlp.records import Rel, relation


class _Parse(Protocol):
    """What the verb rules read of a parsed sentence (``kg.nlp.relations.rules._Parse``)."""

    sent: Span
    at: dict[int, Span]

    def ents_in(self, tokens: Iterable[Token], types: set[str]) -> list[Span]: ...

    def heads_of(self, tok: Token) -> list[Span]: ...

    def subjects(self, verb: Token) -> list[Span]: ...

    def passive_subject(self, verb: Token) -> list[Span]: ...

    def pairs(self, name: str, subjects: list[Span], objects: list[Span]
              ) -> Iterator[Rel]: ...


_POSSESSIVE = {"'s", "’s", "'", "’"}
# Sites where software is published or discussed: "X on GitHub" is not a platform X runs on.
_VENUES = {"github", "gitlab", "bitbucket", "twitter", "youtube", "slack", "medium", "linkedin",
           "facebook", "reddit", "stack overflow", "stackoverflow", "hacker news", "irc",
           "freenode", "discord", "meetup", "mastodon", "vimeo", "slideshare", "speakerdeck",
           "npm", "pypi", "docker hub", "dockerhub", "rubygems", "the app store", "app store"}
_VENUE_NOUNS = {"blog", "channel", "account", "page", "repo", "repository", "website", "site",
                "forum", "list", "group", "thread", "feed", "handle", "profile", "org"}
_ON = (["on"], ["on", "the"], ["on", "top", "of"], ["on", "top", "of", "the"], ["atop"],
       ["running", "on"], ["deployed", "on"], ["hosted", "on"])
_PART_NOUNS = {"extension", "extensions", "plugin", "plug-in", "add-on", "addon", "component",
               "module", "subproject", "sub-project", "driver", "backend", "sample", "operator",
               "controller", "scheduler", "dashboard", "cli", "sdk"}
_CREATOR_NOUNS = {"creator", "co-creator", "cocreator", "inventor", "author", "co-author",
                  "originator", "designer", "founder", "co-founder"}
_DETS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"}
_HOSTED_NOUNS = {"app", "application", "library", "package", "gem", "client", "instance",
                 "deployment", "installation"}
_COMPONENT_NOUNS = {"project", "subproject", "sub-project", "component", "service", "module",
                    "plugin", "extension", "driver", "feature", "api"}
# Not "plugins" or "drivers": "Nodepool drivers such as Kubernetes" names what they drive.
_MEMBER_NOUNS = {"projects", "components", "services", "modules", "subprojects",
                 "sub-projects"}
_DEPLOY_NOUNS = {"deployment", "deployments", "user", "users", "customer", "customers",
                 "adopter", "adopters", "shop", "shops"}
_LIST_OPENERS = (["("], ["such", "as"], ["like"], ["including"], ["at"], [":"], ["from"])
_WORK = {"work", "works", "worked", "working"}
_COUPLED = {"coupled", "compatible", "integrated", "interoperable", "pluggable", "tied",
            "interoperates", "interoperate"}
_INTERFACE_NOUNS = {"support", "integration", "integrations", "plugin", "plugins", "plug-in",
                    "plug-ins", "driver", "drivers", "provider", "providers", "connector",
                    "connectors", "adapter", "adapters", "bindings", "backend", "backends"}
_HAVE = {"has", "have", "had", "offers", "offer", "provides", "provide", "includes", "include",
         "ships", "gained", "gets", "got", "adds", "added"}
_USED = {"used", "utilized", "leveraged", "employed", "adopted"}
_USED_BY = {"by", "in", "for", "within", "inside", "across", "at"}
_MADE_WITH = {"written", "built", "implemented", "developed", "coded", "programmed"}
_HE = {"he", "she", "He", "She"}
_WROTE = {"wrote", "created", "built", "started", "invented", "designed", "founded",
          "authored", "developed", "launched", "open-sourced", "released", "made"}
# Nouns under which a name in an object stays the thing used ("tools like Vagrant").
_KIND_NOUNS = {"tool", "tools", "toolchain", "chain", "library", "libraries", "framework",
               "frameworks", "database", "databases", "store", "stores", "service", "services",
               "solution", "solutions", "platform", "platforms", "system", "systems", "vendor",
               "vendors", "stack", "engine", "runtime", "language", "languages", "backend",
               "image", "images", "version", "versions", "instance", "cluster", "clusters",
               "api", "apis", "sdk", "cli", "plugin", "plugins", "technology", "technologies",
               "projects", "project", "products", "product", "players", "provider", "providers"}
_LEAD_IN_END = {"including", "include", "includes", ":", "like", "as", "are"}
_MAKE_VERBS = re.compile(r"\b(open[- ]?sourced|released|created|built|launched|developed|"
                         r"wrote|started|published)\b")


@dataclass(frozen=True)
class Knowledge:
    """What the gazetteer tells these rules: software families ("OpenStack", "AWS") and
    cloud platforms (the names of ``software_cloud_services.tsv``: "GKE", "AWS")."""

    families: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()

    @classmethod
    def from_dir(cls, directory: Path) -> Knowledge:
        platforms = Gazetteer.load([p for p in [directory / "software_cloud_services.tsv"]
                                    if p.is_file()])
        return cls(families(Gazetteer.from_dir(directory)), frozenset(platforms.forms))


def families(gazetteer: Gazetteer) -> frozenset[str]:
    """Names that the lists know as a family's prefix ("OpenStack", "AWS", "Azure"): three
    or more listed software names continue them with a capitalised word."""
    counts: Counter[str] = Counter()
    for entry in gazetteer.entries:
        if entry.type != "Software":
            continue
        for form in (entry.name, *entry.aliases):
            words = form.split()
            for k in range(1, len(words)):
                if words[k][:1].isupper():
                    counts[" ".join(words[:k])] += 1
    return frozenset(name for name, n in counts.items() if n >= 3)


def surface(doc: Doc, ents: list[Span], off: frozenset[str],
            known: Knowledge = Knowledge()) -> Iterator[Rel]:
    """Noun-phrase rules over two names adjacent in a sentence."""
    ordered = sorted((e for e in ents if e.label_ != "Session"), key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        if a.sent.start != b.sent.start or a.kb_id_ == b.kb_id_:
            continue
        words = [t.lower_ for t in doc[a.end : b.start] if not t.is_space]
        labels = (a.label_, b.label_)
        ev = doc[a.start : b.end]
        if labels == ("Software", "Software"):
            if ("adjacent_parts" not in off and not words and a.text in known.families
                    and _named_part(doc, a, b)):
                yield relation("partOf", b, a, ev)  # "OpenStack Heat"
            if "possessive_parts" not in off and words in ([p] for p in _POSSESSIVE):
                yield relation("partOf", b, a, ev)  # "GCP's BigTable"
            if ("platform_on" not in off and words in _ON and not _venue(doc, b)
                    and not _one_name(doc, a, b)
                    and not ("category_on" not in off and _category(doc, a))):
                yield relation("runsOn", a, b, ev)  # "WordPress on the Rackspace Cloud"
            if ("platform_in" not in off and words in (["in"], ["inside"])
                    and b.text in known.platforms):
                yield relation("runsOn", a, b, ev)  # "Istio in GKE"
            kind = None if "described_as" in off else _described(doc, b, words)
            if kind is not None:  # "Nova, the OpenStack compute service"
                yield relation(kind, a, b, doc[a.start : b.end + 1])
        if "creator_nouns" not in off:
            yield from _creators(a, b, words, ev)
        # "Red Hat's OpenStack", "CERN's OpenStack": an organisation's software is as
        # often the one it runs or sells as the one it made, so "Y's X" alone says neither.
        if (labels == ("Software", "Organization") and "software_at_org" not in off
              and (words == ["@"] or (words == ["at"] and _leads(doc, a)))):
            yield relation("uses", b, a, ev)  # "OpenStack @ CERN"
    if "part_appositions" not in off:
        yield from _part_appositions(doc, ordered)
    if "deployment_users" not in off:
        yield from _deployment_users(doc, ordered)
    if "part_lists" not in off:
        yield from _part_lists(doc, ordered)
    if "integration_nouns" not in off:
        yield from _integrations(doc, ordered)


def _described(doc: Doc, whole: Span, words: list[str]) -> str | None:
    """ "Z, the X compute service", "Z is a production X instance", "Z, his X app": what
    the noun after X makes Z of it (partOf, runsOn), if the words read so."""
    if not words or words[0] not in {",", "is", "was", "are"}:
        return None
    rest = words[1:]
    if rest[:2] == ["one", "of"]:  # "Z, one of the X projects"
        rest = rest[2:]
    if rest and rest[0] in _DETS:
        rest = rest[1:]
    if len(rest) > 2 or not all(w.isalpha() for w in rest):
        return None
    for k in range(whole.end, min(whole.end + 3, len(doc))):
        tok = doc[k]
        if not tok.is_lower or not tok.is_alpha:
            return None
        after = doc[k + 1] if k + 1 < len(doc) else None
        heads = after is None or not after.is_alpha or (after.is_stop and after.is_lower)
        if heads and tok.lower_ in _HOSTED_NOUNS:
            return "runsOn"
        if heads and (tok.lower_ in _COMPONENT_NOUNS or (
                words[1:3] == ["one", "of"] and tok.lower_ in _MEMBER_NOUNS)):
            return "partOf"
    return None


def _part_lists(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "OpenStack services such as Nova and Neutron": the listed names are parts."""
    by_start = {e.start: e for e in ordered}
    for e in ordered:
        if e.label_ != "Software" or _next_word(doc, e) not in _MEMBER_NOUNS:
            continue
        k = e.end + 1
        for opener in (["such", "as"], ["like"], ["including"], ["e.g."], ["("], [":"]):
            if [t.lower_ for t in doc[k : k + len(opener)]] == opener:
                part = by_start.get(k + len(opener))
                if part is not None and part.label_ == "Software" and part.kb_id_ != e.kb_id_:
                    yield relation("partOf", part, e, doc[e.start : part.end])
                break


def _integrations(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "integration between X and Y", "X integration with Y", "the X and Y integration"."""
    software = [e for e in ordered if e.label_ == "Software"]
    starts = {e.start: e for e in software}
    ends = {e.end: e for e in software}
    for tok in doc:
        if tok.lower_ not in {"integration", "integrations"}:
            continue
        i = tok.i
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        pair: tuple[Span | None, Span | None] = (None, None)
        if nxt == "between" and (x := starts.get(i + 2)) is not None and (
                x.end < len(doc) and doc[x.end].lower_ == "and"):
            pair = (x, starts.get(x.end + 1))
        elif nxt in {"with", "into"}:
            k = i - 1 if i and doc[i - 1].lower_ not in _POSSESSIVE else i - 2
            pair = (ends.get(k + 1), starts.get(i + 2))
        elif (y := ends.get(i)) is not None and y.start >= 2 and doc[y.start - 1].lower_ in {
                "and", "&", "/", "-"}:
            pair = (ends.get(y.start - 1), y)
        x, y = pair
        if x is not None and y is not None and x.kb_id_ != y.kb_id_ and (
                x.sent.start == y.sent.start):
            yield relation("interactsWith", x, y, doc[min(x.start, i) : max(y.end, i + 1)])


def _creators(a: Span, b: Span, words: list[str], ev: Span) -> Iterator[Rel]:
    """ "Mitchell Hashimoto, the creator of Vagrant", "Vagrant creator Mitchell Hashimoto"."""
    core = [w for w in words if w not in {",", "(", "the", "original", "main"}]
    if a.label_ in {"Person", "Organization"} and b.label_ == "Software" and (
            len(core) == 2 and core[0] in _CREATOR_NOUNS and core[1] == "of"):
        yield relation("createdBy", b, a, ev)
    elif a.label_ == "Software" and b.label_ == "Person" and (
            [w for w in core if w not in _POSSESSIVE] in ([c] for c in _CREATOR_NOUNS)):
        yield relation("createdBy", a, b, ev)


def _category(doc: Doc, span: Span) -> bool:
    """ "the world's fastest SQL on Hadoop": after a superlative the name stands for a
    kind of product (what some other, described software is), not for itself."""
    k = span.start - 1
    while k >= span.sent.start and doc[k].text in {'"', "“", "'", "‘"}:
        k -= 1
    if k < span.sent.start:
        return False
    word = doc[k].lower_
    return (word.endswith("est") and word.isalpha() and len(word) > 4) or word in {
        "only", "first", "leading", "premier", "best"}


def _next_word(doc: Doc, span: Span) -> str:
    return doc[span.end].lower_ if span.end < len(doc) else ""


def _named_part(doc: Doc, whole: Span, part: Span) -> bool:
    """ "OpenStack Heat" names a part; "OpenStack RPM packaging" or "the RDO Google+ page"
    stack names as modifiers of a noun, which says nothing of parts."""
    name = part.text
    if (doc[whole.end - 1].whitespace_ != " " or _venue(doc, part) or len(name) < 3
            or not name[0].isupper() or name.isupper() or " " in name):
        return False
    after = doc[part.end] if part.end < len(doc) else None
    return after is None or (after.is_stop and after.is_lower) or not after.is_alpha


def _one_name(doc: Doc, a: Span, b: Span) -> bool:
    """ "Ruby on Rails": the two names and the word between are one name the post uses."""
    whole = doc[a.start : b.end].text.lower()
    return any(whole == n.lower() for e in doc._.kg_entities or ()
               for n in [e["name"], *e["aliases"]])


def _leads(doc: Doc, span: Span) -> bool:
    """The name opens its sentence or a title ("Kubernetes at Spotify")."""
    return span.start == span.sent.start or doc[span.start - 1].text in {
        ":", "-", "–", "—", '"', "“", "(", "*", "[", "**"}


def _venue(doc: Doc, place: Span) -> bool:
    return place.text.lower() in _VENUES or _next_word(doc, place) in _VENUE_NOUNS


def _part_appositions(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "the Cloud Foundry extension for .NET, Iron Foundry" and "Iron Foundry, a Cloud
    Foundry extension": the named part is partOf the software the part noun follows."""
    software = [e for e in ordered if e.label_ == "Software"]
    starts = {e.start: e for e in software}
    for whole in software:
        if _next_word(doc, whole) not in _PART_NOUNS or not doc[whole.end].is_lower:
            continue
        sent_end = whole.sent.end
        # "the X extension (for Y), Z"
        for k in range(whole.end + 1, min(whole.end + 5, sent_end - 1)):
            if doc[k].text in {".", ";", ":", "(", ")"}:
                break
            if doc[k].text == ",":
                part = starts.get(k + 1)
                if part is not None and part.kb_id_ != whole.kb_id_:
                    yield relation("partOf", part, whole, doc[whole.start : part.end])
                break
        # "Z, a X plugin"
        det = whole.start - 1
        if det - 1 >= whole.sent.start and doc[det].lower_ in {"a", "an", "the"} and (
                doc[det - 1].text == ","):
            part = next((e for e in software if e.end == det - 1), None)
            if part is not None and part.kb_id_ != whole.kb_id_:
                yield relation("partOf", part, whole, doc[part.start : whole.end + 1])


def _deployment_users(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "internal Cloud Foundry deployments (A, B and C)", "Kubernetes users such as A":
    the organisations listed use the software."""
    by_start = {e.start: e for e in ordered}
    for e in ordered:
        if e.label_ != "Software" or _next_word(doc, e) not in _DEPLOY_NOUNS:
            continue
        k = e.end + 1
        for opener in _LIST_OPENERS:
            if [t.lower_ for t in doc[k : k + len(opener)]] == opener:
                org = by_start.get(k + len(opener))
                if org is not None and org.label_ == "Organization":
                    yield relation("uses", org, e, doc[e.start : org.end])
                break


def lead_in_lists(doc: Doc, ents: list[Span]) -> Iterator[Rel]:
    """ "Acme has ..., we've open sourced many projects, including" and then a bullet
    list: each item's leading software was made by the organisation of the sentence."""
    blocks = records.blocks(doc)
    software = {e.start_char: e for e in ents if e.label_ == "Software"}
    orgs = [e for e in ents if e.label_ == "Organization"]
    for i, block in enumerate(blocks):
        if block.kind == "item" or i + 1 >= len(blocks) or blocks[i + 1].kind != "item":
            continue
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is None:
            continue
        last = list(span.sents)[-1]
        words = [t.lower_ for t in last if (not t.is_space and not t.is_punct) or t.text == ":"]
        if not words or words[-1] not in _LEAD_IN_END or not _MAKE_VERBS.search(
                last.text.lower()):
            continue
        if not {"we", "we've", "we're", "our"} & set(words):
            continue
        maker = _sentence_org(doc, last, orgs)
        if maker is None:
            continue
        for item in itertools.takewhile(lambda b: b.kind == "item", blocks[i + 1 :]):
            first = software.get(_first_char(doc, item.start))
            if first is not None:
                yield relation("createdBy", first, maker, last)


def _first_char(doc: Doc, start: int) -> int:
    text = records.text_of(doc)
    while start < len(text) and (text[start].isspace() or text[start] in "*-+[\"'"):
        start += 1
    return start


def _sentence_org(doc: Doc, sent: Span, orgs: list[Span]) -> Span | None:
    """The organisation a "we" sentence names as itself: one not after "with", "to"..."""
    found = [o for o in orgs if sent.start <= o.start < sent.end and (
        o.start == sent.start or doc[o.start - 1].lower_ not in {
            "with", "to", "at", "for", "from", "by", "and", "like", "than"})]
    return found[0] if len({o.kb_id_ for o in found}) == 1 else None


# Rules over the parse, called for every verb-like token of a parsed sentence.

def parse_rules(parse: _Parse, tok: Token, preps: list[Token], objs: list[Token],
                off: frozenset[str]) -> Iterator[Rel]:
    if "works_with" not in off:
        yield from _works_with(parse, tok, preps)
    if "used_by" not in off:
        yield from _used_by(parse, tok, preps)
    if "support_for" not in off:
        yield from _support_for(parse, tok, objs)
    if "pronoun_maker" not in off:
        yield from _pronoun_maker(parse, tok, objs)
    if "written_in" not in off:
        yield from _written_in(parse, tok, preps)


def _written_in(parse: _Parse, tok: Token, preps: list[Token]) -> Iterator[Rel]:
    """ "Gatling is written in Scala", "the portal is built with React": the software
    uses the language or framework it is made with."""
    if tok.lower_ not in _MADE_WITH or tok.tag_ != "VBN":
        return
    tools = [e for p in preps if p.lower_ in {"in", "with", "using"} and p.dep_ == "prep"
             for c in p.children if c.dep_ == "pobj"
             for e in parse.heads_of(c) if e.label_ == "Software"]
    if tools:
        made = [e for e in parse.passive_subject(tok) if e.label_ == "Software"]
        yield from parse.pairs("uses", made, tools)


def _works_with(parse: _Parse, tok: Token, preps: list[Token]) -> Iterator[Rel]:
    """ "SMI works with Istio", "Linkerd is very coupled to Kubernetes"."""
    word = tok.lower_
    if word in _WORK:
        links = [p for p in preps if p.lower_ == "with"]
    elif word in _COUPLED:
        links = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in {"with", "to",
                                                                               "into"}]
    else:
        return
    if not links:
        return
    subj = parse.subjects(tok)
    if not subj and tok.dep_ in {"acomp", "amod", "attr"}:
        subj = parse.subjects(tok.head) if tok.dep_ == "acomp" else parse.heads_of(tok.head)
    subj = [e for e in subj if e.label_ == "Software"]
    others = [e for p in links for e in parse.ents_in(p.subtree, {"Software"})]
    yield from parse.pairs("interactsWith", subj, others)


def _used_by(parse: _Parse, tok: Token, preps: list[Token]) -> Iterator[Rel]:
    """ "Zuul, the gating system used for OpenStack", "etcd is used by Kubernetes"."""
    if tok.lower_ not in _USED or tok.tag_ != "VBN":
        return
    users = [e for p in preps if p.lower_ in _USED_BY and p.dep_ in {"prep", "agent"}
             for c in p.children if c.dep_ == "pobj"
             for e in parse.heads_of(c) if e.label_ in {"Software", "Organization"}]
    if not users:
        return
    used = [e for e in parse.passive_subject(tok) if e.label_ == "Software"]
    yield from parse.pairs("uses", users, used)


def _support_for(parse: _Parse, tok: Token, objs: list[Token]) -> Iterator[Rel]:
    """ "Test Kitchen has built-in OpenStack support", "OpenStack has provider plugins
    available for ManageIQ": the two pieces of software plug into each other."""
    if tok.lower_ not in _HAVE and not (tok.lower_ == "built" and any(
            c.lower_ == "in" for c in tok.children)):
        return
    subj = [e for e in parse.subjects(tok) if e.label_ == "Software"]
    others: list[Span] = []
    # "X has plugins available for Y": the parser makes the noun the adjective's subject
    objs = objs + [c for a in tok.children if a.dep_ == "ccomp" and a.tag_ == "JJ"
                   for c in a.children if c.dep_ == "nsubj"]
    for o in objs:
        if o.lower_ not in _INTERFACE_NOUNS:
            continue
        others += [e for c in o.children if c.dep_ in {"compound", "amod", "nmod"}
                   for e in parse.heads_of(c) if e.label_ == "Software"]
        scope = list(o.subtree) + (list(o.head.children) if o.dep_ == "nsubj" else [])
        for_ = [g for c in scope if c.lower_ in {"for", "with"} and c.dep_ == "prep"
                for g in c.children if g.dep_ == "pobj"]
        others += [e for g in for_ for e in parse.heads_of(g) if e.label_ == "Software"]
    yield from parse.pairs("interactsWith", subj, others)


def _pronoun_maker(parse: _Parse, tok: Token, objs: list[Token]) -> Iterator[Rel]:
    """ "As Matz says, he wrote Ruby": "he" is the one person named before it."""
    if tok.lower_ not in _WROTE or tok.tag_ not in {"VBD", "VBN", "VBZ"}:
        return
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or subj[0].text not in _HE:
        return
    people = {e.kb_id_: e for i, e in sorted(parse.at.items())
              if i < subj[0].i and e.label_ == "Person"}
    if len(people) != 1:
        return
    made = [e for o in objs for e in parse.heads_of(o) if e.label_ == "Software"]
    yield from parse.pairs("createdBy", made, list(people.values()))


def object_ents(parse: _Parse, obj: Token) -> list[Span]:
    """The software a verb's object names, leaving out names that only qualify another
    noun ("your Java development skills", "Virtualbox instructions")."""
    out = []
    clauses = {t.i for c in obj.subtree if c is not obj and (c.dep_ == "relcl" or (
        c.dep_ == "acl" and c.lower_ not in {"called", "named", "known", "dubbed"}))
               for t in c.subtree}  # "etcd, which runs on CoreOS": CoreOS is not the object
    for e in parse.ents_in((t for t in obj.subtree if t.i not in clauses), {"Software"}):
        lo, hi = e.start - parse.sent.start, e.end - parse.sent.start
        doc = obj.doc
        root = next((t for t in doc[lo:hi] if not lo <= t.head.i < hi), doc[hi - 1])
        while root.dep_ == "conj" and root.head is not root:
            root = root.head  # "your Java or Clojure skills": Clojure's head is Java
        head = root.head
        qualifies = (root.dep_ in {"compound", "amod", "nmod", "poss"} and head.i not in parse.at
                     and head.lower_ not in _KIND_NOUNS and head.tag_.startswith("NN"))
        if not qualifies:
            out.append(e)
    return out
