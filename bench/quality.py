"""Extraction quality on every gold set, and on each blog alone.

The gold sets: ``shared/gold/dev`` (the devblog), ``shared/gold/dev-blogs`` (posts of
five other blogs), and the held-out ``tests/gold/blogs-heldout`` and
``tests/gold/devblog-heldout`` (posts of those blogs that the rules were never tuned
on: their errors were not read while writing the rules), and ``tests/gold/devblog-dev``
(8 more devblog posts whose errors are read). The
dev-blogs posts are also scored blog by blog, so a rule that only helps one blog shows.
Results print as a table and go to ``bench/results/quality-<date>.json``.

    .venv/bin/python bench/quality.py [--shared ../shared] [--rules-on session_model]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

from kg.evaluate import evaluate
from kg.nlp.pipeline import make_nlp

ROOT = Path(__file__).resolve().parents[1]
FOCUS = ("Session", "presenter", "about", "partOfEvent")


def blog_of(post: str, blogs: Path) -> str:
    """The blog folder under ``blogs`` that holds the post named ``post``."""
    found = sorted(p for p in blogs.rglob(post) if p.is_file())
    return found[0].relative_to(blogs).parts[0] if found else "?"


def score(gold: Path, posts: Path, nlp=None) -> dict:
    """F1 overall and of the focus types, of the extractor (or ``nlp``) on ``gold``."""
    report = evaluate(gold, posts, nlp=nlp)
    ents, rels = report.entity_counts(), report.relation_counts()
    row = {"posts": len(report.posts), "entities_f1": round(report.entities.f1, 3),
           "relations_f1": round(report.relations.f1, 3)}
    for name in FOCUS:
        counts = ents.get(name) or rels.get(name)
        row[f"{name}_f1"] = round(counts.f1, 3) if counts and counts.tp + counts.fn else None
    return row


def by_blog(gold: Path, blogs: Path, nlp=None) -> dict[str, dict]:
    groups: dict[str, list[Path]] = {}
    for path in sorted(gold.glob("*.json")):
        groups.setdefault(blog_of(path.name.removesuffix(".json"), blogs), []).append(path)
    out = {}
    for blog, files in groups.items():
        with tempfile.TemporaryDirectory() as tmp:
            for f in files:
                shutil.copy(f, tmp)
            out[blog] = score(Path(tmp), blogs, nlp=nlp)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--also", nargs=3, action="append", default=[],
                        metavar=("NAME", "GOLD", "POSTS"),
                        help="one more gold set to score (e.g. one kept outside the project)")
    args = parser.parse_args()
    nlp = make_nlp()  # one pipeline for every set
    blogs = args.shared / "corpus" / "blogs"
    sets = {
        "dev": (args.shared / "gold" / "dev", args.shared / "corpus" / "devblog" / "_posts"),
        "dev-blogs": (args.shared / "gold" / "dev-blogs", blogs),
        "blogs-heldout": (ROOT / "tests" / "gold" / "blogs-heldout", blogs),
        "devblog-heldout": (ROOT / "tests" / "gold" / "devblog-heldout",
                            args.shared / "corpus" / "devblog" / "_posts"),
        "devblog-dev": (ROOT / "tests" / "gold" / "devblog-dev",
                        args.shared / "corpus" / "devblog" / "_posts"),
    }
    sets.update({name: (Path(g), Path(p)) for name, g, p in args.also})
    sets = {name: (g, p) for name, (g, p) in sets.items() if g.is_dir()}
    results: dict[str, dict] = {name: score(g, p, nlp=nlp) for name, (g, p) in sets.items()}
    results["dev-blogs by blog"] = by_blog(args.shared / "gold" / "dev-blogs", blogs, nlp)
    results["blogs-heldout by blog"] = by_blog(ROOT / "tests" / "gold" / "blogs-heldout", blogs,
                                               nlp)
    columns = ["posts", "entities_f1", "relations_f1", *(f"{n}_f1" for n in FOCUS)]
    print(f"{'gold':34}" + "".join(f"{c.removesuffix('_f1'):>13}" for c in columns))
    for name, row in results.items():
        rows = row.items() if "by blog" in name else [(name, row)]
        for label, r in rows:
            label = f"  {name.split()[0]}: {label}" if "by blog" in name else label
            print(f"{label:34}" + "".join(
                f"{'-' if r[c] is None else r[c]:>13}" for c in columns))
    out = ROOT / "bench" / "results" / f"quality-{dt.date.today().isoformat()}.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
