"""Split a post into front matter and body: YAML (``---``) or TOML (``+++``)."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import yaml

_FENCES = {"---": "yaml", "+++": "toml"}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it
_OPEN = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n")


class FrontMatterError(ValueError):
    """Front matter that is missing or does not parse; the message says why."""


def split(source: str) -> tuple[dict[str, Any], int]:
    """Return the parsed front matter and the offset where the body starts."""
    opening = _OPEN.match(source)
    if not opening:
        raise FrontMatterError("no front matter (the file must start with '---' or '+++')")
    fence = opening.group(1)
    closing = re.compile(rf"^{re.escape(fence)}[ \t]*(?:\r?\n|\Z)", re.M)
    end = closing.search(source, opening.end())
    if not end:
        raise FrontMatterError(f"front matter opened with '{fence}' is never closed")
    raw = source[opening.end() : end.start()]
    if _FENCES[fence] == "yaml":
        data = _yaml(raw, first_line=2)
    else:
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise FrontMatterError(f"broken TOML front matter: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter is not a mapping of keys to values")
    return data, end.end()


def _yaml(raw: str, first_line: int) -> Any:
    try:
        return yaml.load(raw, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + first_line}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(f"broken YAML front matter{where}: {problem}") from None
