"""Entity resolution: the mentions of one post grouped into entities with one key each.

Within a post "Rob" after "Rob Hirschfeld" is the same person, "OCP" after
"Open Compute Project (OCP)" the same project, and a gazetteer alias ("K8s")
the same thing as its canonical name. Across posts, an entity's key is its
type and normalised canonical name, so the graph gives the same real-world
thing the same IRI in every post that names it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.names.byuse import platform
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.names.gazetteer import DEFAULT_DIR, Gazetteer
from kg.nlp.records import relations, text_of

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-"})


def normalise(name: str) -> str:
    """The scorer's normalisation: case, quotes and dashes, leading "the", trailing "'s"."""
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES).lower().strip()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    return s.strip()


def entity_key(type_: str, name: str) -> str:
    return f"{type_}:{normalise(name)}"


@dataclass
class Cluster:
    """The resolver's working set for one thing: the post's spans of it and what is
    known of it, until it becomes one entity record on the Doc."""

    type: str
    name: str
    author: bool = False
    spans: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    same_as: set[str] = field(default_factory=set)
    properties: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name)


class Resolver:
    """Writes ``doc._.kg_entities`` and sets each kept span's ``kb_id_`` to its entity key."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get(ENT_KEY, []))
        clusters: dict[str, Cluster] = {}
        persons_short: list[Span] = []
        types = self._vote_types(spans)
        for span in spans:
            type_ = span.label_ if span.label_ == "Session" else types.get(span.text, span.label_)
            if type_ == "Person" and len(span.text.split()) == 1:
                persons_short.append(span)
                continue
            name = self._canonical(span, type_)
            key = entity_key(type_, name)
            cluster = clusters.get(key)
            if cluster is None:
                cluster = clusters[key] = Cluster(type_, name)
                entry = self.gazetteer.canonical(name, type_)
                if entry and entry.wikidata:
                    cluster.same_as.add(f"http://www.wikidata.org/entity/{entry.wikidata}")
            cluster.spans.append(span)
            if span.text != name:
                cluster.aliases.add(span.text)
        self._attach_short_persons(persons_short, clusters)
        self._session_aliases(doc, clusters)
        self._acronyms(doc, clusters)
        self._short_product_events(clusters)
        self._event_editions(clusters)
        self._authors(doc, clusters)
        self._title_events(doc, clusters)
        out = []
        kept = []
        for cluster in clusters.values():
            cluster.spans = [Span(doc, s.start, s.end, label=cluster.type, kb_id=cluster.key)
                             for s in cluster.spans]
            kept.extend(cluster.spans)
            out.append(
                {
                    "key": cluster.key,
                    "type": cluster.type,
                    "name": cluster.name,
                    "aliases": sorted(a for a in cluster.aliases if normalise(a) != normalise(
                        cluster.name)),
                    "mentions": sorted({(s.start_char, s.end_char) for s in cluster.spans}),
                    "same_as": sorted(cluster.same_as),
                    "properties": cluster.properties,
                    "author": cluster.author,
                }
            )
        doc.spans[ENT_KEY] = sorted(kept, key=lambda s: (s.start, -len(s)))
        doc._.kg_entities = out
        return doc

    def _vote_types(self, spans: list[Span]) -> dict[str, str]:
        """One type per surface form: the lists' type if they know it, else the majority."""
        votes: dict[str, Counter[str]] = {}
        for span in spans:
            if span.label_ == "Session":
                continue
            votes.setdefault(span.text, Counter())[span.label_] += 1
        out = {}
        for text, counter in votes.items():
            # A platform's type comes from its use in the post, not from the lists.
            known = [] if platform(text) else [
                t for t in counter if self.gazetteer.canonical(text, t)]
            out[text] = known[0] if len(known) == 1 else counter.most_common(1)[0][0]
        return out

    def _canonical(self, span: Span, type_: str) -> str:
        if type_ == "Session":
            text = span.kb_id_ or span.text.strip()
            quoted = len(text) > 2 and text[0] in "\"“'" and text[-1] in "\"”'"
            return text[1:-1] if quoted else text
        # The entry an earlier component chose ("EBS" after "Oracle EBS") before the one
        # the words name alone.
        if span.kb_id_ and span.label_ == type_ and type_ != "Person" and span.kb_id_ != (
                span.text) and (known := self.gazetteer.canonical(span.kb_id_, type_)):
            return known.name
        entry = self.gazetteer.canonical(span.text, type_)
        if entry:
            return entry.name
        if span.kb_id_ and span.label_ == type_ and type_ != "Person":
            known = self.gazetteer.canonical(span.kb_id_, type_)
            if known:
                return known.name
        name = re.sub(r"\s+", " ", span.text).strip()
        return name if type_ == "Person" else self._casing(name, span.kb_id_)

    def _casing(self, name: str, kb_id: str) -> str:
        """The listed casing of a name written otherwise ("Github", "twitter"), whatever
        type the lists give it: one node, one label, in every post."""
        low = normalise(name)
        listed = [e.name for e in self.gazetteer.lookup(name)]
        for cand in (kb_id, platform(name) or "", *listed):
            if cand and normalise(cand) == low:
                return cand
        return name

    @staticmethod
    def _attach_short_persons(short: list[Span], clusters: dict[str, Cluster]) -> None:
        people = [c for c in clusters.values() if c.type == "Person"]
        for span in short:
            word = span.text
            matches = [c for c in people
                       if word in (c.name.split()[0], c.name.split()[-1])]
            if len(matches) == 1:
                matches[0].spans.append(span)
                matches[0].aliases.add(word)
            elif not matches and span.kb_id_:
                # One given name linked to a profile: the person the post knows by it.
                key = entity_key("Person", word)
                clusters.setdefault(key, Cluster("Person", word)).spans.append(span)
                people = [c for c in clusters.values() if c.type == "Person"]

    @staticmethod
    def _session_aliases(doc: Doc, clusters: dict[str, Cluster]) -> None:
        """A session the post only describes ("X talk", "M3 session") answers to "talk",
        "keynote", "session" and "presentation" alike, and to its presenters' names with
        each: the word a writer picks for the kind says little."""
        presenters: dict[int, set[str]] = {}
        for rel in relations(doc):
            if rel.name == "presenter" and rel.o.start >= 0:  # the author has no mention
                presenters.setdefault(rel.s.start, set()).add(text_of(doc)[rel.o.start:rel.o.end])
        for cluster in clusters.values():
            if cluster.type != "Session":
                continue
            cluster.aliases = {a for a in cluster.aliases if len(a.split()) > 1}
            if m := _KIND_PREFIX.match(cluster.name):  # "Keynote: Opening Remarks"
                cluster.aliases.add(m.group(1))
            head, _, kind = cluster.name.rpartition(" ")
            described = bool(head) and kind.lower() in SESSION_KINDS
            if described:
                cluster.aliases.update(f"{head} {k}" for k in SESSION_KINDS)
            for span in cluster.spans:
                for person in presenters.get(span.start_char, ()):
                    if described or person.lower() in cluster.name.lower():
                        cluster.aliases.update(f"{person} {k}" for k in SESSION_KINDS)

    @staticmethod
    def _event_editions(clusters: dict[str, Cluster]) -> None:
        """ "PuppetConf" in a post about "PuppetConf 2012" is that edition."""
        events = [c for c in clusters.values() if c.type == "Event"]
        for short in events:
            longer = [c for c in events if c is not short
                      and c.name.lower().startswith(short.name.lower() + " ")]
            if len(longer) > 1:  # "KubeCon 2019" and "KubeCon US": the dated edition
                longer = [c for c in longer if re.search(r"\b(?:19|20)\d\d$", c.name)]
            if len(longer) == 1:
                longer[0].spans.extend(short.spans)
                longer[0].aliases.add(short.name)
                longer[0].aliases.update(short.aliases)
                del clusters[short.key]

    @staticmethod
    def _acronyms(doc: Doc, clusters: dict[str, Cluster]) -> None:
        """"Open Compute Project (OCP)": the bracketed initials are an alias of the name."""
        for cluster in list(clusters.values()):
            if cluster.type in {"Person", "Session"}:
                continue
            for span in list(cluster.spans):
                end = span.end
                if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                    acr = doc[end + 1].text
                    initials = "".join(w[0] for w in cluster.name.split() if w[:1].isupper())
                    if acr.isupper() and len(acr) >= 2 and acr == initials:
                        cluster.aliases.add(acr)
            for other_key, other in list(clusters.items()):
                if other is cluster or other.type != cluster.type:
                    continue
                if other.name in cluster.aliases:
                    cluster.spans.extend(other.spans)
                    del clusters[other_key]

    def _short_product_events(self, clusters: dict[str, Cluster]) -> None:
        """ "GCP Summit" beside "Google Cloud Platform Summit": an event named after a
        product's listed short form is the one named after its full name."""
        events = [c for c in clusters.values() if c.type == "Event"]
        for short in events:
            first, _, rest = short.name.partition(" ")
            full = next((e.name for e in self.gazetteer.lookup(first) if e.name != first), "")
            longer = [c for c in events if rest and full and c.name == f"{full} {rest}"]
            if longer and short.key in clusters:
                longer[0].spans.extend(short.spans)
                longer[0].aliases.update({short.name, *short.aliases})
                del clusters[short.key]

    @staticmethod
    def _title_events(doc: Doc, clusters: dict[str, Cluster]) -> None:
        """A post whose body names no event is about the one its title names."""
        if any(c.type == "Event" for c in clusters.values()):
            return
        for name in (doc._.kg_meta or {}).get("title_events", ())[:1]:
            clusters.setdefault(entity_key("Event", name), Cluster("Event", name))

    def _authors(self, doc: Doc, clusters: dict[str, Cluster]) -> None:
        for author in (doc._.kg_meta or {}).get("authors", ()):
            name = author.get("name")
            if not name:
                continue
            key = entity_key("Person", name)
            cluster = clusters.get(key)
            if cluster is None:
                cluster = clusters[key] = Cluster("Person", name)
            cluster.author = True
            if author.get("twitter"):
                cluster.same_as.add(f"https://twitter.com/{author['twitter']}")
            if author.get("github"):
                cluster.same_as.add(f"https://github.com/{author['github']}")
            if author.get("job"):
                cluster.properties["jobTitle"] = author["job"]


SESSION_KINDS = ("talk", "keynote", "presentation", "session")
_KIND_PREFIX = re.compile(r"^(?:sponsored\s+|opening\s+|closing\s+)?(?:keynote|talk|session|panel|"
                          r"workshop|lightning talk|tutorial|deep dive)\s*:\s*(.{3,})$", re.I)


@Language.factory("kg_resolver", default_config={"directory": None})
def make_resolver(nlp: Language, name: str, directory: str | None) -> Resolver:
    return Resolver(Gazetteer.from_dir(directory or DEFAULT_DIR))
