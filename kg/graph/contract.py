"""The graph contract: the one place that decides the RDF shape of a post.

Everything else (queries, exports, exploration, evaluation) reads the graph
through SPARQL on the shape written here, which the README documents:

- a post is a ``schema:BlogPosting`` named graph of its own;
- an entity has one ``rdfs:label``, ``skos:altLabel`` aliases and a schema.org
  class (or ``ckg:Session``);
- relations are direct triples between entity IRIs;
- every mention and relation keeps its sentence and source offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
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

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9+#.]+", "-", s).strip("-.")
    return quote(s or "x", safe="+#.-")


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
        yield e, RDF.type, TYPE_CLASS[entity.type]
        yield e, RDFS.label, Literal(entity.name)
        for alias in entity.aliases:
            yield e, SKOS.altLabel, Literal(alias)
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
