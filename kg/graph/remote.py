"""A graph kept in a SPARQL 1.1 server, with the interface of :class:`GraphStore`.

``--store http://host:port`` builds into, and reads from, a server instead of
a folder. Reads go through the SPARQL 1.1 Protocol. A post's graph is written
with the Graph Store Protocol, one request each (PUT replaces it whole, DELETE
removes it), so a reader sees the post before or after the change, never half
of it. The manifest and the shared entity descriptions change by SPARQL Update
around that request: names a post brings are added before its graph is put,
its manifest entry is dropped first and written last, and names nobody uses
any more are pruned, and labels chosen again, after. An interrupted build therefore
leaves at worst a post that the next build redoes, and names nobody gives or a label
not chosen again, which the first write of the next build puts right
(:func:`kg.graph.contract.prune`, :func:`kg.graph.contract.relabel`).

Two URL forms are understood: a server root (Oxigraph, as ``kg serve`` runs it:
``/query``, ``/update``, ``/store``), and an endpoint ending in ``/sparql``
(Virtuoso: updates at the same URL, the graph store at ``/sparql-graph-crud``).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.store import Store

from kg.errors import QueryError, StoreError
from kg.graph.contract import (
    MANIFEST,
    MANIFEST_QUERY,
    Triple,
    descriptions_of,
    labels_of,
    prune,
    relabel,
    shared_change,
    to_relabel,
)
from kg.graph.store import Entry
from kg.graph.vocab import POST, PREFIXES

TIMEOUT = 120.0
NTRIPLES = "application/n-triples"
JSON_RESULTS = "application/sparql-results+json"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"  # RDF 1.1: the same as a plain literal


def is_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoints:
    """Where a server takes queries, updates and graph store requests."""

    query: str
    update: str
    store: str

    @classmethod
    def for_url(cls, url: str) -> Endpoints:
        base = url.rstrip("/")
        if base.endswith("/sparql"):
            return cls(base, base, base + "-graph-crud")
        return cls(base + "/query", base + "/update", base + "/store")


class Client:
    """Plain HTTP (urllib) with errors turned into one line a user can act on."""

    def __init__(self, endpoints: Endpoints, timeout: float = TIMEOUT) -> None:
        self.endpoints = endpoints
        self.timeout = timeout

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, missing_ok: bool = False) -> bytes:
        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return b""
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            reason = detail[0][:300] if detail else exc.reason
            if exc.code == 400 and url == self.endpoints.query:
                raise QueryError(f"query failed: {reason}") from None  # the query's fault
            raise StoreError(f"{method} {url}: HTTP {exc.code}: {reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"no SPARQL server answers at {url}: {reason}") from None

    def select(self, text: str) -> bytes:
        body = urllib.parse.urlencode({"query": text}).encode()
        return self.request("POST", self.endpoints.query, body, {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": JSON_RESULTS})

    def update(self, text: str) -> None:
        body = urllib.parse.urlencode({"update": text}).encode()
        self.request("POST", self.endpoints.update, body,
                     {"Content-Type": "application/x-www-form-urlencoded"})

    def graph_url(self, name: URIRef) -> str:
        return f"{self.endpoints.store}?{urllib.parse.urlencode({'graph': str(name)})}"


class Endpoint(Store):
    """rdflib's view of the server: SPARQL goes there, answers come back as rdflib results."""

    context_aware = True
    graph_aware = True

    def __init__(self, client: Client) -> None:
        super().__init__()
        self.client = client

    def query(self, query: Any, initNs: dict[str, Any], initBindings: dict[str, Any],
              queryGraph: Any, **kwargs: Any) -> Result:
        if initBindings:
            raise ValueError("bind variables with a VALUES block (kg.graph.query.bind)")
        prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in (initNs or {}).items())
        body = self.client.select(prologue + str(query))
        return Result.parse(BytesIO(body), format="json")

    def __len__(self, context: Any = None) -> int:
        # Distinct triples of the union, as a local store counts them.
        rows = _rows(self.client.select(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"))
        return int(rows[0][0]) if rows else 0

    def triples(self, *args: Any, **kwargs: Any):
        raise NotImplementedError("read a remote graph with SPARQL, or RemoteStore.snapshot()")


class RemoteStore:
    """A graph in a SPARQL 1.1 server: build into it, query it, export it."""

    plugin = "SPARQL"
    read_only = False  # not opened read-only here: whether it takes writes is the server's say

    def __init__(self, url: str, *, timeout: float = TIMEOUT) -> None:
        self.path = url
        self.endpoints = Endpoints.for_url(url)
        self.client = Client(self.endpoints, timeout)
        self.dataset = Dataset(store=Endpoint(self.client), default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns)
        self.client.select("ASK {}")  # a clear error now, not in the middle of a build
        self._pruned = False
        self._wrote = False

    def manifest(self) -> dict[str, tuple[str, str]]:
        """identifier -> (content hash, extractor fingerprint) of every built post."""
        return {i: (e.content_hash, e.extractor) for i, e in self.entries().items()}

    def sources(self) -> dict[str, tuple[URIRef, str]]:
        """identifier -> (post IRI, source file path) of every built post."""
        return {i: (e.post, e.source_path) for i, e in self.entries().items()}

    def entries(self) -> dict[str, Entry]:
        """identifier -> manifest entry of every built post, in one query."""
        return {i: Entry(URIRef(p), h or "", fp or "", src or "")
                for p, i, h, fp, src in _rows(self.client.select(MANIFEST_QUERY))}

    def flush(self) -> None:
        """Nothing to do: the server keeps its own store."""

    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph, read with the Graph Store Protocol."""
        body = self.client.request("GET", self.client.graph_url(name), None,
                                   {"Accept": NTRIPLES}, missing_ok=True)
        g = Graph(identifier=name)
        g.parse(data=body.decode("utf-8"), format="nt")
        return g

    def replace(self, post: URIRef, triples: Iterable[Triple], manifest: Iterable[Triple]) -> None:
        """Replace a post's graph with one PUT; the manifest and descriptions follow it."""
        triples, manifest = list(triples), list(manifest)
        gone, added, renamed = self._begin(post, triples)
        self.client.update(f"DELETE WHERE {{ GRAPH {MANIFEST.n3()} {{ {post.n3()} ?p ?o }} }}"
                           + (f" ;\n{_insert(added)}" if added else ""))
        self.client.request("PUT", self.client.graph_url(post), _ntriples(triples).encode(),
                            {"Content-Type": NTRIPLES})
        self._finish(gone, manifest, renamed)

    def remove(self, post: URIRef) -> None:
        """Remove a post's graph with one DELETE; then its manifest entry and names."""
        gone, _, renamed = self._begin(post, [])
        self.client.update(f"DELETE WHERE {{ GRAPH {MANIFEST.n3()} {{ {post.n3()} ?p ?o }} }}")
        self.client.request("DELETE", self.client.graph_url(post), missing_ok=True)
        self._finish(gone, [], renamed)

    def _begin(self, post: URIRef, triples: list[Triple]
               ) -> tuple[set[Triple], set[Triple], set[URIRef]]:
        if not self._pruned:  # what an interrupted build may have left
            self.client.update(f"{prune()} ;\n{relabel()}")
            self._pruned = True
        self._wrote = True
        old = _rows(self.client.select(descriptions_of(post)), terms=True)
        gone, added, names = shared_change(old, triples)
        query = labels_of(names)
        labels = _rows(self.client.select(query), terms=True) if query else []
        return gone, added, to_relabel(names, labels)

    def _finish(self, gone: set[Triple], manifest: list[Triple], renamed: set[URIRef]) -> None:
        ops = [prune(gone), relabel(renamed), _insert(manifest) if manifest else ""]
        text = " ;\n".join(op for op in ops if op)
        if text:
            self.client.update(text)

    def snapshot(self) -> Dataset:
        """The posts' graphs and the manifest, copied into memory (for exports)."""
        ds = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns)
        ours = f"STRSTARTS(STR(?g), {Literal(str(POST)).n3()}) || ?g = {MANIFEST.n3()}"
        rows = _rows(self.client.select(
            f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({ours}) }}"), terms=True)
        for g, s, p, o in rows:
            ds.graph(g).add((s, p, o))
        return ds

    def close(self) -> None:
        if self._wrote:
            self.client.update(prune())
            self._wrote = False


def _insert(triples: Iterable[Triple]) -> str:
    return f"INSERT DATA {{ GRAPH {MANIFEST.n3()} {{\n{_ntriples(triples)}\n}} }}"


def _ntriples(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)


def _rows(body: bytes, terms: bool = False) -> list[tuple]:
    """SPARQL JSON results: rows of rdflib terms, or of lexical values."""
    data = json.loads(body)
    names = data["head"].get("vars", [])
    out = []
    for binding in data.get("results", {}).get("bindings", []):
        row = tuple(_term(binding.get(n)) if terms else (binding.get(n) or {}).get("value")
                    for n in names)
        out.append(row)
    return out


def _term(value: dict[str, str] | None) -> Any:
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    return Literal(value["value"], datatype=None if datatype == XSD_STRING else datatype)
