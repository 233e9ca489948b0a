"""``kg serve``: the graph over the SPARQL 1.1 Protocol, by the official Oxigraph server.

The server is the ``oxigraph`` program of the package of the same name, the same
version as the pyoxigraph that writes the store, so it opens the folder as it
is. It answers SPARQL queries by GET and POST in JSON, XML, CSV and TSV,
CONSTRUCT and DESCRIBE in Turtle, N-Triples, JSON-LD and more, the Graph Store
Protocol at ``/store``, and a query page in the browser at ``/``. We only
choose safe settings: loopback unless told otherwise, read-only unless
``writable``, a timeout on every query, and the union of the post graphs as
the default graph, as ``kg query`` sees it.

Oxigraph locks a store it writes, and a read-only server does not lock it at
all; so while a folder is served, ``kg`` refuses to open it itself (see
:func:`check_not_served`) and work goes through the server's URL instead.

The server cannot serve pages of its own, so the saved queries are listed in a
small static page written into the store folder: each with its SPARQL and a
link that opens it in the server's query page.
"""

from __future__ import annotations

import contextlib
import fcntl
import html
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError
from kg.graph.query import PROLOGUE, describe, saved_queries

DEFAULT_BIND = "127.0.0.1:7878"
DEFAULT_TIMEOUT = 30
LOCK_NAME = "kg-serve.lock"
PAGE_NAME = "saved-queries.html"
LOOPBACK = {"127.0.0.1", "::1", "localhost", "[::1]"}


@dataclass
class Server:
    """A running Oxigraph server over a store folder."""

    url: str
    store: Path
    page: Path
    process: subprocess.Popen
    writable: bool


def oxigraph_program() -> str:
    """The ``oxigraph`` program installed beside this Python (the venv), or on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed (bash scripts/setup.sh installs it)")
    return found


def split_bind(bind: str) -> tuple[str, int]:
    host, sep, port = bind.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise StoreError(f"--bind {bind!r}: expected HOST:PORT, e.g. {DEFAULT_BIND}")
    return host, int(port)


def check_not_served(store: Path) -> None:
    """Refuse to open a folder that ``kg serve`` is serving: use its URL instead."""
    lock = Path(store) / LOCK_NAME
    if not lock.is_file():
        return
    with lock.open("r") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            url = f.read().strip() or "its URL"
            raise StoreError(f"{store} is being served by kg serve at {url}; use --store {url}"
                             ) from None
        fcntl.flock(f, fcntl.LOCK_UN)


def command(store: Path, bind: str, timeout: int, writable: bool) -> list[str]:
    mode = "serve" if writable else "serve-read-only"
    return [oxigraph_program(), mode, "--location", str(store), "--bind", bind,
            "--union-default-graph", "--timeout-s", str(timeout)]


@contextlib.contextmanager
def running(store: Path | str, bind: str = DEFAULT_BIND, timeout: int = DEFAULT_TIMEOUT,
            writable: bool = False, wait: float = 30.0) -> Iterator[Server]:
    """Serve ``store`` while the block runs; the server stops when it ends."""
    store = Path(store)
    host, port = split_bind(bind)
    if not writable and not store.is_dir():
        raise StoreError(f"no graph store at {store}; run kg build first (or serve --writable)")
    store.mkdir(parents=True, exist_ok=True)
    url = f"http://{host}:{port}"
    with _held(store / LOCK_NAME, url):
        page = write_page(store / PAGE_NAME, url)
        process = subprocess.Popen(command(store, bind, timeout, writable),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait_until_ready(process, host, port, wait)
            yield Server(url, store, page, process, writable)
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextlib.contextmanager
def _held(lock: Path, url: str) -> Iterator[None]:
    with lock.open("a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            raise StoreError(f"{lock.parent} is already served at {f.read().strip()}") from None
        f.seek(0)
        f.truncate()
        f.write(url)
        f.flush()
        try:
            yield
        finally:
            f.seek(0)
            f.truncate()
            fcntl.flock(f, fcntl.LOCK_UN)


def _wait_until_ready(process: subprocess.Popen, host: str, port: int, wait: float) -> None:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
            first = next((ln for ln in err.splitlines() if ln.strip()), "no message")
            raise StoreError(f"the oxigraph server stopped at once: {first}")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return
        time.sleep(0.1)
    raise StoreError(f"the oxigraph server did not answer on {host}:{port} within {wait:.0f}s")


def query_page_link(url: str, name: str, sparql: str) -> str:
    """A link that opens ``sparql`` in the server's query page, ready to run."""
    params = {"query": PROLOGUE + sparql, "endpoint": f"{url}/query", "tabTitle": name}
    return f"{url}/?{urllib.parse.urlencode(params, quote_via=urllib.parse.quote)}"


def write_page(path: Path, url: str) -> Path:
    """The saved queries, each with its SPARQL and a link that opens it in the query page."""
    items = []
    for name, file in saved_queries().items():
        sparql = file.read_text(encoding="utf-8")
        items.append(
            f'<section id="{html.escape(name)}"><h2>{html.escape(name)}</h2>'
            f"<p>{html.escape(describe(file))}</p>"
            f'<p><a class="run" href="{html.escape(query_page_link(url, name, sparql))}">'
            f"Open in the query page</a> (then press the run button)</p>"
            f"<pre>{html.escape(sparql)}</pre></section>")
    path.write_text(PAGE.format(url=html.escape(url), items="\n".join(items)), encoding="utf-8")
    return path


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kg: saved queries</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}}
pre{{background:#f4f4f4;padding:.8em;overflow-x:auto}}h2{{margin-bottom:.2em}}</style></head>
<body><h1>Saved queries</h1>
<p>The SPARQL endpoint is <code>{url}/query</code> (GET or POST, the SPARQL 1.1 Protocol);
<a href="{url}/">the query page</a> runs any query. Queries see the union of the post graphs;
the prefixes <code>kg query</code> adds are part of each link. A query with
<code>VALUES ?name {{ UNDEF }}</code> takes a value there.</p>
{items}
</body></html>
"""


def serve(store: Path | str, bind: str = DEFAULT_BIND, timeout: int = DEFAULT_TIMEOUT,
          writable: bool = False, out=None) -> int:
    """Serve until interrupted (KeyboardInterrupt, once the server is stopped); prints where,
    and returns the server's exit status if it ends of itself."""
    out = out or sys.stdout
    host, _ = split_bind(bind)
    signal.signal(signal.SIGTERM, _interrupt)  # stop the server too when we are stopped
    with running(store, bind, timeout, writable) as server:
        mode = "read-write" if writable else "read-only"
        print(f"serving {server.store} ({mode}, {timeout}s per query) at {server.url}/",
              file=out)
        print(f"SPARQL endpoint: {server.url}/query", file=out)
        print(f"saved queries:   {server.page.resolve().as_uri()}", file=out)
        if host not in LOOPBACK:
            print(f"warning: {host} is not a loopback address; anyone who can reach it "
                  "can read the graph" + (" and change it" if writable else ""), file=out)
        out.flush()
        server.process.wait()  # Ctrl-C (or SIGTERM) stops the server on the way out
        return server.process.returncode or 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def free_port() -> int:
    """A TCP port nothing listens on now (for tests and benchmarks)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
