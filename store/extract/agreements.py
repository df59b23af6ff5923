"""Agreements: find every phrase that names one, decide its status, group the phrases that
name the same agreement, and fill in parties, signatories, date, place, duration and scope.

Triggers are agreement nouns (agreement, MoU, treaty, framework, declaration, deal...). A group
is `signed` when a mention sits in a sentence that reports its conclusion (signed, inked,
formalised, adopted, issued, "the signing of", or an agreement described as in force:
"the agreement with X provides for"), `proposed` when the conclusion is only planned
("will sign", "ready but not signed", "draft"), and `background` otherwise.
"""
from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..records import Agreement
from .countries import CountryMention, country_of
from .document import Document
from .lexicon import (AGREEMENT_NOUNS, IN_FORCE_VERBS, MONTHS, ORDINAL_NUMBERS,
                      PLURAL_AGREEMENT_NOUNS, SIGNING_VERBS, WEEKDAYS)
from .scan import Spans

_NOUN_ALT = "|".join(re.escape(n) for n in sorted(AGREEMENT_NOUNS, key=len, reverse=True))
_CAP = r"(?:[A-Z0-9][\w’'.\-]*)"
# "Defence Framework Agreement", "Agreement on Information Sharing", "MoU on Submarine Search
# and Rescue Cooperation", "Terms of Reference on the establishment of Joint Staff Talks"
_NOUN_RE = "(?i:" + _NOUN_ALT.replace(r"\ ", r"\s+") + ")"
_NAMED = re.compile(
    r"(?P<name>(?:" + _CAP + r"\s+){0,6}" + _NOUN_RE +
    r"(?:\s+(?:on|for|of|between|to)\s+(?:the\s+|a\s+)?(?:[\w’'\-]+\s+){0,4}?" + _CAP +
    r"(?:\s+(?:and\s+)?" + _CAP + r"){0,5})?)"
    r"(?:\s+\((?P<acr>[A-Z][A-Za-z0-9&-]{1,9})\))?")
# a lower-case name that the article gives an acronym: "a reciprocal access agreement (RAA)"
_ACRONYM_NAMED = re.compile(r"\b(?P<name>(?:[a-z][\w-]*\s+){1,5}" + _NOUN_RE + r")\s+\((?P<acr>[A-Z]{2,8})\)")
_GENERIC = re.compile(
    r"\b(?P<det>(?i:the|a|an|this|that|its|their|our|these|those|new|both|two|three|four|five|"
    r"several)|\d+)\s+(?P<mods>(?:[\w’'\-]+\s+){0,4}?)(?P<noun>" + _NOUN_RE +
    r")\b(?P<comp>\s+with\s+(?:" + _CAP + r"\s*){1,4})?"
    # "an agreement on civil nuclear cooperation": what it is about, in lower case
    r"(?P<about>\s+(?:on|for|to)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the\s+sidelines|behalf|top|board|hold|track)\b)[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,5})?")
_STOP = {"the", "a", "an", "of", "on", "for", "and", "to", "between", "this", "that", "its",
         "their", "our", "new", "landmark", "historic", "major", "key", "first", "with",
         "agreement", "agreements", "deal", "treaty", "pact", "accord", "mou", "memorandum", "s",
         "signed", "significant", "important", "bilateral"}
_DURATION = re.compile(
    r"\b(?:(\d{1,3})|(" + "|".join(ORDINAL_NUMBERS) + r"))[\s-]+years?(?:[\s-]+long)?\b"
    r"|\bfor\s+(?:an?\s+|the\s+)?(?:(?:initial|first|period\s+of|further|another|next)\s+)*"
    r"(?:(\d{1,3})|(" + "|".join(ORDINAL_NUMBERS) + r"))\s+years\b",
    re.IGNORECASE)
_PROPOSAL = re.compile(
    r"\b(?:will|would|could|may|might|shall|to be|expected to|plans? to|planning to|set to|"
    r"aims? to|hopes? to|seeks? to|ready to|yet to|not yet|has not|have not|had not|"
    r"ready but not|draft|proposed|proposal for|proposes|negotiat\w*|talks on|discussed|"
    r"discussing|working on|finalising|finalizing|push(?:ing)? for)\b(?:\s+\w+){0,3}?\s+(?:be\s+)?"
    r"(?:sign|signed|ink|conclude|finali[sz]e|agree|adopt|seal|reach|struck|strike)\w*", re.IGNORECASE)
_BACKGROUND = re.compile(r"\b(?:last|previous|earlier|existing|former|prior)\b|\bunder\s+(?:the|an?|its)\b|"
                         r"\bsince\b", re.IGNORECASE)
_EXPLICIT_DATE = re.compile(
    r"\b(?:(?P<m1>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y1>\d{4}))?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>January|February|March|April|"
    r"May|June|July|August|September|October|November|December)(?:,?\s+(?P<y2>\d{4}))?)\b")
_RELATIVE_DAY = re.compile(r"\b(today|yesterday|monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(in|at)\s+(?:the\s+)?((?:[A-Z][\w’'.\-]*)(?:\s+(?:of\s+)?[A-Z][\w’'.\-]*){0,3})")
_SCOPE = re.compile(
    r"\b(?:focused on|focusing on|covering|covers|cover|aimed at|aims to|to strengthen|to enhance|"
    r"to boost|to deepen|provides for)\s+([^\"“”]{5,200}?)"
    r"(?:[.;]|,\s+(?:which|while|as|and\s+the|officials|the)\b|\s+for\s+(?:an?\s+)?(?:initial\s+)?\d|$)")
_GROUP_SUBJECT = re.compile(r"\b(?:the two (?:countries|nations|sides|leaders|ministers|governments)|"
                            r"both (?:countries|nations|sides|leaders)|we)\s+(?:\w+\s+){0,2}?"
                            r"(?:signed|inked|formali[sz]ed|adopted|concluded|sealed)\b",
                            re.IGNORECASE)


@dataclass(slots=True)
class _Span:
    start: int
    end: int


@dataclass(slots=True)
class AMention:
    start: int
    end: int
    surface: str
    noun: str
    named: bool
    plural: bool
    sentence: int
    acronym: str | None = None
    status: str = "background"
    in_post: int | None = None
    with_org: str | None = None
    cluster: int = -1


@dataclass(slots=True)
class FoundAgreement:
    """An agreement as the store will keep it (offsets still local) and the mentions it came from."""
    record: Agreement
    mentions: list[AMention]


_HEAD_VERBS = {"sign", "signs", "seal", "seals", "ink", "inks", "agree", "agrees", "reach", "reaches",
               "strike", "strikes", "back", "backs", "eye", "eyes", "mull", "mulls", "unveil", "unveils",
               "renew", "renews", "extend", "extends", "approve", "approves", "adopt", "adopts", "to", "as"}


def _content(s: str) -> set[str]:
    words = re.findall(r"[\w’'\-]+", s.lower())
    return {w for w in words if w not in _STOP and not re.fullmatch(r"\d+|\d+-years?|[\w-]*-year",
                                                                       w) and w not in ORDINAL_NUMBERS}


def _acronym_of(name: str) -> str:
    return "".join(w[0].upper() for w in re.findall(r"[A-Za-z][\w’'-]*", name)
                   if w.lower() not in ("of", "on", "for", "the", "and", "a", "an", "to"))


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,.;:’'‘\"“”")
    s = re.sub(r"^(?:the|a|an|this|that|its|their|our)\s+", "", s, flags=re.IGNORECASE)
    return s


def _mentions(doc: Document, titles: list[tuple[int, int]], posts,
              person_spans=()) -> list[AMention]:
    text = doc.text
    out: list[AMention] = []
    taken = Spans()         # bucketed: a scan of every span taken so far was quadratic

    def overlaps(s, e):
        return taken.overlaps(s, e)

    def in_post(pos):
        for i, p in enumerate(posts):
            if p.start <= pos < p.byline_end:
                return i
        return None

    for s, e in titles:
        surface = text[s:e]
        nouns = [n for n in AGREEMENT_NOUNS if re.search(r"\b" + re.escape(n) + r"\b", surface, re.I)]
        if nouns:
            out.append(AMention(s, e, surface, nouns[0].lower(), True, False, doc.sentence_of(s),
                                in_post=in_post(s)))
            taken.append((s, e))
    pos = doc.body_start
    while True:
        m = _NAMED.search(text, pos)
        if m is None:
            break
        pos = m.end()
        name = m.group("name")
        words = name.split()
        # a name needs a capitalised agreement noun or a capitalised word before it
        noun_m = re.search(_NOUN_RE, name)
        if not noun_m:
            continue
        lead = name[:noun_m.start()].split()
        noun_cap = noun_m.group(0)[:1].isupper()
        if not noun_cap and not m.group("acr"):
            continue
        # drop lower-case words that ended up leading the match
        while lead and not lead[0][:1].isupper() and not lead[0][:1].isdigit():
            lead = lead[1:]
        s = m.start("name") + name.find(lead[0]) if lead else m.start("name") + noun_m.start()
        e = m.end("name")
        surface = text[s:e]
        # a list "an MoU on X and Terms of Reference on Y": cut at "and <another noun>"
        noun_end = surface.lower().find(noun_m.group(0).lower()) + len(noun_m.group(0))
        cut = re.search(r"\s+and\s+(?:an?\s+|the\s+)?(?=" + _NOUN_RE + r"\b)",
                        text[s + noun_end:e + 40])
        if cut and cut.start() < e - s - noun_end:
            e = s + noun_end + cut.start()
            surface = text[s:e]
            pos = e
        stop = re.search(r"\n|[.;:!?](?:\s|$)", surface)
        if stop:
            e = s + stop.start()
            surface = text[s:e]
        lead_det = re.match(r"(?:The|A|An|This|That)\s+", surface)
        if lead_det:
            s += lead_det.end()
            surface = text[s:e]
        if overlaps(s, e) or len(surface.split()) < 1:
            continue
        if len(surface.split()) == 1 and not surface[:1].isupper():
            continue
        if len(surface.split()) == 1 and surface.lower() in ("agreement", "agreements", "deal", "treaty",
                                                             "framework", "declaration", "contract",
                                                             "contracts", "deals", "accord", "pact"):
            continue
        noun = noun_m.group(0).lower()
        acr = m.group("acr")
        out.append(AMention(s, e, surface, re.sub(r"\s+", " ", noun), True,
                            noun in PLURAL_AGREEMENT_NOUNS, doc.sentence_of(s), acronym=acr,
                            in_post=in_post(s)))
        taken.append((s, e + (len(acr) + 3 if acr else 0)))
    for m in _ACRONYM_NAMED.finditer(text, doc.body_start):
        name, acr = m.group("name"), m.group("acr")
        words = [w for w in name.split() if w.lower() not in ("of", "on", "for", "the", "and", "a", "an")]
        while words and _acronym_of(" ".join(words)) != acr and len(words) > len(acr):
            words = words[1:]
        if _acronym_of(" ".join(words)) != acr:
            continue
        s = m.start("name") + name.find(words[0])
        e = m.end("name")
        if overlaps(s, e):
            continue
        out.append(AMention(s, e, text[s:e], m.group(0).split()[-2].lower(), True, False,
                            doc.sentence_of(s), acronym=acr, in_post=in_post(s)))
        taken.append((s, m.end()))
    for m in _GENERIC.finditer(text, doc.body_start):
        s = m.start("mods") if m.group("mods") else m.start("noun")
        e = m.end()
        if overlaps(m.start("noun"), m.end("noun")):
            continue
        noun = re.sub(r"\s+", " ", m.group("noun").lower())
        mods = m.group("mods") or ""
        if noun == "deal" and re.match(r"(?:great|good|fair|huge|big)\s*$", mods) and m.group("det").lower() == "a" \
                and re.match(r"\s+(?:of|to|more|less)\b", text[m.end("noun"):m.end("noun") + 8]):
            continue        # "a great deal of/to": an amount, not an agreement
        if noun == "framework" and not re.search(r"\bsign|formali", text[doc.sentences[doc.sentence_of(s)].start:doc.sentences[doc.sentence_of(s)].end]):
            continue
        if re.search(r"\b(?:and|or|of|to|in|on|for|by)\s*$", mods):
            s = m.start("noun")
        if m.group("noun")[:1].isupper() and " " in m.group("noun") and not mods.strip():
            out.append(AMention(m.start("noun"), m.end("noun"), m.group("noun"), noun, True,
                                noun in PLURAL_AGREEMENT_NOUNS, doc.sentence_of(s), in_post=in_post(s)))
            taken.append((m.start("noun"), m.end("noun")))
            continue
        det = m.group("det").lower()
        plural = noun in PLURAL_AGREEMENT_NOUNS or det in ("two", "three", "four", "five", "several", "these", "those") or det.isdigit()
        comp = m.group("comp")
        about = m.group("about")
        if about and not comp:
            # stop the topic before a verb-like word that starts a new clause
            words = about.split()
            keep = [words[0]]
            for w in words[1:]:
                if w in ("was", "were", "is", "are", "will", "would", "that", "which", "as", "in",
                         "at", "by", "after", "before", "during", "with", "signed", "said", "on",
                         "from", "this", "next", "last", "earlier", "later", "today", "yesterday",
                         "the", "a", "an", "its", "their"):
                    break
                keep.append(w)
            if len(keep) >= 2:
                e = m.start("about") + len(about) - len(about.lstrip()) + len(" ".join(keep))
        ext = re.match(r"\s+(agreement|deal|accord|pact|treaty|arrangement)\b", text[e:e + 20]) if not comp else None
        if ext:
            e += ext.end()
        if comp and (any(x.start <= m.start("comp") + 6 <= x.end + 40 and x.start >= m.start("comp")
                         for x in person_spans) or country_of(comp.replace("with", "").strip())):
            comp = None       # "signed a treaty with Japanese Prime Minister X": not a party name
            e = m.end("noun")
        surface = text[s:e].strip()
        out.append(AMention(s, s + len(surface), surface, noun, False, plural, doc.sentence_of(s),
                            in_post=in_post(s),
                            with_org=re.sub(r"^\s*with\s+", "", comp).strip() if comp else None))
        taken.append((s, e))
    # headlines without a determiner: "... as historic defence agreement signed"
    if doc.title:
        p = doc.paragraphs[0]
        for m in re.finditer(r"\b((?:[a-z][\w-]*\s+){0,3})(" + _NOUN_RE + r")\b", text[p.start:p.end]):
            s, e = p.start + m.start(), p.start + m.end()
            mods = m.group(1).split()
            if "to" in mods:       # "to debate maritime pact": after "to" comes a verb
                mods = mods[len(mods) - mods[::-1].index("to") + 1:]
            while mods and (mods[0].lower() in SIGNING_VERBS or mods[0].lower() in _HEAD_VERBS):
                mods = mods[1:]
            if overlaps(s, e) or not mods or re.search(r"\b(?:without|no|any)\s*$", m.group(1)):
                continue
            s = e - len(m.group(2)) - len(" ".join(mods)) - 1
            out.append(AMention(s, e, text[s:e], m.group(2).lower(), False,
                                m.group(2).lower() in PLURAL_AGREEMENT_NOUNS, doc.sentence_of(s)))
    # an acronym defined for an agreement names it wherever it stands alone ("the RAA")
    acrs = {a.acronym for a in out if a.acronym}
    for acr in acrs:
        for m in re.finditer(r"\b" + re.escape(acr) + r"\b", text):
            if not overlaps(m.start(), m.end()) and not any(a.start <= m.start() < a.end + 8 for a in out):
                out.append(AMention(m.start(), m.end(), acr, "acronym", True, False,
                                    doc.sentence_of(m.start()), acronym=acr, in_post=in_post(m.start())))
    out.sort(key=lambda a: a.start)
    return out


def _status(doc: Document, a: AMention) -> str:
    text = doc.text
    s = doc.sentences[a.sentence]
    sent = text[s.start:s.end]
    rel = a.start - s.start
    if _PROPOSAL.search(sent):
        # the planned signing must be about this mention (same clause or right after it)
        return "proposed"
    words = re.findall(r"[A-Za-z][\w-]*", sent.lower())
    if any(w in SIGNING_VERBS for w in words) or re.search(r"\bsigning\b|\bsignature\b", sent, re.I):
        before = sent[:rel]
        if _BACKGROUND.search(before[-40:]) and not re.search(r"\b(?:sign|ink|formali|conclu|adopt)", before, re.I):
            return "background"
        return "signed"
    after = sent[rel + len(a.surface):rel + len(a.surface) + 40]
    if re.match(r"\s*(?:\([^)]*\)\s*)?(?:" + "|".join(IN_FORCE_VERBS) + r")\b", after) and not a.plural:
        return "signed"
    return "background"


_FAMILIES = {"ceasefire": "truce", "cease-fire": "truce", "truce": "truce",
             "joint statement": "statement", "joint declaration": "statement", "declaration": "statement",
             "joint communique": "statement", "joint communiqué": "statement",
             "terms of reference": "tor", "letter of intent": "loi", "letters of intent": "loi", "loi": "loi"}


def _proper_modifier(a: AMention) -> bool:
    """"the Lisbon agreement": a description with a proper name is its own agreement."""
    words = a.surface.split()
    return any(w[:1].isupper() for w in words[1:] if w.lower() not in _STOP)


def _family(noun: str) -> str:
    """Nouns a later generic phrase may use for the same agreement ("the deal" for a treaty)."""
    return _FAMILIES.get(noun, "agreement")


def _cluster(ms: list[AMention]) -> list[list[AMention]]:
    clusters: list[list[AMention]] = []

    def find_named(a: AMention) -> int | None:
        ca = _content(a.surface)
        for i, c in enumerate(clusters):
            for b in c:
                if not b.named:
                    continue
                if a.acronym and (a.acronym == b.acronym or a.acronym == _acronym_of(b.surface)):
                    return i
                if b.acronym and _acronym_of(a.surface) == b.acronym:
                    return i
                cb = _content(b.surface)
                if ca and cb and (ca <= cb or cb <= ca) and min(len(ca), len(cb)) >= 1 and (
                        len(ca & cb) >= 2 or ca == cb):
                    return i
                if ca and cb and len(ca & cb) / len(ca | cb) >= 0.5:
                    return i
        return None

    named = [a for a in ms if a.named and not a.plural]
    for a in named:
        i = find_named(a)
        if i is None:
            clusters.append([a])
        else:
            clusters[i].append(a)
    return _cluster_generic(ms, clusters)


class _Groups:
    """The clusters with what the generic-mention rules ask of them kept up to date, so that
    each question costs a lookup or a bisection rather than a scan of every member (which was
    quadratic in an article's agreement mentions)."""

    def __init__(self, clusters: list[list[AMention]]):
        self.clusters: list[list[AMention]] = []
        self.fams: list[set[str]] = []          # families of named / with_org members
        self.named_sents: list[set[int]] = []   # sentences of named members
        self.starts: list[list[int]] = []       # member starts, sorted
        self.plain: list[bool] = []             # no named or with_org member
        self.proper: list[bool] = []            # a member with a proper modifier
        self.org_first: dict[str, int] = {}     # with_org -> first cluster holding it
        for c in clusters:
            i = self.new(c[0])
            for b in c[1:]:
                self.add(i, b)

    def new(self, a: AMention) -> int:
        self.clusters.append([])
        for lst, v in ((self.fams, set()), (self.named_sents, set()), (self.starts, []),
                       (self.plain, True), (self.proper, False)):
            lst.append(v)
        i = len(self.clusters) - 1
        self.add(i, a)
        return i

    def add(self, i: int, b: AMention) -> None:
        self.clusters[i].append(b)
        if b.named or b.with_org:
            self.fams[i].add(_family(b.noun))
            self.plain[i] = False
        if b.named:
            self.named_sents[i].add(b.sentence)
        if b.with_org and self.org_first.get(b.with_org, i + 1) > i:
            self.org_first[b.with_org] = i
        self.proper[i] = self.proper[i] or _proper_modifier(b)
        insort(self.starts[i], b.start)

    def nearest(self, i: int, pos: int) -> tuple[int, int]:
        """(0, distance) to the nearest member at or before pos, else (1, distance) after it."""
        st = self.starts[i]
        k = bisect_right(st, pos)
        return (0, pos - st[k - 1]) if k else (1, st[0] - pos)


def _cluster_generic(ms: list[AMention], clusters: list[list[AMention]]) -> list[list[AMention]]:
    g = _Groups(clusters)
    for a in ms:
        if a.named or a.plural:
            continue
        if a.with_org:
            hit = g.org_first.get(a.with_org)
            if hit is None:
                g.new(a)
            else:
                g.add(hit, a)
            continue
        # a generic phrase joins the group named in its sentence, else the nearest named group
        # before it (or after it, for a headline or lead that names it only later)
        fam = _family(a.noun)
        ok = [i for i in range(len(g.clusters)) if fam in g.fams[i]]
        same = next((i for i in ok if a.sentence in g.named_sents[i]), None)
        if same is not None:
            g.add(same, a)
            continue
        best, dist = None, None
        for i in ok:
            key = g.nearest(i, a.start)
            if dist is None or key < dist:
                best, dist = i, key
        if best is not None and not (g.clusters[best][0].with_org and dist[0] == 1):
            g.add(best, a)
            continue
        # no named agreement of this kind: unnamed phrases of one kind name one agreement
        alone = [i for i in range(len(g.clusters)) if g.plain[i] and _family(g.clusters[i][0].noun) == fam
                 and not _proper_modifier(a) and not g.proper[i]]
        if alone:
            g.add(alone[-1], a)
        else:
            g.new(a)
    return g.clusters


def _resolve_day(word: str, ref: date | None) -> date | None:
    if ref is None:
        return None
    w = word.lower()
    if w == "today":
        return ref
    if w == "yesterday":
        return ref - timedelta(days=1)
    back = (ref.weekday() - WEEKDAYS[w]) % 7
    return ref - timedelta(days=back)


def _explicit(m: re.Match, ref: date | None) -> date | None:
    month = (m.group("m1") or m.group("m2") or "").lower().rstrip(".")
    day = int(m.group("d1") or m.group("d2"))
    year = m.group("y1") or m.group("y2")
    y = int(year) if year else (ref.year if ref else None)
    if y is None or month not in MONTHS:
        return None
    try:
        return date(y, MONTHS[month], day)
    except ValueError:
        return None


def _signing_sentences(doc: Document, group: list[AMention]) -> list[int]:
    return sorted({a.sentence for a in group if a.status == "signed"})


def _date(doc: Document, group: list[AMention], posts) -> tuple[str | None, str]:
    text = doc.text
    for si in _signing_sentences(doc, group):
        s = doc.sentences[si]
        ref = doc.date
        post = next((p for p in posts if p.start <= s.start < p.byline_end), None)
        if post is not None and post.date:
            ref = post.date
        m = _EXPLICIT_DATE.search(text, s.start, s.end)
        if m:
            d = _explicit(m, ref)
            if d:
                return d.isoformat(), "explicit_date"
        m = _RELATIVE_DAY.search(text, s.start, s.end)
        if m:
            d = _resolve_day(m.group(1), ref)
            if d:
                return d.isoformat(), f"relative_day:{m.group(1).lower()}"
    for a in group:
        if a.in_post is not None and a.status == "signed" and posts[a.in_post].date:
            return posts[a.in_post].date.isoformat(), "post_date"
    return None, ""


def _place(doc: Document, group: list[AMention]) -> str | None:
    text = doc.text
    sents = _signing_sentences(doc, group)
    order = []
    for si in sents:
        order.append(si)
    for si in sents:
        for k in range(si - 1, max(-1, si - 4), -1):
            if k not in order and doc.sentences[k].para >= 0:
                order.append(k)
    for si in order:
        s = doc.sentences[si]
        best = None
        for m in _PLACE.finditer(text, s.start, s.end):
            cand = m.group(2).strip().rstrip(".,")
            first = cand.split()[0].lower().rstrip(".,")
            if first in MONTHS or first in WEEKDAYS or country_of(cand) or re.match(r"\d", cand):
                continue
            if any(country_of(w) for w in cand.split()[:1]) and len(cand.split()) == 1:
                continue
            if re.search(r"\b(?:Ministry|Office|Department|Council|Agency|Region|Ocean|Sea)\b", cand):
                continue
            if m.group(1) == "in":
                return cand
            best = best or cand
        if best:
            return best
    return None


def _duration(doc: Document, group: list[AMention]) -> float | None:
    text = doc.text
    for a in group:
        s = doc.sentences[a.sentence]
        # near the mention, or anywhere in a sentence that reports the signing
        window = text[s.start:s.end] if a.status == "signed" else \
            text[max(s.start, a.start - 40):min(s.end, a.end + 60)]
        m = _DURATION.search(window)
        if m:
            n = m.group(1) or m.group(3)
            if n:
                return float(int(n))
            w = (m.group(2) or m.group(4)).lower()
            return float(ORDINAL_NUMBERS[w])
    return None


def _scope(doc: Document, group: list[AMention]) -> list[str]:
    text = doc.text
    out: list[str] = []
    for a in group:
        m = re.search(r"\s+(?:on|for)\s+(.+)$", a.surface)
        if a.named and m:
            out.append(_clean(m.group(1)).lower())
    for a in group:
        if a.status != "signed":
            continue            # what a merely mentioned agreement covers is not reported here
        s = doc.sentences[a.sentence]
        m = _SCOPE.search(text, a.end, s.end)
        if m and m.start() - a.end < 120:
            parts = re.split(r",\s*(?:and\s+)?", m.group(1))
            out.extend(_clean(p) for p in parts if 3 <= len(_clean(p)) <= 80)
    seen, res = set(), []
    for p in out:
        if p.lower() not in seen:
            seen.add(p.lower())
            res.append(p)
    return res[:6]


def find_agreements(doc: Document, analysis, country_mentions: list[CountryMention]) -> list[FoundAgreement]:
    titles = [(q.start, q.end) for q in analysis.spans if q.reading == "title"]
    posts = getattr(analysis, "posts", [])
    person_spans = [m for e in analysis.people for m in e.mentions]
    for pm in person_spans:
        pass
    ms = _mentions(doc, titles, posts, [_Span(m.title_start if m.title_start is not None else m.start, m.end)
                                        for m in person_spans])
    for a in ms:
        a.status = _status(doc, a)
    groups = _cluster(ms)
    text = doc.text
    people = analysis.people
    counts: dict[str, int] = {}
    for c in country_mentions:
        counts[c.country] = counts.get(c.country, 0) + 1
    home = max(counts, key=lambda k: counts[k]) if counts else None
    out: list[FoundAgreement] = []
    for g in groups:
        statuses = {a.status for a in g}
        status = "signed" if "signed" in statuses else "proposed" if "proposed" in statuses else "background"
        named = [a for a in g if a.named and a.noun != "acronym"]
        titled = [a for a in named if (a.start, a.end) in titles]
        if titled:
            main = titled[0]
        elif named:
            main = max(named, key=lambda a: (len(_content(a.surface)), a.surface[:1].isupper()))
        else:
            main = next((a for a in g if a.with_org), None) or max(
                g, key=lambda a: (re.search(r"\s(?:on|for|to)\s", a.surface) is not None, len(_content(a.surface))))
        name = _clean(main.surface)
        if main.with_org and not main.named:
            name = re.sub(r"^(?:the|a|an)\s+", "", main.surface, flags=re.I).strip()
            name = name[:1].lower() + name[1:]
        aliases = []
        for a in g:
            al = _clean(a.surface)
            if a.acronym and a.acronym not in aliases:
                aliases.append(a.acronym)
            if al and al != name and al not in aliases and len(al) > 2:
                aliases.append(al)
        fa = Agreement(id="", name=name, status=status, aliases=aliases,
                       kind=main.noun if main.noun != "acronym" else None)
        fa.rule = "agreement_noun:" + ("named" if named else "described") + f":{status}"
        # signatories: people who are the subject of the signing verb, or named with the group
        sig_ents = []
        sents = _signing_sentences(doc, g)
        for si in sents:
            s = doc.sentences[si]
            sent = text[s.start:s.end]
            for vm in re.finditer(r"\b(?:signed|inked|formali[sz]ed|adopted|concluded|sealed)\b", sent):
                vpos = s.start + vm.start()
                if re.search(r"\b(?:was|were|been|being|be)\s+$", sent[:vm.start()]):
                    continue
                subj = text[s.start:vpos]
                group_subject = _GROUP_SUBJECT.search(sent)
                found = []
                for e in people:
                    for m in e.mentions:
                        if s.start <= m.start < vpos and not m.in_quote and e not in found:
                            between = text[m.end:vpos]
                            if len(between) < 140 and (not re.search(r"\b(?:said|says|that|who|which)\b", between) or group_subject):
                                found.append(e)
                if group_subject and group_subject.start() > 0:
                    pass
                if not found and group_subject:
                    found = [e for e in people if any(s.start <= m.start < s.end and not m.in_quote for m in e.mentions)]
                # "X signed ... with Y"
                mw = re.search(r"\bwith\s+", text[vpos:s.end])
                if found and mw:
                    wpos = vpos + mw.end()
                    for e in people:
                        if any(wpos <= (m.title_start or m.start) <= wpos + 40 for m in e.mentions) and e not in found:
                            found.append(e)
                sig_ents.extend(e for e in found if e not in sig_ents)
            # a post: "We signed" by the author and the counterpart the post names
        for a in g:
            if a.in_post is not None and a.status == "signed":
                post = posts[a.in_post]
                ptext = text[post.start:post.end]
                if re.search(r"\b(?:We|we)\s+(?:\w+\s+)?(?:signed|inked|formali[sz]ed)\b", ptext):
                    author = next((e for e in people if post.handle in e.handles), None)
                    if author and author not in sig_ents:
                        sig_ents.append(author)
                    for e in people:
                        if e is not author and any(post.start <= m.start < post.end for m in e.mentions) and e not in sig_ents:
                            sig_ents.append(e)
        fa.signatories = [e.name for e in sig_ents if e.kind == "person"]
        # parties
        parties: list[str] = []

        def add(c):
            if c and c not in parties:
                parties.append(c)

        for a in g:
            for part in re.findall(r"[A-Z][\w.]*(?:-[A-Z][\w.]*)+", a.surface):
                for w in part.split("-"):
                    add(country_of(w))
        if len(parties) < 2:
            for si in sorted({a.sentence for a in g}):
                s = doc.sentences[si]
                mb = re.search(r"\bbetween\s+(?:the\s+)?(.{3,60}?)\s+and\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text[s.start:s.end])
                if mb:
                    for w in (mb.group(1), mb.group(2)):
                        add(country_of(w.strip()))
        if len(parties) < 2 and fa.signatories:
            for e in sig_ents:
                add(e.country)
        if len(parties) < 2:
            for si in sorted({a.sentence for a in g}):
                s = doc.sentences[si]
                for part in re.findall(r"\b[A-Z][\w.]*(?:-[A-Z][\w.]*)+", text[s.start:s.end]):
                    cs = [country_of(w) for w in part.split("-")]
                    if len([c for c in cs if c]) >= 2:
                        for c in cs:
                            add(c)
        if main.with_org:
            parties = [p for p in parties if p][:1] or ([home] if home else [])
            parties.append(main.with_org)
        if len(parties) < 2 and status == "signed":
            # the countries that the article says signed ("India and Australia ... signed")
            for s in doc.sentences:
                sent = text[s.start:s.end]
                mm = re.match(r"(?:[A-Z][\w .]*(?:\([^)]*\))?\s*[:—–,-]\s+)?(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+and\s+(?:the\s+)?"
                              r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:\w+\s+){0,3}?(?:signed|inked|concluded|sealed|issued|adopted)\b", sent)
                c1 = mm and (country_of(mm.group(1)) or country_of(mm.group(1).split()[0]))
                c2 = mm and (country_of(mm.group(2)) or country_of(mm.group(2).split()[0]))
                if c1 and c2:
                    add(c1)
                    add(c2)
                    break
        fa.parties = parties
        fa.date, date_rule = _date(doc, g, posts)
        fa.place = _place(doc, g) if status == "signed" else None
        fa.duration_years = _duration(doc, g)
        fa.scope = _scope(doc, g)
        if date_rule:
            fa.rule += f"; date:{date_rule}"
        out.append(FoundAgreement(fa, g))
    return out
