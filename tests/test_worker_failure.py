"""A multi-process `kg build` whose pipeline raises on a post stops with one line naming the
post and the cause; it never hangs, and none of its NLP workers outlives it (nor on Ctrl-C).

Each build runs as a real process under a timeout, so a regression fails here instead of
hanging the suite; every process it starts carries a marker in its environment, so the
test can look for workers left running after it ended.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from kg.graph.contract import MANIFEST, post_iri
from kg.graph.store import GraphStore
from tests.helpers_build import write_post
from tests.test_interrupt import posts_done

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(),
                                reason="looks for left-over workers in /proc")

# `kg` with a test-only component first in its pipeline that raises on the post holding
# MARKER (or kills its process, with KG_TEST_FAILURE=die); after the command, the child
# processes it still has, zombies included.
SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from spacy.language import Language
    import kg.nlp.pipeline as pipeline
    from kg.cli import main

    @Language.component("fails_on_marker")
    def fails_on_marker(doc):
        if "MARKER" in doc.text:
            if os.environ.get("KG_TEST_FAILURE") == "die":
                os.kill(os.getpid(), signal.SIGKILL)
            raise RuntimeError("component failed on purpose")
        return doc

    def failing_nlp(make_nlp=pipeline.make_nlp):
        nlp = make_nlp()
        nlp.add_pipe("fails_on_marker", first=True)
        return nlp

    pipeline.make_nlp = failing_nlp
    code = main(sys.argv[1:])
    me = str(os.getpid())
    kids = [p.name for p in Path("/proc").iterdir() if p.name.isdigit()
            and (p / "stat").read_text().rsplit(")", 1)[1].split()[1] == me]
    print("children left:", kids)
    sys.exit(code)
""")
N_POSTS = 160
FAILING = 20  # in the third batch of eight: two batches are written before it


def post_name(i: int) -> str:
    return f"post-{i:03d}.md"


@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    """Posts of about 3 KB, enough that the workers still have results to send when the
    failure reaches the parent (spaCy's workers then block on sending them)."""
    folder = tmp_path_factory.mktemp("worker-failure") / "posts"
    for i in range(N_POSTS):
        line = f"Mara Quint of Corvid Labs spoke about Kubernetes at Brindle Forum {i}.\n"
        write_post(folder, post_name(i), "MARKER\n" + line if i == FAILING else line * 40)
    return folder


def marked(mark: str) -> list[int]:
    """The live processes whose environment holds ``mark``."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and mark.encode() in (proc / "environ").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue  # gone, or not ours
    return found


@contextmanager
def running_kg(args: list[str], mark: str, **env: str) -> Iterator[subprocess.Popen]:
    """`kg ARGS` through SCRIPT, running, in a session of its own: if it is still there at
    the end (a hang), it is killed with every process of its session, so that a failing
    test leaves nothing behind."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"} | env | {"KG_TEST_MARK": mark}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        for pid in marked(mark):
            with suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def _written(where: Path) -> tuple[set[str], set[str]]:
    """The posts the manifest lists, and the IRIs of the non-empty post graphs."""
    store = GraphStore(where)
    try:
        manifest = set(store.manifest())
        graphs = {str(g.identifier) for g in store.dataset.graphs() if len(g)}
    finally:
        store.close()
    return manifest, graphs - {str(MANIFEST)}


@pytest.mark.parametrize("processes", ["1", "2"])
def test_a_post_the_pipeline_fails_on_is_skipped_and_named(posts: Path, tmp_path: Path,
                                                          processes: str) -> None:
    """A component that raises on one post is a bug of ours met on that post: the build
    names it, builds every other post, and exits with the status of a skipped post."""
    mark = uuid.uuid4().hex
    where = tmp_path / "store"
    if processes == "1":  # in the build's own process: a few posts show it
        few = tmp_path / "few"
        few.mkdir()
        for i in range(FAILING - 4, FAILING + 4):
            (few / post_name(i)).write_bytes((posts / post_name(i)).read_bytes())
        posts = few
    with running_kg(["build", str(posts), "--store", str(where), "--quiet", "--processes",
                     processes], mark, KG_TEST_FAILURE="raise") as proc:
        out, err = proc.communicate(timeout=120)
        left = marked(mark)
    assert proc.returncode == 3, err
    assert err == (f"kg: skipped {posts / post_name(FAILING)}: the NLP pipeline failed on "
                   "this post: RuntimeError: component failed on purpose (a bug in kg; "
                   "please report it)\n")
    assert "children left: []" in out
    assert left == []
    manifest, graphs = _written(where)
    assert manifest == {p.name for p in posts.iterdir()} - {post_name(FAILING)}
    assert graphs == {str(post_iri(i)) for i in manifest}


def test_a_dying_worker_ends_the_build_with_one_line_naming_its_posts(
        posts: Path, tmp_path: Path) -> None:
    mark = uuid.uuid4().hex
    where = tmp_path / "store"
    with running_kg(["build", str(posts), "--store", str(where), "--quiet", "--processes",
                     "2"], mark, KG_TEST_FAILURE="die") as proc:
        out, err = proc.communicate(timeout=30)
        left = marked(mark)
    assert proc.returncode == 1, err
    # Which post of its batch the worker was on, only the worker knew.
    first, last = FAILING // 8 * 8, FAILING // 8 * 8 + 7
    assert err == ("kg: error: an NLP worker process died (killed by SIGKILL) on one of 8 "
                   f"posts, from {posts / post_name(first)} to {posts / post_name(last)}\n")
    assert "children left: []" in out
    assert left == []
    # The posts of the batches before the dead worker's are written, whole; the others are
    # not there at all.
    manifest, graphs = _written(where)
    assert manifest == {post_name(i) for i in range(FAILING // 8 * 8)}
    assert graphs == {str(post_iri(i)) for i in manifest}


@pytest.mark.parametrize("how", ["ctrl-c", "sigkill"])
def test_an_interrupted_multi_process_build_leaves_no_worker(posts: Path, tmp_path: Path,
                                                             how: str) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) ends the build and
    its workers at once; with the build SIGKILLed alone (as the OOM killer does) its
    workers see it gone and end after their batch."""
    mark = uuid.uuid4().hex
    where = tmp_path / "store"
    clean = tmp_path / "clean"  # the same posts without the failing one
    clean.mkdir()
    for path in posts.iterdir():
        if path.name != post_name(FAILING):
            (clean / path.name).write_bytes(path.read_bytes())
    with running_kg(["build", str(clean), "--store", str(where), "--quiet", "--processes",
                     "2"], mark) as proc:
        deadline = time.monotonic() + 30
        while proc.poll() is None and posts_done(where) < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.kill()
        out, err = proc.communicate(timeout=20)  # until the workers close their stderr too
        deadline = time.monotonic() + 5
        while (left := marked(mark)) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert left == []
    if how == "ctrl-c":
        assert proc.returncode == 130, err
        assert err == "kg: interrupted; every post written so far is complete\n"
        assert "children left: []" in out
    else:
        assert proc.returncode == -signal.SIGKILL


# --- the worker pool itself, on plain functions ---------------------------------------------

def test_workers_keep_the_order_and_end_with_the_results() -> None:
    from kg.nlp.workers import run

    items = [(i, f"ctx{i}") for i in range(37)]  # not a whole number of batches
    assert list(run(lambda i: i * i, items, 3, 4)) == [(i * i, f"ctx{i}") for i in range(37)]
    assert list(run(lambda i: i, [(1, None)], 3, 4)) == [(1, None)]  # fewer batches than workers
    assert list(run(lambda i: i, [], 2, 4)) == []
    assert mp.active_children() == []


def test_a_caller_that_stops_early_ends_the_workers() -> None:
    from kg.nlp.workers import run

    results = run(lambda i: time.sleep(0.05) or i, [(i, None) for i in range(1000)], 2, 8)
    assert next(results) == (0, None)
    assert len(mp.active_children()) == 2
    started = time.monotonic()
    results.close()
    assert mp.active_children() == [] and time.monotonic() - started < 2


def test_an_error_in_a_worker_names_its_item_and_ends_the_workers() -> None:
    from kg.errors import ExtractionFailed
    from kg.nlp.workers import run

    def work(i: int) -> int:
        if i == 13:
            raise ValueError("unlucky")
        return i

    got = []
    with pytest.raises(ExtractionFailed, match="the NLP pipeline failed: ValueError: unlucky"):
        got.extend(run(work, [(i, None) for i in range(100)], 2, 4))
    assert [i for i, _ in got] == list(range(12))  # the batches before the failing one
    assert mp.active_children() == []
