"""Chooses the post's entity mentions from the proposals of the earlier components.

Order of trust: link cues, then the site's own event records, then event
name patterns and the gazetteer, then the statistical model. A longer
trusted span wins over a shorter one; the model's span wins only where it
extends a trusted one into a longer proper name ("Puppet" inside "Puppet
Labs"). Gazetteer names that are also ordinary words need context.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from kg.nlp.names.addresses import street_addresses
from kg.nlp.names.affiliates import affiliate_orgs
from kg.nlp.names.ambiguity import used_as_name
from kg.nlp.names.byuse import company_products, typed_by_use
from kg.nlp.names.casevariants import case_variants, lower_forms
from kg.nlp.names.compounds import community_groups, group_matcher, place_parts
from kg.nlp.names.cues import SPAN_KEY as CUE_KEY
from kg.nlp.names.cues import looks_like_person_name
from kg.nlp.names.descriptors import described_software
from kg.nlp.names.editions import glued_year_events
from kg.nlp.names.eventdefs import defined_events
from kg.nlp.names.eventnames import coined_before_head, no_event, qualified_events
from kg.nlp.names.eventplaces import events_with_places
from kg.nlp.names.gazetteer import SPAN_KEY as GAZ_KEY
from kg.nlp.names.gazetteer import Entry, Gazetteer
from kg.nlp.names.givennames import name_parts, named_people
from kg.nlp.names.introduced import introduced_orgs, introduced_software
from kg.nlp.names.linknames import given_name_links, platform_links
from kg.nlp.names.modelspans import given_names, retype
from kg.nlp.names.ner import SPAN_KEY as NER_KEY
from kg.nlp.names.orgbranches import org_branches
from kg.nlp.names.placepairs import paired_places
from kg.nlp.names.productnames import (
    company_product,
    opens_product,
    replace_company,
    short_forms,
    with_year,
)
from kg.nlp.names.stopnames import GENERIC, JOB_TITLE_WORDS, common_word, ordinary_words
from kg.nlp.names.titles import product_titles, titled_orgs
from kg.nlp.names.venues import venue_names
from kg.nlp.names.versions import dated, versioned
from kg.nlp.records import links, text_of

SPAN_KEY = "kg_entities"

EVENT_HEADS = {
    "summit", "conference", "conf", "con", "days", "day", "camp", "expo", "meetup",
    "hackathon", "hackfest", "forum", "symposium", "week", "fest", "festival",
    "celebration", "congress", "convention", "bootcamp", "devday", "devdays", "world",
    "unconference", "jam", "sprint", "sprints", "hackday",
}
_EVENT_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z0-9]*(?:Conf|Con|CON|Camp|Days|Fest|Summit|World)|"
                          r"[A-Z]{2,}CON|[A-Z][a-z]+[A-Z][a-z]+Conf)$")
_LEADING_WORDS = {"at", "in", "on", "from", "during", "after", "before", "this", "our", "my",
                  "since", "for", "to", "until", "with", "about", "like", "attending"}
_NOT_NAME_END = {"blog", "post", "posts", "website", "site", "page", "book", "video", "podcast",
                 "newsletter", "slides", "deck", "article", "team", "teams", "account",
                 "documentation", "docs", "guide", "tutorial", "manual", "handbook", "course",
                 "certification", "exam", "channel", "playlist"}
# A name ending in one of these is a venue, whatever the model calls it.
VENUE_HEADS = {"center", "centre", "hall", "arena", "hotel", "resort", "stadium", "park",
               "pavilion", "auditorium", "theatre", "theater", "campus", "plaza", "expo",
               "palace", "museum", "library", "conference center", "convention center"}
_CONTEXT_NOUNS = {"project", "projects", "service", "services", "component", "components",
                  "api", "apis", "module", "modules", "plugin", "plugins", "cluster", "clusters",
                  "server", "servers", "client", "clients", "team", "core", "program", "driver",
                  "drivers", "template", "templates", "stack", "stacks", "cookbook",
                  "cookbooks", "recipe", "recipes", "manifest", "manifests", "integration",
                  "release", "deployment", "node", "nodes", "agent", "library", "framework",
                  "code", "developers", "community", "contributors", "ptl", "endpoint"}


def _trim(span: Span) -> Span | None:
    """Drop a leading article and a trailing possessive or punctuation from a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label, kb_id=span.kb_id)


def plausible(span: Span) -> bool:
    """Is the model's span a name at all, and of the type it claims?"""
    text = span.text
    low = text.lower()
    if low in GENERIC or not any(c.isupper() for c in text):
        return False
    if "\n" in text or "http" in low or "@" in text or "/" in text or "_" in text:
        return False
    if any(t.text in {":", "|", "•"} for t in span):
        return False  # "Comparing Stacks Description: Cloud" runs across a label
    if any(t.text in {"-", "–", "—"} and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_
           for t in span[1:]):
        return False  # "NB - Works best in Chrome": a spaced dash parts two phrases
    if len(text) < 2 or text.replace(".", "").replace(",", "").isdigit():
        return False
    if span[-1].lower_ in _NOT_NAME_END:
        return False
    if span.label_ != "Person" and span[-1].lower_ in JOB_TITLE_WORDS:
        return False
    if any(t.like_num for t in span) and span.label_ not in {"Event", "Software"}:
        return False
    if span.label_ == "Person":
        return looks_like_person_name(text)
    if span.label_ in {"Organization", "Software"}:
        content = [t for t in span if not t.is_punct]
        if any(not (t.text[:1].isupper() or (t.text[:1].isdigit() and not t.like_num
                                              and any(c.isalpha() or c == "&" for c in t.text))
                    or t.lower_ in {"of", "for", "and", "&"})
               for t in content):
            return False
    return True


class EntityChooser:
    """Builds ``doc.spans["kg_entities"]`` from cues, site events, patterns, gazetteer and NER."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer,
                 rules_off: frozenset[str] = frozenset()) -> None:
        self.off = rules_off  # may name type_by_use, title_events (bench/lobo.py)
        self.gazetteer = gazetteer
        self.tokenizer = nlp.tokenizer
        self.lower_forms = lower_forms(gazetteer)
        self.lower_keys = frozenset(self.lower_forms)
        self.groups = group_matcher(nlp.vocab)
        self.events = Matcher(nlp.vocab)
        name = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z0-9.+#-]*$"}}
        head = {"LOWER": {"IN": sorted(EVENT_HEADS)}, "IS_TITLE": True}
        upper_head = {"LOWER": {"IN": sorted(EVENT_HEADS)}, "IS_UPPER": True}
        year = {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}, "OP": "?"}
        self.events.add(
            "EVENT",
            [
                [name, {**name, "OP": "{0,3}"}, head, year],
                [name, {**name, "OP": "{0,3}"}, upper_head, year],
                [{"TEXT": {"REGEX": _EVENT_TOKEN.pattern}}, {**name, "OP": "{0,2}"},
                 {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}],
                [{"TEXT": {"REGEX": _EVENT_TOKEN.pattern}}, year],
            ],
            greedy="LONGEST",
        )

    def __call__(self, doc: Doc) -> Doc:
        trusted: list[tuple[int, Span]] = []
        for span in doc.spans.get(CUE_KEY, []):
            trusted.append((5, span))
        for span in self._site_events(doc):
            trusted.append((4, span))
        for span in self._event_patterns(doc):
            trusted.append((3, span))
        trusted += [(5, s) for s in self._link_names(doc)]
        if "community_groups" not in self.off:
            trusted += [(3, s) for s in community_groups(doc, self.groups)]
        if "venue_names" not in self.off:
            trusted += [(3, s) for s in venue_names(doc, self._listed_type)]
        doubtful: list[Span] = []
        if "case_variants" not in self.off:
            variants, doubtful = case_variants(doc, self.gazetteer, self.lower_forms,
                                               self.lower_keys,
                                               "lower_plain_names" not in self.off)
            trusted += [(2, s) for s in variants]
        software_hits = 0
        ambiguous: list[Span] = []
        for span in doc.spans.get(GAZ_KEY, []):
            entry = self.gazetteer.canonical(span.kb_id_, span.label_)
            if entry and entry.ambiguous and not (
                    "qualified_forms" not in self.off and _qualified(span, entry)) and not (
                    span.label_ == "Event" and "dated_events" not in self.off and dated(span)):
                ambiguous.append(span)
            else:
                trusted.append((3, span))
                software_hits += span.label_ == "Software"
        chosen = _greedy(trusted)
        taken = _occupied(chosen)
        accepted_forms: set[str] = set()
        # Two passes: names inside a sentence first, then sentence-initial ones, which
        # may lean on a neighbour accepted in the first pass ("Nova interacts with Cinder").
        for initial_pass in (False, True):
            for span in sorted(ambiguous, key=lambda s: s.start):
                if _sentence_initial(span) != initial_pass:
                    continue
                if any(i in taken for i in range(span.start, span.end)):
                    continue
                if "head_refs" not in self.off and (ref := self._head_ref(span, chosen)):
                    chosen.append(ref)
                    taken.update(range(span.start, span.end))
                elif (span.label_ == "Software" and "versioned_names" not in self.off
                      and (ver := versioned(span)) and ver.end - 1 not in taken):
                    chosen.append(ver)
                    taken.update(range(ver.start, ver.end))
                elif self._ambiguous_ok(span, chosen, software_hits, accepted_forms):
                    chosen.append(span)
                    accepted_forms.add(span.text)
                    taken.update(range(span.start, span.end))
        chosen += _beside_software(doubtful, chosen, _occupied(chosen))
        if "company_products" not in self.off:
            chosen = self._company_products(chosen)
        if "place_parts" not in self.off:
            grown = place_parts(chosen)
            taken_now = _occupied(chosen)
            grown = [g for g in grown if g.start not in taken_now]
            chosen = [s for s in chosen if s.start not in {g.start + 1 for g in grown}] + grown
        chosen = self._add_model_spans(doc, chosen)
        if "place_pairs" not in self.off:
            chosen += paired_places(ambiguous, chosen)
        if "org_branches" not in self.off:
            chosen = org_branches(chosen)
        if "list_types" not in self.off:
            chosen = self._list_types(chosen, ambiguous)
        chosen = self._more_names(doc, self._event_forms(chosen))
        chosen += _places_in_events(chosen, doc.spans.get(GAZ_KEY, []))
        chosen = self._by_context(chosen)
        if "type_by_use" not in self.off:
            chosen = [Span(doc, s.start, s.end, label=used, kb_id=s.kb_id_)
                      if (used := typed_by_use(s, "login_use" not in self.off)) else s
                      for s in chosen]
        doc.spans[SPAN_KEY] = sorted(chosen, key=lambda s: s.start)
        if doc._.kg_meta is not None and "title_events" not in self.off:
            doc._.kg_meta["title_events"] = self.title_events(doc._.kg_meta.get("title") or "")
        return doc

    def _event_forms(self, chosen: list[Span]) -> list[Span]:
        """Events grown into the whole of their names: the link, the year, the place."""
        if "linked_events" not in self.off:
            chosen = [_whole_link(s) if s.label_ == "Event" else s for s in chosen]
        if "event_prefixes" not in self.off:
            chosen = _event_prefixes(chosen)
        if "event_years" not in self.off:
            chosen = [with_year(s) if s.label_ == "Event" else s for s in chosen]
        if "event_places" not in self.off:
            chosen = events_with_places(chosen)
        return chosen

    def _more_names(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """Names that the names already chosen, or the words around them, vouch for."""
        known = lambda w: bool(self.gazetteer.lookup(w))  # noqa: E731
        if "given_name_pairs" not in self.off:
            chosen += named_people(doc, _occupied(chosen), given_names(), known)
        if "name_parts" not in self.off:
            people = [s for s in chosen if s.label_ == "Person"]
            chosen += name_parts(doc, people, _occupied(chosen), known)
        if "described_software" not in self.off:
            chosen += described_software(doc, chosen, _occupied(chosen))
        if "introduced_software" not in self.off:
            chosen += introduced_software(doc, _occupied(chosen), self._known)
        if "introduced_orgs" not in self.off:
            chosen += introduced_orgs(doc, _occupied(chosen), self._known)
        if "affiliate_orgs" not in self.off:
            chosen += affiliate_orgs(doc, chosen, _occupied(chosen), known)
        return chosen

    def _list_types(self, chosen: list[Span], ambiguous: list[Span]) -> list[Span]:
        """ "Rackspace, HP, Nebula, VMware and Dell": in a list of companies, a name that
        is also an ordinary word or a product ("Nebula") is one of the companies."""
        taken = _occupied(chosen)
        pool = chosen + [s for s in ambiguous if s.label_ == "Software"
                         and not any(i in taken for i in range(s.start, s.end))]
        out = list(chosen)
        for items in _lists(sorted(pool, key=lambda s: (s.start, -len(s)))):
            orgs = sum(s.label_ == "Organization" for s in items)
            soft = [s for s in items if s.label_ == "Software"]
            if orgs < 2 or len(soft) != 1:
                continue
            entry = self.gazetteer.canonical(soft[0].kb_id_ or soft[0].text, "Software")
            if entry is not None and entry.ambiguous:
                if soft[0] in out:
                    out.remove(soft[0])
                out.append(Span(soft[0].doc, soft[0].start, soft[0].end, label="Organization"))
        return out

    def _head_ref(self, span: Span, chosen: list[Span]) -> Span | None:
        """ "the Foundation" after "OpenStack Foundation": the last word of a listed name,
        after "the", refers back to it."""
        doc = span.doc
        if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
            return None
        for full in chosen:
            if len(full) > 1 and full.label_ in {"Organization", "Event"} and (
                    full[-1].text == span.text) and full.end <= span.start:
                entry = self.gazetteer.canonical(full.kb_id_ or full.text, full.label_)
                if entry is not None:
                    return Span(doc, span.start, span.end, label=full.label_, kb_id=entry.name)
        return None

    def _company_products(self, chosen: list[Span]) -> list[Span]:
        taken = _occupied(chosen)
        products = [p for p in company_products(chosen, self._known)
                    if not any(i in taken for i in range(p.start + 1, p.end))
                    and not any(s.start < p.end and s.end > p.end for s in chosen)]
        replaced = {p.start for p in products}
        return [s for s in chosen if s.start not in replaced] + products

    def _by_context(self, chosen: list[Span]) -> list[Span]:
        """Job titles, street addresses and the post's longer names say what the names
        around them are."""
        if "short_forms" not in self.off:
            chosen = short_forms(chosen)
        if "product_titles" not in self.off:
            chosen = product_titles(chosen, self._is_org)
        if "titled_orgs" not in self.off:
            chosen = titled_orgs(chosen, lambda name: bool(self.gazetteer.lookup(name)))
        if "street_addresses" not in self.off:
            chosen = street_addresses(chosen)
        return chosen

    def _listed_type(self, name: str) -> str | None:
        entries = self.gazetteer.lookup(name)
        return entries[0].type if entries else None

    def _is_org(self, name: str) -> bool:
        return self.gazetteer.canonical(name, "Organization") is not None

    def _known(self, word: str) -> bool:
        return bool(self.gazetteer.lookup(word)) or word in given_names()

    def _link_names(self, doc: Doc) -> list[Span]:
        out = []
        if "platform_links" not in self.off:
            out += platform_links(doc)
        if "given_name_links" not in self.off:
            out += given_name_links(doc, given_names())
        return out

    def title_events(self, title: str) -> list[str]:
        """Events the post's title names ("KubeCon EU 2019: Service Meshes"): the event a
        post is about may be named nowhere else."""
        tdoc = self.tokenizer(title)
        found = [s.text for s in self._event_patterns(tdoc) if s.label_ == "Event"]
        words = title.replace(":", " ").split()
        for n in range(min(5, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                entry = self.gazetteer.canonical(" ".join(words[i:i + n]), "Event")
                if entry and not entry.ambiguous and not any(entry.name in f for f in found):
                    found.append(entry.name)
        return found

    def _site_events(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        events = [e["name"] for e in (doc._.kg_meta or {}).get("events", ()) if e.get("name")]
        if not events:
            return spans
        text = text_of(doc)
        for name in events:
            for m in re.finditer(re.escape(name), text):
                span = doc.char_span(m.start(), m.end())
                if span is not None:
                    spans.append(Span(doc, span.start, span.end, label="Event", kb_id=name))
        return spans

    def _event_patterns(self, doc: Doc) -> list[Span]:
        out = []
        for _, start, end in self.events(doc):
            if end < len(doc) and doc[end].lower_ in VENUE_HEADS and doc[end].is_title:
                # "Huntington Convention Center" names a building, not an event.
                out.append(Span(doc, start, end + 1, label="Place"))
                continue
            # "At OpenStack Summit", "Rackspace OpenStack Summit": a leading preposition or
            # a known organisation in front of an event's name is not part of it.
            while end - start > 2 and (doc[start].lower_ in _LEADING_WORDS or (any(
                    e.type == "Organization" for e in self.gazetteer.lookup(doc[start].text))
                    and not ("product_events" not in self.off
                             and opens_product(doc, start, end)))):
                start += 1
            span = _trim(Span(doc, start, end, label="Event"))
            if span is None or span.text.lower() in GENERIC:
                continue
            if len(span) == 1 and not _EVENT_TOKEN.match(span.text):
                continue
            if span[0].is_sent_start and len(span) == 2 and span[0].lower_ in {"this", "our"}:
                continue
            out.append(span)
        return self._more_event_shapes(doc, out)

    def _more_event_shapes(self, doc: Doc, found: list[Span]) -> list[Span]:
        if "event_shapes" not in self.off:
            found += qualified_events(doc)
        if "glued_years" not in self.off:
            found += glued_year_events(doc)
        if "coined_events" not in self.off:
            found += coined_before_head(doc, self.gazetteer)
        if "defined_events" not in self.off:
            found += defined_events(doc, self._listed_type)
        if "ordinal_days" not in self.off:
            found = [s for s in found if not no_event(s)]
        return found

    def _ambiguous_ok(
        self, span: Span, chosen: list[Span], software_hits: int, accepted: set[str]
    ) -> bool:
        doc = span.doc
        if not span.text[:1].isupper():
            # "knife cookbook test", "Ruby (fog)", "BitTorrent, puppet and virtualenv"
            return "word_context" not in self.off and bool(_beside_software(
                [span], chosen, set(), nouns=span.text not in _LOWER_VERBS))
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.lower_ in {"talk", "talks", "session", "sessions"}:
            return False  # "an Ignite talk" names a format, not the product or event
        if nxt is not None and nxt.lower_ in _CONTEXT_NOUNS:
            return True
        if "word_context" not in self.off:
            if any(start == span.start_char and end == span.end_char
                   for _, _, start, end in links(doc)):
                return True  # "[M3](project page)": a linked name is a name
            if (used := used_as_name(span)) is not None:
                return used
        near = [s for s in chosen if (s.label_ == "Software" and abs(s.start - span.end) <= 4)
                or (s.label_ == "Software" and abs(span.start - s.end) <= 4)]
        if near and software_hits:
            return True
        if span.text in accepted:
            return True
        # Alone, the post's subject matter is weak evidence: not for one- or two-letter
        # names, a word inside a run of capitalised words (a title), or a label ("Keynote:").
        prev = doc[span.start - 1] if span.start > 0 else None
        in_title = (prev is not None and prev.text[:1].isupper() and prev.is_alpha) or (
            nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha)
        return (not _sentence_initial(span) and software_hits >= 2 and len(span.text) > 2
                and not in_title and not (nxt is not None and nxt.text == ":"))

    def _add_model_spans(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        taken = _occupied(chosen)
        by_start = {s.start: s for s in chosen}
        out = list(chosen)
        model = [s for s in (_trim(raw) for raw in doc.spans.get(NER_KEY, [])) if s is not None]
        recurring = Counter(s.text for s in model)
        people = _person_words(out, model) if "person_back_refs" not in self.off else set()
        for found in model:
            if len(found) == 1 and found.label_ != "Person" and found.text in people and (
                    not self.gazetteer.lookup(found.text)):
                # "Coyler announced", after "Adrian Coyler": the model's organisation is
                # the person the post named in full.
                found = Span(doc, found.start, found.end, label="Person")
            product = None if "company_product_names" in self.off else company_product(
                found, self._is_org)
            span = product or retype(found, recurring[found.text],
                                     "ordinary_words" not in self.off, "plain_orgs" not in self.off,
                                     "practice_acronyms" not in self.off)
            if span is None:
                continue
            if product is not None and replace_company(out, product):
                taken.update(range(product.start, product.end))
                continue
            if span.label_ in {"Organization", "Event"} and span[-1].lower_ in VENUE_HEADS:
                span = Span(doc, span.start, span.end, label="Place")
            if span.label_ == "Person" and looks_like_person_name(span.text):
                # "Sofia Brandt": a first name that is also a city is still a first name.
                inside = [s for s in out if s.start >= span.start and s.end <= span.end]
                if inside and all(s.label_ == "Place" for s in inside) and (
                        inside[0].start == span.start):
                    for s in inside:
                        out.remove(s)
                        by_start.pop(s.start, None)
                    out.append(span)
                    taken.update(range(span.start, span.end))
                    continue
            overlap = [i for i in range(span.start, span.end) if i in taken]
            if not overlap:
                if plausible(span):
                    out.append(span)
                    taken.update(range(span.start, span.end))
                continue
            # A model span that extends trusted spans into a longer name of an organisation
            # or event ("Puppet" -> "Puppet Labs") replaces them.
            inside = [s for s in out if s.start >= span.start and s.end <= span.end]
            covered = sum(len(s) for s in inside)
            if (span.label_ in {"Organization", "Event"} and len(inside) == 1
                    and covered == len(overlap)
                    and not any(t.is_punct and t.text not in {".", "&"} for t in span)
                    and len(span) > max(len(s) for s in inside) and plausible(span)
                    and not ("ordinary_words" not in self.off
                             and ordinary_words([t.text for t in span]))
                    and all(s.label_ != "Person" for s in inside)
                    and self.gazetteer.canonical(span.text, "Software") is None
                    and span[-1].text[:1].isupper()):
                if inside[0].label_ == "Software" and "product_extensions" not in self.off:
                    if not _product_words(span, inside[0]):
                        continue  # "OpenStack Core", "Neutron Floating IP": not a product
                    span = Span(doc, span.start, span.end, label="Software")  # "GKE Addon"
                for s in inside:
                    out.remove(s)
                    by_start.pop(s.start, None)
                out.append(span)
                taken.update(range(span.start, span.end))
        return out


# Lower-case listed names that are mostly verbs before a noun ("make release notes").
_LOWER_VERBS = {"make", "marked", "kind", "shade", "behave", "pry", "nose", "watchdog", "rake",
                "gulp", "glance"}


def _beside_software(doubtful: list[Span], chosen: list[Span], taken: set[int],
                     nouns: bool = True) -> list[Span]:
    """Lower-case names that are also ordinary words ("puppet"), kept where a context
    noun follows ("puppet manifests") or other software stands in the same list."""
    software = {i for s in chosen if s.label_ == "Software" for i in range(s.start, s.end)}
    out = []
    for span in doubtful:
        if span.start in taken:
            continue
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        near = [doc[i] for i in (span.start - 2, span.start - 1, span.end, span.end + 1)
                if 0 <= i < len(doc)]
        listed = any(t.text in {",", "and", "or", "&", "/"} for t in near[1:3]) and any(
            t.i in software for t in near)
        listed = listed or (span.start >= 2 and doc[span.start - 1].text == "(" and (
            span.start - 2 in software))  # "Ruby (fog)"
        if listed or (nouns and nxt is not None and nxt.lower_ in _CONTEXT_NOUNS):
            out.append(span)
            taken.add(span.start)
    return out


def _event_prefixes(chosen: list[Span]) -> list[Span]:
    """ "Grace Hopper" in a post about the "Grace Hopper Celebration": the event's short
    name, not the person."""
    events = [s.text + " " for s in chosen if s.label_ == "Event" and len(s) > 2]
    return [Span(s.doc, s.start, s.end, label="Event")
            if s.label_ == "Person" and any(e.startswith(s.text + " ") for e in events) else s
            for s in chosen]


def _whole_link(event: Span) -> Span:
    """ "[Learning Day Featuring Kubernetes](page)": an event name that opens a linked
    title-cased name is the whole of it."""
    doc = event.doc
    for _, _, start, end in links(doc):
        if start != event.start_char or end <= event.end_char:
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) <= 8 and all(
                t.text[:1].isupper() or t.lower_ in {"of", "on", "for", "and", "the", "&"}
                for t in span[len(event):]):
            return Span(doc, span.start, span.end, label="Event")
    return event


def _lists(spans: list[Span]) -> list[list[Span]]:
    """Runs of names joined only by commas, "and", "or" or "&"."""
    runs: list[list[Span]] = []
    for span in spans:
        prev = runs[-1][-1] if runs else None
        if prev is not None and span.start < prev.end:
            continue  # a shorter proposal inside the last name
        between = span.doc[prev.end:span.start] if prev is not None else None
        if between is not None and 0 < len(between) <= 2 and all(
                t.text in {",", "and", "or", "&"} for t in between):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [r for r in runs if len(r) >= 3]


def _product_words(span: Span, known: Span) -> bool:
    """Do the words a model span adds to a known product name a product's name ("GKE
    Addon"), rather than ordinary words ("OpenStack Core") or plurals ("Rackspace VMs")?"""
    extra = [t for t in span if t.i < known.start or t.i >= known.end]
    return len(extra) <= 2 and all(
        t.text[:1].isupper() and not common_word(t.text) and not t.text.endswith("s")
        for t in extra)


def _person_words(chosen: list[Span], model: list[Span]) -> set[str]:
    """First and last words of the post's full person names."""
    names = [s.text for s in (*chosen, *model)
             if s.label_ == "Person" and looks_like_person_name(s.text)]
    return {w for name in names for w in (name.split()[0], name.split()[-1])}


def _places_in_events(chosen: list[Span], listed: list[Span]) -> list[Span]:
    """The city in "KubeCon Paris 2024" is a place too: the event's location."""
    events = [e for e in chosen if e.label_ == "Event" and len(e) > 1]
    return [p for p in listed if p.label_ == "Place" and any(
        e.start <= p.start and p.end <= e.end and (p.start, p.end) != (e.start, e.end)
        for e in events)]


def _sentence_initial(span: Span) -> bool:
    doc = span.doc
    i = span.start
    while i > 0 and (doc[i - 1].is_space or doc[i - 1].text in {"(", '"', "“", "*", "-"}):
        i -= 1
    return i == 0 or doc[i].is_sent_start or doc[i - 1].text in {".", "!", "?", ":"}


def _greedy(candidates: list[tuple[int, Span]]) -> list[Span]:
    ordered = sorted(candidates, key=lambda c: (-(c[1].end - c[1].start), -c[0], c[1].start))
    taken: set[int] = set()
    out: list[Span] = []
    for _, span in ordered:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        out.append(span)
        taken.update(range(span.start, span.end))
    return out


def _qualified(span: Span, entry: Entry) -> bool:
    """ "OpenStack Compute", "Microsoft Build": a listed form of two or more words, not all
    of them ordinary words, names the thing whatever its one-word name means. Not
    "OpenStack Heat", which holds the short name itself: that is a family's name and a
    part's, two entities (``kg.nlp.relations.software`` adjacent_parts)."""
    words = [t.text for t in span if not t.is_punct]
    forms = {entry.name, *entry.aliases}
    return len(words) >= 2 and not ordinary_words(words) and all(
        (w[:1].isupper() or not w[:1].isalpha()) and w not in forms for w in words)


def _occupied(spans: list[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


@Language.factory("kg_entities", default_config={"directory": None, "rules_off": []})
def make_entity_chooser(nlp: Language, name: str, directory: str | None,
                        rules_off: list[str]) -> EntityChooser:
    from kg.nlp.names.gazetteer import DEFAULT_DIR

    return EntityChooser(nlp, Gazetteer.from_dir(directory or DEFAULT_DIR), frozenset(rules_off))
