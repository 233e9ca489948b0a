"""Names that are both a company and its service, typed by how the sentence uses them.

The guidelines: the service used, linked or posted to ("on GitHub", "tweeted", "a Slack
channel") is Software; the company acting, announcing or employing ("Google announced",
"an engineer at Twitter") is an Organization.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.nlp.records import alternation, text_of

# Companies best known by a service of the same name.
PLATFORMS = frozenset({
    "Twitter", "X", "GitHub", "GitLab", "Bitbucket", "LinkedIn", "YouTube", "Instagram",
    "Facebook", "Slack", "Reddit", "Medium", "Meetup", "Eventbrite", "Discord", "Telegram",
    "WhatsApp", "Twitch", "TikTok", "Mastodon", "Stack Overflow", "StackOverflow", "Gmail",
    "Skype", "Dropbox", "Pinterest", "Snapchat", "Docker Hub", "Zoom", "Hacker News",
    "Product Hunt", "Dev.to", "Hashnode", "Substack", "Notion", "Trello", "Figma", "Heroku",
    "Netlify", "Vercel", "Google Hangouts", "Google Meet", "Google Docs", "Google Drive",
    "WordPress.com", "Flickr", "SlideShare", "Speaker Deck", "Vimeo",
})
_USED_BEFORE = re.compile(
    r"\b(?:on|via|in|using|through|onto|into|to|from|join(?:ed)?|follow(?:ed)?|post(?:ed)?|"
    r"shared|tweet(?:ed)?|find|check out)\s+(?:the\s+|our\s+|my\s+|their\s+)?$", re.I)
_USED_AFTER = re.compile(r"^\s*" + alternation(
    "account accounts channel channels repo repos repository repositories page handle profile "
    "feed thread threads post posts video videos stream live issue issues group groups "
    "community workspace org pull_request PR actions pages chat DM message") + r"\b", re.I)
_COMPANY_BEFORE = re.compile(
    r"\b(?:at|for|with|joined|joins|left|by|from)\s+$|\b(?:engineers?|employees?|folks|"
    r"people|team|teams|ceo|cto|founder)\s+(?:at|from|of)\s+$", re.I)
_COMPANY_AFTER = re.compile(r"^\s*(?:'s|’s|" + alternation(
    "announced announces acquired acquires bought buys hired hires employs released releases "
    "launched launches open-sourced open_sourced sponsored sponsors engineers? employees? "
    r"staff CEO CTO Inc\b Corp\b") + ")", re.I)


def typed_by_use(span: Span) -> str | None:
    """Software or Organization for a platform name, by its sentence; None for others."""
    if span.text not in PLATFORMS or span.label_ not in {"Software", "Organization"}:
        return None
    text = text_of(span.doc)
    before = text[max(0, span.start_char - 40):span.start_char]
    after = text[span.end_char:span.end_char + 30]
    if _COMPANY_AFTER.match(after) or _COMPANY_BEFORE.search(before):
        return "Organization"
    if _USED_BEFORE.search(before) or _USED_AFTER.match(after):
        return "Software"
    return None
