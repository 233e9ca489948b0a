"""Shared fixtures: the real pipeline, loaded once, and small graphs built with it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


def _shared() -> Path | None:
    """The team's shared folder (corpus, gold): beside the clone, or where $KG_SHARED says."""
    for candidate in (os.environ.get("KG_SHARED"), ROOT.parent / "shared"):
        if candidate and (Path(candidate) / "corpus" / "devblog").is_dir():
            return Path(candidate)
    return None


SHARED = _shared()
CORPUS = SHARED / "corpus" / "devblog" if SHARED else None
GOLD = SHARED / "gold" / "dev" if SHARED else None
REFERENCE_POST = (CORPUS / "_posts" / "2013-04-15-openstack-summit-day-1.markdown"
                  if CORPUS else None)

needs_corpus = pytest.mark.skipif(SHARED is None, reason="../shared/corpus is not here")


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once for the whole run."""
    from kg.nlp.pipeline import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def reference_graph():
    """The in-memory graph of the reference post of issue 4."""
    if REFERENCE_POST is None:
        pytest.skip("../shared/corpus is not here")
    graph = kg.build([REFERENCE_POST])
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def samples_graph():
    """The in-memory graph of the bundled sample posts."""
    graph = kg.build([SAMPLES])
    yield graph
    graph.close()
