"""Sessions as conference write-ups of any blog tell of them (issue 10, external rules).

Every post here is invented for the test. The forms are the ones write-ups share, taken
from how such posts are written in general: "Title by Name" headings whose section
names the speaker again, "Name - Title" headings beside one another, "Title (Name)"
items that go on with comments, possessive and passive keynotes, "Name (closing
keynote: Title)", a heading over a section that opens with its speaker at work. The
negatives are the look-alikes: a quote someone said after "keynote", a heading over
talks, a section that quotes its workshop's real title.
"""

from __future__ import annotations

import pytest

from kg.graph.store import GraphStore
from tests.helpers_build import store_of
from tests.test_talk_sessions import ask, sessions

POSTS = {
    "favourites.md": ("Gizmoconf 2031 in review", """
A few of us flew to Gizmoconf 2031 in Tampere. Here are the ones we keep recommending.

## Counting Without Numbers by Wilhelmina Osei

Osei opens with a history of tally sticks and ends with modern sketches.

## Queues All The Way Down by Bartholomew Ekwueme

Bartholomew shows how every service ends up as a queue.

## Why Caches Lie by Desmond Achterberg
"""),
    "lineup.md": ("Notes from Gizmoconf 2031", """
The conference had a strong line of speakers this year.

### Wilhelmina Osei - Counting Without Numbers

A gentle start.

### JB Okonkwo - Testing the Untestable

Lots of live demos.
"""),
    "wishlist.md": ("Six Gizmoconf 2031 talks I want to see", """
Here is my list of the talks I am looking forward to.

1. Parsing Everything, Slowly (Marisol Quintanilla)
I have wanted to hear this one for a year, because my own parser is slow.

2. Lessons From Broken Builds (Anselm Kowalczyk)
Anything about builds is worth hearing.
"""),
    "narrative.md": ("Gizmoconf 2031", """
Gizmoconf 2031 took place in Tampere.

One of my favourite talks was by Initech's Rosalind Achebe, who showed her tracing tools.

The closing keynote was given by Leopold Umarov on the future of compilers.

Cornelius Abara of Globex discussed backpressure. In the talk, he showed their load tests.

Then came the presentation of Theodora Vance about release trains.

I also caught Ignatius Moreau's "Refactoring in Public" session on the second day.

Seraphina Lund (opening keynote: The Long Road to Zero Bugs) set the tone.

Octavia Brennan's keynote made me say "I need to rewrite everything" out loud.

Ludovica also gave a short talk on packaging, unplanned.

## Shipping Widgets Weekly

Percival Otieno walked us through how his team releases every Friday.

## Presentations

The presentations of the morning were all short.
"""),
    "reviews.md": ("Gizmoconf 2031", """
My short reviews of the talks I went to on Saturday:

- Widget Internals: Good talk, though the speaker rushed the end.
- Rust for Gadgets: Packed room. Interesting questions after the talk.
- Gadget Testing at Scale: Nice presentation.
- Lunch: Too long a queue.

For the first talk of the afternoon, Ottoline Vasquez showed her profiler.

Marguerite Olsen (Olsen-Hart)
Posted in March
"""),
    "afternoon.md": ("Thoughts on Blorpcon 2025", """
Blorpcon 2025 was a pleasure this year.

Next up was Leander Quist, talking about message queues.

The afternoon keynote came from Solveig Marchetti of Umbrella.

We also heard from Casimir Delacroix about type systems.

## Faster Builds for Everyone

In this talk, Henrietta Vogt explained how her team cut build times in half.

## Testing in Production

Gustav Lindahl's talk was the most practical one of the day.

We were in Graz all week for Blorpcon 2025, and both of Ingeborg Stavros's talks Cache
Rules Everything and Quiet Pagers Everywhere were worth the trip. The creator of Redis,
Salvatore Sanfilippo, was in the audience.
"""),
    "table.md": ("Recap of Quuxconf 2026", """
Quuxconf 2026 took place in Porto.

## Keynote: The Future of Build Systems

The keynote was delivered by Zebedee Hartmann from Initrode.

## The talks I saw

| Talk | Speaker |
| --- | --- |
| Making Sense of Logs | Philippa Nakamura |

- **Edge Caching Explained** – Imogen Castellanos (Pied Piper)
"""),
}


def fronted(*names: str) -> dict[str, tuple[str, str]]:
    return {n: (f"title: {POSTS[n][0]}\n", POSTS[n][1]) for n in names or POSTS}


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp):
    graph = store_of(nlp, tmp_path_factory.mktemp("writeups"), fronted())
    yield graph
    graph.close()


def test_title_by_name_headings_whose_section_names_the_speaker(store: GraphStore) -> None:
    found = sessions(store, "favourites.md")
    assert found["Counting Without Numbers"] == {"Wilhelmina Osei"}
    assert found["Queues All The Way Down"] == {"Bartholomew Ekwueme"}
    # no section of its own: its siblings say what it is
    assert found["Why Caches Lie"] == {"Desmond Achterberg"}


def test_sibling_headings_share_their_form(store: GraphStore) -> None:
    found = sessions(store, "lineup.md")
    assert found["Counting Without Numbers"] == {"Wilhelmina Osei"}
    assert found["Testing the Untestable"] == {"JB Okonkwo"}


def test_items_that_open_with_title_and_speaker(store: GraphStore) -> None:
    found = sessions(store, "wishlist.md")
    assert found["Parsing Everything, Slowly"] == {"Marisol Quintanilla"}
    assert found["Lessons From Broken Builds"] == {"Anselm Kowalczyk"}


def test_narrative_forms_of_write_ups(store: GraphStore) -> None:
    found = sessions(store, "narrative.md")
    assert found["Rosalind Achebe talk"] == {"Rosalind Achebe"}  # "talks was by Org's X"
    assert found["Leopold Umarov keynote"] == {"Leopold Umarov"}  # "was given by"
    assert found["Cornelius Abara talk"] == {"Cornelius Abara"}  # "discussed"; "In the talk"
    assert found["Theodora Vance presentation"] == {"Theodora Vance"}  # "presentation of X"
    assert found["Refactoring in Public"] == {"Ignatius Moreau"}  # 'X's "Title" session'
    assert found["The Long Road to Zero Bugs"] == {"Seraphina Lund"}  # "X (keynote: Title)"
    assert found["Shipping Widgets Weekly"] == {"Percival Otieno"}  # heading, then speaker
    assert found["Ludovica talk"] == {"Ludovica"}  # a given name alone


def test_more_ways_write_ups_name_a_speaker(store: GraphStore) -> None:
    found = sessions(store, "afternoon.md")
    assert found["Leander Quist talk"] == {"Leander Quist"}  # "Next up was X"
    assert found["Solveig Marchetti keynote"] == {"Solveig Marchetti"}  # "came from X"
    assert found["Casimir Delacroix talk"] == {"Casimir Delacroix"}  # "heard from X"
    assert found["Faster Builds for Everyone"] == {"Henrietta Vogt"}  # "In this talk, X"
    assert found["Testing in Production"] == {"Gustav Lindahl"}  # "X's talk was"
    assert "Henrietta Vogt talk" not in found
    assert found["Cache Rules Everything"] == {"Ingeborg Stavros"}  # "X's talks A and B"
    assert found["Quiet Pagers Everywhere"] == {"Ingeborg Stavros"}


def test_relations_write_ups_state(store: GraphStore) -> None:
    assert ask(store, """ASK { ?s rdfs:label "Redis" ;
                                   schema:creator/rdfs:label "Salvatore Sanfilippo" }""")
    assert ask(store, """ASK { ?e rdfs:label "Blorpcon 2025" ;
                                   schema:location/rdfs:label "Graz" }""")


def test_rows_and_bylines_in_parentheses(store: GraphStore) -> None:
    found = sessions(store, "table.md")
    assert found["Making Sense of Logs"] == {"Philippa Nakamura"}  # a title cell, a speaker's
    assert found["Edge Caching Explained"] == {"Imogen Castellanos"}  # "A (Org)" at the end
    assert found["Keynote: The Future of Build Systems"] == {"Zebedee Hartmann"}
    assert "The keynote was" not in found  # a sentence is no title


def test_look_alikes_of_write_ups(store: GraphStore) -> None:
    found = sessions(store, "narrative.md")
    assert "I need to rewrite everything" not in found  # said, not a title
    assert "Presentations" not in found  # a heading over talks
    assert ask(store, """ASK { ?p rdfs:label "Cornelius Abara" ;
                                   schema:affiliation/rdfs:label "Globex" }""")


def test_reviews_of_talks_in_a_list(store: GraphStore) -> None:
    found = sessions(store, "reviews.md")
    assert {"Widget Internals", "Rust for Gadgets", "Gadget Testing at Scale"} <= set(found)
    assert found["Ottoline Vasquez talk"] == {"Ottoline Vasquez"}  # "For the first talk, X"
    assert "Lunch" not in found  # no talk word, though in the list
    assert ask(store, """ASK { ?s rdfs:label "Rust for Gadgets" ;
                                   schema:superEvent/rdfs:label "Gizmoconf 2031" }""")


def test_a_former_name_under_a_byline_is_no_employer(store: GraphStore) -> None:
    assert not ask(store, """ASK { ?p rdfs:label "Marguerite Olsen" ; schema:affiliation ?o }""")


def test_the_external_rules_switch_off(tmp_path, monkeypatch) -> None:
    """Each external rule is named in bench/lobo.py EXTERNAL: with all of them off, none of
    these is read (an ablation can measure what they add)."""
    from pathlib import Path

    from kg.nlp.pipeline import make_nlp

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "bench"))
    from lobo import EXTERNAL

    graph = store_of(make_nlp(rules_off=EXTERNAL), tmp_path, fronted("favourites.md",
                                                                      "narrative.md"))
    try:
        assert "Counting Without Numbers" not in sessions(graph, "favourites.md")
        found = sessions(graph, "narrative.md")
        assert "Leopold Umarov keynote" not in found
        assert "Refactoring in Public" not in found
    finally:
        graph.close()
