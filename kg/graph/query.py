"""SPARQL over the graph: inline text, a ``.rq`` file, or a saved query of ``data/queries``."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import namedtuple
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kg.data import QUERY_DIR
from kg.errors import QueryError
from kg.graph.vocab import PREFIXES

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Dataset

FORMATS = ("table", "csv", "tsv", "json")


def saved_queries(directory: Path = QUERY_DIR) -> dict[str, Path]:
    return {p.stem: p for p in sorted(directory.glob("*.rq"))}


def describe(path: Path) -> str:
    """The first comment line of a saved query: what question it answers."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def resolve_text(query: str, directory: Path = QUERY_DIR) -> str:
    """A saved query's name, a path to a ``.rq`` file, or SPARQL text itself."""
    saved = saved_queries(directory)
    if query in saved:
        return saved[query].read_text(encoding="utf-8")
    if query.endswith((".rq", ".sparql")) or (len(query) < 200 and "\n" not in query
                                              and Path(query).is_file()):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    if not any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        names = ", ".join(saved) or "none"
        raise QueryError(f"{query!r} is neither SPARQL nor a saved query (saved: {names})")
    return query


@dataclass
class Rows:
    """A SELECT result: column names and rows of Python values; shows well in a notebook."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __getitem__(self, i: int) -> tuple[Any, ...]:
        return self.rows[i]

    def to_dataframe(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)

    def to_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]

    def format(self, fmt: str = "table") -> str:
        if fmt == "json":
            return json.dumps(self.to_dicts(), indent=2, default=str, ensure_ascii=False)
        if fmt in {"csv", "tsv"}:
            buf = io.StringIO()
            writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t",
                                lineterminator="\n")
            writer.writerow(self.columns)
            writer.writerows(["" if v is None else v for v in r] for r in self.rows)
            return buf.getvalue()
        if fmt == "table":
            return self._table()
        raise QueryError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")

    def _table(self) -> str:
        cells = [[("" if v is None else str(v)) for v in r] for r in self.rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in cells]))
                  for i, c in enumerate(self.columns)]

        def line(values: list[str]) -> str:
            return "  ".join(v[:w].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

        out = [line(self.columns), line(["-" * w for w in widths])]
        out += [line(r) for r in cells]
        out.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in r)
            + "</tr>" for r in self.rows[:500])
        more = f"<p>{len(self.rows) - 500} more rows</p>" if len(self.rows) > 500 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"

    def __repr__(self) -> str:
        return self._table()


def bind(text: str, bindings: dict[str, str]) -> str:
    """Bind variables with VALUES blocks.

    A query can say where a variable is bound with ``VALUES ?name { UNDEF }`` (unbound
    until a value is given; comentioned.rq binds inside a subquery that way); any other
    variable gets a VALUES block opening the first group pattern. rdflib's
    ``initBindings`` reach Oxigraph as substitutions, which it allows only for projected
    variables; a VALUES block binds any variable on every store.
    """
    if not bindings:
        return text
    rest = []
    for name, value in bindings.items():
        block = f"VALUES ?{name} {{ {Literal(value).n3()} }}"
        slot = re.compile(rf"VALUES\s+[?$]{re.escape(name)}\s*\{{\s*UNDEF\s*\}}", re.I)
        text, n = slot.subn(lambda _, block=block: block, text)
        if not n:
            rest.append(block)
    if not rest:
        return text
    where = re.search(r"\bWHERE\s*\{", text, re.I) or re.search(r"\{", text)
    if where is None:
        raise QueryError("cannot bind parameters: the query has no group pattern")
    return f"{text[:where.end()]} {' '.join(rest)} {text[where.end():]}"


def run(dataset: Dataset | ox.Store, query: str,
        bindings: dict[str, str] | None = None) -> Rows | bool:
    """Run SPARQL (or a saved query by name); SELECT gives Rows, ASK a bool.

    ``dataset`` is an rdflib Dataset, or pyoxigraph's own Store (Oxigraph's engine and
    terms, without rdflib's), queried over the union of its graphs.

    A query the engines refuse (bad syntax, an unknown prefix, an unreachable
    SERVICE) is the user's: a one-line :class:`QueryError`. Anything else is a bug
    and propagates with its traceback.
    """
    text = bind(resolve_text(query), bindings or {})
    native = dataset if isinstance(dataset, ox.Store) else getattr(dataset.store, "_inner", None)
    try:
        if native is not None and (native is dataset or dataset.default_union):
            return _run_native(native, text)
        result: Result = dataset.query(text, initNs=PREFIXES)
        if result.type == "ASK":
            return bool(result.askAnswer)
        if result.type != "SELECT":
            raise QueryError(NOT_ROWS)
        columns = [str(v) for v in result.vars or []]
        return _rows(columns, ([_value(row[i]) for i in range(len(columns))] for row in result))
    except Exception as exc:
        if not _refused(exc):
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"query failed: {first}") from exc


NOT_ROWS = "only SELECT and ASK queries give rows; use kg export for graphs"
PROLOGUE = "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())


def _run_native(store: ox.Store, text: str) -> Rows | bool:
    """Oxigraph's own engine and terms, without rdflib's: most of a big answer's time.

    A query is evaluated as its rows are read, so its errors can surface while reading.
    """
    result = store.query(PROLOGUE + text, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(NOT_ROWS)
    columns = [v.value for v in result.variables]
    return _rows(columns, ([_native_value(t) for t in solution] for solution in result))


def _rows(columns: list[str], values: Iterable[list[Any]]) -> Rows:
    # Named tuples, so ``row.speaker`` reads like the query's own variable names.
    record = namedtuple("Row", columns, rename=True)  # type: ignore[misc]
    return Rows(columns, [record(*row) for row in values])


def _refused(exc: Exception) -> bool:
    """Whether a SPARQL engine refused the query itself, rather than failing inside."""
    from pyparsing import ParseBaseException  # only now: rdflib's parser has raised

    if isinstance(exc, ParseBaseException | SyntaxError | OSError):
        return True  # rdflib's parser, Oxigraph's parser, a SERVICE that cannot be reached
    # rdflib raises a bare Exception for a prefix that is not declared.
    return type(exc) is Exception and str(exc).startswith("Unknown namespace prefix")


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, int | float | bool | str) else str(term)
    if isinstance(term, URIRef | BNode):
        return str(term)
    return term


def _native_value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return python_value(term.value, term.datatype.value)
    return term.value


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte")}
FLOATS = {XSD + "double", XSD + "float"}


def python_value(lexical: str, datatype: str | None) -> Any:
    """A literal as a Python value, as rdflib's ``toPython`` gives it for the same literal.

    Numbers and booleans become ``int``, ``float`` and ``bool``; every other literal
    (strings, dates, decimals, ill-typed values) its lexical form.
    """
    try:
        if datatype in INTEGERS:
            return int(lexical)
        if datatype in FLOATS:
            return float(lexical)
    except ValueError:
        return lexical
    if datatype == XSD + "boolean":
        return {"true": True, "1": True, "false": False, "0": False}.get(lexical, lexical)
    return lexical
