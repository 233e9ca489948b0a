"""Which names become entities, and of which type (issue 10, entity recall and typing).

Every post here is invented for the test. The pipeline is the real one; each test
says what a reader of the post would call a name, and what a reader would not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from kg.ingest import discover, read
from kg.nlp.docext import ensure_extensions
from kg.nlp.names.modelspans import retype
from kg.nlp.names.stopnames import common_word, ordinary_words
from kg.nlp.pipeline import prepare
from kg.nlp.tokens import split_glued_names
from tests.helpers_build import write_post


def entities(nlp, folder: Path, body: str) -> dict[tuple[str, str], list[str]]:
    """(type, name) -> aliases of the post's entities."""
    write_post(folder, "post.md", body, front="title: Notes from a conference\n")
    source = next(s for s in discover([folder]) if hasattr(s, "path"))
    doc = nlp(prepare(nlp, read(source)))
    return {(e["type"], e["name"]): e["aliases"] for e in doc._.kg_entities}


def names(found: dict[tuple[str, str], list[str]]) -> set[str]:
    return {name for _, name in found}


def test_ordinary_words_are_no_names() -> None:
    assert common_word("Shadow") and common_word("reality")
    assert not common_word("Spence")  # a surname too: the dictionary capitalises it
    assert not common_word("HAWQ") and not common_word("PivotalHD")
    assert ordinary_words(["Box", "Shadow"]) and not ordinary_words(["Gautami", "Nadkarni"])


@pytest.mark.parametrize(("text", "label", "kept"), [
    ("Use the Box Shadow tool here.", "Person", False),
    ("Try the Virtual Reality stall.", "Place", False),
    ("She met Gautami Nadkarni there.", "Person", True),
    ("Talks by Content Stacker Anne Gentle today.", "Person", True),  # the title drops
])
def test_model_names_made_of_ordinary_words_are_dropped(text: str, label: str,
                                                          kept: bool) -> None:
    ensure_extensions()
    doc = spacy.blank("en")(text)
    words = text.rstrip(".").split()
    start = next(i for i, w in enumerate(words) if w[:1].isupper() and i > 0)
    end = next((i for i in range(start, len(words)) if not words[i][:1].isupper()), len(words))
    span = Span(doc, start, end, label=label)
    assert (retype(span, 1) is not None) is kept


def test_known_names_in_other_casings(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, "We flew to Kubecon and filed a Github issue about "
                                    "our virtualbox images.\n")
    lowered = {(type_, name.lower()) for type_, name in found}
    assert ("Event", "kubecon") in lowered
    assert ("Software", "github") in lowered  # the service posted to
    assert ("Software", "virtualbox") in lowered


def test_ordinary_words_that_are_also_names_need_their_context(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, """
The new command line tool is written in Go, alongside Kubernetes and Docker.

Make a list of what you did not understand. I was asked to deliver a Keynote at a meetup
about Hyper-Converged storage with Kubernetes and Docker.
""")
    assert ("Software", "Go") in found
    assert not {"Make", "Keynote", "Hyper"} & names(found)


def test_links_that_name_their_platform_or_a_person(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, """
I post photos on [IG](https://www.instagram.com/someone/) and videos on
[Youtube](https://www.youtube.com/@someone). Thanks to [Priya](https://twitter.com/priya_codes)
for the help.
""")
    assert ("Software", "IG") in found
    assert ("Software", "YouTube") in found  # in the platform's own casing
    assert ("Person", "Priya") in found


def test_event_names_with_regions_years_and_coined_names(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, """
WidgetCon Europe was fun, and so was Kubecon Lisbon 2021. Next month is the GadgetCamp2x
conference, then the Fedora Dojo.

## My First Day

It was a long day.
""")
    events = {name for type_, name in found if type_ == "Event"}
    assert {"WidgetCon Europe", "Kubecon Lisbon 2021", "GadgetCamp2x", "Fedora Dojo"} <= events
    assert "My First Day" not in events and "First Day" not in events


def test_people_by_given_name_and_quote_signatures(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, """
"We shipped it in a week."
-Maria Kowalczyk, Initech, on delivery.

Later Kowalczyk demoed the tool.
""")
    assert ("Person", "Maria Kowalczyk") in found
    assert "Kowalczyk" in found[("Person", "Maria Kowalczyk")]


def test_a_companys_coined_product_is_software(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, "They store every file in Dropbox Magicpocket now.\n")
    assert ("Software", "Dropbox Magicpocket") in found


def test_the_foundation_refers_back_to_the_full_name(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, "The OpenStack Foundation runs the event. Later the "
                                    "Foundation thanked Kubernetes and Docker users.\n")
    assert "Foundation" in found[("Organization", "OpenStack Foundation")]
    assert ("Software", "Foundation") not in found


def test_groups_and_parts_of_places(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, "The Storage SIG met in Downtown Chicago after lunch.\n")
    assert ("Organization", "Storage SIG") in found
    assert ("Place", "Downtown Chicago") in found


def test_names_glued_to_punctuation_are_split() -> None:
    nlp = spacy.blank("en")
    split_glued_names(nlp)
    words = [t.text for t in nlp.make_doc("-Dana Whit, Acme. I like Go(and Rust) a lot")]
    assert words[:3] == ["-", "Dana", "Whit"]
    assert "Go" in words and "(" in words


def test_a_name_in_a_list_of_companies_is_a_company(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, "Thanks to the sponsors: Rackspace, HP, Nebula, VMware "
                                    "and Dell.\n")
    assert ("Organization", "Nebula") in found


def test_lower_case_names_beside_other_software(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, "SDKs exist for Java (jclouds), Python (libcloud) and "
                                    "Ruby (fog). Make sure to make release notes.\n")
    lowered = {name.lower() for _, name in found}
    assert "fog" in lowered
    assert "make" not in lowered


def test_a_linked_event_name_is_the_whole_link(nlp, tmp_path: Path) -> None:
    found = entities(nlp, tmp_path, "On the first day I went to the “[Hacking Day Featuring "
                                    "Rust](https://example.org/events/hacking-day/)”.\n")
    assert ("Event", "Hacking Day Featuring Rust") in found
