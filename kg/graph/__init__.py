"""RDF: vocabulary, the graph contract, the store, SPARQL and RDF exports."""

from kg.graph.contract import (
    CLASS_TYPE,
    PREDICATE_RELATION,
    RELATION_PREDICATE,
    TYPE_CLASS,
    entity_iri,
    post_iri,
)
from kg.graph.query import Rows
from kg.graph.store import GraphStore
from kg.graph.vocab import CKG, PREFIXES, SCHEMA

__all__ = ["CKG", "CLASS_TYPE", "PREDICATE_RELATION", "PREFIXES", "RELATION_PREDICATE",
           "SCHEMA", "TYPE_CLASS", "GraphStore", "Rows", "entity_iri", "post_iri"]
