"""The options several commands share, defined once: the store, the output, the filters.

Choices are spelled out here, not imported, so that ``kg`` does not load networkx
for every command; tests/test_explore.py checks they match the library.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kg import api
from kg.errors import KGError

DEFAULT_STORE = api.default_store()
VIEWS = ("entity", "comention")
RANKINGS = ("pagerank", "degree", "weighted_degree", "posts")
SEED = 42
TABLE_FORMATS = ("table", "csv", "tsv", "json")
# The filters `kg export` accepts: Filters fields, plus the view and posts as nodes.
FILTER_DESTS = ("view", "include_posts", "types", "event", "since", "until", "min_weight",
                "focus", "depth")


def add_store_args(p: argparse.ArgumentParser, *, default: str | None = DEFAULT_STORE,
                   what: str | None = None) -> None:
    """``--store`` and ``--store-type``; ``default=None``: no store unless one is named."""
    where = f"(default: {default}, or $KG_STORE)" if default else "(default: none)"
    p.add_argument("--store", default=None,
                   help=what or f"folder of the on-disk graph store, or a SPARQL server's URL"
                                f" (http://...) {where}")
    p.add_argument("--store-type", default=None, metavar="PLUGIN",
                   help="rdflib store plugin: Oxigraph (default) or Memory")
    p.set_defaults(store_default=default)


def store_of(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The store path and plugin the options name.

    The one rule for a memory store: ``--store-type Memory`` drops the default
    folder; a folder named with ``--store`` as well is refused by the library.
    """
    if args.store is not None:
        return args.store, args.store_type
    if (args.store_type or "").lower() == "memory":
        return None, args.store_type
    return args.store_default, args.store_type


def open_graph(args: argparse.Namespace) -> api.KnowledgeGraph:
    """The graph in the store the options name; a missing store is an error."""
    store, store_type = store_of(args)
    return api.open(store, store_type)


def add_output_args(p: argparse.ArgumentParser, formats: tuple[str, ...] = TABLE_FORMATS,
                    default: str | None = "table", *, wide: bool = True) -> None:
    """``-f/--format``, ``-o/--output`` and, for tables, ``--wide``: the same on every command.

    ``--json`` stays as a hidden synonym of ``--format json``.
    """
    shown = f" (default: {default})" if default else ""
    p.add_argument("-f", "--format", choices=formats, default=default, metavar="FORMAT",
                   help=f"{', '.join(formats)}{shown}")
    p.add_argument("--json", dest="format", action="store_const", const="json",
                   help=argparse.SUPPRESS)
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="file to write (default: standard output)")
    if wide:
        p.add_argument("--wide", action="store_true",
                       help="tables: show long cells whole (they are cut with \u2026)")


def emit(args: argparse.Namespace, text: str) -> None:
    """Write a command's output to ``--output`` or to standard output, ending in a newline."""
    if text and not text.endswith("\n"):
        text += "\n"
    if getattr(args, "output", None) is None:
        sys.stdout.write(text)
        return
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KGError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"wrote {args.output}", file=sys.stderr)


def emit_table(args: argparse.Namespace, columns: list[str], rows: list[tuple]) -> None:
    """A table made in Python (top, communities, ...) in the chosen format."""
    if args.format == "json":
        emit(args, json.dumps([dict(zip(columns, r, strict=True)) for r in rows], indent=2,
                              ensure_ascii=False, default=str))
        return
    emit(args, api.render(api.Rows.from_values(columns, rows), args.format, wide=args.wide))


def add_filter_args(p: argparse.ArgumentParser, *, view: bool = True,
                    neighbourhood: bool = True) -> None:
    """The options that choose part of the graph; the same on every command that takes them."""
    g = p.add_argument_group("view and filters")
    if view:
        g.add_argument("--view", choices=VIEWS, default=None,
                       help="entity: extracted relations (default); comention: entities named "
                            "in the same posts")
        g.add_argument("--include-posts", action="store_true", default=None,
                       help="add the posts as nodes, linked to what they name")
    g.add_argument("--type", dest="types", action="append", metavar="TYPE",
                   help="keep only entities of these types (repeat, or comma-separated): "
                        "Person, Organization, Software, Event, Place, Session")
    g.add_argument("--event", metavar="NAME", help="count only posts that name this event")
    g.add_argument("--since", metavar="DATE", help="count only posts from DATE (YYYY[-MM[-DD]])")
    g.add_argument("--until", metavar="DATE", help="count only posts up to DATE, inclusive")
    g.add_argument("--min-weight", type=int, metavar="N",
                   help="drop links and entities backed by fewer than N posts")
    if neighbourhood:
        g.add_argument("--focus", metavar="NAME",
                       help="keep only the neighbourhood of this entity")
        g.add_argument("--depth", type=int, metavar="N",
                       help="with --focus: how many steps out (default 1)")


def filter_options(args: argparse.Namespace) -> dict[str, Any]:
    """The view and filter options given on the command line, as keyword arguments."""
    out = {}
    for dest in FILTER_DESTS:
        value = getattr(args, dest, None)
        if value is not None:
            out[dest] = ",".join(value) if dest == "types" else value
    return out
