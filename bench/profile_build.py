"""Where a build's time goes: ingest, each pipeline component, and the store, one process.

Prints JSON (seconds per stage) for ``bench/run.py``; run alone to read it directly.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--posts", type=int, default=200)
    args = ap.parse_args()

    t: dict[str, float] = {}
    started = time.perf_counter()
    from kg.nlp.pipeline import make_nlp, prepare, to_extraction

    nlp = make_nlp()
    t["load pipeline"] = time.perf_counter() - started

    from kg.errors import InputError
    from kg.ingest import discover, read

    started = time.perf_counter()
    posts = []
    for source in discover([args.corpus]):
        if isinstance(source, InputError):
            continue
        try:
            post = read(source)
        except InputError:
            continue
        if post is not None:
            posts.append(post)
        if len(posts) >= args.posts:
            break
    t["ingest (read, front matter, markdown)"] = time.perf_counter() - started

    started = time.perf_counter()
    docs = [prepare(nlp, p) for p in posts]
    t["tokenizer"] = time.perf_counter() - started
    for name, proc in nlp.pipeline:
        if name in nlp.disabled:
            continue
        started = time.perf_counter()
        docs = [proc(doc) for doc in docs]
        t[name] = time.perf_counter() - started

    from kg.graph.contract import manifest_triples, post_iri, post_triples
    from kg.graph.store import GraphStore

    started = time.perf_counter()
    extractions = [to_extraction(d, p) for d, p in zip(docs, posts, strict=True)]
    t["to_extraction (offsets)"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(Path(tmp) / "store")
        started = time.perf_counter()
        for post, ex in zip(posts, extractions, strict=True):
            store.replace(post_iri(post.identifier), post_triples(post, ex),
                          manifest_triples(post, "bench"))
        t["store (triples + Oxigraph update)"] = time.perf_counter() - started
        store.close()
    print(json.dumps({"posts": len(posts),
                      "seconds": {k: round(v, 3) for k, v in t.items()}}))


if __name__ == "__main__":
    main()
