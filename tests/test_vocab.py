"""The project vocabulary: kg/graph/vocab.py and data/vocab.ttl define the same terms, fully."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.graph.vocab import CKG, PREFIXES, SCHEMA
from tests.conftest import ROOT

VOCAB_TTL = ROOT / "data" / "vocab.ttl"
NS = str(CKG._NS)
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


@pytest.fixture(scope="module")
def ttl() -> Graph:
    g = Graph()
    g.parse(VOCAB_TTL, format="turtle")
    return g


def python_terms() -> set[URIRef]:
    return {CKG[name] for name in CKG.__annotations__}


def ttl_terms(ttl: Graph) -> set[URIRef]:
    return {s for s in ttl.subjects()
            if isinstance(s, URIRef) and s.startswith(NS) and s != URIRef(NS)}


def test_the_python_namespace_is_the_ttl_namespace(ttl: Graph) -> None:
    assert dict(ttl.namespaces())["ckg"] == URIRef(NS)
    assert PREFIXES["ckg"] == NS and PREFIXES["schema"] == str(SCHEMA)
    assert (URIRef(NS), RDF.type, OWL.Ontology) in ttl


def test_every_python_term_is_defined_in_the_ttl(ttl: Graph) -> None:
    missing = python_terms() - ttl_terms(ttl)
    assert not missing


def test_every_ttl_term_is_in_the_python_namespace(ttl: Graph) -> None:
    extra = ttl_terms(ttl) - python_terms()
    assert not extra


def test_every_term_has_a_type_a_label_and_a_comment(ttl: Graph) -> None:
    for term in python_terms():
        assert ttl.value(term, RDF.type) is not None, term
        labels = list(ttl.objects(term, RDFS.label))
        comments = list(ttl.objects(term, RDFS.comment))
        assert len(labels) == 1 and str(labels[0]).strip(), term
        assert len(comments) == 1 and len(str(comments[0])) > 15, term


def test_every_property_has_a_domain_or_a_range(ttl: Graph) -> None:
    properties = {t for t in python_terms() if set(ttl.objects(t, RDF.type)) & PROPERTY_TYPES}
    assert len(properties) >= 14
    for prop in properties:
        assert (ttl.value(prop, RDFS.domain), ttl.value(prop, RDFS.range)) != (None, None), prop


def test_classes_are_classes_and_the_relations_are_object_properties(ttl: Graph) -> None:
    for cls in (CKG.Session, CKG.Mention, CKG.RelationEvidence):
        assert (cls, RDF.type, OWL.Class) in ttl
    assert (CKG.Session, RDFS.subClassOf, SCHEMA.Event) in ttl
    for rel in (CKG.uses, CKG.runsOn, CKG.interactsWith, CKG.mentionOf, CKG.inPost):
        assert (rel, RDF.type, OWL.ObjectProperty) in ttl
    for rel in (CKG.runsOn, CKG.interactsWith):
        assert ttl.value(rel, RDFS.domain) == SCHEMA.SoftwareApplication
        assert ttl.value(rel, RDFS.range) == SCHEMA.SoftwareApplication
    assert (CKG.interactsWith, RDF.type, OWL.SymmetricProperty) in ttl


def test_an_undefined_term_raises() -> None:
    assert CKG.uses == URIRef(NS + "uses")
    with pytest.raises(AttributeError):
        _ = CKG.usedBy
    with pytest.raises(AttributeError, match="not in namespace"):
        _ = CKG["presenterOf"]


def test_every_ckg_term_in_a_built_graph_is_defined(samples_graph, ttl: Graph) -> None:
    used = set()
    for _, p, o in samples_graph.dataset.triples((None, None, None)):
        used |= {t for t in (p, o) if isinstance(t, URIRef) and t.startswith(NS)}
        if p == RDF.type:
            used.add(o)
    used = {t for t in used if t.startswith(NS)}
    assert {CKG.Mention, CKG.mentionOf, CKG.Session} <= used
    assert used <= ttl_terms(ttl)
