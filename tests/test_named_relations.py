"""Relations a name carries, "settled on" uses and what a described session is about.

Each post is invented for the test and goes through the real pipeline: an event
named after the city it is held in, organisations that "have standardized on"
software, and a session line whose abstract opens by defining a product. The
negatives: software "built on" software runs on it (no uses), and an abstract
that does not open with the product's definition says nothing of the subject.
"""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import make_nlp
from tests.helpers_build import write_post
from tests.test_software_relations import extract, extract_posts

KINDS = {"createdBy", "uses", "runsOn", "locatedIn", "about", "presenter", "interactsWith",
         "partOf"}
SCHED = "https://www.openstack.org/summit/tokyo-2015/vote-for-speakers/presentation"
POSTS = {
    "city.md": "Our docs team met at the Berlin Project Teams Gathering in spring. Berlin "
               "was sunny all week.\n",
    "settled.md": "Both Spotify and Netflix have standardized on Kubernetes for their "
                  "clusters. Rackspace Cloud Files is built on OpenStack.\n",
    "abstracts.md": "Vote for our talks at the summit:\n\n"
                    f"* [**Scaling the unscalable**, with Jane Roe]({SCHED}/1)\n\n"
                    "> Ceph is a distributed storage system that many clouds rely on. We "
                    "show the tuning.\n\n"
                    f"* [**Packaging for fun**, with Mark Poe]({SCHED}/2)\n\n"
                    "> We will explain why Ceph is a good fit.\n",
    "covered.md": "Talks I liked:\n\n### Observability at scale\n\nThis talk by Jane Roe "
                  "covered Prometheus and Grafana in depth.\n\n### Lunch\n\nWe deployed "
                  "into Kubernetes after lunch.\n",
    "venue.md": "---\n\nPyCon US 2019 was off to a great start at the lovely Huntington "
                "Convention Center this week.\n",
    "plugins.md": "The OpenStack networking service lets you pick backends that work with "
                  "many network stacks:\n\n"
                  "* Open vSwitch for most clouds\n* Linux Bridge for small ones\n\n"
                  "Some features of Oracle Integration Cloud Service:\n\n* Kubernetes support\n",
    "parts.md": "We looked at the main components of OpenStack:\n\n* Nova for compute\n"
                "* Swift for objects\n\nWith WVD, teams only need to manage the following "
                "components:\n\n* Kubernetes\n",
    "made.md": "Git, created in 2005 for the kernel by Linus Torvalds, is everywhere now. "
               "The 2008 release of Android by Google changed phones.\n",
}
RULES = ("event_name_places", "settled_on", "described_subjects", "covered_subjects",
         "venue_adjectives", "titled_references", "lead_in_kinds", "title_places", "made_by_text")


@pytest.fixture(scope="module")
def found(tmp_path_factory, nlp) -> dict[str, set[tuple[str, str, str]]]:
    return extract_posts(nlp, tmp_path_factory.mktemp("named"), POSTS, KINDS)


def kind(found, post: str, name: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in found[post] if r == name}


@pytest.fixture(scope="module")
def without(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    return extract_posts(make_nlp(rules_off=RULES), tmp_path_factory.mktemp("named-off"),
                         POSTS, KINDS)


def test_an_event_named_after_a_city_of_the_post_is_held_there(found, without) -> None:
    held = {(s, o) for s, r, o in found["city.md"] if r == "locatedIn"}
    assert ("OpenStack Project Teams Gathering", "Berlin") in held
    assert not any(r == "locatedIn" for _, r, _ in without["city.md"])


def test_organisations_that_standardized_on_software_use_it(found, without) -> None:
    uses = {(s, o) for s, r, o in found["settled.md"] if r == "uses"}
    assert uses == {("Spotify", "Kubernetes"), ("Netflix", "Kubernetes")}
    assert ("Rackspace Cloud Files", "runsOn", "OpenStack") in found["settled.md"]
    assert not any(r == "uses" for _, r, _ in without["settled.md"])


def test_an_abstract_that_defines_a_product_says_what_the_session_is_about(
        found, without) -> None:
    about = {(s, o) for s, r, o in found["abstracts.md"] if r == "about"}
    assert about == {("Scaling the unscalable", "Ceph")}  # not the second: no definition
    assert not any(r == "about" for _, r, _ in without["abstracts.md"])


def test_a_covering_verb_in_a_session_section_names_its_subjects(found, without) -> None:
    assert kind(found, "covered.md", "about") == {("Observability at scale", "Prometheus"),
                                                  ("Observability at scale", "Grafana")}
    assert not kind(without, "covered.md", "about")


def test_a_venue_after_at_and_adjectives_hosts_the_event(found, without) -> None:
    assert kind(found, "venue.md", "locatedIn") == {("PyCon US 2019",
                                                     "Huntington Convention Center")}
    assert not kind(without, "venue.md", "locatedIn")


def test_the_conference_of_a_post_titled_after_it_is_where_it_says(tmp_path, nlp) -> None:
    body = ("I went to PyCon US 2019 with two friends. The food was good. Over 3000 people "
            "came to the conference in Cleveland this year.\n")
    write_post(tmp_path / "on", "titled.md", body, front="title: My PyCon US 2019\n")
    write_post(tmp_path / "off", "titled.md", body, front="title: My trip\n")
    assert kind(extract(nlp, tmp_path / "on", KINDS), "titled.md", "locatedIn") == {
        ("PyCon US 2019", "Cleveland")}
    assert not kind(extract(nlp, tmp_path / "off", KINDS), "titled.md", "locatedIn")


def test_plugins_listed_after_a_lead_in_interact_with_its_software(found, without) -> None:
    assert kind(found, "plugins.md", "interactsWith") == {("OpenStack", "Open vSwitch"),
                                                          ("OpenStack", "Linux Bridge")}
    assert not kind(without, "plugins.md", "interactsWith")


def test_a_list_of_the_components_of_software_names_its_parts(found, without) -> None:
    # not Kubernetes: "components" stands far from the software of that lead-in
    assert kind(found, "parts.md", "partOf") == {("Nova", "OpenStack"), ("Swift", "OpenStack")}
    assert not kind(without, "parts.md", "partOf")


def test_a_maker_after_a_participle_aside_or_a_release_of_made_it(found, without) -> None:
    assert kind(found, "made.md", "createdBy") == {("Git", "Linus Torvalds"),
                                                   ("Android", "Google")}
    assert ("Android", "Google") not in kind(without, "made.md", "createdBy")
