"""Split a post into front matter and body, with the delimiters Hugo and Jekyll accept.

- YAML opens with a line of three or more dashes and closes with one of three or
  more dashes or Jekyll's ``...`` (so a closing ``------`` is fine, as in Hugo);
- TOML opens and closes with a line of three or more ``+``;
- JSON (Hugo) is an object starting at the first character;
- every delimiter line may end in spaces, tabs or ``\\r`` (CRLF files), and a
  byte order mark or blank lines may come before the opening one (Hugo).
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it
_LEAD = re.compile(r"\A\ufeff?(?:[ \t]*\r?\n)*")
_OPEN = {
    "yaml": re.compile(r"-{3,}[ \t\r]*(?:\n|\Z)"),
    "toml": re.compile(r"\+{3,}[ \t\r]*(?:\n|\Z)"),
}
_CLOSE = {
    "yaml": re.compile(r"^(?:-{3,}|\.\.\.)[ \t\r]*(?:\n|\Z)", re.M),
    "toml": re.compile(r"^\+{3,}[ \t\r]*(?:\n|\Z)", re.M),
}
_REST_OF_LINE = re.compile(r"[ \t\r]*(?:\n|\Z)")


class FrontMatterError(ValueError):
    """Front matter that is missing or does not parse; the message says why."""


def split(source: str) -> tuple[dict[str, Any], int]:
    """Return the parsed front matter and the offset where the body starts."""
    start = _LEAD.match(source).end()  # type: ignore[union-attr]
    if source.startswith("{", start):
        data, body = _json(source, start)
    else:
        kind = next((k for k, rx in _OPEN.items() if rx.match(source, start)), None)
        if kind is None:
            raise FrontMatterError(
                "no front matter (the file must start with '---', '+++' or '{')")
        opening = _OPEN[kind].match(source, start)
        assert opening is not None
        end = _CLOSE[kind].search(source, opening.end())
        if not end:
            fence = source[start : start + 3]
            raise FrontMatterError(f"front matter opened with '{fence}' is never closed")
        raw = source[opening.end() : end.start()]
        if kind == "yaml":
            data = _yaml(raw, first_line=source.count("\n", 0, opening.end()) + 1)
        else:
            data = _toml(raw)
        body = end.end()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter is not a mapping of keys to values")
    return data, body


def _yaml(raw: str, first_line: int) -> Any:
    try:
        return yaml.load(raw, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + first_line}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(f"broken YAML front matter{where}: {problem}") from None


def _toml(raw: str) -> Any:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise FrontMatterError(f"broken TOML front matter: {exc}") from None


def _json(source: str, start: int) -> tuple[Any, int]:
    """Hugo's JSON front matter: one object; the body starts on the line after it."""
    try:
        data, end = json.JSONDecoder().raw_decode(source, start)
    except json.JSONDecodeError as exc:
        raise FrontMatterError(f"broken JSON front matter at line {exc.lineno}: {exc.msg}") \
            from None
    except RecursionError:
        raise FrontMatterError("broken JSON front matter: nested too deeply") from None
    rest = _REST_OF_LINE.match(source, end)
    return data, rest.end() if rest else end
