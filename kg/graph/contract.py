"""The graph contract: the one place that decides the RDF shape of a post.

Everything else (queries, exports, exploration, evaluation) reads the graph
through SPARQL on the shape written here, which the README documents:

- a post is a ``schema:BlogPosting`` named graph of its own;
- an entity has one ``rdfs:label``, ``skos:altLabel`` aliases and a schema.org
  class (or ``ckg:Session``), stated once, in the manifest graph (the graph the
  build keeps for the whole store); the label is the name most posts give it
  (:func:`relabel`), so "Mac" in one post and "mac" in another make one label;
- what each post says an entity is (its class, name and aliases) is a
  ``ckg:Description`` in the post's graph; the manifest graph holds the union
  of the descriptions' classes and aliases, and changes only where a post's
  descriptions do;
- relations are direct triples between entity IRIs;
- every mention and relation keeps its sentence and source offsets.

Why the descriptions are shared: were the class and labels repeated in every
post's graph, a join over the union of the graphs would meet each of them once
per post naming the entity (Oxigraph's union keeps those copies), and a query
joining three patterns on a popular entity would multiply its rows cubically.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg.graph.vocab import CKG, ID, POST, SCHEMA
from kg.nlp.extraction import Entity, Extraction

TYPE_CLASS = {
    "Person": SCHEMA.Person,
    "Organization": SCHEMA.Organization,
    "Software": SCHEMA.SoftwareApplication,
    "Event": SCHEMA.Event,
    "Place": SCHEMA.Place,
    "Session": CKG.Session,
}
CLASS_TYPE = {v: k for k, v in TYPE_CLASS.items()}
RELATION_PREDICATE = {
    "presenter": SCHEMA.performer,
    "about": SCHEMA.about,
    "partOfEvent": SCHEMA.superEvent,
    "affiliation": SCHEMA.affiliation,
    "createdBy": SCHEMA.creator,
    "partOf": SCHEMA.isPartOf,
    "locatedIn": SCHEMA.location,
    "uses": CKG.uses,
    "runsOn": CKG.runsOn,
    "interactsWith": CKG.interactsWith,
}
PREDICATE_RELATION = {v: k for k, v in RELATION_PREDICATE.items()}
MANIFEST = CKG.manifest
# A description's statement -> the statement it makes about the entity in the manifest graph.
SHARED = {CKG.entityType: RDF.type, CKG.name: RDFS.label, CKG.alias: SKOS.altLabel}

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def slug(name: str) -> str:
    """A name's IRI path segment. "#" is kept, percent-encoded: raw, it would start a
    fragment, and a second one ("C# and F#") makes the IRI invalid."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9+#.]+", "-", s).strip("-.")
    return quote(s or "x", safe="+.-")


def post_iri(identifier: str) -> URIRef:
    return POST[quote(identifier, safe="/-_.~")]


def entity_iri(entity: Entity, identifier: str) -> URIRef:
    """Same type and canonical name, same IRI, in every post; sessions belong to their post."""
    name = entity.key.split(":", 1)[1]
    kind = entity.type.lower()
    if entity.type == "Session":
        return ID[f"session/{slug(identifier)}/{slug(name)}"]
    return ID[f"{kind}/{slug(name)}"]


def post_triples(post, extraction: Extraction) -> Iterator[Triple]:
    """All statements of one post, to be stored in the named graph ``post_iri(identifier)``."""
    p = post_iri(post.identifier)
    yield p, RDF.type, SCHEMA.BlogPosting
    yield p, SCHEMA.identifier, Literal(post.identifier)
    yield p, SCHEMA.headline, Literal(post.title)
    yield p, CKG.sourceLength, Literal(post.source_length)
    if post.date:
        yield p, SCHEMA.datePublished, Literal(post.date.isoformat(), datatype=XSD.date)
    for word in (*post.categories, *post.tags):
        yield p, SCHEMA.keywords, Literal(word)
    iris = {e.key: entity_iri(e, post.identifier) for e in extraction.entities}
    authors = {a.name for a in post.authors}
    for n, entity in enumerate(extraction.entities):
        e = iris[entity.key]
        yield p, SCHEMA.mentions, e
        if entity.type == "Person" and entity.name in authors:
            yield p, SCHEMA.author, e
        d = URIRef(f"{p}#e{n}")
        yield d, RDF.type, CKG.Description
        yield d, CKG.describes, e
        yield d, CKG.inPost, p
        yield d, CKG.entityType, TYPE_CLASS[entity.type]
        yield d, CKG.name, Literal(entity.name)
        for alias in entity.aliases:
            yield d, CKG.alias, Literal(alias)
        for same in entity.same_as:
            pred = OWL.sameAs if "wikidata.org" in same else SCHEMA.sameAs
            yield e, pred, URIRef(same)
        for prop, value in entity.properties.items():
            yield e, SCHEMA[prop], Literal(value)
        for k, mention in enumerate(entity.mentions):
            m = URIRef(f"{p}#m{n}.{k}")
            yield m, RDF.type, CKG.Mention
            yield m, CKG.mentionOf, e
            yield m, CKG.inPost, p
            yield m, CKG.text, Literal(mention.text)
            yield m, CKG.start, Literal(mention.start)
            yield m, CKG.end, Literal(mention.end)
            yield m, CKG.sentence, Literal(mention.sentence)
            yield m, CKG.sentenceStart, Literal(mention.sentence_start)
            yield m, CKG.sentenceEnd, Literal(mention.sentence_end)
    for n, rel in enumerate(extraction.relations):
        s, o = iris.get(rel.subject), iris.get(rel.object)
        if s is None or o is None:
            continue
        pred = RELATION_PREDICATE[rel.name]
        yield s, pred, o
        r = URIRef(f"{p}#r{n}")
        yield r, RDF.type, CKG.RelationEvidence
        yield r, RDF.subject, s
        yield r, RDF.predicate, pred
        yield r, RDF.object, o
        yield r, CKG.inPost, p
        yield r, CKG.sentence, Literal(rel.evidence)
        yield r, CKG.start, Literal(rel.start)
        yield r, CKG.end, Literal(rel.end)


def manifest_triples(post, fingerprint: str) -> Iterator[Triple]:
    """What the manifest graph records of a built post."""
    p = post_iri(post.identifier)
    yield p, SCHEMA.identifier, Literal(post.identifier)
    yield p, CKG.contentHash, Literal(post.content_hash)
    yield p, CKG.extractor, Literal(fingerprint)
    yield p, CKG.sourcePath, Literal(str(post.path.resolve()))


# Each built post's manifest entry: one query, not a lookup per post (20 ms, not 0.4 s).
MANIFEST_QUERY = f"""
SELECT ?post ?id ?hash ?fp ?src WHERE {{ GRAPH {MANIFEST.n3()} {{
  ?post {SCHEMA.identifier.n3()} ?id .
  OPTIONAL {{ ?post {CKG.contentHash.n3()} ?hash }}
  OPTIONAL {{ ?post {CKG.extractor.n3()} ?fp }}
  OPTIONAL {{ ?post {CKG.sourcePath.n3()} ?src }}
}} }}"""


# --- entity descriptions, shared by the posts in the manifest graph -----------------------------

def described(triples: Iterable[Triple]) -> set[tuple[URIRef, URIRef, URIRef | Literal]]:
    """(entity, description predicate, value) for the descriptions among a post's triples."""
    triples = list(triples)
    entity = {d: e for d, pred, e in triples if pred == CKG.describes}
    return {(entity[d], pred, v) for d, pred, v in triples if pred in SHARED and d in entity}


def shared(descriptions: Iterable[tuple[URIRef, URIRef, URIRef | Literal]]) -> set[Triple]:
    """What the manifest graph says of the entities these descriptions are about."""
    return {(e, SHARED[pred], v) for e, pred, v in descriptions}


def descriptions_of(post: URIRef) -> str:
    """SPARQL: the (entity, predicate, value) rows of a post's descriptions, as stored."""
    return (f"SELECT ?e ?p ?v WHERE {{ GRAPH {post.n3()} {{ ?d {CKG.describes.n3()} ?e ; ?p ?v }}"
            f" VALUES ?p {{ {' '.join(p.n3() for p in SHARED)} }} }}")


Names = tuple[set[tuple[URIRef, Literal]], set[tuple[URIRef, Literal]]]


def shared_change(old: Iterable[tuple], new: Iterable[Triple]
                  ) -> tuple[set[Triple], set[Triple], Names]:
    """What a post's new version may take from, and adds to, the manifest graph, and the
    names it gave its entities before and gives them now.

    ``old`` answers :func:`descriptions_of` before the change; ``new`` is the post's new
    triples (none when it is removed). The second set is inserted (a statement another
    post already makes is there already, and inserting it again changes nothing); the
    first may go, but only where no post's description still makes it: see :func:`prune`.
    Names are not among them: an entity's one label is chosen from every post's names for
    it (:func:`relabel`, for the entities :func:`to_relabel` picks).
    """
    old_d, new_d = {tuple(row) for row in old}, described(new)
    before, after = (shared(d for d in ds if d[1] != CKG.name) for ds in (old_d, new_d))
    names = tuple({(e, v) for e, pred, v in d if pred == CKG.name} for d in (old_d, new_d))
    return before - after, after - before, names  # type: ignore[return-value]


def labels_of(names: Names) -> str:
    """SPARQL: the (entity, label) rows of the entities named, or "" for none."""
    entities = " ".join(sorted({e.n3() for e, _ in names[0] | names[1]}))
    return (f"SELECT ?e ?l WHERE {{ VALUES ?e {{ {entities} }} GRAPH {MANIFEST.n3()} "
            f"{{ ?e {RDFS.label.n3()} ?l }} }}") if entities else ""


def to_relabel(names: Names, labels: Iterable[tuple]) -> set[URIRef]:
    """The entities whose label a post's change of names may change; ``labels`` answers
    :func:`labels_of` before the change.

    A name that gains a post cannot lose to the others if it is the label already, and
    one that loses a post cannot unseat the label if it is not: counting the names of a
    popular entity at every post that names it would cost a full build dearly. An entity
    with no label yet, or with several (as a build before labels were chosen left them),
    is labelled in any case.
    """
    old, new = names
    have: dict[URIRef, set[str]] = {}
    for e, label in labels:
        have.setdefault(e, set()).add(str(label))
    out = {e for e, _ in old | new if len(have.get(e, ())) != 1}
    out |= {e for e, v in new - old if str(v) not in have.get(e, ())}
    out |= {e for e, v in old - new if str(v) in have.get(e, ())}
    return out


def relabel(entities: Iterable[URIRef] | None = None) -> str:
    """SPARQL Update: give each entity (default: every one) its one ``rdfs:label``.

    It is the name the most posts give it; between names as many posts give, the first
    in code point order ("Mac" before "mac"). The choice depends only on what the posts
    say now, not on the order they were built in, so a rebuild of one post and a build
    from nothing agree; an entity no post names any more loses its label.
    """
    values = ""
    if entities is not None:
        named = " ".join(sorted(e.n3() for e in entities))
        if not named:
            return ""
        values = f"VALUES ?e {{ {named} }}"
    label, m = RDFS.label.n3(), MANIFEST.n3()
    # MIN of "count-complement name": the highest count, then the first name.
    return (f"DELETE {{ GRAPH {m} {{ ?e {label} ?old }} }} WHERE {{ {values}\n"
            f"  GRAPH {m} {{ ?e {label} ?old }} }} ;\n"
            f"INSERT {{ GRAPH {m} {{ ?e {label} ?best }} }} WHERE {{\n"
            f"  {{ SELECT ?e (MIN(?key) AS ?k) WHERE {{\n"
            f"    {{ SELECT ?e ?v (COUNT(DISTINCT ?d) AS ?n) WHERE {{ {values}\n"
            f"      GRAPH ?g {{ ?d {CKG.describes.n3()} ?e ; {CKG.name.n3()} ?v }} }}"
            f" GROUP BY ?e ?v }}\n"
            f"    BIND(CONCAT(STR(1000000000 - ?n), \" \", STR(?v)) AS ?key) }} GROUP BY ?e }}\n"
            f"  BIND(STRAFTER(?k, \" \") AS ?best) }}")


_PAIRS = " ".join(f"({q.n3()} {p.n3()})" for p, q in SHARED.items())


def prune(candidates: Iterable[Triple] | None = None) -> str:
    """SPARQL Update: delete the ``candidates`` (or any entity statement) no post makes."""
    if candidates is not None:
        rows = " ".join(f"({s.n3()} {p.n3()} {o.n3()})" for s, p, o in candidates)
        if not rows:
            return ""
        match = f"VALUES (?e ?q ?v) {{ {rows} }}"
    else:
        match = f"GRAPH {MANIFEST.n3()} {{ ?e ?q ?v }}"
    return (f"DELETE {{ GRAPH {MANIFEST.n3()} {{ ?e ?q ?v }} }} WHERE {{\n  {match}\n"
            f"  VALUES (?q ?p) {{ {_PAIRS} }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?g {{ ?d {CKG.describes.n3()} ?e ; ?p ?v }} }}\n}}")
