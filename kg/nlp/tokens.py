"""Tokenizer rules for how posts glue names to punctuation.

"-Catherine Spence, Intel" signs a quote with a dash stuck to the name ("--Jane Doe" with
two), "AWS®/Azure" leaves a slash on a name once the mark is split off, and
"Go(and smiling…)" or "PlatformCF(which…)" opens a bracket with no space: the
English tokenizer keeps "-Catherine" and "Go(and" whole, so no list, pattern or
model can see the name. A dash before a capital, a bracket between two words and a
slash after a trademark sign are split off here. So is a sentence's full stop after a
name that ends in a capital after a small letter ("MaaS.", "macOS.", "CoreOS."), which
the English tokenizer keeps on the word as if it were an abbreviation.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

_DASH_BEFORE_CAPITAL = r"[-–—]{1,2}(?=[A-Z][a-z])"
# "AWS®/Azure®/GCP": a slash after a trademark sign, glued to the next name.
_SLASH_AFTER_MARK = r"(?<=[®™©])/(?=[A-Za-z])"
_GLUED_BRACKET = r"(?<=[A-Za-z0-9])[(\[](?=[A-Za-z\[])"
_STOP_AFTER_CAPITAL = r"(?<=[a-z][A-Z])\."


def split_glued_names(nlp: Language, stops: bool = True) -> None:
    """Teach ``nlp``'s tokenizer the rules (before any pattern is tokenised); ``stops``:
    the full stop after "MaaS" too (rule ``capital_stops``)."""
    prefixes = [*nlp.Defaults.prefixes, _DASH_BEFORE_CAPITAL]
    infixes = [*nlp.Defaults.infixes, _GLUED_BRACKET, _SLASH_AFTER_MARK]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if stops:
        suffixes = [*nlp.Defaults.suffixes, _STOP_AFTER_CAPITAL]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
