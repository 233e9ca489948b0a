"""The ``Post`` seam: everything downstream needs from one source file.

A post is read once. NLP works on ``text``; every offset in it maps back to
the source file through ``to_source`` so evidence can point at the original
bytes a reader sees in their editor.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Link:
    """A Markdown or HTML link: its text span in ``Post.text`` and its target URL."""

    text: str
    target: str
    start: int
    end: int


@dataclass(frozen=True)
class Heading:
    """A section heading: its span in ``Post.text`` and its level (1 = ``#``)."""

    text: str
    level: int
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A block of the body as a reader sees it: a heading, paragraph, list item, table row
    or quote, with its span in ``Post.text``. ``depth`` is a heading's level or a list
    item's nesting (0 for the outermost)."""

    kind: str
    start: int
    end: int
    depth: int = 0


@dataclass(frozen=True)
class Mark:
    """An emphasised span of ``Post.text``: bold (``strong``) or italic."""

    start: int
    end: int
    strong: bool


@dataclass(frozen=True)
class Author:
    """A post author, enriched from a site's author profiles when there are any."""

    name: str
    job: str | None = None
    twitter: str | None = None
    github: str | None = None


@dataclass(frozen=True)
class OffsetMap:
    """Maps text offsets to source offsets as sorted runs of copied characters.

    Each run ``(text_start, source_start)`` says that text from ``text_start``
    on was copied from ``source_start`` on, until the next run begins.
    """

    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]

    def __call__(self, offset: int) -> int:
        i = bisect_right(self.text_starts, offset) - 1
        if i < 0:
            return self.source_starts[0] if self.source_starts else 0
        return self.source_starts[i] + (offset - self.text_starts[i])


@dataclass(frozen=True)
class Post:
    """One blog post, parsed once: metadata, NLP text, and the structure around it."""

    identifier: str
    path: Path
    title: str
    text: str
    offsets: OffsetMap
    content_hash: str
    date: date | None = None
    source_length: int = 0  # characters in the source file: the bound of every offset
    authors: tuple[Author, ...] = ()
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    headings: tuple[Heading, ...] = ()
    blocks: tuple[Block, ...] = ()
    marks: tuple[Mark, ...] = ()
    events: tuple[dict[str, Any], ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source-file offsets of the text span ``[start, end)``.

        Whitespace at the ends of the span is left out: it is often a block break the
        converter made up, which stands at a source offset but has no source characters, so
        a span ending in one would end past its last word (or past the end of the file).
        """
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end <= start:
            s = self._inside(self.offsets(start))
            return s, s
        return self._inside(self.offsets(start)), self._inside(self.offsets(end - 1) + 1)

    def _inside(self, offset: int) -> int:
        # Text made up after the last source character (a final block break) maps past it.
        return min(offset, self.source_length) if self.source_length else offset
