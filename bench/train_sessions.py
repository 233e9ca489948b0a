"""Train the session model (kg/nlp/talks/sessionmodel.py) on gold Sessions; write its weights.

Training data: the candidates of the gold posts of ``shared/gold/dev`` (devblog) and
``shared/gold/dev-blogs``, labelled 1 where the candidate's text is a gold Session's name
or alias (the scorer's normalisation). Never the held-out gold. The rules run first (with
the model off); the threshold is the one that maximises Session F1 of rules plus model
over the training blogs, each scored by a model trained without it. Deterministic:
Newton's method from zero weights.

    .venv/bin/python bench/train_sessions.py [--shared ../shared] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from quality import blog_of  # noqa: E402  (bench/, beside this script)

from kg.evaluate.gold import load_gold  # noqa: E402
from kg.evaluate.match import names_of, normalise  # noqa: E402
from kg.evaluate.run import locate  # noqa: E402
from kg.ingest import discover, read  # noqa: E402
from kg.nlp.pipeline import make_nlp, prepare  # noqa: E402
from kg.nlp.talks.sessionmodel import (  # noqa: E402
    RULE,
    WEIGHTS,
    LogisticModel,
    evidence,
    fit,
    matrix,
)

L2 = 3.0
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.3, 0.96, 0.05))


@dataclass
class PostRows:
    """One gold post's candidates, as the rules left it."""

    name: str
    blog: str
    texts: list[str]
    spans: list[tuple[int, int]]
    x: np.ndarray
    y: np.ndarray
    ruled: np.ndarray  # the candidate overlaps a session the rules found
    gold: list[frozenset[str]]  # the gold Sessions' names
    rule_hits: set[int]  # gold Sessions the rules found (index into gold)
    rule_false: int
    seen: np.ndarray  # the candidate shows evidence of a talk (sessionmodel.evidence)


def gold_posts(shared: Path, exclude_blog: str | None = None) -> list[tuple[object, Path, str]]:
    """(gold doc, post file, blog) for the training gold: devblog dev and dev-blogs."""
    blogs = shared / "corpus" / "blogs"
    out = []
    for doc in load_gold(shared / "gold" / "dev"):
        out.append((doc, locate(doc, shared / "corpus" / "devblog" / "_posts"), "devblog"))
    for doc in load_gold(shared / "gold" / "dev-blogs"):
        blog = blog_of(doc.doc, blogs)
        if blog != exclude_blog:
            out.append((doc, locate(doc, blogs), blog))
    return out


def post_rows(nlp, doc_gold, path: Path, blog: str) -> PostRows:
    source = next(s for s in discover([path], drafts=True) if not isinstance(s, Exception))
    post = read(source, drafts=True)
    doc = nlp(prepare(nlp, post))
    cands, x, ctx = matrix(doc)
    gold = [names_of(e.name, *e.aliases) for e in doc_gold.entities if e.type == "Session"]
    texts = [ctx.text[c.start:c.end] for c in cands]
    y = np.array([float(any(normalise(t) in g for g in gold)) for t in texts])
    sessions = [(s.start_char, s.end_char, normalise(_name(s))) for s in ctx.sessions]
    ruled = np.array([c.block in ctx.session_blocks or any(a < c.end and c.start < b
                      for a, b, _ in sessions) for c in cands], dtype=bool)
    hits, false = set(), 0
    for _, _, name in {(0, 0, n) for _, _, n in sessions}:
        j = next((j for j, g in enumerate(gold) if name in g and j not in hits), None)
        if j is None:
            false += 1
        else:
            hits.add(j)
    return PostRows(path.name, blog, texts, [(c.start, c.end) for c in cands], x, y, ruled,
                    gold, hits, false, evidence(ctx, cands, x))


def _name(session) -> str:
    """A session's name as the graph gives it: a described one ("X's talk") by its key."""
    kind, _, name = session.kb_id_.partition(":")
    return name if kind == "Session" and name else session.text


def added(rows: PostRows, p: np.ndarray, threshold: float) -> tuple[int, int]:
    """True and false Sessions the model adds to the rules' at ``threshold``."""
    taken: list[tuple[int, int]] = []
    hits = set(rows.rule_hits)
    tp = fp = 0
    for i in np.argsort(-p, kind="stable"):
        if p[i] < threshold:
            break
        a, b = rows.spans[i]
        if rows.ruled[i] or any(s < b and a < e for s, e in taken):
            continue
        taken.append((a, b))
        name = normalise(rows.texts[i])
        j = next((j for j, g in enumerate(rows.gold) if name in g and j not in hits), None)
        if j is None:
            fp += 1
        else:
            hits.add(j)
            tp += 1
    return tp, fp


def session_f1(posts: list[PostRows], probs: list[np.ndarray], threshold: float | None) -> float:
    tp = fp = g = 0
    for rows, p in zip(posts, probs, strict=True):
        a_tp, a_fp = added(rows, p, threshold) if threshold is not None else (0, 0)
        tp += len(rows.rule_hits) + a_tp
        fp += rows.rule_false + a_fp
        g += len(rows.gold)
    return 2 * tp / (2 * tp + fp + (g - tp - 0)) if g else 0.0


def stack(posts: list[PostRows]) -> tuple[np.ndarray, np.ndarray]:
    """The rows the model learns from: the candidates it will see (none the rules took),
    and the rules' true sessions, which show what a title looks like."""
    keep = [(~r.ruled) | (r.y > 0) for r in posts]
    return (np.vstack([r.x[k] for r, k in zip(posts, keep, strict=True)]),
            np.concatenate([r.y[k] for r, k in zip(posts, keep, strict=True)]))


def train(posts: list[PostRows]) -> tuple[LogisticModel, dict]:
    """A model on all ``posts``; its threshold from a leave-one-blog-out pass over them."""
    blogs = sorted({r.blog for r in posts})
    probs: list[np.ndarray] = [np.zeros(0)] * len(posts)
    for blog in blogs:
        inner = [r for r in posts if r.blog != blog]
        model = fit(*stack(inner), l2=L2)
        for i, r in enumerate(posts):
            if r.blog == blog:
                probs[i] = model.proba(r.x) * r.seen
    by_threshold = {t: session_f1(posts, probs, t) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (round(by_threshold[t], 4), t))
    x, y = stack(posts)
    model = fit(x, y, l2=L2, threshold=float(best))
    info = {"posts": len(posts), "candidates": len(y), "positives": int(y.sum()),
            "blogs": blogs, "rules_f1": round(session_f1(posts, probs, None), 3),
            "cv_f1": {str(t): round(f, 3) for t, f in by_threshold.items()}, "threshold": best}
    return model, info


def train_for(shared: Path, rules_off: list[str] = (), exclude_blog: str | None = None
              ) -> tuple[LogisticModel, dict]:
    """A model trained on the training gold less ``exclude_blog``'s, its features read with
    the rules of ``rules_off`` off (bench/lobo.py trains one per left-out blog).

    Each blog's posts are read with the rules its own posts inspired off as well: the
    model learns what the rules miss on a blog they were not written for, which is
    where it will be used."""
    from lobo import INSPIRED_BY  # bench/, beside this script

    pipelines: dict[tuple[str, ...], object] = {}
    posts = []
    for item in gold_posts(shared, exclude_blog):
        off = tuple(sorted({*rules_off, *INSPIRED_BY.get(item[2], ()), RULE}))
        if off not in pipelines:
            pipelines[off] = make_nlp(rules_off=off)
        posts.append(post_rows(pipelines[off], *item))
    return train(posts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--check", action="store_true",
                        help="compare with the shipped weights instead of writing them")
    args = parser.parse_args()
    model, info = train_for(args.shared)
    print(json.dumps(info, indent=1))
    text = json.dumps(model.to_json(), indent=1) + "\n"
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("the shipped weights are reproduced" if same else "the weights differ")
        sys.exit(0 if same else 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"written to {args.out}")
    weights = zip(model.features, model.weights, strict=True)
    for name, w in sorted(weights, key=lambda p: -abs(p[1])):
        print(f"  {name:20}{w:+.3f}")


if __name__ == "__main__":
    main()
