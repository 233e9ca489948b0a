"""Finding an entity from what a person types: a label or an alias, in any case.

A name may be qualified with its type (``Software:OpenStack``) or given as the
entity's IRI when two entities share it. A name that matches nothing, or more
than one entity, raises :class:`~kg.errors.LookupFailed` listing candidates,
so the user can retry without reading the graph.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

from kg.errors import LookupFailed
from kg.explore.records import ENTITY_TYPES, Entity, Records

TYPE_NAMES = {t.lower(): t for t in ENTITY_TYPES} | {"softwareapplication": "Software"}
MAX_CANDIDATES = 8


def find(records: Records, name: str, types: Iterable[str] | None = None) -> Entity:
    """The one entity called ``name`` (label first, then alias), of one of ``types``."""
    wanted = set(types) if types else set(ENTITY_TYPES)
    text = name.strip()
    if text in records.entities:
        return records.entities[text]
    kind, sep, rest = text.partition(":")
    if sep and kind.strip().lower() in TYPE_NAMES and rest.strip():
        wanted &= {TYPE_NAMES[kind.strip().lower()]}
        text = rest.strip()
    by_label, by_alias = _index(records)
    key = text.casefold()
    for table in (by_label, by_alias):
        found = [e for e in table.get(key, []) if e.type in wanted]
        if len(found) == 1:
            return found[0]
        if found:
            raise LookupFailed(_ambiguous(records, name, found))
    raise LookupFailed(_unknown(records, name, wanted))


def _index(records: Records) -> tuple[dict[str, list[Entity]], dict[str, list[Entity]]]:
    by_label: dict[str, list[Entity]] = defaultdict(list)
    by_alias: dict[str, list[Entity]] = defaultdict(list)
    for entity in records.entities.values():
        by_label[entity.label.casefold()].append(entity)
        for alias in entity.aliases:
            by_alias[alias.casefold()].append(entity)
    return by_label, by_alias


def describe(records: Records, entity: Entity) -> str:
    """``Type:Label (n posts)``: how a candidate is listed, in the form ``find`` accepts."""
    n = len(records.posts_of(entity.iri))
    return f"{entity.type}:{entity.label} ({n} post{'s' if n != 1 else ''})"


def _ambiguous(records: Records, name: str, found: list[Entity]) -> str:
    found = sorted(found, key=lambda e: (-len(records.posts_of(e.iri)), e.type, e.iri))
    same = len({(e.type, e.label) for e in found}) < len(found)
    lines = [f"  {describe(records, e)}" + (f" <{e.iri}>" if same else "")
             for e in found[:MAX_CANDIDATES]]
    how = "give the IRI" if same else "write TYPE:NAME"
    return f"{name!r} names {len(found)} entities; {how} to choose:\n" + "\n".join(lines)


def _unknown(records: Records, name: str, wanted: set[str]) -> str:
    key = name.split(":", 1)[-1].strip().casefold()
    pool = [e for e in records.entities.values() if e.type in wanted]
    names: dict[str, list[Entity]] = defaultdict(list)
    for entity in pool:
        for text in (entity.label, *entity.aliases):
            names[text.casefold()].append(entity)
    close = difflib.get_close_matches(key, list(names), n=MAX_CANDIDATES, cutoff=0.75)
    inside = sorted((n for n in names if key and key in n and n not in close), key=len)
    seen: dict[str, Entity] = {}
    for text in [*close, *inside]:
        for entity in names[text]:
            seen.setdefault(entity.iri, entity)
    kinds = "" if wanted == set(ENTITY_TYPES) else f" of type {', '.join(sorted(wanted))}"
    if not seen:
        return f"no entity{kinds} is called {name!r}"
    lines = [f"  {describe(records, e)}" for e in list(seen.values())[:MAX_CANDIDATES]]
    return f"no entity{kinds} is called {name!r}; did you mean:\n" + "\n".join(lines)
