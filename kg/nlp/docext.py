"""The Doc extensions through which a post's structure reaches the pipeline.

Values are plain lists, dicts and named tuples (:mod:`kg.nlp.records`) so that
Docs survive spaCy's multiprocess ``nlp.pipe`` (msgpack between processes).
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = {
    "kg_links": list,  # kg.nlp.records.LinkRec
    "kg_headings": list,  # kg.nlp.records.HeadingRec
    "kg_blocks": list,  # kg.nlp.records.BlockRec
    "kg_marks": list,  # kg.nlp.records.MarkRec
    "kg_meta": dict,  # title, date, authors, categories, tags, events
    "kg_entities": list,  # resolver output, see kg.nlp.resolve
    "kg_relations": list,  # kg.nlp.records.Rel
}


def ensure_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
