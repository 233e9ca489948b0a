"""The shell surface of every command: --format, -o, --version, examples, exit 2, one vocabulary."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph

import kg
from kg.cli import COMMANDS, main
from kg.evaluate.system import OutEntity
from tests.helpers_build import samples_store, write_post
from tests.test_evaluate import store_of

USER_TYPES = {"Person", "Organization", "Software", "Event", "Place", "Session"}
# Commands whose output is a file's worth of text, and an argument list that makes some.
WRITERS = {
    "query": ["query", "speakers"],
    "stats": ["stats"],
    "top": ["top", "-n", "3"],
    "communities": ["communities"],
    "path": ["path", "Kubernetes", "OpenStack"],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp) -> str:
    return str(samples_store(tmp_path_factory, nlp))


def cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def helped(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    return capsys.readouterr().out


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kg {kg.api.version()}"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_an_example_and_format(capsys, command: str) -> None:
    text = helped(capsys, command)
    assert "examples:\n  kg " + command in text
    if command != "serve":  # a server, which prints where it listens and nothing else
        assert "-f FORMAT, --format FORMAT" in text, text


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - {"build", "serve"}))
def test_every_command_that_writes_takes_output(capsys, command: str) -> None:
    text = helped(capsys, command)
    assert "-o" in text and "--output" in text


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_goes_to_the_file_given(capsys, store: str, tmp_path: Path, command: str) -> None:
    argv = [*WRITERS[command], "--store", store]
    code, shown, _ = cli(capsys, *argv)
    assert code == 0 and shown
    path = tmp_path / "sub" / "out.txt"
    code, out, err = cli(capsys, *argv, "-o", path)
    assert (code, out) == (0, "") and err.startswith(f"wrote {path}\n")
    assert path.read_text(encoding="utf-8") == shown


@pytest.mark.parametrize("command", ["stats", "path", "top", "communities", "query"])
def test_json_everywhere_through_format(capsys, store: str, command: str) -> None:
    code, out, _ = cli(capsys, *WRITERS[command], "--store", store, "--format", "json")
    assert code == 0
    json.loads(out)


# --- bad usage: exit 2 ----------------------------------------------------------------------

@pytest.mark.parametrize(("argv", "message"), [
    (["export", "-f", "pdf"], "kg export: error: unknown format 'pdf'"),
    (["export", "-f", "turtle", "--type", "Person"], "visual formats only"),
    (["query", "speakers", "--param", "nope=1"], "kg query: error: the query has no variable"),
    (["query", "speakers", "--param", "x"], "expected NAME=VALUE"),
    (["query", "speakers", "-f", "turtle"], "cannot write a SELECT or ASK answer as 'turtle'"),
    (["query", "CONSTRUCT WHERE { ?s a schema:Event }", "-f", "csv"],
     "a CONSTRUCT or DESCRIBE answer is RDF"),
    (["top", "-f", "xml"], "invalid choice"),
])
def test_bad_usage_exits_2_with_one_line(capsys, store: str, argv: list[str],
                                         message: str) -> None:
    try:
        code, out, err = cli(capsys, *argv, "--store", store)
    except SystemExit as exc:  # argparse's own
        code, (out, err) = exc.code, capsys.readouterr()
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_an_unknown_prefix_is_named(capsys, store: str) -> None:
    code, _, err = cli(capsys, "query", "SELECT ?x WHERE { ?x foo:bar ?y }", "--store", store)
    assert code == 1 and err == "kg: error: query failed: unknown prefix foo:\n"


# --- query output ---------------------------------------------------------------------------

def test_select_json_is_the_sparql_results_format(capsys, store: str) -> None:
    code, out, _ = cli(capsys, "query", "speakers", "--store", store, "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["head"]["vars"] == ["speaker", "session", "event"]
    first = data["results"]["bindings"][0]
    assert first["speaker"]["type"] == "literal" and first["speaker"]["value"]


def test_construct_and_describe_write_rdf(capsys, store: str) -> None:
    query = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a schema:Event ; rdfs:label ?l }"
    code, out, _ = cli(capsys, "query", query, "--store", store)
    assert code == 0 and out.startswith("@prefix")
    turtle = Graph().parse(data=out, format="turtle")
    code, out, _ = cli(capsys, "query", query, "--store", store, "-f", "nt")
    assert len(turtle) == len(Graph().parse(data=out, format="nt")) > 0
    event = next(iter(turtle.subjects()))
    code, out, _ = cli(capsys, "query", f"DESCRIBE <{event}>", "--store", store)
    assert code == 0 and str(event) in out and "schema:Event" in out


def test_a_cut_table_cell_ends_with_an_ellipsis(capsys, store: str) -> None:
    query = "SELECT (CONCAT(?h, ?h, ?h) AS ?long) WHERE { ?p schema:headline ?h } LIMIT 1"
    code, out, _ = cli(capsys, "query", query, "--store", store)
    line = out.splitlines()[2]
    assert code == 0 and line.endswith("\u2026") and len(line) == 60
    code, out, _ = cli(capsys, "query", query, "--store", store, "--wide")
    assert len(out.splitlines()[2]) > 60 and "\u2026" not in out


# --- one vocabulary of types ----------------------------------------------------------------

def test_types_are_named_alike_everywhere(capsys, store: str) -> None:
    seen: dict[str, set[str]] = {}
    _, out, _ = cli(capsys, "stats", "--store", store, "-f", "json")
    seen["stats"] = set(json.loads(out)["entities"])
    _, out, _ = cli(capsys, "top", "-n", "50", "--store", store, "-f", "csv")
    seen["top"] = {row["type"] for row in csv.DictReader(io.StringIO(out))}
    _, out, _ = cli(capsys, "query", "comentioned", "--param", "entity=Kubernetes",
                    "--store", store, "-f", "csv")
    seen["comentioned"] = {row["type"] for row in csv.DictReader(io.StringIO(out))}
    for where, types in seen.items():
        assert types and types <= USER_TYPES, where
    assert "Software" in seen["stats"] and "Software" in seen["top"]


# --- build summary --------------------------------------------------------------------------

def test_the_build_summary_gives_what_was_added_by_type(capsys, tmp_path: Path) -> None:
    write_post(tmp_path / "posts", "a.md", "At PyCon 2019 in Cleveland, Kubernetes runs on "
               "OpenStack and Ansible uses Python.\n")
    argv = ("build", tmp_path / "posts", "--store", tmp_path / "store", "--quiet")
    code, out, _ = cli(capsys, *argv)
    added = [line for line in out.splitlines() if line.startswith("added ")]
    assert code == 0 and added[0].startswith("added ") and "entities: " in added[0]
    assert "Software" in added[0]
    with kg.open(tmp_path / "store") as graph:
        counts = graph.counts()
    assert f"added {sum(counts['entities'].values())} entities" in added[0]
    code, out, _ = cli(capsys, *argv, "-f", "json")
    summary = json.loads(out)
    assert code == 0 and summary["unchanged"] == 1
    assert summary["added"] == {"entities": {}, "relations": {}}
    (tmp_path / "posts" / "a.md").unlink()
    code, out, _ = cli(capsys, *argv)
    assert "removed 1 posts" not in out and any(ln.startswith("removed ")
                                                for ln in out.splitlines()[1:])


# --- stats --duplicates ---------------------------------------------------------------------

def test_stats_duplicates_lists_one_label_on_several_nodes(capsys, tmp_path: Path) -> None:
    where = store_of(tmp_path / "store", [
        ("a.md", [OutEntity("y", "Organization", "YouTube"), OutEntity("w", "Event", "AppsWorld"),
                  OutEntity("k", "Person", "Karissa Booth"), OutEntity("s", "Session", "Demo"),
                  OutEntity("c", "Software", "C"), OutEntity("c2", "Software", "C++")], []),
        ("b.md", [OutEntity("y", "Software", "YouTube"), OutEntity("w", "Event", "Apps World"),
                  OutEntity("k", "Person", "Karisa Booth"), OutEntity("s", "Session", "Demo"),
                  OutEntity("p", "Place", "Youtube")], []),
    ])
    code, out, err = cli(capsys, "stats", "--duplicates", "--store", where, "-f", "json")
    assert code == 0, err
    groups: dict[int, set[tuple[str, str]]] = {}
    for row in json.loads(out):
        groups.setdefault(row["group"], set()).add((row["label"], row["type"]))
    assert sorted(groups.values(), key=len, reverse=True) == [
        {("YouTube", "Organization"), ("YouTube", "Software"), ("Youtube", "Place")},
        {("AppsWorld", "Event"), ("Apps World", "Event")},
        {("Karissa Booth", "Person"), ("Karisa Booth", "Person")},
    ]  # sessions of different posts, and C / C++, are not duplicates
    code, out, _ = cli(capsys, "stats", "--duplicates", "--store", where)
    assert code == 0 and out.splitlines()[0].split() == ["group", "label", "type", "posts",
                                                         "iri"]
