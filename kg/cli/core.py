"""``kg build``, ``query``, ``export`` and ``stats``: each parses, calls kg.api, reports."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg import api
from kg.cli.options import (
    DEFAULT_STORE,
    add_filter_args,
    add_output_args,
    add_store_args,
    emit,
    emit_table,
    filter_options,
    open_graph,
    store_of,
)
from kg.errors import BuildFailed, UsageError

EXIT_SKIPPED = 3
# What `kg query --format` takes: rows and ASK answers, or the RDF of a CONSTRUCT/DESCRIBE.
QUERY_FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ttl", "ntriples", "nt",
                 "json-ld", "jsonld")


# --- build -------------------------------------------------------------------------------

def _build_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg build ../shared/corpus/devblog            build (or update) ./kg-store
  kg build posts/ --store blog.kg --strict     fail, writing nothing, on a bad file
  kg build posts/ --watch                      rebuild each time a post changes"""
    p.add_argument("paths", nargs="+", type=Path, help="post files and folders (recursive)")
    add_store_args(p)
    p.add_argument("--drafts", action="store_true", help="include drafts")
    p.add_argument("--strict", action="store_true",
                   help="fail, writing nothing, if any file cannot be read as a post")
    p.add_argument("--processes", type=int, default=None, help="NLP worker processes")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--watch", action="store_true",
                   help="keep running: rebuild each time a post is added, edited or removed "
                        "(Ctrl-C stops)")
    p.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                   help="with --watch, how often to look for changes (default: 1)")
    p.add_argument("-f", "--format", choices=("text", "json"), default="text", metavar="FORMAT",
                   help="the summary as text or json (default: text)")


def cmd_build(args: argparse.Namespace) -> int:
    if args.watch:
        return _watch(args)
    store, store_type = store_of(args)
    try:
        with _progress(args.quiet) as progress:
            graph = api.build(args.paths, store, store_type=store_type, drafts=args.drafts,
                              strict=args.strict, progress=progress, n_process=args.processes)
    except BuildFailed as exc:
        for problem in exc.problems:
            print(f"kg: skipped {problem}", file=sys.stderr)
        print(f"kg: --strict: {exc}", file=sys.stderr)
        return 1
    with graph:
        report = graph.last_build
    assert report is not None
    _report(args, report)
    return 0 if report.ok else EXIT_SKIPPED


def _watch(args: argparse.Namespace) -> int:
    """Rebuild on every change until Ctrl-C, which is how a watch ends: exit status 0."""
    if args.strict:
        raise UsageError("--strict stops at the first bad file; it does not go with --watch")
    if args.interval <= 0:
        raise UsageError(f"--interval must be more than 0 seconds, not {args.interval}")
    store, store_type = store_of(args)
    with _progress(args.quiet) as progress:
        builds = api.watch(args.paths, store, store_type=store_type, drafts=args.drafts,
                           interval=args.interval, progress=progress, n_process=args.processes)
        try:
            for n, report in enumerate(builds):
                if n:
                    print(f"kg: {time.strftime('%H:%M:%S')} rebuilt", file=sys.stderr)
                _report(args, report, indent=None)
                if not n:
                    where = ", ".join(str(p) for p in args.paths)
                    print(f"kg: watching {where} for changes (Ctrl-C to stop)", file=sys.stderr)
        except KeyboardInterrupt:
            builds.close()
            print("kg: stopped watching", file=sys.stderr)
    return 0


def _report(args: argparse.Namespace, report: api.BuildReport, indent: int | None = 2) -> None:
    """The build's summary (``indent=None``: JSON on one line, a line per build)."""
    for problem in report.problems:
        print(f"kg: skipped {problem}", file=sys.stderr)
    if args.format == "json":
        fields = ("found", "built", "unchanged", "removed", "drafts", "added")
        summary = {k: getattr(report, k) for k in fields}
        summary.update(skipped=[str(p) for p in report.problems], seconds=round(report.seconds, 2))
        emit(args, json.dumps(summary, indent=indent, ensure_ascii=False))
    else:
        emit(args, report.summary())
    sys.stdout.flush()


class _progress:
    """A progress bar on a terminal; nothing when output is piped or --quiet.

    The bar appears with a build's first post and goes when its last is done, so a watch
    shows one bar per rebuild and nothing while it waits."""

    def __init__(self, quiet: bool) -> None:
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            # On stderr, beside kg's other messages: stdout may be a pipe for the summary.
            self.bar = Progress("[progress.description]{task.description}", BarColumn(),
                                MofNCompleteColumn(), TimeRemainingColumn(), transient=True,
                                console=Console(stderr=True))
            self.task = self.bar.add_task("extracting", total=None)
        self.shown = False

    def __enter__(self) -> Callable[[int, int, str], None] | None:
        return None if self.bar is None else self.update

    def update(self, done: int, total: int, name: str) -> None:
        assert self.bar is not None
        if not self.shown:
            self.bar.reset(self.task, total=total)
            self.bar.start()
            self.shown = True
        self.bar.update(self.task, completed=done, total=total)
        if done >= total:
            self._hide()

    def _hide(self) -> None:
        if self.bar is not None and self.shown:
            self.bar.stop()
            self.shown = False

    def __exit__(self, *exc: object) -> None:
        self._hide()


# --- query -------------------------------------------------------------------------------

def _query_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg query --list                                     the saved queries
  kg query speakers -f csv -o speakers.csv
  kg query comentioned --param entity=Kubernetes
  kg query 'SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }' -f json
  kg query 'CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a schema:Event ; rdfs:label ?l }'

JSON and XML are the SPARQL 1.1 query results formats; CONSTRUCT and DESCRIBE
write RDF (turtle by default, ntriples, json-ld)."""
    p.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or a saved query's name")
    add_store_args(p)
    add_output_args(p, QUERY_FORMATS, None)
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query variable, e.g. --param entity=OpenStack")
    p.add_argument("--list", action="store_true", help="list the saved queries")


def cmd_query(args: argparse.Namespace) -> int:
    if args.list or not args.query:
        emit(args, "".join(f"{name:28} {question}\n"
                           for name, question in api.saved_queries().items()))
        return 0
    bindings = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.strip("?$ "):
            raise UsageError(f"--param {item!r}: expected NAME=VALUE")
        bindings[name.strip().lstrip("?$")] = value
    with open_graph(args) as graph:
        result = graph.query(args.query, **bindings)
    emit(args, api.render(result, args.format, wide=args.wide))
    return 0


# --- export ------------------------------------------------------------------------------

def _export_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg export -f turtle -o graph.ttl
  kg export -f html -o graph.html                     one offline page to explore
  kg export -f gexf -o graph.gexf --min-weight 2      for Gephi"""
    add_store_args(p)
    p.add_argument("-f", "--format", default="turtle", metavar="FORMAT",
                   help="RDF: turtle, trig, nquads, ntriples, json-ld; visual: graphml, gexf, "
                        "cytoscape, node-link, html, png, svg (default: turtle)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="file to write (default: standard output)")
    p.add_argument("--title", help="html, png, svg: the title shown above the graph")
    p.add_argument("--color-by", choices=["type", "community"], default=None,
                   help="png, svg: colour nodes by type (default) or community")
    p.add_argument("--isolated", action="store_true", default=None,
                   help="png, svg: also draw the entities with no link")
    add_filter_args(p)


def cmd_export(args: argparse.Namespace) -> int:
    options = filter_options(args)
    if args.title is not None:
        options["title"] = args.title
    for name in ("color_by", "isolated"):
        if getattr(args, name) is not None:
            options[name] = getattr(args, name)
    api.format_name(args.format)  # an unknown format is bad usage, before opening anything
    with open_graph(args) as graph:
        if args.output:
            graph.export(args.format, args.output, **options)
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            graph.export(args.format, sys.stdout.buffer, **options)
    return 0


# --- stats -------------------------------------------------------------------------------

def _stats_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg stats
  kg stats --duplicates          one label on several nodes: resolution misses to fix"""
    add_store_args(p)
    p.add_argument("--duplicates", action="store_true",
                   help="list entities that share a (near-)same label instead")
    add_output_args(p, ("table", "csv", "tsv", "json"))


def cmd_stats(args: argparse.Namespace) -> int:
    with open_graph(args) as graph:
        if args.duplicates:
            table = graph.duplicates()
            columns = list(table.columns)
            emit_table(args, columns, [tuple(r) for r in table.itertuples(index=False)])
            return 0
        stats = graph.stats()
    if args.format == "json":
        emit(args, json.dumps(stats, indent=2))
        return 0
    rows = [(section, "", sum(stats[section].values())) for section in ("posts", "triples")]
    for section in ("mentions", "entities", "relations"):
        rows.append((section, "", sum(stats[section].values())))
        if section != "mentions":
            rows += [(section, name, n) for name, n in stats[section].items()]
    if args.format != "table":
        emit_table(args, ["what", "type", "count"], rows)
        return 0
    emit(args, "\n".join(f"  {name:22} {n:>6}" if name else f"{what:9} {n:>8}"
                         for what, name, n in rows))
    return 0


# --- serve -------------------------------------------------------------------------------

def _serve_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg serve                                   http://127.0.0.1:7878/query, until Ctrl-C
  kg serve --store blog.kg --bind 127.0.0.1:8000 --timeout 60"""
    p.add_argument("--store", default=DEFAULT_STORE,
                   help=f"folder of the graph store (default: {DEFAULT_STORE}, or $KG_STORE)")
    p.add_argument("--bind", default="127.0.0.1:7878", metavar="HOST:PORT",
                   help="address to listen on (default: 127.0.0.1:7878, this machine only)")
    p.add_argument("--timeout", type=int, default=30, metavar="SECONDS",
                   help="stop any query that runs longer (default: 30)")
    p.add_argument("--writable", action="store_true",
                   help="accept updates and graph store writes (kg build --store URL)")


def cmd_serve(args: argparse.Namespace) -> int:
    return api.serve(args.store, args.bind, args.timeout, args.writable)


# --- validate ----------------------------------------------------------------------------

def _validate_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg validate                                the store (a build may be running)
  kg validate graph.trig -f json -o violations.json"""
    p.add_argument("file", nargs="?", type=Path,
                   help="an RDF file (.ttl, .trig, .nq, .nt, .jsonld) instead of the store")
    p.add_argument("--store", default=DEFAULT_STORE,
                   help=f"folder of the on-disk graph store (default: {DEFAULT_STORE},"
                        " or $KG_STORE)")
    add_output_args(p, ("text", "json"), "text", wide=False)


def cmd_validate(args: argparse.Namespace) -> int:
    report = api.validate(args.store, file=args.file)
    n = len(report.violations)
    if args.format == "json":
        emit(args, json.dumps({"checked": report.checked, "conforms": report.conforms,
                               "violations": [dataclasses.asdict(v)
                                              for v in report.violations]},
                              indent=2, ensure_ascii=False))
    else:
        emit(args, "".join(f"{v}\n" for v in report.violations) + f"{report.checked}: " + (
            "conforms to the graph contract" if report.conforms else
            f"{n} violation{'s' * (n != 1)} of the graph contract"))
    return 0 if report.conforms else 1


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None],
                          Callable[[argparse.Namespace], int]]] = {
    "build": ("build or update the graph from blog posts", _build_args, cmd_build),
    "query": ("run SPARQL or a saved query", _query_args, cmd_query),
    "export": ("write the graph in an RDF or visual format", _export_args, cmd_export),
    "stats": ("counts of posts, entities and relations", _stats_args, cmd_stats),
    "validate": ("check the graph against the contract's SHACL shapes", _validate_args,
                 cmd_validate),
    "serve": ("serve the graph over the SPARQL 1.1 Protocol (Oxigraph server)", _serve_args,
              cmd_serve),
}
