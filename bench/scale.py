"""Build time per post and peak memory as the corpus grows: 1x, 3x, 10x the devblog.

Each size is a synthetic corpus (bench/synthetic.py: the project's templates and gazetteers)
of 670 x FACTOR posts, built by a `kg build` child process into a fresh store. Peak memory
is that of the whole process tree (the build and its NLP workers) sampled every 0.2 s, in
two ways: RSS summed over the processes, which counts the pages the forked workers share
with their parent once per process and so overstates, and PSS (proportional set size:
a shared page split between its sharers), which adds up to what the tree really holds.
The naive way is a full rebuild, measured beside an unchanged one.

    .venv/bin/python bench/scale.py [--factors 1 3 10] [--label NAME]

Results go to ``bench/results/scale-<date>-x<factors>[-<label>].json``, with the load
average before and after each size and the niceness the run had (``nice -n 10`` on a
shared machine).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_corpus

ROOT = Path(__file__).resolve().parents[1]
DEVBLOG_POSTS = 670


def tree_memory(proc: psutil.Process) -> tuple[int, int, int]:
    """Bytes of a process and all its children: summed RSS, RSS of the largest one, and
    summed PSS (0 where the system does not report it)."""
    rss, pss = [], 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            full = p.memory_full_info()
            rss.append(full.rss)
            pss += getattr(full, "pss", 0)
    return sum(rss), max(rss, default=0), pss


def kg_build(corpus: Path, store: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--store",
                             str(store), "--quiet"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    watched = psutil.Process(proc.pid)
    peak_total = peak_one = peak_pss = 0
    while proc.poll() is None:
        try:
            total, one, pss = tree_memory(watched)
        except psutil.Error:
            break
        peak_total, peak_one, peak_pss = max(peak_total, total), max(peak_one, one), max(
            peak_pss, pss)
        time.sleep(0.2)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 3):
        sys.exit(f"kg build failed ({proc.returncode}):\n{err[-2000:]}")
    return {"wall_s": round(wall, 2), "peak_tree_mb": round(peak_total / 2**20, 1),
            "peak_tree_pss_mb": round(peak_pss / 2**20, 1),
            "peak_process_mb": round(peak_one / 2**20, 1), "summary": out.strip()}


def measure(factor: int, work: Path) -> dict:
    posts = DEVBLOG_POSTS * factor
    load_before = round(os.getloadavg()[0], 2)
    corpus = write_corpus(work / f"corpus-x{factor}", posts)
    store = work / f"store-x{factor}"
    full = kg_build(corpus, store)
    unchanged = kg_build(corpus, store)
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    return {"factor": factor, "posts": posts, "full": full, "unchanged": unchanged,
            "ms_per_post": round(1000 * full["wall_s"] / posts, 1),
            "load_avg_1m": {"before": load_before, "after": round(os.getloadavg()[0], 2)}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 3, 10])
    ap.add_argument("--label", default="", help="added to the result file's name")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    rows = []
    try:
        for factor in args.factors:
            rows.append(measure(factor, work))
            r = rows[-1]
            print(f"x{factor:<3} {r['posts']:>6} posts  {r['full']['wall_s']:>8.1f} s  "
                  f"{r['ms_per_post']:>6.1f} ms/post  "
                  f"peak RSS {r['full']['peak_tree_mb']:>7.1f} MB, "
                  f"PSS {r['full']['peak_tree_pss_mb']:>7.1f} MB "
                  f"(largest process {r['full']['peak_process_mb']} MB)  "
                  f"unchanged rebuild {r['unchanged']['wall_s']} s  "
                  f"load {r['load_avg_1m']['before']}-{r['load_avg_1m']['after']}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {"date": dt.datetime.now().isoformat(timespec="seconds"),
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "load_avg_1m": round(os.getloadavg()[0], 2), "nice": os.nice(0)},
              "runs": rows}
    tag = "-".join(str(f) for f in args.factors) + (f"-{args.label}" if args.label else "")
    out = ROOT / "bench" / "results" / f"scale-{dt.date.today()}-x{tag}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
