"""An organisation's name followed by a street address names the place, a venue.

"hacking at Acme Labs, 875 Market St." meets at the company's office: the name stands
for a building there. Rule (``rules_off``): street_addresses.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.nlp.records import text_of

_ADDRESS = re.compile(r"^,?\s+\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:St|Street|Ave|Avenue|Blvd|"
                      r"Boulevard|Rd|Road|Dr|Drive|Way|Lane|Ln|Pl|Place|Pkwy|Parkway|Sq|Square)"
                      r"\b")


def street_addresses(chosen: list[Span]) -> list[Span]:
    """``chosen`` with each organisation that a street address follows typed Place."""
    if not chosen:
        return chosen
    text = text_of(chosen[0].doc)
    return [Span(s.doc, s.start, s.end, label="Place", kb_id=s.kb_id)
            if s.label_ == "Organization" and _ADDRESS.match(text[s.end_char:s.end_char + 80])
            else s for s in chosen]
