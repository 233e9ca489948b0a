"""``kg top``, ``kg communities`` and ``kg path``, and the view filters ``kg export`` shares.

Loaded by ``kg.cli`` through ``PLUGIN_COMMANDS``; ``COMMANDS`` has the same shape
as the core commands: name -> (help, add arguments, run).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

# Choices spelled out here, not imported, so that `kg` does not load networkx for every
# command; tests/test_explore.py checks they match kg.explore.analytics and kg.explore.views.
VIEWS = ("entity", "comention")
RANKINGS = ("pagerank", "degree", "weighted_degree", "posts")
SEED = 42

# The filters `kg export` accepts: Filters fields, plus the view and posts as nodes.
FILTER_DESTS = ("view", "include_posts", "types", "event", "since", "until", "min_weight",
                "focus", "depth")


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


def _open(args: argparse.Namespace) -> Any:
    from kg.cli import _open as open_store

    return open_store(args)


def _common(p: argparse.ArgumentParser) -> None:
    from kg.cli import _store_args

    _store_args(p)


# --- top -----------------------------------------------------------------------------------

def _top_args(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("-n", type=int, default=10, help="how many (default 10)")
    p.add_argument("--by", choices=RANKINGS, default="pagerank", help="ranking (default pagerank)")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    add_filter_args(p)


def cmd_top(args: argparse.Namespace) -> int:
    from kg.graph.query import Rows

    with _open(args) as graph:
        table = graph.top(args.n, by=args.by, **filter_options(args))
    columns = ["label", "type", "posts", "degree", "weighted_degree", "pagerank"]
    rows = [tuple(round(v, 6) if isinstance(v, float) else v for v in r)
            for r in table[columns].itertuples(index=False)]
    _print(Rows(columns, rows), args.format)
    return 0


# --- communities ---------------------------------------------------------------------------

def _communities_args(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--seed", type=int, default=SEED, help=f"Louvain seed (default {SEED})")
    p.add_argument("--resolution", type=float, default=1.0,
                   help="above 1: more, smaller communities; below 1: fewer, larger")
    p.add_argument("--min-size", type=int, default=2,
                   help="list communities of at least this many entities (default 2)")
    p.add_argument("--members", type=int, default=8, help="members shown per community")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    add_filter_args(p)


def cmd_communities(args: argparse.Namespace) -> int:
    from kg.graph.query import Rows

    with _open(args) as graph:
        table = graph.communities(seed=args.seed, resolution=args.resolution,
                                  members=args.members, **filter_options(args))
    shown = table[table["size"] >= args.min_size]
    columns = ["community", "size", "types", "members"]
    _print(Rows(columns, [tuple(r) for r in shown[columns].itertuples(index=False)]),
           args.format)
    if args.format == "table":
        small = len(table) - len(shown)
        print(f"{len(table)} communities; {small} smaller than {args.min_size} not listed",
              file=sys.stderr)
    return 0


# --- path ----------------------------------------------------------------------------------

def _path_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", help="an entity: label or alias, any case; TYPE:NAME or IRI if "
                                  "ambiguous")
    p.add_argument("target", help="another entity")
    _common(p)
    p.add_argument("--relations-only", action="store_true",
                   help="follow stated relations only, not posts that name both")
    p.add_argument("--max-posts", type=int, default=3, help="posts shown per step (default 3)")
    p.add_argument("--json", action="store_true", help="the steps as JSON")
    add_filter_args(p, view=False, neighbourhood=False)


def cmd_path(args: argparse.Namespace) -> int:
    import json

    with _open(args) as graph:
        explanation = graph.path(args.source, args.target, relations_only=args.relations_only,
                                 max_posts=args.max_posts, **filter_options(args))
    if args.json:
        print(json.dumps(explanation.to_dicts(), indent=2, ensure_ascii=False))
    else:
        print(explanation)
    return 0


def _print(rows: Any, fmt: str) -> None:
    print(rows.format(fmt), end="" if fmt in {"csv", "tsv"} else "\n")


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None],
                          Callable[[argparse.Namespace], int]]] = {
    "top": ("the most central entities (PageRank, degree, posts)", _top_args, cmd_top),
    "communities": ("groups of entities that belong together (Louvain)", _communities_args,
                    cmd_communities),
    "path": ("how two entities are connected, with the posts behind each step", _path_args,
             cmd_path),
}
