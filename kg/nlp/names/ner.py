"""The statistical NER of the English model, run only where an unknown name can be.

The model is the costly part of the pipeline, and most of a technical post
holds no name it could add: sentences without capitals, and capitalised
words the gazetteer or a link already explained ("OpenStack", a linked
speaker). So the model sees only windows around the *unexplained*
capitalised words, wide enough to cover what its convolutional layers look
at. The model's labels are mapped to the project's six types here.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START, SHAPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.names.cues import SPAN_KEY as CUE_KEY
from kg.nlp.names.gazetteer import SPAN_KEY as GAZ_KEY
from kg.nlp.names.stopnames import GENERIC
from kg.nlp.spans import subdoc

SPAN_KEY = "kg_ner"
LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "EVENT": "Event",
    "PRODUCT": "Software",
}
# Capitalised words that never start a name worth the model's time.
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"}
_NEVER = _MONTHS | {"I", "I'm", "I've", "I'll", "I'd", "OK", "Ok", "A", "The", "This", "That",
          "These",
          "It", "We", "You", "Our", "My", "If", "In", "On", "For", "And", "But", "Or", "To",
          "Note", "Step", "Click", "Run", "Select", "Enter", "Figure", "Table", "Update"}


def windows(doc: Doc, explained: list[Span], margin: int) -> list[tuple[int, int]]:
    """Token ranges around unexplained capitalised words, within sentences, merged."""
    n = len(doc)
    if not n:
        return []
    attrs = doc.to_array([SHAPE, IS_SPACE, IS_PUNCT, SENT_START, ORTH])
    strings = doc.vocab.strings
    covered = numpy.zeros(n, dtype=bool)
    for span in explained:
        covered[span.start : span.end] = True
    capital: dict[int, bool] = {}
    never = {strings.add(w) for w in _NEVER}
    sent_start = 0
    first_word = True
    starts = []
    for i in range(n):
        if attrs[i, 3] == 1:
            sent_start, first_word = i, True
        if attrs[i, 1] or attrs[i, 2]:
            continue
        shape = int(attrs[i, 0])
        cap = capital.get(shape)
        if cap is None:
            cap = capital[shape] = strings[shape][:1] == "X"
        orth = int(attrs[i, 4])
        if cap and not first_word and not covered[i] and orth not in never:
            word = strings[orth]
            if not (word.isupper() and len(word) <= 4) and word.lower() not in GENERIC:
                starts.append((i, sent_start))
        first_word = False
    sent_bounds = {s.start: s.end for s in doc.sents} if starts else {}
    out: list[tuple[int, int]] = []
    for i, s0 in starts:
        a, b = max(s0, i - margin), min(sent_bounds.get(s0, n), i + margin + 1)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class GatedNER:
    """Runs the model's ``ner`` (disabled in the main flow) on windows that may hold new names."""

    def __init__(self, nlp: Language, source: str, batch_size: int, margin: int) -> None:
        self.nlp = nlp
        self.source = source
        self.batch_size = batch_size
        self.margin = margin

    def __call__(self, doc: Doc) -> Doc:
        ner = self.nlp.get_pipe(self.source)
        explained = list(doc.spans.get(GAZ_KEY, [])) + list(doc.spans.get(CUE_KEY, []))
        ranges = windows(doc, explained, self.margin)
        spans = []
        subdocs = (subdoc(doc[a:b]) for a, b in ranges)
        for (a, b), sub in zip(ranges, ner.pipe(subdocs, batch_size=self.batch_size),
                               strict=True):
            for ent in sub.ents:
                label = LABELS.get(ent.label_)
                # A name cut by the window edge is not trusted: the model saw half of it.
                if label and (ent.start > 0 or a == 0 or doc[a].is_sent_start) and (
                        ent.end < len(sub) or b == len(doc) or doc[b].is_sent_start):
                    spans.append(Span(doc, a + ent.start, a + ent.end, label=label))
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kg_ner", default_config={"source": "ner", "batch_size": 256, "margin": 5})
def make_gated_ner(nlp: Language, name: str, source: str, batch_size: int,
                   margin: int) -> GatedNER:
    return GatedNER(nlp, source, batch_size, margin)
