"""Domain gazetteers from ``data/gazetteers/*.tsv`` and the spaCy component that matches them.

Matching is case-sensitive on the listed forms: "Heat" the OpenStack
project and "heat" the word differ by case, and the lists spell out the
casings writers really use. Entries flagged ``ambiguous`` (names that are
also ordinary words) are only proposed here; :mod:`kg.nlp.names.entities` accepts
them when the context says they are names.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.data import GAZETTEER_DIR
from kg.nlp.extraction import ENTITY_TYPES
from kg.nlp.names.patterncache import token_keys

DEFAULT_DIR = GAZETTEER_DIR
SPAN_KEY = "kg_gazetteer"


@dataclass(frozen=True)
class Entry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    ambiguous: bool = False


@dataclass
class Gazetteer:
    """Surface form to entries; a form may name several things (then it is ambiguous)."""

    entries: list[Entry] = field(default_factory=list)
    forms: dict[str, list[Entry]] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        for form in (entry.name, *entry.aliases):
            bucket = self.forms.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    def lookup(self, form: str) -> list[Entry]:
        return self.forms.get(form, [])

    def canonical(self, name: str, type_: str) -> Entry | None:
        """The entry of ``type_`` that ``name`` names, if the lists know it."""
        for entry in self.forms.get(name, ()):
            if entry.type == type_:
                return entry
        return None

    @classmethod
    def load(cls, paths: Iterable[Path]) -> Gazetteer:
        gaz = cls()
        for path in paths:
            with open(path, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    type_ = (row.get("type") or "").strip()
                    name = (row.get("name") or "").strip()
                    if not name or type_ not in ENTITY_TYPES:
                        continue
                    aliases = tuple(
                        a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()
                    )
                    gaz.add(
                        Entry(
                            name=name,
                            type=type_,
                            aliases=aliases,
                            wikidata=(row.get("wikidata") or "").strip() or None,
                            ambiguous=(row.get("ambiguous") or "0").strip() == "1",
                        )
                    )
        return gaz

    @classmethod
    def from_dir(cls, directory: Path | str = DEFAULT_DIR) -> Gazetteer:
        """The lists of a folder, read once per process (three components share them)."""
        return _load_dir(str(Path(directory).resolve()))


@lru_cache(maxsize=4)
def _load_dir(directory: str) -> Gazetteer:
    return Gazetteer.load(sorted(Path(directory).glob("*.tsv")))


class GazetteerMatcher:
    """Proposes every gazetteer form found in the text as a span in ``doc.spans["kg_gazetteer"]``.

    The span label is the entry type and ``kb_id_`` the canonical name;
    overlapping proposals are kept, :mod:`kg.nlp.names.entities` chooses.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # The forms' token keys, tokenised once and then read from the cache.
        keys, self.cached = token_keys(nlp, list(gazetteer.forms))
        self.matcher.add("G", keys)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            for entry in self.gazetteer.lookup(span.text):
                spans.append(Span(doc, start, end, label=entry.type, kb_id=entry.name))
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kg_gazetteer", default_config={"directory": None})
def make_gazetteer(nlp: Language, name: str, directory: str | None) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, Gazetteer.from_dir(directory or DEFAULT_DIR))
