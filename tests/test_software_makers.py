"""Makers and platforms named in asides and appositions (issue 10, other blogs).

Each post is invented for the test and goes through the real pipeline: "X (from
the company Y)", "P from O, X's main creator", "P showed off X, her Ruby app",
a run verb whose platforms come in a trailing clause, and an instance that
organisations deployed. The negatives are the look-alikes these rules must leave
alone: a move "from" one company to another, a product an organisation deployed
(it uses it), a creator phrase with no person before it.
"""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import make_nlp
from tests.helpers_build import write_post
from tests.test_software_relations import extract, extract_posts

RELATIONS = {"uses", "runsOn", "createdBy", "partOf", "interactsWith", "affiliation",
             "locatedIn"}

POSTS = {
    "from.md": "The last talk was about a product known as Terraform (from the company "
               "HashiCorp), which many teams know.\n\nWe moved Jenkins, from Atlassian to "
               "GitHub, last year.\n",
    "creator.md": "The first talk was by Mitchell Hashimoto from HashiCorp, Vagrant's "
                  "original creator. Then a panel with the creators of Ansible.\n",
    "his.md": "Later Priya Natarajan showed off ZORBLAX, her Ruby app that turns notes "
              "into slides.\n",
    "across.md": "The demo was running WordPress across two providers - some of its "
                 "replicas were spread onto EKS, some in AKS, and the rest at home.\n",
    "onto.md": "They deploy Redis onto Kubernetes. Last year we moved our Jenkins to AWS. "
               "Then install Ruby on Rails. We pushed Flask to GitHub. Impala is the "
               "world's fastest SQL on Hadoop.\n",
    "deployed.md": "The Linux Foundation and several sponsors (including Intel and Cisco) "
                   "have deployed OperatorHub.io, a free catalogue for everyone. "
                   "OperatorHub is a production Kubernetes instance.\n\nCisco has deployed "
                   "OpenStack for its private cloud.\n",
    "made.md": "Kubernetes, a Google project, was there. Linkerd, a CNCF project, too. "
               "Netflix open-sourced Spinnaker. Prometheus was originally developed at "
               "SoundCloud. Kafka came out of LinkedIn. Jaeger, which Uber open-sourced, "
               "traces calls. Spotify runs Kafka.\n",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory, nlp) -> dict[str, set[tuple[str, str, str]]]:
    return extract_posts(nlp, tmp_path_factory.mktemp("makers"), POSTS)


def test_an_aside_from_a_company_names_the_maker_but_a_move_does_not(found) -> None:
    assert ("Terraform", "createdBy", "HashiCorp") in found["from.md"]
    assert not any(r == "createdBy" for _, r, _ in found["from.md"] - {
        ("Terraform", "createdBy", "HashiCorp")})


def test_the_person_before_a_creator_apposition_made_the_software(found) -> None:
    makers = {(s, o) for s, r, o in found["creator.md"] if r == "createdBy"}
    assert makers == {("Vagrant", "Mitchell Hashimoto")}  # not HashiCorp, nothing for Ansible


def test_her_app_is_made_by_the_person_and_runs_on_its_language(found) -> None:
    assert found["his.md"] >= {("ZORBLAX", "createdBy", "Priya Natarajan"),
                               ("ZORBLAX", "runsOn", "Ruby")}


def test_platforms_of_a_trailing_clause_are_where_the_run_software_runs(found) -> None:
    runs = {(s, o) for s, r, o in found["across.md"] if r == "runsOn"}
    assert runs == {("WordPress", "Amazon EKS"), ("WordPress", "Azure Kubernetes Service")}


def test_what_a_deploy_or_move_verb_puts_onto_a_platform_runs_on_it(found) -> None:
    # not "SQL on Hadoop" after a superlative: a kind of product, not the language
    runs = {(s, o) for s, r, o in found["onto.md"] if r == "runsOn"}
    assert runs == {("Redis", "Kubernetes"), ("Jenkins", "Amazon Web Services")}


def test_an_instance_is_made_by_its_deployers_and_a_product_only_used(found) -> None:
    rels = found["deployed.md"]
    assert {o for s, r, o in rels if r == "createdBy" and s == "OperatorHub"} == {
        "Linux Foundation", "Intel", "Cisco"}
    assert ("OpenStack", "createdBy", "Cisco") not in rels
    assert ("Cisco", "uses", "OpenStack") in rels


def test_makers_named_by_phrases_but_not_by_a_hosting_foundation(found) -> None:
    assert {(s, o) for s, r, o in found["made.md"] if r == "createdBy"} == {
        ("Kubernetes", "Google"), ("Spinnaker", "Netflix"), ("Prometheus", "SoundCloud"),
        ("Apache Kafka", "LinkedIn"), ("Jaeger", "Uber")}


def test_maker_rules_switch_off_for_ablations(tmp_path) -> None:
    for name in ("from.md", "his.md", "across.md"):
        write_post(tmp_path, name, POSTS[name], front=f"title: {name}\n")
    off = ["maker_from", "possessive_appositions", "described_software", "run_across"]
    found = extract(make_nlp(rules_off=off), tmp_path)
    assert not any(r in {"createdBy", "runsOn"} for rels in found.values() for _, r, _ in rels)


USER_POSTS = {
    "users.md": "Spotify runs Kubernetes in production. Datadog, a big Kafka user, spoke "
                "next. Later, CERN is a heavy user of OpenStack. At Adidas, we use Backstage "
                "for the portal. Lyft's engineers rely on Envoy.\n",
    "backends.md": "Cortex stores its chunks in Cassandra. Grafana, backed by PostgreSQL, is "
                   "easy to run. You can run Loki with a BoltDB backend. Loki is nice with "
                   "Grafana dashboards.\n",
    "partners.md": "Kiali talks to Prometheus. Flux plays well with Helm. Loki has a close "
                   "relationship with Prometheus. Grafana and Terraform work together. Vault "
                   "and Consul were both on stage.\n",
    "parts.md": "Kafka, Flink and Cassandra make up the Acme data platform. Promtail, Loki's "
                "agent, ships logs. Mitchell Hashimoto wrote up Vagrant notes.\n",
    "trip.md": "Last spring I flew to Lisbon for my first big conference, Web Summit. "
               "With Web Summit's crowds it is one of the largest events in Europe. I went "
               "to Porto for a holiday after PyCon.\n",
    "work.md": "Two engineers (Maria Lopez, Tom Becker) work for Spotify and love it.\n",
    "names.md": "Everyone there loves Spring. The keynote covered Grails, Spring Batch, and "
                "Spring XD. Kubernetes runs on Ubuntu. In OpenStack, drivers (e.g. libvirt, "
                "QEMU and KVM) are the core part of OpenStack Compute.\n",
}


@pytest.fixture(scope="module")
def used(tmp_path_factory, nlp) -> dict[str, set[tuple[str, str, str]]]:
    return extract_posts(nlp, tmp_path_factory.mktemp("users"), USER_POSTS, RELATIONS)


def test_organisations_that_run_or_are_users_of_software_use_it(used) -> None:
    assert {(s, o) for s, r, o in used["users.md"] if r == "uses"} == {
        ("Spotify", "Kubernetes"), ("Datadog", "Apache Kafka"), ("CERN", "OpenStack"),
        ("Adidas", "Backstage"), ("Lyft", "Envoy")}


def test_a_part_read_off_a_name_is_not_shared_with_the_names_listed_beside_it(used) -> None:
    parts = {(s, o) for s, r, o in used["names.md"] if r == "partOf"}
    assert ("Spring Batch", "Spring") in parts
    assert ("Grails", "Spring") not in parts
    # "OpenStack Compute" is Nova's full name, the part of OpenStack whose parts they are
    assert {("libvirt", "Nova"), ("QEMU", "Nova"), ("KVM", "Nova"),
            ("Nova", "OpenStack")} <= parts
    # "Kubernetes runs on Ubuntu" is software on a platform, not an organisation's use
    assert not any(r == "uses" for _, r, _ in used["names.md"])


def test_software_backed_by_or_storing_in_other_software_uses_it(used) -> None:
    assert {(s, o) for s, r, o in used["backends.md"] if r == "uses"} == {
        ("Cortex", "Apache Cassandra"), ("Grafana", "PostgreSQL"), ("Grafana Loki", "BoltDB")}


def test_partners_in_words_the_parse_misreads_interact(used) -> None:
    pairs = {frozenset((s, o)) for s, r, o in used["partners.md"] if r == "interactsWith"}
    assert pairs == {frozenset(p) for p in [("Kiali", "Prometheus"), ("Flux", "Helm"),
                                            ("Grafana Loki", "Prometheus"),
                                            ("Grafana", "Terraform")]}  # not Vault and Consul


def test_parts_that_make_up_software_but_no_maker_who_wrote_up_notes(used) -> None:
    assert ("Promtail", "partOf", "Grafana Loki") in used["parts.md"]
    assert not any(r == "createdBy" for _, r, _ in used["parts.md"])


def test_the_writers_trip_and_the_events_kind_place_it(used) -> None:
    places = {(s, o) for s, r, o in used["trip.md"] if r == "locatedIn"}
    assert {("Web Summit", "Lisbon"), ("Web Summit", "Europe")} <= places
    assert ("PyCon", "Porto") not in places  # a holiday, not the trip for the event


def test_people_in_brackets_before_work_for_are_affiliated(used) -> None:
    affiliated = {(s, o) for s, r, o in used["work.md"] if r == "affiliation"}
    assert affiliated == {("Maria Lopez", "Spotify"), ("Tom Becker", "Spotify")}


def test_user_and_worker_rules_switch_off_for_ablations(tmp_path) -> None:
    posts = {n: USER_POSTS[n] for n in ("users.md", "work.md")}
    posts["names.md"] = USER_POSTS["names.md"]
    off = ["org_runs", "user_nouns", "at_org_we", "org_staff", "plural_workers",
           "name_reads_alone"]
    found = extract_posts(make_nlp(rules_off=off), tmp_path, posts, RELATIONS)
    assert found["work.md"] == set()
    assert ("Grails", "partOf", "Spring") in found["names.md"]  # the old list reading
    assert not {("Spotify", "uses", "Kubernetes"), ("Lyft", "uses", "Envoy")} & found["users.md"]
