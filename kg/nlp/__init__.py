"""spaCy pipeline: gazetteer, cues, gated NER, sessions, resolution, relations."""

from kg.nlp.extraction import ENTITY_TYPES, RELATIONS, Entity, Extraction, Mention, Relation
from kg.nlp.pipeline import make_nlp, process, to_extraction

__all__ = ["ENTITY_TYPES", "RELATIONS", "Entity", "Extraction", "Mention", "Relation",
           "make_nlp", "process", "to_extraction"]
