"""The project's own terms, mirrored from ``data/vocab.ttl`` (a test keeps the two in step)."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/conference-kg/"
SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
ID = Namespace(BASE + "id/")
POST = Namespace(BASE + "post/")


class CKG(DefinedNamespace):
    """Conference knowledge graph vocabulary."""

    _fail = True
    _NS = Namespace(BASE + "vocab#")

    Session: URIRef
    Mention: URIRef
    RelationEvidence: URIRef
    Description: URIRef
    uses: URIRef
    runsOn: URIRef
    interactsWith: URIRef
    mentionOf: URIRef
    describes: URIRef
    entityType: URIRef
    name: URIRef
    alias: URIRef
    inPost: URIRef
    text: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    sourceLength: URIRef
    manifest: URIRef
    contentHash: URIRef
    extractor: URIRef
    sourcePath: URIRef


PREFIXES = {
    "ckg": str(CKG._NS),
    "schema": str(SCHEMA),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WIKIDATA),
    "id": str(ID),
    "post": str(POST),
}
