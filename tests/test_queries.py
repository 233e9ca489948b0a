"""SPARQL: the saved queries, inline text and .rq files, output formats, errors; API and CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import kg
from kg.cli import main
from kg.errors import QueryError, UsageError
from kg.graph.query import QUERY_DIR, Rows, describe, saved_queries
from tests.helpers_build import samples_store

SAVED = sorted(saved_queries())
POSTS = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:BlogPosting }"


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp) -> str:
    return str(samples_store(tmp_path_factory, nlp))


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- the saved queries ---------------------------------------------------------------------

def test_there_are_saved_queries_each_with_a_description() -> None:
    assert {"speakers", "comentioned", "software-relations"} <= set(SAVED)
    for name in SAVED:
        assert describe(saved_queries()[name]), name


@pytest.mark.parametrize("name", SAVED)
def test_every_saved_query_runs_on_the_in_memory_samples(samples_graph, name: str) -> None:
    rows = samples_graph.query(name)
    assert isinstance(rows, Rows) and rows.columns
    assert all(len(r) == len(rows.columns) for r in rows)


@pytest.mark.parametrize("name", SAVED)
def test_every_saved_query_runs_on_the_on_disk_samples(store: str, name: str) -> None:
    with kg.open(store) as graph:
        rows = graph.query(name)
    assert isinstance(rows, Rows) and rows.columns


def _comparable(rows: Rows) -> list[tuple]:
    """Rows in a fixed order; GROUP_CONCAT lists are sets (their order is up to the engine)."""
    def cell(v: object) -> object:
        return ", ".join(sorted(v.split(", "))) if isinstance(v, str) else v
    return sorted((tuple(cell(v) for v in r) for r in rows), key=repr)


@pytest.mark.parametrize("name", SAVED)
def test_memory_and_oxigraph_answer_saved_queries_alike(samples_graph, store: str,
                                                        name: str) -> None:
    bindings = {"entity": "Kubernetes"} if name == "comentioned" else {}
    with kg.open(store) as graph:
        on_disk = graph.query(name, **bindings)
    in_memory = samples_graph.query(name, **bindings)
    assert on_disk.columns == in_memory.columns
    assert _comparable(on_disk) == _comparable(in_memory)


def test_saved_queries_find_what_the_samples_say(samples_graph) -> None:
    speakers = samples_graph.query("speakers")
    assert speakers.columns == ["speaker", "session", "event"]
    assert len(speakers) >= 3
    software = {str(r.software) for r in samples_graph.query("software-by-event")}
    assert {"Kubernetes", "Prometheus"} <= software


def test_bindings_select_the_entity(samples_graph) -> None:
    rows = samples_graph.query("comentioned", entity="Kubernetes")
    others = {str(r.other) for r in rows}
    assert "OpenStack" in others and "Kubernetes" not in others
    # One vocabulary of types for users: Software, not schema.org's SoftwareApplication.
    assert {str(r.type) for r in rows} <= {"Person", "Organization", "Software", "Event",
                                           "Place", "Session"}
    # Names match whatever the case, and an unknown name matches nothing.
    assert samples_graph.query("comentioned", entity="kUbErNeTeS").values() == rows.values()
    assert len(samples_graph.query("comentioned", entity="No Such Thing Anywhere")) == 0
    # A value is bound as a literal, never spliced into the query as SPARQL.
    assert len(samples_graph.query("comentioned", entity='Kuber" } nets')) == 0


def test_bindings_work_on_the_on_disk_store(store: str, samples_graph) -> None:
    with kg.open(store) as graph:
        rows = graph.query("comentioned", entity="Kubernetes")
        assert "OpenStack" in {str(r.other) for r in rows}
        lower = graph.query("select ?p where { ?p schema:identifier ?id }", id="no-such-post")
    assert _comparable(rows) == _comparable(samples_graph.query("comentioned",
                                                                 entity="Kubernetes"))
    assert len(lower) == 0


def test_inline_sparql_a_rq_file_and_ask(samples_graph, tmp_path: Path) -> None:
    assert samples_graph.query(POSTS)[0].n.toPython() == 3
    path = tmp_path / "posts.rq"
    path.write_text("# how many posts\n" + POSTS + "\n", encoding="utf-8")
    assert samples_graph.query(str(path)).values() == [(3,)]
    assert samples_graph.query("ASK { ?s a schema:BlogPosting }") is True
    assert samples_graph.query("ASK { ?s a schema:Recipe }") is False
    df = samples_graph.df(POSTS)
    assert list(df.columns) == ["n"] and int(df["n"][0]) == 3


@pytest.mark.parametrize(("query", "message"), [
    ("SELECT ?x WHERE { ?x a }", "query failed"),
    ("SELECT ?x WHERE { ?x undeclared:thing ?y }", "query failed"),
    ("no-such-saved-query", "neither SPARQL nor a saved query"),
    ("missing-file.rq", "no such query file"),
])
def test_bad_queries_raise_a_clear_query_error(samples_graph, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message) as info:
        samples_graph.query(query)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("query", ["SELECT ?x WHERE { ?x a }",
                                   "SELECT ?x WHERE { ?x undeclared:thing ?y }"])
def test_a_refused_query_keeps_the_engine_error_as_its_cause(samples_graph, query: str) -> None:
    with pytest.raises(QueryError) as info:
        samples_graph.query(query)
    assert info.value.__cause__ is not None


def test_the_unknown_name_error_lists_the_saved_queries(samples_graph) -> None:
    with pytest.raises(QueryError) as info:
        samples_graph.query("speekers")
    assert "speakers" in str(info.value)


def test_rows_formats(samples_graph) -> None:
    rows = samples_graph.query("speakers")
    as_csv = list(csv.reader(io.StringIO(rows.format("csv"))))
    assert as_csv[0] == rows.columns and len(as_csv) == len(rows) + 1
    as_tsv = list(csv.reader(io.StringIO(rows.format("tsv")), delimiter="\t"))
    assert as_tsv == as_csv
    as_json = json.loads(rows.format("json"))
    assert as_json["head"]["vars"] == rows.columns
    assert len(as_json["results"]["bindings"]) == len(rows)
    table = rows.format("table")
    assert table.splitlines()[0].split() == rows.columns
    assert table.endswith(f"({len(rows)} rows)")
    assert "<table>" in rows._repr_html_()
    with pytest.raises(UsageError, match="cannot write a SELECT or ASK answer as 'pdf'"):
        rows.format("pdf")


# --- the same through `kg query` ------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_cli_query_formats_agree_with_the_api(capsys, store: str, fmt: str) -> None:
    with kg.open(store) as graph:
        expected = graph.query("speakers")
    code, out, err = cli(capsys, "query", "speakers", "--store", store, "--format", fmt)
    assert code == 0 and err == ""
    strings = [["" if v is None else str(v) for v in r] for r in expected]
    if fmt == "json":
        assert json.loads(out) == json.loads(expected.format("json"))
    elif fmt == "table":
        assert out.rstrip("\n").endswith(f"({len(expected)} rows)")
    else:
        parsed = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert parsed[0] == expected.columns and parsed[1:] == strings


def test_cli_inline_sparql_rq_file_and_ask(capsys, store: str, tmp_path: Path) -> None:
    code, out, _ = cli(capsys, "query", POSTS, "--store", store, "--format", "csv")
    assert code == 0 and out == "n\n3\n"
    path = tmp_path / "count.rq"
    path.write_text(POSTS, encoding="utf-8")
    code, out, _ = cli(capsys, "query", str(path), "--store", store, "--format", "json")
    assert code == 0 and json.loads(out)["results"]["bindings"] == [{"n": {
        "type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]
    code, out, _ = cli(capsys, "query", "ASK { ?s a schema:BlogPosting }", "--store", store)
    assert code == 0 and out.strip() == "yes"


def test_cli_lists_the_saved_queries(capsys) -> None:
    code, out, _ = cli(capsys, "query", "--list")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == SAVED
    assert sorted(p.stem for p in QUERY_DIR.glob("*.rq")) == SAVED


def test_cli_param_binds_a_variable(capsys, store: str, samples_graph) -> None:
    code, out, err = cli(capsys, "query", "comentioned", "--store", store,
                         "--param", "entity=Kubernetes", "--format", "csv")
    assert code == 0, err
    expected = samples_graph.query("comentioned", entity="Kubernetes")
    assert sorted(out.splitlines()[1:]) == sorted(expected.format("csv").splitlines()[1:])


def test_cli_param_binds_a_variable_on_a_memory_store(capsys, tmp_path: Path) -> None:
    # The Memory store is empty from the CLI, but the binding itself must be accepted.
    code, out, err = cli(capsys, "query", "comentioned", "--store-type", "Memory",
                         "--param", "?entity=Kubernetes", "--format", "csv")
    assert (code, out, err) == (0, "other,type,posts\n", "")


def test_cli_param_needs_name_and_value(capsys, store: str) -> None:
    code, out, err = cli(capsys, "query", "comentioned", "--store", store, "--param", "entity")
    assert code == 2 and out == ""
    assert err.startswith("kg query: error: ") and "NAME=VALUE" in err


def test_cli_syntax_error_is_one_clear_line_and_exit_1(capsys, store: str) -> None:
    code, out, err = cli(capsys, "query", "SELECT ?x WHERE { ?x a ", "--store", store)
    assert code == 1 and out == ""
    assert err.startswith("kg: error: query failed: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_cli_bad_output_format_is_a_usage_error(capsys, store: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["query", "speakers", "--store", store, "--format", "pdf"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
