"""One evaluation run: gold files, the posts they name, a graph of them, the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.builder import build
from kg.errors import InputError, KGError
from kg.evaluate.gold import GoldDoc, GoldError, load_gold, select_half
from kg.evaluate.report import Report
from kg.evaluate.score import score_post
from kg.evaluate.system import PostOutput, read_outputs
from kg.graph.store import GraphStore


def evaluate(
    gold_dir: Path | str,
    posts_dir: Path | str | None = None,
    *,
    store: Path | str | None = None,
    store_type: str | None = None,
    half: str | None = None,
    baseline: bool = False,
    nlp: Any = None,
) -> Report:
    """Score the extractor (or the baseline) on the gold posts of ``gold_dir``.

    With ``posts_dir`` the posts the gold files name are built, in memory or
    into ``store``; with ``store`` alone the graph already there is scored.
    Either way the output is read back from the graph through SPARQL. ``nlp``: a
    pipeline of one's own (an ablation's), else the project's.
    """
    docs = select_half(load_gold(gold_dir), half)
    if baseline and posts_dir is None:
        raise KGError("the baseline reads the posts themselves: give the posts folder")
    if posts_dir is None and store is None:
        raise KGError("give the posts folder (to build them) or a built store to score")
    if baseline:
        from kg.evaluate.baseline import baseline_store

        files = {locate(d, Path(posts_dir)).resolve(): d for d in docs}  # type: ignore[arg-type]
        try:
            graph_store, problems = baseline_store(list(files))
        except InputError as exc:
            raise _post_error(exc, files) from None
        try:
            _fail_on_posts(problems, files)
            outputs = read_outputs(graph_store.dataset)
        finally:
            graph_store.close()
    else:
        outputs, problems = _system_outputs(docs, posts_dir, store, store_type, nlp)
    results = [score_post(d, pair(d, outputs)) for d in docs]
    # A broken site file (author profiles) only loses what it would have added, as in
    # ``kg build``; the report says so.
    return Report("baseline" if baseline else "extractor", str(gold_dir), results, half,
                  notes=[f"skipped {exc}" for exc in problems])


def _system_outputs(docs: list[GoldDoc], posts_dir: Path | str | None,
                    store: Path | str | None, store_type: str | None, nlp: Any = None,
                    ) -> tuple[dict[str, PostOutput], list[InputError]]:
    problems: list[InputError] = []
    if posts_dir is None:
        if not Path(store).is_dir():  # type: ignore[arg-type]
            raise KGError(f"{store}: no such store folder")
        graph = GraphStore(store, store_type, create=False)
    else:
        files = {locate(d, Path(posts_dir)).resolve(): d for d in docs}
        graph = GraphStore(store, store_type, create=True)
        try:
            # Drafts too: a post that has gold is a post to score.
            problems = build(list(files), graph, drafts=True, nlp=nlp).problems
            _fail_on_posts(problems, files)
        except BaseException:
            graph.close()
            raise
    try:
        return read_outputs(graph.dataset), problems
    finally:
        graph.close()


def _fail_on_posts(problems: list[InputError], files: dict[Path, GoldDoc]) -> None:
    """A gold post that cannot be read fails the run; other files only lose what they add."""
    for exc in problems:
        if exc.path.resolve() in files:
            raise _post_error(exc, files)


def _post_error(exc: InputError, files: dict[Path, GoldDoc]) -> KGError:
    """A post that cannot be read, reported against the gold file that names it."""
    doc = files.get(exc.path.resolve())
    if doc is None:  # a site file (author profiles, events), not a post
        return exc
    return GoldError(doc.path, f"its post {exc.path} cannot be read: {exc.cause}")


def locate(doc: GoldDoc, posts_dir: Path) -> Path:
    """The post file a gold file names: in ``posts_dir``, its ``_posts`` or below."""
    if not posts_dir.is_dir():
        raise InputError(posts_dir, "no such posts folder")
    for candidate in (posts_dir / doc.doc, posts_dir / "_posts" / doc.doc):
        if candidate.is_file():
            return candidate
    name = Path(doc.doc).name
    found = sorted(p for p in posts_dir.rglob("*") if p.name == name and p.is_file())
    if len(found) == 1:
        return found[0]
    if found:
        raise GoldError(doc.path, f"several posts named {name} under {posts_dir}: "
                                  f"{', '.join(str(p) for p in found[:3])}")
    raise GoldError(doc.path, f"its post {doc.doc} is not in {posts_dir}")


def pair(doc: GoldDoc, outputs: dict[str, PostOutput]) -> PostOutput:
    """The graph's post for a gold file: same identifier, or one ending in ``/<doc>``.

    Built from single files, a post's identifier is its file name; built as part
    of a Jekyll site it is ``_posts/<file name>``.
    """
    if doc.doc in outputs:
        return outputs[doc.doc]
    found = sorted(k for k in outputs if k.endswith("/" + doc.doc))
    if len(found) == 1:
        return outputs[found[0]]
    if found:
        raise GoldError(doc.path, f"several posts in the graph could be {doc.doc}: "
                                  f"{', '.join(found[:3])}")
    raise GoldError(doc.path, f"the graph has no post {doc.doc} (build it first, or give the "
                              "posts folder)")
