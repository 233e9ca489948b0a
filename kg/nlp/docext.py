"""The Doc extensions through which a post's structure reaches the pipeline.

Values are plain lists and dicts so that Docs survive spaCy's multiprocess
``nlp.pipe`` (they are serialised with msgpack between processes).
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = {
    "kg_links": list,  # [text, target, start_char, end_char]
    "kg_headings": list,  # [text, level, start_char, end_char]
    "kg_meta": dict,  # title, authors, categories, tags, events
    "kg_entities": list,  # resolver output, see kg.nlp.resolve
    "kg_relations": list,  # relation output, see kg.nlp.relations
}


def ensure_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
