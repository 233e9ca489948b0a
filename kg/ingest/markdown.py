"""Markdown body to NLP text, keeping a map back to the source offsets.

Code (fenced, indented, Liquid ``highlight``/``codeblock``, ``<pre>``),
Liquid tags, HTML tags, images and bare URLs are left out of the text; link
text stays in and its target is kept as a :class:`Link`; headings become
:class:`Heading` records. Blocks are separated by blank lines so that spaCy's
sentence splitter never joins a heading or a list item to the next sentence.

A hand-written scanner rather than a Markdown library: the libraries give
line ranges at best, and evidence needs character offsets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from kg.ingest.post import Block, Heading, Link, Mark, OffsetMap

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_LIQUID_CODE = re.compile(r"\{%-?\s*(highlight|codeblock|code|raw|comment)\b.*?%\}")
_ATX = re.compile(r"^\s{0,3}(#{1,6})[ \t]*(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HR = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_REFDEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*)?\s*$")
_LIST = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$")
_EMPH_TAG = re.compile(r"^</?(b|strong|i|em)\s*>$", re.I)
_SKIP_BLOCK = re.compile(r"^\s*<(pre|script|style)\b", re.I)

_INLINE = re.compile(
    r"""
    (?P<img>!\[[^\]]*\]\([^)]*\))
    |(?P<link>\[(?P<lt>(?:[^\[\]]|\[[^\]]*\])*)\]\(\s*(?P<lu><[^>]*>|[^)\s]*)
        (?:\s+(?:"[^"]*"|'[^']*'))?\s*\))
    |(?P<ref>\[(?P<rt>[^\[\]]+)\]\s?\[(?P<rid>[^\]]*)\])
    |(?P<alink><a\s[^>]*?href\s*=\s*["'](?P<au>[^"']+)["'][^>]*>(?P<at>.*?)</a\s*>)
    |(?P<auto><(?:https?|mailto|ftp):[^>\s]+>)
    |(?P<url>\b(?:https?|ftp)://[^\s<>()\]]+)
    |(?P<comment><!--.*?-->)
    |(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
    |(?P<liquid>\{%.*?%\}|\{\{.*?\}\})
    |(?P<code>`+)(?P<ct>.+?)(?P=code)
    |(?P<ent>&(?:[a-zA-Z]{2,8}|\#\d{1,6}|\#x[0-9a-fA-F]{1,6});)
    |(?P<esc>\\[\\`*_{}\[\]()#+\-.!|])
    |(?P<emph>\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w))
    """,
    re.X,
)


@dataclass
class _Text:
    """Accumulates output text and the runs that map it back to the source."""

    parts: list[str] = field(default_factory=list)
    text_starts: list[int] = field(default_factory=list)
    source_starts: list[int] = field(default_factory=list)
    pos: int = 0
    blocks: list[Block] = field(default_factory=list)
    _next_src: int = -1
    _block: tuple[str, int, int] | None = None  # kind, depth, start of the open block

    def copy(self, s: str, src: int) -> None:
        if not s:
            return
        if src != self._next_src:
            self.text_starts.append(self.pos)
            self.source_starts.append(src)
        self.parts.append(s)
        self.pos += len(s)
        self._next_src = src + len(s)

    def synth(self, s: str, src: int) -> None:
        """Text that stands for source at ``src`` without being copied from it."""
        self.text_starts.append(self.pos)
        self.source_starts.append(src)
        self.parts.append(s)
        self.pos += len(s)
        self._next_src = -1

    def tail(self, n: int) -> str:
        out = ""
        for part in reversed(self.parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:]

    def begin(self, kind: str, src: int, depth: int = 0) -> None:
        """Start a block of ``kind`` after a block boundary."""
        self.brk(src)
        self._block = (kind, depth, self.pos)

    def end_block(self) -> None:
        """Record the open block, trimmed of white space, if it holds any text."""
        if self._block is None:
            return
        kind, depth, start = self._block
        self._block = None
        body = self.tail(self.pos - start) if self.pos > start else ""
        lead, trail = len(body) - len(body.lstrip()), len(body) - len(body.rstrip())
        if body.strip():
            self.blocks.append(Block(kind, start + lead, self.pos - trail, depth))

    def brk(self, src: int) -> None:
        """A block boundary: a blank line, never doubled."""
        self.end_block()
        if self.pos == 0:
            return
        t = self.tail(2)
        if t == "\n\n":
            return
        self.synth("\n" if t.endswith("\n") else "\n\n", src)


@dataclass(frozen=True)
class Converted:
    text: str
    offsets: OffsetMap
    links: tuple[Link, ...]
    headings: tuple[Heading, ...]
    blocks: tuple[Block, ...] = ()
    marks: tuple[Mark, ...] = ()


def convert(source: str, body_start: int = 0) -> Converted:
    """Turn the body of ``source`` (from ``body_start``) into NLP text."""
    lines: list[tuple[str, int]] = []
    pos = body_start
    for line in source[body_start:].splitlines(keepends=True):
        lines.append((line.rstrip("\r\n"), pos))
        pos += len(line)
    return _Converter(lines).run()


class _Converter:
    """One pass over the body's lines; each kind of block has its own handler.

    Lines inside a skipped region (code, Liquid code, ``<pre>``, comments) are
    swallowed by :meth:`_skipping`; the rest go to the first handler that takes them.
    """

    def __init__(self, lines: list[tuple[str, int]]) -> None:
        self.lines = lines
        refs = {m.group(1).strip().lower(): m.group(2)
                for line, _ in lines if (m := _REFDEF.match(line))}
        self.out = _Text()
        self.links: list[Link] = []
        self.headings: list[Heading] = []
        self.inline = _Inline(self.out, self.links, refs)
        self.end_of_skip: re.Pattern[str] | str | None = None
        self.prev_blank = True
        self.in_list = False
        self.in_indented_code = False
        self.skip_next = False

    def run(self) -> Converted:
        for i, (line, src) in enumerate(self.lines):
            if self.skip_next:
                self.skip_next = False
            elif not self._skipping(line):
                self._line(i, line, src)
        self.out.end_block()
        return Converted(
            text="".join(self.out.parts),
            offsets=OffsetMap(tuple(self.out.text_starts), tuple(self.out.source_starts)),
            links=tuple(self.links),
            headings=tuple(self.headings),
            blocks=tuple(self.out.blocks),
            marks=tuple(self.inline.marks),
        )

    def _skipping(self, line: str) -> bool:
        """Inside code, a Liquid code tag, a ``<pre>`` or a comment: look for its end."""
        end = self.end_of_skip
        if end is None:
            return False
        if isinstance(end, str):  # a fence or the comment closer
            done = line.strip().startswith(end) if end != "-->" else end in line
        else:
            done = bool(end.search(line))
        if done:
            self.end_of_skip = None
        return True

    def _line(self, i: int, line: str, src: int) -> None:
        stripped = line.strip()
        if not stripped:
            self.out.brk(src)
            self.prev_blank = True
            return
        if self.in_indented_code and (line.startswith("    ") or line.startswith("\t")):
            return
        self.in_indented_code = False
        if self._opens_skip(line, src):
            return
        if (line.startswith("    ") or line.startswith("\t")) and self.prev_blank and (
                not self.in_list):
            self.in_indented_code = True
            return
        if _REFDEF.match(line):
            return
        if m := _ATX.match(line):
            self._heading(m.group(2), src + m.start(2), len(m.group(1)))
            return
        nxt = self.lines[i + 1][0] if i + 1 < len(self.lines) else ""
        # A "---" under a paragraph's first line underlines a heading; it is a rule only
        # after a blank line, which the line itself rules out here.
        if self.prev_blank and _SETEXT.match(nxt) and not _LIST.match(line):
            lead = len(line) - len(line.lstrip())
            self._heading(stripped, src + lead, 1 if nxt.strip().startswith("=") else 2)
            self.skip_next = True
            return
        if _HR.match(line) or _TABLE_RULE.match(line):
            self.out.brk(src)
            self.prev_blank = True
            return
        self._text_line(line, src)

    def _opens_skip(self, line: str, src: int) -> bool:
        """Code fences, Liquid code tags, comments and ``<pre>`` blocks open a skip."""
        if m := _FENCE.match(line):
            self.end_of_skip = m.group(1)[0] * 3
        elif m := _LIQUID_CODE.search(line):
            if not re.search(r"\{%-?\s*end" + m.group(1), line[m.end():]):
                self.end_of_skip = re.compile(r"\{%-?\s*end" + m.group(1) + r"\b")
        elif "<!--" in line and "-->" not in line[line.index("<!--"):]:
            head = line[: line.index("<!--")]
            if head.strip():
                self.inline.run(head, src)
            self.end_of_skip = "-->"
            return True
        elif m := _SKIP_BLOCK.match(line):
            if not re.search(rf"</{m.group(1)}\s*>", line, re.I):
                self.end_of_skip = re.compile(rf"</{m.group(1)}\s*>", re.I)
        else:
            return False
        self.out.brk(src)
        return True

    def _heading(self, raw: str, src: int, level: int) -> None:
        out = self.out
        out.begin("heading", src, level)
        self.inline.reset()
        start, first = out.pos, len(out.parts)
        self.inline.run(raw, src)
        text = "".join(out.parts[first:])
        clean = text.strip()
        if clean:
            lead = len(text) - len(text.lstrip())
            self.headings.append(Heading(clean, level, start + lead, start + lead + len(clean)))
        out.brk(src + len(raw))
        self.prev_blank, self.in_list = True, False

    def _text_line(self, line: str, src: int) -> None:
        """A paragraph line, list item, quote line or table row."""
        off, kind, depth = 0, "paragraph", 0
        if m := _QUOTE.match(line):
            off, kind = m.end(), "quote"
        if m := _LIST.match(line, off):
            depth = len(m.group(1).expandtabs(4)) // 2
            self._begin("item", src, depth)
            off = m.end()
            self.in_list = True
        else:
            if self.prev_blank and not line[:1].isspace():
                self.in_list = False
            if self.prev_blank:
                self._begin(kind, src, 0)
        rest = line[off:]
        if rest.lstrip().startswith("|") and rest.count("|") >= 2:
            self._table_row(rest, src + off)
        else:
            if self.out.pos and not self.out.tail(1).isspace():
                self.out.synth(" ", src)
            self.inline.run(rest, src + off)
        self.prev_blank = False

    def _begin(self, kind: str, src: int, depth: int) -> None:
        self.out.begin(kind, src, depth)
        self.inline.reset()

    def _table_row(self, row: str, src: int) -> None:
        self._begin("row", src, 0)
        pos = 0
        for cell in row.split("|"):
            if cell.strip():
                self.inline.run(cell, src + pos)
                self.out.synth("\n", src + pos + len(cell))
            pos += len(cell) + 1
        self.out.end_block()


class _Inline:
    """Inline Markdown: keeps words and link text, drops markup."""

    def __init__(self, out: _Text, links: list[Link], refs: dict[str, str]) -> None:
        self.out = out
        self.links = links
        self.refs = refs
        self.marks: list[Mark] = []
        self._open: dict[bool, int] = {}  # strong? -> where the open emphasis began

    def reset(self) -> None:
        """Emphasis never runs across blocks: forget what a block left open."""
        self._open.clear()

    def _emphasis(self, strong: bool) -> None:
        start = self._open.pop(strong, None)
        if start is None:
            self._open[strong] = self.out.pos
            return
        shown = self.out.tail(self.out.pos - start) if self.out.pos > start else ""
        lead, trail = len(shown) - len(shown.lstrip()), len(shown) - len(shown.rstrip())
        if shown.strip():
            self.marks.append(Mark(start + lead, self.out.pos - trail, strong))

    def run(self, s: str, src: int) -> None:
        last = 0
        for m in _INLINE.finditer(s):
            if m.start() > last:
                self.out.copy(s[last : m.start()], src + last)
            last = m.end()
            # lastgroup names the group that closed last: for code that is the inner "ct".
            kind = "code" if m.group("ct") is not None else m.lastgroup
            if kind == "link":
                self._link(m.group("lt"), src + m.start("lt"), m.group("lu").strip("<>"))
            elif kind == "ref":
                key = (m.group("rid") or m.group("rt")).strip().lower()
                target = self.refs.get(key)
                if target is None:
                    self.run(m.group("rt"), src + m.start("rt"))
                else:
                    self._link(m.group("rt"), src + m.start("rt"), target)
            elif kind == "alink":
                self._link(m.group("at"), src + m.start("at"), m.group("au"))
            elif kind == "code":
                self.out.copy(m.group("ct"), src + m.start("ct"))
            elif kind == "ent":
                self.out.synth(html.unescape(m.group()).replace("\xa0", " "), src + m.start())
            elif kind == "esc":
                self.out.copy(m.group()[1], src + m.start() + 1)
            elif kind == "emph":
                self._emphasis(len(m.group()) >= 2)
            elif kind == "tag" and (name := _EMPH_TAG.match(m.group())):
                self._emphasis(name.group(1).lower() in {"b", "strong"})
        if last < len(s):
            self.out.copy(s[last:], src + last)

    def _link(self, text: str, src: int, target: str) -> None:
        start, first = self.out.pos, len(self.out.parts)
        self.run(text, src)
        end = self.out.pos
        shown = "".join(self.out.parts[first:])
        lead = len(shown) - len(shown.lstrip())
        trail = len(shown) - len(shown.rstrip())
        if shown.strip():
            self.links.append(Link(shown.strip(), target, start + lead, end - trail))
