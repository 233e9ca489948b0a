"""The graph store: an rdflib ``Dataset`` over a store plugin chosen by its rdflib name.

``Oxigraph`` (the default, from oxrdflib) keeps the graph on disk in a
folder; ``Memory`` (rdflib's own) is for small jobs and tests. A post is
replaced in one step: on Oxigraph one SPARQL Update, which Oxigraph runs
as a single transaction, drops the post's named graph and its manifest
entry, inserts the new ones and changes the entity names and classes the
manifest keeps by what the post changed, so an interrupted build never
leaves half a post. The manifest lives in the store itself, so the two
cannot disagree.

Oxigraph (RocksDB) keeps recent writes in memory and in its write-ahead log until
they are flushed to its data files, and does not do so by itself while a build writes:
memory would grow with the corpus (3 MB a post on a dense one) and the next open would
replay the whole log (seconds after a full build). So the store flushes after every
``FLUSH_BYTES`` of updates and when it is closed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.graph import Graph
from rdflib.plugin import PluginException

from kg.errors import StoreError
from kg.graph.contract import (
    MANIFEST,
    MANIFEST_QUERY,
    SHARED,
    Triple,
    descriptions_of,
    prune,
    shared_change,
)
from kg.graph.server import check_not_served
from kg.graph.vocab import CKG, PREFIXES

DEFAULT_PLUGIN = "Oxigraph"
SHARED_BY = {q: p for p, q in SHARED.items()}  # manifest's predicate -> description's
FLUSH_BYTES = 16 * 2**20  # of update text; the write buffer is a few times larger


class GraphStore:
    """Owns the Dataset; the only code that writes to it."""

    def __init__(self, path: Path | str | None = None, plugin: str | None = None, *,
                 create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.plugin = plugin or (DEFAULT_PLUGIN if path is not None else "Memory")
        # Readers share a store; only a writer takes its lock (see _open_read_only).
        self.read_only = read_only and self.path is not None
        try:
            self.dataset = Dataset(store=self.plugin, default_union=True)
        except PluginException:
            raise StoreError(
                f"unknown store type {self.plugin!r} (try Oxigraph or Memory)") from None
        if self.path is not None:
            if self.plugin == "Memory":
                raise StoreError("the Memory store keeps nothing on disk; drop --store or use "
                                 "--store-type Oxigraph")
            if (not create or self.read_only) and not self.path.exists():
                # A mistyped --store must not answer from a new, empty graph.
                raise StoreError(f"no graph store at {self.path}; run kg build first")
            check_not_served(self.path)
            try:
                if self.read_only:
                    self.dataset = _open_read_only(self.plugin, self.path)
                else:
                    self.path.mkdir(parents=True, exist_ok=True)
                    self.dataset.open(str(self.path))
            except OSError as exc:
                hint = "" if self.read_only else " (is another kg process writing to it?)"
                raise StoreError(f"cannot open the store in {self.path}: {exc}{hint}") from None
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns)
        self._native = getattr(self.dataset.store, "_inner", None) is not None and (
            self.plugin.lower() == "oxigraph")
        self._unflushed = False
        self._pending = 0

    def manifest(self) -> dict[str, tuple[str, str]]:
        """identifier -> (content hash, extractor fingerprint) of every built post."""
        return {str(row.id): (str(row.hash or ""), str(row.fp or ""))
                for row in self._manifest_rows()}

    def sources(self) -> dict[str, tuple[URIRef, str]]:
        """identifier -> (post IRI, source file path) of every built post."""
        return {str(row.id): (row.post, str(row.src or "")) for row in self._manifest_rows()}

    def _manifest_rows(self):
        # One query, not a lookup per post: on the full corpus 20 ms instead of 0.4 s.
        return self.dataset.query(MANIFEST_QUERY)

    def replace(self, post: URIRef, triples: Iterable[Triple], manifest: Iterable[Triple]) -> None:
        """Put ``triples`` in the post's named graph, replacing what was there, atomically.

        The entity names and classes the post adds or drops change in the manifest graph
        in the same step (see :func:`kg.graph.contract.shared_change`).
        """
        triples, manifest = list(triples), list(manifest)
        gone, added = shared_change(self._select(descriptions_of(post)), triples)
        self._unflushed = True
        if self._native:
            ops = [f"DROP SILENT GRAPH {post.n3()}",
                   f"DELETE WHERE {{ GRAPH {MANIFEST.n3()} {{ {post.n3()} ?p ?o }} }}",
                   f"INSERT DATA {{ GRAPH {post.n3()} {{\n{_lines(triples)}\n}}\n"
                   f"GRAPH {MANIFEST.n3()} {{\n{_lines(manifest)}\n{_lines(added)}\n}} }}",
                   prune(gone)]
            self._update(" ;\n".join(op for op in ops if op))
            return
        self.dataset.remove_graph(self.dataset.graph(post))
        self.dataset.graph(MANIFEST).remove((post, None, None))
        g = self.dataset.graph(post)
        g.addN((s, p, o, g) for s, p, o in triples)
        m = self.dataset.graph(MANIFEST)
        m.addN((s, p, o, m) for s, p, o in [*manifest, *added])
        for e, q, v in gone:  # what no other post's description still says
            stated = (SHARED_BY[q], v)
            if not any((d, *stated) in self.dataset
                       for d in self.dataset.subjects(CKG.describes, e)):
                m.remove((e, q, v))

    def remove(self, post: URIRef) -> None:
        """Take a post's statements, manifest entry and descriptions out of the graph."""
        self.replace(post, (), ())

    def _select(self, text: str) -> list[tuple]:
        return [tuple(row) for row in self.dataset.query(text)]

    def _update(self, text: str) -> None:
        if self.read_only:
            raise StoreError(f"the store in {self.path} was opened read-only")
        try:
            self.dataset.store._inner.update(text)  # type: ignore[attr-defined]
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"store update failed: {exc}") from None
        self._pending += len(text)
        if self._pending > FLUSH_BYTES:
            self.flush()

    def graph(self, name: URIRef) -> Graph:
        return self.dataset.graph(name)

    def flush(self) -> None:
        """Write what is buffered to the data files, so the next open is quick."""
        if self._native and self.path is not None and self._unflushed:
            try:
                self.dataset.store._inner.flush()  # type: ignore[attr-defined]
            except OSError as exc:
                raise StoreError(f"store flush failed: {exc}") from None
        self._unflushed = False
        self._pending = 0

    def close(self) -> None:
        """Close the store; closing it again is harmless.

        oxrdflib's close drops its handle, so a second close (say, by a user who
        closed ``dataset`` directly) raises AttributeError: that one means "closed".
        """
        try:
            self.flush()
        finally:
            with contextlib.suppress(AttributeError):
                self.dataset.close()


def _lines(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)


def _open_read_only(plugin: str, path: Path) -> Dataset:
    """The Dataset of the store at ``path``, opened read-only: no lock, so that any number
    of readers (a notebook, ``kg query``) share it. It shows the store as it was opened.
    """
    if plugin.lower() != "oxigraph":
        raise StoreError(f"the {plugin} store cannot be opened read-only; use Oxigraph")
    import pyoxigraph
    from oxrdflib import OxigraphStore

    if not (path / "CURRENT").is_file():
        raise OSError(f"{path} holds no graph store")
    return Dataset(store=OxigraphStore(store=pyoxigraph.Store.read_only(str(path))),
                   default_union=True)
