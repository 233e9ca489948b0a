"""The statistical NER of the English model, run only where a name can be.

A sentence with no capitalised word after its first holds no name that the
model would find, so it is not sent to the model; on technical blogs (code
walkthroughs, command lists) that skips a large share of the text. The
model's labels are mapped to the project's six types here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

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


def may_hold_name(sent: Span) -> bool:
    first = True
    for tok in sent:
        if tok.is_space or tok.is_punct:
            continue
        if not first and tok.text[:1].isupper():
            return True
        first = False
    return False


class GatedNER:
    """Runs the model's ``ner`` (disabled in the main flow) on the sentences that may hold names."""

    def __init__(self, nlp: Language, source: str, batch_size: int) -> None:
        self.nlp = nlp
        self.source = source
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        ner = self.nlp.get_pipe(self.source)
        sents = [s for s in doc.sents if may_hold_name(s)]
        spans = []
        subdocs = (s.as_doc() for s in sents)
        for sent, sub in zip(sents, ner.pipe(subdocs, batch_size=self.batch_size), strict=True):
            for ent in sub.ents:
                label = LABELS.get(ent.label_)
                if label:
                    spans.append(
                        Span(doc, sent.start + ent.start, sent.start + ent.end, label=label)
                    )
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kg_ner", default_config={"source": "ner", "batch_size": 256})
def make_gated_ner(nlp: Language, name: str, source: str, batch_size: int) -> GatedNER:
    return GatedNER(nlp, source, batch_size)
