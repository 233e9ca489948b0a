"""Software, places and events on posts the rules were not written for (issue 10).

Every sentence here is invented for the test. Each test runs the real pipeline and,
where a named rule is at stake, the same pipeline with that rule switched off, so the
test shows what the rule adds and cannot pass without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import discover, read
from kg.nlp.pipeline import make_nlp, prepare
from tests.helpers_build import write_post

RULES = ["venue_names", "versioned_names", "lower_plain_names", "capital_stops",
         "event_places", "introduced_software", "place_pairs",
         "introduced_orgs", "org_branches", "dated_events",
         "login_use", "practice_acronyms"]


@pytest.fixture(scope="module")
def nlp_off():
    """The pipeline with this module's rules switched off."""
    return make_nlp(rules_off=RULES)


def found(nlp, folder: Path, body: str) -> dict[tuple[str, str], list[str]]:
    """(type, name) -> aliases of the post's entities other than sessions."""
    write_post(folder, "post.md", body, front="title: Notes from a meetup\n")
    source = next(s for s in discover([folder]) if hasattr(s, "path"))
    doc = nlp(prepare(nlp, read(source)))
    return {(e["type"], e["name"]): e["aliases"] for e in doc._.kg_entities
            if e["type"] != "Session"}


def test_well_known_platforms_are_listed(nlp, tmp_path: Path) -> None:
    got = found(nlp, tmp_path, "I uploaded the recording on YouTube and asked about it on "
                               "Stack Overflow; the Mojolicious port came later.\n")
    assert {("Software", "YouTube"), ("Software", "Stack Overflow"),
            ("Software", "Mojolicious")} <= set(got)


def test_venues_named_by_their_kind(nlp, nlp_off, tmp_path: Path) -> None:
    body = ("Some 900 people filled the Larkwood Opera House and Union Station in "
            "Springfield. Our Data Center team sat at the Help Center desk.\n")
    got = found(nlp, tmp_path / "on", body)
    assert {("Place", "Larkwood Opera House"), ("Place", "Union Station")} <= set(got)
    assert not any("Center" in name for _, name in got)  # ordinary words before "Center"
    off = found(nlp_off, tmp_path / "off", body)
    assert ("Place", "Union Station") not in off


def test_an_ambiguous_name_before_a_version(nlp, nlp_off, tmp_path: Path) -> None:
    body = "The keynote moved the demo app to Spring 4 and Go 1.11. We run Nova 2 nodes.\n"
    got = found(nlp, tmp_path / "on", body)
    assert ("Software", "Spring") in got and "Spring 4" in got[("Software", "Spring")]
    assert ("Software", "Go") in got
    assert ("Software", "Nova") not in got  # a count, not a release
    off = found(nlp_off, tmp_path / "off", body)
    assert ("Software", "Spring") not in off


def test_events_named_with_their_place(nlp, nlp_off, tmp_path: Path) -> None:
    body = ("We spoke at OpenStack Summit San Diego and then at Spark Summit East. At the "
            "OpenStack Summit in Paris we only listened.\n")
    got = found(nlp, tmp_path / "on", body)
    assert {("Event", "OpenStack Summit San Diego"), ("Event", "Spark Summit East"),
            ("Place", "San Diego"), ("Place", "Paris")} <= set(got)
    off = found(nlp_off, tmp_path / "off", body)
    assert ("Event", "OpenStack Summit San Diego") not in off


def test_a_company_and_its_country_name_its_branch(nlp, nlp_off, tmp_path: Path) -> None:
    body = "Rackspace UK hosted the evening; a speaker came from Red Hat France.\n"
    got = found(nlp, tmp_path / "on", body)
    assert {("Organization", "Rackspace UK"), ("Organization", "Red Hat France")} <= set(got)
    assert not any(kind == "Place" for kind, _ in got)
    assert ("Organization", "Rackspace UK") not in found(nlp_off, tmp_path / "off", body)




def test_acronyms_of_practices_are_no_companies() -> None:
    import spacy
    from spacy.tokens import Span

    from kg.nlp.docext import ensure_extensions
    from kg.nlp.names.modelspans import retype

    ensure_extensions()
    doc = spacy.blank("en")("The keynote said that SRE is a culture.")
    span = Span(doc, 4, 5, label="Organization")
    assert retype(span, 2) is None
    assert retype(span, 2, practices=False) is not None


@pytest.mark.parametrize(("body", "name"), [
    # place_pairs: a place that is also a first name, beside a known place
    ("I live in Arlington, Virginia these days. Virginia, my colleague, spoke.\n",
     ("Place", "Virginia")),
    # dated_events: "Ignite" alone may be a talk format
    ("We flew out for Microsoft Ignite 2016 and gave an Ignite talk at a meetup.\n",
     ("Event", "Microsoft Ignite 2016")),
    # login_use: the platform signed up with is the service
    ("The new registry is federated, and you can sign up with GitHub to publish.\n",
     ("Software", "GitHub")),
])
def test_names_that_one_rule_adds(nlp, nlp_off, tmp_path: Path, body: str,
                                  name: tuple[str, str]) -> None:
    assert name in found(nlp, tmp_path / "on", body)
    assert name not in found(nlp_off, tmp_path / "off", body)


@pytest.mark.parametrize(("body", "names", "rule_adds"), [
    # lower_plain_names
    ("The team moved its builds to the tekton project, then to kustomize and Helm.\n",
     {("Software", "Tekton"), ("Software", "Kustomize")}, ("Software", "Tekton")),
    # capital_stops: the tokenizer kept "MaaS." whole
    ("For bare metal we settled on MaaS. The laptops all run macOS.\n",
     {("Software", "MAAS"), ("Software", "macOS")}, ("Software", "MAAS")),
    # introduced_software; "Sarah is a developer" introduces no software
    ("Zorblax is a next-generation package manager for JavaScript. She also showed "
     "Quillfeather, a federated build tool. Sarah is a developer.\n",
     {("Software", "Zorblax"), ("Software", "Quillfeather")}, ("Software", "Zorblax")),
    # introduced_orgs
    ("Thanks to my employer, Brightwave, I could go. The startup Quillix ran a booth "
     "and Mira works for Tallyforge. The company was great.\n",
     {("Organization", "Brightwave"), ("Organization", "Quillix"),
      ("Organization", "Tallyforge")}, ("Organization", "Quillix")),
])
def test_names_that_rules_add(nlp, nlp_off, tmp_path: Path, body: str,
                              names: set[tuple[str, str]], rule_adds: tuple[str, str]) -> None:
    got = found(nlp, tmp_path / "on", body)
    assert names <= set(got)
    assert ("Software", "Sarah") not in got
    assert rule_adds not in found(nlp_off, tmp_path / "off", body)
