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

from kg.ingest.post import Heading, Link, OffsetMap

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_LIQUID_CODE = re.compile(r"\{%-?\s*(highlight|codeblock|code|raw|comment)\b.*?%\}")
_ATX = re.compile(r"^\s{0,3}(#{1,6})[ \t]*(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HR = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_REFDEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*)?\s*$")
_LIST = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$")
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
    _next_src: int = -1

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

    def brk(self, src: int) -> None:
        """A block boundary: a blank line, never doubled."""
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


def convert(source: str, body_start: int = 0) -> Converted:
    """Turn the body of ``source`` (from ``body_start``) into NLP text."""
    lines: list[tuple[str, int]] = []
    pos = body_start
    for line in source[body_start:].splitlines(keepends=True):
        lines.append((line.rstrip("\r\n"), pos))
        pos += len(line)
    refs = {
        m.group(1).strip().lower(): m.group(2)
        for line, _ in lines
        if (m := _REFDEF.match(line))
    }
    out = _Text()
    links: list[Link] = []
    headings: list[Heading] = []
    inline = _Inline(out, links, refs)

    fence: str | None = None
    liquid_end: re.Pattern[str] | None = None
    skip_end: re.Pattern[str] | None = None
    in_comment = False
    prev_blank = True
    in_list = False
    in_indented_code = False
    skip_next = False

    for i, (line, src) in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if fence:
            if line.strip().startswith(fence):
                fence = None
            continue
        if liquid_end:
            if liquid_end.search(line):
                liquid_end = None
            continue
        if skip_end:
            if skip_end.search(line):
                skip_end = None
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        stripped = line.strip()
        if not stripped:
            out.brk(src)
            prev_blank = True
            continue
        if in_indented_code and (line.startswith("    ") or line.startswith("\t")):
            continue
        in_indented_code = False
        if m := _FENCE.match(line):
            fence = m.group(1)[0] * 3
            out.brk(src)
            continue
        if m := _LIQUID_CODE.search(line):
            if not re.search(r"\{%-?\s*end" + m.group(1), line[m.end() :]):
                liquid_end = re.compile(r"\{%-?\s*end" + m.group(1) + r"\b")
            out.brk(src)
            continue
        if "<!--" in line and "-->" not in line[line.index("<!--") :]:
            head = line[: line.index("<!--")]
            if head.strip():
                inline.run(head, src)
            in_comment = True
            continue
        if m := _SKIP_BLOCK.match(line):
            tag = m.group(1)
            if not re.search(rf"</{tag}\s*>", line, re.I):
                skip_end = re.compile(rf"</{tag}\s*>", re.I)
            out.brk(src)
            continue
        if (line.startswith("    ") or line.startswith("\t")) and prev_blank and not in_list:
            in_indented_code = True
            continue
        if _REFDEF.match(line):
            continue
        if m := _ATX.match(line):
            _heading(out, inline, headings, m.group(2), src + m.start(2), len(m.group(1)))
            prev_blank, in_list = True, False
            continue
        nxt = lines[i + 1][0] if i + 1 < len(lines) else ""
        # A "---" under a paragraph's first line underlines a heading; it is a rule only
        # after a blank line, which the line itself rules out here.
        if prev_blank and line.strip() and _SETEXT.match(nxt) and not _LIST.match(line):
            lead = len(line) - len(line.lstrip())
            level = 1 if nxt.strip().startswith("=") else 2
            _heading(out, inline, headings, stripped, src + lead, level)
            skip_next = True
            prev_blank, in_list = True, False
            continue
        if _HR.match(line) or _TABLE_RULE.match(line):
            out.brk(src)
            prev_blank = True
            continue
        body, off = line, 0
        if m := _QUOTE.match(body):
            off = m.end()
        if m := _LIST.match(body, off):
            out.brk(src)
            off = m.end()
            in_list = True
        elif prev_blank and not line[:1].isspace():
            in_list = False
        rest = body[off:]
        if rest.lstrip().startswith("|") and rest.count("|") >= 2:
            _table_row(out, inline, rest, src + off)
        else:
            if out.pos and not out.tail(1).isspace():
                out.synth(" ", src)
            inline.run(rest, src + off)
        prev_blank = False
    text = "".join(out.parts)
    return Converted(
        text=text,
        offsets=OffsetMap(tuple(out.text_starts), tuple(out.source_starts)),
        links=tuple(links),
        headings=tuple(headings),
    )


def _heading(
    out: _Text, inline: _Inline, headings: list[Heading], raw: str, src: int, level: int
) -> None:
    out.brk(src)
    start, first = out.pos, len(out.parts)
    inline.run(raw, src)
    text = "".join(out.parts[first:])
    clean = text.strip()
    if clean:
        lead = len(text) - len(text.lstrip())
        headings.append(Heading(clean, level, start + lead, start + lead + len(clean)))
    out.brk(src + len(raw))


def _table_row(out: _Text, inline: _Inline, row: str, src: int) -> None:
    out.brk(src)
    pos = 0
    for cell in row.split("|"):
        if cell.strip():
            inline.run(cell, src + pos)
            out.synth("\n", src + pos + len(cell))
        pos += len(cell) + 1


class _Inline:
    """Inline Markdown: keeps words and link text, drops markup."""

    def __init__(self, out: _Text, links: list[Link], refs: dict[str, str]) -> None:
        self.out = out
        self.links = links
        self.refs = refs

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
