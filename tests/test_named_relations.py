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
from tests.test_software_relations import extract_posts

KINDS = {"uses", "runsOn", "locatedIn", "about", "presenter"}
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
}
RULES = ("event_name_places", "settled_on", "described_subjects")


@pytest.fixture(scope="module")
def found(tmp_path_factory, nlp) -> dict[str, set[tuple[str, str, str]]]:
    return extract_posts(nlp, tmp_path_factory.mktemp("named"), POSTS, KINDS)


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
