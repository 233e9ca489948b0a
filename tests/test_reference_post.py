"""The facts issue 4 names, asked of the graph of one real post by SPARQL, as a user would."""

from __future__ import annotations

import pytest

from tests.conftest import needs_corpus

pytestmark = needs_corpus

ASK_RELATION = """
ASK {{
  ?s rdfs:label|skos:altLabel ?sl . FILTER(LCASE(STR(?sl)) = LCASE("{s}"))
  ?o rdfs:label|skos:altLabel ?ol . FILTER(LCASE(STR(?ol)) = LCASE("{o}"))
  ?s {p} ?o .
}}
"""


def ask(graph, s: str, p: str, o: str) -> bool:
    return graph.query(ASK_RELATION.format(s=s, p=p, o=o))


def test_speakers_of_the_cloud_foundry_session(reference_graph) -> None:
    rows = reference_graph.query("""
        SELECT ?speaker WHERE {
          ?session a ckg:Session ; schema:about ?topic ; schema:performer ?p .
          ?topic rdfs:label "Cloud Foundry" . ?p a schema:Person ; rdfs:label ?speaker .
        }""")
    assert {str(r.speaker) for r in rows} >= {"Ferran Rodenas", "Dekel Tankel"}


def test_rob_hirschfeld_presented_continuous_deployment_session(reference_graph) -> None:
    rows = reference_graph.query("""
        SELECT ?title WHERE {
          ?session a ckg:Session ; rdfs:label ?title ; schema:performer ?p .
          ?p rdfs:label "Rob Hirschfeld" .
        }""")
    titles = [str(r.title).lower() for r in rows]
    assert any("upgrading openstack" in t and "continuous deployment" in t for t in titles)


@pytest.mark.parametrize(("s", "p", "o"), [
    ("Cloud Foundry", "ckg:uses", "BOSH"),
    ("Cloud Foundry", "ckg:runsOn", "OpenStack"),
    ("Cloud Foundry", "schema:creator", "VMware"),
    ("Grenade", "schema:isPartOf", "OpenStack"),
])
def test_software_relations(reference_graph, s: str, p: str, o: str) -> None:
    assert ask(reference_graph, s, p, o)


@pytest.mark.parametrize("other", ["Cinder", "Glance"])
def test_nova_interacts_with(reference_graph, other: str) -> None:
    assert ask(reference_graph, "Nova", "ckg:interactsWith", other) or ask(
        reference_graph, other, "ckg:interactsWith", "Nova")


def test_relations_keep_their_evidence(reference_graph) -> None:
    rows = list(reference_graph.query("""
        SELECT ?sentence ?start ?end WHERE {
          ?r a ckg:RelationEvidence ; rdf:predicate ckg:uses ; rdf:subject ?s ; rdf:object ?o ;
             ckg:sentence ?sentence ; ckg:start ?start ; ckg:end ?end .
          ?s rdfs:label "Cloud Foundry" . ?o rdfs:label "BOSH" .
        }"""))
    assert rows
    from tests.conftest import REFERENCE_POST

    raw = REFERENCE_POST.read_text(encoding="utf-8")
    for row in rows:
        quoted = raw[int(row.start):int(row.end)]
        assert "BOSH" in quoted and "BOSH" in str(row.sentence)


def test_every_statement_is_in_the_posts_named_graph(reference_graph) -> None:
    rows = list(reference_graph.query("""
        SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"""))
    posts = list(reference_graph.query(
        "SELECT ?post WHERE { ?post a schema:BlogPosting }"))
    assert len(posts) == 1
    graphs = {str(r.g) for r in rows}
    assert str(posts[0].post) in graphs
