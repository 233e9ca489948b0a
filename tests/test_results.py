"""Query results behave as rdflib's own: the same query on an rdflib Dataset is the reference.

The on-disk samples store (Oxigraph) answers through ``kg``; a plain rdflib Dataset
holding the very same quads answers through rdflib's own engine. Variables, terms,
rows, bindings and serializations must agree.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.compare import isomorphic
from rdflib.query import Result, ResultRow

import kg
from kg.errors import QueryError, UnknownVariable, UsageError
from kg.graph.vocab import PREFIXES
from tests.helpers_build import samples_store

# DISTINCT: pyoxigraph 0.5 repeats a solution once per named graph holding its triples, where
# the union default graph should be their merge (oxigraph issue 1919, fixed for 0.6).
POSTS = """SELECT DISTINCT ?post ?id ?headline ?date WHERE {
  ?post a schema:BlogPosting ; schema:identifier ?id ; schema:headline ?headline ;
        schema:datePublished ?date } ORDER BY ?id"""
COUNTS = """SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?class }
GROUP BY ?class ORDER BY ?class"""
SPEAKERS = """SELECT DISTINCT ?speaker ?session ?event WHERE {
  ?s a ckg:Session ; rdfs:label ?session ; schema:performer/rdfs:label ?speaker .
  OPTIONAL { ?s schema:superEvent/rdfs:label ?event } } ORDER BY ?speaker ?session"""
EVENTS = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a schema:Event ; rdfs:label ?l }"


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp) -> str:
    return str(samples_store(tmp_path_factory, nlp))


@pytest.fixture(scope="module")
def graph(store: str):
    with kg.open(store) as opened:
        yield opened


@pytest.fixture(scope="module")
def reference(graph) -> Dataset:
    """rdflib's own Dataset, in memory, with the same quads."""
    ds = Dataset(default_union=True)
    ds.addN((s, p, _plain(o), ds.graph(g)) for s, p, o, g in graph.dataset.quads())
    return ds


def _plain(term):
    """A literal as rdflib's parsers make it: a plain string has no datatype."""
    if isinstance(term, Literal) and str(term.datatype).endswith("#string"):
        return Literal(str(term))
    return term


def rdflib_answer(reference: Dataset, query: str, **kwargs) -> Result:
    return reference.query(query, initNs=PREFIXES, **kwargs)


@pytest.mark.parametrize("query", [POSTS, COUNTS, SPEAKERS])
def test_select_rows_are_rdflibs_rows(graph, reference, query: str) -> None:
    ours, theirs = graph.query(query), rdflib_answer(reference, query)
    assert isinstance(ours, Result) and ours.type == "SELECT"
    assert ours.vars == theirs.vars and all(isinstance(v, Variable) for v in ours.vars)
    assert len(ours) == len(theirs) > 0
    assert [tuple(r) for r in ours] == [tuple(r) for r in theirs]
    for mine, other in zip(ours, theirs, strict=True):
        assert isinstance(mine, ResultRow)
        assert mine.asdict() == other.asdict()
        for v in ours.vars:
            assert mine[str(v)] == mine[v] == getattr(mine, str(v)) == other[v]
        assert [type(t) for t in mine] == [type(t) for t in other]
    assert ours.bindings == theirs.bindings
    assert ours == theirs  # rdflib's own comparison of results


@pytest.mark.xfail(strict=True, reason="pyoxigraph 0.5 counts a triple once per named graph "
                   "in the union default graph (oxigraph issue 1919); passes once fixed")
def test_the_union_default_graph_is_a_merge(graph, reference) -> None:
    query = "SELECT ?id WHERE { ?post schema:identifier ?id }"  # also in the manifest graph
    assert len(graph.query(query)) == len(rdflib_answer(reference, query))


def test_terms_keep_their_datatypes(graph) -> None:
    row = graph.query(POSTS)[0]
    assert isinstance(row.post, URIRef)
    assert row.date.datatype == URIRef("http://www.w3.org/2001/XMLSchema#date")
    assert isinstance(row.date.toPython(), datetime.date)
    assert row.headline == Literal(str(row.headline))  # a plain string, as rdflib has it
    with pytest.raises(KeyError):
        row["nope"]
    with pytest.raises(AttributeError):
        _ = row.nope


def test_df_has_typed_values(graph) -> None:
    df = graph.df(POSTS)
    assert list(df.columns) == ["post", "id", "headline", "date"]
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert all(type(v) is str for v in df["post"])
    counts = graph.query(COUNTS).df()
    assert pd.api.types.is_integer_dtype(counts["n"])


def test_init_bindings_are_honoured_like_rdflib(graph, reference) -> None:
    ident = str(graph.query(POSTS)[1].id)
    bindings = {"id": Literal(ident)}
    ours = graph.query(POSTS, initBindings=bindings)
    theirs = rdflib_answer(reference, POSTS, initBindings=bindings)
    assert [tuple(r) for r in ours] == [tuple(r) for r in theirs]
    assert len(ours) == 1 and str(ours[0].id) == ident
    # Keyword bindings are the same thing; a str is bound as a literal.
    assert graph.query(POSTS, id=ident).bindings == ours.bindings
    assert graph.df("comentioned", initBindings={"entity": "Kubernetes"}).equals(
        graph.df("comentioned", entity="Kubernetes"))


@pytest.mark.parametrize("bindings", [{"nope": "x"}, {"?ids": "x"}])
def test_a_binding_for_a_variable_the_query_lacks_is_refused(graph, bindings) -> None:
    with pytest.raises(UnknownVariable, match=r"no variable \?(nope|ids).*\?headline") as info:
        graph.query(POSTS, initBindings=bindings)
    assert isinstance(info.value, QueryError) and isinstance(info.value, UsageError)


def test_ask_and_construct_answer_as_rdflib(graph, reference) -> None:
    assert graph.query("ASK { ?s a schema:Event }") is True
    assert graph.query("ASK { ?s a schema:Recipe }") is False
    ours = graph.query(EVENTS)
    assert isinstance(ours, Graph) and len(ours) > 0
    assert isomorphic(ours, rdflib_answer(reference, EVENTS).graph)
    assert "@prefix rdfs:" in kg.api.render(ours)  # Turtle, with the project's prefixes


def test_json_is_sparql_results_json_that_rdflib_reads_back(graph) -> None:
    rows = graph.query(POSTS)
    text = rows.format("json")
    assert list(json.loads(text)) == ["head", "results"]
    back = Result.parse(io.StringIO(text), format="json")
    assert back.vars == rows.vars and back.bindings == rows.bindings
    xml = Result.parse(io.BytesIO(rows.format("xml").encode()), format="xml")
    assert xml.bindings == rows.bindings
    assert json.loads(kg.api.render(True, "json")) == {"head": {}, "boolean": True}


def test_an_unknown_prefix_is_named(graph, samples_graph) -> None:
    for g in (graph, samples_graph):  # Oxigraph and rdflib's engine
        with pytest.raises(QueryError) as info:
            g.query("SELECT ?x WHERE { ?x foo:bar ?y ; rdfs:label 'x:y' } # nope:")
        assert str(info.value) == "query failed: unknown prefix foo:"


def test_a_cut_cell_ends_with_an_ellipsis_and_wide_shows_it_whole(graph) -> None:
    long = "x" * 80
    rows = kg.api.Rows.from_values(["text", "n"], [(long, 1), ("short", 2)])
    table = rows.format("table")
    assert "x" * 59 + "\u2026" in table and long not in table
    assert long in rows.format("table", wide=True)


# --- kg.open and export targets --------------------------------------------------------------

def test_open_without_a_path_opens_the_default_store(store, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KG_STORE", store)
    with kg.open() as opened:
        assert str(opened.store.path) == store and len(opened.query(POSTS)) == 3
    monkeypatch.delenv("KG_STORE")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(kg.KGError, match="no graph store at kg-store"):
        kg.open()
    assert not (tmp_path / "kg-store").exists()
    with kg.open(store_type="Memory") as empty:
        assert len(empty.query(POSTS)) == 0


def test_export_without_a_target_returns_the_text(graph, tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    graph.export("turtle", path)
    assert graph.export("turtle") == path.read_text(encoding="utf-8")
    buffer = io.StringIO()
    assert graph.export("graphml", buffer, view="comention") is None
    assert buffer.getvalue() == graph.export("graphml", view="comention")
    assert buffer.getvalue().startswith("<?xml")
    assert graph.export("png")[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(UsageError, match="png is binary"):
        graph.export("png", io.StringIO())


def test_a_reader_builds_and_stays_a_reader(tmp_path, samples_graph) -> None:
    from tests.helpers_build import write_post

    posts = "SELECT DISTINCT ?post WHERE { ?post a schema:BlogPosting }"
    write_post(tmp_path / "posts", "a.md", "Kubernetes runs on OpenStack.\n")
    where = tmp_path / "store"
    built = kg.build(tmp_path / "posts", store=where)
    assert built.store.read_only  # built, then opened for reading: others may read too
    with kg.open(where) as other:
        write_post(tmp_path / "posts", "b.md", "Ansible uses Python.\n")
        report = built.build([tmp_path / "posts"])
        assert report.built == 1 and built.store.read_only
        assert report.added["entities"].get("Software", 0) >= 1
        assert "added" in report.summary()
        assert len(other.query(posts)) == 1  # a reader sees the store as it was opened
    assert len(built.query(posts)) == 2
    built.close()
