"""Entities that the post's links reveal, whatever the statistical model thinks.

A name linked to a Twitter, LinkedIn or GitHub profile is a person; a name
linked to a code repository or a package page is software. These cues are
the most reliable evidence a blog post offers, so they outrank the model.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.records import links

SPAN_KEY = "kg_cues"

_PROFILE = {
    "twitter.com": re.compile(r"^/(?:#!/)?@?([A-Za-z0-9_]{1,15})/?$"),
    "x.com": re.compile(r"^/@?([A-Za-z0-9_]{1,15})/?$"),
    "linkedin.com": re.compile(r"^/(?:in|pub)/([^/?#]+)"),
    "github.com": re.compile(r"^/([A-Za-z0-9-]{1,39})/?$"),
    "facebook.com": re.compile(r"^/([A-Za-z0-9.]{3,})/?$"),
    "plus.google.com": re.compile(r"^/(?:u/\d/)?(\+?[^/?#]+)"),
    "about.me": re.compile(r"^/([^/?#]+)/?$"),
}
_REPO = {
    "github.com": re.compile(r"^/[A-Za-z0-9-]+/([A-Za-z0-9_.-]+?)(?:\.git)?(?:/.*)?$"),
    "bitbucket.org": re.compile(r"^/[A-Za-z0-9_-]+/([A-Za-z0-9_.-]+)"),
    "gitlab.com": re.compile(r"^/[A-Za-z0-9_-]+/([A-Za-z0-9_.-]+)"),
    "pypi.python.org": re.compile(r"^/pypi/([A-Za-z0-9_.-]+)"),
    "pypi.org": re.compile(r"^/project/([A-Za-z0-9_.-]+)"),
    "www.npmjs.com": re.compile(r"^/package/([A-Za-z0-9_.@/-]+)"),
    "npmjs.org": re.compile(r"^/package/([A-Za-z0-9_.@/-]+)"),
    "rubygems.org": re.compile(r"^/gems/([A-Za-z0-9_.-]+)"),
}
_NOT_PROFILES = {"share", "intent", "search", "home", "settings", "about", "blog", "jobs",
                 "login", "signup", "explore", "features", "pricing", "orgs", "topics"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*|[A-Z]\.|Mc[A-Z][a-z]+|"
                         r"O'[A-Z][a-z]+|de|da|van|von|der|del|la|le|di)$")


def profile_handle(target: str) -> tuple[str, str] | None:
    """``(site, handle)`` when ``target`` is a person's profile page."""
    url = urlparse(target if "//" in target else "//" + target)
    host = (url.hostname or "").lower().removeprefix("www.").removeprefix("mobile.")
    if host.endswith("linkedin.com"):
        host = "linkedin.com"
    pattern = _PROFILE.get(host)
    if not pattern or not (m := pattern.match(url.path or "/")):
        return None
    handle = m.group(1)
    if handle.lower() in _NOT_PROFILES:
        return None
    return host.split(".")[0] if host != "plus.google.com" else "google", handle


def repository_name(target: str) -> str | None:
    """The project name when ``target`` is a code repository or a package page."""
    url = urlparse(target if "//" in target else "//" + target)
    host = (url.hostname or "").lower()
    pattern = _REPO.get(host) or _REPO.get(host.removeprefix("www."))
    if not pattern or not (m := pattern.match(url.path or "/")):
        return None
    return m.group(1)


def looks_like_person_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    if not all(_NAME_TOKEN.match(w) for w in words):
        return False
    return words[0][0].isupper() and words[-1][0].isupper()


def _same_name(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"[-_. ]", "", s.lower()).removesuffix("js")

    return norm(a) == norm(b)


@Language.component("kg_cues")
def link_cues(doc: Doc) -> Doc:
    """Person spans for profile links, Software spans for repository links."""
    spans: list[Span] = []
    for text, target, start, end in links(doc):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        clean = span.text.lstrip("@")
        if (prof := profile_handle(target)) and looks_like_person_name(clean):
            spans.append(Span(doc, span.start, span.end, label="Person", kb_id=prof[1]))
        elif (repo := repository_name(target)) and _same_name(text, repo):
            spans.append(Span(doc, span.start, span.end, label="Software"))
    doc.spans[SPAN_KEY] = spans
    return doc
