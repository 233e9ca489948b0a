"""spaCy pipeline: gazetteer, cues, gated NER, sessions, resolution, relations.

Only the Extraction types are imported here, so that reading a graph never
pays for importing spaCy; the pipeline lives in :mod:`kg.nlp.pipeline`.
"""

from kg.nlp.extraction import ENTITY_TYPES, RELATIONS, Entity, Extraction, Mention, Relation

__all__ = ["ENTITY_TYPES", "RELATIONS", "Entity", "Extraction", "Mention", "Relation"]
