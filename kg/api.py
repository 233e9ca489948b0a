"""The Python API, and the one door to the library: the CLI calls nothing else.

Build, query, export, explore and evaluate all start here (``evaluate`` is
:func:`kg.evaluate.evaluate` itself); the layers below (:mod:`kg.builder`,
:mod:`kg.explore`, :mod:`kg.evaluate`, :mod:`kg.graph`) never import this module
or the CLI.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg import builder as _builder
from kg.errors import MissingInput, StoreError
from kg.evaluate import evaluate
from kg.graph import query as _query
from kg.graph.contract import CLASS_TYPE, PREDICATE_RELATION
from kg.graph.query import Rows
from kg.graph.store import GraphStore
from kg.graph.vocab import CKG, SCHEMA

__all__ = ["KnowledgeGraph", "Rows", "build", "default_store", "evaluate", "format_name",
           "formats", "open", "render", "saved_queries", "serve", "version", "watch"]

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Dataset, Graph, URIRef

    from kg.builder import BuildReport, Progress
    from kg.explore.details import EntityCard
    from kg.explore.paths import Explanation
    from kg.explore.views import GraphView
    from kg.graph.validate import Report

CLASS_COUNTS = "SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?class } GROUP BY ?class"
RELATION_COUNTS = """
SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
  ?r a ckg:RelationEvidence ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o } }
GROUP BY ?p"""
# Class IRI -> (the stats section, the name users see there): one vocabulary everywhere.
SECTIONS = {str(iri): ("entities", name) for iri, name in CLASS_TYPE.items()} | {
    str(SCHEMA.BlogPosting): ("posts", "Post"), str(CKG.Mention): ("mentions", "Mention")}


def default_store() -> str:
    """The store the CLI and :func:`open` use when none is named: ``$KG_STORE`` or kg-store."""
    return os.environ.get("KG_STORE") or "kg-store"


def version() -> str:
    try:
        return metadata.version("kg")
    except metadata.PackageNotFoundError:
        return "unknown"


class KnowledgeGraph:
    """A conference knowledge graph in a store: build it, query it, export it.

    An on-disk store is opened read-only, so that any number of readers (a notebook,
    ``kg query``, ``kg export``) share it; :meth:`build` takes the write lock only
    while it writes.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.last_build: BuildReport | None = None

    @classmethod
    def open(cls, path: Path | str | None = None, store_type: str | None = None, *,
             create: bool = False) -> KnowledgeGraph:
        """The graph in the store at ``path`` (default: :func:`default_store`), read-only;
        or at a SPARQL server's URL.

        ``create``: open it for writing instead, making it if it is not there.
        ``store_type="Memory"`` (and no path) gives a new, empty in-memory graph.
        """
        from kg.graph.remote import RemoteStore, is_url

        if is_url(path):
            if store_type is not None:
                raise StoreError("--store-type applies to a store folder, not to a server URL")
            return cls(RemoteStore(str(path)))  # type: ignore[arg-type]
        if path is None and (store_type or "").lower() != "memory":
            path = default_store()
        return cls(GraphStore(path, store_type, create=create, read_only=not create))

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
        found = _builder.survey(_existing(paths), drafts=drafts, strict=strict)
        with self._writing():
            return self._write(found, progress, n_process)

    def _write(self, found: _builder.Survey, progress: Progress | None,
               n_process: int | None, nlp: Any = None) -> BuildReport:
        from kg.graph import tally

        touched: list[URIRef] = []
        before: list[tally.Named] = []  # read only if the build changes something

        def changing(posts: list[URIRef]) -> None:
            touched.extend(posts)
            before.append(tally.named_in(self._data(), posts))

        report = _builder.write(found, self.store, progress=progress, n_process=n_process,
                                nlp=nlp, on_change=changing)
        report.added = {"entities": {}, "relations": {}}
        if before:
            net = tally.change(self._data(), before[0], touched)
            names = {**{str(c): t for c, t in CLASS_TYPE.items()},
                     **{str(p): r for p, r in PREDICATE_RELATION.items()}}
            report.added = {section: dict(sorted((names[iri], n) for iri, n in net[kind].items()
                                                 if n and iri in names))
                            for section, kind in (("entities", "entity"),
                                                  ("relations", "relation"))}
        self.last_build = report
        return report

    def _data(self) -> Any:
        """What the build's own queries read: Oxigraph's store where there is one.

        Asked for at each use, never kept in a local: the traceback of a bad post's error,
        kept in the report, keeps the build's frames, and a pyoxigraph Store in one of them
        would keep the writer open after it is closed (a reader opened then finds files
        that its compaction removes).
        """
        native = getattr(self.store, "native", None)  # not `or`: len() of a Store counts it
        return native if native is not None else self.store.dataset

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """The store open for writing while the block runs; a reader is one again after."""
        if not getattr(self.store, "read_only", False):  # a server or a writer already
            yield
            return
        path, plugin = self.store.path, self.store.plugin
        self.store.close()
        try:
            self.store = GraphStore(path, plugin, create=False)
        except BaseException:
            self.store = GraphStore(path, plugin, read_only=True)
            raise
        try:
            yield
        finally:
            self._read_only()

    def _read_only(self) -> None:
        """Give up the write lock of an on-disk store, keeping it open for reading."""
        if isinstance(self.store, GraphStore) and self.store.path is not None and (
                not self.store.read_only):
            path, plugin = self.store.path, self.store.plugin
            self.store.close()
            self.store = GraphStore(path, plugin, read_only=True)

    def query(self, sparql: str, initBindings: Mapping[str, Any] | None = None,
              initNs: Mapping[str, str] | None = None, **bindings: Any,
              ) -> Rows | bool | Graph:
        """SPARQL text, a ``.rq`` path or a saved query's name, as rdflib answers it.

        SELECT gives :class:`Rows` (rdflib's ``Result``), ASK a bool, CONSTRUCT and
        DESCRIBE an rdflib ``Graph``. Variables are bound by ``initBindings`` (as in
        rdflib) or by keyword; a binding for a variable the query lacks is refused.
        """
        native = getattr(self.store, "native", None)  # Oxigraph's engine, without rdflib's
        return _query.run(self.store.dataset if native is None else native, sparql,
                          {**(initBindings or {}), **bindings}, namespaces=initNs)

    def df(self, sparql: str, initBindings: Mapping[str, Any] | None = None,
           **bindings: Any) -> pd.DataFrame:
        """A SELECT query's answer as a pandas DataFrame of typed values."""
        rows = self.query(sparql, initBindings, **bindings)
        if not isinstance(rows, Rows):
            raise TypeError("only a SELECT query has rows")
        return rows.df()

    def export(self, fmt: str, target: str | Path | IO[bytes] | IO[str] | None = None,
               **options: Any) -> str | bytes | None:
        """Write the graph in an RDF or a visual format (see :func:`formats`).

        ``target``: a path, a binary or a text file; with none, the text (bytes for
        png) is returned. ``options`` (a view, filters, a title, ...) apply to the
        visual formats only.
        """
        from kg.explore import export

        dataset = self.store.dataset
        if export.find(fmt).kind == "rdf" and hasattr(self.store, "snapshot"):
            dataset = self.store.snapshot()  # a server's graphs, copied to be written out
        return export.write(dataset, fmt, target, **options)

    def counts(self) -> dict[str, dict[str, int]]:
        """Posts, mentions, entities by type and relations by name, as users call them."""
        out: dict[str, dict[str, int]] = {"posts": {}, "mentions": {}, "entities": {},
                                          "relations": {}}
        for iri, n in _query.select(self.store.dataset, CLASS_COUNTS):
            if iri in SECTIONS:
                section, name = SECTIONS[iri]
                out[section][name] = int(n)
        names = {str(p): name for p, name in PREDICATE_RELATION.items()}
        for iri, n in _query.select(self.store.dataset, RELATION_COUNTS):
            if iri in names:
                out["relations"][names[iri]] = int(n)
        return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
                for k, v in out.items()}

    def stats(self) -> dict[str, dict[str, int]]:
        """:meth:`counts`, and the number of distinct triples."""
        return {**self.counts(), "triples": {"total": len(self.store.dataset)}}

    def duplicates(self) -> pd.DataFrame:
        """Entities that share a (near-)same label, one row each: ``group``, ``label``,
        ``type``, ``posts``, ``iri``. One name typed as two things is a resolution miss."""
        from kg.explore import duplicates, records

        return duplicates.table(records.load(self.store.dataset))

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

    A path that is not there is refused (:class:`~kg.errors.MissingInput`) before any
    store is opened. With ``strict`` every file is checked first too: a bad one raises
    :class:`~kg.errors.BuildFailed` and no store is created or changed. The graph comes
    back open read-only, so that other readers can share the store at once.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    found = _builder.survey(_existing(paths), drafts=drafts, strict=strict)
    graph = _writable(store, store_type)
    try:
        graph._write(found, progress, n_process)
        graph._read_only()
    except BaseException:
        graph.close()
        raise
    return graph


def watch(
    paths: Iterable[Path | str] | Path | str,
    store: Path | str | None = None,
    *,
    store_type: str | None = None,
    drafts: bool = False,
    interval: float = 1.0,
    progress: Progress | None = None,
    n_process: int | None = None,
) -> Iterator[BuildReport]:
    """Build as :func:`build` does, then again each time a post under ``paths`` is added,
    edited or removed, until the caller stops iterating; one report per build.

    The NLP pipeline is loaded once, so an edited post is rebuilt in a fraction of the
    time a new ``kg build`` takes. Between builds an on-disk store is open read-only:
    ``kg query``, ``kg export`` and notebooks can read it while it is watched.
    """
    from kg import changes as _changes

    if isinstance(paths, str | Path):
        paths = [paths]
    roots = _existing(paths)
    nlp = _builder.load_pipeline()
    graph = _writable(store, store_type)
    try:
        graph._read_only()
        seen = _changes.snapshot(roots, drafts=drafts)
        while True:
            found = _builder.survey(roots, drafts=drafts)
            with graph._writing():
                report = graph._write(found, progress, n_process, nlp)
            yield report
            seen = _changes.wait_for_change(roots, seen, drafts=drafts, interval=interval)
    finally:
        graph.close()


def validate(store: Path | str | None = None, *, file: Path | str | None = None) -> Report:
    """Check an on-disk store (read-only, so a build may be running) or an RDF file (Turtle,
    TriG, N-Quads, ...) against the graph contract's SHACL shapes."""
    from kg.graph.validate import validate_path

    if file is not None:
        return validate_path(file, store=False)
    return validate_path(store if store is not None else default_store(), store=True)


def serve(store: Path | str, bind: str | None = None, timeout: int | None = None,
          writable: bool = False) -> int:
    """Serve a store folder over the SPARQL 1.1 Protocol until interrupted (``kg serve``)."""
    from kg.graph import server

    return server.serve(store, bind or server.DEFAULT_BIND,
                        server.DEFAULT_TIMEOUT if timeout is None else timeout, writable)


def _writable(store: Path | str | None, store_type: str | None) -> KnowledgeGraph:
    """The graph a build writes: in memory for ``store=None``, else a folder or a URL."""
    if store is None:
        return KnowledgeGraph(GraphStore(None, store_type, create=True))
    return KnowledgeGraph.open(store, store_type, create=True)


def _existing(paths: Iterable[Path | str]) -> list[Path]:
    out = [Path(p) for p in paths]
    for path in out:
        if not path.exists():
            raise MissingInput(path, "no such file or folder")
    return out


def open(store: Path | str | None = None, store_type: str | None = None) -> KnowledgeGraph:
    """Open the graph in an existing store (default: ``$KG_STORE`` or kg-store), read-only,
    or at a SPARQL server's URL."""
    return KnowledgeGraph.open(store, store_type)


def render(result: Rows | bool | Graph, fmt: str | None = None, *, wide: bool = False) -> str:
    """A query's answer as text: rows and ASK answers as a table (default), CSV, TSV or
    SPARQL results JSON/XML; a CONSTRUCT or DESCRIBE graph in an RDF format (Turtle)."""
    if isinstance(result, Rows):
        return result.format(fmt or "table", wide=wide)
    if isinstance(result, bool):
        return _query.format_ask(result, fmt or "table")
    from kg.explore import export

    return export.graph_text(result, fmt or "turtle")


def saved_queries() -> dict[str, str]:
    """The saved queries by name, each with the question it answers."""
    return {name: _query.describe(path) for name, path in _query.saved_queries().items()}


def format_name(fmt: str) -> str:
    """The name of an output format given by any case or alias; UnknownFormat if none."""
    from kg.explore import export

    return export.find(fmt).name


def formats() -> dict[str, str]:
    """The output formats of :meth:`KnowledgeGraph.export` by name: ``"rdf"`` or ``"visual"``."""
    from kg.explore import export

    return {name: f.kind for name, f in export.FORMATS.items()}
