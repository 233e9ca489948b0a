"""The ``kg`` command: each subcommand parses, calls one library function, reports.

Exit status: 0 done; 1 failed (a KGError, or a skipped file under
``--strict``); 2 bad usage; 3 built, but some files were skipped; 130
interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from kg.errors import InputError, KGError

DEFAULT_STORE = os.environ.get("KG_STORE", "kg-store")
EXIT_SKIPPED = 3


def _store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default=DEFAULT_STORE,
                   help=f"folder of the on-disk graph store (default: {DEFAULT_STORE}, "
                        "or $KG_STORE)")
    p.add_argument("--store-type", default=None, metavar="PLUGIN",
                   help="rdflib store plugin: Oxigraph (default) or Memory")


def _open(args: argparse.Namespace, create: bool = False):
    from kg.api import KnowledgeGraph

    store = None if (args.store_type or "").lower() == "memory" else args.store
    return KnowledgeGraph.open(store, args.store_type, create=create)


# --- build -------------------------------------------------------------------------------

def _build_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", type=Path, help="post files and folders (recursive)")
    _store_args(p)
    p.add_argument("--drafts", action="store_true", help="include drafts")
    p.add_argument("--strict", action="store_true",
                   help="fail, writing nothing, if any file cannot be read as a post")
    p.add_argument("--processes", type=int, default=None, help="NLP worker processes")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def cmd_build(args: argparse.Namespace) -> int:
    from kg.build import build
    from kg.ingest import discover, read

    if args.strict:
        problems = []
        seen: dict[str, Path] = {}
        for source in discover(args.paths, drafts=args.drafts):
            if isinstance(source, KGError):
                problems.append(source)
                continue
            if source.identifier in seen:
                problems.append(InputError(source.path, (
                    f"duplicate identifier {source.identifier!r} "
                    f"(also {seen[source.identifier]})")))
                continue
            seen[source.identifier] = source.path
            try:
                read(source, drafts=args.drafts)
            except KGError as exc:
                problems.append(exc)
        if problems:
            for exc in problems:
                print(f"kg: skipped {exc}", file=sys.stderr)
            print(f"kg: --strict: {len(problems)} bad file(s); nothing was written",
                  file=sys.stderr)
            return 1
    with _open(args, create=True) as graph, _progress(args.quiet) as progress:
        report = build(args.paths, graph.store, drafts=args.drafts, progress=progress,
                       n_process=args.processes)
    for exc in report.problems:
        print(f"kg: skipped {exc}", file=sys.stderr)
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
    _store_args(p)
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query variable, e.g. --param entity=OpenStack")
    p.add_argument("--list", action="store_true", help="list the saved queries")


def cmd_query(args: argparse.Namespace) -> int:
    from kg.graph.query import describe, saved_queries

    if args.list or not args.query:
        for name, path in saved_queries().items():
            print(f"{name:28} {describe(path)}")
        return 0
    bindings = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep:
            raise KGError(f"--param {item!r}: expected NAME=VALUE")
        bindings[name.lstrip("?$")] = value
    with _open(args) as graph:
        result = graph.query(args.query, **bindings)
    if isinstance(result, bool):
        print("yes" if result else "no")
        return 0
    print(result.format(args.format), end="" if args.format in {"csv", "tsv"} else "\n")
    return 0


# --- export ------------------------------------------------------------------------------

def _export_args(p: argparse.ArgumentParser) -> None:
    from kg.explore.cli import add_filter_args

    _store_args(p)
    p.add_argument("--format", "-f", default="turtle",
                   help="RDF: turtle, trig, nquads, ntriples, json-ld; visual: graphml, gexf, "
                        "cytoscape, node-link, html, png, svg")
    p.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    p.add_argument("--title", help="html, png, svg: the title shown above the graph")
    p.add_argument("--color-by", choices=["type", "community"], default=None,
                   help="png, svg: colour nodes by type (default) or community")
    add_filter_args(p)


def cmd_export(args: argparse.Namespace) -> int:
    from kg.explore.cli import filter_options
    from kg.graph.export import ALIASES, RDF_FORMATS

    options = filter_options(args)
    if args.title is not None:
        options["title"] = args.title
    if args.color_by is not None:
        options["color_by"] = args.color_by
    if ALIASES.get(args.format, args.format) in RDF_FORMATS and options:
        raise KGError("view, filter and drawing options apply to the visual formats only "
                      "(graphml, gexf, cytoscape, node-link, html, png, svg)")
    with _open(args) as graph:
        if args.output:
            graph.export(args.format, args.output, **options)
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            graph.export(args.format, sys.stdout.buffer, **options)
    return 0


# --- stats -------------------------------------------------------------------------------

def _stats_args(p: argparse.ArgumentParser) -> None:
    _store_args(p)
    p.add_argument("--json", action="store_true")


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as graph:
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


# --- validate ----------------------------------------------------------------------------

def _validate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", type=Path,
                   help="an RDF file (.ttl, .trig, .nq, .nt, .jsonld) instead of the store")
    p.add_argument("--store", default=DEFAULT_STORE,
                   help=f"folder of the on-disk graph store (default: {DEFAULT_STORE}, "
                        "or $KG_STORE)")


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
}

# Commands whose code lives beside the library they call: module path -> names. Each
# module defines COMMANDS in the same shape as above; imported only when the CLI starts.
PLUGIN_COMMANDS = ("kg.evaluate.cli", "kg.explore.cli")


def _all_commands() -> dict[str, tuple[str, Callable[[argparse.ArgumentParser], None],
                                       Callable[[argparse.Namespace], int]]]:
    import importlib

    commands = dict(COMMANDS)
    for module in PLUGIN_COMMANDS:
        try:
            commands.update(importlib.import_module(module).COMMANDS)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return commands


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Conference knowledge graphs from blog "
                                                        "posts.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_, add, run) in _all_commands().items():
        sp = sub.add_parser(name, help=help_, description=help_)
        add(sp)
        sp.set_defaults(run=run)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KGError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted; every post written so far is complete", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
