"""Find posts on disk and read each into a :class:`Post`.

A folder with a ``_posts/`` subfolder is read as a Jekyll site: posts come
from ``_posts/`` (and ``_drafts/`` on request), author profiles from
``_data/authors.yml`` and event records from ``_events/``. Any other folder is
searched recursively for Markdown files; a Hugo page bundle
(``some-post/index.md``) is naturally one post.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.ingest.frontmatter import FrontMatterError, split
from kg.ingest.markdown import convert
from kg.ingest.post import Author, Post

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
MAX_BYTES = 2_000_000
_PROFILE_KEYS = ("name", "job", "twitter", "github")
_NOT_POSTS = {"readme.md", "_index.md", "license.md", "changelog.md", "contributing.md"}


@dataclass(frozen=True)
class Source:
    """A file to read and the identifier it will have in the graph."""

    path: Path
    identifier: str
    site: Site | None = None


@dataclass
class Site:
    """What a Jekyll site adds to its posts: author profiles and event records."""

    root: Path
    authors: dict[str, Author] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)


def discover(paths: list[Path], *, drafts: bool = False) -> Iterator[Source | InputError]:
    """Yield every post under ``paths``; a problem with a site file is yielded, not raised.

    Nothing outside ``paths`` is read: a symlink that resolves elsewhere is reported and
    skipped, and a folder reached twice (a symlink loop) is walked once.
    """
    sites: dict[Path, Site] = {}
    bounds = _Bounds(tuple(_real(Path(p)) for p in paths))
    for root in paths:
        root = Path(root)
        if not root.exists():
            yield InputError(root, "no such file or folder")
            continue
        # A file or folder inside a Jekyll site's _posts still gets the site's profiles.
        site, problems = _enclosing_site(root, sites)
        yield from problems
        if root.is_dir():
            yield from _folder(root, root, drafts, site, sites, bounds)
        elif root.is_file():
            yield Source(root, _file_identifier(root), site)
        else:
            yield InputError(root, "not a regular file or folder")


@dataclass
class _Bounds:
    """The folders a build may read from, and the folders it has walked already."""

    roots: tuple[Path, ...]
    walked: set[Path] = field(default_factory=set)

    def check(self, path: Path) -> Path | InputError:
        """The real path of ``path``, or why it must not be opened."""
        real = _real(path)
        if not any(real == r or r in real.parents for r in self.roots):
            return InputError(path, f"a symlink to {real}, outside the folders given to "
                                    "kg build (not read)")
        try:
            path.stat()
        except OSError as exc:
            what = "a symlink loop" if exc.errno == errno.ELOOP else f"a broken symlink to {real}"
            return InputError(path, what)
        return real


def _real(path: Path) -> Path:
    # os.path.realpath never raises on a loop (Path.resolve does, on some versions).
    return Path(os.path.realpath(path))


def _file_identifier(path: Path) -> str:
    """A file given by itself is named by its file name; a page bundle's index file by its
    bundle folder too, so two bundles never share "index.md"."""
    if path.stem.lower() in {"index", "_index"} and path.parent.name:
        return f"{path.parent.name}/{path.name}"
    return path.name


def _enclosing_site(path: Path, sites: dict[Path, Site]) -> tuple[Site | None,
                                                                   list[InputError]]:
    for parent in [path.resolve(), *path.resolve().parents]:
        if parent.name in {"_posts", "_drafts"} and (parent.parent / "_posts").is_dir():
            return _site(parent.parent, sites)
    return None, []


def _site(root: Path, sites: dict[Path, Site]) -> tuple[Site, list[InputError]]:
    """The site at ``root``, read once per build; its unreadable files are reported once."""
    if root in sites:
        return sites[root], []
    site = sites[root] = Site(root)
    return site, list(_load_site(site))


def _folder(folder: Path, root: Path, drafts: bool, site: Site | None,
            sites: dict[Path, Site], bounds: _Bounds) -> Iterator[Source | InputError]:
    """Markdown files below ``folder``; a Jekyll site inside it is read as a site."""
    if (folder / "_posts").is_dir():
        found, problems = _site(folder.resolve(), sites)
        yield from problems
        for sub in ["_posts", "_drafts"] if drafts else ["_posts"]:
            if (folder / sub).is_dir():
                yield from _walk(folder / sub, root, found, bounds, None)
        return
    yield from _walk(folder, root, site, bounds, (drafts, sites))


def _walk(folder: Path, root: Path, site: Site | None, bounds: _Bounds,
          nested: tuple[bool, dict[Path, Site]] | None) -> Iterator[Source | InputError]:
    """The posts below ``folder``, inside the bounds, each folder once (so symlink loops
    end); with ``nested`` (drafts, sites), a subfolder may be a Jekyll site of its own.

    ``os.scandir`` entries know their type without another stat, which matters at 10,000
    files (an unchanged rebuild is mostly this walk)."""
    real = bounds.check(folder)
    if isinstance(real, InputError):
        yield real
        return
    if real in bounds.walked:
        return
    bounds.walked.add(real)
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(folder, f"folder cannot be read: {exc.strerror or exc}")
        return
    prefix = folder.relative_to(root).as_posix() + "/" if folder != root else ""
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            if not _is_dir(entry):
                yield from _file(entry, path, prefix + entry.name, site, bounds)
            elif nested is None:
                yield from _walk(path, root, site, bounds, None)
            else:
                yield from _folder(path, root, nested[0], site, nested[1], bounds)
        except OSError as exc:
            what = "folder cannot be read" if path.is_dir() else "cannot be read"
            yield InputError(path, f"{what}: {exc.strerror or exc}")


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a symlink loop: as a file, it is named if it looks like a post
        return False


def _file(entry: os.DirEntry, path: Path, identifier: str, site: Site | None,
          bounds: _Bounds) -> Iterator[Source | InputError]:
    name = entry.name.lower()
    if not name.endswith(MARKDOWN_SUFFIXES) or name in _NOT_POSTS:
        return
    checked = bounds.check(path) if entry.is_symlink() else path
    if isinstance(checked, InputError):
        yield checked
    elif not entry.is_file():
        yield InputError(path, "not a regular file (not read)")
    else:
        yield Source(path, identifier, site)


def _load_site(site: Site) -> Iterator[InputError]:
    bounds = _Bounds((_real(site.root),))
    authors = site.root / "_data" / "authors.yml"
    if authors.is_file():
        try:
            if isinstance(checked := bounds.check(authors), InputError):
                raise ValueError(checked.cause)
            data = yaml.safe_load(authors.read_text(encoding="utf-8")) or {}
            if not isinstance(data, dict):
                raise ValueError("not a mapping of author ids to profiles")
            for key, profile in data.items():
                if isinstance(profile, dict) and profile.get("name"):
                    site.authors[str(key)] = Author(
                        **{k: _str(profile.get(k)) for k in _PROFILE_KEYS}  # type: ignore[arg-type]
                    )
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
            yield InputError(authors, f"author profiles not read: {_short(exc)}")
    for path in sorted((site.root / "_events").glob("*.md")):
        if path.name.startswith("_"):
            continue
        try:
            if isinstance(checked := bounds.check(path), InputError):
                raise ValueError(checked.cause)
            meta, _ = split(path.read_text(encoding="utf-8"))
            if meta.get("name"):
                meta["_identifier"] = path.relative_to(site.root).as_posix()
                site.events.append(meta)
        except (OSError, UnicodeDecodeError, FrontMatterError, ValueError) as exc:
            yield InputError(path, f"event record not read: {_short(exc)}")


def load(source: Source) -> bytes:
    """The file's bytes, so a build can compare hashes before parsing anything."""
    try:
        return source.path.read_bytes()
    except OSError as exc:
        raise InputError(source.path, f"cannot be read: {exc.strerror or exc}") from None


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read(source: Source, *, drafts: bool = False, raw: bytes | None = None) -> Post | None:
    """Read one post; ``None`` for a draft that is not wanted; :class:`InputError` if bad."""
    path = source.path
    if raw is None:
        raw = load(source)
    if len(raw) > MAX_BYTES:
        raise InputError(
            path, f"too large ({len(raw):,} bytes; posts over {MAX_BYTES:,} bytes are skipped)"
        )
    if b"\x00" in raw[:8192]:
        raise InputError(path, "binary file, not a Markdown post")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    try:
        meta, body_start = split(text)
    except FrontMatterError as exc:
        raise InputError(path, str(exc)) from None
    if not drafts and (meta.get("published") is False or meta.get("draft") is True):
        return None
    converted = convert(text, body_start)
    if not converted.text.strip():
        raise InputError(path, "empty body (no text outside code and markup)")
    site = source.site
    return Post(
        identifier=source.identifier,
        path=path,
        title=_str(meta.get("title")) or path.stem,
        text=converted.text,
        offsets=converted.offsets,
        content_hash=content_hash(raw),
        date=_date(meta.get("date")),
        source_length=len(text),
        authors=_authors(meta, site),
        categories=_strings(meta.get("categories")),
        tags=_strings(meta.get("tags")),
        links=converted.links,
        headings=converted.headings,
        blocks=converted.blocks,
        marks=converted.marks,
        events=tuple(site.events) if site else (),
        metadata={k: v for k, v in meta.items() if isinstance(v, str | int | float | bool)},
    )


def _authors(meta: dict[str, Any], site: Site | None) -> tuple[Author, ...]:
    names = _strings(meta.get("authors")) or _strings(meta.get("author"))
    profiles = site.authors if site else {}
    by_name = {a.name.lower(): a for a in profiles.values()}
    out = []
    for name in names:
        out.append(profiles.get(name) or by_name.get(name.lower()) or Author(name))
    return tuple(out)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(s.strip() for s in value.split(",") if s.strip()) if "," in value else (
            (value.strip(),) if value.strip() else ()
        )
    if isinstance(value, list | tuple):
        out: list[str] = []
        for v in value:
            if isinstance(v, dict):
                v = v.get("name")
            if v is not None and str(v).strip():
                out.append(str(v).strip())
        return tuple(out)
    if isinstance(value, dict) and value.get("name"):
        return (str(value["name"]),)
    return (str(value),)


def _str(value: Any) -> str | None:
    return None if value is None else str(value).strip() or None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
