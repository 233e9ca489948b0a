"""SPARQL over the graph: inline text, a ``.rq`` file, or a saved query of ``data/queries``.

Results behave as rdflib's do, so rdflib users need nothing new: a SELECT gives
:class:`Rows`, an :class:`rdflib.query.Result` with ``vars`` whose rows are
rdflib's own ``ResultRow`` (``row.x``, ``row["x"]``, ``row.asdict()``) of rdflib
terms; an ASK gives a bool; CONSTRUCT and DESCRIBE give an :class:`rdflib.Graph`.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import XSD, BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier

from kg.data import QUERY_DIR
from kg.errors import QueryError, UnknownFormat, UnknownVariable
from kg.graph.vocab import PREFIXES

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Dataset

FORMATS = ("table", "csv", "tsv", "json", "xml")  # of a SELECT or an ASK result
MAX_WIDTH = 60  # a table column wider than this is cut, ending in "…"
ELLIPSIS = "\u2026"


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
    if form(query) is None:
        names = ", ".join(saved) or "none"
        raise QueryError(f"{query!r} is neither SPARQL nor a saved query (saved: {names})")
    return query


# --- reading the query text ----------------------------------------------------------------

# What is not code in a query: IRIs, strings (long ones first) and comments.
_NOT_CODE = re.compile(r'<[^<>"{}|^`\\\s]*>|"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\''
                       r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_VARIABLE = re.compile(r"[?$]([^\W]\w*)")
_PREFIXED = re.compile(r"(?<![\w?$:.-])([^\W\d_][\w.-]*)?:(?=[\w%\\]|[\s;,.)}\]]|$)")
_DECLARED = re.compile(r"\bPREFIX\s+([^\W\d_][\w.-]*)?:", re.I)
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


def _code(text: str) -> str:
    """The query with its IRIs, strings and comments blanked out."""
    return _NOT_CODE.sub(" ", text)


def variables(text: str) -> set[str]:
    """The names of the variables a query mentions, without ``?``."""
    return set(_VARIABLE.findall(_code(text)))


def form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: what the query asks for (None: not SPARQL)."""
    found = _FORM.search(_code(text))
    return found.group(1).upper() if found else None


def unknown_prefixes(text: str, known: Iterable[str] = PREFIXES) -> list[str]:
    """Prefixes a query uses without declaring them (and that ``known`` does not add)."""
    code = _code(text)
    declared = {p or "" for p in _DECLARED.findall(code)} | set(known)
    used = dict.fromkeys(p for p in _PREFIXED.findall(_DECLARED.sub(" ", code)) if p)
    return [p for p in used if p not in declared]


# --- bindings ------------------------------------------------------------------------------

def term(value: Any) -> Identifier:
    """A binding's value as an RDF term: rdflib terms as they are, anything else a literal."""
    return value if isinstance(value, Identifier) else Literal(value)


def bind(text: str, bindings: Mapping[str, Any]) -> str:
    """Bind variables with VALUES blocks.

    A query can say where a variable is bound with ``VALUES ?name { UNDEF }`` (unbound
    until a value is given; comentioned.rq binds inside a subquery that way); any other
    variable gets a VALUES block opening the first group pattern. rdflib's
    ``initBindings`` reach Oxigraph as substitutions, which it allows only for projected
    variables; a VALUES block binds any variable on every store. A binding for a
    variable the query does not have is refused: it would bind nothing.
    """
    if not bindings:
        return text
    names = {str(name).lstrip("?$"): value for name, value in bindings.items()}
    missing = sorted(set(names) - variables(text))
    if missing:
        have = ", ".join(f"?{v}" for v in sorted(variables(text))) or "none"
        raise UnknownVariable(f"the query has no variable {', '.join('?' + m for m in missing)}"
                              f" to bind (its variables: {have})")
    rest = []
    for name, value in names.items():
        block = f"VALUES ?{name} {{ {term(value).n3()} }}"
        slot = re.compile(rf"VALUES\s+[?$]{re.escape(name)}\s*\{{\s*UNDEF\s*\}}", re.I)
        text, n = slot.subn(lambda _, block=block: block, text)
        if not n:
            rest.append(block)
    if not rest:
        return text
    values = " ".join(rest)
    where = re.search(r"\bWHERE\s*\{", text, re.I) or re.search(r"\{", text)
    if where is None:
        raise QueryError("cannot bind parameters: the query has no group pattern")
    return f"{text[:where.end()]} {values} {text[where.end():]}"


# --- results -------------------------------------------------------------------------------

def python(value: Identifier | None) -> Any:
    """A term as a Python value: numbers, bools, dates and text; IRIs as ``str``."""
    if value is None:
        return None
    if isinstance(value, Literal):
        out = value.toPython()
        return str(value) if isinstance(out, Literal) else out
    return str(value)


class Rows(Result):
    """A SELECT result: rdflib's ``Result``, read to the end, with tables and DataFrames.

    Iterating gives rdflib ``ResultRow`` objects of rdflib terms (``Literal`` with its
    datatype, ``URIRef``); :meth:`df` and :meth:`to_dicts` give typed Python values.
    """

    def __init__(self, variables: Sequence[Variable | str],
                 bindings: Iterable[Mapping[Variable, Identifier]] = ()) -> None:
        super().__init__("SELECT")
        self.vars = [Variable(str(v)) for v in variables]
        # As rdflib iterates: a solution that binds nothing is no row (rdflib's own engine
        # gives one for an aggregate over nothing, where Oxigraph gives none).
        self.bindings = [b for b in bindings if b]

    @classmethod
    def from_values(cls, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Rows:
        """Rows of Python values (a table made in Python) as a result of terms."""
        names = [Variable(c) for c in columns]
        return cls(names, ({v: term(x) for v, x in zip(names, row, strict=True) if x is not None}
                           for row in rows))

    @property
    def columns(self) -> list[str]:
        return [str(v) for v in self.vars or []]

    def __iter__(self) -> Iterator[ResultRow]:  # type: ignore[override]
        return (ResultRow(b, self.vars) for b in self.bindings)  # type: ignore[arg-type]

    def __getitem__(self, i: int) -> ResultRow:
        return ResultRow(self.bindings[i], self.vars)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"'Rows' object has no attribute {name!r}")

    def values(self) -> list[tuple[Any, ...]]:
        """The rows as tuples of Python values (see :func:`python`)."""
        return [tuple(python(b.get(v)) for v in self.vars) for b in self.bindings]  # type: ignore[union-attr]

    def to_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.values()]

    def df(self) -> pd.DataFrame:
        """A pandas DataFrame of typed values; a column of dates has a datetime dtype."""
        import pandas as pd

        frame = pd.DataFrame(self.values(), columns=self.columns)
        for column in frame.columns:
            cells = frame[column].dropna()
            if len(cells) and all(isinstance(c, date | datetime) for c in cells):
                frame[column] = pd.to_datetime(frame[column])
        return frame

    to_dataframe = df

    def format(self, fmt: str = "table", *, wide: bool = False) -> str:
        """The rows as text: a table, CSV, TSV, or SPARQL 1.1 Query Results JSON or XML."""
        if fmt == "json":
            data = json.loads(self.serialize(format="json") or b"{}")
            return json.dumps({"head": data.pop("head", {}), **data}, indent=2,
                              ensure_ascii=False)
        if fmt == "xml":
            return (self.serialize(format="xml") or b"").decode("utf-8")
        if fmt in {"csv", "tsv"}:
            buf = io.StringIO()
            writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t",
                                lineterminator="\n")
            writer.writerow(self.columns)
            writer.writerows(["" if v is None else str(v) for v in r] for r in self)
            return buf.getvalue()
        if fmt == "table":
            return self._table(wide)
        raise UnknownFormat(_not_for_rows(fmt))

    def _table(self, wide: bool = False) -> str:
        cells = [[_cell(v) for v in r] for r in self]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(self.columns)]
        if not wide:
            widths = [min(MAX_WIDTH, w) for w in widths]

        def line(values: list[str]) -> str:
            return "  ".join(_cut(v, w).ljust(w)
                             for v, w in zip(values, widths, strict=True)).rstrip()

        out = [line(self.columns), line(["-" * w for w in widths])]
        out += [line(r) for r in cells]
        out.append(f"({len(self)} row{'s' if len(self) != 1 else ''})")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in self[i])
                       + "</tr>" for i in range(min(500, len(self))))
        more = f"<p>{len(self) - 500} more rows</p>" if len(self) > 500 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"

    def __repr__(self) -> str:
        return self._table()


def _cell(value: Identifier | None) -> str:
    return "" if value is None else " ".join(str(value).split())


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + ELLIPSIS


def format_ask(answer: bool, fmt: str = "table") -> str:
    """An ASK answer as text: yes or no in a table, else SPARQL results JSON, XML or CSV."""
    if fmt == "table":
        return "yes" if answer else "no"
    if fmt in {"csv", "tsv"}:
        return "true" if answer else "false"
    if fmt in {"json", "xml"}:
        result = Result("ASK")
        result.askAnswer = answer
        text = (result.serialize(format=fmt) or b"").decode("utf-8")
        return json.dumps(json.loads(text), indent=2) if fmt == "json" else text
    raise UnknownFormat(_not_for_rows(fmt))


def _not_for_rows(fmt: str) -> str:
    return (f"cannot write a SELECT or ASK answer as {fmt!r}: choose {', '.join(FORMATS)} "
            "(RDF formats are for CONSTRUCT and DESCRIBE)")


# --- running -------------------------------------------------------------------------------

def run(dataset: Dataset | Any, query: str, bindings: Mapping[str, Any] | None = None, *,
        namespaces: Mapping[str, str] | None = None) -> Rows | bool | Graph:
    """Run SPARQL (or a saved query by name): SELECT gives Rows, ASK a bool, else a Graph.

    ``dataset`` is an rdflib Dataset, or pyoxigraph's own Store (Oxigraph's engine and
    terms, without rdflib's), queried over the union of its graphs. A query the engines
    refuse (bad syntax, an unknown prefix, an unreachable SERVICE) is the user's: a
    one-line :class:`QueryError`. Anything else is a bug and propagates with its traceback.
    """
    import pyoxigraph as ox

    text = bind(resolve_text(query), bindings or {})
    known = {**PREFIXES, **(namespaces or {})}
    native = dataset if isinstance(dataset, ox.Store) else getattr(dataset.store, "_inner", None)
    try:
        if native is dataset or (native is not None and hasattr(native, "query")
                                 and dataset.default_union):
            return _run_native(native, text, known)
        result: Result = dataset.query(text, initNs=known)
        if result.type == "ASK":
            return bool(result.askAnswer)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return _graph(result.graph)
        # Read to the end here: Oxigraph evaluates as the rows are read.
        return Rows(result.vars or [], ({v: _plain(t) for v, t in b.items()}
                                        for b in result.bindings))
    except Exception as exc:
        if not _refused(exc):
            raise
        raise QueryError(f"query failed: {_reason(exc, text, known)}") from exc


PROLOGUE = "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())


def _run_native(store: Any, text: str, known: Mapping[str, str]) -> Rows | bool | Graph:
    """Oxigraph's own engine over the union of the graphs: rdflib's engine and its term
    objects take most of a big answer's time. Evaluated as it is read."""
    import pyoxigraph as ox

    prologue = "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in known.items())
    result = store.query(prologue + text, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QueryTriples):
        found = Graph()
        for tr in result:
            found.add((_rdflib_term(tr.subject, ox), _rdflib_term(tr.predicate, ox),
                       _rdflib_term(tr.object, ox)))
        return _graph(found)
    names = [Variable(v.value) for v in result.variables]
    return Rows(names, ({v: _rdflib_term(t, ox) for v, t in zip(names, solution, strict=True)
                         if t is not None} for solution in result))


def _rdflib_term(t: Any, ox: Any) -> Identifier:
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    datatype = t.datatype.value
    return Literal(t.value) if datatype == str(XSD.string) else Literal(t.value,
                                                                        datatype=URIRef(datatype))


def select(dataset: Dataset, sparql: str) -> list[tuple[Any, ...]]:
    """The rows of a SELECT as tuples of Python values, for code that reads the graph."""
    rows = run(dataset, sparql)
    assert isinstance(rows, Rows)
    return rows.values()


def _plain(value: Identifier) -> Identifier:
    """Oxigraph types a plain string ``xsd:string``; rdflib leaves it untyped, as we do."""
    if isinstance(value, Literal) and value.datatype == XSD.string:
        return Literal(str(value))
    return value


def _graph(found: Graph | None) -> Graph:
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    if found is not None:
        out.addN((s, p, _plain(o), out) for s, p, o in found)
    return out


def _refused(exc: Exception) -> bool:
    """Whether a SPARQL engine refused the query itself, rather than failing inside."""
    from pyparsing import ParseBaseException  # only now: rdflib's parser has raised

    if isinstance(exc, ParseBaseException | SyntaxError | OSError):
        return True  # rdflib's parser, Oxigraph's parser, a SERVICE that cannot be reached
    # rdflib raises a bare Exception for a prefix that is not declared.
    return type(exc) is Exception and str(exc).startswith("Unknown namespace prefix")


def _reason(exc: Exception, text: str, known: Mapping[str, str]) -> str:
    """One line on why: the unknown prefix by name, else the engine's first line."""
    unknown = unknown_prefixes(text, known)
    if unknown:
        return "unknown prefix " + ", ".join(f"{p}:" for p in unknown)
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return first if len(first) <= 200 else first[:199] + ELLIPSIS
