"""Build: posts into the graph, bad files skipped, and incremental rebuilds of an on-disk store."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from rdflib import RDF, Literal

from kg.graph.contract import MANIFEST, post_iri
from kg.graph.store import GraphStore
from kg.graph.vocab import CKG, SCHEMA
from tests.helpers_build import BAD, build_into, jekyll_site, write_post


def headline(store: GraphStore, identifier: str) -> str | None:
    value = store.graph(post_iri(identifier)).value(post_iri(identifier), SCHEMA.headline)
    return None if value is None else str(value)


def labels_mentioned(store: GraphStore, identifier: str) -> set[str]:
    """The names the post gives what it mentions: its descriptions, in its own graph."""
    g = store.graph(post_iri(identifier))
    mentioned = set(g.objects(post_iri(identifier), SCHEMA.mentions))
    return {str(g.value(d, CKG.name)) for d, e in g.subject_objects(CKG.describes)
            if e in mentioned}


def posts_in(store: GraphStore) -> set[str]:
    return {str(i) for p in store.dataset.subjects(RDF.type, SCHEMA.BlogPosting)
            for i in store.dataset.objects(p, SCHEMA.identifier)}


@pytest.fixture
def memory() -> GraphStore:
    store = GraphStore(None, "Memory")
    yield store
    store.close()


# --- what a build writes -------------------------------------------------------------------

def test_post_metadata_in_the_graph(tmp_path: Path, nlp, memory: GraphStore) -> None:
    write_post(tmp_path, "notes.md", "Kubernetes runs on OpenStack in our lab.\n", front=(
        "title: Lab notes\ndate: 2020-02-03\ncategories: [Cloud]\ntags: [kubernetes]\n"))
    report = build_into(memory, nlp, tmp_path)
    assert (report.found, report.built, report.problems) == (1, 1, [])
    p = post_iri("notes.md")
    g = memory.graph(p)
    assert (p, RDF.type, SCHEMA.BlogPosting) in g
    assert str(g.value(p, SCHEMA.identifier)) == "notes.md"
    assert headline(memory, "notes.md") == "Lab notes"
    assert str(g.value(p, SCHEMA.datePublished)) == "2020-02-03"
    assert {str(k) for k in g.objects(p, SCHEMA.keywords)} == {"Cloud", "kubernetes"}
    assert {"Kubernetes", "OpenStack"} <= labels_mentioned(memory, "notes.md")
    # The named graph of a post is named by the post's IRI, and nothing lands in the default.
    names = {c.identifier for c in memory.dataset.graphs()}
    assert p in names and MANIFEST in names


def test_jekyll_author_profile_and_event_record_in_the_graph(tmp_path: Path, nlp,
                                                             memory: GraphStore) -> None:
    jekyll_site(tmp_path / "blog")
    report = build_into(memory, nlp, tmp_path)
    assert report.ok and report.built == 3
    rows = memory.dataset.query("""
        SELECT ?name ?job ?same WHERE {
          ?post schema:identifier "blog/_posts/2021-04-05-ferngrove-recap.md" ;
                schema:author ?a .
          ?a a schema:Person ; rdfs:label ?name ; schema:jobTitle ?job ; schema:sameAs ?same .
        }""")
    got = {(str(n), str(j), str(s)) for n, j, s in rows}
    assert got == {("Wren Halloway", "Staff Engineer", "https://twitter.com/wren_codes"),
                   ("Wren Halloway", "Staff Engineer", "https://github.com/wrenhal")}
    # An author without a profile is still the post's author, without profile facts.
    guest = memory.dataset.query("""
        SELECT ?a ?job WHERE {
          ?post schema:identifier "blog/_posts/2021-04-10-guest.md" ; schema:author ?a .
          ?a rdfs:label "Guest Writer" . OPTIONAL { ?a schema:jobTitle ?job } }""")
    assert [(str(a).rsplit("/", 1)[-1], j) for a, j in guest] == [("guest-writer", None)]
    # The site's event record makes its name an Event wherever a post names it.
    events = memory.dataset.query('ASK { ?e a schema:Event ; rdfs:label "Ferngrove Assembly" }')
    assert events.askAnswer


def test_drafts_only_on_request(tmp_path: Path, nlp, memory: GraphStore) -> None:
    write_post(tmp_path, "live.md", "Ansible runs the lab.\n")
    write_post(tmp_path, "draft.md", "Terraform runs the rest.\n", front="draft: true\n")
    report = build_into(memory, nlp, tmp_path)
    assert (report.built, report.drafts) == (1, 1)
    assert posts_in(memory) == {"live.md"}
    report = build_into(memory, nlp, tmp_path, drafts=True)
    assert posts_in(memory) == {"live.md", "draft.md"}


def test_mention_offsets_point_at_the_words_in_the_source_file(tmp_path: Path, nlp,
                                                               memory: GraphStore) -> None:
    path = write_post(tmp_path, "café.md", (
        "Über den Wolken ☕: at the **Ferngrove Assembly** in Zürich, "
        "[Ada Brisk](https://twitter.com/adabrisk) showed how Kubernetes runs on OpenStack.\n\n"
        "```\nNova = 1\n```\n\nLater, Ansible and Terraform came up.\n"),
        front='title: "Crème brûlée — notes"\nauthor: Zoë Ñandú\n')
    build_into(memory, nlp, tmp_path)
    raw = path.read_text(encoding="utf-8")
    rows = list(memory.dataset.query("""
        SELECT ?text ?start ?end ?ss ?se WHERE {
          ?m a ckg:Mention ; ckg:text ?text ; ckg:start ?start ; ckg:end ?end ;
             ckg:sentenceStart ?ss ; ckg:sentenceEnd ?se }"""))
    texts = {str(r[0]) for r in rows}
    assert {"Kubernetes", "OpenStack", "Ansible", "Zürich"} <= texts
    assert "Nova" not in texts  # it is only in the code block
    for text, start, end, ss, se in rows:
        assert raw[int(start):int(end)] == str(text)
        assert int(ss) <= int(start) and int(end) <= int(se)


# --- bad input: each file skipped with its cause, the others built ------------------------

def test_bad_files_are_skipped_and_the_rest_is_built(tmp_path: Path, nlp,
                                                     memory: GraphStore) -> None:
    posts = tmp_path / "posts"
    write_post(posts, "good-one.md", "Kubernetes runs on OpenStack.\n")
    write_post(posts, "good-two.md", "Ansible uses Python.\n")
    for kind, (make, _) in BAD.items():
        make(posts / f"{kind}.md")
    other = tmp_path / "other"
    write_post(other, "good-one.md", "A second post with the same identifier.\n")
    report = build_into(memory, nlp, posts, other)
    causes = {p.path.name if p.path.parent == posts else f"other/{p.path.name}": p.cause
              for p in report.problems}
    assert len(report.problems) == len(BAD) + 1 == len(causes)
    for kind, (_, cause) in BAD.items():
        assert cause in causes[f"{kind}.md"]
    assert "duplicate identifier 'good-one.md'" in causes["other/good-one.md"]
    assert str(posts / "good-one.md") in causes["other/good-one.md"]  # names the other file
    assert not report.ok and report.built == 2
    assert posts_in(memory) == {"good-one.md", "good-two.md"}
    assert "second post" not in str(headline(memory, "good-one.md"))
    assert "skipped with errors" in report.summary()


# --- incremental builds on an on-disk Oxigraph store ---------------------------------------

def run(where: Path, nlp, *paths: Path):
    """One build as a separate run would do it: open the store, build, read, close."""
    store = GraphStore(where)
    try:
        report = build_into(store, nlp, *paths)
        facts = {ident: (headline(store, ident), labels_mentioned(store, ident))
                 for ident in posts_in(store)}
        return report, facts, store.manifest()
    finally:
        store.close()


def test_incremental_rebuilds(tmp_path: Path, nlp) -> None:
    posts, where = tmp_path / "posts", tmp_path / "store"
    alpha = write_post(posts, "alpha.md", "Kubernetes runs on OpenStack.\n",
                       front="title: Alpha one\n")
    beta = write_post(posts, "beta.md", "Ansible uses Python.\n", front="title: Beta\n")

    report, facts, manifest = run(where, nlp, posts)
    assert (report.found, report.built, report.unchanged) == (2, 2, 0)
    assert facts["alpha.md"][0] == "Alpha one" and "OpenStack" in facts["alpha.md"][1]
    assert set(manifest) == {"alpha.md", "beta.md"}

    # Nothing changed: nothing is rebuilt, and the NLP pipeline is not even started.
    report, again, manifest_again = run(where, nlp, posts)
    assert (report.found, report.built, report.unchanged) == (2, 0, 2)
    assert report.nlp_seconds == 0.0 and report.ok
    assert again == facts and manifest_again == manifest
    # Touching a file without changing its bytes is no change either.
    os.utime(beta, (time.time() + 60, time.time() + 60))
    report, _, _ = run(where, nlp, posts)
    assert (report.built, report.unchanged) == (0, 2)

    # A changed post replaces its named graph: the old facts go, the new ones come.
    write_post(posts, "alpha.md", "Terraform runs on Nova.\n", front="title: Alpha two\n")
    report, facts, manifest = run(where, nlp, posts)
    assert (report.built, report.unchanged) == (1, 1)
    assert facts["alpha.md"][0] == "Alpha two"
    assert "Terraform" in facts["alpha.md"][1]
    assert not {"OpenStack", "Kubernetes"} & facts["alpha.md"][1]
    assert manifest["alpha.md"] != manifest_again["alpha.md"]
    assert manifest["beta.md"] == manifest_again["beta.md"]

    # A deleted post's statements go away, manifest entry and all.
    beta.unlink()
    report, facts, manifest = run(where, nlp, posts)
    assert report.removed == 1 and set(facts) == {"alpha.md"} and set(manifest) == {"alpha.md"}
    store = GraphStore(where)
    try:
        assert len(store.graph(post_iri("beta.md"))) == 0
        assert not list(store.dataset.triples((None, SCHEMA.identifier, Literal("beta.md"))))
    finally:
        store.close()

    # A post that becomes broken keeps its last good version.
    good = facts["alpha.md"]
    alpha.write_text("---\ntitle: [broken\n---\nText.\n", encoding="utf-8")
    report, facts, manifest = run(where, nlp, posts)
    assert [p.path for p in report.problems] == [alpha] and report.removed == 0
    assert facts["alpha.md"] == good and "alpha.md" in manifest

    # Fixed again: rebuilt from the new text.
    write_post(posts, "alpha.md", "Prometheus uses Thanos.\n", front="title: Alpha three\n")
    report, facts, _ = run(where, nlp, posts)
    assert report.built == 1 and report.ok and facts["alpha.md"][0] == "Alpha three"


def test_a_post_turned_draft_leaves_the_graph(tmp_path: Path, nlp) -> None:
    posts, where = tmp_path / "posts", tmp_path / "store"
    write_post(posts, "soon.md", "Kubernetes runs on OpenStack.\n")
    write_post(posts, "stays.md", "Ansible uses Python.\n")
    run(where, nlp, posts)
    write_post(posts, "soon.md", "Kubernetes runs on OpenStack.\n", front="published: false\n")
    report, facts, manifest = run(where, nlp, posts)
    assert (report.drafts, report.removed) == (1, 1)
    assert set(facts) == set(manifest) == {"stays.md"}


def test_folders_not_in_this_build_are_left_alone(tmp_path: Path, nlp) -> None:
    where = tmp_path / "store"
    write_post(tmp_path / "one", "first.md", "Kubernetes runs on OpenStack.\n")
    write_post(tmp_path / "two", "second.md", "Ansible uses Python.\n")
    run(where, nlp, tmp_path / "one")
    report, facts, _ = run(where, nlp, tmp_path / "two")
    assert report.removed == 0 and set(facts) == {"first.md", "second.md"}
    # Removing a whole folder and building it again removes only its posts.
    shutil.rmtree(tmp_path / "two")
    (tmp_path / "two").mkdir()
    report, facts, _ = run(where, nlp, tmp_path / "two")
    assert report.removed == 1 and set(facts) == {"first.md"}


def test_a_single_file_build_and_its_removal(tmp_path: Path, nlp) -> None:
    where = tmp_path / "store"
    path = write_post(tmp_path, "solo.md", "Kubernetes runs on OpenStack.\n")
    report, facts, _ = run(where, nlp, path)
    assert report.built == 1 and set(facts) == {"solo.md"}
    report, facts, _ = run(where, nlp, path)
    assert (report.built, report.unchanged) == (0, 1)
