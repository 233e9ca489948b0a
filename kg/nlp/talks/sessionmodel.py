"""Sessions the rules missed, weighed by a small logistic model the project trains itself.

The rules read the shapes of talk lines they know; a title written in another
shape is lost. The model scores every candidate the post's structure offers
(:mod:`kg.nlp.talks.candidates`) on generic features, and a candidate whose
probability passes the threshold chosen on training folds becomes a Session,
its presenters the people named on its line (or the line under it). Whatever
the score, a candidate needs evidence of a talk (a talk link on it, a person
on its line) in a post about talks or an event. The weights are a JSON file
in ``data/models`` written by ``bench/train_sessions.py``. bench/lobo.py
measures it on each blog with a model trained without that blog's gold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.data import MODEL_DIR
from kg.nlp import records
from kg.nlp.names.entities import SPAN_KEY as ENT_KEY
from kg.nlp.records import relation
from kg.nlp.talks.candidates import FEATURES, Candidate, PostContext, candidates, features
from kg.nlp.talks.talklines import TALK_WORDS

WEIGHTS = MODEL_DIR / "sessions.json"
RULE = "session_model"  # its rules_off name
# What makes a candidate a talk at all, whatever the model says: a schedule, slides or
# video link on it, or a person named on its line beside it.
EVIDENCE = ("talk_link", "person_in_block")


@dataclass
class LogisticModel:
    """Standardised features, one weight each, a bias and the decision threshold."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_json(self) -> dict:
        return {"features": list(self.features), "mean": _round(self.mean),
                "scale": _round(self.scale), "weights": _round(self.weights),
                "bias": round(float(self.bias), 6), "threshold": round(self.threshold, 4)}

    @classmethod
    def from_json(cls, data: dict) -> LogisticModel:
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the weights were trained on other features: retrain them "
                             "(bench/train_sessions.py)")
        return cls(tuple(data["features"]), np.array(data["mean"]), np.array(data["scale"]),
                   np.array(data["weights"]), float(data["bias"]), float(data["threshold"]))

    @classmethod
    def load(cls, path: Path | str) -> LogisticModel:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def _round(a: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in a]


SCALE_FLOOR = 1e-6


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, threshold: float = 0.5,
        steps: int = 30) -> LogisticModel:
    """L2-regularised logistic regression by Newton's method: deterministic, no sampling."""
    mean = x.mean(axis=0)
    scale = np.maximum(x.std(axis=0), SCALE_FLOOR)  # a constant feature keeps its zero
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return LogisticModel(FEATURES, mean, scale, w[:-1], float(w[-1]), threshold)


def matrix(doc: Doc) -> tuple[list, np.ndarray, PostContext]:
    """The post's candidates and their feature rows."""
    blocks = records.blocks(doc)
    ctx = PostContext(doc, blocks)
    cands = candidates(doc, blocks)
    x = np.array([features(ctx, c) for c in cands], dtype=float).reshape(len(cands),
                                                                          len(FEATURES))
    return cands, x, ctx


def evidence(ctx: PostContext, cands: list[Candidate], x: np.ndarray) -> np.ndarray:
    """Whether each candidate shows it is a talk at all, whatever the model says: a schedule,
    slides or video link on it, or a person named beside it on its line; a quoted one also
    follows a talk word ('a talk titled "X"'), else it is someone's words."""
    if not len(x):
        return np.zeros(0, dtype=bool)
    seen = (x[:, [FEATURES.index(f) for f in EVIDENCE]] > 0).any(axis=1)
    for i, c in enumerate(cands):
        if c.kinds == {"quoted"} and not TALK_WORDS.search(ctx.text, max(0, c.start - 60),
                                                           c.start):
            seen[i] = False
    return seen


def worth_reading(doc: Doc) -> bool:
    """Only a post about talks or an event (its title or summary says so, or its title names
    an event) gets candidates: on a whole site, headings of how-to posts and lists of blog
    posts are the model's false sessions otherwise. Tags are no evidence ("tutorial")."""
    meta = doc._.kg_meta or {}
    title = str(meta.get("title") or "")
    if meta.get("title_events") or TALK_WORDS.search(f"{title} {meta.get('summary') or ''}"):
        return True
    return any(e.label_ == "Event" and e.text in title for e in doc.spans.get(ENT_KEY, []))


class SessionModel:
    """Adds the Sessions the model finds where no rule found one, with their presenters."""

    def __init__(self, model: LogisticModel | None) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None or not worth_reading(doc):
            return doc
        cands, x, ctx = matrix(doc)
        if not cands:
            return doc
        p = self.model.proba(x) * evidence(ctx, cands, x)
        entities = list(doc.spans.get(ENT_KEY, []))
        taken = [(s.start_char, s.end_char) for s in ctx.sessions]
        relations = records.relations(doc)
        added = []
        for i in np.argsort(-p, kind="stable"):
            c = cands[i]
            if p[i] < self.model.threshold:
                break
            # One talk to a line: a line where a rule found one holds no other.
            if c.block in ctx.session_blocks or any(a < c.end and c.start < b for a, b in taken):
                continue
            span = doc.char_span(c.start, c.end, label="Session", alignment_mode="contract")
            if span is None or not len(span):
                continue
            taken.append((c.start, c.end))
            added.append(span)
            for person in _presenters(ctx, c, entities):
                relations.append(relation("presenter", span, person, _line(doc, ctx, c)))
        if added:
            doc.spans[ENT_KEY] = sorted(entities + added, key=lambda s: (s.start, -len(s)))
            doc._.kg_relations = relations
        return doc


def _line(doc: Doc, ctx: PostContext, c: Candidate) -> Span:
    b = ctx.blocks[c.block] if c.block >= 0 else None
    span = doc.char_span(b.start, b.end, alignment_mode="expand") if b else None
    return span if span is not None else doc.char_span(c.start, c.end,
                                                       alignment_mode="expand")


def _presenters(ctx: PostContext, c: Candidate, entities: list[Span]) -> list[Span]:
    """People on the candidate's line outside the title, else on the short line after it."""
    if c.block < 0:
        return []
    people = [e for e in ctx.by_block.get(c.block, []) if e.label_ == "Person"
              and not (c.start <= e.start_char < c.end)]
    block = ctx.blocks[c.block]
    if people:
        return people if block.end - block.start <= 240 else []
    if c.block + 1 < len(ctx.blocks):
        nxt = ctx.blocks[c.block + 1]
        if nxt.end - nxt.start <= 120 and nxt.kind != "heading":
            return [e for e in ctx.by_block.get(c.block + 1, []) if e.label_ == "Person"]
    return []


@Language.factory("kg_session_model", default_config={"weights": "", "rules_off": []})
def make_session_model(nlp: Language, name: str, weights: str,
                       rules_off: list[str]) -> SessionModel:
    """``weights``: a JSON file of :class:`LogisticModel` (default ``data/models``); off (a
    no-op) when ``rules_off`` names ``session_model``. A missing file is an error, not a
    quiet build without the model."""
    if RULE in rules_off:
        return SessionModel(None)
    path = Path(weights) if weights else WEIGHTS
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no session model weights here "
                                "(bench/train_sessions.py writes them)")
    return SessionModel(LogisticModel.load(path))
