"""An interrupted `kg build` (SIGKILL, Ctrl-C) leaves only complete posts, and a rebuild finishes.

The build runs as a real process on 30 invented posts (or $KG_KILL_POSTS) with an on-disk
Oxigraph store; the test watches the store through a read-only handle and interrupts the
build once some, but not all, posts are in (several times over, in one test).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.graph.contract import MANIFEST, post_iri
from kg.graph.store import GraphStore
from kg.graph.vocab import SCHEMA
from tests.helpers_build import build_into, invented_folder, triple_set

# KG_KILL_POSTS=600 runs the same tests at scale (minutes, not for CI).
N_POSTS = int(os.environ.get("KG_KILL_POSTS", "30"))
IDENTIFIERS = [f"post-{i:02d}.md" for i in range(N_POSTS)]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    return invented_folder(tmp_path_factory.mktemp("interrupt") / "posts", N_POSTS)


@pytest.fixture(scope="module")
def reference(posts: Path, nlp) -> dict[str, set]:
    """Each post's named graph as a build of the whole folder, uninterrupted, writes it."""
    store = GraphStore(None, "Memory")
    try:
        report = build_into(store, nlp, posts)
        assert report.ok and report.built == N_POSTS
        return {ident: triple_set(store.graph(post_iri(ident))) for ident in IDENTIFIERS}
    finally:
        store.close()


def posts_done(where: Path) -> int:
    """How many posts the manifest lists, read without disturbing the running build."""
    try:
        store = ox.Store.read_only(str(where))
    except (OSError, ValueError, RuntimeError):
        return 0  # not created yet, or still being created
    try:
        return sum(1 for _ in store.quads_for_pattern(
            None, ox.NamedNode(str(SCHEMA.identifier)), None, ox.NamedNode(str(MANIFEST))))
    finally:
        del store


def interrupt_midway(posts: Path, where: Path, sig: int,
                     after: int = 1) -> subprocess.CompletedProcess:
    """Run `kg build` and send ``sig`` once the store holds ``after`` posts or more."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    proc = subprocess.Popen(
        [*kg_command(), "build", str(posts), "--store", str(where), "--quiet",
         "--processes", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 25
        while proc.poll() is None and time.monotonic() < deadline:
            if posts_done(where) >= after:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def check_every_post_is_complete(where: Path, reference: dict[str, set]) -> set[str]:
    """Every post in the store is all there, manifest entry and named graph together."""
    store = GraphStore(where)
    try:
        manifest = set(store.manifest())
        graphs = {str(g.identifier) for g in store.dataset.graphs() if len(g)}
        for ident in manifest:
            assert triple_set(store.graph(post_iri(ident))) == reference[ident], ident
        # No half-written post: a named graph exists only for a post in the manifest.
        assert graphs - {str(MANIFEST)} == {str(post_iri(i)) for i in manifest}
        return manifest
    finally:
        store.close()


def rebuild_finishes(where: Path, nlp, posts: Path, done: set[str],
                     reference: dict[str, set]) -> None:
    """A build after the kill keeps the posts that were done and builds the rest."""
    store = GraphStore(where)
    try:
        report = build_into(store, nlp, posts)
    finally:
        store.close()
    assert report.ok and (report.unchanged, report.built) == (len(done), N_POSTS - len(done))
    assert check_every_post_is_complete(where, reference) == set(IDENTIFIERS)


def test_sigkill_midway_leaves_only_complete_posts_and_a_rebuild_finishes(
        posts: Path, reference: dict[str, set], nlp, tmp_path: Path) -> None:
    where = tmp_path / "store"
    result = interrupt_midway(posts, where, signal.SIGKILL)
    assert result.returncode == -signal.SIGKILL
    done = check_every_post_is_complete(where, reference)
    assert 1 <= len(done) < N_POSTS

    rebuild_finishes(where, nlp, posts, done, reference)


def test_ctrl_c_exits_130_with_a_consistent_store(posts: Path, reference: dict[str, set],
                                                  tmp_path: Path) -> None:
    where = tmp_path / "store"
    result = interrupt_midway(posts, where, signal.SIGINT)
    assert result.returncode == 130, result.stderr
    assert "interrupted" in result.stderr and "Traceback" not in result.stderr
    done = check_every_post_is_complete(where, reference)
    assert 1 <= len(done) < N_POSTS


def test_sigkill_at_three_points_then_a_rebuild_keeps_every_post_whole_and_valid(
        posts: Path, reference: dict[str, set], nlp, tmp_path: Path, capsys) -> None:
    """Killed early, a third of the way and two thirds of the way (each time resuming the
    build the kill interrupted), the store holds only whole posts and keeps the contract;
    a last build finishes it."""
    where = tmp_path / "store"
    done: set[str] = set()
    for point in (1, N_POSTS // 3, 2 * N_POSTS // 3):
        result = interrupt_midway(posts, where, signal.SIGKILL, after=point)
        assert result.returncode == -signal.SIGKILL
        now = check_every_post_is_complete(where, reference)
        assert done <= now and point <= len(now) < N_POSTS
        done = now
        assert main(["validate", "--store", str(where)]) == 0, capsys.readouterr().out
    rebuild_finishes(where, nlp, posts, done, reference)
    assert main(["validate", "--store", str(where)]) == 0, capsys.readouterr().out


# --- Ctrl-C stops a reading command, even inside a query ------------------------------------

# Every triple with every other, three times over: hours on the samples, whatever the engine.
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


def store_files_open(pid: int, where: Path) -> bool:
    """Whether the process has the store's files open: it is past start-up, into the store."""
    try:
        links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
    except OSError:
        return False
    return any(link.startswith(str(where)) for link in links)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_ctrl_c_stops_a_running_query_at_once(tmp_path_factory, nlp) -> None:
    from tests.helpers_build import samples_store

    where = samples_store(tmp_path_factory, nlp)
    proc = subprocess.Popen([*kg_command(), "query", SLOW_QUERY, "--store", str(where)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not store_files_open(proc.pid, where) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        time.sleep(1.0)  # well into the query by now
        assert proc.poll() is None, "the query ended before it could be interrupted"
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert (out, err) == ("", "kg: interrupted\n")
    assert took < 5, took


def test_ctrl_c_stops_kg_serve_and_its_server(tmp_path_factory, nlp) -> None:
    """serve runs in the main thread (it sets signal handlers), and stops its server."""
    import shutil
    import socket

    from kg.graph.server import free_port
    from tests.helpers_build import samples_store

    where = tmp_path_factory.mktemp("serve") / "store"
    shutil.copytree(samples_store(tmp_path_factory, nlp), where)
    port = free_port()
    proc = subprocess.Popen([*kg_command(), "serve", "--store", str(where), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()  # printed once the server answers
        assert first.startswith("serving "), (first, proc.poll())
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert err == "kg: interrupted; the server has stopped\n"
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
