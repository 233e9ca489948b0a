"""``kg eval``: score the extractor (or the baseline) against gold annotations, via kg.api.

Exit status 0, or 1 when a score is below a ``--min-*`` floor (the CI check)
or the input is bad.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from kg import api
from kg.cli.options import add_output_args, add_store_args, emit, store_of


def _eval_args(p: argparse.ArgumentParser) -> None:
    p.epilog = """examples:
  kg eval ../shared/gold/dev --posts ../shared/corpus/devblog/_posts
  kg eval ../shared/gold/dev --posts ../shared/corpus/devblog/_posts --errors -o errors.txt
  kg eval ../shared/gold/dev --posts ../shared/corpus/devblog/_posts --min-entity-f1 0.8"""
    p.add_argument("gold", type=Path, metavar="GOLD_DIR", help="folder of gold JSON files")
    p.add_argument("--posts", type=Path, metavar="POSTS_DIR",
                   help="folder holding the posts the gold files name (built in memory, or "
                        "into --store)")
    add_store_args(p, default=None, what="graph store to build into, or, without --posts, to "
                                          "score as it is (default: build in memory)")
    p.add_argument("--baseline", action="store_true",
                   help="score the plain English model's NER instead of the extractor")
    p.add_argument("--half", choices=["A", "B"],
                   help="only half of the gold: A = 1st, 3rd, 5th... file by name, B = the rest")
    add_output_args(p, ("table", "json"), wide=False)
    p.add_argument("--errors", action="store_true",
                   help="also list, per post, the misses and the false hits")
    p.add_argument("--min-entity-f1", type=float, default=None, metavar="X",
                   help="fail (exit 1) if the overall entity F1 is below X")
    p.add_argument("--min-relation-f1", type=float, default=None, metavar="Y",
                   help="fail (exit 1) if the overall relation F1 is below Y")


def cmd_eval(args: argparse.Namespace) -> int:
    store, store_type = store_of(args)
    report = api.evaluate(args.gold, args.posts, store=store, store_type=store_type,
                          half=args.half, baseline=args.baseline)
    if args.format == "json":
        emit(args, json.dumps(report.to_json(errors=args.errors), indent=2, ensure_ascii=False))
    else:
        emit(args, (report.errors() + "\n" if args.errors else "") + report.table())
    failed = []
    if args.min_entity_f1 is not None and report.entities.f1 < args.min_entity_f1:
        failed.append(f"entity F1 {report.entities.f1:.3f} < {args.min_entity_f1}")
    if args.min_relation_f1 is not None and report.relations.f1 < args.min_relation_f1:
        failed.append(f"relation F1 {report.relations.f1:.3f} < {args.min_relation_f1}")
    if failed:
        print(f"kg eval: below the floor: {'; '.join(failed)}", file=sys.stderr)
        return 1
    return 0


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None],
                          Callable[[argparse.Namespace], int]]] = {
    "eval": ("score the extractor against gold annotations", _eval_args, cmd_eval),
}
