"""Gold annotations: one JSON file per post, as GUIDELINES.md of the gold set describes.

Reading is strict, because a silently skipped gold file or entity changes
every score: anything malformed is a :class:`GoldError` naming the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError, KGError

HALVES = ("A", "B")


class GoldError(InputError):
    """A gold folder or file that cannot be scored against; names the file and the cause."""


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRelation:
    subject: str  # a GoldEntity id
    name: str
    object: str
    evidence: str = ""


@dataclass(frozen=True)
class GoldDoc:
    """The gold annotation of one post; ``doc`` is the post's file name."""

    path: Path
    doc: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]

    def entity(self, entity_id: str) -> GoldEntity:
        return next(e for e in self.entities if e.id == entity_id)


def load_gold(folder: Path | str) -> list[GoldDoc]:
    """Every ``*.json`` gold file of ``folder``, sorted by file name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(folder, "no such gold folder")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(folder, "no gold files (*.json) in this folder")
    return [read_gold(path) for path in files]


def read_gold(path: Path) -> GoldDoc:
    """One gold file; checks the shape the scorer relies on, not the annotation choices."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(path, f"cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise GoldError(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise GoldError(path, f"broken JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise GoldError(path, "not a JSON object with doc, entities and relations")
    doc = data.get("doc")
    if not isinstance(doc, str) or not doc.strip():
        raise GoldError(path, "no 'doc' (the post's file name)")
    entities = tuple(_entity(path, i, e) for i, e in enumerate(_list(path, data, "entities")))
    ids = {e.id for e in entities}
    if len(ids) != len(entities):
        raise GoldError(path, "two entities share an id")
    relations = tuple(_relation(path, i, r, ids)
                      for i, r in enumerate(_list(path, data, "relations")))
    return GoldDoc(path, doc.strip(), entities, relations)


def select_half(docs: list[GoldDoc], half: str | None) -> list[GoldDoc]:
    """Half A is the 1st, 3rd, 5th... gold file in file-name order, half B the others.

    File names start with the post date, so alternating spreads both halves over
    the years and the kinds of post, and a new gold file changes the halves only
    from its own place on.
    """
    if half is None:
        return docs
    if half not in HALVES:
        raise KGError(f"unknown half {half!r} (choose A or B)")
    ordered = sorted(docs, key=lambda d: d.path.name)
    return ordered[HALVES.index(half)::2]


def _list(path: Path, data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise GoldError(path, f"'{key}' is not a list")
    return value


def _entity(path: Path, i: int, e: Any) -> GoldEntity:
    from kg.graph.contract import TYPE_CLASS

    if not isinstance(e, dict):
        raise GoldError(path, f"entity {i + 1} is not an object")
    where = f"entity {e.get('id', i + 1)!s}"
    for key in ("id", "type", "name"):
        if not isinstance(e.get(key), str) or not e[key].strip():
            raise GoldError(path, f"{where} has no '{key}'")
    if e["type"] not in TYPE_CLASS:
        raise GoldError(path, f"{where} has unknown type {e['type']!r} "
                              f"(one of {', '.join(TYPE_CLASS)})")
    aliases = e.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GoldError(path, f"{where}: 'aliases' is not a list of strings")
    return GoldEntity(e["id"], e["type"], e["name"], tuple(aliases))


def _relation(path: Path, i: int, r: Any, ids: set[str]) -> GoldRelation:
    from kg.graph.contract import RELATION_PREDICATE

    if not isinstance(r, dict):
        raise GoldError(path, f"relation {i + 1} is not an object")
    for key in ("s", "p", "o"):
        if not isinstance(r.get(key), str):
            raise GoldError(path, f"relation {i + 1} has no '{key}'")
    if r["p"] not in RELATION_PREDICATE:
        raise GoldError(path, f"relation {i + 1} has unknown name {r['p']!r}")
    for end in (r["s"], r["o"]):
        if end not in ids:
            raise GoldError(path, f"relation {i + 1} refers to no entity {end!r}")
    return GoldRelation(r["s"], r["p"], r["o"], str(r.get("evidence") or ""))
