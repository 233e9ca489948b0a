"""Saved-query benchmark: every saved query on the full store, ours beside rdflib's in memory.

Ours: the Python API on the on-disk Oxigraph store, in one process after the store is
open, median of ``--runs`` runs after one warm-up; and ``kg query NAME`` from the command
line, process start included (median of 5). Both as wall time and as CPU time, which is
what the work itself costs whatever else a shared machine is running. Beside them, the
naive way: the same query through rdflib's own SPARQL engine over the same quads in
rdflib's Memory store, each run in a forked child that is killed after ``--timeout``
seconds. Results print as a table and go to ``bench/results/queries-<date>.json``.

    .venv/bin/python bench/queries.py [CORPUS] [--store DIR] [--runs 7] [--timeout 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "devblog"
KG = [sys.executable, "-m", "kg.cli"]
PARAMS = {"comentioned": {"entity": "OpenStack"}}  # a saved query's parameters, when it has any
TARGET_MS, TARGET_WALL_S = 100, 0.6


def store_for(args: argparse.Namespace) -> Path:
    if args.store:
        return args.store
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    store = Path(tempfile.mkdtemp(prefix="kg-bench-queries-")) / "store"
    print(f"building {args.corpus} into {store} ...", flush=True)
    subprocess.run([*KG, "build", str(args.corpus), "--store", str(store), "--quiet"],
                   check=False)
    return store


def ours(store: Path, names: list[str], runs: int) -> dict[str, dict]:
    import kg

    out = {}
    with kg.open(store) as graph:
        for name in names:
            rows = graph.query(name, **PARAMS.get(name, {}))  # warm-up
            times, cpu = [], []
            for _ in range(runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                graph.query(name, **PARAMS.get(name, {}))
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            # CPU time: the query's own work, whatever else the machine is doing meanwhile.
            out[name] = {"median_ms": round(statistics.median(times), 1),
                         "min_ms": round(min(times), 1), "max_ms": round(max(times), 1),
                         "cpu_ms": round(statistics.median(cpu), 1),
                         "runs": runs, "rows": len(rows)}
    return out


def command_line(store: Path, names: list[str], runs: int) -> dict[str, dict[str, float]]:
    """``kg query NAME``: wall and CPU time (user + system), medians of ``runs``.

    The wall time is what a user waits, process start included; on a shared machine it
    also holds the time other work had the CPU, which the CPU time does not.
    """
    out = {}
    for name in names:
        argv = [*KG, "query", name, "--store", str(store)]
        for key, value in PARAMS.get(name, {}).items():
            argv += ["--param", f"{key}={value}"]
        walls, cpus = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True)
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        out[name] = {"wall_s": round(statistics.median(walls), 3),
                     "cpu_s": round(statistics.median(cpus), 3)}
    return out


def _naive_child(dataset, name: str, conn) -> None:
    from kg.graph.query import run

    started = time.perf_counter()
    rows = run(dataset, name, PARAMS.get(name, {}))
    conn.send(((time.perf_counter() - started) * 1000, len(rows)))


def naive(store: Path, names: list[str], runs: int, timeout: float) -> tuple[dict, float]:
    """rdflib's engine on rdflib's Memory store, loaded with the same quads; bounded."""
    import pyoxigraph as ox
    from rdflib import Dataset

    started = time.perf_counter()
    data = ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS)
    dataset = Dataset(default_union=True)
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    load_s = time.perf_counter() - started
    fork = mp.get_context("fork")
    out = {}
    for name in names:
        times, rows, timed_out = [], None, False
        for _ in range(runs):
            parent, child = fork.Pipe(duplex=False)
            proc = fork.Process(target=_naive_child, args=(dataset, name, child))
            proc.start()
            if not parent.poll(timeout):
                proc.kill()
                proc.join()
                timed_out = True
                break
            ms, rows = parent.recv()
            proc.join()
            times.append(ms)
            if ms > timeout * 1000 / 4:  # a slow one: one run says enough
                break
        out[name] = {"median_ms": round(statistics.median(times), 1) if times else None,
                     "runs": len(times), "rows": rows, "timed_out": timed_out,
                     "timeout_s": timeout}
    return out, round(load_s, 1)


def table(result: dict) -> str:
    lines = [f"{'saved query':24} {'ours ms':>8} {'(cpu ms)':>8} {'kg query s':>10} "
             f"{'(cpu s)':>8} {'rdflib ms':>10} {'rows':>6}", "-" * 80]
    for name, r in result["queries"].items():
        rdf, cli = r["rdflib"], r["kg_query"]
        naive_ms = f">{rdf['timeout_s']:.0f}000" if rdf["timed_out"] else f"{rdf['median_ms']}"
        lines.append(f"{name:24} {r['ours']['median_ms']:>8} {r['ours']['cpu_ms']:>8} "
                     f"{cli['wall_s']:>10} {cli['cpu_s']:>8} {naive_ms:>10} "
                     f"{r['ours']['rows']:>6}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--store", type=Path, help="an already built store (skips the build)")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="seconds each rdflib run may take before it is stopped")
    ap.add_argument("--skip-naive", action="store_true")
    args = ap.parse_args()
    from kg.graph.query import saved_queries

    store = store_for(args)
    names = list(saved_queries())
    mine = ours(store, names, args.runs)
    walls = command_line(store, names, 5)
    theirs, load_s = ({n: {"median_ms": None, "runs": 0, "rows": None, "timed_out": False,
                           "timeout_s": args.timeout} for n in names}, None)
    if not args.skip_naive:
        theirs, load_s = naive(store, names, 3, args.timeout)
    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": mp.cpu_count(),
                    "platform": platform.platform()},
        "store": str(store), "runs": args.runs, "rdflib_load_s": load_s,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "targets": {"query_ms": TARGET_MS, "kg_query_wall_s": TARGET_WALL_S},
        "queries": {n: {"ours": mine[n], "kg_query": walls[n], "rdflib": theirs[n],
                        "meets_targets": mine[n]["median_ms"] <= TARGET_MS
                        and walls[n]["wall_s"] <= TARGET_WALL_S} for n in names},
    }
    print(table(result))
    out = ROOT / "bench" / "results" / f"queries-{dt.date.today().isoformat()}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
