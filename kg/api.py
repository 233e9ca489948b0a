"""The Python API: what a notebook or a script needs, mirroring the CLI."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg import build as _build
from kg.graph import query as _query
from kg.graph.export import write as _write_rdf
from kg.graph.store import GraphStore

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Dataset

    from kg.build import BuildReport, Progress

STATS_QUERY = """
SELECT ?kind ?name (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a ?class . FILTER(?class IN (schema:Person, schema:Organization,
        schema:SoftwareApplication, schema:Event, schema:Place, ckg:Session))
    BIND("entities" AS ?kind) BIND(REPLACE(STR(?class), "^.*[/#]", "") AS ?name) }
  UNION
  { ?r a ckg:RelationEvidence ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o .
    BIND(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o)) AS ?x)
    BIND("relations" AS ?kind) BIND(REPLACE(STR(?p), "^.*[/#]", "") AS ?name) }
  UNION
  { ?x a schema:BlogPosting . BIND("posts" AS ?kind) BIND("BlogPosting" AS ?name) }
  UNION
  { ?x a ckg:Mention . BIND("mentions" AS ?kind) BIND("Mention" AS ?name) }
} GROUP BY ?kind ?name ORDER BY ?kind DESC(?n)
"""


class KnowledgeGraph:
    """A conference knowledge graph in a store: build it, query it, export it."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.last_build: BuildReport | None = None

    @classmethod
    def open(cls, path: Path | str | None = None, store_type: str | None = None) -> KnowledgeGraph:
        """The graph in the store at ``path`` (Oxigraph), or a new in-memory one."""
        return cls(GraphStore(path, store_type))

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset, for anything this API does not cover."""
        return self.store.dataset

    def build(
        self,
        paths: Iterable[Path | str],
        *,
        drafts: bool = False,
        progress: Progress | None = None,
        n_process: int | None = None,
    ) -> BuildReport:
        self.last_build = _build.build(paths, self.store, drafts=drafts, progress=progress,
                                       n_process=n_process)
        return self.last_build

    def query(self, sparql: str, **bindings: str) -> _query.Rows | bool:
        """SPARQL text, a ``.rq`` path or a saved query's name; keyword args bind variables."""
        return _query.run(self.store.dataset, sparql, bindings)

    def df(self, sparql: str, **bindings: str) -> pd.DataFrame:
        """A SELECT query's answer as a pandas DataFrame."""
        rows = self.query(sparql, **bindings)
        if isinstance(rows, bool):
            raise TypeError("an ASK query has no rows")
        return rows.to_dataframe()

    def export(self, fmt: str, target: str | Path | IO[bytes], **options: Any) -> None:
        """Write the graph in an RDF format, or a visual one where ``kg.explore`` offers it."""
        from kg.graph.export import ALIASES, RDF_FORMATS

        if ALIASES.get(fmt, fmt) in RDF_FORMATS:
            _write_rdf(self.store.dataset, fmt, target)
            return
        from kg.explore import export as visual

        visual.write(self.store.dataset, fmt, target, **options)

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts of posts, mentions, entities by type and relations by type."""
        rows = self.query(STATS_QUERY)
        assert not isinstance(rows, bool)
        out: dict[str, dict[str, int]] = {"posts": {}, "mentions": {}, "entities": {},
                                          "relations": {}}
        for kind, name, n in rows:
            out[str(kind)][str(name)] = int(n)
        out["triples"] = {"total": len(self.store.dataset)}
        return out

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = self.store.path or "memory"
        return f"<KnowledgeGraph {self.store.plugin} at {where}>"


def build(
    paths: Iterable[Path | str] | Path | str,
    store: Path | str | None = None,
    *,
    store_type: str | None = None,
    drafts: bool = False,
    progress: Progress | None = None,
    n_process: int | None = None,
) -> KnowledgeGraph:
    """Build (or bring up to date) a graph from posts; ``store=None`` keeps it in memory."""
    if isinstance(paths, str | Path):
        paths = [paths]
    graph = KnowledgeGraph.open(store, store_type)
    graph.build(paths, drafts=drafts, progress=progress, n_process=n_process)
    return graph


def open(store: Path | str | None = None, store_type: str | None = None) -> KnowledgeGraph:
    """Open the graph in an existing store."""
    return KnowledgeGraph.open(store, store_type)
