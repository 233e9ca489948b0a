"""Names that a link's target vouches for, beyond the cues of :mod:`kg.nlp.names.cues`.

"[IG](instagram profile)", "[Youtube](channel)": a link whose text names the
platform it points to is the service posted to, which the guidelines type as
Software. "[Kunal](twitter profile)": one given name linked to a person's
profile is that person, whom the post knows by the given name only.
"""

from __future__ import annotations

from urllib.parse import urlparse

from spacy.tokens import Doc, Span

from kg.nlp.names.cues import profile_handle
from kg.nlp.records import links

# The platform a host serves, and the short names writers give some of them.
PLATFORM_HOSTS = {
    "twitter.com": "Twitter", "x.com": "X", "linkedin.com": "LinkedIn",
    "instagram.com": "Instagram", "youtube.com": "YouTube", "youtu.be": "YouTube",
    "facebook.com": "Facebook", "fb.com": "Facebook", "github.com": "GitHub",
    "gitlab.com": "GitLab", "bitbucket.org": "Bitbucket", "medium.com": "Medium",
    "twitch.tv": "Twitch", "tiktok.com": "TikTok", "reddit.com": "Reddit",
    "discord.com": "Discord", "discord.gg": "Discord", "slack.com": "Slack",
    "meetup.com": "Meetup", "eventbrite.com": "Eventbrite", "dev.to": "Dev.to",
    "hashnode.com": "Hashnode", "substack.com": "Substack", "mastodon.social": "Mastodon",
    "speakerdeck.com": "Speaker Deck", "slideshare.net": "SlideShare", "vimeo.com": "Vimeo",
    "flickr.com": "Flickr", "stackoverflow.com": "Stack Overflow", "t.me": "Telegram",
    "telegram.org": "Telegram", "whatsapp.com": "WhatsApp", "pinterest.com": "Pinterest",
}
SHORT_NAMES = {"IG": "Instagram", "Insta": "Instagram", "FB": "Facebook", "YT": "YouTube",
               "GH": "GitHub", "SO": "Stack Overflow"}


def platform_of(target: str) -> str | None:
    url = urlparse(target if "//" in target else "//" + target)
    host = (url.hostname or "").lower()
    for prefix in ("www.", "m.", "mobile.", "en."):
        host = host.removeprefix(prefix)
    if host in PLATFORM_HOSTS:
        return PLATFORM_HOSTS[host]
    parts = host.split(".")
    # "eventbrite.co.uk", "medium.com" subdomains ("name.medium.com")
    for i in range(len(parts) - 1):
        for cand in (".".join(parts[i:]), parts[i] + ".com"):
            if cand in PLATFORM_HOSTS and PLATFORM_HOSTS[cand].lower() == parts[i]:
                return PLATFORM_HOSTS[cand]
    return None


def platform_links(doc: Doc) -> list[Span]:
    """Software spans for links whose text names the platform they point to."""
    out = []
    for text, target, start, end in links(doc):
        platform = platform_of(target)
        name = text.strip()
        if platform is None or not (name.lower() == platform.lower()
                                    or SHORT_NAMES.get(name) == platform):
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and span.text == name:
            out.append(Span(doc, span.start, span.end, label="Software", kb_id=platform))
    return out


def given_name_links(doc: Doc, given: frozenset[str]) -> list[Span]:
    """Person spans for one given name linked to a personal profile."""
    out = []
    for text, target, start, end in links(doc):
        name = text.strip()
        if name not in given or (prof := profile_handle(target)) is None:
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and span.text == name:
            out.append(Span(doc, span.start, span.end, label="Person", kb_id=prof[1]))
    return out
