"""``kg top``, ``kg communities`` and ``kg path``: exploring the graph through kg.api."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from kg.cli import options
from kg.cli.options import RANKINGS, SEED

# --- top -----------------------------------------------------------------------------------

def _top_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg top -n 20
  kg top --by posts --type Software --since 2019 -f csv -o software.csv"""
    options.add_store_args(p)
    p.add_argument("-n", type=int, default=10, help="how many (default 10)")
    p.add_argument("--by", choices=RANKINGS, default="pagerank", help="ranking (default pagerank)")
    options.add_output_args(p)
    options.add_filter_args(p)


def cmd_top(args: argparse.Namespace) -> int:
    with options.open_graph(args) as graph:
        table = graph.top(args.n, by=args.by, **options.filter_options(args))
    columns = ["label", "type", "posts", "degree", "weighted_degree", "pagerank"]
    rows = [tuple(round(v, 6) if isinstance(v, float) else v for v in r)
            for r in table[columns].itertuples(index=False)]
    options.emit_table(args, columns, rows)
    return 0


# --- communities ---------------------------------------------------------------------------

def _communities_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg communities --view comention
  kg communities --resolution 1.5 --min-size 5 -f json -o communities.json"""
    options.add_store_args(p)
    p.add_argument("--seed", type=int, default=SEED, help=f"Louvain seed (default {SEED})")
    p.add_argument("--resolution", type=float, default=1.0,
                   help="above 1: more, smaller communities; below 1: fewer, larger")
    p.add_argument("--min-size", type=int, default=2,
                   help="list communities of at least this many entities (default 2)")
    p.add_argument("--members", type=int, default=8, help="members shown per community")
    options.add_output_args(p)
    options.add_filter_args(p)


def cmd_communities(args: argparse.Namespace) -> int:
    with options.open_graph(args) as graph:
        table = graph.communities(seed=args.seed, resolution=args.resolution,
                                  members=args.members, **options.filter_options(args))
    shown = table[table["size"] >= args.min_size]
    columns = ["community", "size", "types", "members"]
    rows = [tuple(r) for r in shown[columns].itertuples(index=False)]
    options.emit_table(args, columns, rows)
    if args.format == "table":
        small = len(table) - len(shown)
        print(f"{len(table)} communities; {small} smaller than {args.min_size} not listed",
              file=sys.stderr)
    return 0


# --- path ----------------------------------------------------------------------------------

def _path_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg path "Cloud Foundry" Rackspace
  kg path Software:Puppet OpenStack --relations-only -f json"""
    p.add_argument("source", help="an entity: label or alias, any case; TYPE:NAME or IRI if "
                                  "ambiguous")
    p.add_argument("target", help="another entity")
    options.add_store_args(p)
    p.add_argument("--relations-only", action="store_true",
                   help="follow stated relations only, not posts that name both")
    p.add_argument("--max-posts", type=int, default=3, help="posts shown per step (default 3)")
    options.add_output_args(p, ("text", "json"), "text", wide=False)
    options.add_filter_args(p, view=False, neighbourhood=False)


def cmd_path(args: argparse.Namespace) -> int:
    with options.open_graph(args) as graph:
        explanation = graph.path(args.source, args.target, relations_only=args.relations_only,
                                 max_posts=args.max_posts, **options.filter_options(args))
    if args.format == "json":
        options.emit(args, json.dumps(explanation.to_dicts(), indent=2, ensure_ascii=False))
    else:
        options.emit(args, str(explanation))
    return 0


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None],
                          Callable[[argparse.Namespace], int]]] = {
    "top": ("the most central entities (PageRank, degree, posts)", _top_args, cmd_top),
    "communities": ("groups of entities that belong together (Louvain)", _communities_args,
                    cmd_communities),
    "path": ("how two entities are connected, with the posts behind each step", _path_args,
             cmd_path),
}
