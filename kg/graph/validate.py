"""Check a graph against the contract's SHACL shapes (``data/shapes.ttl``) with pySHACL.

The data is validated where it lies: an on-disk store through Oxigraph itself (opened
read-only, so a build may hold the store meanwhile), an RDF file loaded into an in-memory
Oxigraph store, an rdflib Dataset as it is. The shapes see the union of the post graphs;
SPARQL constraints in them look at the named graphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, Namespace
from rdflib.term import Node

from kg.data import DATA_DIR
from kg.errors import KGError, StoreError

SHAPES = DATA_DIR / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
# File suffixes of the RDF formats `kg export` writes, and their pyoxigraph names.
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "rdf", ".xml": "rdf"}


class ValidationError(KGError):
    """The graph cannot be validated at all (an unreadable file, broken shapes)."""


@dataclass(frozen=True)
class Violation:
    """One way a node breaks the contract."""

    focus: str
    message: str
    path: str | None = None
    value: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        value = f": {self.value}" if self.value is not None and self.value != self.focus else ""
        return f"{self.focus}{where}: {self.message}{value}"


@dataclass(frozen=True)
class Report:
    violations: tuple[Violation, ...]
    checked: str

    @property
    def conforms(self) -> bool:
        return not self.violations


def validate(data, shapes: Path = SHAPES, checked: str = "graph") -> Report:
    """Validate ``data`` (a pyoxigraph Store, or an rdflib Graph or Dataset)."""
    import pyshacl

    _truthy_without_counting()
    shapes_graph = Graph()
    try:
        shapes_graph.parse(shapes, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(f"cannot read the shapes in {shapes}: {exc}") from None
    _conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes_graph,
                                                 inference="none", advanced=False)
    if not isinstance(results, Graph):
        raise ValidationError(f"validation failed: {results}")
    violations = sorted({_violation(results, r) for r in results.objects(None, SH.result)},
                        key=lambda v: (v.focus, v.message, v.path or "", v.value or ""))
    return Report(tuple(violations), checked)


def validate_path(path: Path | str, *, store: bool) -> Report:
    """Validate the on-disk store at ``path``, or (``store=False``) an RDF file."""
    import pyoxigraph as ox

    path = Path(path)
    if store:
        if not path.is_dir():
            raise StoreError(f"no graph store at {path}; run kg build first")
        try:
            data = ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store in {path}: {exc}") from None
        return validate(data, checked=f"store {path}")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValidationError(f"{path}: unknown RDF format (use one of "
                              f"{', '.join(sorted(FORMATS))})")
    data = ox.Store()
    try:
        data.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]) or
                       ox.RdfFormat.TURTLE)
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(f"{path}: cannot be read as {fmt}: {exc}") from None
    return validate(data, checked=f"file {path}")


def _truthy_without_counting() -> None:
    """pySHACL tests a data graph's truth (``datagraph or shapes``) for every result it
    describes, and an Oxigraph data graph answers by counting all its triples: a second
    per result on the full corpus. A data graph is always there; it needs no count."""
    from pyshacl import graph_abstraction

    cls = getattr(graph_abstraction, "OxigraphDataGraph", None)
    if cls is not None and "__bool__" not in vars(cls):
        cls.__bool__ = lambda self: True


def _violation(report: Graph, result: Node) -> Violation:
    def one(prop) -> str | None:
        value = report.value(result, SH[prop])
        return None if value is None else str(value)

    severity = report.value(result, SH.resultSeverity)
    message = one("resultMessage") or _describe(report, result)
    value = report.value(result, SH.value)
    return Violation(
        focus=one("focusNode") or "?",
        message=message,
        path=_short(one("resultPath")),
        value=None if value is None else (str(value) if not isinstance(value, Literal)
                                          else repr(value.toPython())),
        severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
    )


def _describe(report: Graph, result: Node) -> str:
    component = report.value(result, SH.sourceConstraintComponent)
    return str(component).rsplit("#", 1)[-1] if component else "violation"


def _short(iri: str | None) -> str | None:
    if iri is None:
        return None
    from kg.graph.vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri
