"""Load run: concurrent clients on ``kg serve`` over loopback, the saved queries in rotation.

Starts the Oxigraph server as ``kg serve`` does (read-only, union default graph) over a
built store, then ``--clients`` threads each send the saved queries in turn (SPARQL 1.1
Protocol, POST, JSON results, every answer read in full and parsed, the parse outside the
timing) for ``--seconds``. Reports p50, p90, p99 and max latency, errors, throughput, and
the server's resident memory at start and end (and its peak, sampled each second).
Results go to ``bench/results/load-<date>.json``.

    .venv/bin/python bench/load.py --store DIR [--clients 8] [--seconds 30]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PARAMS = {"comentioned": {"entity": "OpenStack"}}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def queries() -> list[tuple[str, bytes]]:
    from kg.graph.query import PROLOGUE, bind, saved_queries

    out = []
    for name, path in saved_queries().items():
        text = PROLOGUE + bind(path.read_text(encoding="utf-8"), PARAMS.get(name, {}))
        out.append((name, urllib.parse.urlencode({"query": text}).encode()))
    return out


def client(url: str, work: list[tuple[str, bytes]], start: int, until: float,
           results: list, errors: list) -> None:
    i = start
    while time.monotonic() < until:
        name, body = work[i % len(work)]
        i += 1
        request = urllib.request.Request(f"{url}/query", data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                body = response.read()
            elapsed = (time.perf_counter() - started) * 1000  # the answer is in: its latency
            rows = len(json.loads(body)["results"]["bindings"])  # and it must be whole
            results.append((name, elapsed, rows))
        except Exception as exc:  # every failure counts, whatever its kind
            errors.append(f"{name}: {type(exc).__name__}: {exc}")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))], 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True, help="a built store folder")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()
    from kg.graph.server import free_port, running

    work = queries()
    with running(args.store, f"127.0.0.1:{free_port()}", timeout=30) as server:
        pid = server.process.pid
        memory = {"start_mb": rss_mb(pid)}
        samples = [memory["start_mb"]]
        results: list = []
        errors: list = []
        until = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(server.url, work, k, until, results,
                                                          errors)) for k in range(args.clients)]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            time.sleep(1)
            samples.append(rss_mb(pid))
        memory.update(end_mb=rss_mb(pid), peak_mb=max(samples))
    latencies = [ms for _, ms, _ in results]
    per_query = {}
    for name, _ in work:
        mine = [ms for n, ms, _ in results if n == name]
        if mine:
            per_query[name] = {"requests": len(mine), "p50_ms": percentile(mine, 50),
                               "p99_ms": percentile(mine, 99)}
    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"), "store": str(args.store),
        "clients": args.clients, "seconds": args.seconds, "cpus": os.cpu_count(),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "requests": len(results), "errors": len(errors), "error_samples": errors[:5],
        "throughput_rps": round(len(results) / args.seconds, 1),
        "latency_ms": {"p50": percentile(latencies, 50), "p90": percentile(latencies, 90),
                       "p99": percentile(latencies, 99), "max": round(max(latencies), 1),
                       "mean": round(statistics.fmean(latencies), 1)} if latencies else {},
        "server_memory": memory, "per_query": per_query,
    }
    print(json.dumps({k: result[k] for k in ("requests", "errors", "throughput_rps",
                                             "latency_ms", "server_memory")}, indent=2))
    out = ROOT / "bench" / "results" / f"load-{dt.date.today().isoformat()}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
