"""RDF exports: every format parses back to the same statements; `kg export -f X -o file`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

import kg
from kg.cli import main
from kg.errors import ExportError
from kg.explore.export import ALIASES, FORMATS
from kg.graph.export import RDF_FORMATS, write
from tests.helpers_build import norm, quad_set, samples_store, triple_set

PARSER = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt",
          "json-ld": "json-ld"}
QUAD_FORMATS = [f for f, (_, quads, _) in RDF_FORMATS.items() if quads]
TRIPLE_FORMATS = [f for f, (_, quads, _) in RDF_FORMATS.items() if not quads]


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp) -> str:
    return str(samples_store(tmp_path_factory, nlp))


@pytest.fixture(scope="module")
def original(store: str) -> dict:
    """What the store holds: its quads, its union of triples and each named graph."""
    with kg.open(store) as graph:
        ds = graph.dataset
        graphs = {}
        for g in ds.graphs():
            if len(g):
                copy = Graph()
                for s, p, o in g:
                    copy.add((norm(s), norm(p), norm(o)))
                graphs[g.identifier] = copy
        return {"quads": quad_set(ds), "union": triple_set(ds), "graphs": graphs,
                "size": len(ds)}


def parse_dataset(data: bytes, fmt: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=data, format=PARSER[fmt])
    return ds


def exported(store: str, fmt: str) -> bytes:
    buf = io.BytesIO()
    with kg.open(store) as graph:
        graph.export(fmt, buf)
    return buf.getvalue()


def test_all_five_formats_are_offered() -> None:
    assert set(RDF_FORMATS) == {"turtle", "trig", "nquads", "ntriples", "json-ld"}


@pytest.mark.parametrize("fmt", QUAD_FORMATS)
def test_quad_formats_keep_every_named_graph(store: str, original: dict, fmt: str) -> None:
    back = parse_dataset(exported(store, fmt), fmt)
    got = {q for q in quad_set(back) if str(q[3]) != "urn:x-rdflib:default"}
    assert len(got) == len(original["quads"]) > 500
    assert got == original["quads"]
    for name, graph in original["graphs"].items():
        parsed = Graph()
        for s, p, o in back.graph(name):
            parsed.add((norm(s), norm(p), norm(o)))
        assert isomorphic(parsed, graph), name


@pytest.mark.parametrize("fmt", TRIPLE_FORMATS)
def test_triple_formats_write_the_union(store: str, original: dict, fmt: str) -> None:
    back = Graph()
    back.parse(data=exported(store, fmt), format=PARSER[fmt])
    assert len(back) == original["size"] == len(original["union"])
    assert triple_set(back) == original["union"]


RDF_ALIASES = [a for a, name in ALIASES.items() if FORMATS[name].kind == "rdf"]


def test_the_registry_holds_every_rdf_format_and_its_aliases() -> None:
    assert {n for n, f in FORMATS.items() if f.kind == "rdf"} == set(RDF_FORMATS)
    assert set(RDF_ALIASES) == {"ttl", "nq", "nt", "jsonld"}


@pytest.mark.parametrize("fmt", [*RDF_FORMATS, *RDF_ALIASES])
def test_cli_export_to_a_file(capsys, store: str, original: dict, tmp_path: Path,
                              fmt: str) -> None:
    name = ALIASES.get(fmt, fmt)
    target = tmp_path / "out" / f"graph{RDF_FORMATS[name][2]}"
    code = main(["export", "--store", store, "-f", fmt, "-o", str(target)])
    out, err = capsys.readouterr()
    assert code == 0 and out == "" and f"wrote {target}" in err
    data = target.read_bytes()
    if name in QUAD_FORMATS:
        back = parse_dataset(data, name)
        assert len({q for q in quad_set(back)
                    if str(q[3]) != "urn:x-rdflib:default"}) == len(original["quads"])
    else:
        back = Graph()
        back.parse(data=data, format=PARSER[name])
        assert len(back) == original["size"]


def test_cli_export_to_standard_output(capsysbinary, store: str, original: dict) -> None:
    code = main(["export", "--store", store, "--format", "ntriples"])
    out = capsysbinary.readouterr().out
    assert code == 0
    back = Graph()
    back.parse(data=out, format="nt")
    assert len(back) == original["size"]


def test_turtle_export_uses_the_project_prefixes(store: str) -> None:
    text = exported(store, "turtle").decode("utf-8")
    assert "@prefix schema: <https://schema.org/>" in text
    assert "@prefix ckg: <https://w3id.org/conference-kg/vocab#>" in text


def test_unknown_format_and_unwritable_target(tmp_path: Path, capsys, store: str) -> None:
    with pytest.raises(ExportError, match="unknown RDF format"):
        write(Dataset(), "rdf-xml-please", io.BytesIO())
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = main(["export", "--store", store, "-f", "turtle", "-o", str(blocker / "g.ttl")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("kg: error: cannot write") and "Traceback" not in err
