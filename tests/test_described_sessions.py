"""Sessions the prose describes, and affiliations the prose states (issue 10).

Every post here is invented for the test. The forms are the ones conference posts of
any blog share: "a talk by our very own X", "X then spent his lightning talk on Y",
a person's slides link, "I gave a talk", speakers-first list items, a schedule line
that repeats the author's name, "X is a product manager at Y". The negatives are the
look-alikes: the author's "we" beside a partner, a company that closes a list of
speakers, a heading that names an event.
"""

from __future__ import annotations

import pytest

from kg.graph.store import GraphStore
from tests.helpers_build import build_into, write_post
from tests.test_talk_sessions import ask, sessions

POSTS = {
    "dataday.md": ("Data Day Texas 2024", "Sam Rivera", """
Data Day Texas 2024 was packed with talks. A highlight for us was the talk by our very own
Laura Chen on metrics.

Then Daniel Brooks boldly, and rather cheerfully, gave his lightning talk on Kafka with
live code. Later Michael Turner demoed Kubernetes to a full room.

Acme's Peter Novak closed the day with a talk, "Why do queues fail? Because nobody watches
them," and the room agreed.

Several colleagues gave talks this year. Acme engineer Nora Quinn made the case for
[boring tests](https://speakerdeck.com/nquinn/boring-tests) once more.
"""),
    "mytalk.md": ("Back from WidgetConf 2024", "Sam Rivera", """
WidgetConf 2024 was fun this year. I gave a talk about Kafka in the main hall and
people asked good questions.
"""),
    "roundup.md": ("Recent blog posts", "Sam Rivera", """
Here is what people wrote about lately.

**Identity for web applications**, by Nathan Kinder

> This week, I gave a presentation at WidgetConf 2024 about identity management.

**My new laptop**, by Olga Petrova

> I set up my new laptop this week.
"""),
    "sites.md": ("Where to publish technical articles", "Sam Rivera", """
Some sites pay for articles.

### [Nora Quinn](https://noraquinn.example/write-for-us)

- Technical tutorials and blog posts about data.

### [Simple Talk](https://simpletalk.example/contribute)

- Articles about databases.
"""),
    "dojo.md": ("Speakers at the Widget Dojo", "Sam Rivera", """
Several of our friends speak at the Widget Dojo tomorrow:

* Nicolas Lopez - Faster builds with shared caches
* Xaviera Quintal, Ulrike Brandt - Packaging widgets for every distribution
"""),
    "schedule.md": ("Find us at Cloud Expo 2013", "Hart Ingram", """
Come and see our team at Cloud Expo 2013.

**3:15PM, Hall B:**
Hart Ingram: _Running WordPress Under Heavy Load_
**Description**: A tour of what it takes to keep a busy WordPress site fast on rented
servers: caching layers, database replicas, content delivery networks, and the monitoring
that warns you before anything breaks. Bring the questions your own site keeps raising, and
leave with a checklist.
"""),
    "people.md": ("Red Hat Summit videos", "Sam Rivera", """
These are the videos of the summit worth watching.

**Keith Moreno: Introduction to OpenStack**

Moreno, a product manager at Red Hat, walks through the basics.

We built our first cloud together with NASA years ago.

The talks I liked best:

### Trusting Container Scanners, Ian Coldwater, Duffie Cooley, Rory McCune, Datadog

A fun one.
"""),
    "addo.md": ("From KubeCon to my first keynote", "Sam Rivera", """
### All Day DevOps in October
Soon after, a message from Katy Hiller asked whether I would give a keynote at All Day
DevOps.
"""),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("described")
    for name, (title, author, body) in POSTS.items():
        write_post(folder, name, body, front=f"title: {title}\nauthor: {author}\n")
    graph = GraphStore(None)
    try:
        report = build_into(graph, nlp, folder)
        assert (report.ok, report.built) == (True, len(POSTS))
        yield graph
    finally:
        graph.close()


def test_described_talks_in_narrative(store: GraphStore) -> None:
    found = sessions(store, "dataday.md")
    assert found["Laura Chen talk"] == {"Laura Chen"}  # "by our very own"
    assert found["Daniel Brooks talk"] == {"Daniel Brooks"}  # adverbs before the verb
    # a quoted title with a question mark inside
    assert found["Why do queues fail? Because nobody watches them"] == {"Peter Novak"}
    assert found["Nora Quinn talk"] == {"Nora Quinn"}  # her slides, where talks are spoken of
    assert found["Michael Turner talk"] == {"Michael Turner"}
    assert ask(store, """ASK { ?s rdfs:label "Michael Turner talk" ;
                                   schema:about/rdfs:label "Kubernetes" }""")


def test_the_authors_own_talk(store: GraphStore) -> None:
    assert sessions(store, "mytalk.md") == {"Sam Rivera talk": {"Sam Rivera"}}
    assert ask(store, """ASK { ?s rdfs:label "Sam Rivera talk" ;
                                   schema:superEvent/rdfs:label ?e .
                               FILTER(CONTAINS(?e, "WidgetConf")) }""")


def test_in_a_quote_i_is_the_quoted_writer(store: GraphStore) -> None:
    assert sessions(store, "roundup.md") == {
        "Nathan Kinder presentation": {"Nathan Kinder"}}


def test_a_heading_linked_to_a_site_is_no_session(store: GraphStore) -> None:
    assert sessions(store, "sites.md") == {}


def test_list_items_read_like_their_siblings(store: GraphStore) -> None:
    found = sessions(store, "dojo.md")
    assert found["Faster builds with shared caches"] == {"Nicolas Lopez"}
    assert found["Packaging widgets for every distribution"] == {"Xaviera Quintal",
                                                                 "Ulrike Brandt"}


def test_a_name_known_from_the_front_matter_speaks_on_a_schedule_line(store: GraphStore
                                                                       ) -> None:
    assert sessions(store, "schedule.md") == {
        "Running WordPress Under Heavy Load": {"Hart Ingram"}}


def affiliated(store: GraphStore, person: str, org: str) -> bool:
    return ask(store, f"""ASK {{ ?p rdfs:label "{person}" ; schema:affiliation ?o .
                                 ?o rdfs:label "{org}" }}""")


def test_affiliations_the_prose_states(store: GraphStore) -> None:
    assert affiliated(store, "Keith Moreno", "Red Hat")  # "Moreno, a product manager at"
    assert affiliated(store, "Rory McCune", "Datadog")
    assert not affiliated(store, "Duffie Cooley", "Datadog")  # the company closes the list
    assert not affiliated(store, "Sam Rivera", "NASA")  # "we built ... with NASA"


def test_a_heading_that_names_an_event_is_no_session(store: GraphStore) -> None:
    found = sessions(store, "addo.md")
    assert not any("October" in title for title in found)
    assert found.get("Sam Rivera keynote") == {"Sam Rivera"}


def test_the_new_rules_switch_off(tmp_path) -> None:
    """bench/lobo.py leaves a blog's rules out: each switch must really remove its rule."""
    from kg.nlp.pipeline import make_nlp

    title, author, body = POSTS["mytalk.md"]
    write_post(tmp_path, "mytalk.md", body, front=f"title: {title}\nauthor: {author}\n")
    graph = GraphStore(None)
    build_into(graph, make_nlp(rules_off=["first_person_talks"]), tmp_path)
    try:
        assert sessions(graph, "mytalk.md") == {}
    finally:
        graph.close()
