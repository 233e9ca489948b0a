"""``kg eval``: the scorer's arithmetic on hand-made gold, and the command on real gold posts."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pytest

from kg.cli import main
from kg.evaluate import GoldError, evaluate, load_gold, normalise, select_half
from kg.evaluate.gold import GoldDoc
from kg.evaluate.match import Item, Link, entities_match, match, names_of, relations_match
from kg.evaluate.system import OutEntity, write_post
from kg.graph.store import GraphStore
from tests.conftest import CORPUS, GOLD, needs_corpus


@dataclass(frozen=True)
class PostStub:
    """The few post fields the contract writes, for output that has no source file."""

    identifier: str
    title: str = ""
    date: None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    authors: tuple[object, ...] = ()
    source_length: int = 0


class OutRelation(NamedTuple):
    subject: str
    name: str
    object: str


HAND_GOLD = {
    "doc": "2013-01-01-hand-made.markdown",
    "entities": [
        {"id": "e1", "type": "Person", "name": "Rob Hirschfeld", "aliases": ["zehicle"]},
        {"id": "e2", "type": "Organization", "name": "Dell", "aliases": []},
        {"id": "e3", "type": "Software", "name": "OpenStack", "aliases": []},
        {"id": "e4", "type": "Session", "name": "Upgrading OpenStack", "aliases": []},
        {"id": "e5", "type": "Software", "name": "Nova", "aliases": []},
        {"id": "e6", "type": "Software", "name": "Cinder", "aliases": []},
    ],
    "relations": [
        {"s": "e4", "p": "presenter", "o": "e1"},
        {"s": "e4", "p": "about", "o": "e3"},
        {"s": "e1", "p": "affiliation", "o": "e2"},
        {"s": "e5", "p": "interactsWith", "o": "e6"},
    ],
}

# The system's output for the hand-made post: what it gets right and wrong is in
# test_hand_made_scores.
HAND_SYSTEM = (
    [OutEntity("p", "Person", "zehicle"),                   # e1, by its alias
     OutEntity("d", "Organization", "the Dell\u2019s"),      # e2, after normalisation
     OutEntity("os", "Organization", "OpenStack"),           # wrong type: false hit + miss
     OutEntity("s", "Session", "Upgrading OpenStack"),       # e4
     OutEntity("n", "Software", "Nova"),                     # e5
     OutEntity("pdx", "Place", "Portland")],                 # false hit; Cinder is missed
    [OutRelation("s", "presenter", "p"),                     # hit
     OutRelation("s", "about", "os"),                        # hit: ends match by name alone
     OutRelation("d", "affiliation", "p"),                   # reversed: false hit + miss
     OutRelation("n", "uses", "pdx")],                       # false hit; interactsWith missed
)


def write_gold(folder: Path, *docs: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (folder / f"{doc['doc']}.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


def store_of(path: Path, posts: list[tuple[str, list[OutEntity], list[OutRelation]]]) -> Path:
    """An on-disk graph holding the given output per post, written through the contract."""
    store = GraphStore(path)
    for identifier, entities, relations in posts:
        write_post(store, PostStub(identifier), entities, relations)
    store.close()
    return path


def gold_as_output(doc: GoldDoc) -> tuple[str, list[OutEntity], list[OutRelation]]:
    return (doc.doc,
            [OutEntity(e.id, e.type, e.name, e.aliases) for e in doc.entities],
            [OutRelation(r.subject, r.name, r.object) for r in doc.relations])


# --- normalisation and matching -----------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Rackspace\u2019s", "rackspace"),
    ("The  OpenStack\nFoundation", "openstack foundation"),
    ("\u201cButter\u201d Up", '"butter" up'),
    ("Agile\u2013techture", "agile-techture"),
    ("Open\u2014Cloud", "open-cloud"),
    ("  the Summit's ", "summit"),
])
def test_normalise(a: str, b: str) -> None:
    assert normalise(a) == b


def test_normalise_keeps_what_the_rules_do_not_drop() -> None:
    assert normalise("Theano") == "theano"
    assert normalise("Rackspace's Cloud") == "rackspace's cloud"
    assert normalise("Cloud Foundry (BOSH)") != normalise("Cloud Foundry")


def test_interacts_with_matches_either_way_other_relations_do_not() -> None:
    nova, cinder = (Item(n, "Software", n, names_of(n)) for n in ("Nova", "Cinder"))
    assert relations_match(Link("interactsWith", cinder, nova), Link("interactsWith", nova, cinder))
    assert not relations_match(Link("uses", cinder, nova), Link("uses", nova, cinder))
    assert relations_match(Link("uses", nova, cinder), Link("uses", nova, cinder))


def test_matching_is_optimal_not_greedy() -> None:
    # A greedy pass that gives the two-named system entity to the first gold entity
    # it fits ("Cloud Files") leaves the one-named system entity nothing: 1 pair.
    system = [Item("a", "Software", "Rackspace Cloud Files",
                   names_of("Rackspace Cloud Files", "Cloud Files")),
              Item("b", "Software", "Cloud Files", names_of("Cloud Files"))]
    gold = [Item("g1", "Software", "Cloud Files", names_of("Cloud Files")),
            Item("g2", "Software", "Rackspace Cloud Files", names_of("Rackspace Cloud Files"))]
    assert match(system, gold, entities_match) == [(0, 1), (1, 0)]


# --- scores -------------------------------------------------------------------------------

def test_hand_made_scores(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", HAND_GOLD)
    store = store_of(tmp_path / "store", [(HAND_GOLD["doc"], *HAND_SYSTEM)])
    report = evaluate(gold, store=store)

    # Entities: hits e1 (alias), e2 (normalised), e4, e5 = 4; false hits Organization
    # "OpenStack", Place "Portland" = 2; misses Software OpenStack and Cinder = 2.
    # P = 4/6, R = 4/6, F1 = 2PR/(P+R) = 2/3.
    e = report.entities
    assert (e.tp, e.fp, e.fn) == (4, 2, 2)
    assert e.precision == pytest.approx(2 / 3) and e.recall == pytest.approx(2 / 3)
    assert e.f1 == pytest.approx(2 / 3)
    # Software: 1 hit (Nova), 0 false, 2 missed: P = 1, R = 1/3, F1 = 2(1/3)/(4/3) = 1/2.
    # Organization: 1 hit, 1 false: P = 1/2, R = 1, F1 = 2/3. Place: 1 false: all 0.
    by_type = report.entity_counts()
    assert by_type["Software"].f1 == pytest.approx(0.5)
    assert by_type["Organization"].f1 == pytest.approx(2 / 3)
    assert by_type["Place"].precision == 0.0 and by_type["Place"].fp == 1

    # Relations: hits presenter, about = 2; false hits reversed affiliation, uses = 2;
    # misses affiliation, interactsWith = 2. P = 2/4, R = 2/4, F1 = 1/2.
    r = report.relations
    assert (r.tp, r.fp, r.fn) == (2, 2, 2)
    assert (r.precision, r.recall, r.f1) == (0.5, 0.5, 0.5)

    errors = report.errors()
    assert "missed entity   Software      Cinder" in errors
    assert "false entity    Organization  OpenStack  [gold has it as Software]" in errors
    assert "the Dell\u2019s --affiliation--> zehicle  [gold has it reversed]" in errors
    data = report.to_json(errors=True)
    assert data["entities"]["overall"]["f1"] == pytest.approx(0.6667)
    assert {x["name"] for x in data["errors"][0]["entities"]["missed"]} == {"OpenStack", "Cinder"}


def test_symmetric_relation_counts_once_and_either_way(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", HAND_GOLD)
    entities = [OutEntity(e["id"], e["type"], e["name"]) for e in HAND_GOLD["entities"]]
    both_ways = [OutRelation("e6", "interactsWith", "e5"), OutRelation("e5", "interactsWith", "e6")]
    report = evaluate(gold, store=store_of(tmp_path / "store",
                                           [(HAND_GOLD["doc"], entities, both_ways)]))
    c = report.relation_counts()["interactsWith"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def gold_sets() -> list[object]:
    dev = pytest.param(GOLD, marks=needs_corpus, id="dev-gold")
    return [None, dev]


@pytest.mark.parametrize("gold_dir", gold_sets())
def test_gold_scored_against_itself_is_perfect(tmp_path: Path, gold_dir: Path | None) -> None:
    if gold_dir is None:
        gold_dir = write_gold(tmp_path / "gold", HAND_GOLD)
    docs = load_gold(gold_dir)
    report = evaluate(gold_dir, store=store_of(tmp_path / "store",
                                               [gold_as_output(d) for d in docs]))
    for counts in (report.entities, report.relations):
        assert counts.fp == counts.fn == 0
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)


def test_halves_split_the_gold_in_two_by_file_name(tmp_path: Path) -> None:
    docs = [{"doc": f"2013-01-0{i}-post.md", "entities": [], "relations": []} for i in range(1, 6)]
    loaded = load_gold(write_gold(tmp_path, *docs))
    a, b = select_half(loaded, "A"), select_half(loaded, "B")
    assert [d.doc for d in a] == ["2013-01-01-post.md", "2013-01-03-post.md",
                                  "2013-01-05-post.md"]
    assert [d.doc for d in b] == ["2013-01-02-post.md", "2013-01-04-post.md"]
    assert select_half(list(reversed(loaded)), "A") == a


# --- bad input ----------------------------------------------------------------------------

def test_unknown_gold_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such gold folder"):
        evaluate(tmp_path / "nope", tmp_path)


def test_broken_gold_json_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.markdown.json").write_text('{"doc": "bad.markdown", "entities": [',
                                                encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad\.markdown\.json: broken JSON at line 1"):
        evaluate(tmp_path, tmp_path)


def test_gold_relation_to_an_unknown_entity(tmp_path: Path) -> None:
    doc = {**HAND_GOLD, "relations": [{"s": "e1", "p": "affiliation", "o": "e99"}]}
    with pytest.raises(GoldError, match="refers to no entity 'e99'"):
        load_gold(write_gold(tmp_path, doc))


def test_gold_doc_whose_post_is_missing(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", HAND_GOLD)
    (tmp_path / "posts").mkdir()
    with pytest.raises(GoldError, match=r"hand-made\.markdown\.json: its post .* is not in"):
        evaluate(gold, tmp_path / "posts")
    with pytest.raises(GoldError, match="the graph has no post"):
        evaluate(gold, store=store_of(tmp_path / "store", []))


def test_gold_doc_whose_post_is_broken(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", HAND_GOLD)
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / HAND_GOLD["doc"]).write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"hand-made\.markdown\.json: its post .* cannot be read: "
                                        "no front matter"):
        evaluate(gold, tmp_path / "posts")


def test_a_post_built_as_part_of_a_site_is_found(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", HAND_GOLD)
    docs = load_gold(gold)
    _, entities, relations = gold_as_output(docs[0])
    store = store_of(tmp_path / "store", [(f"_posts/{HAND_GOLD['doc']}", entities, relations)])
    assert evaluate(gold, store=store).entities.f1 == 1.0


def test_a_broken_site_file_is_reported_not_dropped(tmp_path: Path) -> None:
    """The baseline discovers posts as a build does, and says what it could not read."""
    gold = write_gold(tmp_path / "gold", HAND_GOLD)
    site = tmp_path / "site"
    (site / "_data").mkdir(parents=True)
    (site / "_data" / "authors.yml").write_text("rob: [unclosed\n", encoding="utf-8")
    (site / "_posts").mkdir()
    (site / "_posts" / HAND_GOLD["doc"]).write_text(
        "---\ntitle: Upgrading OpenStack\nauthor: rob\n---\nRob Hirschfeld of Dell spoke "
        "about OpenStack.\n", encoding="utf-8")
    report = evaluate(gold, site, baseline=True)
    assert len(report.posts) == 1
    (note,) = report.notes
    assert note.startswith("skipped ") and "authors.yml" in note
    assert note in report.table() and report.to_json()["notes"] == [note]


def test_cli_bad_input_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "nope"), "--posts", str(tmp_path)]) == 1
    assert "no such gold folder" in capsys.readouterr().err


# --- the command on real posts ------------------------------------------------------------

@needs_corpus
def test_cli_on_real_gold_posts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("2013-04-15-openstack-summit-day-1", "2012-10-16-video-openstack-summit-day-one"):
        shutil.copy(GOLD / f"{name}.markdown.json", gold)
    store = tmp_path / "store"

    # Build once into a store, then score that store as it is.
    argv = ["eval", str(gold), "--posts", str(CORPUS / "_posts"), "--store", str(store)]
    assert main([*argv, "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["system"] == "extractor" and len(data["posts"]) == 2
    assert set(data["entities"]["by_type"]) == {"Person", "Organization", "Software", "Event",
                                                "Place", "Session"}
    assert "interactsWith" in data["relations"]["by_type"]
    for part in ("entities", "relations"):
        overall = data[part]["overall"]
        assert set(overall) == {"tp", "fp", "fn", "precision", "recall", "f1"}
        assert 0.0 <= overall["f1"] <= 1.0
    assert [e["doc"] for e in data["errors"]] == data["posts"]
    assert data["entities"]["overall"]["tp"] > 0

    assert main(["eval", str(gold), "--store", str(store), "--min-entity-f1", "0",
                 "--min-relation-f1", "0"]) == 0
    assert "ENTITIES" in capsys.readouterr().out
    assert main(["eval", str(gold), "--store", str(store), "--min-entity-f1", "1.01"]) == 1
    assert "below the floor: entity F1" in capsys.readouterr().err


@needs_corpus
def test_baseline_finds_entities_and_no_relations(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / "2012-10-16-video-openstack-summit-day-one.markdown.json", gold)
    report = evaluate(gold, CORPUS / "_posts", baseline=True)
    assert report.system == "baseline"
    assert report.relations.tp + report.relations.fp == 0
    assert report.entity_counts()["Person"].tp >= 1  # the front-matter author at least
