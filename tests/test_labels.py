"""One label per entity, corpus-wide: "Mac" in one post and "mac" in another are one entity
with one ``rdfs:label``, the name most posts give it, whatever order the posts were built in.

The posts are written here and parsed by the real ingest stage; their entities are given by
hand (through the evaluation's writer, which uses the contract's own ``post_triples``), so the
test does not hang on how the NLP happens to case a name.
"""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from rdflib import RDFS, Literal, URIRef

from kg.builder import survey
from kg.evaluate.gold import GoldEntity
from kg.evaluate.system import write_post
from kg.graph.contract import MANIFEST, post_iri
from kg.graph.store import GraphStore
from kg.graph.validate import validate
from tests.helpers_build import write_post as write_markdown

MAC = URIRef("https://w3id.org/conference-kg/id/organization/mac")
SAYS = {  # post -> how it spells the maker of the laptop
    "a.md": "Mac",
    "b.md": "mac",
    "c.md": "mac",
}


@pytest.fixture
def posts(tmp_path: Path) -> dict[str, object]:
    """Three invented posts, parsed: one says "Mac", two say "mac"."""
    for name, spelling in SAYS.items():
        write_markdown(tmp_path / "posts", name, f"The build farm runs on a {spelling} mini.\n")
    return {f.post.identifier: f.post for f in survey([tmp_path / "posts"], strict=True).found}


@pytest.fixture(params=["Memory", "Oxigraph"])
def store(request, tmp_path: Path) -> GraphStore:
    where = tmp_path / "store" if request.param == "Oxigraph" else None
    store = GraphStore(where, request.param)
    yield store
    store.close()


def put(store: GraphStore, post, spelling: str) -> None:
    write_post(store, post, [GoldEntity("e1", "Organization", spelling)])


def labels(store: GraphStore) -> set[str]:
    return {str(o) for o in store.dataset.graph(MANIFEST).objects(MAC, RDFS.label)}


def conforms(store: GraphStore) -> bool:
    report = validate(store.native if store.native is not None else store.dataset)
    return report.conforms


def test_the_name_most_posts_give_is_the_one_label(store: GraphStore, posts) -> None:
    for ident, post in posts.items():
        put(store, post, SAYS[ident])
    assert labels(store) == {"mac"}  # two posts against one
    assert conforms(store)
    # Each post keeps its own spelling in its description.
    assert "Mac" in {str(o) for o in store.dataset.graph(post_iri("a.md")).objects()}

    store.remove(post_iri("c.md"))  # one against one: code point order, capitals first
    assert labels(store) == {"Mac"}
    put(store, posts["a.md"], "MAC")  # an edit changes the count of each name
    assert labels(store) == {"MAC"}
    store.remove(post_iri("a.md"))
    assert labels(store) == {"mac"}
    store.remove(post_iri("b.md"))  # no post names it: no label left behind
    assert labels(store) == set()
    assert conforms(store)


def test_the_label_does_not_depend_on_build_order(tmp_path: Path, posts) -> None:
    seen = set()
    for n, order in enumerate(permutations(sorted(posts))):
        store = GraphStore(tmp_path / f"store{n}")
        try:
            for ident in order:
                put(store, posts[ident], SAYS[ident])
            for ident in order[:1]:  # and an incremental rebuild of one of them
                put(store, posts[ident], SAYS[ident])
            seen.add(frozenset(store.dataset.graph(MANIFEST)))
        finally:
            store.close()
    assert len(seen) == 1
    (manifest,) = seen
    assert {str(o) for s, p, o in manifest if s == MAC and p == RDFS.label} == {"mac"}


def test_a_rebuild_leaves_one_label_where_an_older_build_left_two(store: GraphStore,
                                                                  posts) -> None:
    for ident in ("a.md", "b.md"):
        put(store, posts[ident], SAYS[ident])
    # What a build before labels were chosen left: one label per name.
    store.dataset.graph(MANIFEST).add((MAC, RDFS.label, Literal("mac")))
    store.dataset.graph(MANIFEST).add((MAC, RDFS.label, Literal("Mac")))
    assert labels(store) == {"Mac", "mac"}
    put(store, posts["b.md"], "mac")  # the same post again, as a new extractor rebuilds it
    assert labels(store) == {"Mac"}
