"""A company's branch named by its country or region: "Rackspace UK", "Red Hat
France", "IBM Japan", "Microsoft EMEA".

The country after a company's name, with nothing between them, names the company's
arm there, not a place the sentence is about.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.names.eventnames import REGIONS

COUNTRIES = frozenset(REGIONS) | {
    "APJ", "Argentina", "Austria", "Belgium", "Benelux", "Chile", "Colombia", "Czechia",
    "Denmark", "Deutschland", "Egypt", "España", "Finland", "France", "Germany", "Greece",
    "Hungary", "Iberia", "Indonesia", "Ireland", "Italia", "Italy", "Japan", "Kenya", "LATAM",
    "Malaysia", "Mexico", "México", "Netherlands", "New Zealand", "Nigeria", "Nordics",
    "Norway", "Philippines", "Poland", "Portugal", "Romania", "Russia", "Scotland",
    "South Africa", "Spain", "Sweden", "Switzerland", "Taiwan", "Thailand", "Turkey",
    "United Kingdom", "United States", "Vietnam", "Wales",
}


def org_branches(chosen: list[Span]) -> list[Span]:
    """``chosen`` with each "company country" pair merged into one organisation."""
    if not chosen:
        return chosen
    doc = chosen[0].doc
    by_start = {s.start: s for s in chosen}
    out = list(chosen)
    for org in [s for s in chosen if s.label_ == "Organization"]:
        place = by_start.get(org.end)
        if place is None or place.label_ != "Place" or place.text not in COUNTRIES:
            continue
        if doc[org.end - 1].whitespace_ != " " or org[-1].text in {"'s", "’s"}:
            continue
        if place.end < len(doc) and doc[place.end].text[:1].isupper() and (
                doc[place.end].is_alpha and doc[place.end - 1].whitespace_):
            continue  # "Acme UK Summit": a longer name
        out = [s for s in out if s is not org and s is not place]
        out.append(Span(doc, org.start, place.end, label="Organization"))
    return out
