"""`kg validate`: the graph contract as SHACL shapes. The samples' graph conforms; each kind of
breach of the contract is reported with its focus node; the command exits non-zero."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.graph.store import GraphStore
from kg.graph.validate import validate, validate_path
from tests.conftest import CORPUS, needs_corpus
from tests.helpers_build import build_into, samples_store

CKG = "https://w3id.org/conference-kg/vocab#"
POST = "https://w3id.org/conference-kg/post/"
PREFIXES = (f"PREFIX ckg: <{CKG}> PREFIX schema: <https://schema.org/> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, nlp) -> Path:
    return samples_store(tmp_path_factory, nlp)


@pytest.fixture
def copy(store_path: Path) -> ox.Store:
    """An in-memory copy of the samples' graph, to break."""
    source = ox.Store.read_only(str(store_path))
    mem = ox.Store()
    mem.extend(list(source.quads_for_pattern(None, None, None, None)))
    return mem


def first(store: ox.Store, select: str, *names: str) -> list[str]:
    """The first row of a query on the union of the post graphs."""
    row = next(iter(store.query(PREFIXES + select, use_default_graph_as_union=True)))
    return [row[n].value for n in names]


def update(store: ox.Store, text: str) -> None:
    store.update(PREFIXES + text)


def test_the_samples_graph_conforms(store_path: Path, capsys) -> None:
    assert main(["validate", "--store", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"store {store_path}: conforms to the graph contract"


def test_an_in_memory_graph_validates_through_the_api(samples_graph) -> None:
    report = samples_graph.validate()
    assert report.conforms, report.violations


# Each breach: a SPARQL update that makes it, and what the report must then say.
def wrong_relation_types(store: ox.Store) -> tuple[str, str]:
    person, software = first(store, "SELECT ?p ?s WHERE { ?p a schema:Person . "
                                    "?s a schema:SoftwareApplication }", "p", "s")
    post = first(store, "SELECT ?g WHERE { ?g a schema:BlogPosting }", "g")[0]
    update(store, f"INSERT DATA {{ GRAPH <{post}> {{ <{person}> schema:performer <{software}> "
                 "} }")
    return person, "presenter: Session schema:performer Person"


def two_labels(store: ox.Store) -> tuple[str, str]:
    (entity,) = first(store, "SELECT ?e WHERE { ?e a schema:Organization }", "e")
    post = first(store, "SELECT ?g WHERE { ?g a schema:BlogPosting }", "g")[0]
    update(store, f'INSERT DATA {{ GRAPH <{post}> {{ <{entity}> rdfs:label "Another Name" }} }}')
    return entity, "an entity has exactly one rdfs:label"


def two_types(store: ox.Store) -> tuple[str, str]:
    (entity,) = first(store, "SELECT ?e WHERE { ?e a schema:Organization }", "e")
    post = first(store, "SELECT ?g WHERE { ?g a schema:BlogPosting }", "g")[0]
    update(store, f"INSERT DATA {{ GRAPH <{post}> {{ <{entity}> a schema:Place }} }}")
    return entity, "an entity has exactly one type"


def offsets_past_the_source(store: ox.Store) -> tuple[str, str]:
    mention, length = first(store, "SELECT ?m ?n WHERE { ?m a ckg:Mention ; ckg:inPost ?p . "
                                   "?p ckg:sourceLength ?n }", "m", "n")
    update(store, f"DELETE {{ GRAPH ?g {{ <{mention}> ckg:end ?e ; ckg:sentenceEnd ?se }} }} "
                 f"INSERT {{ GRAPH ?g {{ <{mention}> ckg:end {int(length) + 5} ; "
                 f"ckg:sentenceEnd {int(length) + 9} }} }} "
                 f"WHERE {{ GRAPH ?g {{ <{mention}> ckg:end ?e ; ckg:sentenceEnd ?se }} }}")
    return mention, "evidence ends past the end of its post's source file"


def start_after_end(store: ox.Store) -> tuple[str, str]:
    (mention,) = first(store, "SELECT ?m WHERE { ?m a ckg:Mention }", "m")
    update(store, f"DELETE {{ GRAPH ?g {{ <{mention}> ckg:start ?s }} }} "
                 f"INSERT {{ GRAPH ?g {{ <{mention}> ckg:start ?e }} }} "
                 f"WHERE {{ GRAPH ?g {{ <{mention}> ckg:start ?s ; ckg:end ?e }} }}")
    return mention, "evidence starts at an offset >= 0, before its end"


def post_graph_without_its_posting(store: ox.Store) -> tuple[str, str]:
    post = first(store, "SELECT ?g WHERE { ?g a schema:BlogPosting }", "g")[0]
    update(store, f"DELETE DATA {{ GRAPH <{post}> {{ <{post}> a schema:BlogPosting }} }}")
    return post, "the post's named graph does not hold its schema:BlogPosting"


def half_written_graph(store: ox.Store) -> tuple[str, str]:
    update(store, f'INSERT DATA {{ GRAPH <{POST}ghost.md> {{ <{POST}ghost.md#m0.0> '
                 'ckg:text "half" } }')
    return f"{CKG}manifest", "a named graph that is not a post's graph with its " \
                             "schema:BlogPosting"


def mention_of_a_non_entity(store: ox.Store) -> tuple[str, str]:
    (mention,) = first(store, "SELECT ?m WHERE { ?m a ckg:Mention }", "m")
    update(store, f"DELETE {{ GRAPH ?g {{ <{mention}> ckg:mentionOf ?e }} }} "
                 f"INSERT {{ GRAPH ?g {{ <{mention}> ckg:mentionOf <{POST}nothing> }} }} "
                 f"WHERE {{ GRAPH ?g {{ <{mention}> ckg:mentionOf ?e }} }}")
    return f"{POST}nothing", "not an entity of one of the six types"


BREACHES = [wrong_relation_types, two_labels, two_types, offsets_past_the_source,
            start_after_end, post_graph_without_its_posting, half_written_graph,
            mention_of_a_non_entity]


@pytest.mark.parametrize("breach", BREACHES, ids=lambda f: f.__name__)
def test_each_breach_of_the_contract_is_reported_at_its_focus_node(copy: ox.Store,
                                                                     breach) -> None:
    focus, message = breach(copy)
    report = validate(copy)
    assert not report.conforms
    assert (focus, message) in {(v.focus, v.message) for v in report.violations}, \
        [str(v) for v in report.violations]


def test_validate_a_file_prints_each_violation_and_exits_1(copy: ox.Store, tmp_path: Path,
                                                           capsys) -> None:
    focus, message = two_labels(copy)
    path = tmp_path / "broken.trig"
    copy.dump(str(path), format=ox.RdfFormat.TRIG)
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{focus} (rdfs:label): {message}" in lines
    assert lines[-1] == f"file {path}: 1 violation of the graph contract"


def test_validate_errors_are_one_line(tmp_path: Path, capsys) -> None:
    assert main(["validate", "--store", str(tmp_path / "nowhere")]) == 1
    assert "no graph store at" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {bad}: cannot be read as turtle") and err.count("\n") == 1


# What the extractor (kg/nlp) still gets wrong on the devblog, left for its owner, keyed by
# focus node (a mention by its post, so renumbered mentions still match); the list may only
# shrink. Empty since one label per entity is chosen corpus-wide (tests/test_labels.py):
# "Mac"/"MAC" and "Rackspace"/"RackSpace" had made two labels on one node.
KNOWN_FROM_NLP: set[tuple[str, str]] = set()


@needs_corpus
@pytest.mark.corpus
def test_the_devblog_graph_keeps_the_contract(tmp_path: Path, nlp) -> None:
    where = tmp_path / "store"
    store = GraphStore(where)
    try:
        report = build_into(store, nlp, CORPUS)
    finally:
        store.close()
    assert report.built > 600
    found = {(v.focus.split("#")[0], v.message) for v in validate_path(where, store=True)
             .violations}
    assert found <= KNOWN_FROM_NLP, sorted(found - KNOWN_FROM_NLP)
