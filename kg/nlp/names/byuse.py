"""Names that are both a company and its service, typed by how the sentence uses them.

The guidelines: the service used, linked or posted to ("on GitHub", "tweeted", "a Slack
channel") is Software; the company acting, announcing or employing ("Google announced",
"an engineer at Twitter") is an Organization.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from kg.nlp.names.stopnames import JOB_TITLE_WORDS, common_word
from kg.nlp.records import alternation, text_of

# Companies best known by a service of the same name.
PLATFORMS = frozenset({
    "Twitter", "X", "GitHub", "GitLab", "Bitbucket", "LinkedIn", "YouTube", "Instagram",
    "Facebook", "Slack", "Reddit", "Medium", "Meetup", "Eventbrite", "Discord", "Telegram",
    "WhatsApp", "Twitch", "TikTok", "Mastodon", "Stack Overflow", "StackOverflow", "Gmail",
    "Skype", "Dropbox", "Pinterest", "Snapchat", "Docker Hub", "Zoom", "Hacker News",
    "Product Hunt", "Dev.to", "Hashnode", "Substack", "Notion", "Trello", "Figma", "Heroku",
    "Netlify", "Vercel", "Google Hangouts", "Google Meet", "Google Docs", "Google Drive",
    "WordPress.com", "Flickr", "SlideShare", "Speaker Deck", "Vimeo", "Google", "Amazon",
    "Google Hangout", "Google+", "Google Plus", "Hangouts",
})
# Words after a company's name that keep it a company ("Puppet Labs", "Google Engineers").
_NOT_PRODUCT = JOB_TITLE_WORDS | {
    "inc", "corp", "corporation", "labs", "lab", "foundation", "group", "systems",
    "technologies", "software", "solutions", "networks", "consulting", "ventures", "capital",
    "research", "university", "institute", "summit", "conference", "day", "days", "con",
    "conf", "team", "teams", "engineering", "partners", "international", "holdings",
    "enterprise", "datacenter", "edition", "customers", "employees", "stock", "support",
}
_PLATFORMS_LOWER = {p.lower(): p for p in PLATFORMS}


def platform(text: str) -> str | None:
    """The platform ``text`` names, in any casing ("Github" for GitHub)."""
    return _PLATFORMS_LOWER.get(text.lower())
_USED_BEFORE = re.compile(
    r"\b(?:on|via|in|using|through|onto|into|to|from|join(?:ed)?|follow(?:ed)?|post(?:ed)?|"
    r"shared|tweet(?:ed)?|find|check out)\s+(?:the\s+|our\s+|my\s+|their\s+)?$", re.I)
_USED_AFTER = re.compile(r"^\s*" + alternation(
    "account accounts channel channels repo repos repository repositories page handle profile "
    "feed thread threads post posts video videos stream live issue issues group groups "
    "community workspace org pull_request PR actions pages chat DM message search "
    "availability_zone availability_zones region regions instance instances outage") + r"\b",
    re.I)
_LOGIN_BEFORE = re.compile(
    r"\b(?:sign|signs|signed|signing|log|logs|logged|logging)\s*(?:up|in|on)\s+(?:with|via|using)"
    r"\s+(?:your\s+|a\s+|an\s+)?(?:\w+\s+)?$", re.I)
_COMPANY_BEFORE = re.compile(
    r"\b(?:at|for|with|joined|joins|left|by|from)\s+$|\b(?:engineers?|employees?|folks|"
    r"people|team|teams|ceo|cto|founder)\s+(?:at|from|of)\s+$", re.I)
_COMPANY_AFTER = re.compile(r"^\s*(?:'s|’s|" + alternation(
    "announced announces acquired acquires bought buys hired hires employs released releases "
    "launched launches open-sourced open_sourced sponsored sponsors engineers? employees? "
    r"staff CEO CTO Inc\b Corp\b") + ")", re.I)


def typed_by_use(span: Span, login: bool = True) -> str | None:
    """Software or Organization for a platform name, by its sentence; None for others.
    ``login``: "sign up with X" makes X the service (rule ``login_use``)."""
    if platform(span.text) is None or span.label_ not in {"Software", "Organization"}:
        return None
    text = text_of(span.doc)
    before = text[max(0, span.start_char - 40):span.start_char]
    after = text[span.end_char:span.end_char + 30]
    if login and _LOGIN_BEFORE.search(before):
        return "Software"  # "sign up with GitHub": an account on the service
    if _COMPANY_AFTER.match(after) or _COMPANY_BEFORE.search(before):
        return "Organization"
    if _USED_BEFORE.search(before) or _USED_AFTER.match(after):
        return "Software"
    return None


def company_products(chosen: list[Span], known: Callable[[str], bool]) -> list[Span]:
    """ "Netflix Openconnect": a company's name before a coined word names its product,
    Software by the guidelines; the spans returned replace the company's."""
    out = []
    for span in chosen:
        if span.label_ != "Organization":
            continue
        doc, end = span.doc, span.end
        while end < len(doc) and end - span.end < 2 and _coined(doc[end], known) and (
                doc[end - 1].whitespace_):
            end += 1
        if end > span.end:
            out.append(Span(doc, span.start, end, label="Software"))
    return out


def _coined(tok, known: Callable[[str], bool]) -> bool:
    word = tok.text
    return (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 2
            and not tok.is_sent_start and not common_word(word)
            and word.lower() not in _NOT_PRODUCT and not known(word))
