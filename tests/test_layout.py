"""The layout that keeps queries fast: entity names once, in the manifest, kept as posts change.

Each post's graph describes what it names (``ckg:Description``); the manifest graph
holds each entity's class and aliases once, as the union of those descriptions, and one
label, the name most of them give, however posts are added, rebuilt and removed.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from types import SimpleNamespace

import pytest
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import SKOS

from kg.evaluate.system import OutEntity, write_post
from kg.graph.contract import MANIFEST, SHARED, post_iri
from kg.graph.query import run
from kg.graph.store import GraphStore
from kg.graph.vocab import CKG, ID

K8S = ID["software/kubernetes"]
NAMES = (RDF.type, RDFS.label, SKOS.altLabel)


@pytest.fixture(params=["Memory", "Oxigraph"])
def store(request, tmp_path) -> GraphStore:
    s = GraphStore(tmp_path / "store" if request.param == "Oxigraph" else None, request.param)
    yield s
    s.close()


def put(store: GraphStore, ident: str, *entities: tuple[str, str, tuple[str, ...]]) -> None:
    post = SimpleNamespace(identifier=ident, title=ident, date=None, categories=(), tags=(),
                           authors=(), source_length=100)
    write_post(store, post, [OutEntity(f"r{n}", kind, name, aliases)
                             for n, (kind, name, aliases) in enumerate(entities)])


def names(store: GraphStore, entity: URIRef) -> set[tuple]:
    m = store.graph(MANIFEST)
    return {(p, str(o)) for p, o in m.predicate_objects(entity)}


def described(store: GraphStore) -> set[tuple]:
    """The union of every post's descriptions, as the manifest should state it: for the
    label, the name most descriptions give (ties: the first in code point order)."""
    out = set()
    ds = store.dataset
    votes: dict[URIRef, Counter] = defaultdict(Counter)
    for d, e in ds.subject_objects(CKG.describes):
        for p, q in SHARED.items():
            if q == RDFS.label:
                votes[e].update(ds.objects(d, p))
            else:
                out |= {(e, q, o) for o in ds.objects(d, p)}
    for e, counts in votes.items():
        out.add((e, RDFS.label, min(counts, key=lambda o: (-counts[o], str(o)))))
    return out


def stated(store: GraphStore) -> set[tuple]:
    m = store.graph(MANIFEST)
    return {(s, p, o) for s, p, o in m if p in NAMES}


def test_names_are_the_union_of_the_descriptions_as_posts_come_and_go(store) -> None:
    put(store, "a.md", ("Software", "Kubernetes", ("k8s",)), ("Organization", "Tessaline", ()))
    put(store, "b.md", ("Software", "Kubernetes", ("kube",)))
    assert names(store, K8S) == {(RDF.type, "https://schema.org/SoftwareApplication"),
                                 (RDFS.label, "Kubernetes"), (SKOS.altLabel, "k8s"),
                                 (SKOS.altLabel, "kube")}
    store.remove(post_iri("a.md"))  # its alias goes; what b.md also says stays
    assert names(store, K8S) == {(RDF.type, "https://schema.org/SoftwareApplication"),
                                 (RDFS.label, "Kubernetes"), (SKOS.altLabel, "kube")}
    assert names(store, ID["organization/tessaline"]) == set()
    put(store, "b.md", ("Person", "Mara Quint", ()))  # rebuilt, no longer naming Kubernetes
    assert names(store, K8S) == set()
    assert stated(store) == described(store)


def test_post_graphs_hold_no_entity_names_and_the_union_holds_each_once(store) -> None:
    for i in range(4):
        put(store, f"p{i}.md", ("Software", "Kubernetes", ("k8s",)), ("Event", "KubeCon", ()))
    for i in range(4):
        g = store.graph(post_iri(f"p{i}.md"))
        assert not [t for t in g if t[1] in NAMES and str(t[0]).startswith(str(ID))]
        assert len(list(g.subjects(CKG.describes, K8S))) == 1
    rows = run(store.dataset, f"SELECT ?l WHERE {{ <{K8S}> rdfs:label ?l }}")
    assert [str(r.l) for r in rows] == ["Kubernetes"]  # once, not once per post
    # A join over the union meets each name once: one row per post, not 4 x 4 x 4 per post.
    posts = run(store.dataset, "SELECT ?p WHERE { ?p schema:mentions ?e . ?e a ?c ; "
                               "rdfs:label ?l ; skos:altLabel ?a }")
    assert sorted(str(r.p) for r in posts) == sorted(str(post_iri(f"p{i}.md")) for i in range(4))


def test_any_sequence_of_rebuilds_and_removals_keeps_the_union(store) -> None:
    rng = random.Random(7)
    pool = [("Software", "Kubernetes", ("k8s",)), ("Software", "Kubernetes", ("kube",)),
            ("Software", "OpenStack", ()), ("Organization", "Corvid Labs", ("Corvid",)),
            ("Person", "Ines Fallow", ("Ines",)), ("Event", "Brindle Cloud Forum 2020", ()),
            ("Software", "kubernetes", ()), ("Software", "KUBERNETES", ()),
            ("Software", "Openstack", ())]
    for step in range(25):
        ident = f"post-{rng.randrange(5)}.md"
        if rng.random() < 0.25:
            store.remove(post_iri(ident))
        else:
            put(store, ident, *rng.sample(pool, rng.randrange(1, 4)))
        assert stated(store) == described(store), step


def test_validation_holds_the_manifest_to_the_descriptions(tmp_path) -> None:
    import pyoxigraph as ox

    from kg.graph.validate import validate

    path = tmp_path / "store"
    store = GraphStore(path)
    put(store, "a.md", ("Software", "Kubernetes", ("k8s",)))
    put(store, "b.md", ("Software", "Kubernetes", ()), ("Organization", "Tessaline", ()))
    store.close()
    data = ox.Store()
    data.extend(list(ox.Store.read_only(str(path)).quads_for_pattern(None, None, None, None)))
    assert validate(data).conforms, validate(data).violations
    m = f"GRAPH <{MANIFEST}>"
    data.update(f'DELETE DATA {{ {m} {{ <{K8S}> <{SKOS.altLabel}> "k8s" }} }} ;'
                f'INSERT DATA {{ {m} {{ <{K8S}> <{RDFS.label}> "Kubernetes Engine" }} }}')
    found = {(v.message, v.value) for v in validate(data).violations}
    assert ("the manifest does not state the class or alias a description gives, or no label",
            "'k8s'") in found
    assert ("an entity's class or name in the manifest that no post's description gives",
            "'Kubernetes Engine'") in found
