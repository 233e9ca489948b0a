"""Organisations that use a piece of software, from the ways recaps say so without "use".

"Spotify runs Kubernetes in production", "Datadog, a big Kafka user", "CERN has
been an OpenStack shop for years", "At Adidas, we use Backstage", "Lyft's
engineers rely on Envoy": the organisation is the user though the verb is not
"use" or its subject is not the organisation's name. The rules read the token
sequence from the organisation's name; each has a name that ``rules_off``
switches off (bench/lobo.py): org_runs, user_nouns, at_org_we, org_staff; and for
software that uses other software, backends ("Grafana, backed by PostgreSQL", "Loki with
a BoltDB backend", "Cortex stores its chunks in Cassandra"); and software that works
with other software in words the parse misreads ("Kiali talks to Prometheus", "Flux
plays well with Helm", "Loki has a close relationship with Prometheus", "Grafana and
Prometheus work together"): partners.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.nlp.records import Rel, relation

_AUX = {"is", "are", "was", "were", "has", "have", "had", "been", "now", "also", "currently",
        "already", "still", "even", "all", "both", "actually", "happily", "successfully",
        "heavily", "extensively", "internally", "reportedly", "apparently", "today"}
_RUNS = {"runs", "running", "ran", "run"}
_DETS = {"a", "an", "the", "its", "their", "his", "her", "our"}
_USER_NOUNS = {"user", "users", "customer", "customers", "adopter", "adopters", "shop",
               "house"}
_USE_VERBS = {"use", "uses", "used", "using", "run", "runs", "running", "ran", "adopted",
              "adopt", "adopting", "leverage", "leverages", "leveraged", "rely", "relies",
              "relied", "deploy", "deploys", "deployed", "chose", "picked", "standardized",
              "standardised", "migrated", "moved", "switched"}
_STAFF = {"engineers", "engineering", "team", "teams", "developers", "devs", "sres", "folks",
          "people", "ops", "staff", "infrastructure", "platform"}
_WE = {"we", "they"}
_LINKS = {"on", "to", "onto", "for", "with"}  # "rely on X", "migrated to X"


def surface(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    """The user rules over one post's entities."""
    starts = {e.start: e for e in ents if e.label_ == "Software"}
    for org in (e for e in ents if e.label_ == "Organization"):
        k = org.end
        if "org_runs" not in off:
            yield from _runs(doc, org, starts)
        if "user_nouns" not in off:
            yield from _user_noun(doc, org, starts)
        if "org_staff" not in off and k + 1 < len(doc) and doc[k].text in {"'s", "’s"}:
            yield from _staff(doc, org, starts)
        if "at_org_we" not in off:
            yield from _at_org_we(doc, org, starts)


def _skip(doc: Doc, k: int, words: set[str], end: int) -> int:
    while k < end and (doc[k].lower_ in words or doc[k].is_space):
        k += 1
    return k


def _software_at(doc: Doc, k: int, starts: dict[int, Span], end: int) -> Span | None:
    k = _skip(doc, k, _DETS, end)
    return starts.get(k)


def _runs(doc: Doc, org: Span, starts: dict[int, Span]) -> Iterator[Rel]:
    """ "Spotify runs Kubernetes", "Zalando is now running Kubernetes": an organisation
    runs the software it uses ("X runs on Y" is the other reading, of software)."""
    end = org.sent.end
    k = _skip(doc, org.end, _AUX, end)
    if k < end and doc[k].lower_ in _RUNS:
        soft = _software_at(doc, k + 1, starts, end)
        if soft is not None:
            yield relation("uses", org, soft, doc[org.start : soft.end])


def _user_noun(doc: Doc, org: Span, starts: dict[int, Span]) -> Iterator[Rel]:
    """ "Datadog, a big Kafka user", "CERN has been an OpenStack shop", "Spotify is a heavy
    user of Google Cloud": the organisation is a user of the software."""
    end = org.sent.end
    k = org.end
    if k < end and doc[k].text == ",":
        k += 1
    k = _skip(doc, k, _AUX - {"all", "both"}, end)
    if k >= end or doc[k].lower_ not in {"a", "an"}:
        return
    k += 1
    for _ in range(2):  # "a big", "a long-time"
        if k < end and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in (
                _USER_NOUNS | {"of"}) and k not in starts:
            k += 1
    soft = starts.get(k)
    if soft is not None:
        if soft.end < end and doc[soft.end].lower_ in _USER_NOUNS:
            yield relation("uses", org, soft, doc[org.start : soft.end + 1])
        return
    if k + 1 < end and doc[k].lower_ in _USER_NOUNS - {"shop", "house"} and (
            doc[k + 1].lower_ == "of"):
        soft = _software_at(doc, k + 2, starts, end)
        if soft is not None:
            yield relation("uses", org, soft, doc[org.start : soft.end])


def _verb_object(doc: Doc, k: int, starts: dict[int, Span], end: int) -> Span | None:
    """The software right after a use verb at ``k`` (past adverbs and "on"/"to")."""
    k = _skip(doc, k, _AUX, end)
    if k >= end or doc[k].lower_ not in _USE_VERBS:
        return None
    k = _skip(doc, k + 1, _AUX | _LINKS, end)
    return _software_at(doc, k, starts, end)


def _staff(doc: Doc, org: Span, starts: dict[int, Span]) -> Iterator[Rel]:
    """ "Lyft's engineers rely on Envoy", "Spotify's platform team uses Backstage"."""
    end = org.sent.end
    k = org.end + 1
    n = 0
    while k < end and doc[k].lower_ in _STAFF and n < 2:
        k += 1
        n += 1
    if n:
        soft = _verb_object(doc, k, starts, end)
        if soft is not None:
            yield relation("uses", org, soft, doc[org.start : soft.end])


def _at_org_we(doc: Doc, org: Span, starts: dict[int, Span]) -> Iterator[Rel]:
    """ "At Adidas, we use Backstage": "we" or "they" after the fronted "At Org," are the
    organisation's people."""
    sent = org.sent
    k = org.start - 1
    if k < sent.start or doc[k].lower_ != "at" or (k > sent.start and not doc[k - 1].is_punct):
        return
    j = org.end
    if j + 1 >= sent.end or doc[j].text != "," or doc[j + 1].lower_ not in _WE:
        return
    soft = _verb_object(doc, j + 2, starts, sent.end)
    if soft is not None:
        yield relation("uses", org, soft, doc[k : soft.end])


def software_pairs(doc: Doc, ents: list[Span]) -> Iterator[tuple[Span, Span, list[str]]]:
    """Two different pieces of software named next to each other in a sentence, with the
    lower-case words between them."""
    software = sorted((e for e in ents if e.label_ == "Software"), key=lambda e: e.start)
    for a, b in itertools.pairwise(software):
        if a.sent.start == b.sent.start and a.kb_id_ != b.kb_id_:
            yield a, b, [t.lower_ for t in doc[a.end : b.start] if not t.is_space]


_BACKED = {"backed", "driven", "fronted"}  # "powered by": the parse rule reads it
_STORE_VERBS = {"stores", "store", "stored", "storing", "keeps", "keep", "persists", "persist",
                "persisted", "saves", "save", "saved", "writes", "write"}
_BACKEND_NOUNS = {"backend", "back-end", "backends", "store", "datastore", "database",
                  "storage", "cache", "queue", "broker"}


def backends(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    """Software that keeps its data in, or is backed by, other software uses it."""
    if "backends" in off:
        return
    for a, b, between in software_pairs(doc, ents):
        words = [w for w in between if w != ","]
        after = doc[b.end].lower_ if b.end < len(doc) else ""
        backed = len(words) == 2 and words[0] in _BACKED and words[1] == "by"
        kept = (bool(words) and words[0] in _STORE_VERBS and words[-1] in {"in", "into", "on"}
                and len(words) <= 5)
        with_backend = words in (["with", "a"], ["with", "an"], ["with", "the"]) and (
            after in _BACKEND_NOUNS)
        if backed or kept or with_backend:
            yield relation("uses", a, b, doc[a.start : b.end])


_TALK = {"talks", "talk", "connects", "connect", "communicates", "communicate", "speaks",
         "speak", "plays", "play", "pairs", "pair", "meshes", "mesh", "ties", "tie", "hooks",
         "hook", "compatible", "interoperable", "integrated", "coupled"}
_TALK_FILL = {"well", "nicely", "directly", "natively", "seamlessly", "tightly", "very", "fully",
              "closely", "up", "in", "is", "are", "can", "also", "easily", "both", "be"}
_TIE_NOUNS = {"relationship", "integration", "integrations", "partnership", "interplay",
              "synergy", "tie-in", "affinity"}
_TOGETHER = {"work", "works", "play", "integrate", "interoperate", "fit", "go"}


def partners(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    """Two pieces of software that the words say work with each other."""
    if "partners" in off:
        return
    for a, b, words in software_pairs(doc, ents):
        if _talks_to(words) or _tied(words) or _together(doc, words, b):
            yield relation("interactsWith", a, b, doc[a.start : b.end])


def _talks_to(words: list[str]) -> bool:
    """ "X talks to Y", "X plays well with Y", "X is fully compatible with Y"."""
    core = [w for w in words if w not in _TALK_FILL]
    return len(core) == 2 and core[0] in _TALK and core[1] in {"to", "with", "into"} and (
        len(words) <= 5)


def _tied(words: list[str]) -> bool:
    """ "X has a close relationship with Y", "X has deep integration with Y"."""
    if len(words) > 6 or not words or words[0] not in {"has", "have", "had"} or words[-1] != (
            "with"):
        return False
    return any(w in _TIE_NOUNS for w in words[1:-1])


def _together(doc: Doc, words: list[str], b: Span) -> bool:
    """ "X and Y work together", "X and Y integrate out of the box"."""
    if words != ["and"]:
        return False
    after = [t.lower_ for t in doc[b.end : min(b.end + 4, b.sent.end)] if not t.is_space]
    after = [w for w in after if w not in {"can", "also", "both", "really", "will"}]
    return len(after) >= 2 and after[0] in _TOGETHER and after[1] in {"together", "seamlessly"}


_PART_WORDS = {"agent", "component", "module", "plugin", "plug-in", "driver", "scheduler",
               "controller", "frontend", "front-end", "ui", "cli", "sdk", "api", "operator",
               "sidecar", "proxy", "collector", "dashboard", "engine", "library"}


def compositions(doc: Doc, ents: list[Span], off: frozenset[str]) -> Iterator[Rel]:
    """ "Pilot, Mixer and Citadel make up the Istio control plane", "X consists of A and
    B", "Promtail, Loki's agent": the parts of a piece of software (rule: compositions)."""
    if "compositions" in off:
        return
    for a, b, words in software_pairs(doc, ents):
        core = [w for w in words if w not in {"the", "a", "an", "is", "are", "was", "were"}]
        if core in (["make", "up"], ["makes", "up"], ["made", "up"]):
            yield relation("partOf", a, b, doc[a.start : b.end])  # "A ... make up X"
        elif core in (["consists", "of"], ["consist", "of"], ["made", "up", "of"],
                      ["composed", "of"], ["comprised", "of"]):
            yield relation("partOf", b, a, doc[a.start : b.end])  # "X consists of A"
        elif words == [","] and _owned_part(doc, b):
            yield relation("partOf", a, b, doc[a.start : b.end + 2])  # "A, X's agent"


def _owned_part(doc: Doc, owner: Span) -> bool:
    k = owner.end
    return k + 1 < len(doc) and doc[k].text in {"'s", "’s"} and doc[k + 1].lower_ in _PART_WORDS
