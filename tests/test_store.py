"""The graph store: Memory and on-disk Oxigraph agree; one named graph per post; replace/remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, Literal, URIRef

from kg.errors import StoreError
from kg.graph.contract import MANIFEST, post_iri
from kg.graph.store import GraphStore
from kg.graph.vocab import CKG, SCHEMA
from tests.conftest import SAMPLES
from tests.helpers_build import build_into, quad_set, samples_store

EX = "https://example.org/"


@pytest.fixture(scope="module")
def samples_path(tmp_path_factory, nlp) -> Path:
    return samples_store(tmp_path_factory, nlp)


@pytest.fixture
def oxigraph_samples(samples_path: Path) -> GraphStore:
    store = GraphStore(samples_path)
    yield store
    store.close()


def test_memory_and_oxigraph_hold_the_same_quads(samples_graph,
                                                 oxigraph_samples: GraphStore) -> None:
    assert samples_graph.store.plugin == "Memory" and oxigraph_samples.plugin == "Oxigraph"
    memory, disk = quad_set(samples_graph.dataset), quad_set(oxigraph_samples.dataset)
    assert len(memory) > 500
    assert memory == disk
    assert len(samples_graph.dataset) == len(oxigraph_samples.dataset)


def test_one_named_graph_per_post(oxigraph_samples: GraphStore) -> None:
    ds = oxigraph_samples.dataset
    posts = set(ds.subjects(RDF.type, SCHEMA.BlogPosting))
    assert len(posts) == 3
    names = {g.identifier for g in ds.graphs()} - {URIRef("urn:x-rdflib:default")}
    assert names == posts | {MANIFEST}
    for post in posts:
        g = oxigraph_samples.graph(post)
        # The graph's name is the post's IRI, and it holds that post and no other.
        assert set(g.subjects(RDF.type, SCHEMA.BlogPosting)) == {post}
        assert set(g.objects(None, CKG.inPost)) == {post}
        ident = str(g.value(post, SCHEMA.identifier))
        assert post == post_iri(ident)
    manifest = oxigraph_samples.manifest()
    assert {post_iri(i) for i in manifest} == posts
    assert all(len(h) == 64 and len(fp) == 16 for h, fp in manifest.values())


def test_the_store_persists_across_opens(samples_path: Path) -> None:
    first = GraphStore(samples_path)
    n = len(first.dataset)
    first.close()
    second = GraphStore(samples_path)
    try:
        assert len(second.dataset) == n > 0
    finally:
        second.close()


def facts(n: int, post: URIRef) -> list[tuple]:
    return [(post, RDF.type, SCHEMA.BlogPosting), (post, SCHEMA.headline, Literal(f"v{n}"))] + [
        (URIRef(f"{EX}e{n}-{k}"), SCHEMA.name, Literal(f"thing {k}")) for k in range(n)]


def manifest_of(post: URIRef, digest: str) -> list[tuple]:
    return [(post, SCHEMA.identifier, Literal(str(post).rsplit("/", 1)[-1])),
            (post, CKG.contentHash, Literal(digest)), (post, CKG.extractor, Literal("fp"))]


@pytest.fixture(params=["Memory", "Oxigraph"])
def store(request, tmp_path: Path) -> GraphStore:
    s = GraphStore(tmp_path / "store" if request.param == "Oxigraph" else None, request.param)
    yield s
    s.close()


def test_replace_and_remove_a_post(store: GraphStore) -> None:
    a, b = post_iri("a.md"), post_iri("b.md")
    store.replace(a, facts(3, a), manifest_of(a, "h1"))
    store.replace(b, facts(2, b), manifest_of(b, "hb"))
    assert len(store.graph(a)) == 5 and len(store.graph(b)) == 4
    assert store.manifest() == {"a.md": ("h1", "fp"), "b.md": ("hb", "fp")}

    store.replace(a, facts(1, a), manifest_of(a, "h2"))
    g = store.graph(a)
    assert len(g) == 3 and str(g.value(a, SCHEMA.headline)) == "v1"
    assert (URIRef(f"{EX}e3-2"), None, None) not in store.dataset  # old statements gone
    assert store.manifest()["a.md"] == ("h2", "fp")
    assert len(store.graph(b)) == 4  # the other post is untouched

    store.remove(a)
    assert len(store.graph(a)) == 0 and set(store.manifest()) == {"b.md"}
    assert (a, None, None) not in store.dataset
    assert len(store.graph(b)) == 4


def test_replace_keeps_literals_exactly(store: GraphStore) -> None:
    p = post_iri("odd.md")
    odd = [(p, SCHEMA.headline, Literal('Quotes " and \\ backslash\nnew line — ünïcode')),
           (p, CKG.start, Literal(42)), (p, SCHEMA.inLanguage, Literal("Grüße", lang="de"))]
    store.replace(p, odd, manifest_of(p, "h"))
    g = store.graph(p)
    assert str(g.value(p, SCHEMA.headline)) == 'Quotes " and \\ backslash\nnew line — ünïcode'
    assert g.value(p, CKG.start).toPython() == 42
    assert g.value(p, SCHEMA.inLanguage) == Literal("Grüße", lang="de")


def test_store_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown store type"):
        GraphStore(None, "NoSuchPlugin")
    with pytest.raises(StoreError, match="Memory store keeps nothing on disk"):
        GraphStore(tmp_path / "x", "Memory")
    first = GraphStore(tmp_path / "busy")
    try:
        with pytest.raises(StoreError, match="another kg process"):
            GraphStore(tmp_path / "busy")
    finally:
        first.close()


def test_a_store_path_that_is_a_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-folder"
    path.write_text("x")
    with pytest.raises(StoreError, match="cannot open the store"):
        GraphStore(path)


# --- what a write leaves for the next open -----------------------------------------------------

def data_file_bytes(where: Path) -> int:
    """Bytes in Oxigraph's data files; writes not yet flushed are only in memory and in its
    write-ahead log, which the next open must replay."""
    total = 0
    for p in where.glob("*.sst"):
        try:
            total += p.stat().st_size
        except FileNotFoundError:  # compacted away between the listing and the stat
            continue
    return total


def test_a_build_leaves_nothing_to_replay(tmp_path: Path, nlp) -> None:
    """Otherwise the first open after a full build replays it all (4 s on the devblog)."""
    where = tmp_path / "store"
    store = GraphStore(where)
    try:
        before = data_file_bytes(where)
        report = build_into(store, nlp, SAMPLES)
        assert report.built == 3
        assert data_file_bytes(where) - before > 100_000  # before close, which flushes too
    finally:
        store.close()


def test_a_long_write_is_flushed_as_it_goes(tmp_path: Path, monkeypatch) -> None:
    """Oxigraph keeps unflushed writes in memory: they must not pile up over a build."""
    monkeypatch.setattr("kg.graph.store.FLUSH_BYTES", 200_000)
    where = tmp_path / "store"
    store = GraphStore(where)
    try:
        before = data_file_bytes(where)
        for i in range(20):  # about 1 MB of updates, nothing flushed by the caller
            p = post_iri(f"p{i}.md")
            store.replace(p, facts(300, p), manifest_of(p, "h"))
        assert data_file_bytes(where) - before > 200_000
        assert len(store.manifest()) == 20
    finally:
        store.close()


def test_a_build_with_a_bad_post_lets_go_of_the_store(tmp_path: Path) -> None:
    """The error of a bad post is kept in the report; it must not keep the writer open
    (RocksDB refuses a second open by the same process while the first is alive)."""
    import kg
    from tests.helpers_build import write_post

    write_post(tmp_path / "posts", "good.md", "Kubernetes runs on OpenStack.\n")
    (tmp_path / "posts" / "bad.md").write_text("no front matter here\n", encoding="utf-8")
    with kg.build(tmp_path / "posts", tmp_path / "store") as graph:
        assert graph.last_build.built == 1 and len(graph.last_build.problems) == 1
    writer = GraphStore(tmp_path / "store", create=False)  # no "lock hold by current process"
    writer.close()


NAMES = ["C# meets F#", "#1 tip: C#", "C++ & C#", "Ünïcode ☃ talk", "<script>",
         'a "quoted" {name}', "50% off | now", "..."]


def _iris_parse(names: list[str]) -> None:
    import pyoxigraph as ox

    from kg.graph.contract import entity_iri
    from kg.nlp.extraction import Entity

    iris = [entity_iri(Entity(f"{kind}:{name}", kind, name), "2024-01-01 post #2.md")
            for name in names for kind in ("Session", "Software")]
    query = f"SELECT ?e WHERE {{ VALUES ?e {{ {' '.join(i.n3() for i in iris)} }} }}"
    assert [str(row["e"].value) for row in ox.Store().query(query)] == [str(i) for i in iris]


def test_every_name_makes_an_iri_a_sparql_query_can_hold() -> None:
    """A build asks the store about the entities it wrote, by IRI: a name whose IRI does
    not parse ("C# meets F#" had two fragment marks) failed the whole build."""
    _iris_parse(NAMES)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=20))
def test_any_name_makes_an_iri_a_sparql_query_can_hold(names: list[str]) -> None:
    _iris_parse(names)
