"""The `kg` command in-process: help, build exit statuses, --strict, stats, store errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.cli import EXIT_SKIPPED, main
from tests.helpers_build import BAD, samples_store, write_post

USER_TYPES = {"Person", "Organization", "Software", "Event", "Place", "Session"}
RELATIONS = {"presenter", "about", "partOfEvent", "affiliation", "createdBy", "partOf",
             "locatedIn", "uses", "runsOn", "interactsWith"}


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp) -> str:
    return str(samples_store(tmp_path_factory, nlp))


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_the_commands(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: kg")
    for command in ("build", "query", "export", "stats", "validate"):
        assert f"    {command}" in out


@pytest.mark.parametrize("command", ["build", "query", "export", "stats", "validate"])
def test_each_command_has_help(capsys, command: str) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0 and "--store" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys) -> None:
    for argv in ([], ["no-such-command"], ["build"], ["stats", "--no-such-option"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2, argv
        assert "usage: kg" in capsys.readouterr().err


# --- stats ---------------------------------------------------------------------------------

def test_stats_json_agrees_with_the_api(capsys, store: str) -> None:
    with kg.open(store) as graph:
        expected = graph.stats()
    code, out, err = cli(capsys, "stats", "--store", store, "--format", "json")
    assert code == 0 and err == ""
    stats = json.loads(out)
    assert stats == expected
    assert stats["posts"] == {"Post": 3}
    assert stats["triples"]["total"] > 500
    assert sum(stats["mentions"].values()) > 20
    # The names users see everywhere: the types of --type and the relations of the README.
    assert {"Person", "Software", "Event"} <= set(stats["entities"]) <= USER_TYPES
    assert sum(stats["relations"].values()) > 0 and set(stats["relations"]) <= RELATIONS
    # --json, the old spelling, still works.
    assert json.loads(cli(capsys, "stats", "--store", store, "--json")[1]) == expected


def test_stats_text_shows_the_same_totals(capsys, store: str) -> None:
    code, out, _ = cli(capsys, "stats", "--store", store, "-f", "json")
    stats = json.loads(out)
    code, out, _ = cli(capsys, "stats", "--store", store)
    assert code == 0
    totals = {line.split()[0]: int(line.split()[-1]) for line in out.splitlines()
              if not line.startswith(" ")}
    assert totals == {
        "posts": 3, "triples": stats["triples"]["total"],
        "mentions": sum(stats["mentions"].values()),
        "entities": sum(stats["entities"].values()),
        "relations": sum(stats["relations"].values())}


def test_stats_counts_match_sparql_counts(store: str) -> None:
    with kg.open(store) as graph:
        stats = graph.stats()
        persons = graph.query("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }")
        mentions = graph.query("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ckg:Mention }")
    assert stats["entities"]["Person"] == persons[0].n.toPython()
    assert stats["mentions"]["Mention"] == mentions[0].n.toPython()


# --- build: exit statuses ------------------------------------------------------------------

def test_build_skips_bad_files_with_one_line_each_and_exits_3(capsys, tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    write_post(posts, "good.md", "Kubernetes runs on OpenStack.\n", front="title: Good\n")
    for kind, (make, _) in BAD.items():
        make(posts / f"{kind}.md")
    where = tmp_path / "store"
    code, out, err = cli(capsys, "build", posts, "--store", where, "--quiet")
    assert code == EXIT_SKIPPED == 3
    lines = err.splitlines()
    assert len(lines) == len(BAD)
    for kind, (_, cause) in BAD.items():
        (line,) = [ln for ln in lines if f"{posts / kind}.md:" in ln]
        assert line.startswith("kg: skipped ") and cause in line
    assert "1 built" in out and f"{len(BAD)} skipped with errors" in out
    with kg.open(where) as graph:
        assert graph.query("SELECT ?h WHERE { ?p schema:headline ?h }").values() == [("Good",)]


def test_build_of_good_posts_exits_0_and_rebuild_says_unchanged(capsys, tmp_path: Path) -> None:
    write_post(tmp_path / "posts", "good.md", "Kubernetes runs on OpenStack.\n")
    argv = ("build", tmp_path / "posts", "--store", tmp_path / "store", "--quiet")
    code, out, err = cli(capsys, *argv)
    assert (code, err) == (0, "") and out.startswith("1 posts found, 1 built")
    code, out, err = cli(capsys, *argv)
    assert (code, err) == (0, "") and "0 built, 1 unchanged" in out


def test_build_of_a_missing_path_is_bad_usage_and_creates_no_store(capsys, tmp_path: Path,
                                                                   monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_post(tmp_path / "posts", "good.md", "Kubernetes runs on OpenStack.\n")
    for argv in (["nowhere"], ["posts", "nowhere"], ["nowhere", "--store", "s"]):
        code, out, err = cli(capsys, "build", *argv)
        assert (code, out) == (2, "")
        assert err == "kg build: error: nowhere: no such file or folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posts"]  # no kg-store, no s


def test_strict_fails_and_writes_nothing(capsys, tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    write_post(posts, "good.md", "Kubernetes runs on OpenStack.\n")
    BAD["broken-yaml"][0](posts / "broken.md")
    BAD["binary"][0](posts / "binary.md")
    where = tmp_path / "store"
    code, out, err = cli(capsys, "build", posts, "--store", where, "--strict")
    assert code == 1 and out == ""
    assert f"kg: skipped {posts / 'broken.md'}: broken YAML" in err
    assert f"kg: skipped {posts / 'binary.md'}: binary file" in err
    assert "--strict: 2 bad file(s); nothing was written" in err
    assert not where.exists()


def test_strict_with_good_posts_builds(capsys, tmp_path: Path) -> None:
    write_post(tmp_path / "posts", "good.md", "Kubernetes runs on OpenStack.\n")
    code, out, _ = cli(capsys, "build", tmp_path / "posts", "--store", tmp_path / "store",
                       "--strict", "--quiet")
    assert code == 0 and "1 built" in out


def test_strict_fails_on_a_duplicate_identifier(capsys, tmp_path: Path) -> None:
    write_post(tmp_path / "a", "same.md", "Kubernetes runs on OpenStack.\n")
    write_post(tmp_path / "b", "same.md", "Ansible uses Python.\n")
    where = tmp_path / "store"
    code, _, err = cli(capsys, "build", tmp_path / "a", tmp_path / "b", "--store", where,
                       "--strict", "--quiet")
    assert "duplicate identifier" in err
    assert code == 1 and not where.exists()


def test_build_into_memory_leaves_nothing_on_disk(capsys, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_post(tmp_path / "posts", "good.md", "Kubernetes runs on OpenStack.\n")
    code, out, _ = cli(capsys, "build", "posts", "--store-type", "Memory", "--quiet")
    assert code == 0 and "1 built" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posts"]


# --- store errors --------------------------------------------------------------------------

def test_unknown_store_type_is_a_clear_error(capsys, tmp_path: Path) -> None:
    code, out, err = cli(capsys, "stats", "--store", tmp_path / "s", "--store-type", "Nope")
    assert code == 1 and out == ""
    assert err == "kg: error: unknown store type 'Nope' (try Oxigraph or Memory)\n"


@pytest.mark.parametrize("argv", [["query", "speakers"], ["stats"], ["export"]])
def test_reading_a_store_that_does_not_exist_is_an_error(capsys, tmp_path: Path,
                                                         argv: list[str]) -> None:
    where = tmp_path / "no-such-store"
    code, _, err = cli(capsys, *argv, "--store", where)
    assert code == 1 and err.startswith("kg: error: ") and str(where) in err
    assert not where.exists()


def test_a_store_path_that_is_a_file_is_a_clear_error(capsys, tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("not a store")
    code, _, err = cli(capsys, "query", "speakers", "--store", path)
    assert code == 1 and err.startswith("kg: error: cannot open the store")
    assert "Traceback" not in err and err.count("\n") == 1


def test_readers_share_a_store(capsys, store: str) -> None:
    """A notebook holding the graph open does not lock the command line out."""
    with kg.open(store) as held, kg.open(store) as other:
        for argv in (["stats"], ["query", "speakers"], ["top"], ["export", "-f", "nt"]):
            code, out, err = cli(capsys, *argv, "--store", store)
            assert (code, err) == (0, "") and out, argv
        assert len(held.query("speakers")) == len(other.query("speakers")) > 0


def test_a_store_being_written_is_a_clear_error_for_another_writer(capsys, tmp_path) -> None:
    write_post(tmp_path / "posts", "good.md", "Kubernetes runs on OpenStack.\n")
    where = tmp_path / "store"
    kg.build(tmp_path / "posts", store=where).close()
    from kg.graph.store import GraphStore

    writer = GraphStore(where)  # what a running `kg build` holds
    try:
        code, out, err = cli(capsys, "build", tmp_path / "posts", "--store", where, "--quiet")
    finally:
        writer.close()
    assert code == 1 and out == ""
    assert err.startswith("kg: error: cannot open the store") and err.count("\n") == 1
    assert "writing to it" in err


# --- bugs ----------------------------------------------------------------------------------

def test_an_unexpected_exception_keeps_its_traceback_and_is_called_a_bug(
        capsys, store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A bug cannot be written on purpose into the library, so one is planted in stats.
    def broken(self) -> dict:
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(kg.KnowledgeGraph, "stats", broken)
    code, out, err = cli(capsys, "stats", "--store", store)
    assert code == 1 and out == ""
    assert "Traceback" in err and "ZeroDivisionError: planted" in err
    assert err.splitlines()[-1].startswith("kg: ") and "bug" in err.splitlines()[-1]


# --- shared options, one rule ----------------------------------------------------------------

@pytest.mark.parametrize("argv", [["stats"], ["query", "speakers"], ["top"], ["build", "posts"]])
def test_a_memory_store_with_a_folder_is_refused_the_same_way_everywhere(
        capsys, tmp_path: Path, argv: list[str], monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "posts").mkdir()
    code, _, err = cli(capsys, *argv, "--store", tmp_path / "s", "--store-type", "Memory")
    assert code == 1 and "the Memory store keeps nothing on disk" in err


def test_export_help_names_every_format_of_the_registry(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for name in kg.api.formats():
        assert name in shown, name


def test_the_api_strict_build_raises_before_creating_the_store(tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    write_post(posts, "good.md", "Kubernetes runs on OpenStack.\n")
    BAD["broken-yaml"][0](posts / "broken.md")
    with pytest.raises(kg.errors.BuildFailed) as info:
        kg.build(posts, store=tmp_path / "store", strict=True)
    assert [p.path.name for p in info.value.problems] == ["broken.md"]
    assert not (tmp_path / "store").exists()
