"""The graph store: an rdflib ``Dataset`` over a store plugin chosen by its rdflib name.

``Oxigraph`` (the default, from oxrdflib) keeps the graph on disk in a
folder; ``Memory`` (rdflib's own) is for small jobs and tests. A post is
replaced in one step: on Oxigraph one SPARQL Update, which Oxigraph runs
as a single transaction, drops the post's named graph and its manifest
entry and inserts the new ones, so an interrupted build never leaves half
a post. The manifest lives in the store itself, so the two cannot disagree.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.graph import Graph
from rdflib.plugin import PluginException

from kg.errors import StoreError
from kg.graph.contract import MANIFEST, Triple
from kg.graph.vocab import CKG, PREFIXES, SCHEMA

DEFAULT_PLUGIN = "Oxigraph"


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

    def manifest(self) -> dict[str, tuple[str, str]]:
        """identifier -> (content hash, extractor fingerprint) of every built post."""
        out = {}
        g = self.dataset.graph(MANIFEST)
        for post, ident in g.subject_objects(SCHEMA.identifier):
            digest = g.value(post, CKG.contentHash)
            fp = g.value(post, CKG.extractor)
            out[str(ident)] = (str(digest or ""), str(fp or ""))
        return out

    def replace(self, post: URIRef, triples: Iterable[Triple], manifest: Iterable[Triple]) -> None:
        """Put ``triples`` in the post's named graph, replacing what was there, atomically."""
        triples, manifest = list(triples), list(manifest)
        if self._native:
            body = "\n".join(f"{s.n3()} {p.n3()} {_n3(o)} ." for s, p, o in triples)
            head = "\n".join(f"{s.n3()} {p.n3()} {_n3(o)} ." for s, p, o in manifest)
            self._update(
                f"DROP SILENT GRAPH {post.n3()} ;\n"
                f"DELETE WHERE {{ GRAPH {MANIFEST.n3()} {{ {post.n3()} ?p ?o }} }} ;\n"
                f"INSERT DATA {{ GRAPH {post.n3()} {{\n{body}\n}}\n"
                f"GRAPH {MANIFEST.n3()} {{\n{head}\n}} }}"
            )
            return
        self.dataset.remove_graph(self.dataset.graph(post))
        self.dataset.graph(MANIFEST).remove((post, None, None))
        g = self.dataset.graph(post)
        g.addN((s, p, o, g) for s, p, o in triples)
        m = self.dataset.graph(MANIFEST)
        m.addN((s, p, o, m) for s, p, o in manifest)

    def remove(self, post: URIRef) -> None:
        """Take a post's statements and manifest entry out of the graph."""
        if self._native:
            self._update(
                f"DROP SILENT GRAPH {post.n3()} ;\n"
                f"DELETE WHERE {{ GRAPH {MANIFEST.n3()} {{ {post.n3()} ?p ?o }} }}"
            )
            return
        self.dataset.remove_graph(self.dataset.graph(post))
        self.dataset.graph(MANIFEST).remove((post, None, None))

    def _update(self, text: str) -> None:
        if self.read_only:
            raise StoreError(f"the store in {self.path} was opened read-only")
        try:
            self.dataset.store._inner.update(text)  # type: ignore[attr-defined]
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"store update failed: {exc}") from None

    def graph(self, name: URIRef) -> Graph:
        return self.dataset.graph(name)

    def close(self) -> None:
        """Close the store; closing it again is harmless.

        oxrdflib's close drops its handle, so a second close (say, by a user who
        closed ``dataset`` directly) raises AttributeError: that one means "closed".
        """
        with contextlib.suppress(AttributeError):
            self.dataset.close()


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


def _n3(term: URIRef | Literal) -> str:
    return term.n3()
