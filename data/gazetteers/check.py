"""Validate every gazetteer TSV in this folder and print counts.

Checks: exact header; five fields a line; type in the allowed set; Wikidata id
format; ambiguous flag 0/1; no empty or 1-character alias; a 1-character name
must be flagged ambiguous; no duplicate (name, type) within or across files; a
surface form (name or alias) that belongs to two entries is an error unless
both entries are flagged ambiguous=1; no duplicate Q-id on two entries.

Run: /work/main/.venv/bin/python data/gazetteers/check.py   (exit 1 on errors)
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "name\ttype\taliases\twikidata\tambiguous"
TYPES = {"Software", "Organization", "Event", "Place"}
QID_RE = re.compile(r"^Q[1-9][0-9]*$")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    seen_key: dict[tuple[str, str], str] = {}
    surface: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
    qids: dict[str, list[str]] = defaultdict(list)
    counts: dict[str, Counter] = {}
    files = sorted(HERE.glob("*.tsv"))
    if not files:
        print("no TSV files found")
        return 1
    for path in files:
        c = Counter()
        counts[path.name] = c
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or lines[0] != HEADER:
            errors.append(f"{path.name}: bad header {lines[0] if lines else ''!r}")
            continue
        for no, line in enumerate(lines[1:], start=2):
            where = f"{path.name}:{no}"
            f = line.split("\t")
            if len(f) != 5:
                errors.append(f"{where}: {len(f)} fields")
                continue
            name, type_, aliases, qid, amb = f
            if not name or name != name.strip():
                errors.append(f"{where}: empty or padded name {name!r}")
            if type_ not in TYPES:
                errors.append(f"{where}: bad type {type_!r}")
            if qid and not QID_RE.match(qid):
                errors.append(f"{where}: bad wikidata id {qid!r}")
            if amb not in ("0", "1"):
                errors.append(f"{where}: bad ambiguous flag {amb!r}")
            amb_i = 1 if amb == "1" else 0
            if len(name) < 2 and not amb_i:
                errors.append(f"{where}: 1-character name {name!r} not flagged ambiguous")
            al = aliases.split("|") if aliases else []
            for a in al:
                if len(a) < 2 or a != a.strip():
                    errors.append(f"{where}: bad alias {a!r}")
            if len(set(al)) != len(al) or name in al:
                errors.append(f"{where}: repeated alias in {name!r}")
            key = (name, type_)
            if key in seen_key:
                errors.append(f"{where}: duplicate entry {key} (also {seen_key[key]})")
            seen_key[key] = where
            if qid:
                qids[qid].append(where)
            for s in dict.fromkeys([name, *al]):
                surface[s].append((where, name, type_, amb_i))
            c[type_] += 1
    for s, owners in sorted(surface.items()):
        if len(owners) < 2:
            continue
        if all(o[3] for o in owners):
            continue
        desc = "; ".join(f"{w} {n} ({t}, amb={a})" for w, n, t, a in owners)
        errors.append(f"surface form {s!r} shared by: {desc}")
    for q, wh in sorted(qids.items()):
        if len(wh) > 1:
            errors.append(f"Q-id {q} used by {', '.join(wh)}")
    total = Counter()
    for fname, c in counts.items():
        total.update(c)
        parts = ", ".join(f"{t} {c[t]}" for t in sorted(c))
        print(f"{fname}: {sum(c.values())} entries ({parts})")
    print(f"TOTAL: {sum(total.values())} entries ("
          + ", ".join(f"{t} {total[t]}" for t in sorted(total)) + ")")
    print(f"surface forms: {len(surface)}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
