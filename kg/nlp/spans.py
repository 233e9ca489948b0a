"""Small span utilities shared by the components."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def by_sentence(doc: Doc, spans: list[Span]) -> list[tuple[Span, list[Span]]]:
    """Each sentence with the spans inside it, in one pass over both."""
    ordered = sorted(spans, key=lambda e: e.start)
    out = []
    k = 0
    for sent in doc.sents:
        while k < len(ordered) and ordered[k].start < sent.start:
            k += 1
        inside = []
        j = k
        while j < len(ordered) and ordered[j].start < sent.end:
            if ordered[j].end <= sent.end:
                inside.append(ordered[j])
            j += 1
        if inside:
            out.append((sent, inside))
    return out


def subdoc(span: Span) -> Doc:
    """A new Doc of the span's words, for running a model on a part of a post.

    ``Span.as_doc`` copies every annotation and vector lookup, which costs more
    than the model run it prepares; the models need only words and spaces.
    """
    words = [t.text for t in span]
    spaces = [bool(t.whitespace_) for t in span]
    return Doc(span.doc.vocab, words=words, spaces=spaces)
