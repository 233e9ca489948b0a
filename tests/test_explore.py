"""Views, filters, lookup, analytics and paths on the sample posts, and the commands on top.

Assertions hold for any reasonable extraction of the samples: they compare the
views with the records read from the same graph, and name only facts the
sample posts state plainly.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.cli import main
from kg.errors import KGError, LookupFailed
from kg.explore import analytics, lookup, records
from kg.explore.filters import Filters, posts_in_scope
from kg.explore.records import Entity, Records
from kg.graph.contract import RELATION_PREDICATE

OPENSTACK_POST = "devrel-blog/_posts/2018-05-24-openstack-summit-vancouver-recap.md"
PYCON_POST = "devrel-blog/_posts/2019-05-06-pycon-us-2019.markdown"


@pytest.fixture(scope="module")
def recs(samples_graph) -> Records:
    return records.load(samples_graph.dataset)


@pytest.fixture(scope="module")
def store(samples_graph, tmp_path_factory) -> Path:
    """The sample graph copied into an on-disk store, for the commands to open."""
    path = tmp_path_factory.mktemp("explore") / "store"
    with kg.KnowledgeGraph.open(path, create=True) as graph:
        ds = graph.dataset
        ds.addN((s, p, o, ds.graph(c)) for s, p, o, c in samples_graph.dataset.quads())
    return path


def iri(recs: Records, name: str) -> str:
    return lookup.find(recs, name).iri


# --- views -----------------------------------------------------------------------------------

def test_entity_view_edges_are_stated_relations_weighted_by_posts(samples_graph, recs) -> None:
    g = samples_graph.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g) == set().union(*recs.mentions.values())
    for _, data in g.nodes(data=True):
        assert data["label"] and data["type"] and data["posts"] == len(data["post_ids"]) >= 1
    assert g.number_of_edges() > 0
    for _, _, key, data in g.edges(keys=True, data=True):
        assert key == data["relation"] in RELATION_PREDICATE
        assert data["weight"] == len(data["post_ids"]) == len(data["evidence"]) >= 1
    istio, kubernetes = iri(recs, "Istio"), iri(recs, "Kubernetes")
    assert g.has_edge(istio, kubernetes, key="runsOn")


def test_comention_view_counts_posts_naming_both(samples_graph, recs) -> None:
    g = samples_graph.to_networkx("comention")
    assert isinstance(g, nx.Graph) and not g.is_directed()
    for u, v, w in list(g.edges(data="weight"))[:50]:
        assert w == len(recs.posts_of(u) & recs.posts_of(v)) >= 1
    zuul, ansible = iri(recs, "Zuul"), iri(recs, "Ansible")
    assert g[zuul][ansible]["post_ids"] == [OPENSTACK_POST]


def test_posts_as_nodes_link_to_what_they_name(samples_graph, recs) -> None:
    g = samples_graph.to_networkx(include_posts=True)
    posts = [n for n, t in g.nodes(data="type") if t == "Post"]
    assert len(posts) == len(recs.posts)
    relations = {d["relation"] for u, _, d in g.edges(data=True) if u in posts}
    assert relations == {"mentions", "author"}
    priya = iri(recs, "Priya Raman")
    assert any(g.has_edge(p, priya, key="author") for p in posts)


# --- filters ---------------------------------------------------------------------------------

def test_type_filter_keeps_only_those_types(samples_graph) -> None:
    g = samples_graph.to_networkx("comention", types="person,software")
    assert {t for _, t in g.nodes(data="type")} == {"Person", "Software"}


def test_date_filter_counts_only_posts_in_range(samples_graph) -> None:
    g = samples_graph.to_networkx(since="2019")
    seen = {p for _, ids in g.nodes(data="post_ids") for p in ids}
    assert seen and OPENSTACK_POST not in seen
    assert "OpenStack Summit Vancouver 2018" not in {d for _, d in g.nodes(data="label")}
    early = samples_graph.to_networkx(until="2018-05")
    assert {p for _, ids in early.nodes(data="post_ids") for p in ids} == {OPENSTACK_POST}


def test_event_filter_by_alias(samples_graph, recs) -> None:
    g = samples_graph.to_networkx("comention", event="pycon")  # an alias of PyCon US 2019
    assert {p for _, ids in g.nodes(data="post_ids") for p in ids} == {PYCON_POST}
    assert posts_in_scope(recs, Filters(event="PyCon US 2019")) == {
        p.iri for p in recs.posts.values() if p.identifier == PYCON_POST}


def test_min_weight_drops_weak_links_and_entities(samples_graph) -> None:
    g = samples_graph.to_networkx("comention", min_weight=2)
    assert g.number_of_nodes() > 0
    assert all(w >= 2 for _, _, w in g.edges(data="weight"))
    assert all(n >= 2 for _, n in g.nodes(data="posts"))


def test_neighbourhood_of_one_entity(samples_graph, recs) -> None:
    full = samples_graph.to_networkx()
    k8s = iri(recs, "Kubernetes")
    near = samples_graph.to_networkx(focus="kubernetes", depth=1)
    assert set(near) == {k8s} | set(full.successors(k8s)) | set(full.predecessors(k8s))
    wider = samples_graph.to_networkx(focus="Kubernetes", depth=2)
    assert set(near) < set(wider)


@pytest.mark.parametrize("options", [{"since": "2019-13"}, {"types": "Robot"},
                                     {"colour": "red"}, {"min_weight": 0}])
def test_bad_filters_fail_clearly(samples_graph, options) -> None:
    with pytest.raises(KGError):
        samples_graph.to_networkx(**options)


# --- lookup ----------------------------------------------------------------------------------

def test_names_are_labels_or_aliases_in_any_case(recs) -> None:
    assert lookup.find(recs, "openSTACK").label == "OpenStack"
    assert lookup.find(recs, "daniel brooks keynote").type == "Session"
    assert lookup.find(recs, "Software:Kubernetes").label == "Kubernetes"
    k8s = lookup.find(recs, "Kubernetes")
    assert lookup.find(recs, k8s.iri) is k8s


def test_unknown_name_lists_close_candidates(recs) -> None:
    with pytest.raises(LookupFailed, match="did you mean") as caught:
        lookup.find(recs, "Kubernets")
    assert "Software:Kubernetes" in str(caught.value)
    with pytest.raises(LookupFailed, match="no entity"):
        lookup.find(recs, "Nothing Like This At All")


def test_ambiguous_name_lists_each_entity() -> None:
    made = Records(posts={}, mentions={}, authors={}, sentences={}, statements=[], entities={
        "id:a": Entity("id:a", "Software", "Mercury"),
        "id:b": Entity("id:b", "Organization", "Mercury"),
        "id:c": Entity("id:c", "Place", "Venus", ["mercury"]),
    })
    with pytest.raises(LookupFailed) as caught:
        lookup.find(made, "mercury")
    text = str(caught.value)
    assert "Software:Mercury" in text and "Organization:Mercury" in text
    assert lookup.find(made, "organization:MERCURY").iri == "id:b"
    assert lookup.find(made, "mercury", types=["Place"]).iri == "id:c"  # the alias decides


# --- analytics -------------------------------------------------------------------------------

def _weighted() -> nx.Graph:
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "b", 3), ("a", "c", 1), ("a", "d", 1), ("b", "c", 2),
                               ("d", "e", 1), ("f", "g", 5)])
    g.add_node("lonely")
    return g


def test_pagerank_without_scipy_matches_networkx() -> None:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    g = _weighted()
    ours = analytics._pagerank_numpy(g, 0.85)
    reference = _pagerank_python(g, alpha=0.85, weight="weight", tol=1e-10, max_iter=1000)
    assert ours.keys() == reference.keys()
    assert all(abs(ours[n] - reference[n]) < 1e-4 for n in g)
    assert abs(sum(analytics.pagerank(g).values()) - 1) < 1e-6


def test_communities_are_reproducible_and_split_cliques() -> None:
    g = nx.union(nx.complete_graph(["a1", "a2", "a3", "a4"]),
                 nx.complete_graph(["b1", "b2", "b3", "b4"]))
    g.add_edge("a1", "b1")
    nx.set_edge_attributes(g, 1, "weight")
    parts = analytics.communities(g)
    assert parts == analytics.communities(g)
    assert sorted(map(sorted, parts)) == [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]]


def test_simple_projection_counts_distinct_posts() -> None:
    g = nx.MultiDiGraph()
    g.add_edge("x", "y", key="uses", weight=2, post_ids=["p1", "p2"])
    g.add_edge("y", "x", key="runsOn", weight=1, post_ids=["p2"])
    assert analytics.simple(g)["x"]["y"]["weight"] == 2


def test_top_ranks_entities_by_pagerank(samples_graph) -> None:
    table = samples_graph.top(5)
    assert len(table) == 5
    assert list(table["pagerank"]) == sorted(table["pagerank"], reverse=True)
    assert "Post" not in set(samples_graph.top(100, include_posts=True)["type"])
    by_posts = samples_graph.top(3, by="posts", view="comention")
    assert list(by_posts["posts"]) == sorted(by_posts["posts"], reverse=True)


def test_community_table_covers_every_entity(samples_graph) -> None:
    table = samples_graph.communities(view="comention")
    assert table["size"].sum() == samples_graph.to_networkx("comention").number_of_nodes()
    assert list(table["size"]) == sorted(table["size"], reverse=True)


# --- paths and cards ---------------------------------------------------------------------------

def test_path_by_relations_names_the_posts_of_each_step(samples_graph) -> None:
    found = samples_graph.path("Hannah Kim", "grace whitfield", relations_only=True)
    labels = [found.steps[0].source_label] + [s.target_label for s in found.steps]
    assert labels[0] == "Hannah Kim" and labels[-1] == "Grace Whitfield"
    assert "PyCon US 2019" in labels
    for step in found.steps:
        assert step.relations and step.posts >= 1
        assert step.evidence and step.evidence[0].identifier == PYCON_POST
        assert step.evidence[0].sentences
    assert "Hannah Kim" in str(found) and "<ol>" in found._repr_html_()


def test_path_through_shared_posts_is_shorter(samples_graph) -> None:
    by_relations = samples_graph.path("Hannah Kim", "Grace Whitfield", relations_only=True)
    found = samples_graph.path("Hannah Kim", "Grace Whitfield")
    assert len(found.steps) == 1 < len(by_relations.steps)
    assert found.steps[0].relations == [] and found.steps[0].evidence[0].sentences


def test_unconnected_entities_fail_clearly(samples_graph) -> None:
    with pytest.raises(KGError, match="not connected"):
        samples_graph.path("aiohttp", "Buoyant", relations_only=True)


def test_entity_card_has_relations_and_evidence(samples_graph) -> None:
    card = samples_graph.entity("openstack")
    assert card.type == "Software"
    assert ("runsOn", "Kubernetes") in {(k.relation, k.other_label) for k in card.links}
    assert card.evidence and card.evidence[0].sentences
    assert "OpenStack" in card._repr_html_() and "OpenStack" in str(card)


def test_graph_view_shows_itself_in_a_notebook(samples_graph) -> None:
    view = samples_graph.explore("comention", types="Software")
    assert "comention" in repr(view) and "types=Software" in repr(view)
    shown = view._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and "vis-network" in shown
    near = view.neighbourhood("Kubernetes")
    assert set(near.graph) <= set(view.graph)


# --- commands --------------------------------------------------------------------------------

def test_command_choices_match_the_library() -> None:
    from kg.cli import options as cli
    from kg.explore import views

    assert tuple(views.VIEWS) == cli.VIEWS
    assert cli.RANKINGS == analytics.RANKINGS and cli.SEED == analytics.SEED


def test_kg_top(store, capsys) -> None:
    assert main(["top", "--store", str(store), "-n", "3", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and {"label", "type", "pagerank"} <= set(rows[0])


def test_kg_communities(store, capsys) -> None:
    assert main(["communities", "--store", str(store), "--view", "comention"]) == 0
    out = capsys.readouterr()
    assert "members" in out.out and "communities" in out.err


def test_kg_path(store, capsys) -> None:
    assert main(["path", "Hannah Kim", "PYCON", "--store", str(store), "--relations-only"]) == 0
    assert "Hannah Kim" in capsys.readouterr().out
    assert main(["path", "Hanah Kim", "PyCon", "--store", str(store)]) == 1
    assert "Person:Hannah Kim" in capsys.readouterr().err


def test_kg_export_visual_format_with_filters(store, tmp_path) -> None:
    out = tmp_path / "people.graphml"
    assert main(["export", "--store", str(store), "-f", "graphml", "-o", str(out),
                 "--view", "comention", "--type", "Person", "--since", "2019"]) == 0
    g = nx.read_graphml(out)
    assert g.number_of_nodes() > 0 and {t for _, t in g.nodes(data="type")} == {"Person"}


def test_kg_export_rdf_refuses_filters(store, capsys) -> None:
    assert main(["export", "--store", str(store), "-f", "turtle", "--type", "Person"]) == 2
    assert "visual formats only" in capsys.readouterr().err
