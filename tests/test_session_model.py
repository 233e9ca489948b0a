"""The trained session component (kg/nlp/talks/sessionmodel.py): what it adds to the rules.

The component tests give it a model written by hand (a weight on bold text that opens
its line), so they say what the component does with probabilities, whatever the shipped
weights are. The posts are invented for the test.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from kg.ingest import discover, read
from kg.nlp.pipeline import make_nlp, prepare
from kg.nlp.records import relations, text_of
from kg.nlp.talks.candidates import FEATURES
from kg.nlp.talks.sessionmodel import WEIGHTS, LogisticModel, fit
from tests.conftest import SHARED, needs_corpus
from tests.helpers_build import write_post

BODY = """
Some of the talks I liked at RetroConf 2025:

**Kernel Bypass Networking in Practice**. A packed room for Ana Silva.

**Caching Without Tears**. Marco Rossi, to a full house again.

The venue was lovely and the coffee was **much better than last year** for once.

**Registration Opens in March**
"""


def hand_model(threshold: float = 0.5) -> LogisticModel:
    """Bold text that opens its line is a title; nothing else is."""
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("kind_strong")] = 3.0
    weights[FEATURES.index("leads_block")] = 3.0
    return LogisticModel(FEATURES, np.zeros(len(FEATURES)), np.ones(len(FEATURES)), weights,
                         -4.0, threshold)


def run(nlp, tmp_path, model: LogisticModel | None):
    path = write_post(tmp_path, "retro.md", BODY, front="title: Notes from RetroConf 2025\n")
    post = read(next(iter(discover([path]))))
    pipe = nlp.get_pipe("kg_session_model")
    kept = pipe.model
    pipe.model = model
    try:
        return nlp(prepare(nlp, post))
    finally:
        pipe.model = kept


def sessions_of(doc) -> dict[str, set[str]]:
    text = text_of(doc)
    out = {e.text: set() for e in doc.spans["kg_entities"] if e.label_ == "Session"}
    for r in relations(doc):
        if r.name == "presenter" and text[r.s.start:r.s.end] in out:
            out[text[r.s.start:r.s.end]].add(text[r.o.start:r.o.end])
    return out


def test_titles_the_model_finds_become_sessions_with_their_presenters(nlp, tmp_path) -> None:
    without = sessions_of(run(nlp, tmp_path, None))
    assert "Kernel Bypass Networking in Practice" not in without  # no rule reads this line
    found = sessions_of(run(nlp, tmp_path, hand_model()))
    assert found["Kernel Bypass Networking in Practice"] == {"Ana Silva"}
    assert found["Caching Without Tears"] == {"Marco Rossi"}
    # bold inside a sentence does not open its line
    assert "much better than last year" not in found
    # a bold line that names nobody and links to no talk has no evidence of one
    assert "Registration Opens in March" not in found


def test_nothing_under_the_threshold_is_added(nlp, tmp_path) -> None:
    found = sessions_of(run(nlp, tmp_path, hand_model(threshold=0.99)))
    assert "Kernel Bypass Networking in Practice" not in found


def test_builds_use_the_shipped_model_and_it_switches_off_by_name(nlp) -> None:
    """Builds read the shipped weights; ablations (bench/lobo.py) switch the model off."""
    assert nlp.get_pipe("kg_session_model").model is not None
    off = make_nlp(rules_off=["session_model"])
    assert off.get_pipe("kg_session_model").model is None


def test_fit_is_deterministic_and_learns_a_separable_feature() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, len(FEATURES)))
    y = (x[:, 3] > 0).astype(float)
    a, b = fit(x, y), fit(x, y)
    assert a.to_json() == b.to_json()
    assert int(np.argmax(np.abs(a.weights))) == 3
    assert ((a.proba(x) > 0.5) == (y > 0)).mean() > 0.95
    again = LogisticModel.from_json(json.loads(json.dumps(a.to_json())))
    assert np.allclose(again.proba(x), a.proba(x), atol=1e-4)


def test_weights_of_other_features_are_refused() -> None:
    data = hand_model().to_json()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="retrain"):
        LogisticModel.from_json(data)


@needs_corpus
@pytest.mark.corpus
def test_the_training_script_reproduces_the_shipped_weights() -> None:
    import sys

    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    from train_sessions import train_for

    model, info = train_for(SHARED)
    shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert json.loads(json.dumps(model.to_json())) == shipped
    assert info["positives"] > 20


def test_missing_weights_are_an_error_not_a_build_without_the_model(tmp_path) -> None:
    from kg.nlp.talks.sessionmodel import make_session_model

    with pytest.raises(FileNotFoundError, match="no session model weights"):
        make_session_model(None, "kg_session_model", str(tmp_path / "none.json"), [])
    assert make_session_model(None, "kg_session_model", str(tmp_path / "none.json"),
                              ["session_model"]).model is None
