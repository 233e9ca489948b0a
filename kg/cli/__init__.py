"""The ``kg`` command, the face of the package: each subcommand parses, calls kg.api, reports.

- :mod:`kg.cli.core`: ``build``, ``query``, ``export``, ``stats``;
- :mod:`kg.cli.explore`: ``top``, ``communities``, ``path``;
- :mod:`kg.cli.evaluate`: ``eval``;
- :mod:`kg.cli.options`: the options they share (store, filters), defined once.

Exit status: 0 done; 1 failed (a KGError, a skipped file under ``--strict``, or a
bug); 2 bad usage; 3 built, but some files were skipped; 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
import traceback

from kg.cli import core, evaluate, explore
from kg.cli.core import EXIT_SKIPPED
from kg.errors import KGError

__all__ = ["EXIT_SKIPPED", "main", "parser"]

COMMANDS = {**core.COMMANDS, **explore.COMMANDS, **evaluate.COMMANDS}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Conference knowledge graphs from blog "
                                                        "posts.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_, add, run) in COMMANDS.items():
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
    except Exception:  # not the user's doing: show where it happened
        traceback.print_exc()
        print("kg: this is a bug in kg, not a problem with your input; please report it "
              "with the traceback above", file=sys.stderr)
        return 1
