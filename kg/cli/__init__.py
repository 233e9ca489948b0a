"""The ``kg`` command, the face of the package: each subcommand parses, calls kg.api, reports.

- :mod:`kg.cli.core`: ``build``, ``query``, ``export``, ``stats``;
- :mod:`kg.cli.explore`: ``top``, ``communities``, ``path``;
- :mod:`kg.cli.evaluate`: ``eval``;
- :mod:`kg.cli.options`: the options they share (store, output, filters), defined once.

Exit status: 0 done; 1 failed (a KGError, a skipped file under ``--strict``, or a
bug); 2 bad usage; 3 built, but some files were skipped; 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
import traceback

from kg import api
from kg.cli import core, evaluate, explore
from kg.cli.core import EXIT_SKIPPED
from kg.errors import KGError, UsageError

__all__ = ["EXIT_SKIPPED", "main", "parser"]

COMMANDS = {**core.COMMANDS, **explore.COMMANDS, **evaluate.COMMANDS}
# Commands that run in the main thread: the writers stop at a safe point of their own on
# Ctrl-C, and serve sets signal handlers (which only the main thread may) to stop its
# server. The others only read, and may be stopped anywhere, even inside a query.
MAIN_THREAD = frozenset({"build", "eval", "serve"})
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
INTERRUPTED = {"build": "kg: interrupted; every post written so far is complete",
               "serve": "kg: interrupted; the server has stopped"}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Conference knowledge graphs from blog "
                                                        "posts.",
                                epilog="kg COMMAND --help shows each command's options "
                                       "and examples.")
    p.add_argument("--version", action="version", version=f"kg {api.version()}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_, add, run) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_, description=help_,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
        add(sp)
        sp.set_defaults(run=run)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command in MAIN_THREAD:
        return _run(args)
    return _run_stoppable(args)


def _run(args: argparse.Namespace) -> int:
    """Run the command, turning a user's error into one line and an exit status."""
    try:
        return args.run(args)
    except UsageError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KGError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(INTERRUPTED.get(args.command, "kg: interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception:  # not the user's doing: show where it happened
        traceback.print_exc()
        print("kg: this is a bug in kg, not a problem with your input; please report it "
              "with the traceback above", file=sys.stderr)
        return 1


def _run_stoppable(args: argparse.Namespace) -> int:
    """Run a reading command in a worker thread, so that Ctrl-C stops it at once.

    Python takes a signal in the main thread, and only between bytecodes: a query
    running inside Oxigraph would not see it until it ends. Here the main thread only
    waits; on Ctrl-C it says so and leaves, the worker with it. Nothing was written.
    """
    code: list[int] = []
    worker = threading.Thread(target=lambda: code.append(_run(args)), daemon=True,
                              name=f"kg {args.command}")
    try:
        worker.start()
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(EXIT_INTERRUPTED)
    return code[0] if code else 1
