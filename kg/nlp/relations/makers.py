"""Who made a piece of software, and what it runs on, from appositions and asides.

Recaps name a project's maker in passing more often than with a verb: "Conduit
(from the company Buoyant)", "Jane Doe from Acme, Foo's main creator", "Jane
Doe showed off Foo, her Node.js app". And a demo or deployment names the
platforms in a trailing clause: "running Foo across three clouds - some of its
services on GKE, some in AKS". These rules read the token sequence around two
names of one sentence; each has a name that ``rules_off`` switches off
(bench/lobo.py): maker_from, creator_appositions, possessive_appositions,
run_across, deploy_onto, deployed_instances, open_sourced, made_at, org_projects.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from kg.nlp.records import End, Rel, relation, text_of

_POSSESSIVE = {"'s", "’s"}
# "from the company Y", "from the folks at Y": words that only say Y is an organisation.
_ORG_WORDS = {"the", "company", "startup", "start-up", "vendor", "firm", "folks", "team",
              "people", "guys", "crew", "at", "of", "over"}
_CREATOR = {"creator", "creators", "co-creator", "cocreator", "author", "co-author",
            "inventor", "originator", "founder", "co-founder"}
_CREATOR_ADJ = {"main", "original", "lead", "chief", "principal", "primary", "sole", "one",
                "of", "the", "a"}
_KIND_NOUNS = {"app", "apps", "application", "applications", "tool", "library", "framework",
               "project", "product", "service", "gem", "plugin", "package", "language",
               "database", "engine", "platform", "startup", "creation", "brainchild"}
_HIS = {"his": "Person", "her": "Person", "their": "Organization", "its": "Organization"}
_RUN_VERBS = {"run", "runs", "running", "ran", "deploy", "deploys", "deployed", "deploying",
              "host", "hosts", "hosted", "hosting", "spread", "spreading", "install",
              "installed", "installing"}
_PLATFORM_PREPS = {"on", "onto", "in", "across", "atop"}
_DEPLOY_VERBS = {"deployed", "launched", "set", "stood", "built", "rolled"}
_EXAMPLE_OPENERS = (["including"], ["such", "as"], ["like"], ["e.g."], ["e.g", "."])


def surface(doc: Doc, ents: list[Span], off: frozenset[str],
            platforms: frozenset[str] = frozenset()) -> Iterator[Rel]:
    """The maker and platform rules over one post's entities."""
    ordered = sorted((e for e in ents if e.label_ != "Session"), key=lambda e: e.start)
    rules = {"maker_from": _maker_from, "creator_appositions": _creator_appositions,
             "possessive_appositions": _possessive_makers}
    for name, rule in rules.items():
        if name not in off:
            yield from rule(doc, ordered)
    if "run_across" not in off and platforms:
        yield from _run_across(doc, ordered, platforms)
    if "deploy_onto" not in off:
        yield from _deploy_onto(doc, ordered)


def _maker_from(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "a product known as Conduit (from the company Buoyant)", "Stable Diffusion, from
    Stability AI,": an aside naming where a product comes from names its maker. A bare
    "X from Y" is left alone: "migrating X from Y", "OpenStack from Red Hat" (a vendor's
    distribution) say other things."""
    for a, b in itertools.pairwise(ordered):
        if a.label_ != "Software" or b.label_ != "Organization" or a.sent != b.sent:
            continue
        words = [t.lower_ for t in doc[a.end : b.start] if not t.is_space]
        if len(words) < 2 or words[0] not in {"(", ","} or words[1] != "from":
            continue
        if not all(w in _ORG_WORDS for w in words[2:]):
            continue
        after = doc[b.end].text if b.end < len(doc) else ""
        if words[0] == "," and after not in {",", ".", ")", ";", ""}:
            continue  # ", from Y to Z": a move, not an aside
        yield relation("createdBy", a, b, doc[a.start : b.end])


def _creator_appositions(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "Jane Doe from Acme, Foo's main creator", "Jane Doe (Acme), the creator of Foo":
    the person the aside follows made the software, past an affiliation between them."""
    for i, soft in enumerate(ordered):
        if soft.label_ != "Software":
            continue
        if _creator_after(doc, soft):  # "Foo's (main) creator"
            lead = soft.start
        elif (k := _creator_before(doc, soft)) is not None:  # "the creator of Foo"
            lead = k
        else:
            continue
        person = _apposed_person(doc, ordered[:i], lead)
        if person is not None:
            yield relation("createdBy", soft, person, doc[person.start : soft.end])


def _creator_after(doc: Doc, soft: Span) -> bool:
    k = soft.end
    if k >= len(doc) or doc[k].text not in _POSSESSIVE:
        return False
    k += 1
    while k < len(doc) and doc[k].lower_ in _CREATOR_ADJ:
        k += 1
    return k < len(doc) and doc[k].lower_ in _CREATOR


def _creator_before(doc: Doc, soft: Span) -> int | None:
    """Where "(one of) the (original) creator(s) of" before the software starts."""
    k = soft.start - 1
    if k < 1 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _CREATOR:
        return None
    k -= 2
    while k >= soft.sent.start and doc[k].lower_ in _CREATOR_ADJ:
        k -= 1
    return k + 1


def _apposed_person(doc: Doc, before: list[Span], lead: int) -> Span | None:
    """The person an aside starting at ``lead`` describes: the name right before its comma,
    or before "from Org" / "(Org)" / "at Org" that follows the name."""
    k = lead - 1
    if k < 0 or doc[k].text != ",":
        return None
    ends = {e.end: e for e in before}
    found = ends.get(k)
    if found is not None and found.label_ == "Organization":
        j = found.start - 1
        bracketed = j >= 0 and doc[j].text == "(" and (
            found.end < len(doc) and doc[found.end].text == ")")
        linked = j >= 0 and doc[j].lower_ in {"from", "at", "of", "with"}
        found = ends.get(j) if bracketed or linked else None
    elif found is None and k >= 1 and doc[k - 1].text == ")":
        # "Jane Doe (@jane), Foo's creator"
        opener = next((j for j in range(k - 2, max(k - 6, -1), -1) if doc[j].text == "("),
                      None)
        found = ends.get(opener) if opener is not None else None
    if found is not None and found.label_ == "Person" and found.sent.start <= lead:
        return found
    return None


def _possessive_makers(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "Jane Doe showed off Foo, her Node.js app": "his"/"her" is the one person, and
    "their"/"its" the one organisation, named before the software in its sentence."""
    for i, soft in enumerate(ordered):
        if soft.label_ != "Software" or soft.end + 2 >= len(doc):
            continue
        words = [t for t in doc[soft.end : min(soft.end + 8, soft.sent.end)] if not t.is_space]
        if len(words) < 3 or words[0].text != "," or words[1].lower_ not in _HIS:
            continue
        kind = next((n for n, t in enumerate(words[2:7], 2) if t.lower_ in _KIND_NOUNS), None)
        if kind is None or any(t.is_punct and t.text not in {".", "-"} for t in words[2:kind]):
            continue
        want = _HIS[words[1].lower_]
        makers = {e.kb_id_: e for e in ordered[:i]
                  if e.label_ == want and e.sent.start == soft.sent.start}
        if len(makers) == 1:
            maker = next(iter(makers.values()))
            yield relation("createdBy", soft, maker, doc[maker.start : words[kind].i + 1])


def _run_across(doc: Doc, ordered: list[Span], platforms: frozenset[str]) -> Iterator[Rel]:
    """ "running Istio's BookInfo app across three clouds - some of its services were
    spread onto GKE, some in AKS": a known platform after "on"/"onto"/"in" in the sentence
    where a run/deploy verb takes the software is where that software runs."""
    for inside in _by_sentence(ordered):
        software = [e for e in inside if e.label_ == "Software"]
        for e in software:
            if not _run_object(doc, e):
                continue
            later = [p for p in software if p.start > e.end]
            if not later or later[0].text not in platforms:
                continue  # another name between: the sentence moves on to it
            for p in later:
                if p.text not in platforms:
                    break
                if p.kb_id_ != e.kb_id_ and _after_preposition(doc, p):
                    yield relation("runsOn", e, p, doc[e.start : p.end])


def _run_object(doc: Doc, soft: Span) -> bool:
    """The software is the object of a run/deploy verb: "running [Istio's] X", "deploy X"."""
    k = soft.start - 1
    if k > 0 and doc[k].text in _POSSESSIVE:
        k -= 2  # "Istio's BookInfo": the owner's name is one token or more
        while k > soft.sent.start and doc[k].text[:1].isupper() and doc[k - 1].text[:1].isupper():
            k -= 1
    while k >= soft.sent.start and doc[k].lower_ in {"the", "a", "an", "our", "their", "your",
                                                     "my", "his", "her"}:
        k -= 1
    return k >= soft.sent.start and doc[k].lower_ in _RUN_VERBS


_PUT_VERBS = {"deploy", "deploys", "deployed", "deploying", "install", "installs", "installed",
              "installing", "move", "moved", "moving", "migrate", "migrated", "migrating",
              "put", "putting", "push", "pushed", "pushing"}
_ONTO = (["onto"], ["to"], ["into"], ["on"], ["on", "top", "of"], ["in"], ["inside"])


def _deploy_onto(doc: Doc, ordered: list[Span]) -> Iterator[Rel]:
    """ "They deploy Redis onto Kubernetes", "we moved our Jenkins to AWS": what a deploy,
    install or move verb puts onto other software runs on it (not "to GitHub": a site
    the code is published on, see ``software._VENUES``)."""
    for a, b in itertools.pairwise(ordered):
        if a.label_ != "Software" or b.label_ != "Software" or a.sent.start != b.sent.start:
            continue
        words = [t.lower_ for t in doc[a.end : b.start] if not t.is_space]
        if words[-1:] == ["the"]:
            words = words[:-1]
        if words not in _ONTO or b.text.lower() in _SITES or a.kb_id_ == b.kb_id_:
            continue
        whole = doc[a.start : b.end].text.lower()
        if any(whole == n.lower() for e in doc._.kg_entities or ()
               for n in [e["name"], *e["aliases"]]):
            continue  # "install Ruby on Rails": one name
        k = a.start - 1
        while k >= a.sent.start and doc[k].lower_ in {"the", "a", "an", "our", "their",
                                                      "your", "my", "its"}:
            k -= 1
        if k >= a.sent.start and doc[k].lower_ in _PUT_VERBS:
            yield relation("runsOn", a, b, doc[k : b.end])


_SITES = {"github", "gitlab", "bitbucket", "npm", "pypi", "docker hub", "dockerhub",
          "rubygems", "github pages", "youtube", "slack"}


def _after_preposition(doc: Doc, p: Span) -> bool:
    k = p.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ in _PLATFORM_PREPS


def _by_sentence(ordered: list[Span]) -> Iterable[list[Span]]:
    for _, group in itertools.groupby(ordered, key=lambda e: e.sent.start):
        yield list(group)


def deployed_instances(doc: Doc, relations: list[Rel], ents: list[Span]) -> list[Rel]:
    """ "Acme and its sponsors (including A and B) have deployed Foo.org, ... Foo is a
    production OpenStack instance": an instance or a site is made by whoever deployed it,
    where deploying a product only uses it. The "uses" of such a thing becomes
    "createdBy", for the deployer and for the examples listed beside it."""
    instances = {r.s.key for r in relations if r.name == "runsOn" and _instance_ev(doc, r)}
    instances |= {e.kb_id_ for e in ents if e.label_ == "Software" and _site_name(e.text)}
    out = []
    for r in relations:
        if r.name != "uses" or r.o.key not in instances or r.s.label != "Organization":
            out.append(r)
            continue
        ev = doc.char_span(r.ev[0], r.ev[1], alignment_mode="expand")
        if ev is None or not any(t.lower_ in _DEPLOY_VERBS for t in ev):
            out.append(r)
            continue
        made = relation("createdBy", _span_at(ents, r.o.start, r.o.end) or r.o,
                        _span_at(ents, r.s.start, r.s.end) or r.s, ev)
        out.append(made)
        subject = _span_at(ents, r.s.start, r.s.end)
        if subject is not None:
            for other in _examples_after(doc, subject, ents):
                out.append(made.with_end("o", End.of(other)))
    return out


def _instance_ev(doc: Doc, r: Rel) -> bool:
    """ "Foo is a production OpenStack instance": the platform's name is followed by a noun
    that makes the subject one running copy of it."""
    words = text_of(doc)[r.o.end : r.o.end + 30].lower().split()
    return bool(words) and words[0].strip(".,;") in {"instance", "deployment", "installation"}


def _site_name(text: str) -> bool:
    return "." in text and text.rsplit(".", 1)[1].lower() in {"org", "com", "io", "net"}


def _span_at(ents: list[Span], start: int, end: int) -> Span | None:
    return next((e for e in ents if e.start_char == start and e.end_char == end), None)


def _examples_after(doc: Doc, subject: Span, ents: list[Span]) -> list[Span]:
    """ "X and several sponsors (including A, B and C)": the organisations the subject's
    noun phrase gives as examples before its verb."""
    sent = subject.sent
    k = subject.end
    limit = min(sent.end, subject.end + 10)
    while k < limit and doc[k].text != "(" and doc[k].lower_ not in {"including", "such"}:
        if doc[k].text in {",", ";", ":", "."}:
            return []
        k += 1
    if k >= limit:
        return []
    k += 1 if doc[k].text == "(" else 0
    opener = next((o for o in _EXAMPLE_OPENERS
                   if [t.lower_ for t in doc[k : k + len(o)]] == o), None)
    if opener is None:
        return []
    k += len(opener)
    out = []
    for e in sorted(ents, key=lambda s: s.start):
        if e.start < k or e.start >= sent.end:
            continue
        between = [t.lower_ for t in doc[k : e.start] if not t.is_space]
        if e.label_ != "Organization" or not all(w in {",", "and", "&"} for w in between):
            break
        out.append(e)
        k = e.end
    return out


_MADE = {"created", "developed", "built", "written", "started", "invented", "designed",
         "open-sourced", "opensourced", "born", "incubated", "conceived", "released"}
_MAKE_AUX = {"is", "was", "were", "are", "been", "has", "have", "had", "originally", "first",
             "initially", "also", "recently", "just", "actually", "internally", "later", "then"}
_HOST_WORDS = ("foundation", "cncf", "consortium", "alliance", "community")


def made_phrases(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    """Makers the words name without a parse the small model gets right: "Netflix
    open-sourced Spinnaker", "Prometheus was originally developed at SoundCloud", "Kafka
    came out of LinkedIn", "Jaeger, which Uber open-sourced", "Kubernetes, a Google
    project", "Envoy is an open source project from Lyft". Foundations host projects
    rather than make them: "Linkerd, a CNCF project" says nothing of who made it. Rules:
    open_sourced, made_at, org_projects."""
    ordered = sorted((e for e in ents if e.label_ != "Session"), key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        if a.sent.start != b.sent.start or a.kb_id_ == b.kb_id_:
            continue
        words = [t.lower_ for t in doc[a.end : b.start] if not t.is_space]
        words = _joined_open_sourced(words)
        if a.label_ in {"Organization", "Person"} and b.label_ == "Software" and (
                "open_sourced" not in off and _open_sourced_by(words)):
            yield relation("createdBy", b, a, doc[a.start : b.end])
        if a.label_ != "Software" or b.label_ not in {"Organization", "Person"}:
            continue
        if "made_at" not in off and (_made_at(words, b) or _relative_maker(doc, words, b)):
            yield relation("createdBy", a, b, doc[a.start : b.end])
        if "org_projects" not in off and b.label_ == "Organization" and not _host(b) and (
                _org_project(doc, words, b)):
            yield relation("createdBy", a, b, doc[a.start : b.end + 1])


def _joined_open_sourced(words: list[str]) -> list[str]:
    """ "open - sourced", "open sourced" as the one word "open-sourced"."""
    out: list[str] = []
    for w in words:
        if w == "sourced" and out[-1:] == ["open"]:
            out[-1] = "open-sourced"
        elif w == "sourced" and out[-2:] == ["open", "-"]:
            out[-2:] = ["open-sourced"]
        else:
            out.append(w)
    return out


def _open_sourced_by(words: list[str]) -> bool:
    """Org [has recently] open-sourced [its] X; X, which Org open-sourced (read backwards
    by the caller's order: the maker comes first here)."""
    core = [w for w in words if w not in _MAKE_AUX and w not in _DETS_MADE]
    return core == ["open-sourced"]


_DETS_MADE = {"a", "an", "the", "its", "their", "his", "her", "new"}


def _made_at(words: list[str], maker: Span) -> bool:
    """X was (originally) developed at Org / open-sourced by Org / came out of Org; X,
    which Org open-sourced is the other order and not read here."""
    core = [w for w in words if w not in _MAKE_AUX and w != ","]
    if len(core) == 2 and core[0] in _MADE and core[1] in {"at", "by"}:
        return maker.label_ == "Organization" or core[1] == "by"
    return core in (["came", "out", "of"], ["comes", "out", "of"], ["spun", "out", "of"],
                    ["originated", "at"]) and maker.label_ == "Organization"


def _relative_maker(doc: Doc, words: list[str], maker: Span) -> bool:
    """ "Jaeger, which Uber open-sourced in 2017", "a tool that Acme built"."""
    if words not in ([",", "which"], ["which"], [",", "that"], ["that"]):
        return False
    after = [t.lower_ for t in doc[maker.end : min(maker.end + 5, maker.sent.end)]
             if not t.is_space]
    after = [w for w in _joined_open_sourced(after) if w not in _MAKE_AUX]
    return bool(after) and after[0] in _MADE - {"born"} | {"wrote", "launched", "made"}


def _org_project(doc: Doc, words: list[str], org: Span) -> bool:
    """ "X, a Google project", "X is an open source project from Lyft"."""
    if not words or words[0] not in {",", "is", "was"}:
        return False
    rest = words[1:]
    if rest[:1] not in (["a"], ["an"]):
        return False
    rest = rest[1:]
    if not rest:  # "X, a Google project": the kind noun follows the organisation
        return org.end < len(doc) and doc[org.end].lower_ in _KIND_NOUNS - {"startup"}
    return rest[-1] == "from" and rest[-2:-1] != [] and rest[-2] in _KIND_NOUNS and all(
        w.isalpha() or w == "-" for w in rest[:-2]) and len(rest) <= 5


def _host(org: Span) -> bool:
    names = f"{org.text} {org.kb_id_}".lower()
    return any(w in names for w in _HOST_WORDS)
