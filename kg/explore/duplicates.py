"""Labels that name more than one node: entity-resolution misses, to be fixed at the source.

Two entities are listed together when their labels are the same once case, accents,
spaces and punctuation are set aside ("AppsWorld" and "Apps World", "YouTube" as an
Organization and as Software), or when one label is the other with one letter more
("Load Balancers", "Karissa Booth"; labels of more than eight letters only).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import TYPE_CHECKING

from kg.explore.records import Entity, Records

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ["group", "label", "type", "posts", "iri"]
TYPO_MIN = 8  # labels at least this long (as keys) may differ by one edit


def key(label: str) -> str:
    """A label with case, accents, spaces and punctuation set aside (``+`` and ``#`` kept)."""
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode() or label
    return "".join(c for c in text.casefold() if c.isalnum() or c in "+#") or label.casefold()


def groups(records: Records) -> list[list[Entity]]:
    """Entities sharing a (near-)same label, each group most-named first, largest first.

    Sessions are scoped to their post, so a group of sessions only is not a miss.
    """
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for entity in records.entities.values():
        by_key[key(entity.label)].append(entity)
    out = [sorted(g, key=lambda e: (-len(records.posts_of(e.iri)), e.type, e.iri))
           for g in _merge_typos(by_key)
           if len(g) > 1 and any(e.type != "Session" for e in g)]
    return sorted(out, key=lambda g: (-len(g), key(g[0].label)))


def _merge_typos(by_key: dict[str, list[Entity]]) -> list[list[Entity]]:
    """Join each long key with the keys it becomes with one letter fewer (not a digit)."""
    joined = {k: list(v) for k, v in by_key.items()}
    for k in sorted(by_key, key=len, reverse=True):
        if len(k) <= TYPO_MIN or k not in joined:
            continue
        for i, c in enumerate(k):
            shorter = k[:i] + k[i + 1:]
            if not c.isdigit() and shorter != k and shorter in joined:
                joined[shorter].extend(joined.pop(k))
                break
    return list(joined.values())


def table(records: Records) -> pd.DataFrame:
    """One row per entity of each group: ``group``, ``label``, ``type``, ``posts``, ``iri``."""
    import pandas as pd

    rows = [(number, e.label, e.type, len(records.posts_of(e.iri)), e.iri)
            for number, group in enumerate(groups(records), start=1) for e in group]
    return pd.DataFrame(rows, columns=COLUMNS)
