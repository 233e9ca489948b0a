"""`kg build --watch`: one process, the pipeline loaded once, a rebuild on every change.

The first tests look at change detection alone; the last ones run the real pipeline, in
process through the API and as a user runs it, a `kg build --watch` process beside a
`kg query` that reads the store while it is watched.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg import builder
from kg.changes import snapshot, wait_for_change
from tests.helpers_build import write_post
from tests.test_interrupt import kg_command

PERSON = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"


def _posts(folder: Path) -> Path:
    write_post(folder, "2024-03-01-first.md", "Ada Brisk of Initech spoke about Kubernetes.\n")
    write_post(folder, "2024-03-02-second.md", "Wren Halloway demoed Ansible at the booth.\n")
    return folder


def _bump(path: Path, text: str) -> None:
    """Append to a post, and move its time on, as a save a second later would."""
    with path.open("a", encoding="utf-8") as f:
        f.write(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_a_snapshot_changes_with_every_edit_addition_and_removal(tmp_path: Path) -> None:
    posts = _posts(tmp_path / "posts")
    first = snapshot([posts])
    assert len(first) == 2 and snapshot([posts]) == first
    _bump(posts / "2024-03-01-first.md", "One more line.\n")
    edited = snapshot([posts])
    assert edited != first
    write_post(posts, "2024-03-03-third.md", "Nothing much.\n")
    added = snapshot([posts])
    assert len(added) == 3
    (posts / "2024-03-02-second.md").unlink()
    assert len(snapshot([posts])) == 2 and snapshot([posts]) != added


def test_a_change_is_taken_once_the_writes_settle(tmp_path: Path) -> None:
    """An editor that saves in three steps is read once, after the last one."""
    posts = _posts(tmp_path / "posts")
    since = snapshot([posts])
    post = posts / "2024-03-01-first.md"
    steps = iter(["Part one.\n", "Part two.\n", "Part three.\n"])
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        step = next(steps, None)
        if step is not None:
            _bump(post, step)

    _bump(post, "Part zero.\n")
    got = wait_for_change([posts], since, interval=5, settle=0.1, sleep=sleep)
    assert got == snapshot([posts])
    assert post.read_text(encoding="utf-8").endswith("Part three.\n")
    assert 5 not in naps  # the change was there at the first look: no interval slept


def _next_within(builds: Iterator[builder.BuildReport], seconds: float) -> builder.BuildReport:
    """The next report, or a failure rather than a hung test."""
    got: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: got.put(next(builds)), daemon=True).start()
    try:
        return got.get(timeout=seconds)
    except queue.Empty:
        pytest.fail(f"no rebuild within {seconds} s")


def test_the_api_rebuilds_only_what_changed(nlp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(builder, "load_pipeline", lambda: nlp)  # the session's, loaded once
    posts = _posts(tmp_path / "posts")
    builds = kg.watch(posts, tmp_path / "store", interval=0.05)
    try:
        first = _next_within(builds, 120)
        assert (first.built, first.unchanged) == (2, 0)
        _bump(posts / "2024-03-02-second.md", "Later, Carol Quint gave a keynote on Terraform.\n")
        edit = _next_within(builds, 60)
        assert (edit.built, edit.unchanged, edit.removed) == (1, 1, 0)
        assert edit.added["entities"].get("Person") == 1
        (posts / "2024-03-01-first.md").unlink()
        removal = _next_within(builds, 60)
        assert (removal.built, removal.removed) == (0, 1)
    finally:
        builds.close()
    with kg.open(tmp_path / "store") as graph:
        names = [str(r.name) for r in graph.query(PERSON)]
    assert "Carol Quint" in names and "Ada Brisk" not in names


def _line_with(stream, text: str, seconds: float) -> str:
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)
            if text in line:
                return

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + seconds
    seen = []
    while time.monotonic() < deadline:
        try:
            seen.append(lines.get(timeout=max(0.0, deadline - time.monotonic())))
        except queue.Empty:
            break
        if text in seen[-1]:
            return seen[-1]
    pytest.fail(f"no line with {text!r} within {seconds} s; got {seen!r}")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_kg_build_watch_serves_readers_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    posts = _posts(tmp_path / "posts")
    store = tmp_path / "store"
    watcher = subprocess.Popen([*kg_command(), "build", str(posts), "--store", str(store),
                                   "--watch", "--interval", "0.1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _line_with(watcher.stderr, "watching", 180)
        assert "2 built" in _line_with(watcher.stdout, "built", 10)
        _bump(posts / "2024-03-01-first.md", "Carol Quint joined Ada Brisk on stage.\n")
        assert "1 built, 1 unchanged" in _line_with(watcher.stdout, "built", 60)
        # The store is a reader's between builds: another process can query it.
        query = subprocess.run([*kg_command(), "query", PERSON, "--store", str(store), "-f", "csv"],
                               capture_output=True, text=True, timeout=60)
        assert query.returncode == 0, query.stderr
        assert "Carol Quint" in query.stdout
        watcher.send_signal(signal.SIGINT)
        assert watcher.wait(timeout=30) == 0
        assert "stopped watching" in watcher.stderr.read()
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()


def test_kg_build_watch_shows_a_progress_bar_for_each_build_on_a_terminal(tmp_path: Path) -> None:
    import pty

    posts = _posts(tmp_path / "posts")
    main, follower = pty.openpty()
    watcher = subprocess.Popen([*kg_command(), "build", str(posts), "--store",
                                str(tmp_path / "store"), "--watch", "--interval", "0.1"],
                               stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    seen = ""

    def read_until(marker: str, seconds: float) -> str:
        nonlocal seen
        deadline = time.monotonic() + seconds
        while marker not in seen and time.monotonic() < deadline:
            try:
                seen += os.read(main, 4096).decode("utf-8", "replace")
            except OSError:  # the process closed the terminal
                break
        assert marker in seen, seen
        return seen

    try:
        first = read_until("watching", 180)
        assert "extracting" in first.split("watching")[0]
        seen = ""
        _bump(posts / "2024-03-02-second.md", "Ada Brisk joined on stage.\n")
        assert "extracting" in read_until("rebuilt", 60)
        watcher.send_signal(signal.SIGINT)
        assert watcher.wait(timeout=30) == 0
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
        os.close(main)
