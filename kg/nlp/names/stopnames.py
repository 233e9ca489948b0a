"""Words that look like names to a model or a capital letter but name nothing in particular."""

from functools import cache

from kg.data import GAZETTEER_DIR

# Generic acronyms and words the model likes to call organisations or products.
GENERIC = {
    "api", "apis", "rest", "sdk", "sdks", "cli", "gui", "ui", "ux", "iaas", "paas", "saas",
    "faas", "devops", "noops", "vm", "vms", "cpu", "gpu", "ram", "ssd", "hdd", "dns", "http",
    "https", "ssl", "tls", "ssh", "tcp", "udp", "ip", "url", "uri", "html", "css", "xml",
    "yaml", "csv", "sql", "nosql", "os", "io", "i/o", "it", "ci", "cd", "ci/cd", "qa", "faq",
    "tl;dr", "tldr", "ps", "fyi", "eta", "etc", "q&a", "ama", "diy", "roi", "kpi", "sla",
    "slas", "ceo", "cto", "cio", "cfo", "coo", "vp", "svp", "evp", "hr", "pr", "mvp", "poc",
    "b2b", "b2c", "ai", "ml", "iot", "vpn", "lan", "wan", "san", "nas", "raid", "ha", "dr",
    "rpc", "crud", "orm", "mvc", "oop", "tdd", "bdd", "json", "ide", "repo", "readme", "wiki",
    "cloud", "the cloud", "open source", "big data", "internet", "web", "email", "blog",
    "twitter handle", "keynote", "summit", "conference", "day", "today", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "devopsdays", "step", "note",
    "update", "edit", "warning", "tip", "example", "figure", "table", "part", "section",
    "oauth", "oauth2", "http/2", "http2", "restful", "tcp/ip",
}

# The last word of a job title: "Site Reliability Engineer" is not an organisation.
JOB_TITLE_WORDS = {
    "engineer", "engineers", "architect", "architects", "developer", "developers", "advocate",
    "advocates", "evangelist", "manager", "managers", "director", "directors", "officer",
    "lead", "president", "founder", "co-founder", "cofounder", "scientist", "researcher",
    "consultant", "specialist", "analyst", "designer", "administrator", "admin", "intern",
    "ceo", "cto", "cio", "cfo", "coo", "vp", "head", "chair", "fellow", "strategist",
    "technologist", "programmer", "maintainer", "committer", "contributor", "owner",
}


@cache
def _common_words() -> frozenset[str]:
    path = GAZETTEER_DIR / "common_words.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split("\n")
                     if w and not w.startswith("#"))


def common_word(word: str) -> bool:
    """Is ``word``, capitalised or not, an ordinary English word ("Shadow", "Reality")?
    All-capital and CamelCase words ("HAWQ", "PivotalHD") never are."""
    if not word[:1].isalpha() or (len(word) > 1 and not word[1:].islower()):
        return False
    return word.lower() in _common_words()


def ordinary_words(words: list[str]) -> bool:
    """Are all the capitalised words of a would-be name ordinary words ("Box Shadow")?"""
    caps = [w for w in words if w[:1].isupper()]
    return bool(caps) and all(common_word(w) for w in caps)
