"""Is a listed name that is also an ordinary word ("Go", "Make", "Keynote") used as the name?

The words around it usually say: "written in Go", "the Go programming language"
and "a Ruby DSL" use the name; "deliver a Keynote", "Make a list",
"Hyper-Converged", "Birds of a Feather" and "Groovy." use the word.
"""

from __future__ import annotations

from spacy.tokens import Span

# Words after a name that make it software: "Go programming language", "Ruby DSL".
SOFTWARE_NOUNS = {
    "language", "languages", "programming", "dsl", "runtime", "runtimes", "compiler",
    "sdk", "sdks", "package", "packages", "app", "apps", "application", "applications",
    "operator", "operators", "controller", "controllers", "container", "containers",
    "image", "images", "cli", "tool", "tools", "tooling", "extension", "extensions",
    "binary", "binaries", "bindings", "syntax", "script", "scripts", "version", "versions",
    "repository", "repo", "repos", "docs", "documentation", "codebase", "database",
    "databases", "engine", "backend", "frontend", "ecosystem", "toolchain", "workflow",
    "workflows", "pipeline", "pipelines", "dashboard", "dashboards", "config",
    "configuration", "support", "gem", "gems", "crate", "crates", "developer",
    "instance", "instances", "deployments", "install", "installation", "upgrade",
}
_WRITTEN = {"written", "implemented", "coded", "built", "rewritten", "programming",
            "developed", "ported", "code"}
_NAME_SUFFIXES = {"based", "powered", "driven", "compatible", "enabled", "specific", "native",
                  "managed", "backed", "hosted", "friendly", "aware", "style", "like", "ready",
                  "centric", "certified", "focused", "related"}
_LINKS = {"on", "in", "of", "for", "at", "with", "about", "by", "to", "from", "and", "or",
          "into", "over", "using", "via", "like", "than", "as", "is", "was", "are"}
_DETERMINERS = {"a", "an", "the", "your", "my", "our", "their", "his", "her", "its", "it",
                "sure", "this", "that", "these", "those", "some", "any", "use", "them"}


def used_as_name(span: Span) -> bool | None:
    """True where the context makes the span a name, False where it makes it a word,
    None where it says neither."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt is not None and not doc[span.end - 1].whitespace_ and nxt.text == "-" and (
            after is not None and after.is_alpha):
        return after.lower_ in _NAME_SUFFIXES  # "Jenkins-based"; "Hyper-Converged"
    if nxt is not None and nxt.lower_ == "of":
        return False  # "Birds of a Feather", "Foundation of"
    if span.label_ == "Software":
        if nxt is not None and nxt.lower_ in SOFTWARE_NOUNS:
            return True
        if prev is not None and prev.lower_ == "in" and span.start > 1 and (
                doc[span.start - 2].lower_ in _WRITTEN):
            return True
    if _after_article(span) or (prev is not None and prev.lower_ == "the"):
        return False  # "deliver a Keynote", "a non-profit Foundation", "the Keynote"
    if _starts_sentence(span) and nxt is not None and (
            nxt.lower_ in _DETERMINERS or nxt.text in {".", "!"}):
        return False  # "Make a list", "Groovy."
    return None


def _starts_sentence(span: Span) -> bool:
    doc = span.doc
    i = span.start
    while i > 0 and (doc[i - 1].is_space or doc[i - 1].text in {"(", '"', "“", "*", "-", "•"}):
        if "\n" in doc[i - 1].text:
            return True  # a new line or paragraph
        i -= 1
    return i == 0 or doc[i].is_sent_start or doc[i - 1].text in {".", "!", "?", ":"}


def _after_article(span: Span) -> bool:
    """Is the span the noun of "a"/"an" and a few lower-case modifiers?"""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 4:
        tok = doc[i]
        if tok.lower_ in {"a", "an"}:
            return True
        if not (tok.is_lower or tok.text == "-") or tok.is_space or tok.lower_ in _LINKS:
            return False  # "a session on Cortex" is about the name
        i -= 1
    return False
