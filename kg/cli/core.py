"""``kg build``, ``query``, ``export`` and ``stats``: each parses, calls kg.api, reports."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from kg import api
from kg.cli.options import (
    DEFAULT_STORE,
    add_filter_args,
    add_store_args,
    add_table_format,
    filter_options,
    open_graph,
    print_rows,
    store_of,
)
from kg.errors import BuildFailed, KGError

EXIT_SKIPPED = 3


# --- build -------------------------------------------------------------------------------

def _build_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", type=Path, help="post files and folders (recursive)")
    add_store_args(p)
    p.add_argument("--drafts", action="store_true", help="include drafts")
    p.add_argument("--strict", action="store_true",
                   help="fail, writing nothing, if any file cannot be read as a post")
    p.add_argument("--processes", type=int, default=None, help="NLP worker processes")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def cmd_build(args: argparse.Namespace) -> int:
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
    for problem in report.problems:
        print(f"kg: skipped {problem}", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else EXIT_SKIPPED


class _progress:
    """A progress bar on a terminal; nothing when output is piped or --quiet."""

    def __init__(self, quiet: bool) -> None:
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self.bar = Progress("[progress.description]{task.description}", BarColumn(),
                                MofNCompleteColumn(), TimeRemainingColumn(), transient=True)
            self.task = self.bar.add_task("extracting", total=None)

    def __enter__(self) -> Callable[[int, int, str], None] | None:
        if self.bar is None:
            return None
        self.bar.start()

        def update(done: int, total: int, name: str) -> None:
            self.bar.update(self.task, completed=done, total=total)  # type: ignore[union-attr]

        return update

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


# --- query -------------------------------------------------------------------------------

def _query_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or a saved query's name")
    add_store_args(p)
    add_table_format(p)
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query variable, e.g. --param entity=OpenStack")
    p.add_argument("--list", action="store_true", help="list the saved queries")


def cmd_query(args: argparse.Namespace) -> int:
    if args.list or not args.query:
        for name, question in api.saved_queries().items():
            print(f"{name:28} {question}")
        return 0
    bindings = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep:
            raise KGError(f"--param {item!r}: expected NAME=VALUE")
        bindings[name.lstrip("?$")] = value
    with open_graph(args) as graph:
        result = graph.query(args.query, **bindings)
    if isinstance(result, bool):
        print("yes" if result else "no")
        return 0
    print_rows(result, args.format)
    return 0


# --- export ------------------------------------------------------------------------------

def _export_args(p: argparse.ArgumentParser) -> None:
    add_store_args(p)
    p.add_argument("--format", "-f", default="turtle",
                   help="RDF: turtle, trig, nquads, ntriples, json-ld; visual: graphml, gexf, "
                        "cytoscape, node-link, html, png, svg")
    p.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    p.add_argument("--title", help="html, png, svg: the title shown above the graph")
    p.add_argument("--color-by", choices=["type", "community"], default=None,
                   help="png, svg: colour nodes by type (default) or community")
    add_filter_args(p)


def cmd_export(args: argparse.Namespace) -> int:
    options = filter_options(args)
    if args.title is not None:
        options["title"] = args.title
    if args.color_by is not None:
        options["color_by"] = args.color_by
    with open_graph(args) as graph:
        if args.output:
            graph.export(args.format, args.output, **options)
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            graph.export(args.format, sys.stdout.buffer, **options)
    return 0


# --- stats -------------------------------------------------------------------------------

def _stats_args(p: argparse.ArgumentParser) -> None:
    add_store_args(p)
    p.add_argument("--json", action="store_true")


def cmd_stats(args: argparse.Namespace) -> int:
    with open_graph(args) as graph:
        stats = graph.stats()
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    print(f"posts     {sum(stats['posts'].values()):>8}")
    print(f"triples   {stats['triples']['total']:>8}")
    print(f"mentions  {sum(stats['mentions'].values()):>8}")
    print(f"entities  {sum(stats['entities'].values()):>8}")
    for name, n in stats["entities"].items():
        print(f"  {name:22} {n:>6}")
    print(f"relations {sum(stats['relations'].values()):>8}")
    for name, n in stats["relations"].items():
        print(f"  {name:22} {n:>6}")
    return 0


# --- serve -------------------------------------------------------------------------------

def _serve_args(p: argparse.ArgumentParser) -> None:
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
    p.add_argument("file", nargs="?", type=Path,
                   help="an RDF file (.ttl, .trig, .nq, .nt, .jsonld) instead of the store")
    p.add_argument("--store", default=DEFAULT_STORE,
                   help=f"folder of the on-disk graph store (default: {DEFAULT_STORE},"
                        " or $KG_STORE)")


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.api import validate

    report = validate(args.store, file=args.file)
    for violation in report.violations:
        print(violation)
    n = len(report.violations)
    print(f"{report.checked}: " + ("conforms to the graph contract" if report.conforms else
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
