"""The Python API, and the one door to the library: the CLI calls nothing else.

Build, query, export, explore and evaluate all start here (``evaluate`` is
:func:`kg.evaluate.evaluate` itself); the layers below (:mod:`kg.builder`,
:mod:`kg.explore`, :mod:`kg.evaluate`, :mod:`kg.graph`) never import this module
or the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg import builder as _builder
from kg.errors import StoreError
from kg.evaluate import evaluate
from kg.graph import query as _query
from kg.graph.query import Rows
from kg.graph.store import GraphStore

__all__ = ["KnowledgeGraph", "Rows", "build", "evaluate", "formats", "open", "saved_queries",
           "serve"]

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Dataset

    from kg.builder import BuildReport, Progress
    from kg.explore.details import EntityCard
    from kg.explore.paths import Explanation
    from kg.explore.views import GraphView
    from kg.graph.validate import Report

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
    def open(cls, path: Path | str | None = None, store_type: str | None = None, *,
             create: bool = False) -> KnowledgeGraph:
        """The graph in the store at ``path`` (Oxigraph), at a SPARQL server's URL, or in memory."""
        from kg.graph.remote import RemoteStore, is_url

        if is_url(path):
            if store_type is not None:
                raise StoreError("--store-type applies to a store folder, not to a server URL")
            return cls(RemoteStore(str(path)))  # type: ignore[arg-type]
        return cls(GraphStore(path, store_type, create=create))

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset, for anything this API does not cover."""
        return self.store.dataset

    def build(
        self,
        paths: Iterable[Path | str],
        *,
        drafts: bool = False,
        strict: bool = False,
        progress: Progress | None = None,
        n_process: int | None = None,
    ) -> BuildReport:
        """Bring the graph up to date with the posts under ``paths``.

        ``strict``: raise :class:`~kg.errors.BuildFailed`, writing nothing, if any file
        is bad; otherwise bad files are skipped and listed in the report's ``problems``.
        """
        found = _builder.survey(paths, drafts=drafts, strict=strict)
        return self._write(found, progress, n_process)

    def _write(self, found: _builder.Survey, progress: Progress | None,
               n_process: int | None) -> BuildReport:
        self.last_build = _builder.write(found, self.store, progress=progress,
                                         n_process=n_process)
        return self.last_build

    def query(self, sparql: str, **bindings: str) -> _query.Rows | bool:
        """SPARQL text, a ``.rq`` path or a saved query's name; keyword args bind variables."""
        native = getattr(self.store, "native", None)  # Oxigraph's engine, without rdflib's
        return _query.run(self.store.dataset if native is None else native, sparql, bindings)

    def df(self, sparql: str, **bindings: str) -> pd.DataFrame:
        """A SELECT query's answer as a pandas DataFrame."""
        rows = self.query(sparql, **bindings)
        if isinstance(rows, bool):
            raise TypeError("an ASK query has no rows")
        return rows.to_dataframe()

    def export(self, fmt: str, target: str | Path | IO[bytes], **options: Any) -> None:
        """Write the graph in an RDF or a visual format (see :func:`formats`).

        ``options`` (a view, filters, a title, ...) apply to the visual formats only.
        """
        from kg.explore import export

        dataset = self.store.dataset
        if export.find(fmt).kind == "rdf" and hasattr(self.store, "snapshot"):
            dataset = self.store.snapshot()  # a server's graphs, copied to be written out
        export.write(dataset, fmt, target, **options)

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

    def validate(self) -> Report:
        """Check the graph against the contract's SHACL shapes (``data/shapes.ttl``)."""
        from kg.graph.validate import validate

        inner = getattr(self.store.dataset.store, "_inner", None)
        data = inner if self.store.plugin.lower() == "oxigraph" and inner is not None \
            else self.store.dataset
        return validate(data, checked=f"store {self.store.path or 'in memory'}")

    # --- exploration: networkx views and analytics (kg.explore) ----------------------------

    def explore(self, view: str = "entity", *, include_posts: bool = False,
                **filters: Any) -> GraphView:
        """A filtered view (``entity`` relations or ``comention``) to analyse, draw or export.

        Filters: ``types``, ``event``, ``since``, ``until``, ``min_weight``, ``focus``,
        ``depth`` (see :class:`kg.explore.filters.Filters`).
        """
        from kg.explore import records, views

        return views.make(records.load(self.store.dataset), view, include_posts=include_posts,
                          **filters)

    def to_networkx(self, view: str = "entity", *, include_posts: bool = False,
                    **filters: Any) -> nx.Graph:
        """The view as a networkx graph: a MultiDiGraph of relations, or a co-mention Graph."""
        return self.explore(view, include_posts=include_posts, **filters).graph

    def top(self, n: int = 10, *, by: str = "pagerank", **options: Any) -> pd.DataFrame:
        """The ``n`` most central entities of a view, by PageRank, degree or posts."""
        return self.explore(**options).top(n, by=by)

    def communities(self, *, seed: int | None = None, resolution: float = 1.0,
                    members: int = 8, **options: Any) -> pd.DataFrame:
        """Louvain communities of a view (fixed seed), largest first."""
        return self.explore(**options).communities(seed=seed, resolution=resolution,
                                                   members=members)

    def path(self, source: str, target: str, *, relations_only: bool = False,
             max_posts: int = 3, **filters: Any) -> Explanation:
        """How two entities are connected: the shortest chain, with the posts behind each step."""
        from kg.explore import records
        from kg.explore.filters import Filters
        from kg.explore.paths import explain

        return explain(records.load(self.store.dataset), source, target,
                       relations_only=relations_only, filters=Filters.of(**filters),
                       max_posts=max_posts)

    def entity(self, name: str) -> EntityCard:
        """One entity by label or alias: type, aliases, relations and the posts behind it."""
        from kg.explore import details, records

        return details.card(records.load(self.store.dataset), name)

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
    strict: bool = False,
    progress: Progress | None = None,
    n_process: int | None = None,
) -> KnowledgeGraph:
    """Build (or bring up to date) a graph from posts; ``store=None`` keeps it in memory.

    With ``strict`` every file is checked before the store is opened: a bad one
    raises :class:`~kg.errors.BuildFailed` and no store is created or changed.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    found = _builder.survey(paths, drafts=drafts, strict=strict)
    graph = KnowledgeGraph.open(store, store_type, create=True)
    try:
        graph._write(found, progress, n_process)
    except BaseException:
        graph.close()
        raise
    return graph


def validate(store: Path | str | None = None, *, file: Path | str | None = None) -> Report:
    """Check an on-disk store (read-only, so a build may be running) or an RDF file (Turtle,
    TriG, N-Quads, ...) against the graph contract's SHACL shapes."""
    from kg.graph.validate import validate_path

    if file is not None:
        return validate_path(file, store=False)
    return validate_path(store if store is not None else "kg-store", store=True)


def open(store: Path | str | None = None, store_type: str | None = None) -> KnowledgeGraph:
    """Open the graph in an existing store folder, or at a SPARQL server's URL."""
    return KnowledgeGraph.open(store, store_type)


def serve(store: Path | str, bind: str | None = None, timeout: int | None = None,
          writable: bool = False) -> int:
    """Serve a store folder over the SPARQL 1.1 Protocol until interrupted (``kg serve``)."""
    from kg.graph import server

    return server.serve(store, bind or server.DEFAULT_BIND,
                        server.DEFAULT_TIMEOUT if timeout is None else timeout, writable)


def saved_queries() -> dict[str, str]:
    """The saved queries by name, each with the question it answers."""
    return {name: _query.describe(path) for name, path in _query.saved_queries().items()}


def formats() -> dict[str, str]:
    """The output formats of :meth:`KnowledgeGraph.export` by name: ``"rdf"`` or ``"visual"``."""
    from kg.explore import export

    return {name: f.kind for name, f in export.FORMATS.items()}
