"""Shared helpers for the make_*.py gazetteer scripts (standard library only).

Curated data is written in the scripts as compact tables, one entry a line:

    name ; alias1|alias2 ; ambiguous(0/1) ; Wikidata Q-id

Trailing fields may be left off. Lines starting with '#' are comments.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ("name", "type", "aliases", "wikidata", "ambiguous")
TYPES = ("Software", "Organization", "Event", "Place")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")


def parse_table(text: str, type_: str) -> list[tuple[str, str, tuple[str, ...], str, int]]:
    """Parse a curated table into (name, type, aliases, qid, ambiguous) tuples."""
    assert type_ in TYPES, type_
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(";")]
        if len(parts) > 4:
            raise ValueError(f"too many fields: {raw!r}")
        parts += [""] * (4 - len(parts))
        name, aliases, amb, qid = parts
        al = tuple(a.strip() for a in aliases.split("|") if a.strip())
        if amb not in ("", "0", "1"):
            raise ValueError(f"bad ambiguous flag in {raw!r}")
        if qid and not QID_RE.match(qid):
            raise ValueError(f"bad Q-id in {raw!r}")
        out.append((name, type_, al, qid, int(amb or 0)))
    return out


def entry(name, type_, aliases=(), qid="", amb=0):
    return (name, type_, tuple(aliases), qid, int(amb))


def finalize(entries):
    """Merge exact duplicates, drop aliases equal to the name, sort deterministically."""
    merged: dict[tuple[str, str], list] = {}
    for name, type_, aliases, qid, amb in entries:
        # One thing per name whatever its casing ("GigaOM", "GigaOm"): the extractor keys
        # entities by the lower-cased name, so the later casing becomes an alias.
        key = (name.casefold(), type_)
        if key in merged and merged[key][0] != name:
            aliases = (name, *aliases)
        if key in merged:
            m = merged[key]
            if qid and m[3] and qid != m[3]:
                raise ValueError(f"conflicting Q-ids for {key}: {qid} vs {m[3]}")
            m[2] = list(dict.fromkeys(m[2] + list(aliases)))
            m[3] = m[3] or qid
            m[4] = max(m[4], amb)
        else:
            merged[key] = [name, type_, list(dict.fromkeys(aliases)), qid, amb]
    rows = []
    for name, type_, aliases, qid, amb in merged.values():
        aliases = [a for a in aliases if a != name]
        for v in [name, *aliases]:
            if "\t" in v or "\n" in v or "|" in v:
                raise ValueError(f"bad character in {v!r}")
        rows.append((name, type_, "|".join(aliases), qid, str(amb)))
    rows.sort(key=lambda r: (r[1], r[0].casefold(), r[0]))
    return rows


def write_tsv(filename: str, entries) -> Path:
    rows = finalize(entries)
    path = HERE / filename
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {path.name}: {len(rows)} entries")
    return path
