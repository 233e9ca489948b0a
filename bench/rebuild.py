"""What a rebuild costs: a full build, then unchanged rebuilds and a one-post edit.

Every step is a `kg build` child process, timed on the wall clock as a user sees it. The
full build is the naive way to bring a graph up to date; the incremental rebuilds are
measured beside it in the same run, on a copy of the corpus (deleted afterwards), so
editing a post never touches the original.

    .venv/bin/python bench/rebuild.py [CORPUS] [--posts N] [--code DIR] [--label NAME]
                                      [--edits N]

``--posts N`` keeps the first N posts; ``--code DIR`` runs the ``kg`` package found in
DIR (an older checkout, for a before/after comparison); ``--edits N`` edits the post N
times (default 1), each edit a new sentence, to see past the noise of a shared machine.
Each step also records the CPU seconds (user + system) of the build's processes, which
another job on the machine inflates far less than the wall clock. Then one
``kg build --watch`` process sees the same number of edits: the way to edit a post
without paying for loading the pipeline each time. Results go to
``bench/results/rebuild-<date>-<label>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "devblog"
SUFFIXES = {".md", ".markdown"}


def copy_corpus(corpus: Path, into: Path, posts: int | None) -> Path:
    """A copy of the corpus; with ``posts``, only the first N posts (site files kept)."""
    shutil.copytree(corpus, into, ignore=shutil.ignore_patterns(".git"))
    if posts is not None:
        found = sorted(p for p in into.rglob("*") if p.suffix in SUFFIXES and "_posts" in p.parts)
        for extra in found[posts:]:
            extra.unlink()
    return into


def edit_one_post(corpus: Path, n: int = 1) -> Path:
    post = sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and "_posts" in p.parts)[0]
    with post.open("a", encoding="utf-8") as f:
        f.write(f"\nOne more sentence ({n}): the keynote was about Kubernetes on OpenStack.\n")
    return post


# Runs kg.cli from another folder: the editable install's import hook would win otherwise.
FROM_CODE = ("import runpy, sys; sys.meta_path[:] = [f for f in sys.meta_path "
             "if '__editable__' not in getattr(f, '__module__', '')]; "
             "sys.path.insert(0, sys.argv.pop(1)); runpy.run_module('kg.cli', run_name='__main__')")


def _env() -> dict[str, str]:
    """The environment a user's shell gives ``kg``: Python caches bytecode there (some
    sandboxes switch that off, which would add the compile time to every step)."""
    return {k: v for k, v in os.environ.items()
            if k not in ("KG_STORE", "PYTHONDONTWRITEBYTECODE")}


def _kg(code: Path | None) -> list[str]:
    return [sys.executable, *(["-m", "kg.cli"] if code is None else ["-c", FROM_CODE,
                                                                     str(code)])]


def kg_build(corpus: Path, store: Path, label: str, code: Path | None) -> dict:
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.run([*_kg(code), "build", str(corpus), "--store", str(store),
                           "--quiet"], capture_output=True, text=True, env=_env())
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 3):
        sys.exit(f"{label} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return {"step": label, "wall_s": round(wall, 3), "cpu_s": round(_children_cpu() - cpu, 3),
            "load_avg_1m": round(os.getloadavg()[0], 2), "summary": proc.stdout.strip()}


def watched_edits(corpus: Path, store: Path, edits: int, first: int) -> list[dict]:
    """Edits seen by one ``kg build --watch`` process: each step is the wall time from the
    post's write to the watcher's summary of its rebuild (0.1 s polling included)."""
    watcher = subprocess.Popen([*_kg(None), "build", str(corpus), "--store", str(store),
                                "--watch", "--interval", "0.1", "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=_env())
    steps = []
    try:
        for line in watcher.stderr:  # type: ignore[union-attr]
            if "watching" in line:
                break
        else:
            sys.exit(f"kg build --watch ended ({watcher.wait()})")
        _summary(watcher)  # of the build it starts with
        for n in range(first, first + edits):
            edit_one_post(corpus, n)
            started = time.perf_counter()
            line = _summary(watcher)
            steps.append({"step": f"one edited post, watched ({n - first + 1} of {edits})",
                          "wall_s": round(time.perf_counter() - started, 3),
                          "load_avg_1m": round(os.getloadavg()[0], 2),
                          "summary": line.strip()})
    finally:
        watcher.send_signal(signal.SIGINT)
        watcher.wait(timeout=60)
    return steps


def _summary(watcher: subprocess.Popen) -> str:
    """The watcher's next build summary line."""
    for line in watcher.stdout:  # type: ignore[union-attr]
        if " built" in line:
            return line
    sys.exit(f"kg build --watch ended ({watcher.wait()})")


def _children_cpu() -> float:
    """User + system seconds of the finished child processes (and theirs) so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(corpus: Path, posts: int | None, code: Path | None, edits: int = 1) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix="kg-rebuild-"))
    try:
        copy = copy_corpus(corpus, work / "corpus", posts)
        store = work / "store"
        steps = [kg_build(copy, store, "full build", code),
                 kg_build(copy, store, "unchanged rebuild, first after the full build", code),
                 kg_build(copy, store, "unchanged rebuild, second", code)]
        for n in range(1, edits + 1):
            edit_one_post(copy, n)
            steps.append(kg_build(copy, store, "one edited post"
                                  + (f" ({n} of {edits})" if edits > 1 else ""), code))
        steps.append(kg_build(copy, store, "unchanged rebuild after the edit", code))
        if code is None:  # older code has no --watch
            steps.extend(watched_edits(copy, store, edits, edits + 1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return steps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--posts", type=int, default=None, help="keep only the first N posts")
    ap.add_argument("--code", type=Path, default=None, help="run the kg package in this folder")
    ap.add_argument("--label", default="current")
    ap.add_argument("--edits", type=int, default=1, help="edit the post this many times")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    steps = run(args.corpus, args.posts, args.code, args.edits)
    full = steps[0]["wall_s"]
    edited = [s for s in steps if s["step"].startswith("one edited post") and "cpu_s" in s]
    watched = [s["wall_s"] for s in steps if s["step"].startswith("one edited post, watched")]
    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "label": args.label,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_avg_1m": round(os.getloadavg()[0], 2), "bytecode_cache": True},
        "corpus": str(args.corpus), "posts": args.posts or "all",
        "steps": steps,
        "unchanged_first_over_full": round(steps[1]["wall_s"] / full, 4),
        "unchanged_second_over_full": round(steps[2]["wall_s"] / full, 4),
        "one_edit_median": {k: statistics.median(s[k] for s in edited)
                            for k in ("wall_s", "cpu_s")},
        "one_edit_watched_median_wall_s": statistics.median(watched) if watched else None,
    }
    size = f"{args.posts}posts" if args.posts else "full"
    out = ROOT / "bench" / "results" / f"rebuild-{dt.date.today()}-{size}-{args.label}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    for s in steps:
        print(f"{s['step']:50} {s['wall_s']:8.2f} s  cpu {s.get('cpu_s', float('nan')):7.2f} s  "
              f"load {s['load_avg_1m']:5.2f}   {s['summary']}")
    print(f"first unchanged rebuild / full build: {result['unchanged_first_over_full']:.1%}")
    print(f"one edited post, median: {result['one_edit_median']['wall_s']:.2f} s wall, "
          f"{result['one_edit_median']['cpu_s']:.2f} s cpu")
    if watched:
        print(f"one edited post under kg build --watch, median: "
              f"{result['one_edit_watched_median_wall_s']:.2f} s wall")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
