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
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.graph import Graph
from rdflib.plugin import PluginException
from rdflib.plugin import get as get_plugin
from rdflib.store import Store

from kg.errors import StoreError
from kg.graph.contract import (
    MANIFEST,
    SHARED,
    Triple,
    descriptions_of,
    labels_of,
    prune,
    relabel,
    shared_change,
    to_relabel,
)
from kg.graph.query import run
from kg.graph.server import check_not_served
from kg.graph.vocab import CKG, PREFIXES, SCHEMA

DEFAULT_PLUGIN = "Oxigraph"
SHARED_BY = {q: p for p, q in SHARED.items()}  # manifest's predicate -> description's
FLUSH_BYTES = 16 * 2**20  # of update text; the write buffer is a few times larger


@dataclass(frozen=True)
class Entry:
    """What the manifest records of a built post."""

    post: URIRef
    content_hash: str
    extractor: str
    source_path: str


class GraphStore:
    """Owns the Dataset; the only code that writes to it.

    An on-disk Oxigraph store is opened with pyoxigraph itself (:attr:`native`), and
    the rdflib Dataset over it is made at first use: a saved query from the command
    line then never loads rdflib's SPARQL engine, a tenth of a second.
    """

    def __init__(self, path: Path | str | None = None, plugin: str | None = None, *,
                 create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.plugin = plugin or (DEFAULT_PLUGIN if path is not None else "Memory")
        # Readers share a store; only a writer takes its lock.
        self.read_only = read_only and self.path is not None
        self._dataset: Dataset | None = None
        self._ox = None  # pyoxigraph's Store of an on-disk Oxigraph store
        if self.path is not None and self.plugin.lower() == "oxigraph":
            self._open_native(self.path, create)
        else:
            self._dataset = self._new_dataset()
            if self.path is not None:
                if self.plugin == "Memory":
                    raise StoreError("the Memory store keeps nothing on disk; drop --store or "
                                     "use --store-type Oxigraph")
                if self.read_only:
                    raise StoreError(f"the {self.plugin} store cannot be opened read-only; "
                                     "use Oxigraph")
                self._opening(self.path, create, lambda: self._dataset.open(str(self.path)))
        self._unflushed = False
        self._pending = 0

    def _new_dataset(self, **options) -> Dataset:
        try:
            store = get_plugin(self.plugin, Store)(**options)
        except PluginException:
            raise StoreError(
                f"unknown store type {self.plugin!r} (try Oxigraph or Memory)") from None
        dataset = Dataset(store=store, default_union=True)
        for prefix, ns in PREFIXES.items():
            dataset.bind(prefix, ns)
        return dataset

    def _open_native(self, path: Path, create: bool) -> None:
        import pyoxigraph as ox

        def open_it() -> None:
            if not self.read_only:
                self._ox = ox.Store(str(path))
            elif (path / "CURRENT").is_file():  # read-only: no lock, any number of readers
                self._ox = ox.Store.read_only(str(path))
            else:
                raise OSError(f"{path} holds no graph store")

        self._opening(path, create and not self.read_only, open_it, self.read_only)

    @staticmethod
    def _opening(path: Path, create: bool, open_it, read_only: bool = False) -> None:
        if not create and not path.exists():
            # A mistyped --store must not answer from a new, empty graph.
            raise StoreError(f"no graph store at {path}; run kg build first")
        check_not_served(path)
        try:
            if not read_only:
                path.mkdir(parents=True, exist_ok=True)
            open_it()
        except OSError as exc:
            hint = "" if read_only else " (is another kg process writing to it?)"
            raise StoreError(f"cannot open the store in {path}: {exc}{hint}") from None

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset of the store (over an on-disk Oxigraph store: made now)."""
        if self._dataset is None:
            self._dataset = self._new_dataset(store=self._ox)
        return self._dataset

    @property
    def native(self):
        """pyoxigraph's own Store, where the store is Oxigraph's; else None."""
        if self._ox is not None:
            return self._ox
        if self.plugin.lower() != "oxigraph":
            return None
        return getattr(self.dataset.store, "_inner", None)

    def manifest(self) -> dict[str, tuple[str, str]]:
        """identifier -> (content hash, extractor fingerprint) of every built post."""
        return {ident: (e.content_hash, e.extractor) for ident, e in self.entries().items()}

    def sources(self) -> dict[str, tuple[URIRef, str]]:
        """identifier -> (post IRI, source file path) of every built post."""
        return {ident: (e.post, e.source_path) for ident, e in self.entries().items()}

    def entries(self) -> dict[str, Entry]:
        """identifier -> manifest entry of every built post, read in one scan of the
        manifest graph, with Oxigraph's own API where it can: no SPARQL engine to load,
        and a query took 2 s on a corpus 10x the devblog."""
        rows: dict[str, dict[str, str]] = {}
        if self.native is not None:
            import pyoxigraph as ox

            for q in self.native.quads_for_pattern(None, None, None, ox.NamedNode(MANIFEST)):
                if isinstance(q.subject, ox.NamedNode):
                    rows.setdefault(q.subject.value, {})[q.predicate.value] = q.object.value
        else:
            for s, p, o in self.dataset.graph(MANIFEST):
                rows.setdefault(str(s), {})[str(p)] = str(o)
        ident, chash, fp, src = (str(SCHEMA.identifier), str(CKG.contentHash),
                                 str(CKG.extractor), str(CKG.sourcePath))
        return {row[ident]: Entry(URIRef(post), row.get(chash, ""), row.get(fp, ""),
                                  row.get(src, ""))
                for post, row in rows.items() if ident in row}

    def replace(self, post: URIRef, triples: Iterable[Triple], manifest: Iterable[Triple]) -> None:
        """Put ``triples`` in the post's named graph, replacing what was there, atomically.

        The entity names and classes the post adds or drops change in the manifest graph
        in the same step (see :func:`kg.graph.contract.shared_change`), and so does the
        label of each entity whose names it changed (:func:`kg.graph.contract.relabel`).
        """
        triples, manifest = list(triples), list(manifest)
        gone, added, names = shared_change(self._select(descriptions_of(post)), triples)
        query = labels_of(names)
        renamed = to_relabel(names, self._select(query) if query else [])
        self._unflushed = True
        if self.native is not None:
            ops = [f"DROP SILENT GRAPH {post.n3()}",
                   f"DELETE WHERE {{ GRAPH {MANIFEST.n3()} {{ {post.n3()} ?p ?o }} }}",
                   f"INSERT DATA {{ GRAPH {post.n3()} {{\n{_lines(triples)}\n}}\n"
                   f"GRAPH {MANIFEST.n3()} {{\n{_lines(manifest)}\n{_lines(added)}\n}} }}",
                   prune(gone), relabel(renamed)]
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
        if renamed:
            self.dataset.update(relabel(renamed))

    def remove(self, post: URIRef) -> None:
        """Take a post's statements, manifest entry and descriptions out of the graph."""
        self.replace(post, (), ())

    def _select(self, text: str) -> list[tuple]:
        """Rows of rdflib terms; by Oxigraph's own engine where it can (no rdflib SPARQL)."""
        return [tuple(row) for row in run(self.native if self.native is not None
                                          else self.dataset, text)]

    def _update(self, text: str) -> None:
        if self.read_only:
            raise StoreError(f"the store in {self.path} was opened read-only")
        try:
            self.native.update(text)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"store update failed: {exc}") from None
        self._pending += len(text)
        if self._pending > FLUSH_BYTES:
            self.flush()

    def graph(self, name: URIRef) -> Graph:
        return self.dataset.graph(name)

    def flush(self) -> None:
        """Write what is buffered to the data files, so the next open is quick."""
        if self._ox is not None and self._unflushed:
            try:
                self._ox.flush()
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
            self._ox = None  # the last reference but the Dataset's: RocksDB lets go of its lock
            if self._dataset is not None:
                with contextlib.suppress(AttributeError):
                    self._dataset.close()


def _lines(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)
