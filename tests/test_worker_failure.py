"""A multi-process `kg build` whose pipeline raises on a post stops with one line naming the
post and the cause; it never hangs, and none of its NLP workers outlives it (nor on Ctrl-C).

Each build runs as a real process under a timeout, so a regression fails here instead of
hanging the suite; every process it starts carries a marker in its environment, so the
test can look for workers left running after it ended.
"""

from __future__ import annotations

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
# MARKER; after the command, the child processes it still has, zombies included.
SCRIPT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from spacy.language import Language
    import kg.nlp.pipeline as pipeline
    from kg.cli import main

    @Language.component("fails_on_marker")
    def fails_on_marker(doc):
        if "MARKER" in doc.text:
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
FAILING = 50  # in the seventh batch of eight: six batches are written before it


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
def running_kg(args: list[str], mark: str) -> Iterator[subprocess.Popen]:
    """`kg ARGS` through SCRIPT, running, in a session of its own: if it is still there at
    the end (a hang), it is killed with every process of its session, so that a failing
    test leaves nothing behind."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"} | {"KG_TEST_MARK": mark}
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


def test_a_failing_worker_ends_the_build_with_one_line_naming_the_post(
        posts: Path, tmp_path: Path) -> None:
    mark = uuid.uuid4().hex
    where = tmp_path / "store"
    with running_kg(["build", str(posts), "--store", str(where), "--quiet", "--processes",
                     "2"], mark) as proc:
        out, err = proc.communicate(timeout=30)
        left = marked(mark)
    assert proc.returncode == 1, err
    assert err == (f"kg: error: {posts / post_name(FAILING)}: the NLP pipeline failed on this "
                   "post: RuntimeError: component failed on purpose\n")
    assert "children left: []" in out
    assert left == []

    # The posts written before the failure are whole; the failing one and those after are not
    # there at all.
    store = GraphStore(where)
    try:
        manifest = set(store.manifest())
        graphs = {str(g.identifier) for g in store.dataset.graphs() if len(g)}
    finally:
        store.close()
    assert manifest and manifest <= {post_name(i) for i in range(FAILING)}
    assert graphs - {str(MANIFEST)} == {str(post_iri(i)) for i in manifest}


def test_ctrl_c_in_a_multi_process_build_ends_it_and_its_workers(posts: Path,
                                                                 tmp_path: Path) -> None:
    """SIGINT to the whole process group, as a terminal's Ctrl-C sends it."""
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
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        left = marked(mark)
    assert proc.returncode == 130, err
    assert err == "kg: interrupted; every post written so far is complete\n"
    assert "children left: []" in out
    assert left == []
