"""What keeps a rebuild cheap, checked without timing it: an unchanged rebuild never imports
spaCy, the gazetteers are tokenised once and then read from the cache (a change to a list
is never read from a stale one), and the build summary counts a changed post alike whether
it reads the whole store or only what the touched posts name."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.data import GAZETTEER_DIR
from kg.graph.store import GraphStore
from kg.nlp.names.gazetteer import Gazetteer, GazetteerMatcher
from tests.conftest import SAMPLES
from tests.helpers_build import build_into, write_post

TEXT = "We moved from Jenkins to Kubernetes, and Zorblatt Engine runs beside them."


def matcher(nlp, directory: Path) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, Gazetteer.load(sorted(directory.glob("*.tsv"))))


def found(m: GazetteerMatcher, nlp) -> list[tuple[str, str]]:
    doc = m(nlp.make_doc(TEXT))
    return sorted((s.text, s.label_) for s in doc.spans["kg_gazetteer"])


def test_the_gazetteers_are_tokenised_once(nlp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    first, second = matcher(nlp, GAZETTEER_DIR), matcher(nlp, GAZETTEER_DIR)
    assert (first.cached, second.cached) == (False, True)
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert found(first, nlp) == found(second, nlp)
    assert ("Kubernetes", "Software") in found(second, nlp)

    lists = tmp_path / "gazetteers"
    shutil.copytree(GAZETTEER_DIR, lists)
    with (lists / "software_general.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Zorblatt Engine\tSoftware\t\t\t0\n")
    changed = matcher(nlp, lists)
    assert not changed.cached  # another list, another cache file
    assert ("Zorblatt Engine", "Software") in found(changed, nlp)
    assert ("Zorblatt Engine", "Software") not in found(second, nlp)


@pytest.mark.parametrize("junk", [b"", b"not a cache", b"PK\x03\x04 a broken zip"])
def test_a_broken_cache_file_is_tokenised_again(nlp, tmp_path: Path, monkeypatch,
                                                junk: bytes) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    good = matcher(nlp, GAZETTEER_DIR)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(junk)
    again = matcher(nlp, GAZETTEER_DIR)
    assert not again.cached and found(again, nlp) == found(good, nlp)
    assert matcher(nlp, GAZETTEER_DIR).cached  # and written afresh


def test_no_cache_where_it_is_switched_off(nlp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert not matcher(nlp, GAZETTEER_DIR).cached
    assert not matcher(nlp, GAZETTEER_DIR).cached
    assert not any(tmp_path.iterdir())


def test_an_unchanged_rebuild_never_imports_spacy(nlp, tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    try:
        assert build_into(store, nlp, SAMPLES).built == 3
    finally:
        store.close()
    check = ("import sys, kg; g = kg.build(sys.argv[1], sys.argv[2]); "
             "assert g.last_build.unchanged == 3, g.last_build.summary(); "
             "assert not [m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')]")
    run = subprocess.run([sys.executable, "-c", check, str(SAMPLES), str(tmp_path / "store")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("plugin", ["Memory", "Oxigraph"])
def test_the_summary_of_an_edit_is_the_change_in_the_whole_graph(nlp, tmp_path: Path,
                                                                   plugin: str) -> None:
    import kg

    posts = tmp_path / "posts"
    shutil.copytree(SAMPLES, posts)
    write_post(posts, "extra.md", "We run Jenkins and Kubernetes on OpenStack.\n")
    graph = kg.KnowledgeGraph(GraphStore(tmp_path / "store" if plugin == "Oxigraph" else None,
                                         plugin))
    try:
        graph.build([posts])
        before = graph.counts()
        # One post loses a name only it gave and gains one; one post goes.
        write_post(posts, "extra.md", "We run Jenkins on Zorblatt, made by Cloud Foundry.\n")
        next(posts.rglob("2019-05-06-pycon-us-2019.markdown")).unlink()
        report = graph.build([posts])
        after = graph.counts()
    finally:
        graph.close()
    assert report.built == 1 and report.removed == 1
    for section in ("entities", "relations"):
        whole = {name: after[section].get(name, 0) - before[section].get(name, 0)
                 for name in {*before[section], *after[section]}}
        assert report.added[section] == {k: n for k, n in sorted(whole.items()) if n}
    assert report.added["entities"]  # the edit did change something
