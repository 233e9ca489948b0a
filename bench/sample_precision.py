"""Random presenter rows and entities from whole built sites, for a reader to judge.

Gold covers a few posts; a user sees every post of a site. This draws ``N`` presenter
relations and ``N`` entities at random (seeded) from one or more built stores, each with
the sentence it rests on and its post, and writes them as JSON lines for a second reader
to mark right or wrong. ``--score FILE`` reads the marked file back (a ``"correct"``
field of true/false on each line) and prints the precision of each kind.

    .venv/bin/python bench/sample_precision.py STORE [STORE...] -o sample.jsonl
    .venv/bin/python bench/sample_precision.py --score judged.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import kg

PRESENTERS = """
SELECT ?session ?speaker (SAMPLE(?sent) AS ?sentence) (SAMPLE(?id) AS ?post) WHERE {
  ?r a ckg:RelationEvidence ; rdf:predicate schema:performer ;
     rdf:subject ?s ; rdf:object ?p ; ckg:sentence ?sent ; ckg:inPost ?doc .
  ?s rdfs:label ?session . ?p rdfs:label ?speaker . ?doc schema:identifier ?id .
} GROUP BY ?s ?p ?session ?speaker"""
ENTITIES = """
SELECT DISTINCT ?e ?entity ?type WHERE {
  ?e a ?class ; rdfs:label ?entity .
  VALUES (?class ?type) {
    (schema:Person "Person") (schema:Organization "Organization")
    (schema:SoftwareApplication "Software") (schema:Event "Event") (schema:Place "Place")
    (ckg:Session "Session")
  }
}"""
MENTION = """
SELECT ?sentence ?post WHERE {
  GRAPH ?g { ?m ckg:mentionOf ?e ; ckg:sentence ?sentence ; ckg:inPost ?doc .
             ?doc schema:identifier ?post }
} LIMIT 1"""


def draw(stores: list[Path], n: int, seed: int) -> list[dict]:
    """``n`` presenter rows and ``n`` entities, drawn evenly from the pooled sites."""
    rng = random.Random(seed)
    presenters: list[dict] = []
    entities: list[tuple[Path, dict]] = []
    for store in stores:
        with kg.open(store) as graph:
            presenters += [{"kind": "presenter", "site": store.name, **_plain(row)}
                           for row in graph.query(PRESENTERS)]
            entities += [(store, _plain(row)) for row in graph.query(ENTITIES)]
    out = rng.sample(presenters, min(n, len(presenters)))
    for store, row in rng.sample(entities, min(n, len(entities))):
        with kg.open(store) as graph:
            where = graph.query(MENTION.replace("?e ", f"<{row.pop('e')}> ", 1))
        first = next(iter(where), None)
        out.append({"kind": "entity", "site": store.name, **row,
                    **(_plain(first) if first is not None else {})})
    return out


def _plain(row) -> dict[str, str]:
    return {k: str(v) for k, v in row.asdict().items()}


def precision(path: Path) -> dict[str, float]:
    judged: dict[str, list[bool]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        judged.setdefault(item["kind"], []).append(bool(item["correct"]))
    return {k: round(sum(v) / len(v), 3) for k, v in judged.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="*", type=Path)
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, default=Path("sample.jsonl"))
    parser.add_argument("--score", type=Path, help="a judged sample: print its precision")
    args = parser.parse_args()
    if args.score:
        print(json.dumps(precision(args.score), indent=2))
        return
    items = draw(args.stores, args.n, args.seed)
    args.output.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items),
                           encoding="utf-8")
    print(f"{len(items)} items written to {args.output}")


if __name__ == "__main__":
    main()
