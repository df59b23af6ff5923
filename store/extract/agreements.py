"""Agreements: find every phrase that names one, decide its status, group the phrases that
name the same agreement, and fill in parties, signatories, date, place, duration and scope.

Triggers are agreement nouns (agreement, MoU, treaty, framework, declaration, deal...). A group
is `signed` when a mention sits in a sentence that reports its conclusion (signed, inked,
formalised, adopted, issued, "the signing of", or an agreement described as in force:
"the agreement with X provides for"), `proposed` when the conclusion is only planned
("will sign", "ready but not signed", "draft"), and `background` otherwise.

Every field of a group comes only from the group's own mentions and their sentences: nothing
travels between two agreements of one article.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from ..records import Agreement
from .countries import CountryMention, country_of, is_country_name
from .document import Document
from .lexicon import (AGREEMENT_DETERMINERS, AGREEMENT_HEAD_VERBS, AGREEMENT_NOUNS,
                      AGREEMENT_NOUN_SYNONYMS, AGREEMENT_STOP_WORDS, AMOUNT_ADJECTIVES,
                      BARE_AGREEMENT_NOUNS, BILATERAL_RELATION_NOUNS, CONCLUDING_VERBS,
                      DANGLING_WORDS, GROUP_SUBJECT_NOUNS, IN_FORCE_VERBS, KNOWN_ORGS, MONTH_NAMES,
                      MONTHS,
                      NON_PARTY_CUES, NON_STATE_PARTY_HEADS, NOT_SIGNING_PLACES, NOT_TOPIC_STARTS,
                      LIST_OPENER_WORDS, NOT_SIGNER_AFTER, PLACE_CLAUSE_BREAKS, PLACE_HEAD_WORDS,
                      RENEWING_VERBS, STATE_FORM_WORDS, NOT_DURATION_BEFORE, DOMAIN_WORDS, PERSON_TITLE_WORDS, PURPOSE_VERBS, HONORIFIC_WORDS, TOPIC_IN_NOUNS, TOPIC_FILLER_WORDS, BULLET_MARKS, EXCHANGE_VERBS,
                      FIELD_OF_PHRASES, OLD_AGREEMENT_MODIFIERS, GATHERING_NOUNS, PLACE_HEAD_FILLERS, PLACE_MODIFIED_NOUNS, TIME_PHRASE_WORDS,
                      ORDINAL_NUMBERS, NUMBER_WORDS, AGREEMENT_REFERRING_NOUNS, PARTY_ORG_HEADS, PLACE_PARTICLES, PLURAL_AGREEMENT_NOUNS,
                      PLURAL_DETERMINERS, PROSPECTIVE_MODIFIERS, SIGNING_VERBS,
                      SUBJECT_VERB_FILLERS, TOPIC_CLAUSE_STOPS, TWO_STATE_NOUNS,
                      VAGUE_AGREEMENT_NOUNS, WEEKDAYS,
                      SEPARATE_AGREEMENT_MODIFIERS, AMENDING_PARTICIPLES, CURRENCY_WORDS, GATHERING_KINDS, SALE_VERBS,
                      AGREED_ACTIONS, AGREED_ACTION_NOUNS, AGREED_GROUP_SUBJECTS, SINGULAR_OF_PLURAL_OFFICE, NOT_OFFICE_HOLDER_WORDS)
from .scan import grouped_alternation, lines_with, literal_alternation, longest_first

from .lexicon import (CITY_PART_NOUNS, LEAD_EVENT_WORDS, NAMED_FOR_VENUE_CUES, SIDES_AGENT_NOUNS,  # agrfld7
                      SIGNING_VENUE_NOUNS, HANDSHAKE_NOT_SIDE_WORDS)

from .lexicon import (CLOSING_TEXT_MODIFIERS, DOCUMENT_PACKAGE_HEADS, DOCUMENT_QUANTITY_WORDS, ISSUED_TEXT_SAYS,
                      NOT_AGREEMENT_DOCUMENTS, PROGRAMME_APPROVING_VERBS, PROGRAMME_HEADS, PROGRAMME_RELATION_WORDS,
                      RELATIONAL_PROGRAMME_HEADS, STATEMENT_ISSUING_PHRASES, PACKAGE_NAME_STOPS,
                      NAME_RUN_JOINERS, NOT_DONE_BEFORE_VERB, PROGRAMME_APPROVING_PRESENT,
                      TWO_SIDED_APPROVING_VERBS)

from .lexicon import CITYLESS_VENUE_NOUNS, SIGNED_INSTRUMENT_KINDS, SIGNED_SET_NOUNS  # agr8
from .countries import canonical  # agr9
from .lexicon import CAPITAL_STATES, SIGNING_IDIOMS  # agr9

# the same alternation grouped by first letter (literal_alternation says why it matches the same)
_NOUN_RE = "(?i:" + literal_alternation(AGREEMENT_NOUNS, space=r"\s+") + ")"
# Every agreement noun of a text, found once; the name and description rules look around each
# occurrence instead of scanning the whole text with patterns that may start anywhere.
# (the lookahead, implied by the nouns' first letters, rejects most words in one comparison)
_NOUN_FIND = re.compile(r"\b(?=(?i:[" + "".join(sorted({n[0] for n in AGREEMENT_NOUNS})) + r"]))" + _NOUN_RE + r"\b")
_NOUN_WORDS = frozenset(w for n in AGREEMENT_NOUNS for w in n.split())
_CAP = r"(?:[A-Z0-9][\w’'.\-]*)"
_CAP_WORD = re.compile(r"[A-Z0-9][\w’'.\-]*")


def _word_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    r"""The span of the word that spaces separate from `end`, read no further back than lo: what
    `re.search(r"([\w’'.\-]+(?:/[A-Z][\w’'.\-]*)*)\s+$", text[lo:end])` finds ("US/Saudi": one
    modifier), without trying the pattern at every position of the window (a search anchored at
    its end was a tenth of agreement finding). str.isspace and str.isalnum (with "_") are the
    regex engine's \s and \w."""
    j = end
    while j > lo and text[j - 1].isspace():
        j -= 1
    k = j
    while k > lo:
        c = text[k - 1]
        if c.isalnum() or c in "_’'.-":
            k -= 1
        elif c == "/" and k < j and "A" <= text[k] <= "Z" and k - 1 > lo and (
                text[k - 2].isalnum() or text[k - 2] in "_’'.-"):
            k -= 1          # "US/Saudi": a slash, then a capital, joins two words into one
        else:
            break
    return None if j == end or k == j else (k, j)
# what follows a capitalised agreement noun inside its name: "Agreement on Fisheries Data",
# "Terms of Reference on the establishment of a Joint Border Commission"
_NOT_NAME_WORD = (r"(?!(?:" + "|".join(w.capitalize() for w in list(WEEKDAYS) + [m for m in MONTHS if len(m) > 3])
                  + r")\b)")
_NAME_TAIL = re.compile(
    r"\s+(?:on|for|of|between|to)\s+(?:the\s+|a\s+)?(?:(?!(?:in|at|during|with|by|from|after|before)\s)[\w’'\-]+\s+){0,4}?"
    + _NOT_NAME_WORD + _CAP +
    r"(?:\s+(?:(?:and|of|in|on|for|the)\s+){0,2}" + _NOT_NAME_WORD + _CAP + r"){0,10}")
_ACRONYM_AFTER = re.compile(r"\s+\(([A-Z][A-Za-z0-9&-]{1,9})\)")
_STRICT_ACRONYM_AFTER = re.compile(r"\s+\(([A-Z]{2,8})\)")
_WITH_ORG = re.compile(r"(?:[ \t]+(?:reached|signed|concluded|struck|agreed))?[ \t]+with[ \t]+(?:the[ \t]+)?"
                       r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}")
# what a described agreement is about, in lower case: "an agreement on civil nuclear cooperation"
_ABOUT = re.compile(r"\s+(?:on|for|to)\s+([a-z][\w-]*(?:\s+(?:and\s+)?[a-z0-9][\w-]*){0,6})")
_LIST_CUT = re.compile(r"\s+and\s+(?:an?\s+|the\s+)?(?=" + _NOUN_RE + r"\b)")
# longest number words first so "twenty-five" is not read as "twenty"
_NUMBER_WORDS_RE = "|".join(longest_first(NUMBER_WORDS)).replace(" ", r"\s+")
# "five (5) years": legal style repeats the number in figures; the figures are skipped
_FIGURES_AGAIN = r"(?:\s*\(\d{1,3}\))?"
_DURATION = re.compile(
    r"\b(?:(\d{1,3})|(" + _NUMBER_WORDS_RE + r")" + _FIGURES_AGAIN + r")[\s-]+years?(?:[\s-]+long)?\b"
    r"|\bfor\s+(?:an?\s+|the\s+)?(?:(?:initial|first|period\s+of|further|another|next)\s+)*"
    r"(?:(\d{1,3})|(" + _NUMBER_WORDS_RE + r")" + _FIGURES_AGAIN + r")\s+(?:(?:more|further|additional)\s+)?years\b"
    r"|\bfor\s+(?:a|one|(two|three))\s+decades?\b"
    r"|\b(?:a\s+)?decade[\s-]+long\b|\bfor\s+half\s+a\s+century\b",
    re.IGNORECASE)
# the cues grouped under first letters, in this order (scan.grouped_alternation): the same matches
_PROPOSAL_CUES = ("will", "would", "could", "may", "might", "shall", "to be", "expected to", "plans? to",
                  "planning to", "set to", "aims? to", "hopes? to", "seeks? to", "ready to", "yet to", "not yet",
                  "has not", "have not", "had not", "ready but not", "draft", "proposed", "proposal for",
                  "proposes", r"negotiat\w*", "talks on", "discussed", "discussing", "working on", "finalising",
                  "finalizing", "push(?:ing)? for")
_PROPOSAL = re.compile(
    r"\b(?:" + grouped_alternation([(c[0], c[1:]) for c in _PROPOSAL_CUES]) + r")\b(?:\s+\w+){0,3}?\s+(?:be\s+)?"
    r"(?:sign|signed|ink|conclude|finali[sz]e|agree|adopt|seal|reach|struck|strike|issue|renew|extend|prolong)\w*|\bwhether\b",
    re.IGNORECASE)
_BACKGROUND = re.compile(r"\b(?:last|previous|earlier|existing|former|prior)\b|\bunder\s+(?:the|an?|its)\b|"
                         r"\bsince\b", re.IGNORECASE)
_MONTH_ALT = "|".join(m.capitalize() for m in MONTH_NAMES)
# "on the 3rd", "on Friday", "on March 3" (compiled here, where the regex cache keeps it)
_ON_A_DAY = re.compile(r"\bon\s+(?:(?:the\s+)?\d|[A-Z][a-z]+day|" + _MONTH_ALT + ")")
_EXPLICIT_DATE = re.compile(
    r"\b(?:(?P<m1>" + _MONTH_ALT + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>" + _MONTH_ALT + r")(?:,?\s+(?P<y2>\d{4}))?)\b")
_RELATIVE_DAY = re.compile(r"\b(today|yesterday|monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)\b", re.IGNORECASE)
_PLACE_WORD = r"[A-Z][\w’'.\-]*"
_PLACE = re.compile(r"\b(in|at)\s+(?:the\s+)?(" + _PLACE_WORD + r"(?:\s+(?:of\s+|(?:" +
                    "|".join(longest_first(PLACE_PARTICLES)) + r")\s+)?" + _PLACE_WORD + r"){0,3})")
# "in the Kenyan capital Nairobi", "in the capital, Accra", "in the capital city of Lima"
_CAPITAL_PLACE = re.compile(r"\bin\s+the\s+(?:[\w’'\-]+\s+){0,3}?capital(?:\s+city)?(?:\s+of)?,?\s+(" +
                            _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r")?)")
_SCOPE = re.compile(
    r"\b(?:focused on|focusing on|covering|covers|cover|aimed at|aims to|to strengthen|to enhance|"
    r"to boost|to deepen|provides for)\s+([^\"“”]{5,200}?)"
    r"(?:[.;]|,\s+(?:which|while|as|and\s+the|officials|the)\b|\s+for\s+(?:an?\s+)?(?:initial\s+)?\d|$)")
_CONCLUDING = re.compile(r"\b(?:" + "|".join(longest_first(CONCLUDING_VERBS)) + r")\b")
_GROUP_SUBJECT = re.compile(r"\b(?:(?:the\s+two|both)\s+(?:" + "|".join(longest_first(GROUP_SUBJECT_NOUNS)) + r")|we)\s+"
                            r"(?:\w+\s+){0,2}?(?:signed|inked|formali[sz]ed|adopted|concluded|sealed)\b",
                            re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(.{3,60}?)\s+and\s+([^,.;:()“”\"]{2,60})")
_CAPS_RUN_END = re.compile(r"((?:[A-Z][\w.’'\-]*\s+){1,4})(?:has\s+|have\s+|had\s+)?(?:\w+\s+){0,2}?$")
_SIGNED_FOR = re.compile(r"\b(?:signed|inked)\s+(?:\w+\s+){0,6}?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
                         r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|\band\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4}"
                         r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
                         r"|\band\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+by\b")
# "the US-Kenya pact", "the US/Saudi statement": outlets join the two sides by hyphen or slash
_HYPHEN_PAIR = re.compile(r"\b[A-Z][\w.]*(?:[-/][A-Z][\w.]*)+")
_PAIR_JOIN = re.compile(r"[-/]")
_NON_PARTY = re.compile(r"\b(?:" + literal_alternation(NON_PARTY_CUES) + r")\b",
                        re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"\b(?:signed|inked|concluded|sealed|issued|adopted|sign|signs|ink|"
                           r"inks|seal|seals|adopt|adopts|reached|agreed|agree|agrees|struck|"
                           + "|".join(sorted(RENEWING_VERBS | EXCHANGE_VERBS)) + r")\b")


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
    topic: bool = False          # a described agreement with what it is about
    parties: tuple[str, ...] = ()   # parties its own sentence names (for grouping)
    day: str | None = None          # signing day its own sentence names (for grouping)
    with_country: str | None = None  # "a similar agreement with Chile"
    headline: bool = False
    recalled: bool = False          # the article recalls it as past ("a previous MoU, signed in 2023")
    indefinite: bool = False        # introduced by "a/an": a new agreement, not one named before
    intro: int | None = None        # the sentence that introduces the bulleted list it stands in
    leads: tuple = ()               # "Three agreements were signed ... The first, an X, ...": the count
    separate: bool = False          # "a separate agreement": never one named before
    reached: bool = False           # "X and Y agreed to swap ...": an agreement with no noun, named by its act
    bundle: bool = False            # "signed cooperation agreements in various fields": one record for the set
    programme: bool = False         # "the X Partnership Program ... was approved": its status is read locally
    why: str | None = None          # the rule that made it signed, when not the sentence's signing verb
    headline_topic: bool = False    # "sign deal on X" in a headline: a name for a body agreement only


@dataclass(slots=True)
class FoundAgreement:
    """An agreement as the store will keep it (offsets still local) and the mentions it came from."""
    record: Agreement
    mentions: list[AMention]


@dataclass
class _Finder:
    """The mentions found so far in one article, and the spans they take."""
    doc: Document
    posts: list
    person_spans: list
    out: list[AMention] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    def overlaps(self, s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in self.taken)

    def in_post(self, pos: int) -> int | None:
        for i, p in enumerate(self.posts):
            if p.start <= pos < p.byline_end:
                return i
        return None

    def add(self, s: int, e: int, noun: str, named: bool, plural: bool, *, taken_end: int | None = None,
            **kw) -> AMention:
        a = AMention(s, e, self.text[s:e], noun, named, plural, self.doc.sentence_of(s),
                     in_post=self.in_post(s), **kw)
        self.out.append(a)
        self.taken.append((s, taken_end if taken_end is not None else e))
        return a


def _norm_noun(noun: str) -> str:
    return re.sub(r"\s+", " ", noun.lower())


@lru_cache(maxsize=4096)
def _content(s: str) -> frozenset[str]:
    words = re.findall(r"[\w’'\-]+", s.lower())
    return frozenset(w for w in words if w not in AGREEMENT_STOP_WORDS and w not in ORDINAL_NUMBERS
                     and w not in TOPIC_FILLER_WORDS and not re.fullmatch(r"\d+|\d+-years?|[\w-]*-year", w))


def _acronym_of(name: str) -> str:
    return "".join(w[0].upper() for w in re.findall(r"[A-Za-z][\w’'-]*", name)
                   if w.lower() not in ("of", "on", "for", "the", "and", "a", "an", "to"))


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,.;:’'‘\"“”")
    return re.sub(r"^(?:the|a|an|this|that|its|their|our)\s+", "", s, flags=re.IGNORECASE)


def _trim_dangling(s: str) -> str:
    """A name never ends in a preposition or article ("agreement on supplies of")."""
    words = s.split()
    while len(words) > 1 and words[-1].lower().strip(",;:") in DANGLING_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;:")


def _caps_before(text: str, pos: int, floor: int, limit: int = 6) -> int:
    """Where the run of up to `limit` capitalised words that ends at `pos` starts; the run
    stays in its line and sentence, and stops at a verb of a title-case headline ("Coast
    Leaders Sign Harbour Declaration")."""
    start = pos
    for _ in range(limit):
        m = _word_before(text, max(floor, start - 60), start)
        if m is None or not _CAP_WORD.fullmatch(text[m[0]:m[1]]) or "\n" in text[m[1]:start]:
            break
        w = text[m[0]:m[1]]
        if (w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w)) or w.lower() in SIGNING_VERBS \
                or w.lower() in AGREEMENT_HEAD_VERBS:
            break
        start = m[0]
    return start


def _words_before(text: str, pos: int, limit: int) -> list[tuple[int, str]]:
    """Up to `limit` words right before `pos`, nearest first, joined by spaces only."""
    out: list[tuple[int, str]] = []
    cur = pos
    for _ in range(limit):
        m = _word_before(text, max(0, cur - 40), cur)
        if m is None:
            break
        w = text[m[0]:m[1]].rstrip(".")
        if not w or not re.fullmatch(r"[\w’'\-]+(?:/[A-Z][\w’'\-]*)*", w):
            break
        out.append((m[0], w))
        cur = m[0]
    return out


# --- mention rules -------------------------------------------------------------------------

def _title_mentions(f: _Finder, titles: list[tuple[int, int]]) -> None:
    """A quoted title that holds an agreement noun names an agreement."""
    for s, e in titles:
        m = _NOUN_FIND.search(f.text, s, e)
        if m:
            f.add(s, e, _norm_noun(m.group(0)), True, False)


def _named_at(f: _Finder, m: re.Match, floor: int) -> int | None:
    """A capitalised name around the agreement noun `m` ("Defence Framework Agreement", "MoU on
    Submarine Search and Rescue"); returns where the search may go on, or None."""
    text = f.text
    ns, ne = m.span()
    s = _caps_before(text, ns, floor)
    e = ne
    tail = _NAME_TAIL.match(text, ne)
    if tail:
        e = tail.end()
    elif m.group(0)[:1].isupper() and not m.group(0).isupper() and m.group(0).lower() not in ("mou", "mous", "loi"):
        e = _topic_end(text, ne) or ne      # "Memorandum of Understanding on defence cooperation"
    e = _cut_signing_place(text, ne, e)
    acr_m = _ACRONYM_AFTER.match(text, e)
    acr = acr_m.group(1) if acr_m else None
    if not m.group(0)[:1].isupper() and not acr:
        return None
    acr_end = acr_m.end() if acr_m else e
    if acr_m and not tail:
        e = _topic_end(text, acr_m.end()) or e      # "memorandum of understanding (MoU) on X"
    # a list "an MoU on X and Terms of Reference on Y": cut at "and <another noun>"
    cut = _LIST_CUT.search(text, ne, e + 40)
    if cut and cut.start() < e:
        e, acr = cut.start(), None
    stop = re.search(r"\n|[.;:!?](?:\s|$)", text[s:e])
    if stop:
        e = s + stop.start()
    det = re.match(r"(?:The|A|An|This|That|His|Her|Its|Their|Our)\s+", text[s:e])
    if det:
        s += det.end()
    surface = text[s:e]
    if not surface.strip() or f.overlaps(s, e):
        return e
    if " " not in surface.strip() and (not surface[:1].isupper() or surface.lower() in BARE_AGREEMENT_NOUNS):
        return e
    noun = _norm_noun(m.group(0))
    f.add(s, e, noun, True, noun in PLURAL_AGREEMENT_NOUNS and not _proper_plural(text[s:ns]), acronym=acr,
          taken_end=max(e, acr_end) if acr else e)
    return e


_TAIL_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?$")
_TIME_AFTER = re.compile(r",?\s+(?:on\s+|this\s+|last\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|"
                         r"yesterday|" + "|".join(MONTH_NAMES) + r")\b", re.IGNORECASE)


def _cut_signing_place(text: str, ne: int, e: int) -> int:
    """"the X Accords for Peace in Kigali on Thursday": "in Kigali" before a time is where it was
    signed, not part of its name."""
    tp = _TAIL_PLACE.search(text, ne, e)
    if tp and _TIME_AFTER.match(text, e):
        return tp.start()
    return e


def _proper_plural(before: str) -> bool:
    """"the Kigali Accords for Peace": a capitalised plural after a place or person name is the
    name of one agreement, unlike "Defence Agreements" (several)."""
    words = before.split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in AGREEMENT_STOP_WORDS \
        and not _NOUN_FIND.search(before) and len(words) <= 2 and not any(
            w.lower() in DOMAIN_WORDS for w in words)


def _named_mentions(f: _Finder, nouns: list[re.Match]) -> None:
    pos = f.doc.body_start
    for m in nouns:
        if m.start() < pos:
            continue
        nxt = _named_at(f, m, pos)
        if nxt is not None:
            pos = max(pos, nxt)


def _acronym_named_mentions(f: _Finder, nouns: list[re.Match]) -> None:
    """A lower-case name that the article gives an acronym: "a reciprocal access agreement (RAA)"."""
    text = f.text
    skip = ("of", "on", "for", "the", "and", "a", "an")
    for m in nouns:
        am = _STRICT_ACRONYM_AFTER.match(text, m.end())
        if am is None or m.start() < f.doc.body_start:
            continue
        acr = am.group(1)
        lower = []
        for p, w in _words_before(text, m.start(), 5):
            if not w[:1].islower():
                break
            lower.append((p, w))
        words = [(p, w) for p, w in reversed(lower) if w not in skip]
        tail = " " + m.group(0)
        while words and _acronym_of(" ".join(w for _, w in words) + tail) != acr and len(words) >= len(acr):
            words = words[1:]
        if not words or _acronym_of(" ".join(w for _, w in words) + tail) != acr:
            continue
        s, e = words[0][0], m.end()
        te = _topic_end(text, am.end())     # "memorandum of understanding (MoU) on defence cooperation"
        if te is not None:
            e = te
        if not f.overlaps(s, e):
            f.add(s, e, m.group(0).split()[-1].lower(), True, False, acronym=acr, taken_end=max(e, am.end()))


def _determiner_before(text: str, ns: int) -> tuple[int, str, int] | None:
    """The nearest determiner within five words before an agreement noun: (its start, the word,
    where the modifiers start). "new" counts only when no other determiner is near."""
    words = _words_before(text, ns, 5)
    soft = None
    for i, (p, w) in enumerate(words):
        lw = w.lower()
        if i == 0 and lw == "to":
            return None     # "agreed to deal firmly with": a verb
        if lw in ("and", "or", "of", "to", "in", "on", "for", "by", "with") or _NOUN_FIND.fullmatch(w):
            # "the old ceasefire and new ceasefire talks": the noun alone, when a
            # determiner opens the phrase
            rest = [x.lower() for _, x in words[i + 1:]]
            return (p, lw, ns) if any(x in AGREEMENT_DETERMINERS for x in rest) else soft
        if lw in AGREEMENT_DETERMINERS or lw.isdigit():
            mods_start = words[i - 1][0] if i else ns
            return p, lw, mods_start
        if lw == "new" and soft is None:
            soft = (p, lw, words[i - 1][0] if i else ns)
    return soft


_TOPIC_WORDS = re.compile(r"[ \t]+(on|for|to)[ \t]+((?:[\w’'\-]+[ \t]+){0,13}[\w’'\-]+)")
_SPAN_OF_TIME = re.compile(r"(?:(?:an?|another|the|next|further|up|to|more|than|at|least|initial|period|of)\s+)*"
                           r"(?:\d+|[a-z]+)[\s-]+(?:(?:more|further|additional|extra)\s+)?"
                           r"(?:years?|months?|weeks?|days?|decades?)\b", re.IGNORECASE)


def _topic_end(text: str, ne: int) -> int | None:
    """Where the topic after a described agreement ends ("on civil nuclear cooperation", "to
    purchase 24 F-16 fighter jets"), or None: the topic stops at a new clause, a place or a
    time, and never ends in a dangling word; after "to" it needs a verb and its object."""
    tm = _TOPIC_WORDS.match(text, ne)
    if tm is None or _SPAN_OF_TIME.match(tm.group(2)):
        return None         # "renewed the agreement for another four years": how long, not what
    words = tm.group(2).split()
    if tm.group(1) == "on" and words[0] in ("a", "an", "the") and len(words) > 2 \
            and words[1][:1].islower() and words[1] not in NOT_TOPIC_STARTS:
        words = [words[0] + " " + words[1]] + words[2:]     # "on a permanent cessation of ..."
    elif words[0].lower() in NOT_TOPIC_STARTS or not words[0][:1].islower() or \
            (tm.group(1) == "to" and words[0].lower() in PURPOSE_VERBS):
        return None
    keep = [words[0]]
    stopped = False
    for i, w in enumerate(words[1:], 1):
        if w.lower() == "in" and (" ".join(words[i + 1:i + 4]).lower() in FIELD_OF_PHRASES or (
                keep[-1].lower() in TOPIC_IN_NOUNS and words[i + 1:i + 2] == ["the"]
                and words[i + 2:i + 3] and words[i + 2][:1].islower())):
            keep.append(w)          # "cooperation in the fields of defence industry", "in the defence industry"
            continue
        if w.lower() in ("and", "or") and _NOUN_FIND.match(" ".join(words[i + 1:i + 4]).removeprefix("a ")
                                                          .removeprefix("an ").removeprefix("the ")):
            stopped = True          # "... in the defence industry and a memorandum of understanding on ..."
            break
        if w.lower() in TOPIC_CLAUSE_STOPS or (w[:1].isupper() and tm.group(1) != "to" and not keep[-1][:1].isupper()
                                                and keep[-1] not in ("of", "and") and not keep[-1].endswith("ing")):
            stopped = True
            break
        keep.append(w)
    if not stopped and re.match(r"[ \t]+[\w’'\-]", text[tm.end():tm.end() + 3]):
        return None         # runs on past what a name holds: a clause, not a name ("... and cross-border")
    while keep and keep[-1].lower() in DANGLING_WORDS:
        keep.pop()
    if len(keep) < (2 if tm.group(1) == "to" else 1):
        return None
    return tm.start(2) + len(" ".join(keep))


def _generic_at(f: _Finder, m: re.Match) -> None:
    """A described agreement: "the new defence pact", "an agreement on X", "the deal with Y"."""
    text = f.text
    ns, ne = m.span()
    if f.overlaps(ns, ne):
        return
    det = _determiner_before(text, ns)
    if det is None:
        return
    _dp, dword, s = det
    noun = _norm_noun(m.group(0))
    mods = text[s:ns]
    if noun == "deal" and mods.strip().lower() in AMOUNT_ADJECTIVES and dword == "a" \
            and re.match(r"\s+(?:of|to|more|less)\b", text[ne:ne + 8]):
        return          # "a great deal of/to": an amount, not an agreement
    sent = f.doc.sentences[f.doc.sentence_of(ns)]
    if noun == "framework" and not re.search(r"\bsign|formali", text[sent.start:sent.end]):
        return
    if m.group(0)[:1].isupper() and " " in m.group(0) and not mods.strip():
        f.add(ns, ne, noun, True, noun in PLURAL_AGREEMENT_NOUNS)
        return
    if re.search(r"\b(?:and|or|of|to|in|on|for|by)\s*$", mods):
        s = ns
    plural = noun in PLURAL_AGREEMENT_NOUNS or dword in PLURAL_DETERMINERS or dword.isdigit()
    comp = _WITH_ORG.match(text, ne)
    e = ne
    topic = False
    label = None
    with_country = _with_country(f, comp) if comp else None
    if with_country:
        e, comp = ne + len(comp.group(0).rstrip()), None
    elif comp and _with_is_party_name(f, comp):
        e = comp.end()
        while text[e - 1:e].isspace():
            e -= 1
    else:
        comp = None
        te = _topic_end(text, ne)
        if te is not None:
            e, topic = te, True
        else:
            e, topic, label = _described_past_insert(text, ns, ne, noun)
            if not topic and not mods.strip():
                label = _agreed_act_label(text, _dp, noun)
                topic = label is not None
        ext = re.match(r"\s+(agreement|deal|accord|pact|treaty|arrangement)\b", text[e:e + 20])
        if ext:
            e += ext.end()
    with_org = _with_target(comp) if comp else None
    renewed = _RENEWAL_OF.match(text, ne)
    if renewed and not plural:
        # "the protocol on the extension of the agreement": that agreement's renewal, so a
        # reference back to it (its signatories, place and day), never an agreement of its own
        noun, topic, e = _kind(_norm_noun(renewed.group(1))), False, renewed.end()
    a = f.add(s, e, noun, False, plural, with_org=with_org, topic=topic, with_country=with_country,
              indefinite=dword in ("a", "an") and _new_signed_object(f, _dp),
              separate=bool(SEPARATE_AGREEMENT_MODIFIERS & {w.lower() for w in mods.split()}))
    if label:
        a.surface = label


# "a contract worth EUR1.2 billion ($1.4 billion) with Norwegian maker X for seven batteries": the
# price and the counterparty stand between the noun and what it is for
_AMOUNT = (r"(?:[ \t]+(?:worth|valued[ \t]+at)[ \t]+(?:about|around|some|nearly|over|almost|more[ \t]+than|"
           r"up[ \t]+to|an[ \t]+estimated)?[ \t]*[^\s,;]*\d[^\s,;]*(?:[ \t]+(?:million|billion|trillion|bn|mn|m))?"
           r"(?:[ \t]+(?:" + "|".join(sorted(CURRENCY_WORDS)) + r"))?(?:[ \t]*\([^()]{1,30}\))?)")
_WITH_PARTY_INSERT = r"[ \t]+with[ \t]+[^\s,;.()“”\"]+(?:[ \t]+[^\s,;.()“”\"]+){0,7}?"
_COMMERCIAL_INSERT = re.compile(r"(?:" + _AMOUNT + r"(?:" + _WITH_PARTY_INSERT + r")?|" + _WITH_PARTY_INSERT +
                                r")(?=[ \t]+(?:for|to)[ \t])")
# "an agreement extending the X-Y Policing Partnership (XYPP)": named by the act on a named programme
_AMENDING_NAMED = re.compile(r"[ \t]+(?:" + "|".join(sorted(AMENDING_PARTICIPLES)) + r")[ \t]+the[ \t]+"
                             r"[A-Z][\w’'.\-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|the[ \t]+){0,2}[A-Z][\w’'.\-]*){1,8}")


def _described_past_insert(text: str, ns: int, ne: int, noun: str) -> tuple[int, bool, str | None]:
    """A described agreement whose description does not follow its noun at once: what it is for
    after a price and a counterparty (named "contract for Y", without the insert), or the named
    programme it extends ("agreement extending the X Partnership"). (end, topic, label)"""
    am = _AMENDING_NAMED.match(text, ne)
    if am:
        return am.end(), True, None
    ins = _COMMERCIAL_INSERT.match(text, ne)
    if ins:
        te = _topic_end(text, ins.end())
        if te is not None:
            return te, True, noun + text[ins.end():te]
    return ne, False, None


_RENEWAL_OF = re.compile(
    r"[ \t]+(?:(?:on|for|to|of)[ \t]+(?:the[ \t]+)?(?:extension|renewal|prolongation|amendment|amendments)[ \t]+(?:of|to)"
    r"|(?:extending|renewing|prolonging|amending))[ \t]+(?:the|this|that|its|their)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,3}?(" + _NOUN_RE + r")\b", re.IGNORECASE)

# "also signed a joint declaration": a new agreement, the object of its own signing verb
_SIGNED_OBJECT = re.compile(r"\b(?:signed|inked|sealed|concluded|adopted|issued)\s+(?:[\w-]+\s+){0,2}$")


_AND_BEFORE = re.compile(r"\s(?:and|as\s+well\s+as)\s+$")


def _new_signed_object(f: _Finder, dp: int) -> bool:
    """"signed a fisheries agreement": a new agreement, the object of its signing; and so is a
    second one coordinated with it ("... and a customs protocol")."""
    text = f.text
    if _SIGNED_OBJECT.search(text, max(0, dp - 40), dp) is not None:
        return True
    si = f.doc.sentence_of(dp)
    return _AND_BEFORE.search(text, max(0, dp - 14), dp) is not None and any(
        b.indefinite and b.sentence == si and b.end <= dp and not text[b.end:dp].strip(" ,").count(" ") > 1
        for b in f.out)


def _with_target(comp: re.Match) -> str:
    """"(reached) with the Taliban" -> "Taliban"."""
    return re.sub(r"^\s*(?:(?:reached|signed|concluded|struck|agreed)\s+)?with\s+(?:the\s+)?", "",
                  comp.group(0)).strip()


def _with_country(f: _Finder, comp: re.Match) -> str | None:
    """"an agreement with Chile": the country it was made with (a party)."""
    words = _with_target(comp).split()
    c = country_of(" ".join(words)) or (country_of(words[0]) if len(words) == 1 else None)
    return c if c and not any(comp.start() <= x.start <= comp.end() for x in f.person_spans) else None


def _with_is_party_name(f: _Finder, comp: re.Match) -> bool:
    """"the deal with Kestrel Dynamics" names a company; "a treaty with Japanese Prime Minister X"
    or "with Chile" does not name a party of its own."""
    if any(comp.start() <= x.start <= comp.start() + 40 for x in f.person_spans):
        return False
    return not country_of(_with_target(comp))


def _generic_mentions(f: _Finder, nouns: list[re.Match]) -> None:
    for m in nouns:
        if m.start() >= f.doc.body_start:
            _generic_at(f, m)


def _headline_mentions(f: _Finder, nouns: list[re.Match]) -> None:
    """Headlines without a determiner: "... as historic defence agreement signed"."""
    doc = f.doc
    if not doc.title or not doc.paragraphs:
        return
    p = doc.paragraphs[0]
    for m in nouns:
        if not (p.start <= m.start() < p.end) or f.overlaps(m.start(), m.end()):
            continue
        words = []
        for q, w in _words_before(f.text, m.start(), 3):
            if not w[:1].islower():
                break
            words.append((q, w))
        words.reverse()
        low = [w.lower() for _, w in words]
        if "to" in low:       # "to debate maritime pact": after "to" comes a verb
            cut = len(low) - low[::-1].index("to") + 1
            words, low = words[cut:], low[cut:]
        verbs = [i for i, w in enumerate(low) if w in SIGNING_VERBS or w in AGREEMENT_HEAD_VERBS]
        if verbs:             # "leaders adopt declaration": the object only
            words, low = words[verbs[-1] + 1:], low[verbs[-1] + 1:]
        if _noun_is_headline_object(m, words, verbs):
            words, low = [(m.start(), m.group(0))], [m.group(0).lower()]
        if not words and verbs and _headline_topic(f, m):
            continue
        if not words or low[-1] in ("without", "no", "any"):
            continue
        s = words[0][0]
        noun = _norm_noun(m.group(0))
        f.out.append(AMention(s, m.end(), f.text[s:m.end()], noun, False,
                              noun in PLURAL_AGREEMENT_NOUNS, doc.sentence_of(s), headline=True))


def _acronym_reuse(f: _Finder) -> None:
    """An acronym defined for an agreement names it wherever it stands alone ("the RAA")."""
    for acr in {a.acronym for a in f.out if a.acronym}:
        for m in re.finditer(r"\b" + re.escape(acr) + r"\b", f.text):
            if not f.overlaps(m.start(), m.end()) and not any(a.start <= m.start() < a.end + 8 for a in f.out):
                f.out.append(AMention(m.start(), m.end(), acr, "acronym", True, False,
                                      f.doc.sentence_of(m.start()), acronym=acr,
                                      in_post=f.in_post(m.start())))


_COUNT = r"\d{1,3}(?:,\d{3})+"
_OBJECT_WORD = r"(?:" + _COUNT + r"|[\w’'\-]+)"
# "Ukraine and Russia have agreed to swap 1,000 prisoners-of-war each": a subject of two named
# sides (or "the two sides"), "agreed to", an action of an exchange, and its object up to the clause
_AGREED_ACTION = re.compile(
    r"(?:\b[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?"
    r"|\b(?i:" + "|".join(longest_first(AGREED_GROUP_SUBJECTS)).replace(" ", r"[ \t]+") + r"))"
    r"[ \t]+(?:have[ \t]+|had[ \t]+|also[ \t]+|formally[ \t]+){0,2}agreed[ \t]+(to[ \t]+(?:"
    + "|".join(sorted(AGREED_ACTIONS)) + r")[ \t]+" + _OBJECT_WORD +
    r"(?:[ \t]+(?!(?:following|after|before|during|in|at|on|by|when|while|as|but|and|with|from|under)\b)"
    + _OBJECT_WORD + r"){0,7})")
_AGREED_ACTION_NOUN = re.compile(
    r"(?:\b[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?"
    r"|\b(?i:" + "|".join(longest_first(AGREED_GROUP_SUBJECTS)).replace(" ", r"[ \t]+") + r"))"
    r"[ \t]+(?:have[ \t]+|had[ \t]+|also[ \t]+|formally[ \t]+){0,2}agreed[ \t]+(to[ \t]+an?[ \t]+(?:[\w’'\-]+[ \t]+){0,2}?(?:"
    + "|".join(sorted(AGREED_ACTION_NOUNS)) + r")\b(?:[ \t]+(?!(?:following|after|before|during|in|at|on|by|when|while|as|"
    r"but|and|with|from|under)\b)" + _OBJECT_WORD + r"){0,7})")


def _agreed_action_mentions(f: _Finder) -> None:
    """An exchange two sides agreed to at talks is an agreement the article reports, though it
    names no agreement noun: "agreement to swap 1,000 prisoners-of-war each"."""
    # "agreed to a prisoner exchange involving ...": the same action, named by its noun
    lines = lines_with(f.text, "agreed")  # each match holds the word, on one line
    found = [m for pat in (_AGREED_ACTION, _AGREED_ACTION_NOUN) for a, b in lines for m in pat.finditer(f.text, a, b)]
    for m in found:
        s, e = m.start(1), m.end(1)
        if m.start() < f.doc.body_start or f.overlaps(s, e):
            continue
        a = f.add(s, e, "agreement", False, False, topic=True, reached=True)
        a.surface = "agreement " + m.group(1)


# "were addressed in a document signed by ministers on 25 November": a signed document is an
# agreement though "document" alone is no agreement noun
_SIGNED_DOCUMENT = re.compile(r"\b(?:a|the)[ \t]+(document)[ \t]+(signed[ \t]+by[ \t]+(?:the[ \t]+)?[\w’'\-]+"
                              r"(?:[ \t]+(?:of[ \t]+)?[\w’'\-]+){0,3}?)(?=[ \t]+(?:on|in|at|last|this)\b|[,.;])")


def _signed_document_mentions(f: _Finder) -> None:
    for m in _SIGNED_DOCUMENT.finditer(f.text):
        if m.start() < f.doc.body_start or f.overlaps(m.start(1), m.end(2)):
            continue
        f.add(m.start(1), m.end(2), "document", False, False, topic=True)


MAX_AGREEMENT_MENTIONS = 200


def _mentions(doc: Document, titles: list[tuple[int, int]], posts, person_spans=()) -> list[AMention]:
    f = _Finder(doc, posts, list(person_spans))
    nouns = list(_NOUN_FIND.finditer(doc.text))
    _title_mentions(f, titles)
    _named_mentions(f, nouns)
    _acronym_named_mentions(f, nouns)
    _generic_mentions(f, nouns)
    _headline_mentions(f, nouns)
    _acronym_reuse(f)
    _agreed_action_mentions(f)
    _signed_document_mentions(f)
    _programme_mentions(f)
    _document_package_mentions(f)
    _arms_sale_mentions(f)
    f.out.sort(key=lambda a: a.start)
    # grouping compares mentions with each other; a news article has a few dozen, so a text with
    # hundreds is not one, and reading only its first ones keeps extraction linear
    return f.out[:MAX_AGREEMENT_MENTIONS]


# --- status ----------------------------------------------------------------------------------

_IN_FORCE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:" + "|".join(longest_first(IN_FORCE_VERBS)) + r")\b")


# "confirmed the agreement on a prisoner exchange": a side announcing an agreement the talks reached
_CONFIRMED_BEFORE = re.compile(r"\b(?:confirmed|announced)[ \t]+(?:the|an)[ \t]+$")


def _status(doc: Document, a: AMention, ref_year: int | None = None) -> str:
    text = doc.text
    s = doc.sentences[a.sentence]
    sent = text[s.start:s.end]
    if a.programme:     # "the X Program was approved": only a verb on the programme itself concludes it
        return _programme_status(doc, a, ref_year)
    if a.reached:       # "have agreed to swap": concluded at the talks the article reports
        return "proposed" if re.search(r"\b(?:will|would|could|may|might|if|whether|not)\b", sent[:a.start - s.start]) else "signed"
    rel = a.start - s.start
    if (_PROPOSAL.search(sent) and not _done_in_own_clause(sent, rel, a)) or _prospective(a, sent[:rel]):
        return "proposed"
    before = sent[:rel]
    intro = _bullet_intro(doc, a.sentence)
    if intro is not None:
        a.intro = intro
        return "signed"             # "The agreements signed were:" followed by a bulleted list
    if OLD_AGREEMENT_MODIFIERS & {w.lower() for w in re.findall(r"[\w-]+", a.surface)}:
        a.recalled = True
        return "background"         # "a previous truce brokered by X in 2024"
    if _SIGNED_APPOSITION.match(sent, rel + len(a.surface)) and not _long_ago(sent, ref_year):
        return "signed"             # "Under the agreement, signed in Abuja on Tuesday by ..."
    if _SIGNED_SAME_OCCASION.match(text, a.end):
        return "signed"             # "under a separate agreement signed the same day"
    # (the pattern ends in a space: the cheap test first spares its search of every position)
    if before[-1:].isspace() and _ADHERENCE_BEFORE.search(before) and not _SIGNED_OBJECT.search(before):
        a.recalled = True
        return "background"         # "their commitment to the regional protocol on peace": one in force
    if _cited_statement(a, sent, rel) and not _long_ago(sent, ref_year):
        return "signed"             # "In a joint statement, ..." / "according to a joint statement": issued
    if re.search(r"\b(?:(?:earlier|previous|existing|former|prior|last)|under\s+(?:the|an?|its|their))\s+"
                 r"(?:[\w-]+\s+){0,3}$", _RECENT_TIME.sub(" ", before), re.I):
        a.recalled = True
        return "background"         # "an earlier Defence Cooperation Agreement", "obligations under the X"
    if _long_ago(sent, ref_year) or _OVER_YEARS.search(sent):
        a.recalled = True
        return "background"         # "the Harbour Agreement dated March 3, 1971"
    if _NOT_CONCLUDED_AFTER.match(sent, rel + len(a.surface)):
        return "proposed"           # "the communique ... has been postponed"
    if a.topic and _CONFIRMED_BEFORE.search(before):
        return "signed"             # "X confirmed the agreement on a prisoner exchange": one reached
    if _statement_issued(a, sent, rel):
        return "signed"             # "the summit approved the X Declaration", "the final communique urged"
    words = re.findall(r"[A-Za-z][\w-]*", sent.lower())
    if any(w in SIGNING_VERBS for w in words) or re.search(r"\bsigning\b|\bsignature\b", sent, re.I) \
            or _SIGNING_IDIOM.search(sent):
        recent = _RECENT_TIME.sub(" ", before[-40:])      # "Canada and Mexico last week signed"
        if _BACKGROUND.search(recent) and not re.search(r"\b(?:sign|ink|formali|conclu|adopt)", before, re.I):
            a.recalled = True
            return "background"
        return "signed"
    after = sent[rel + len(a.surface):rel + len(a.surface) + 40]
    if _IN_FORCE_AFTER.match(after) and not a.plural:
        return "signed"
    return "background"


_SIGNING_IDIOM = re.compile(r"\b(?:" + "|".join(i.replace(" ", r"\s+") for i in SIGNING_IDIOMS) + r")\b", re.IGNORECASE)
_TO_CONCLUDE = re.compile(r"(?:\bto\s+(?:reach|sign|conclude|finali[sz]e|seal|strike|negotiate|agree\s+on|agree\s+to)|"
                          r"\b(?:bid|plan|plans|proposal|push|effort|efforts|talks)\s+(?:to|for|on)(?:\s+set\s+up)?|"
                          r"\b(?:seeks?|seeking|sought|wants?|calls?\s+for|called\s+for|urged?|urging|pushe?s?\s+for|"
                          r"discuss|discussed|discussing))[\s,]+(?:[\w’'\-,]+\s+){0,4}$", re.IGNORECASE)


_BULLET_START = re.compile(r"\s*[" + re.escape(BULLET_MARKS) + r"]\s")
_BULLET_LOOKBACK = 30       # items read back to the list's opening line (bounded: linear)


def _bullet_intro(doc: Document, si: int) -> int | None:
    """The sentence that opens the bulleted list a sentence stands in, when that opening reports a
    signing ("The agreements signed were:", "The two sides signed the following:")."""
    text = doc.text
    if not _BULLET_START.match(text, doc.sentences[si].start):
        return None
    for k in range(si - 1, max(-1, si - _BULLET_LOOKBACK), -1):
        s = doc.sentences[k]
        if _BULLET_START.match(text, s.start):
            continue
        line = text[s.start:s.end].rstrip()
        signs = re.search(r"\b(?:signed|inked|concluded|exchanged|signing|adopted)\b", line, re.I)
        return k if line.endswith(":") and signs else None
    return None


# an agreement the parties are bound by or act under, mentioned in passing: "reaffirms the
# commitment of both governments to the regional protocol", "in line with the 2019 charter"
_ADHERENCE_BEFORE = re.compile(
    r"(?:\b(?:commitments?|adherence|obligations?|attachment)\s+(?:[\w’'\-]+\s+){0,4}?(?:to|under)"
    r"|\b(?:in\s+line\s+with|in\s+accordance\s+with|consistent\s+with|pursuant\s+to|in\s+keeping\s+with))"
    r"\s+(?:the|its|their|our)\s+(?:[\w’'\-]+\s+){0,5}$", re.IGNORECASE)
# a joint statement or communique the article quotes from was issued: "In a joint statement, ...",
# "according to the joint communique", "the joint declaration said"
_CITED_BEFORE = re.compile(r"(?:\baccording\s+to|^\s*in|\b(?:said|stated|noted|declared|wrote)\s+in)\s+(?:a|the|their|its)\s+$",
                           re.IGNORECASE)
_CITED_AFTER = re.compile(r",?\s+(?:said|says|read|reads|stated|states|added|noted|declared)\b")


def _cited_statement(a: AMention, sent: str, rel: int) -> bool:
    if _kind(a.noun) != "statement" or "joint" not in a.surface.lower():
        return False
    return bool(_CITED_BEFORE.search(sent[:rel]) or _CITED_AFTER.match(sent, rel + len(a.surface)))


# an agreement signed at the signing the article reports, said after its noun without a comma
_SIGNED_SAME_OCCASION = re.compile(r"[ \t]+(?:also[ \t]+)?(?:signed|inked|concluded)[ \t]+(?:on[ \t]+|at[ \t]+)?"
                                   r"(?:the[ \t]+same[ \t]+(?:day|ceremony|occasion|time|event)|alongside\b)")
_SIGNED_APPOSITION = re.compile(r",\s+(?:which\s+was\s+)?(?:signed|inked|concluded|sealed)\b(?!\s+(?:in|on)\s+\d{4})")


def _prospective(a: AMention, before: str) -> bool:
    """"a potential truce", "a draft deal", "talks to reach a peace deal": an agreement
    not (yet) concluded."""
    mods = {w.lower() for w in re.findall(r"[\w-]+", a.surface)}
    tail = before[-60:]     # _TO_CONCLUDE ends in a space or a comma: tested first, cheaply
    return bool(mods & PROSPECTIVE_MODIFIERS) or bool((tail[-1:].isspace() or tail.endswith(","))
                                                      and _TO_CONCLUDE.search(tail))


# "over the past decades, 40 agreements were signed": a record of past signings
# "Canada and Mexico last week signed a deal": a recent signing, not "the last agreement"
_RECENT_TIME = re.compile(r"\b(?:last|earlier\s+this)\s+(?:week|weekend|month|night|year)\s+"
                          r"(?=(?:signed|inked|sealed|concluded|agreed)\b)", re.IGNORECASE)
_OVER_YEARS = re.compile(r"\b(?:over|during|in|throughout)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                         r"(?:a\s+|two\s+|three\s+|several\s+|"
                         r"many\s+)?(?:quarter\s+of\s+a\s+century|half\s+a\s+century|decades?|centur(?:y|ies))\b",
                         re.IGNORECASE)
_NOT_CONCLUDED_AFTER = re.compile(r"[^.;]{0,140}?\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:delayed|postponed|"
                                  r"stalled|shelved|not\s+(?:been\s+)?(?:signed|issued|adopted))\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _reference_year(doc: Document) -> int | None:
    """The article's year, or, undated, the latest year it names."""
    if doc.date:
        return doc.date.year
    return _latest_year(doc.text)


@lru_cache(maxsize=4)      # asked for every mention of a group: one scan of the article, not one each
def _latest_year(text: str) -> int | None:
    return max((int(y) for y in _YEAR.findall(text)), default=None)


def _long_ago(sent: str, ref_year: int | None) -> bool:
    """A sentence whose only dates are years before the reference year: it recalls an old
    signing."""
    years = [int(y) for y in _YEAR.findall(sent)]
    return bool(years) and ref_year is not None and max(years) < ref_year - 1


# --- grouping --------------------------------------------------------------------------------

def _proper_modifier(a: AMention) -> bool:
    """"the Lisbon agreement": a description with a proper name before its noun is its own
    agreement ("a pact with China" names its party, not itself)."""
    head = _NOUN_FIND.search(a.surface)
    words = a.surface[:head.end() if head else len(a.surface)].split()
    return any(w[:1].isupper() for w in words[1:] if w.lower() not in AGREEMENT_STOP_WORDS)


def _names_same(a: AMention, b: AMention) -> bool:
    """Two names of one agreement: an acronym and its expansion, or the same content words."""
    if a.acronym and (a.acronym == b.acronym or a.acronym == _acronym_of(b.surface)):
        return True
    if b.acronym and (_acronym_of(a.surface) == b.acronym or a.surface.lower() == b.acronym.lower()):
        return True
    ca, cb = _content(a.surface), _content(b.surface)
    if not ca or not cb:
        return False
    if (ca <= cb or cb <= ca) and (len(ca & cb) >= 2 or ca == cb):
        return True
    return len(ca & cb) / len(ca | cb) >= 0.5


def _compatible(a: AMention, c: list[AMention]) -> bool:
    """Different parties or a different signing day in their own sentences: two agreements."""
    for b in c:
        pa, pb = set(a.parties), set(b.parties)
        if pa and pb and not (pa <= pb or pb <= pa):
            return False
        if a.day and b.day and a.day != b.day:
            return False
    return True


def _live_to_old(a: AMention, c: list[AMention]) -> bool:
    """A phrase about a signed or planned agreement does not refer forward to one the article
    only recalls later ("a previous Memorandum ..., signed in 2023")."""
    new = re.search(r"\b(?:new|latest|fresh|updated)\b", a.surface, re.I) is not None
    if a.status == "signed" and a.topic and all(b.status == "background" and b.start > a.start for b in c):
        return True     # "... signed a memorandum ... both are parties to the Polar Treaty"
    if _old_named(a) and any(b.status == "signed" and not b.recalled for b in c):
        return True     # "the original arrangement" is not the extension signed yesterday
    return a.status != "background" and all(b.recalled and (b.start > a.start or new) for b in c)


def _old_named(a: AMention) -> bool:
    return bool(OLD_AGREEMENT_MODIFIERS & {w.lower() for w in re.findall(r"[\w-]+", a.surface)})


def _only_named_background(a: AMention, c: list[AMention]) -> bool:
    """"sign ... logistics memorandum" never stands for "the Polar Treaty" that the article only
    mentions: a signed phrase of another kind does not join a named agreement in the background."""
    return a.status == "signed" and any(b.named for b in c) and all(b.status == "background" for b in c)


def _is_bare_acronym_noun(a: AMention) -> bool:
    """"MoU" alone: a generic reference, not a name of its own."""
    return a.named and a.surface.lower() in ("mou", "mous", "loi")


def _kind(noun: str) -> str:
    return AGREEMENT_NOUN_SYNONYMS.get(noun, noun)


def _is_vague(a: AMention) -> bool:
    """"the deal", "the agreement": may refer back to an agreement of any kind."""
    return (a.noun in VAGUE_AGREEMENT_NOUNS and not a.topic and not a.with_org
            and not _proper_modifier(a))


def _refers_to(a: AMention, c: list[AMention]) -> bool:
    """A generic phrase may refer to a group: a vague noun to any; a specific noun ("the MoU",
    "the treaty", "the ceasefire") to a group with a mention of its kind or its acronym; a
    described one ("an MoU on trade") never to one described otherwise."""
    if not _compatible(a, c) or _live_to_old(a, c) or _pair_document_apart(a, c) or _two_new_in_one(a, c) \
            or _forward_to_separate(a, c):
        return False
    if a.topic and any(b.topic and _content(b.surface) != _content(a.surface) for b in c):
        return False
    if _is_vague(a):
        return True
    return _same_kind(a, c)


def _forward_to_separate(a: AMention, c: list[AMention]) -> bool:
    """"under an agreement signed on Wednesday ... A separate memorandum on sea mines, signed in
    2024, ...": a phrase never refers forward to what the article calls separate from it."""
    return all(b.separate and b.start > a.start for b in c)


def _two_new_in_one(a: AMention, c: list[AMention]) -> bool:
    """"signed a fisheries agreement and a customs protocol": two phrases a sentence introduces
    with "a" are two new agreements, even when one of them has a noun as vague as "agreement"."""
    return a.indefinite and not a.plural and any(b.indefinite and not b.plural and b.sentence == a.sentence
                                                 and b.start != a.start for b in c)


def _same_kind(a: AMention, c: list[AMention]) -> bool:
    kind = _kind(a.noun)
    return any(_kind(b.noun) == kind or (b.acronym and a.surface.lower() == b.acronym.lower())
               or (b.named and kind in _kind_words(b)) for b in c)


def _kind_words(b: AMention) -> set[str]:
    """The agreement nouns a named mention contains ("Defence Cooperation Agreement" holds
    "agreement"; "Memorandum of Understanding (MoU)" holds "mou")."""
    return {_kind(_norm_noun(m.group(0))) for m in _NOUN_FIND.finditer(b.surface)} | {_kind(b.noun)}


def _cluster_named(ms: list[AMention], clusters: list[list[AMention]]) -> None:
    for a in ms:
        if not a.named or a.plural or _is_bare_acronym_noun(a):
            continue
        hit = next((c for c in clusters if any(b.named and _names_same(a, b) for b in c)
                    and _compatible(a, c)), None)
        if hit is None:
            clusters.append([a])
        else:
            hit.append(a)


def _nearest_cluster(a: AMention, cands: list[list[AMention]]) -> tuple[list[AMention] | None, tuple | None]:
    """The group with a mention closest before `a`, else closest after it."""
    best, dist = None, None
    for c in cands:
        for b in c:
            d = a.start - b.start
            key = (0 if d >= 0 else 1, abs(d))
            if dist is None or key < dist:
                best, dist = c, key
    return best, dist


def _join_generic(a: AMention, clusters: list[list[AMention]]) -> None:
    """A generic phrase joins the group named in its sentence, else the nearest group it may
    refer to (before it, or after it for a headline or lead that names it only later); a
    phrase with a proper modifier ("the Lisbon agreement") or nothing to refer to starts one."""
    if a.separate:
        clusters.append([a])    # "under a separate agreement": not one named before
        return
    ok = [c for c in clusters if _refers_to(a, c)]
    if not ok and not (a.topic or a.with_country or _proper_modifier(a) or (a.indefinite and a.status == "signed")
                       or _opens_with_two_sides(a)):
        # "the treaty" in an article whose only agreement is an "arrangement": that one
        ok = [c for c in clusters if _compatible(a, c) and not _live_to_old(a, c)
              and not any(_same_kind(b, [a]) for b in c) and not _only_named_background(a, c)
              and not _described_apart(a, c) and not _statement_apart(a, c) and not _forward_to_separate(a, c)]
    words = _content(a.surface)
    shared = [c for c in ok if words & set().union(*(_content(b.surface) for b in c))] if words else []
    if shared:
        ok = shared     # "defence industry pact" goes with the defence industry framework, not the memorandum
    same = [c for c in ok if any(b.sentence == a.sentence and b.named and b.start < a.start for b in c)]
    if same:
        same[0].append(a)
        return
    named = [c for c in ok if any(b.named or b.with_org for b in c)]
    if not _proper_modifier(a):
        named += [c for c in ok if c not in named and not any(_proper_modifier(b) for b in c)]
    best, dist = _nearest_cluster(a, named)
    if best is not None and not (best[0].with_org and dist[0] == 1):
        best.append(a)
    else:
        clusters.append([a])


def _opens_with_two_sides(a: AMention) -> bool:
    """"the US/Saudi joint statement": the pair's own document, never a stand-in for another
    kind of agreement named before (a declaration the pair only refers to)."""
    parts = _PAIR_JOIN.split(a.surface.split()[0]) if a.surface.split() else []
    return len(parts) >= 2 and sum(1 for p in parts if country_of(p)) >= 2


def _pair_document_apart(a: AMention, c: list[AMention]) -> bool:
    """"the US/Saudi joint statement says" beside "the May 11 Jeddah Declaration" the pair only
    refers to: a document the two sides issue now is not another instrument, named before and
    only ever mentioned as background, even when both are of the statement family."""
    return (a.status == "signed" and _opens_with_two_sides(a) and all(b.named and b.status == "background" for b in c)
            and all(b.noun != a.noun for b in c))


def _described_apart(a: AMention, c: list[AMention]) -> bool:
    """"The bilateral security treaty" does not stand for an "agreement extending the policing
    partnership": a phrase of another kind whose own words the group never uses is another one."""
    words = _content(a.surface) - _NOUN_WORDS
    return bool(words) and not words & set().union(*(_content(b.surface) for b in c))


def _statement_apart(a: AMention, c: list[AMention]) -> bool:
    """"signed an MoU ... In a joint press statement released after the talks, ...": a joint
    statement is a text of its own, never another name for a signed instrument (a truce or an
    "agreement" may be what the statement itself announced)."""
    return _kind(a.noun) == "statement" and "joint" in a.surface.lower() \
        and any(_kind(b.noun) in SIGNED_INSTRUMENT_KINDS for b in c) and not any(_kind(b.noun) == "statement" for b in c)


def _join_with_org(a: AMention, clusters: list[list[AMention]]) -> None:
    hit = next((c for c in clusters if any(b.with_org == a.with_org for b in c)), None)
    if hit is None:
        clusters.append([a])
    else:
        hit.append(a)


def _merge_headline_names(clusters: list[list[AMention]]) -> None:
    """A headline's short name ("UAE, Indonesia sign MoU on defence industry cooperation") joins
    the one body agreement of its kind that shares two content words with it; never when two
    body agreements could be meant."""
    for c in [c for c in clusters if all(a.sentence == 0 for a in c)]:
        kinds = {k for a in c for k in _kind_words(a)}
        words = set().union(*(_content(a.surface) for a in c))
        hits = [d for d in clusters if d is not c and any(b.sentence > 0 for b in d)
                and kinds & {k for b in d for k in _kind_words(b)}
                and len(words & set().union(*(_content(b.surface) for b in d))) >= 2]
        if len(hits) == 1:
            hits[0].extend(c)
            clusters.remove(c)


def _is_caps_line(a: AMention) -> bool:
    return any(ch.isalpha() for ch in a.surface) and a.surface == a.surface.upper() and len(a.surface) > 5


def _merge_caps_headlines(clusters: list[list[AMention]]) -> None:
    """A headline in capitals ("X AND Y SIGN MEMORANDUM OF UNDERSTANDING ON ...") repeats the
    body's agreement: it joins the one body agreement of its kind; never when two could be meant."""
    for c in [c for c in clusters if all(_is_caps_line(a) for a in c)]:
        kinds = {k for a in c for k in _kind_words(a)}
        hits = [d for d in clusters if d is not c and not all(_is_caps_line(b) for b in d)
                and kinds & {k for b in d for k in _kind_words(b)}]
        if len(hits) == 1:
            hits[0].extend(c)
            clusters.remove(c)


def _cluster(ms: list[AMention]) -> list[list[AMention]]:
    """Named mentions first, then phrases of a specific kind, then vague ones ("the deal"), so
    that a vague phrase finds every agreement it may refer to."""
    clusters: list[list[AMention]] = []
    _cluster_named(ms, clusters)
    _merge_headline_names(clusters)
    _merge_caps_headlines(clusters)
    rest = [a for a in ms if not a.plural and (not a.named or _is_bare_acronym_noun(a))]
    for a in sorted(rest, key=lambda a: _is_vague(a)):
        if a.with_org:
            _join_with_org(a, clusters)
        else:
            _join_generic(a, clusters)
    clusters.extend([a] for a in ms if a.bundle)
    for c in clusters:
        c.sort(key=lambda a: a.start)
    return clusters


def _split_later_joint_statements(doc: Document, clusters: list[list[AMention]]) -> None:
    """"signed a border agreement on Friday. ... In a joint statement, the two said ...": a joint
    statement told after a signing the article already reported is the two sides' own text, not
    another name for what they signed (one told in the signing's own sentence, or before it, may
    be what announced it; so may an agreement only "reached", or a "joint agreement"). The phrases
    around it keep the group they joined."""
    for c in list(clusters):
        signed = [a.sentence for a in c if _signed_instrument(doc, a)]
        joint = [a for a in c if _kind(a.noun) == "statement" and "joint" in a.surface.lower()]
        if not signed or not joint or joint[0].sentence <= min(signed) \
                or any(_kind(a.noun) == "statement" and a.start < joint[0].start for a in c):
            continue
        own = [a for a in c if _kind(a.noun) == "statement" and a.start >= joint[0].start]
        c[:] = [a for a in c if a not in own]
        clusters.append(own)


def _signed_instrument(doc: Document, a: AMention) -> bool:
    if a.status != "signed" or a.headline or _kind(a.noun) == "statement" or "joint" in a.surface.lower():
        return False
    s = doc.sentences[a.sentence]
    return re.search(r"\b(?:signed|inked)\b", doc.text[s.start:s.end]) is not None


# --- date, place, duration, scope ---------------------------------------------------------

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
        d = date(y, MONTHS[month], day)
    except ValueError:
        return None
    if not year and ref and d > ref + timedelta(days=1):
        # "on June 27" in a January article: the latest June 27 on or before it
        try:
            d = date(y - 1, MONTHS[month], day)
        except ValueError:
            return None
    return d


def _sentence_ref(doc: Document, start: int, posts) -> date | None:
    post = next((p for p in posts if p.start <= start < p.byline_end), None)
    return post.date if post is not None and post.date else doc.date


def _day_in(doc: Document, si: int, posts) -> tuple[date | None, str]:
    """The signing day a sentence states: a date introduced by "on" first ("on Friday, June
    27", "on Wednesday"), else the first explicit date, else a weekday, today or yesterday."""
    text = doc.text
    s = doc.sentences[si]
    ref = _sentence_ref(doc, s.start, posts)
    explicit = [m for m in _EXPLICIT_DATE.finditer(text, s.start, s.end)
                if not doc.in_dateline(m.start()) and not _in_dateline(text, m)
                and not _reporting_day(text, s.start, m.start()) and not _quoted_gathering(doc, si, m.start())]
    on = [m for m in explicit
          if re.search(r"\bon\s+(?:\w+,?\s+)?(?:the\s+)?$", text[max(s.start, m.start() - 16):m.start()])]
    for m in on + explicit:
        d = _explicit(m, ref)
        if d:
            return d, "explicit_date"
    if _VAGUE_SIGNING_TIME.search(text, s.start, s.end):
        return None, ""             # "signed in March", "inked last month": a weekday here is another event's
    for m in _RELATIVE_DAY.finditer(text, s.start, s.end):
        if _reporting_day(text, s.start, m.start()) or _quoted_gathering(doc, si, m.start()):
            continue
        d = _resolve_day(m.group(1), ref)
        if d:
            return d, f"relative_day:{m.group(1).lower()}"
    return None, ""


_VAGUE_SIGNING_TIME = re.compile(
    r"\b(?:signed|inked|concluded|sealed|agreed|reached)\s+(?:[\w-]+\s+){0,2}?(?:in\s+(?:early\s+|late\s+|mid-?)?(?:"
    + _MONTH_ALT + r"|\d{4})\b|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))")


# "DAKAR, Feb 14 (Reuters) -", "Lome, May 2, ATOP –", "ABU DHABI, 15th July, 2025 (WAM) --": the
# day the story was filed, not a signing day
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:date\s+\S+\s+)?[A-Z][\w .’'\-\[\]]{1,40},[ \t]*$")
_DATELINE_AFTER = re.compile(r",?[ \t]*(?:\d{4},?[ \t]*)?(?:\([\w .]{2,20}\)|[A-Z]{2,8}\b[ \t]*[-–—:]|[-–—:]|$|\n)")


def _in_dateline(text: str, m: re.Match) -> bool:
    """A date in the dateline that opens a story, or alone on its line."""
    before = text[max(0, m.start() - 60):m.start()]
    line_alone = re.search(r"(?:^|\n)[ \t]*$", before) and re.match(r"[ \t]*(?:\n|$)", text[m.end():m.end() + 4])
    return bool(line_alone) or (_DATELINE_BEFORE.search(before) is not None
                                and _DATELINE_AFTER.match(text, m.end(), m.end() + 30) is not None)


_REPORTING_BEFORE_DAY = re.compile(
    r"\b(?:said|says|told|announced|stated|confirmed|reported|speaking|spoke|briefing|conference|"
    r"interview|briefed|added)\b(?:\s+[\w’'\-]+,?){0,5}\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


def _reporting_day(text: str, lo: int, pos: int) -> bool:
    """"the ministry said on Tuesday", "speaking at a news conference in Seoul on Wednesday": the
    day it was reported, not the day it was signed."""
    return _REPORTING_BEFORE_DAY.search(text, max(lo, pos - 80), pos) is not None


_IT_WAS_SIGNED = re.compile(r"\s*(?:It|This|The\s+(?:extension|renewal|amendment|document|text))"
                            # "The document, called the "Pacto ...", was signed by": its title set off
                            r"(?:,\s+(?:called|named|titled|entitled|known\s+as)\s+[^,.]{3,160},)?"
                            r"\s+(?:was|has\s+been|had\s+been)\s+"
                            r"(?:\w+\s+)?(?:(?:initial+ed|approved)\s+and\s+)?(?:signed|inked|initial+ed)\b")


# A next sentence that tells the same signing without naming the agreement again: "The signing
# ceremony took place at ...", "X and Y signed the document."
_SIGNED_THE_DOCUMENT = re.compile(r"\b(?:signed|inked)\s+the\s+(?:" + "|".join(sorted(AGREEMENT_REFERRING_NOUNS)) +
                                  r")\s*[.,;]")


# "The documents were signed by X and his counterpart Y": a next sentence that names who signed
# the set the sentence before reported ("signed a framework agreement and a protocol").
_SET_WAS_SIGNED_BY = re.compile(r"\s*(?:The|Both)\s+(?:two\s+|three\s+)?(?:" + "|".join(longest_first(SIGNED_SET_NOUNS)).replace(" ", r"\s+") +
                                r")\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:signed|inked)\s+by\b")


def _signing_follow_up(sent: str) -> bool:
    return bool(re.match(r"\s*The\s+signing\s+(?:ceremony\s+)?(?:took\s+place|was\s+held)\b", sent)
                or _SIGNED_THE_DOCUMENT.search(sent) or _SET_WAS_SIGNED_BY.match(sent))


def _signing_sentences(group: list[AMention], doc: Document | None = None) -> list[int]:
    """The sentences that report the group's signing, and a next one that goes on about it as
    "it" ("The MoU was signed on Friday in Lima. It was signed for Peru by X and ...")."""
    out = {a.sentence for a in group if a.status == "signed"}
    for a in group:
        if a.intro is not None and doc is not None:
            # the list's opening line and the sentences just before it that report the signing
            out.update(k for k in range(max(0, a.intro - 3), a.intro + 1)
                       if re.search(r"\b(?:sign|ink|conclu|exchang)", doc.text[doc.sentences[k].start:doc.sentences[k].end]))
    if doc is not None:
        for si in list(out):
            for k in (si + 1, si + 2):
                if k < len(doc.sentences) and k not in out and (
                        _IT_WAS_SIGNED.match(doc.text, doc.sentences[k].start, doc.sentences[k].end)
                        or _signing_follow_up(doc.text[doc.sentences[k].start:doc.sentences[k].end])):
                    out.add(k)
    return sorted(out)


def _date(doc: Document, group: list[AMention], posts) -> tuple[str | None, str]:
    """The day of the signing: sentences that say "signed" first, then those that report the
    agreement otherwise concluded (ratified, adopted, reached)."""
    text = doc.text
    sents = _signing_sentences(group, doc)
    sents.sort(key=lambda si: not re.search(r"\b(?:sign|ink|conclu)",
                                            text[doc.sentences[si].start:doc.sentences[si].end], re.I))
    for si in sents:
        d, rule = _day_in(doc, si, posts)
        if d:
            return d.isoformat(), rule
    for a in group:
        if a.in_post is not None and a.status == "signed" and posts[a.in_post].date:
            return posts[a.in_post].date.isoformat(), "post_date"
    k = _text_opening(doc, group)
    if k is not None:
        d, rule = _day_in(doc, k, posts)
        if d:
            return d.isoformat(), "text_opening:" + rule
    d, rule = _gathering_day(doc, group, posts)
    if d:
        return d.isoformat(), "gathering:" + rule
    d = _ceremony_day_before(doc, sents, posts)
    if d:
        return d.isoformat(), "ceremony_day_before"
    return None, ""


_CEREMONY_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)['’]s\s+"
                           r"(?:signing\s+)?ceremony\b", re.IGNORECASE)


def _ceremony_day_before(doc: Document, sents: list[int], posts) -> date | None:
    """"Thursday's ceremony in Lima was the moment ... X and Y put their names to ...": the day
    of the ceremony the sentence just before the signing tells."""
    if not sents:
        return None
    first = min(sents)
    for k in range(first - 1, max(-1, first - 3), -1):
        s = doc.sentences[k]
        if s.para in doc.captions:
            continue
        m = _CEREMONY_DAY.search(doc.text, s.start, s.end)
        if m:
            return _resolve_day(m.group(1), _sentence_ref(doc, s.start, posts))
    return None


# "The following is the Joint Declaration of ...", "The full text of the communique reads:",
# "The statement reads as follows:": the agreement's own text comes next
_TEXT_FOLLOWS = re.compile(r"\b(?:[Tt]he\s+following\s+is|(?:[Ff]ull\s+)?text\s+of)\b[^.;]{0,20}$"
                           r"|^[^.;]{0,10}(?:reads|read|states|says)(?:\s+as\s+follows)?\s*:")
# the text's opening: "On Thursday 14 May 2025, in Arica, ...", "Done at Arica, on 14 May 2025"
_OPENING_PLACE = re.compile(r"\s*[“\"]?(?:On\s+[^,;]{3,40},\s+(?:in|at)|Done\s+(?:in|at))\s+(" + _PLACE_WORD +
                            r"(?:\s+" + _PLACE_WORD + r")?)\s*,")


def _text_opening(doc: Document, group: list[AMention]) -> int | None:
    """The first sentence of the agreement's text when the article quotes it after "The following
    is the X" / "X reads:", if that sentence opens on its date or place."""
    text = doc.text
    for a in group:
        s = doc.sentences[a.sentence]
        if not (_TEXT_FOLLOWS.search(text[max(s.start, a.start - 60):a.start])
                or _TEXT_FOLLOWS.search(text[a.end:s.end])):
            continue
        for k in (a.sentence + 1, a.sentence + 2):
            if k < len(doc.sentences) and re.match(r"\s*[“\"]?(?:On|Done)\s", text[doc.sentences[k].start:]):
                return k
    return None


def _opening_place(doc: Document, group: list[AMention], person_spans) -> str | None:
    k = _text_opening(doc, group)
    if k is None:
        return None
    m = _OPENING_PLACE.match(doc.text, doc.sentences[k].start, doc.sentences[k].end)
    return m.group(1) if m and _is_place(m.group(1), doc, person_spans) else None


def _is_place(cand: str, doc: Document, person_spans) -> bool:
    words = cand.split()
    first = words[0].lower().rstrip(".,")
    if first in MONTHS or first in WEEKDAYS or re.match(r"\d", cand):
        return False
    if country_of(cand) or (len(words) == 1 and country_of(words[0])):
        return False
    if any(w.lower().strip(".,") in NOT_SIGNING_PLACES for w in re.split(r"[\s-]+", cand)):
        return False
    # "UN-brokered", "Norway-mediated": an adjective, not a city
    return not re.search(r"-[a-z]", cand)


_REPORTED_AT = re.compile(r"\b(?:briefing|press\s+conference|news\s+conference|interview|speech|told\s+reporters|"
                          r"statement|broadcast)\s+$")
# "in the Estonian city of Tartu", "in the port city of Mombasa"
_CITY_OF = re.compile(r"\bin\s+the\s+(?:[A-Z][\w’'\-]*\s+|[a-z]+\s+){0,2}?city\s+of\s+(" + _PLACE_WORD +
                      r"(?:\s+" + _PLACE_WORD + r")?)")
# "during a visit by Prime Minister X to Muscat", "on a state visit to Quito"
_VISIT_TO = re.compile(r"\b(?:visit|trip)\s+(?:(?:by|of)\s+[^.;:]{1,60}?\s+)?to\s+(" + _PLACE_WORD +
                       r"(?:\s+" + _PLACE_WORD + r")?)")
# "at State House, Lusaka", "at the Presidential Palace, Bamako": a venue, then its city
_VENUE_CITY = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*(?:\s+\([A-Z]{2,8}\))?,\s+(" + _PLACE_WORD +
                         r"(?:\s+" + _PLACE_WORD + r")?)(?=\s*,|\s*\.|\s+on\b|\s+in\b|\s*$)")
# "at the Navy Headquarters, Harbourside, Port Elm.": a venue, its district, then the city
_CHAIN_NEXT = re.compile(r",\s+(" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r")?)(?=\s*\.|\s*,\s+on\b|\s+on\b|\s*$)")


def _city_after_district(doc: Document, end: int, person_spans) -> str | None:
    """The last place of a "venue, district, city" chain: the district is a part of the city, and
    the city is what a signing place names; not a country ("..., Lusaka, Zambia")."""
    m = _CHAIN_NEXT.match(doc.text, end)
    if m and _is_place(m.group(1).rstrip(".,"), doc, person_spans):
        return m.group(1).rstrip(".,")
    return None


_PLACE_WORDS_BEFORE = re.compile(r"[\w’'.\-]+|,")


def _place_head(text: str, lo: int, pos: int, anchors_end: set[int]) -> bool:
    """Whether the "in/at <Place>" at `pos` hangs on the signing: the word before it (past a
    time phrase, "on Friday, June 27,") is a signing or meeting word, a name, the end of the
    agreement's phrase, or a time phrase itself ("on Tuesday in Lome"); not another noun
    ("envoys in Quito")."""
    tokens = [(m.start(), m.group(0)) for m in _PLACE_WORDS_BEFORE.finditer(text, max(lo, pos - 120), pos)]
    timed = False
    while tokens and (tokens[-1][1] == "," or tokens[-1][1].lower().rstrip(".") in TIME_PHRASE_WORDS
                      or tokens[-1][1][:1].isdigit()):
        timed = timed or tokens[-1][1] != ","
        tokens.pop()
    if not tokens or timed:
        return True
    # the head stands right before it, or past a few filler words ("met for that purpose in Oslo");
    # never past another noun ("rebels in X", "civilians in X", "officials in X said")
    k = len(tokens) - 1
    while k > 0 and len(tokens) - k <= 3 and (tokens[k][1] == "," or tokens[k][1].lower() in PLACE_HEAD_FILLERS):
        k -= 1
    p, w = tokens[k]
    return p + len(w) in anchors_end or w[:1].isupper() or w.lower() in PLACE_HEAD_WORDS \
        or _NOUN_FIND.fullmatch(w) is not None


def _close_after_anchor(text: str, pos: int, anchors: list[tuple[int, int]]) -> bool:
    """"signed an agreement on good-neighbourliness, friendship and cooperation in Bishkek": at most
    four words after the agreement's phrase or verb, the place still hangs on the signing."""
    ends = [e for _, e in anchors if e <= pos]
    between = text[max(ends):pos] if ends else ""
    words = re.findall(r"[\w’'\-]+", between)
    # only a coordination that goes on with the topic may stand between ("..., friendship and
    # cooperation in X"), not a phrase of its own ("support for their stations in X", "covering
    # troops in X")
    return bool(ends) and len(words) <= 4 and re.match(r"\s*(?:,|and\b)", between) is not None and not any(
        w.lower() in DANGLING_WORDS and w.lower() not in ("and", "or") for w in words)


def _clause_broken(text: str, a: int, b: int) -> bool:
    """A word between two positions that starts another event's clause; "after talks", "following
    the summit" name the gathering of the signing itself."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[a:b])]
    for i, w in enumerate(words):
        if w in PLACE_CLAUSE_BREAKS and not (w in ("after", "following") and GATHERING_NOUNS & set(words[i + 1:i + 4])):
            return True
    return False


def _modifies_noun(text: str, end: int) -> bool:
    """"the Darfur war", "Trinidad and Tobago": the place word is part of something else."""
    nxt = re.match(r"\s+(?:and\s+the\s+[A-Z]|([a-z]+)\b)", text[end:end + 30])
    return bool(nxt) and (nxt.group(1) is None or nxt.group(1) in PLACE_MODIFIED_NOUNS)


def _attached(text: str, s, m_start: int, anchors: list[tuple[int, int]]) -> bool:
    """The place is in the clause of a signing anchor (its verb or the agreement's phrase), or,
    with no anchor in the sentence, in the clause of a meeting word before it."""
    if anchors:
        after = [e for _, e in anchors if e <= m_start]
        before = [st for st, _ in anchors if st > m_start]
        if after and not _clause_broken(text, max(after), m_start):
            return True
        return bool(before) and not _clause_broken(text, m_start, min(before))
    for w in re.finditer(r"[A-Za-z]+", text[s.start:m_start]):
        if w.group(0).lower() in PLACE_HEAD_WORDS - {"today", "yesterday", "here", "there"} and \
                not _clause_broken(text, s.start + w.end(), m_start):
            return True
    return False


def _place_cands(doc: Document, si: int, person_spans, inside=()):
    """The "in/at <Place>" phrases of a sentence that name a possible city, in text order; not one
    inside the agreement's own name ("... in the Field of Rural Roads")."""
    text = doc.text
    s = doc.sentences[si]
    for m in _PLACE.finditer(text, s.start, s.end):
        if any(a <= m.start() < b for a, b in inside):
            continue
        cand = m.group(2).strip().rstrip(".,")
        if not _is_place(cand, doc, person_spans) or _modifies_noun(text, m.start(2) + len(cand)):
            continue
        if any(p.start <= m.start(2) < p.end for p in person_spans):
            continue
        if _REPORTED_AT.search(text, max(s.start, m.start() - 40), m.start()):
            continue            # "announced at a news briefing in Beijing": where it was reported
        if _PAST_TIME_AFTER.match(text, m.start(2) + len(cand), s.end):
            continue            # "the date agreed in Valletta last year": an earlier meeting's city
        yield m, cand


_PAST_TIME_AFTER = re.compile(r"[ \t]+(?:(?:last|the\s+previous)\s+(?:year|month|week|summer|spring|autumn|fall|winter)"
                              r"|in\s+(?:1[89]|20)\d\d|(?:\w+\s+)?(?:years?|decades?)\s+ago)\b")


def _place_in(doc: Document, si: int, person_spans, anchors=()) -> str | None:
    text = doc.text
    s = doc.sentences[si]
    for rx in (_CAPITAL_PLACE, _CITY_OF, _VENUE_BY_CITY):
        m = rx.search(text, s.start, s.end)
        if m and _is_place(m.group(1).rstrip(".,"), doc, person_spans):
            return m.group(1).rstrip(".,")
    anchors = [(a, b) for a, b in anchors if s.start <= a < s.end]
    ends = {b for _, b in anchors}
    best = None
    for m, cand in _place_cands(doc, si, person_spans, anchors):
        if _quoted_aside(text, s, m.start(), anchors):
            continue
        if not ((_place_head(text, s.start, m.start(), ends) or _close_after_anchor(text, m.start(), anchors))
                and _attached(text, s, m.start(), anchors)):
            continue
        if m.group(1) == "in":
            return cand
        best = best or cand
    if best is None and anchors:
        m = _VENUE_CITY.search(text, s.start, s.end)
        if m and _is_place(m.group(1), doc, person_spans) and _attached(text, s, m.start(), anchors):
            return _city_after_district(doc, m.end(1), person_spans) or m.group(1)  # "at State House, Lusaka"
    if best is None and anchors:
        m = _VISIT_TO.search(text, s.start, s.end)
        if m and _is_place(m.group(1).rstrip(".,"), doc, person_spans):
            return m.group(1).rstrip(".,")
    return best


def _place_anchors(doc: Document, group: list[AMention], si: int) -> list[tuple[int, int]]:
    """Where the signing is reported in a sentence: the agreement's phrases and the signing verbs."""
    s = doc.sentences[si]
    out = [(a.start, a.end) for a in group if a.sentence == si]
    out += [(s.start + m.start(), s.start + m.end()) for m in _CONCLUDING.finditer(doc.text[s.start:s.end])]
    out += [(s.start + m.start(), s.start + m.end())
            for m in re.finditer(r"\b(?:signing|agreed|reached|renewed|extended|initial+ed)\b",
                                 doc.text[s.start:s.end])]
    return sorted(out)


def _place(doc: Document, group: list[AMention], person_spans=()) -> str | None:
    """The city of the signing: in a signing sentence (one that says "signed" first), hanging
    on the signing; else where the meeting of the three sentences before it was held."""
    text = doc.text
    sents = _signing_sentences(group, doc)
    sents.sort(key=lambda si: not re.search(r"\b(?:sign|ink|conclu)",
                                            text[doc.sentences[si].start:doc.sentences[si].end], re.I))
    for si in sents:
        p = _place_in(doc, si, person_spans, _place_anchors(doc, group, si))
        if p:
            return p
    order = []
    for si in sents:
        for k in range(si - 1, max(-1, si - 4), -1):
            if k not in order and k not in sents and doc.sentences[k].para >= 0 \
                    and doc.sentences[k].para not in doc.captions:
                order.append(k)
    for si in order:
        p = _place_in(doc, si, person_spans)
        if p:
            return p
    return _gathering_place(doc, sents, person_spans) or _same_subject_lead_place(doc, sents, person_spans) \
        or _opening_place(doc, group, person_spans)


_GATHERING_SPOKEN = re.compile(r"\b(summit|conference|talks|meeting|visit|session|forum)\b")
# "the summit in the Saudi capital, Riyadh", "a one-day summit held in Oslo"
_GATHERING_AT = re.compile(r"\b(summit|conference|talks|meeting|visit|session|forum)"
                           r"(?:\s+(?:held|hosted|convened|that\s+took\s+place|taking\s+place))?\s+(?=(?:in|at)\s)")


def _gathering_place(doc: Document, sents: list[int], person_spans) -> str | None:
    """"adopted the declaration at the end of the summit", and elsewhere "the summit in the Saudi
    capital, Riyadh": the signing happened at a gathering whose city the article gives once; all
    the places given for that gathering must agree."""
    found = _gathering_places(doc, sents, person_spans)
    return next(iter(found)) if len(found) == 1 else None


def _gathering_places(doc: Document, sents: list[int], person_spans) -> dict[str, list[int]]:
    """The places the article gives for the gatherings a signing sentence names, each with the
    sentences that give it."""
    text = doc.text
    nouns = {m.group(1) for si in sents
             for m in _GATHERING_SPOKEN.finditer(text, doc.sentences[si].start, doc.sentences[si].end)
             if not _quoted_gathering(doc, si, m.start())}
    found: dict[str, list[int]] = {}
    kinds = {GATHERING_KINDS.get(n, n) for n in nouns}
    for m in _GATHERING_AT.finditer(text) if nouns else ():
        if GATHERING_KINDS.get(m.group(1), m.group(1)) not in kinds \
                or _quoted_gathering(doc, doc.sentence_of(m.start()), m.start()):
            continue
        pm = _CAPITAL_PLACE.match(text, m.end()) or _CITY_OF.match(text, m.end()) or _PLACE.match(text, m.end())
        if pm is None:
            continue
        cand = pm.group(pm.lastindex).strip().rstrip(".,")
        if _is_place(cand, doc, person_spans) and not _modifies_noun(text, pm.end()):
            found.setdefault(cand, []).append(doc.sentence_of(m.start()))
    return found


def _gathering_day(doc: Document, group: list[AMention], posts) -> tuple[date | None, str]:
    """"After the talks, the two ministers signed ...", with "held talks in Oslo on Wednesday"
    before: the day of the one gathering the signing sentence names."""
    found = _gathering_places(doc, _signing_sentences(group, doc), ())
    if len(found) != 1:
        return None, ""
    for si in next(iter(found.values())):
        d, rule = _day_in(doc, si, posts)
        if d:
            return d, rule
    return None, ""


_ALSO_SUBJECT = re.compile(r"\s*(?:The\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}\s+(?:leaders|ministers|"
                           r"officials|delegates|heads\s+of\s+state))\s+(?:have\s+|had\s+)?also\b")


def _same_subject_lead_place(doc: Document, sents: list[int], person_spans) -> str | None:
    """"NATO leaders also reached an agreement on X" after a lead "NATO leaders decided in Warsaw on
    Friday ...": "also" adds the signing to the lead's gathering, which gives the city."""
    text = doc.text
    for si in sents:
        m = _ALSO_SUBJECT.match(text, doc.sentences[si].start, doc.sentences[si].end)
        if m is None:
            continue
        lead = next((k for k in range(min(si, 4)) if doc.sentences[k].para not in doc.captions
                     and re.match(r"\s*(?:The\s+)?" + re.escape(m.group(1)) + r"\b", text[doc.sentences[k].start:])), None)
        if lead is None:
            continue
        # the lead's own verb ("NATO leaders decided in Warsaw") is where its place hangs
        verb = re.compile(r"\s*(?:The\s+)?" + re.escape(m.group(1)) + r"\s+(?:have\s+|had\s+)?[a-z]+").match(
            text, doc.sentences[lead].start)
        return _place_in(doc, lead, person_spans, [(doc.sentences[lead].start, verb.end())]) if verb else None
    return None


# -- agrfld7: where and when, from the scene and from the article's lead --------------------

# "According to a joint statement, “Both sides recalled their meetings in X ...”": a place inside
# a quotation that holds no word of the signing is what the text says, not where it was signed
_QUOTE_SPAN = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def _quoted_aside(text: str, s, pos: int, anchors: list[tuple[int, int]]) -> bool:
    """The place at `pos` stands inside a quotation of its sentence that none of the signing's
    anchors (its phrase, its verb) stands in."""
    if not anchors:
        return False
    for m in _QUOTE_SPAN.finditer(text[s.start:s.end]):
        a, b = s.start + m.start(), s.start + m.end()
        if a < pos < b:
            return not any(a <= x < b for x, _ in anchors)
    return False


_CITY_PART_ALT = "|".join(longest_first(CITY_PART_NOUNS)).replace(" ", r"\s+")
# "at a seaside hotel on Valparaiso's waterfront", "at a resort by Tartu's riverside": a venue, then
# the city whose part it stands on
_VENUE_BY_CITY = re.compile(r"\b(?i:in|at)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?i:" +
                            "|".join(sorted(SIGNING_VENUE_NOUNS)) + r")\s+(?:along|on|by|near|overlooking|in|at)\s+"
                            r"(?:the\s+)?(" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r")?)['’]s\s+"
                            r"(?:[a-z]+\s+)?(?:" + _CITY_PART_ALT + r")\b")


def _lead_states(sent: str) -> set[str]:
    """The states a sentence names, by name or people ("the Ukrainian and Russian delegations")."""
    out = set()
    for m in re.finditer(r"[A-Z][\w’'\-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]+){0,3}", sent):
        c = country_of(m.group(0))
        out.update([c] if c else [c for w in m.group(0).split() for c in [country_of(w)] if c])
    return out


# a signing word or an agreement's noun (compiled here, where the regex cache keeps it)
_SIGNING_OR_NOUN = re.compile(r"\b(?:signature|signing)\b|" + _NOUN_FIND.pattern)


def _quoted_gathering(doc: Document, si: int, pos: int) -> bool:
    """"“Both sides recalled their talks in X on 3 March”": a gathering or a day inside a quotation
    with no signing word in it is one the quoted text tells of, not the signing's."""
    s = doc.sentences[si]
    # the quote that names an agreement or its signature ("“The signature of the accord today
    # ...”") tells of the signing itself
    named = [(s.start + m.start(), s.start + m.end())
             for m in _SIGNING_OR_NOUN.finditer(doc.text[s.start:s.end])]
    return _quoted_aside(doc.text, s, pos, _place_anchors(doc, [], si) + named or [(-1, -1)])


_LEAD_REACH = 5     # the top sentences that hold the lead: headline, standfirst, dateline sentence, lead
_LEAD_EVENT = re.compile(r"\b(?:" + "|".join(longest_first(LEAD_EVENT_WORDS)) + r")\b", re.IGNORECASE)


_ANOTHER_TIME = re.compile(r"\b(?:(?:last|previous)\s+(?:week|month|year|round|time|summer|spring|autumn|winter)|"
                           r"earlier\s+this\s+(?:week|month|year)|ago|formerly|in\s+the\s+past)\b")


def _told_at_another_time(doc: Document, group: list[AMention]) -> bool:
    """A signing sentence that dates the signing itself ("in 2020", "last month"): it is not the
    lead's event, and the lead's day and city are not its own."""
    text = doc.text
    for si in _signing_sentences(group, doc):
        s = doc.sentences[si]
        if _YEAR.search(text, s.start, s.end) or _VAGUE_SIGNING_TIME.search(text, s.start, s.end) \
                or _ANOTHER_TIME.search(text, s.start, s.end):
            return True
    return False


def _lead_sentences(doc: Document, parties: list[str]):
    """The sentences at the top that report the sides meeting or agreeing: each names every party
    (by name or people) and a meeting or agreeing word. Datelines are never read for places."""
    want = {country_of(p) or p for p in parties}
    if len(want) < 2:
        return
    text = doc.text
    for k in range(min(_LEAD_REACH, len(doc.sentences))):
        s = doc.sentences[k]
        if s.para in doc.captions or not _LEAD_EVENT.search(text, s.start, s.end):
            continue
        if want <= _lead_states(text[s.start:s.end]):
            yield k


def _lead_meeting_place(doc: Document, group: list[AMention], parties: list[str], person_spans) -> str | None:
    """"Envoys of A and B met on Monday to ...", later "the meeting, chaired in Tartu, ...", and
    an agreement of A and B the article reports with no place of its own: it was
    issued at the lead's meeting, whose city is its own place (in the lead, or given once for
    that meeting elsewhere)."""
    if _told_at_another_time(doc, group):
        return None
    for k in _lead_sentences(doc, parties):
        p = _place_in(doc, k, person_spans) or _met_with_place(doc, k, person_spans)
        if p:
            return p
        found = _gathering_places(doc, [k], person_spans)
        if len(found) == 1:
            return next(iter(found))
    return None


# "held talks with his Vietnamese counterpart in Hanoi", "met with the visiting envoy in Lima":
# the place of a meeting told after the one met
_MET_WITH_IN = re.compile(r"\b(?:held\s+talks|holds\s+talks|met|meets|meeting)\s+with\s+((?:[\w’'.\-]+\s+){1,6}?)in\s+(?:the\s+)?("
                          + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r")?)")


def _met_with_place(doc: Document, k: int, person_spans) -> str | None:
    s = doc.sentences[k]
    for m in _MET_WITH_IN.finditer(doc.text, s.start, s.end):
        who = m.group(1).lower().split()
        cand = m.group(2).rstrip(".,")
        if not set(who) & PLACE_CLAUSE_BREAKS and _is_place(cand, doc, person_spans) \
                and not _modifies_noun(doc.text, m.end(2)):
            return cand
    return None


def _lead_meeting_day(doc: Document, group: list[AMention], parties: list[str], posts) -> tuple[str | None, str]:
    """"A and B agreed on Monday to ...", and later "the text signed by both sides":
    the day of the lead that reports the sides meeting or agreeing is the day of the agreement
    the article reports without a day of its own."""
    if _told_at_another_time(doc, group):
        return None, ""
    for k in _lead_sentences(doc, parties):
        d, rule = _lead_day_in(doc, k, posts)
        if d:
            return d.isoformat(), "lead_meeting:" + rule
    return None, ""


def _lead_day_in(doc: Document, k: int, posts) -> tuple[date | None, str]:
    """The day of the lead's own event: a date after "on" ("met on June 3") or a weekday ("agreed
    on Monday"); a bare date in a lead is often what was agreed ("to reopen embassies from May 2")."""
    text = doc.text
    s = doc.sentences[k]
    ref = _sentence_ref(doc, s.start, posts)
    for m in _EXPLICIT_DATE.finditer(text, s.start, s.end):
        if re.search(r"\bon\s+(?:\w+,?\s+)?(?:the\s+)?$", text[max(s.start, m.start() - 16):m.start()]) \
                and not doc.in_dateline(m.start()) and not _reporting_day(text, s.start, m.start()):
            d = _explicit(m, ref)
            if d:
                return d, "explicit_date"
    for m in _RELATIVE_DAY.finditer(text, s.start, s.end):
        if not _reporting_day(text, s.start, m.start()):
            d = _resolve_day(m.group(1), ref)
            if d:
                return d, f"relative_day:{m.group(1).lower()}"
    return None, ""


# "In a statement today, the envoys say ...", "issued a joint communique on Friday": the day a
# statement was issued
_STATEMENT_ISSUED = re.compile(r"\b(?:[Ii]n|issued|released|published)\s+(?:a|an|their|the)\s+(?:joint\s+)?"
                               r"(?:statement|communiqu[eé])\b")


def _statement_issued_day(doc: Document, group: list[AMention], posts) -> tuple[str | None, str]:
    """A joint statement or communique is dated by the day it was issued: "In a statement today,
    the facilitators say ... The joint statement says ..." (the sentence of a mention, or the one
    just before it, in its paragraph)."""
    if not any(re.search(r"statement|communiqu", a.noun, re.I) for a in group):
        return None, ""
    text = doc.text
    for k in sorted({k for a in group for k in (a.sentence - 1, a.sentence) if k >= 0}):
        s = doc.sentences[k]
        m = _STATEMENT_ISSUED.search(text, s.start, s.end)
        if m is None or s.para != doc.sentences[min(a.sentence for a in group if a.sentence >= k)].para:
            continue
        # the day stands right after the statement ("a statement today", "a communique issued on
        # Friday"), not anywhere in what it or another body said
        at = _ISSUED_FILLER.match(text, m.end()).end()
        rel, exp = _RELATIVE_DAY.match(text, at), _EXPLICIT_DATE.match(text, at)
        ref = _sentence_ref(doc, s.start, posts)
        d = _resolve_day(rel.group(1), ref) if rel else _explicit(exp, ref) if exp else None
        if d:
            return d.isoformat(), "statement_issued:" + (f"relative_day:{rel.group(1).lower()}" if rel else "explicit_date")
    return None, ""


_ISSUED_FILLER = re.compile(r"\s*,?\s*(?:(?:issued|released|published|posted)\s+)?(?:on\s+)?(?:the\s+)?")


# "The Declaration of X", "the X Accord": a place word in the agreement's own name
_NAME_PLACE_TAIL = re.compile(r"\b(?:of|at)\s+(" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r")?)\s*$")
_NAME_PLACE_HEAD = re.compile(r"(?:[Tt]he\s+)?(" + _PLACE_WORD + r")\s+(?:Joint\s+|Summit\s+)?(?:Declaration|Accords?|Agreement|"
                              r"Communiqu[eé]|Statement|Protocol|Treaty|Charter|Pact|Memorandum|Commitment|Process)\b")
_NAMED_FOR_VENUE = re.compile(r"\b(?:" + "|".join(longest_first(NAMED_FOR_VENUE_CUES)).replace(" ", r"\s+")
                              + r")\b", re.IGNORECASE)


def _name_place_cands(doc: Document, group: list[AMention], person_spans) -> list[str]:
    out = []
    for a in group:
        m = _NAME_PLACE_TAIL.search(a.surface) or _NAME_PLACE_HEAD.match(a.surface)
        cand = m.group(1).rstrip(".,") if m else None
        if cand and cand.lower() not in AGREEMENT_NOUNS and _is_place(cand, doc, person_spans) \
                and not _lead_states(cand) and cand not in out:
            out.append(cand)
    return out


def _place_in_name(doc: Document, group: list[AMention], person_spans) -> str | None:
    """"Called the X Declaration after the venue of the talks": a place
    in the agreement's name is where it was made when the article says the name is the venue's,
    or reports a meeting held there. Not otherwise: accords named after a city are often signed
    elsewhere, and an old one's city is not told by today's talks."""
    cands = _name_place_cands(doc, group, person_spans)
    if not cands or any(_long_ago(doc.text[doc.sentences[a.sentence].start:doc.sentences[a.sentence].end],
                                  _reference_year(doc)) for a in group):
        return None
    text = doc.text
    for a in group:
        s = doc.sentences[a.sentence]
        if _NAMED_FOR_VENUE.search(text, s.start, s.end):
            return cands[0]
    for cand in cands:
        if re.search(r"\b(?:talks|meeting|summit|conference|met|meet|gathered|convened|hosted|held)\s+"
                     r"(?:[\w’'\-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?" + re.escape(cand) + r"\b", text):
            return cand
        if _met_in_its_capital(text, cand):
            return cand
    return None


_MET_IN_CAPITAL = re.compile(r"\b(?:talks|meeting|summit|conference|met|gathered|convened)\s+(?:[\w’'\-]+\s+){0,3}?"
                             r"in\s+the\s+([A-Z][\w-]+)\s+capital\b")


def _met_in_its_capital(text: str, cand: str) -> bool:
    """"the Oslo Summit Declaration" of "a two-day summit in the Norwegian capital": the name's
    city is the capital the meeting was held in."""
    state = CAPITAL_STATES.get(cand.lower())
    if state is None:
        return False
    return any(country_of(m.group(1)) == canonical(state) for m in _MET_IN_CAPITAL.finditer(text))


# "X grinned and shook hands with Y" beside the sentence where X says "We have signed ...": the
# two who shook hands at the signing both signed
# "shook hands with the host, Minister Z", "with mediator Z": a hand that is no side's
_HANDSHAKE_NOT_SIDE = frozenset(HANDSHAKE_NOT_SIDE_WORDS)
_SHOOK_HANDS = re.compile(r"\b(?:shook|shaking|shake|shakes)\s+hands\b")


def _handshake_signers(doc: Document, group: list[AMention], people, ents: list) -> list:
    """The other hand of a signer's handshake told in a signing sentence or the one next to it."""
    if not ents:
        return []
    text = doc.text
    near = sorted({k for si in _signing_sentences(group, doc) for k in (si - 1, si, si + 1)
                   if 0 <= k < len(doc.sentences)})
    out: list = []
    for k in near:
        s = doc.sentences[k]
        hm = _SHOOK_HANDS.search(text, s.start, s.end)
        if hm is None:
            continue
        before = [(m, e) for e, m in _mentions_in(people, s.start, hm.start()) if not m.in_quote and e.kind == "person"]
        hands = [e for _, e in before[-2:] if re.fullmatch(r"\s+and\s+", text[before[-2][0].end:before[-1][0].start])] \
            if len(before) >= 2 else []
        hands = hands or [e for _, e in before[-1:]]
        wm = re.match(r"\s+with\s+", text[hm.end():hm.end() + 8])
        if wm:
            lo = hm.end() + wm.end()
            stop = re.search(r"[,;.:]|\b(?:who|which|as|after|before|while|and)\b", text[lo:min(s.end, lo + 80)])
            hi = lo + (stop.start() if stop else min(s.end - lo, 80))
            hands += [e for e, m in _mentions_in(people, lo, hi) if not m.in_quote and e.kind == "person"
                      and not _HANDSHAKE_NOT_SIDE & set(re.findall(r"[a-z]+", text[lo:m.title_start or m.start].lower()))][:1]
        if any(e in ents for e in hands):
            out.extend(e for e in hands if e not in ents and e not in out)
    return out


_SIDES_AGENT = re.compile(r"\b(?:signed|inked|adopted|initial+ed|endorsed)\s+by\s+(?:both|the\s+two|all)?\s*(?:the\s+)?(?:"
                          + "|".join(longest_first(SIDES_AGENT_NOUNS)).replace(" ", r"\s+") + r")\b")


def _sides_signers(doc: Document, group: list[AMention], parties: list[str], people) -> list:
    """"the text signed by both sides", after a lead "A, envoy of X, and B, envoy of Y, met on
    Monday ...": the agent stands for the two people of the lead's meeting,
    one for each party."""
    text = doc.text
    if not any(_SIDES_AGENT.search(text, doc.sentences[si].start, doc.sentences[si].end)
               for si in _signing_sentences(group, doc)):
        return []
    want = {country_of(p) or p for p in parties}
    for k in _lead_sentences(doc, parties):
        s = doc.sentences[k]
        ppl = list({id(e): e for e, m in _mentions_in(people, s.start, s.end)
                    if e.kind == "person" and not m.in_quote}.values())
        if len(ppl) == len(want) and {country_of(e.country or "") or e.country for e in ppl} == want:
            return ppl
    return []


_IT_RUNS = re.compile(r"\s*(?:It|The\s+(?:" + "|".join(longest_first(AGREEMENT_REFERRING_NOUNS)) + r"))\s+"
                      r"(?:(?:will|would|shall|is|was)\s+(?:be\s+)?(?:valid|in\s+force|run|last|remain|renewed|extended)"
                      # "It extends the joint patrols ... for another five years": the renewal's own term
                      r"|(?:extends|renews|prolongs)\b)")


def _duration_windows(doc: Document, group: list[AMention]):
    """Where a term may be stated: near a mention, anywhere in a sentence that reports the signing,
    and in a next sentence that goes on about it as "it" ("It will be in force for three years")."""
    text = doc.text
    for a in group:
        s = doc.sentences[a.sentence]
        yield text[s.start:s.end] if a.status == "signed" else \
            text[max(s.start, a.start - 40):min(s.end, a.end + 60)]
    for si in _signing_sentences(group, doc):
        for k in range(si + 1, min(si + 4, len(doc.sentences))):
            if _IT_RUNS.match(text, doc.sentences[k].start):
                yield text[doc.sentences[k].start:doc.sentences[k].end]
                break
            if not re.match(r"\s*It\s", text[doc.sentences[k].start:doc.sentences[k].end]):
                break       # "It allows ... It will be valid for five years.": still about it
    for k in _subject_then_term(doc, group):
        yield text[doc.sentences[k].start:doc.sentences[k].end]


# "It will be in force for 10 years", "It will remain valid for five years": a term still to run
_IT_WILL_RUN = re.compile(r"\s*It\s+(?:will|shall|is\s+to|is)\s+(?:be\s+|remain\s+)?(?:valid|in\s+force|effective)\b"
                          r"|\s*It\s+(?:will|shall)\s+(?:run|last|remain)\b")
# a sentence that opens with the agreement: "The framework agreement, which ..., covers ..."
_OPENS_WITH = re.compile(r"\s*(?:The|This|That|Its|Their)\s+$")


def _subject_then_term(doc: Document, group: list[AMention]) -> list[int]:
    """A signed agreement that opens a sentence as its subject, and a next sentence about "it" and
    its term ("The framework agreement covers training. It will be in force for 10 years.")."""
    if _status_of(group) != "signed":
        return []
    text, out = doc.text, []
    for a in group:
        s, k = doc.sentences[a.sentence], a.sentence + 1
        if k < len(doc.sentences) and _OPENS_WITH.fullmatch(text, s.start, a.start) \
                and doc.sentences[k].para == s.para and _IT_WILL_RUN.match(text, doc.sentences[k].start):
            out.append(k)
    return out


def _duration(doc: Document, group: list[AMention]) -> float | None:
    for window in _duration_windows(doc, group):
        low = window.lower()
        if "year" not in low and "decade" not in low and "century" not in low:
            continue        # every branch of _DURATION holds one of these words
        m = next((m for m in _DURATION.finditer(window) if not _past_span(window, m)), None)
        if m:
            n = m.group(1) or m.group(3)
            if n:
                return float(int(n))
            if m.group(0).lower().endswith("century"):
                return 50.0
            if "decade" in m.group(0).lower():
                return 10.0 * (ORDINAL_NUMBERS[m.group(5).lower()] if m.group(5) else 1)
            return float(NUMBER_WORDS[re.sub(r"\s+", " ", (m.group(2) or m.group(4)).lower())])
    return None


def _past_span(window: str, m: re.Match) -> bool:
    """"ending two years of fighting", "expired after 20 years": a time that passed, not a term."""
    before = re.findall(r"[\w’'\-]+", window[max(0, m.start() - 30):m.start()])
    return (bool(before) and before[-1].lower() in NOT_DURATION_BEFORE) or \
        re.match(r"\s+(?:of|ago|old|after|later|since|earlier|before)\b", window[m.end():m.end() + 9]) is not None


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
    return list(dict.fromkeys(out))[:6]


# --- name --------------------------------------------------------------------------------

def _main_mention(group: list[AMention], titles) -> AMention:
    named = [a for a in group if a.named and a.noun != "acronym" and not _is_bare_acronym_noun(a)]
    titled = [a for a in named if (a.start, a.end) in titles]
    if titled:
        return titled[0]
    if named:
        return max(named, key=lambda a: (len(_content(a.surface)), a.surface[:1].isupper()))
    with_org = next((a for a in group if a.with_org), None)
    if with_org:
        return with_org
    signed = any(a.status == "signed" for a in group)
    return max(group, key=lambda a: (a.status == "signed" or not signed, a.topic or bool(a.with_country),
                                     not a.headline, len(_content(a.surface)), -a.start))


def _is_bare(name: str) -> bool:
    return name.lower() in BARE_AGREEMENT_NOUNS


def _name(main: AMention, fa_parties: list[str], group: list[AMention], day: str | None) -> str:
    """The article's name for it, else a noun phrase made of its words: a bare noun takes the
    longest description the article gives elsewhere, else the parties it names ("agreement
    between Chile and Peru"), else its signing day; it may stay bare only for the caller to drop."""
    name = _trim_dangling(_clean(main.surface))
    if main.with_org and not main.named:
        name = re.sub(r"^(?:the|a|an)\s+", "", main.surface, flags=re.I).strip()
        name = name[:1].lower() + name[1:]
    if not _is_bare(name):
        return name
    signed = any(a.status == "signed" for a in group)
    described = [_trim_dangling(_clean(a.surface)) for a in group
                 if not a.headline and (a.status == "signed" or not signed)]
    described = [d for d in described if not _is_bare(d) and _content(d) and len(d.split()) >= 2]
    if described:
        return max(described, key=lambda d: len(_content(d)))
    if len(fa_parties) >= 2:
        return f"{name} between {' and '.join(fa_parties)}"
    if day:
        return f"{name} signed on {day}"
    return name


def _aliases(group: list[AMention], name: str) -> list[str]:
    aliases: list[str] = []
    for a in group:
        al = _trim_dangling(_clean(a.surface))
        if a.acronym and a.acronym not in aliases:
            aliases.append(a.acronym)
        if a.acronym and "(" in al:
            # "Memorandum of Understanding (MoU) on X": also without the acronym, and its head
            for short in (re.sub(r"\s*\([^)]*\)", "", al), al.split("(")[0].strip()):
                if short != name and short not in aliases:
                    aliases.append(short)
        if al and al != name and al not in aliases and len(al) > 2:
            aliases.append(al)
    return aliases


# --- signatories -------------------------------------------------------------------------

# words between a person and a signing verb that make the person a reporter, not a signer
_NON_SIGNER_BEFORE = re.compile(r"\b(?:chaired|hosted|mediated|brokered|witnessed|facilitated|attended)\s+by\s+"
                                r"(?:[\w’'.\-]+\s+){0,6}$|\bpresence\s+of\s+(?:[\w’'.\-]+\s+){0,6}$")
_SAYS_AFTER = re.compile(r"[\s,]*(?:(?:has|had|also|then|later)\s+)?(?:said|says|told|announced|noted|stated|"
                         r"confirmed|added|reported|explained)\b")
_REPORTING = re.compile(r"\b(?:said|says|that|who|which|they|confirmed|confirms|announced|announces|told|"
                        r"noted|stated|reported|added|welcomed|praised|hailed)\b")


# "signed by X and Y in the presence of Z": the list of signers ends before Z
_NOT_SIGNER_ALT = r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in NOT_SIGNER_AFTER) + r")\b"
# compiled once, not joined again at every call
_SIGNER_STOP = re.compile(r"[;:]|,\s+with\b|\b(?:during|after|before|which|who|while|as)\b|" + _NOT_SIGNER_ALT)
_PASSIVE_OR_NOUN_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+and\s+)?$|" + _NOUN_RE + r",\s+$")


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\b[^,;]{0,120},")


def _possessive_at(text: str, end: int) -> bool:
    """"under President X's administration": X is a modifier, not the subject that signed."""
    return text[end:end + 2] in ("'s", "’s")


class _People(list):
    """The article's people, with their mentions sorted by position: the signing rules ask "who
    is named between here and there" once per agreement, which must not scan every mention of a
    long text each time."""

    def __init__(self, people) -> None:
        super().__init__(people)
        spots = sorted(((m.start, k, e, m) for k, e in enumerate(people) for m in e.mentions),
                       key=lambda x: (x[0], x[1]))
        self._starts = [x[0] for x in spots]
        self._spots = [(x[2], x[3]) for x in spots]

    def mentions_in(self, lo: int, hi: int):
        """(entity, mention) for mentions starting in [lo, hi), in text order."""
        i = bisect_left(self._starts, lo)
        while i < len(self._starts) and self._starts[i] < hi:
            yield self._spots[i]
            i += 1


def _mentions_in(people, lo: int, hi: int):
    if isinstance(people, _People):
        return people.mentions_in(lo, hi)
    return ((e, m) for e in people for m in e.mentions if lo <= m.start < hi)


def _subjects_of(doc: Document, s, vpos: int, people, group_subject) -> list:
    """People before a signing verb in its sentence, not across "said"/"that"/"who"."""
    text = doc.text
    found = []
    for e, m in _mentions_in(people, s.start, vpos):
        if not m.in_quote and e not in found:
            # "X, who serves under President Y's government, signed": the relative clause aside
            between = _RELATIVE_ASIDE.sub(",", _others_folded(text, m.end, vpos, people))
            head = m.title_start or m.start
            if _NON_SIGNER_BEFORE.search(text[max(s.start, head - 40):head]) or _possessive_at(text, m.end):
                continue        # "chaired by Prince X": the chair, not a signer
            if _SAYS_AFTER.match(between):
                continue        # "X said the two countries had signed": X reports it
            if len(between) < 140 and (group_subject or not _REPORTING.search(between)):
                found.append(e)
    # the same people in the order of the article's list, as before the index
    order = {id(e): k for k, e in enumerate(people)}
    found.sort(key=lambda e: order[id(e)])
    if not found:
        found = _surname_subject(text, s.start, vpos, people)
    if not found and group_subject:
        seen = {}
        for e, m in _mentions_in(people, s.start, s.end):
            if not m.in_quote and not _SAYS_AFTER.match(text, m.end):
                seen.setdefault(id(e), e)
        found = sorted(seen.values(), key=lambda e: order[id(e)])
    return found


def _others_folded(text: str, lo: int, vpos: int, people) -> str:
    """The words between a signer and the verb, each other person named there (with the title
    before the name) folded to one word: "A, the Minister of Defense of the Republic of B Y and
    the Minister of Defense of the Republic of C Z signed" is a list of three, however long."""
    spans = sorted((max(lo, mm.title_start if mm.title_start is not None else mm.start), mm.end)
                   for _, mm in _mentions_in(people, lo, vpos) if mm.start >= lo)
    out, cur = [], lo
    for a, b in spans:
        if a >= cur:
            out += [text[cur:a], "X"]
            cur = b
    return "".join(out) + text[cur:vpos]


def _surname_subject(text: str, lo: int, vpos: int, people) -> list:
    """"Okafor, who also serves as X, signed ...": a sentence that opens with the surname of a
    person the article names, as the subject of the signing verb."""
    m = re.match(r"\s*([A-Z][\w’'\-]+)(?=,\s+(?:who|which)\b|(?:\s+(?:has|had|also))*\s*$)",
                 _RELATIVE_ASIDE.sub(" ", text[lo:vpos]).rstrip(", "))
    if m is None:
        return []
    hits = [e for e in people if e.kind == "person" and e.name.split()[-1] == m.group(1)]
    return hits if len(hits) == 1 else []


def _objects_after(doc: Document, s, vpos: int, people, found) -> list:
    """"X signed ... with Y": Y signed too."""
    mw = re.search(r"\bwith\s+", doc.text[vpos:s.end])
    if not (found and mw):
        return []
    wpos = vpos + mw.end()
    return [e for e in people if e not in found
            and any(wpos <= (m.title_start or m.start) <= wpos + 40 for m in e.mentions)]


# "X and Y proceeded on Tuesday to the signature of an agreement" (a calque of "ont procédé à la
# signature"): the signing said as a noun; the subject of "proceeded" signed
_PROCEEDED_TO_SIGN = re.compile(r"\bproceeded\b(?=[^.;:]{0,80}?\bto\s+the\s+(?:signature|signing)\s+of\b)")


def _nominal_signers(doc: Document, s, sent: str, people) -> list:
    out: list = []
    for vm in _PROCEEDED_TO_SIGN.finditer(sent):
        found = _subjects_of(doc, s, s.start + vm.start(), people, None)
        out.extend(e for e in found if e not in out)
    return out


def _sentence_signers(doc: Document, si: int, people) -> list:
    text = doc.text
    s = doc.sentences[si]
    sent = text[s.start:s.end]
    out: list = _nominal_signers(doc, s, sent, people)
    for vm in _CONCLUDING.finditer(sent):
        if _PASSIVE_OR_NOUN_BEFORE.search(sent[:vm.start()]) or \
                (re.search(r",\s+$", sent[:vm.start()]) and re.match(r"\s+(?:[\w,]+\s+){0,4}?by\b", sent[vm.end():])):
            out.extend(e for e in _passive_agents(doc, s, s.start + vm.end(), people) if e not in out)
            continue
        vpos = s.start + vm.start()
        group_subject = _GROUP_SUBJECT.search(sent)
        found = _subjects_of(doc, s, vpos, people, group_subject)
        found += _objects_after(doc, s, vpos, people, found)
        out.extend(e for e in found if e not in out)
    return out


def _passive_agents(doc: Document, s, vend: int, people) -> list:
    """"was signed (on May 2 in Lima) by President X and President Y": X and Y."""
    by = re.search(r"\bby\s+", doc.text[vend:min(s.end, vend + 80)])
    if by is None or re.search(r"\b(?:during|after|before|visit|at\s+the\s+(?:invitation|request|initiative)|following)\b",
                               doc.text[vend:vend + by.start()]):
        return []           # "signed during the visit by X": X visited
    lo = vend + by.end()
    tail = doc.text[lo:s.end]
    stop = _SIGNER_STOP.search(tail)
    hi = lo + (stop.start() if stop else len(tail))
    found = [(min(m.start for m in e.mentions if lo <= (m.title_start or m.start) < hi), e) for e in people
             if any(lo <= (m.title_start or m.start) < hi and not m.in_quote for m in e.mentions)]
    found += _surname_agents(doc.text, lo, hi, people, {id(e) for _, e in found})
    return [e for _, e in sorted(found, key=lambda x: x[0])]


def _surname_agents(text: str, lo: int, hi: int, people, seen: set[int]) -> list:
    """"signed ... by the group's leader, Jean-Baptiste Ndoli": a full name the person finder did not
    mark there, ending in the surname of exactly one person the article names elsewhere."""
    out = []
    for m in re.finditer(r"\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+", text[lo:hi]):
        last = m.group(0).split()[-1]
        hits = [e for e in people if e.kind == "person" and e.name.split()[-1] == last]
        if len(hits) == 1 and id(hits[0]) not in seen:
            seen.add(id(hits[0]))
            out.append((lo + m.start(), hits[0]))
    return out


def _post_signers(doc: Document, group: list[AMention], posts, people) -> list:
    """A post: "We signed" by the author and the counterpart the post names."""
    text = doc.text
    out: list = []
    for a in group:
        if a.in_post is None or a.status != "signed":
            continue
        post = posts[a.in_post]
        if not re.search(r"\b(?:We|we)\s+(?:\w+\s+)?(?:signed|inked|formali[sz]ed)\b", text[post.start:post.end]):
            continue
        author = next((e for e in people if post.handle in e.handles), None)
        if author and author not in out:
            out.append(author)
        out.extend(e for e in people if e is not author and e not in out
                   and any(post.start <= m.start < post.end for m in e.mentions))
    return out


_OFFICE_PLURAL_ALT = "|".join(longest_first(SINGULAR_OF_PLURAL_OFFICE))
# "the two foreign ministers signed", "was signed by both presidents"
_TWO_OFFICES = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+((?:[a-z]+\s+){0,2}?)(" + _OFFICE_PLURAL_ALT +
                          r")\b(?=\s+(?:\w+\s+){0,2}?(?:" + "|".join(longest_first(CONCLUDING_VERBS)) + r")\b)"
                          r"|\b(?:signed|inked|adopted|concluded)\s+by\s+(?:the\s+two|both(?:\s+the)?)\s+"
                          r"((?:[a-z]+\s+){0,2}?)(" + _OFFICE_PLURAL_ALT + r")\b")


def _title_words(title: str) -> set[str]:
    return set(re.sub(r"defense", "defence", title.lower()).replace("-", " ").split())


def _holder_state(e, part: str) -> str | None:
    """The holder's state: the one the article gives, else the nationality in the title
    ("Chinese Foreign Minister")."""
    if e.country:
        return e.country
    states = {c for w in part.split() for c in [country_of(w)] if c}
    return states.pop() if len(states) == 1 else None


def _office_holders(people, modifiers: str, office: str) -> list:
    """The article's people one of whose offices ("X and Minister of Foreign Affairs" holds two)
    has the office's words and its modifiers ("foreign" + "minister" in "Minister of Foreign
    Affairs"), not as deputy; two of them from two different states, or none."""
    want = _title_words(modifiers) | {SINGULAR_OF_PLURAL_OFFICE[office]}
    hits = []
    for e in people:
        if e.kind != "person" or not e.title:
            continue
        part = next((p for p in re.split(r"\s+and\s+|,\s*", e.title) if want <= _title_words(p)
                     and not _title_words(p) & NOT_OFFICE_HOLDER_WORDS), None)
        if part is not None:
            hits.append((e, _holder_state(e, part)))
    if len(hits) == 2 and all(c for _, c in hits) and hits[0][1] != hits[1][1]:
        return hits
    return []


def _plural_office_signers(doc: Document, signing: list[int], people) -> list:
    """"The two presidents signed a joint statement": the signers are named only by their
    shared office; they are the two holders of it the article names, one per state. Each comes
    with that state."""
    for si in signing:
        s = doc.sentences[si]
        for m in _TWO_OFFICES.finditer(doc.text, s.start, s.end):
            mods, office = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
            hits = _office_holders(people, mods, office)
            if hits:
                return hits
    return []


def _signatories(doc: Document, group: list[AMention], posts, people) -> list:
    ents: list = []
    for si in _signing_sentences(group, doc):
        ents.extend(e for e in _sentence_signers(doc, si, people) if e not in ents)
    ents.extend(e for e in _post_signers(doc, group, posts, people) if e not in ents)
    return [e for e in ents if e.kind == "person" and not _portfolio(doc.text, e)
            and e.name.strip().lower().strip("'’.") not in HONORIFIC_WORDS]


def _portfolio(text: str, e) -> bool:
    """"State Secretary for Procurement, X", "Director General for Coastal Affairs": a "person"
    named only right after "for"/"of" is the office's portfolio, not a signer."""
    return all(re.search(r"\b(?:for|of)\s+(?:the\s+)?$", text[max(0, m.start - 10):m.start]) for m in e.mentions)


# --- parties -----------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _party_of(phrase: str) -> str | None:
    """A state or a non-state party a phrase names: a country (or its adjective), an
    organisation known by name, or a non-state force ("regional forces", "the K9 rebels")."""
    p = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(" ,.;:"), flags=re.I)
    if not p:
        return None
    p = re.sub(r"\s*\([A-Z][\w&.\-]{1,9}\)$", "", p)       # "... Army (ELN)"
    c = country_of(p)
    if c:
        return c
    form = _state_form(p)
    if form is not None:
        return form or None
    p = re.sub(r"^(?:rebel|armed|militant|insurgent|separatist)\s+(?=[A-Z])", "", p)
    words = p.split()
    if _org_name(p):
        return p
    if len(words) > 4:
        return None
    if words[-1] in KNOWN_ORGS:
        return words[-1]
    if 2 <= len(words) <= 3 and words[-1].lower() in NON_STATE_PARTY_HEADS:
        return p            # "regional forces", "northern rebels"; not "the rebels" alone
    if len(words) == 1 and re.fullmatch(r"[A-Z]{3,8}", p):
        return p            # an organisation by its acronym ("SADC", "OPEC")
    if len(words) == 2 and words[1].lower() in ("government", "state", "republic", "authorities"):
        return country_of(words[0])
    # "United States Of America", "New Zealand Navy": the longest leading country name
    for k in range(len(words) - 1, 0, -1):
        c = country_of(" ".join(words[:k]))
        if c and all(w[:1].isupper() for w in words[k:]):
            return c
    return None


def _state_form(p: str) -> str | None:
    """"the Kingdom of Bahrain", "Government of Mali", "Colombia's government": the state ("" when
    the phrase has that form but names no state; None when it has not that form)."""
    of = re.fullmatch(r"(?:[A-Z][\w-]*\s+)?(\w+)\s+of\s+(?:the\s+)?(.+)", p)
    if of and of.group(1).lower() in STATE_FORM_WORDS:
        return country_of(of.group(2)) or ""
    body = re.fullmatch(r"(?:Ministry|Department|Armed\s+Forces|Military|Militaries)\b.*\bof\s+(?:the\s+)?([A-Z][\w’'\- ]+)",
                        p)
    if body and country_of(body.group(1)):
        return country_of(body.group(1))    # "the Ministry of Defence of Ghana": Ghana
    poss = re.fullmatch(r"(.+?)[’']s?\s+(\w+)", p)
    if poss and poss.group(2).lower() in STATE_FORM_WORDS:
        return country_of(poss.group(1)) or ""
    return None


def _org_name(p: str) -> bool:
    """"Coastal Cooperation Council", "Northern People's Liberation Front": a body's proper name."""
    words = p.split()
    # the head may also come first: "Movement for the Renewal of X", "Front for the Liberation of X"
    head = words[-1].lower() in PARTY_ORG_HEADS or (
        len(words) >= 3 and words[0].lower() in PARTY_ORG_HEADS and words[1] in ("for", "of"))
    return 2 <= len(words) <= 7 and head and all(
        w[:1].isupper() or w in ("of", "for", "and", "the") for w in words) and words[0][:1].isupper()


def _party_in_phrase(phrase: str) -> str | None:
    """The party at the start of a phrase that runs on ("the armed group Hamas in the
    border war" names Hamas): the longest leading part that names one."""
    words = phrase.split()[:12]     # "the Ministry of Defence Affairs of the Sultanate of Oman"
    for k in range(len(words), 0, -1):
        p = _party_of(" ".join(words[:k]))
        if p:
            return p
    return None


_PRESENCE_OF = re.compile(r"\bin\s+the\s+presence\s+of\s+(?:the\s+)?([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})")


def _person_phrase(phrase: str) -> bool:
    """"Benin's Minister of the Interior", "Kenyan President X": a person of a state, who may witness
    the signing of a party's agreement without making that state a mediator."""
    return "’s" in phrase or "'s" in phrase or any(w.lower().rstrip(".") in PERSON_TITLE_WORDS
                                                  for w in phrase.split())


def _excluded(sent: str) -> set[str]:
    """Mediators, witnesses and hosts named in a sentence: "brokered by Qatar", "Qatar mediated",
    "in the presence of X"; they take part without being bound."""
    out: set[str] = set()
    for m in _PRESENCE_OF.finditer(sent):
        if not _person_phrase(m.group(1)):
            out.add(_party_in_phrase(m.group(1)) or m.group(1))
    for m in _NON_PARTY.finditer(sent):
        after = re.match(r"\s+(?:by|of)\s+(?:the\s+)?([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})", sent[m.end():])
        if after and not _person_phrase(after.group(1)):
            out.add(_party_in_phrase(after.group(1)) or after.group(1))
        before = _CAPS_RUN_END.search(sent, max(0, m.start() - 60), m.start())
        if before and m.group(0).lower().endswith(("ed", "es", "te", "ing", "s")):
            words = before.group(1).split()
            for k in range(len(words)):
                p = _party_of(" ".join(words[k:]))
                if p:
                    out.add(p)
                    break
    return out


_NAME_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?([A-Z][^,;:()]*?)\s+and\s+(?:the\s+)?([A-Z][^,;:()]*?)"
                           r"(?=\s+(?:on|for|concerning|regarding|relating|in\s+the\s+field)\b|\s*$)")


def _parties_in_name(main: AMention) -> list[str]:
    """"Memorandum of Understanding between the X Institute and the Y Academy", "Treaty between
    Malaysia and the Republic of Indonesia on ...": the agreement's own name says who is bound."""
    m = _NAME_BETWEEN.search(main.surface) if main.named else None
    if m is None:
        return []
    out = []
    for side in m.groups():
        words = side.split()
        p = _party_of(side) or (side if 2 <= len(words) <= 10 and words[-1][:1].isupper() else None)
        if p is None:
            return []
        out.append(p)
    return out if out[0] != out[1] else []


def _parties_hyphen(text: str, spans) -> list[str]:
    """"the US-Kenya pact", "Ghana-US defence agreement"."""
    out = []
    for s, e in spans:
        for part in _HYPHEN_PAIR.findall(text[s:e]):
            cs = [country_of(w) for w in _PAIR_JOIN.split(part)]
            if len([c for c in cs if c]) >= 2:
                out.extend(c for c in cs if c)
    return out


_RELATION_PAIR = re.compile(r"\b([A-Z][\w.]*(?:[-/][A-Z][\w.]*)+)((?:\s+[\w’'\-]+){1,3})")


def _parties_relation(sent: str) -> list[str]:
    """"the Chile-Peru defence partnership": the two sides of a relation the sentence names."""
    for m in _RELATION_PAIR.finditer(sent):
        if not any(w.lower() in BILATERAL_RELATION_NOUNS for w in m.group(2).split()):
            continue
        cs = [country_of(w) for w in _PAIR_JOIN.split(m.group(1))]
        if len(cs) >= 2 and all(cs):
            return cs
    return []


def _parties_between(sent: str) -> list[str]:
    # a sentence is read for several mentions and rules: once, and a copy for each caller
    return list(_parties_between_cached(sent))


@lru_cache(maxsize=1024)
def _parties_between_cached(sent: str) -> list[str]:
    """"a truce between Israel and the armed group Hamas", "between the government of Mali
    and regional forces"."""
    mb = _BETWEEN.search(sent)
    if not mb:
        return []
    ps = [_party_of(mb.group(1)), _party_in_phrase(mb.group(2))]
    return [p for p in ps if p] if all(ps) else []


_PAIR_SUBJECT = re.compile(
    r"(?:^|[^\w\s]\s*|\b[a-z][\w-]*\s+)(?:[Tt]he\s+)?([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})"
    r"\s*(?:,|\band\b)\s*(?:the\s+)?([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})$")


def _subject_before(sent: str, vstart: int) -> list[str]:
    """The words before a verb, without "have also formally" and the like."""
    # "Canada and Mexico last week signed": the time phrase is no part of the subject
    words = re.sub(r"\s+(?:last|earlier\s+this)\s+(?:week|weekend|month|year)\s*$", " ", sent[:vstart]).split()
    while words and words[-1].lower() in SUBJECT_VERB_FILLERS:
        words.pop()
    return words


_NAME_ITEM = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}"
_LIST_TAIL = re.compile(r"((?:" + _NAME_ITEM + r"\s*,\s*){1,6})" + _NAME_ITEM + r"\s*,?\s*and\s+(?:the\s+)?"
                        + _NAME_ITEM + r"$")


def _parties_subject(sent: str) -> list[str]:
    # a sentence is read for several mentions and rules: once, and a copy for each caller
    return list(_parties_subject_cached(sent))


@lru_cache(maxsize=1024)
def _parties_subject_cached(sent: str) -> list[str]:
    """"Chile and Peru (have) signed", "PH, Vietnam ink", "The United States and Kenya signed",
    "the presidents of Chile, Peru and Bolivia issued": every state of the list, or
    none when one item of a longer list is not a state."""
    for vm in _SUBJECT_VERB.finditer(sent):
        words = _subject_before(sent, vm.start())
        subj = " ".join(words[-16:])
        mm = _PAIR_SUBJECT.search(" ".join(words[-10:]))
        if not mm:
            continue
        ps = [_party_of(mm.group(1)), _party_of(mm.group(2))]
        if not all(ps) or ps[0] == ps[1]:
            continue
        longer = _LIST_TAIL.search(subj)
        if longer:
            items = [x for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", longer.group(0)) if x.strip()]
            while items and _is_list_opener(items[0]):
                items.pop(0)        # "On Tuesday, Chile and Peru", "Separately, India and ..."
            more = [_party_of(x) for x in items]
            return list(dict.fromkeys(more)) if all(more) else []
        return ps
    return []


def _is_list_opener(item: str) -> bool:
    words = item.lower().split()
    return bool(words) and all(w in TIME_PHRASE_WORDS or w in LIST_OPENER_WORDS or w.isdigit() for w in words)


_APPOSITION_END = re.compile(r",\s+(?:an?|the)\s+[^,;:]{2,50},\s*$")
_CLAUSE_START = re.compile(r".*(?:[;:—–]|\s-{1,2}\s|\b(?:that|said|says|when|after|before|while|as|where)\b|,)\s*", re.S)


def _parties_conjoined_subject(sent: str) -> list[str]:
    """"Colombia's government and the rebel National Liberation Army (ELN) signed", "The government
    of Sudan and the Rapid Front, an armed group, signed": the two sides of the subject of a
    signing verb, each naming a party on its own (a state form, an organisation, a non-state force)."""
    for vm in _SUBJECT_VERB.finditer(sent):
        head = _APPOSITION_END.sub("", " ".join(_subject_before(sent, vm.start())))
        if " and " not in head:
            continue
        left, right = head.rsplit(" and ", 1)
        cut = _CLAUSE_START.match(left)
        left = left[cut.end():] if cut else left
        if _is_list_opener(left) or not left.strip():
            continue
        ps = [_party_of(left), _party_of(right)]
        if all(ps) and ps[0] != ps[1]:
            return ps
    return []


_PASSIVE_BY = re.compile(r"(?:\b(?:was|were|been|being)\s+(?:\w+\s+){0,2}?|,\s+)(?:signed|inked|concluded|sealed|adopted|"
                         r"initial+ed|renewed|extended)\s+(?:[\w,]+\s+){0,5}?by\s+(?:the\s+)?"
                         r"([A-Z][^,;:]{1,60}?)\s+and\s+(?:the\s+)?([A-Z][^,;:]{1,60})")


_OFFICES_OF = re.compile(r"\b(?:Ministers|Presidents|Leaders|Heads\s+of\s+State|Prime\s+Ministers|Governments|"
                         r"Delegations|Chiefs|ministers|presidents|leaders|governments|delegations)\s+"
                         r"(?:of\s+(?:[A-Z][\w’'\-]*\s+){1,2})?(?:of|from)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
                         r"\s+and\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\b")


def _parties_offices(sent: str) -> list[str]:
    """"The Ministers of Defence of Zambia and Malawi, X and Y, signed": the two states."""
    m = _OFFICES_OF.search(sent)
    if m is None or not _SUBJECT_VERB.search(sent, m.end()):
        return []
    ps = [country_of(m.group(1)), country_of(m.group(2))]
    return ps if all(ps) and ps[0] != ps[1] else []


def _parties_passive(sent: str) -> list[str]:
    """"was signed by Ethiopia and Eritrea in the presence of ...": the two parties after "by"."""
    m = _PASSIVE_BY.search(sent)
    if m is None:
        return []
    ps = [_party_of(m.group(1)), _party_in_phrase(m.group(2))]
    return ps if all(ps) and ps[0] != ps[1] else []


_LEADERS_OF = re.compile(r"\b(?:[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate|[Mm]embers|[Mm]inisters)\s+of\s+(?:the\s+)?"
                         r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})$")


_STATE_LIST = re.compile(r"^(?:The\s+|the\s+)?((?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?"
                         r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,6}"
                         r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\s+(?:[A-Z][\w’'\-]*\s+){0,3}"
                         r"(?:[Mm]inisters|[Ll]eaders|[Pp]residents|[Pp]rime\s+[Mm]inisters|[Gg]overnments|"
                         r"[Dd]elegations|[Hh]eads\s+of\s+[Ss]tate)\b")


def _parties_listed_subject(sent: str) -> list[str]:
    """"The Polish, Czech and Slovak Defence Ministers met ... and signed": the states
    of the list that opens a sentence reporting a signing."""
    m = _STATE_LIST.match(sent.lstrip())
    if m is None:
        return []
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)) if p.strip()]
    cs = [country_of(p) or country_of(p.split()[0]) for p in parts]
    return list(dict.fromkeys(cs)) if all(cs) and len(set(cs)) >= 2 else []


def _they_subject(doc: Document, si: int) -> list[str]:
    """"Leaders of the Coastal Cooperation Council met on Tuesday. ... they signed the final
    communique": "they" are the leaders the sentence before names."""
    text = doc.text
    s = doc.sentences[si]
    sent = text[s.start:s.end]
    if si == 0 or not any(_subject_before(sent, vm.start())[-1:] == ["they"] for vm in _SUBJECT_VERB.finditer(sent)):
        return []
    prev = doc.sentences[si - 1]
    lm = re.search(_LEADERS_OF.pattern.rstrip("$"), text[prev.start:prev.end])
    if lm and (re.fullmatch(r"[A-Z]{3,8}", lm.group(1)) or _org_name(lm.group(1))):
        return [lm.group(1)]
    return _parties_subject(text[prev.start:prev.end])


_ORG_LEADERS_LEAD = re.compile(r"\s*(?:The\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})\s+(?:leaders|members|"
                               r"heads\s+of\s+state|foreign\s+ministers|defence\s+ministers|defense\s+ministers)\b")


def _org_subject(sent: str) -> list[str]:
    """"SADC leaders adopt(ed) a declaration", "leaders of the Coastal Cooperation Council signed":
    the organisation whose members adopted it."""
    lead = _ORG_LEADERS_LEAD.match(sent)
    if lead and _SUBJECT_VERB.search(sent) and (re.fullmatch(r"[A-Z]{3,8}", lead.group(1)) or _org_name(lead.group(1))):
        return [lead.group(1)]      # "OPEC leaders also set quotas ... and reached an agreement"
    for vm in _SUBJECT_VERB.finditer(sent):
        words = _subject_before(sent, vm.start())
        lm = _LEADERS_OF.search(" ".join(words[-8:]))
        if lm and (re.fullmatch(r"[A-Z]{3,8}", lm.group(1)) or _org_name(lm.group(1))):
            return [lm.group(1)]
        if len(words) >= 2 and words[-1].lower() in GROUP_SUBJECT_NOUNS | {"members", "states"}:
            p = words[-2]
            if re.fullmatch(r"[A-Z]{3,8}", p) or p in KNOWN_ORGS:
                return [p]
    return []


_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\s+(?:counterparts?|peers?)\b")


def _country_of_run(run: str) -> str | None:
    """"Nigerian Defence", "Ecuador's Foreign": the country a capitalised run opens with."""
    return country_of(run) or country_of(re.sub(r"[’']s$", "", run.split()[0]))


def _parties_counterpart(sent: str) -> list[str]:
    """"Foreign Minister X of Ghana and his Togolese counterpart Y": the country named before
    the counterpart and the counterpart's."""
    m = _COUNTERPART.search(sent)
    if not m:
        return []
    other = country_of(m.group(1))
    if not other:
        return []
    before = {c for c in (_country_of_run(w.group(0)) for w in
                          re.finditer(r"\b[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?", sent[:m.start()])) if c}
    before.discard(other)
    return [before.pop(), other] if len(before) == 1 else []


def _parties_signed_for(sent: str) -> list[str]:
    """"X signed for Kenya and Y for Uganda", "on behalf of Ghana"."""
    out = []
    for m in _SIGNED_FOR.finditer(sent):
        p = _party_of(m.group(1) or m.group(2) or m.group(3))
        if p:
            out.append(p)
    return out if len(out) >= 2 else []


# "the two countries", "both sides", and "Two countries ..." opening a sentence (not "by two states")
_TWO_STATES = re.compile(r"\b(?:the\s+two|both|(?<![a-z] )(?<![a-z],\s)two)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(longest_first(TWO_STATE_NOUNS)) + r")\b",
                         re.IGNORECASE)


_TEXT_QUOTED = re.compile(r"(?:“[^”]*”|\"[^\"]*\")(?=\s*,?\s*(?:the|their|a)\s+(?:joint\s+)?(?:press\s+)?"
                          r"(?:statement|communiqu[eé]|declaration)\s+(?:said|says|read|reads|added|stated)\b)")


def _parties_group_subject(doc: Document, si: int, excluded: set[str] = frozenset()) -> list[str]:
    """"the two countries signed", "envoys of the two countries had signed the pact":
    the two countries named in this sentence and the two before, when there are just two."""
    text = doc.text
    s = doc.sentences[si]
    if _TWO_STATES.search(text, s.start, s.end) is None:
        return []
    names: list[str] = []
    # a state inside a statement's quoted words is what the sides spoke about ("“concern over
    # X's missiles,” the statement said"), not a side
    window = _TEXT_QUOTED.sub(lambda q: " " * len(q.group(0)), text[doc.sentences[max(0, si - 2)].start:s.end])
    for m in re.finditer(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", window):
        # names only: "Swiss envoy X, who chairs the talks" names no party
        name = m.group(0) if is_country_name(m.group(0)) else m.group(0).split()[0]
        c = country_of(name) if is_country_name(name) else None
        if c and c not in names and c not in excluded:
            names.append(c)
    if len(names) != 2:
        # "talks between Ukrainian and Russian delegations ... the two sides agreed"
        pair = _demonym_pair(text[doc.sentences[max(0, si - 2)].start:s.end])
        if pair and not set(pair) & excluded:
            return pair
    if len(names) != 2:
        # "President X hosted his Angolan counterpart Y ... The two countries signed"
        for k in range(si, max(-1, si - 3), -1):
            pair = _parties_counterpart(text[doc.sentences[k].start:doc.sentences[k].end])
            if pair and not set(pair) & excluded:
                return pair
    return names if len(names) == 2 else []


# "Pakistan and Uzbekistan", "between Chile and the Republic of Peru": two states named as a pair
_PAIR_WORD = r"[A-Z][\w’'\-]*"
_STATE_PAIR = re.compile(r"\b(" + _PAIR_WORD + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _PAIR_WORD + r"){0,3})\s+and\s+(?:the\s+)?("
                         + _PAIR_WORD + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _PAIR_WORD + r"){0,3})")


_BORDERS_OF = re.compile(r"\b(?:borders?|frontiers?|territories|territory|soil)\s+of\s+(?:the\s+)?$")


def _state_pairs(text: str, lo: int, hi: int) -> dict[frozenset[str], list[str]]:
    """Each pair of states named as a pair, in the order the article first gives it."""
    out: dict[frozenset[str], list[str]] = {}
    for m in _STATE_PAIR.finditer(text, lo, hi):
        if _BORDERS_OF.search(text, max(lo, m.start() - 30), m.start()):
            continue        # "hybrid activity along the borders of Poland and Lithuania": a place, no pair of sides
        ps = [country_of(m.group(1)) or _state_form(m.group(1)), country_of(m.group(2)) or _state_form(m.group(2))]
        if all(ps) and ps[0] != ps[1]:
            out.setdefault(frozenset(ps), ps)
    return out


def _two_sides_paired_before(doc: Document, si: int) -> list[str]:
    """"a memorandum was signed between the two armies": the two states of an article about one
    pair's talks, when the article has named them as a pair ("the bonds between Pakistan and
    Uzbekistan") and as no other pair up to the signing."""
    s = doc.sentences[si]
    if _TWO_STATES.search(doc.text, s.start, s.end) is None:
        return []
    pairs = _state_pairs(doc.text, doc.body_start, s.end)
    return next(iter(pairs.values())) if len(pairs) == 1 else []


_DEMONYM_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+(?:delegations|negotiators|sides|governments|"
                           r"officials|leaders|ministers|envoys)\b")


def _demonym_pair(window: str) -> list[str]:
    """"Ukrainian and Russian delegations": the two states their adjectives name, when only one pair
    is named so."""
    pairs = {tuple(country_of(w) for w in m.groups()) for m in _DEMONYM_PAIR.finditer(window)}
    pairs = {p for p in pairs if all(p) and p[0] != p[1]}
    return list(next(iter(pairs))) if len(pairs) == 1 else []


_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})")
_POSSESSOR_AFTER = re.compile(r",\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)[’']s?\s+[a-z]")
_OF_COUNTRY_BEFORE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3}),\s+"
                                r"(?:[A-Z][\w.’']*\s+){0,2}$")
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)[’']s?\s+$")


def _signer_country(doc: Document, e, lo: int, hi: int) -> str | None:
    """The state a signer acts for, as the signing sentence puts it next to the name: "X of
    Kenya", "X, Kenya's trade minister", "Kenya's Trade Minister X", "Kenyan President X"."""
    text = doc.text
    for m in e.mentions:
        if not lo <= m.start < hi:
            continue
        head = m.title_start if m.title_start is not None else m.start
        cands = []
        after = _OF_COUNTRY_AFTER.match(text, m.end) or _POSSESSOR_AFTER.match(text, m.end)
        if after:
            cands.append(country_of(after.group(1)))
        before = _POSSESSOR_BEFORE.search(text, max(lo, head - 40), head)
        if before:
            cands.append(country_of(before.group(1)))
        office = _OF_COUNTRY_BEFORE.search(text, max(lo, head - 60), head)
        if office:      # "the Director General ... of the Republic of Indonesia, Dr. X"
            cands.append(country_of(office.group(1)) or _state_form(office.group(1)) or None)
        first = re.match(r"[A-Z][\w’'\-]*", text[head:m.start])
        if first:
            cands.append(country_of(first.group(0)))
        cs = {c for c in cands if c}
        if len(cs) == 1:
            return cs.pop()
    return None


def _parties_of_signers(doc: Document, signing: list[int], sig_ents) -> list[str]:
    """Every signer's state, named next to the signer in a signing sentence; all of them, or none."""
    if len(sig_ents) < 2:
        return []
    out = []
    for e in sig_ents:
        c = next((c for si in signing for c in [_signer_country(doc, e, doc.sentences[si].start,
                                                                doc.sentences[si].end)] if c), None)
        if c is None:
            return []
        out.append(c)
    return list(dict.fromkeys(out)) if len(set(out)) == len(out) else []


# "The Republic of X and the Republic of Y have given a new impulse to their cooperation."
_STATE_WORD = r"(?:[A-Z]|d[’'][A-Z])[\w’'\-]*"       # "Côte d'Ivoire"
_LEAD_PAIR = re.compile(r"\s*(?:The\s+)?(" + _STATE_WORD + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _STATE_WORD + r"){0,3})"
                        r"\s+and\s+(?:the\s+)?(" + _STATE_WORD + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _STATE_WORD + r"){0,3})"
                        r"\s+(?:have|has|had|will|are|were)\b")


def _parties_lead_pair(doc: Document, signing: list[int], sig_ents) -> list[str]:
    """"Chile and Peru have given a new impulse to their ties. Minister X of Peru and Minister Y
    proceeded to the signature of ...": the pair of states that opens the sentence just before
    the signing, in its paragraph, when a signer's own state is one of the two."""
    for si in signing:
        if si == 0 or doc.sentences[si - 1].para != doc.sentences[si].para:
            continue
        prev = doc.sentences[si - 1]
        m = _LEAD_PAIR.match(doc.text, prev.start, prev.end)
        if m is None:
            continue
        ps = [_party_of(m.group(1)), _party_of(m.group(2))]
        if not (all(ps) and ps[0] != ps[1] and all(country_of(p) for p in ps)):
            continue
        s = doc.sentences[si]
        states = {e.country or _signer_country(doc, e, s.start, s.end) for e in sig_ents}
        if states & set(ps):
            return ps
    return []


def _signatory_countries(sig_ents) -> list[str]:
    cs = [e.country for e in sig_ents if e.country]
    return list(dict.fromkeys(cs)) if len(set(cs)) >= 2 and len(cs) == len(sig_ents) else []


def _with_party(main: AMention, parties: list[str], home: str | None) -> list[str]:
    """"the framework agreement with Kestrel Dynamics": the article's country and the company."""
    first = [p for p in parties if p][:1] or ([home] if home else [])
    return first + [main.with_org]


def _parties(doc: Document, group: list[AMention], sig_ents, main: AMention, home: str | None,
             only_signed_group: bool, office_states: list[str] = ()) -> tuple[list[str], str]:
    """The first rule that finds two parties or more, in order of precision; a mediator, witness
    or host is never a party."""
    text = doc.text
    signing = _signing_sentences(group, doc)
    sents = sorted({a.sentence for a in group} | set(signing))
    sent_text = {si: text[doc.sentences[si].start:doc.sentences[si].end] for si in sents}
    excluded = set().union(*(_excluded(t) for t in sent_text.values())) if sent_text else set()
    if main.with_org:
        return _with_party(main, _parties_hyphen(text, [(a.start, a.end) for a in group]), home), "with"
    rules = [("name_between", lambda: _parties_in_name(main)),
             ("hyphen", lambda: _parties_hyphen(text, [(a.start, a.end) for a in group]))]
    for si in signing:
        rules.append(("subject", lambda si=si: _parties_subject(sent_text[si])))
        rules.append(("conjoined_subject", lambda si=si: _parties_conjoined_subject(sent_text[si])))
        rules.append(("passive_by", lambda si=si: _parties_passive(sent_text[si])))
        rules.append(("offices_of", lambda si=si: _parties_offices(sent_text[si])))
        rules.append(("listed_subject", lambda si=si: _parties_listed_subject(sent_text[si])))
        rules.append(("counterpart", lambda si=si: _parties_counterpart(sent_text[si])))
        nxt = [text[doc.sentences[k].start:doc.sentences[k].end] for k in (si, si + 1) if k < len(doc.sentences)]
        rules.append(("signed_for", lambda nxt=nxt: _parties_signed_for(" ".join(nxt))))
    for si in sents:
        rules.append(("between", lambda si=si: _parties_between(sent_text[si])))
    for si in sents:
        if si not in signing:
            rules.append(("subject", lambda si=si: _parties_subject(sent_text[si])))
    rules.append(("signatories", lambda: _signatory_countries(sig_ents)))
    rules.append(("office_holders_states", lambda: list(office_states)))
    rules.append(("lead_pair", lambda: _parties_lead_pair(doc, signing, sig_ents)))
    rules.append(("signers_states", lambda: _parties_of_signers(doc, signing, sig_ents)))
    for si in signing:
        rules.append(("two_countries", lambda si=si: _parties_group_subject(doc, si, excluded)))
        rules.append(("relation_in_sentence", lambda si=si: _parties_relation(sent_text[si])))
    for si in signing:
        rules.append(("two_sides_paired_before", lambda si=si: _two_sides_paired_before(doc, si)))
    for si in signing:
        rules.append(("listed_after", lambda si=si: _list_subject(doc, group, si)))
    if only_signed_group:
        rules.append(("article_subject", lambda: _article_subject(doc)))
    with_m = next((a for a in group if a.with_country), None)
    if with_m:
        rules.append(("with_country", lambda: _with_country_parties(doc, with_m, home)))
    rules.append(("previous_pair", lambda: _parties_previous_pair(doc, signing)))
    for rule, fn in rules:
        ps = [p for p in dict.fromkeys(fn()) if p not in excluded]
        if len(ps) >= 2:
            return ps, rule
    heads = list(signing)
    if only_signed_group:       # the headline or lead of an article about one agreement
        heads += [k for k in range(min(3, len(doc.sentences))) if k not in heads]
    for si in heads:
        s = doc.sentences[si]
        ps = [p for p in _org_subject(text[s.start:s.end]) if p not in excluded]
        if ps:
            return ps, "organisation_subject"
    for si in signing:
        ps = [p for p in _they_subject(doc, si) if p not in excluded]
        if ps:
            return ps, "pronoun_subject"
    ps = [p for p in _summit_organisation(doc, group, signing) if p not in excluded]
    if ps:
        return ps, "summit_organisation"
    return [], ""


_COUNTED = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:\w+\s+){0,2}?"
                      r"(?:agreements|mous|memoranda|pacts|deals|accords|documents)\b", re.I)


def _with_country_parties(doc: Document, a: AMention, home: str | None) -> list[str]:
    """"Peru's parliament approved a treaty with the United States": the country named
    before the mention in its sentence, else the article's main country, and the other."""
    s = doc.sentences[a.sentence]
    first = None
    for m in re.finditer(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", doc.text[s.start:a.start]):
        c = country_of(m.group(0)) or country_of(m.group(0).split()[0])
        if re.search(r"\bwith\s+(?:the\s+)?$", doc.text[max(s.start, s.start + m.start() - 10):s.start + m.start()]):
            continue            # "a trade agreement with Paraguay and an energy deal with Uruguay"
        if c and c != a.with_country:
            first = c           # the nearest before: "Tonga protested after Fiji signed a deal with China"
    first = first or home
    return [first, a.with_country] if first and first != a.with_country else []


_COUNT_LOOKBACK = 40     # sentences read back for "signed three agreements" (bounded: linear)


def _list_subject(doc: Document, group: list[AMention], si: int) -> list[str]:
    """"India and Chile signed three agreements. ... three key agreements: an Agreement on X, an
    MoU on Y": the parties that signed the agreements this sentence counts, in it, in the two
    sentences before, or in an earlier one that gives the same count."""
    text = doc.text
    s0 = doc.sentences[si]
    here = _COUNTED.search(text, s0.start, s0.end)
    count = here.group(1).lower() if here else None
    for k in range(si, max(-1, si - _COUNT_LOOKBACK), -1):
        s = doc.sentences[k]
        sent = text[s.start:s.end]
        m = _COUNTED.search(sent)
        if m and (k >= si - 2 or m.group(1).lower() == count):
            ps = _parties_subject(sent)
            if ps:
                return ps
    return []


def _article_subject(doc: Document) -> list[str]:
    """The only signed agreement of an article: the countries its headline or lead says signed."""
    text = doc.text
    for s in doc.sentences[:6]:
        ps = _parties_subject(text[s.start:s.end])
        if len(ps) >= 2:
            return ps
    return []


# --- the records -------------------------------------------------------------------------

def _mark_local_evidence(doc: Document, ms: list[AMention]) -> None:
    """Parties and day that a signing mention's own sentence names, so that two MoUs signed by
    different parties or on different days are not grouped."""
    text = doc.text
    for a in ms:
        own = a.with_country or a.with_org     # "a pact with China": its phrase names a party
        a.parties = (own,) if own else ()
        if a.status != "signed":
            continue
        s = doc.sentences[a.sentence]
        sent = text[s.start:s.end]
        a.parties = tuple(sorted(set(_parties_subject(sent) or _parties_between(sent)))) or a.parties
        d, rule = _day_in(doc, a.sentence, [])
        on_day = re.search(r"\b(?:sign|ink|conclu)", sent) and _ON_A_DAY.search(sent)
        a.day = d.isoformat() if d and on_day else None


def _status_of(group: list[AMention]) -> str:
    statuses = {a.status for a in group}
    return "signed" if "signed" in statuses else "proposed" if "proposed" in statuses else "background"


def _home_country(country_mentions: list[CountryMention]) -> str | None:
    counts: dict[str, int] = {}
    for c in country_mentions:
        counts[c.country] = counts.get(c.country, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


# "the Patriotic Front of the Delta (FPD)": a capitalised name (small joining words allowed) and
# the acronym in brackets after it
_DEFINED_ACRONYM = r"((?:[A-Z][\w’'\-]*[ \t]+(?:(?:of|for|the|and|de|du|des|la|le|el)[ \t]+)*){{1,8}})\(({acr})\)"


def _spelled_out(text: str, party: str) -> str:
    """A party the article names by an acronym it spelled out ("the FPD" after "the Patriotic Front
    of the Delta (FPD)") is kept by its full name; only when the full name's initials are the
    acronym's letters (in any order, as names translated from French put them)."""
    if not re.fullmatch(r"[A-Z]{2,8}", party):
        return party
    for m in re.finditer(_DEFINED_ACRONYM.format(acr=re.escape(party)), text):
        words = m.group(1).split()
        caps = [w for w in words if w[:1].isupper()]
        for i in range(len(caps)):
            # the shortest tail of the capitalised run whose initials spell the acronym
            if sorted(w[0] for w in caps[i:]) == sorted(party):
                return " ".join(words[_tail_start(words, i):])
    return party


def _tail_start(words: list[str], i: int) -> int:
    """Where the i-th capitalised word of a run stands among all its words."""
    seen = -1
    for k, w in enumerate(words):
        if w[:1].isupper():
            seen += 1
            if seen == i:
                return k
    return 0


_STATE_POSSESSIVE = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)['’]s\s+(?=[A-Z])")


def _city_of_state(place: str | None) -> str | None:
    """"in Turkey's Istanbul": the city, not the state that owns it."""
    m = _STATE_POSSESSIVE.match(place or "")
    if m is None or not is_country_name(m.group(1)):
        return place
    return place[m.end():]


def _record(doc: Document, g: list[AMention], ctx: dict) -> Agreement:
    status = _status_of(g)
    main = _main_mention(g, ctx["titles"])
    named = any(a.named and a.noun != "acronym" for a in g)
    sig_ents = _signatories(doc, g, ctx["posts"], ctx["people"])
    signer_rule, office_states = "", []
    if not sig_ents:
        holders = _plural_office_signers(doc, _signing_sentences(g, doc), ctx["people"])
        sig_ents, office_states = [e for e, _ in holders], [c for _, c in holders]
        signer_rule = "; signatories:plural_office" if holders else ""
    parties, party_rule = _parties(doc, g, sig_ents, main, ctx["home"], ctx["signed_groups"] == 1, office_states)
    day, date_rule = _date(doc, g, ctx["posts"])
    if day is None and status == "signed":
        day, date_rule = _statement_issued_day(doc, g, ctx["posts"])
    if day is None and status == "signed":
        day, date_rule = _lead_meeting_day(doc, g, parties, ctx["posts"])
    name = _name(main, parties, g, day)
    fa = Agreement(id="", name=name, status=status, aliases=_aliases(g, name),
                   kind=main.noun if main.noun != "acronym" else None)
    fa.rule = "agreement_noun:" + ("named" if named else "described") + f":{status}"
    why = next((a.why for a in g if a.why and a.status == "signed"), None)
    if why and status == "signed":
        fa.rule += f"; status:{why}"
    fa.signatories = [e.name for e in sig_ents]
    fa.parties = [_spelled_out(doc.text, p) for p in parties]
    if party_rule:
        fa.rule += f"; parties:{party_rule}"
    fa.rule += signer_rule
    fa.date = day
    fa.place = _city_of_state(_place(doc, g, ctx["person_spans"])) if status == "signed" else None
    _agrfld7_fields(doc, g, fa, parties, sig_ents, ctx)
    _occasion_fields(doc, g, fa, ctx)
    _venue_dateline_place(doc, g, fa, ctx)
    _margins_place(doc, g, fa)
    if not parties and fa.place and main.noun.lower().startswith("joint"):
        fa.parties = _meeting_sides(doc, fa.place, ctx["people"])
        fa.rule += "; parties:meeting_sides" if fa.parties else ""
    fa.duration_years = _duration(doc, g)
    fa.scope = _scope(doc, g)
    if date_rule:
        fa.rule += f"; date:{date_rule}"
    leads = next((a.leads for a in g if a.leads), ())
    if status == "signed":
        for lead in leads:
            _fill_from_lead(doc, fa, lead, ctx)
    return fa


def _agrfld7_fields(doc: Document, g: list[AMention], fa: Agreement, parties: list[str], sig_ents, ctx: dict) -> None:
    """The blanks a signing's own sentences leave, from the scene and the article's lead."""
    if fa.status != "signed":
        return
    if fa.place is None:
        fa.place = _place_in_name(doc, g, ctx["person_spans"])
        fa.rule += "; place:in_name" if fa.place else ""
    if fa.place is None:
        fa.place = _city_of_state(_lead_meeting_place(doc, g, parties, ctx["person_spans"]))
        fa.rule += "; place:lead_meeting" if fa.place else ""
    sides = _sides_signers(doc, g, parties, ctx["people"])
    if sides and all(e in sides for e in sig_ents):
        fa.signatories = [e.name for e in sides]
        fa.rule += "; signatories:both_sides_of_lead"
        return
    if not sig_ents:
        hosts = _lead_pair_signers(doc, g, ctx["people"])
        if hosts:
            fa.signatories = [e.name for e in hosts]
            fa.rule += "; signatories:lead_pair"
            return
    more = _handshake_signers(doc, g, ctx["people"], sig_ents)
    if more:
        fa.signatories += [e.name for e in more]
        fa.rule += "; signatories:handshake"


# "On the occasion, an MoU was signed", "On the sidelines of the visit, X and Y signed", "At the
# conclusion of the visit, the two countries issued a joint statement": the signing belongs to
# the visit or meeting the article's lead reports
_OCCASION = re.compile(r"\s*(?:On\s+(?:this|that|the)\s+occasion|(?:On|At)\s+the\s+(?:sidelines|margins|conclusion|end|close)"
                       r"\s+of\s+(?:the|this|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|meeting|talks|audience)"
                       r"|(?:During|At)\s+the\s+(?:meeting|visit|talks))\b")
# the lead's event: one side calling on, received by, meeting or hosting the other
_LEAD_CALL = re.compile(r"\b(?:called\s+on|calls\s+on|received|receives|met|meets|held\s+talks|holds\s+talks|"
                        r"hosted|hosts)\b")
_CITYLESS_VENUE = re.compile(r"\bat\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?(?i:" + "|".join(sorted(CITYLESS_VENUE_NOUNS)) + r")\b")
_DATELINE_CITY = re.compile(r"\s*([A-Z][A-Za-z’'\-]+(?:\s+[A-Z][A-Za-z’'\-]+)?)\s*,")


def _occasion_lead(doc: Document, group: list[AMention]) -> int | None:
    """The lead sentence of the visit or meeting at which a signing sentence says it happened."""
    text = doc.text
    if not any(_OCCASION.match(text, doc.sentences[si].start, doc.sentences[si].end)
               for si in _signing_sentences(group, doc)) or _told_at_another_time(doc, group):
        return None
    for k in range(min(_LEAD_REACH, len(doc.sentences))):
        s = doc.sentences[k]
        if s.para not in doc.captions and _LEAD_CALL.search(text, s.start, s.end):
            return k
    return None


def _dateline_venue_city(doc: Document, k: int, person_spans) -> str | None:
    """"KUWAIT, Nov 18 (KUNA) -- X received on Wednesday at the Ministry of Defence headquarters
    ...": a lead that meets at a venue naming no city, and no other place, is in the dateline's city."""
    s = doc.sentences[k]
    if not _CITYLESS_VENUE.search(doc.text, s.start, s.end) or any(True for _ in _place_cands(doc, k, person_spans)):
        return None
    m = _DATELINE_CITY.match(doc.text, doc.dateline.start, doc.dateline.end) if doc.dateline else _caps_dateline(doc)
    if m is None:
        return None
    city = m.group(1)
    return city.title() if city.isupper() else city


# "PUERTO MONTT, Chile — The ...": a dateline with no date, its city in capitals, opening the lede
_CAPS_DATELINE = re.compile(r"[ \t]*([A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){0,2})(?:,[ \t]*[A-Z][\w .]{1,30}?)?[ \t]+[—–]{1,2}[ \t]")


def _caps_dateline(doc: Document) -> re.Match | None:
    for p in doc.paragraphs[:4]:
        if p.end - p.start >= 120:
            return _CAPS_DATELINE.match(doc.text, p.start, p.end)
    return None


_MARGINS_OF = re.compile(r"\b(?:[Oo]n|[Aa]t)\s+the\s+(?:margins|sidelines)\s+of\s+the\s+(?:summit|conference|meeting|talks)\b")


def _margins_place(doc: Document, g: list[AMention], fa: Agreement) -> None:
    """"OSLO, July 8 – ... a summit in the Norwegian capital ... On the margins of the summit, X
    and Y signed ...": a signing on the margins of the gathering the story reports is in the
    dateline's city when the gathering is said to be in that city's state's capital."""
    if fa.status != "signed" or fa.place is not None:
        return
    if not any(_MARGINS_OF.search(doc.text, doc.sentences[si].start, doc.sentences[si].end)
               for si in _signing_sentences(g, doc)):
        return
    m = _DATELINE_CITY.match(doc.text, doc.dateline.start, doc.dateline.end) if doc.dateline else _caps_dateline(doc)
    if m is None:
        return
    city = m.group(1).title() if m.group(1).isupper() else m.group(1)
    if _met_in_its_capital(doc.text, city):
        fa.place = city
        fa.rule += "; place:margins_dateline"


_TWO_SIGNED = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:" + "|".join(longest_first(SIDES_AGENT_NOUNS))
                         .replace(" ", r"\s+") + r")\s+(?:(?:have|has|had|also|then|jointly|formally|officially)\s+){0,2}(?:signed|inked)\b")


def _lead_pair_signers(doc: Document, g: list[AMention], people) -> list:
    """"X hosted Y at the ministry today. ... During the visit, the two leaders signed a ...": the
    two of the lead's meeting signed; only when the lead names exactly two people."""
    if not any(_TWO_SIGNED.search(doc.text, doc.sentences[si].start, doc.sentences[si].end)
               for si in _signing_sentences(g, doc)):
        return []
    k = _occasion_lead(doc, g)
    if k is None:
        return []
    s = doc.sentences[k]
    ppl = list({id(e): e for e, m in _mentions_in(people, s.start, s.end)
                if e.kind == "person" and not m.in_quote}.values())
    return ppl if len(ppl) == 2 else []


def _venue_dateline_place(doc: Document, g: list[AMention], fa: Agreement, ctx: dict) -> None:
    """"PUERTO MONTT, Chile — ... signed the agreement at the Southern Command headquarters":
    a signing at a venue that names no city, in a sentence naming no other place, is in the
    dateline's city."""
    if fa.status != "signed" or fa.place is not None:
        return
    for si in _signing_sentences(g, doc):
        city = _dateline_venue_city(doc, si, ctx["person_spans"])
        if city:
            fa.place = city
            fa.rule += "; place:venue_dateline"
            return


def _occasion_fields(doc: Document, g: list[AMention], fa: Agreement, ctx: dict) -> None:
    """A signing told as "on the occasion" of the lead's visit has the lead's day and place."""
    if fa.status != "signed" or (fa.date and fa.place):
        return
    k = _occasion_lead(doc, g)
    if k is None:
        return
    if fa.date is None:
        d, rule = _lead_day_in(doc, k, ctx["posts"])
        if d:
            fa.date = d.isoformat()
            fa.rule += "; date:occasion_lead:" + rule
    if fa.place is None:
        s = doc.sentences[k]
        anchors = [(s.start + m.start(), s.start + m.end()) for m in _LEAD_CALL.finditer(doc.text[s.start:s.end])]
        fa.place = _place_in(doc, k, ctx["person_spans"], anchors) or _dateline_venue_city(doc, k, ctx["person_spans"])
        fa.rule += "; place:occasion_lead" if fa.place else ""


_MET_AT = re.compile(r"\b(?:met|held\s+talks|hold\s+talks|gathered)\b")


def _meeting_sides(doc: Document, place: str, people) -> list[str]:
    """A joint communique or statement is the two sides' of the meeting that issued it: "X of
    Chile and Y of Peru met in Lima" with the document's city. Exactly two people before the
    meeting verb, from two states; a host named elsewhere is not a side."""
    text = doc.text
    for s in doc.sentences:
        vm = _MET_AT.search(text, s.start, s.end)
        if vm is None or place not in text[vm.end():s.end]:
            continue
        sides = list({id(e): e for e, m in _mentions_in(people, s.start, vm.start())
                      if e.kind == "person" and not m.in_quote}.values())
        states = [e.country for e in sides]
        if len(sides) == 2 and all(states) and states[0] != states[1]:
            return states
    return []


# "The first, an agreement on X, ...", "The third, a letter of intent on Y, provides ...": one
# item of a counted set of agreements the article announced before
_ENUMERATOR = re.compile(r"(?:^|[.;:]\s+|\band\s+)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final)"
                         r"(?:\s+(?:one|agreement|document|deal|accord|memorandum))?\s*,\s*(?:an?\s+|the\s+)?$", re.IGNORECASE)
_ENUMERATION_REACH = 10     # sentences between the count and its last item (each item may run on)


def _mark_enumerated(doc: Document, ms: list[AMention]) -> None:
    """An item of a counted set ("signed three agreements ... The first, an X, was ...") was signed
    when the count was, and the count's day, place and parties are its own unless it says others."""
    text = doc.text
    for a in ms:
        if a.plural:
            continue
        s = doc.sentences[a.sentence]
        if not _ENUMERATOR.search(text[s.start:a.start]):
            continue
        leads = tuple(b for b in reversed(ms) if b.plural and b.status == "signed" and b.start < s.start
                      and a.sentence - b.sentence <= _ENUMERATION_REACH)
        if not leads:
            continue
        a.leads = leads     # nearest first
        if a.status != "signed" and any(
                _IT_WAS_SIGNED.match(text, doc.sentences[k].start, doc.sentences[k].end)
                for k in (a.sentence + 1, a.sentence + 2) if k < len(doc.sentences)):
            a.status = "signed"     # "The third, an X, provides for ... It was signed by A and B."


def _fill_from_lead(doc: Document, fa: Agreement, lead: AMention, ctx: dict) -> None:
    """The blanks of an enumerated item, from the sentence that counted the set."""
    if fa.date is None:
        fa.date = _date(doc, [lead], ctx["posts"])[0]
        if fa.date:
            fa.rule += "; date:enumeration_lead"
    if fa.place is None:
        fa.place = _place(doc, [lead], ctx["person_spans"])
    if len(fa.parties) < 2:
        ps, rule = _parties(doc, [lead], [], lead, ctx["home"], False)
        if len(ps) >= 2:
            fa.parties = ps
            fa.rule += f"; parties:enumeration_lead:{rule}"


def find_agreements(doc: Document, analysis, country_mentions: list[CountryMention]) -> list[FoundAgreement]:
    titles = [(q.start, q.end) for q in analysis.spans if q.reading == "title"]
    posts = getattr(analysis, "posts", [])
    person_spans = [_Span(m.title_start if m.title_start is not None else m.start, m.end)
                    for e in analysis.people for m in e.mentions]
    ms = _mentions(doc, titles, posts, person_spans)
    ref_year = _reference_year(doc)
    headline_names = [a for a in ms if a.headline_topic]
    ms = [a for a in ms if not a.headline_topic]
    for a in ms:
        a.status = _status(doc, a, ref_year)
    _mark_local_evidence(doc, ms)
    _mark_enumerated(doc, ms)
    _mark_bundles(doc, ms)
    _mark_document_packages(doc, ms)
    _mark_counted_sets(doc, ms)
    groups = _cluster_with_programmes(ms)
    _split_later_joint_statements(doc, groups)
    ctx = {"titles": titles, "posts": posts, "people": _People(analysis.people), "person_spans": person_spans,
           "home": _home_country(country_mentions),
           "signed_groups": sum(1 for g in groups if _status_of(g) == "signed")}
    found = [FoundAgreement(_record(doc, g, ctx), g) for g in groups]
    _same_day_dates(doc, found)
    _headline_alias(headline_names, found)
    if ctx["signed_groups"] > 1:
        _shared_article_subject(doc, found)
        _two_sides_of_the_other(doc, found)
    # a bare "agreement" with no party, signatory or day names nothing an analyst can use
    return [f for f in found if not (_is_bare(f.record.name) and not f.record.signatories)]


def _shared_article_subject(doc: Document, found: list[FoundAgreement]) -> None:
    """An article about one pair of sides ("Russia and Ukraine concluded talks ..., agreeing to
    ..."): when every signed agreement whose parties it knows is between the two its lead names,
    a signed one left without parties is theirs too (what article_subject does for a lone one)."""
    signed = [f.record for f in found if f.record.status == "signed"]
    blank = [r for r in signed if not r.parties]
    known = [r for r in signed if r.parties]
    if not blank or not known:
        return
    pair = _article_subject(doc)
    if len(pair) != 2 or any(set(r.parties) != {_spelled_out(doc.text, p) for p in pair} for r in known):
        return
    for r in blank:
        r.parties = [_spelled_out(doc.text, p) for p in pair]
        r.rule += "; parties:shared_article_subject"


def _two_sides_of_the_other(doc: Document, found: list[FoundAgreement]) -> None:
    """"X and Y signed an MoU between Kuwait and Oman ... the two countries issued a joint
    statement": "the two countries" of a signing are the pair every other signed agreement of the
    article is between, when there is just that one pair."""
    signed = [f for f in found if f.record.status == "signed"]
    pairs = {frozenset(f.record.parties) for f in signed if f.record.parties}
    if len(pairs) != 1 or len(next(iter(pairs))) != 2:
        return
    pair = next(f.record.parties for f in signed if f.record.parties)
    text = doc.text
    for f in signed:
        if f.record.parties:
            continue
        if any(_TWO_STATES.search(text, doc.sentences[si].start, doc.sentences[si].end)
               for si in _signing_sentences(f.mentions, doc)):
            f.record.parties = list(pair)
            f.record.rule += "; parties:two_sides_of_the_other"


_SAME_DAY = re.compile(r"[ \t]+(?:also[ \t]+)?(?:signed|inked|concluded)[ \t]+(?:on[ \t]+)?the[ \t]+same[ \t]+day\b")


def _same_day_dates(doc: Document, found: list[FoundAgreement]) -> None:
    """"a separate agreement signed the same day": signed on the day of the signing the article
    reported before it, the nearest earlier signed agreement with a day."""
    for f in found:
        if f.record.date or f.record.status != "signed":
            continue
        at = next((a for a in f.mentions if _SAME_DAY.match(doc.text, a.end)), None)
        if at is None:
            continue
        before = [g for g in found if g is not f and g.record.status == "signed" and g.record.date
                  and min(b.start for b in g.mentions) < at.start]
        if before:
            prev = max(before, key=lambda g: max(b.start for b in g.mentions if b.start < at.start))
            f.record.date = prev.record.date
            f.record.rule += "; date:same_day_as_previous"


# "Two countries also sign cooperation agreements in various fields" (a sentence opening with
# "Two countries" counts as "the two countries" for the parties): a set the article
# reports as one, without naming its items
_BUNDLE_TAIL = re.compile(r"[ \t]+in[ \t]+(?:various|several|different|many|multiple|other|a[ \t]+number[ \t]+of|"
                          r"a[ \t]+range[ \t]+of|a[ \t]+variety[ \t]+of)[ \t]+(?:fields|areas|sectors|spheres|domains)\b")
_BUNDLE_ITEM_REACH = 2      # sentences after the set where its items would be listed


def _mark_bundles(doc: Document, ms: list[AMention]) -> None:
    """A signed set of agreements "in various fields" whose items the article does not name is one
    agreement record ("cooperation agreements in various fields"); a set whose items follow is not."""
    text = doc.text
    for a in ms:
        if not a.plural or a.status != "signed" or a.leads:
            continue
        tail = _BUNDLE_TAIL.match(text, a.end)
        if tail is None:
            continue
        before = {_content(b.surface) for b in ms if b.end <= a.start}
        if any(not b.plural and b.status == "signed" and b.start > a.end and _content(b.surface) not in before
               and b.sentence <= a.sentence + _BUNDLE_ITEM_REACH for b in ms):
            continue        # its items follow: each is its own agreement
        words = a.surface.split()
        verbs = [i for i, w in enumerate(words) if w.lower() in SIGNING_VERBS or w.lower() in AGREEMENT_HEAD_VERBS]
        head = " ".join(words[verbs[-1] + 1:] if verbs else words)
        a.bundle, a.topic = True, True
        a.surface = head + text[a.end:tail.end()]


# --- declarations, communiques, programmes and packages of documents (agrdecl7) ---------------

def _phrase_alt(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in longest_first(phrases))


# a word that may stand between a verb and the text it acts on: never a preposition, a negation or
# a word of a plan ("endorsed plans for a declaration", "ended with no communique")
_PLAIN_WORD = r"(?:(?!(?:for|to|on|of|about|with|without|no|any|and|or|draft|plans?|proposals?|calls?|talks)\b)[\w’'\-]+\s+)"
_OPEN_MARK = r"[‘'“\"«]?"
# "will approve", "asked Peru to endorse": no act of the meeting
_DONE = "".join(f"(?<!{w} )" for w in NOT_DONE_BEFORE_VERB)
_ISSUED_BEFORE = re.compile(_DONE + r"\b(?:" + _phrase_alt(STATEMENT_ISSUING_PHRASES) + r")\s+(?:(?:the|a|an|its|their|this)\s+)?"
                            + _PLAIN_WORD + r"{0,4}" + _OPEN_MARK + r"$", re.IGNORECASE)
_ISSUED_AFTER = re.compile(r"[’'”\"]?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been|have\s+been|being)\s+)?"
                           r"(?:(?:also|formally|officially|jointly|unanimously|then|later)\s+)?"
                           r"(?:approved|endorsed|released|published|produced|read\s+out|read\s+aloud)\b", re.IGNORECASE)
_ISSUED_SAYS = re.compile(r"[’'”\"]?(?:\s+(?:of|at|from)\s+(?:the\s+)?[^,.;:“”\"]{1,40}?)?\s*,?\s*"
                          r"(?:(?:also|further|later|then|had|has)\s+)?(?:" + _phrase_alt(ISSUED_TEXT_SAYS)
                          + r")\b")


def _statement_issued(a: AMention, sent: str, rel: int) -> bool:
    """A declaration, communique or joint statement that a meeting gave out: the object of an
    issuing verb ("the summit approved the X Declaration", "talks produced a joint declaration",
    "reading out the final communique", "the meeting culminated with the Joint Declaration of
    ..."), passive after it ("the declaration, endorsed by ..."), or a meeting's closing text the
    article quotes from ("the final communique urged ...")."""
    if _kind(a.noun) != "statement":
        return False
    end = rel + (a.end - a.start)
    if _ISSUED_BEFORE.search(sent, max(0, rel - 90), rel) or _ISSUED_AFTER.match(sent, end):
        a.why = "statement_issued"
        return True
    closing = CLOSING_TEXT_MODIFIERS & {w.lower() for w in re.findall(r"[\w-]+", a.surface)}
    if closing and (_ISSUED_SAYS.match(sent, end) or _CITED_BEFORE.search(sent[:rel])):
        a.why = "closing_text_cited"
        return True
    return False


# --- programmes, roadmaps, action plans ---

# the lookahead on the heads' first letters lets the scan skip most positions at once (speed)
_PROGRAMME_FIND = re.compile(r"(?=[" + "".join(sorted({h[0] + h[0].upper() for h in PROGRAMME_HEADS})) + r"])\b(?i:"
                             + _phrase_alt(PROGRAMME_HEADS) + r")\b")
_RUN_WORD_BEFORE = re.compile(r"([\w’'.\-]+)[ \t]+$")
_APPROVING_ALT = _phrase_alt(PROGRAMME_APPROVING_VERBS)
_APPROVING_BEFORE = re.compile(_DONE + r"\b(?:" + _phrase_alt(PROGRAMME_APPROVING_VERBS + PROGRAMME_APPROVING_PRESENT) + r")\s+(?:(?:the|a|an|its|their|this)\s+)?" + _PLAIN_WORD
                               + r"{0,3}" + _OPEN_MARK + r"$", re.IGNORECASE)
# "the X Program for the next 10 years was approved": a short phrase may stand before the passive
_APPROVING_AFTER = re.compile(r"(?:\s+(?:for|on|of)\s+[^,.;:()“”\"]{1,50}?)?\s*,?\s*(?:(?:which|that)\s+)?"
                              r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                              r"(?:(?:also|formally|officially|jointly|unanimously|finally)\s+)?(?:" + _APPROVING_ALT + r")\b",
                              re.IGNORECASE)
_RELATION_AFTER = re.compile(r"\s+(?:of|for|on)\s+(?:[\w’'\-]+\s+){0,2}?(?:cooperation|co-operation|partnership|"
                             r"collaboration)\b", re.IGNORECASE)


def _caps_run_before(text: str, pos: int, floor: int) -> int:
    """Where a capitalised name ending at `pos` starts, small joining words inside it allowed
    ("Strategic Partnership and Alliance Program"); never across a line, and never from a verb
    of a title-case headline."""
    start, cur = pos, pos
    for _ in range(10):
        m = _RUN_WORD_BEFORE.search(text, max(floor, cur - 40), cur)
        if m is None or m.end() != cur:
            break
        w = m.group(1)
        if w in NAME_RUN_JOINERS:
            cur = m.start(1)
            continue
        if not _CAP_WORD.fullmatch(w) or w.endswith(".") or w.lower() in SIGNING_VERBS \
                or w.lower() in AGREEMENT_HEAD_VERBS:
            break
        start = cur = m.start(1)
    det = re.match(r"(?:The|A|An|This|That|Its|Their)\s+", text[start:pos])
    return start + det.end() if det else start


_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w’'\-]*)")


def _modifies_next_noun(text: str, e: int) -> bool:
    """"the Regional Cooperation Programme budget": the programme names what follows it."""
    nxt = _NEXT_WORD.match(text, e)
    return nxt is not None and nxt.group(1) not in TOPIC_CLAUSE_STOPS and nxt.group(1) not in DANGLING_WORDS


# «Program of trilateral military cooperation for 2027», “Programme of Cooperation for 2026”: a
# name in quote marks that opens with its head, closed by the mark
_OPENING_MARKS = "«“\"‘"
_MARKED_NAME_END = re.compile(r"[^«»“”\"‘’\n]{1,100}?(?=[»”\"’])")


def _marked_programme(f: _Finder, m: re.Match) -> None:
    text = f.text
    if m.start() == 0 or text[m.start() - 1] not in _OPENING_MARKS or not _RELATION_AFTER.match(text, m.end()):
        return
    close = _MARKED_NAME_END.match(text, m.end())
    if close and not f.overlaps(m.start(), close.end()):
        f.add(m.start(), close.end(), _norm_noun(m.group(0)), True, False, programme=True, topic=True)


def _named_programme(f: _Finder, m: re.Match) -> None:
    text = f.text
    s = _caps_run_before(text, m.start(), f.doc.body_start)
    if s == m.start():
        _marked_programme(f, m)
        return
    e = m.end()
    tail = _NAME_TAIL.match(text, e)
    prep = re.match(r"\s+\w+\s+", tail.group(0)) if tail else None
    if tail and not _SPAN_OF_TIME.match(text, tail.start() + prep.end()):
        e = tail.end()      # "... Program for Regional Trade", not "... Program for the next 10 years"
    if _modifies_next_noun(text, e):
        return
    words = {w.lower() for w in re.findall(r"[\w’'\-]+", text[s:e])}
    hyphen_pair = _HYPHEN_PAIR.search(text, s, m.start()) is not None
    if (words & PROGRAMME_RELATION_WORDS or hyphen_pair) and not f.overlaps(s, e):
        f.add(s, e, _norm_noun(m.group(0)), True, False, programme=True, topic=True)


def _described_programme(f: _Finder, m: re.Match) -> None:
    text = f.text
    det = _determiner_before(text, m.start())
    s = det[2] if det else _headline_object_start(f, m.start())
    if s is None:
        return
    head = _norm_noun(m.group(0))
    mods = {w.lower() for w in re.findall(r"[\w’'\-]+", text[s:m.start()])}
    relation = _RELATION_AFTER.match(text, m.end())
    if not (head in RELATIONAL_PROGRAMME_HEADS or mods & PROGRAMME_RELATION_WORDS or relation):
        return          # "a nuclear programme", "the plan": one side's
    e = relation.end() if relation else (_topic_end(text, m.end()) or m.end())
    if not f.overlaps(s, e) and not _modifies_next_noun(text, e):
        f.add(s, e, head, False, False, programme=True, topic=True)


def _headline_object_start(f: _Finder, pos: int) -> int | None:
    """A headline drops its articles ("Chile, Peru agree roadmap on border trade"): the object
    starts after the verb, when the phrase before `pos` in the headline has one."""
    doc = f.doc
    if not doc.title or not doc.paragraphs or not (doc.paragraphs[0].start <= pos < doc.paragraphs[0].end):
        return None
    words = []
    for q, w in _words_before(f.text, pos, 4):
        if w.lower() in SIGNING_VERBS or w.lower() in AGREEMENT_HEAD_VERBS:
            while words and words[-1][1].lower() in ("on", "upon"):
                words.pop()         # "agree on roadmap"
            return words[-1][0] if words else pos
        if not w[:1].islower():
            return None
        words.append((q, w))
    return None


def _headline_alias(headline_names: list[AMention], found: list[FoundAgreement]) -> None:
    """"Chile, Peru sign deal on joint protection of undersea cables" over a body that says only
    "an agreement signed in Arica": the headline's words are another name of the one agreement
    the article reports signed, never of one among several, and tell nothing else about it."""
    signed = [f.record for f in found if f.record.status == "signed"]
    if len(headline_names) != 1 or len(signed) != 1:
        return
    kind = (signed[0].kind or "").lower()
    if kind not in VAGUE_AGREEMENT_NOUNS and _kind(kind) != _kind(headline_names[0].noun):
        return      # a "deal" headline over a "customs protocol": not surely the same text
    alias = _clean(headline_names[0].surface)
    if alias not in signed[0].aliases and alias != signed[0].name:
        signed[0].aliases.append(alias)


def _headline_topic(f: _Finder, m: re.Match) -> bool:
    """"Chile, Peru sign deal on joint protection of undersea cables": a bare noun right after
    the headline's verb, with what it is about, is the article's own name for an agreement the
    body only calls "an agreement" (kept apart from grouping: see _headline_alias)."""
    te = _topic_end(f.text, m.end())
    if te is None:
        return False
    noun = _norm_noun(m.group(0))
    f.out.append(AMention(m.start(), te, f.text[m.start():te], noun, False, noun in PLURAL_AGREEMENT_NOUNS,
                          f.doc.sentence_of(m.start()), headline=True, headline_topic=True))
    return True


def _noun_is_headline_object(m: re.Match, words: list, verbs: list) -> bool:
    """"Chile and Peru adopt joint declaration": a noun of two words right after the headline's
    verb is the whole object."""
    return not words and bool(verbs) and " " in m.group(0).strip()


def _programme_mentions(f: _Finder) -> None:
    """A programme, roadmap or action plan two sides conclude: "the Strategic Partnership and
    Alliance Program", "a roadmap for defence cooperation", "a programme of cooperation"."""
    for m in _PROGRAMME_FIND.finditer(f.text, f.doc.body_start):
        if f.overlaps(m.start(), m.end()):
            continue
        if m.group(0)[:1].isupper():
            _named_programme(f, m)
        else:
            _described_programme(f, m)


def _programme_status(doc: Document, a: AMention, ref_year: int | None) -> str:
    """Signed only when a concluding verb acts on the programme itself ("signed a roadmap",
    "the X Program ... was approved"); one only mentioned ("the implementation of the Action
    Plan", "a nuclear programme") is background."""
    s = doc.sentences[a.sentence]
    sent = doc.text[s.start:s.end]
    rel = a.start - s.start
    if _PROPOSAL.search(sent) or _prospective(a, sent[:rel]):
        return "proposed"
    if _long_ago(sent, ref_year):
        return "background"
    relational = a.named or PROGRAMME_RELATION_WORDS & {w.lower() for w in re.findall(r"[\w’'\-]+", a.surface)} \
        or _two_sides_subject(sent[:rel])
    before = _APPROVING_BEFORE if relational else _TWO_SIDED_BEFORE
    after = _APPROVING_AFTER if relational else _TWO_SIDED_AFTER
    if before.search(sent, max(0, rel - 80), rel) or after.match(sent, a.end - s.start):
        a.why = "programme_approved"
        return "signed"
    return "background"


_TWO_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(GROUP_SUBJECT_NOUNS)) + r")\b",
                        re.IGNORECASE)


def _two_sides_subject(before: str) -> bool:
    """"Chile and Peru adopted", "the ministers of Chile and Peru adopted", "both sides adopted":
    the sentence names two sides before the programme, so one body's plan it is not."""
    return bool(_TWO_SIDES.search(before)) or len(_parties_subject_cached(before + " signed")) >= 2 \
        or len(_parties_listed_subject(before + " signed")) >= 2


_TWO_SIDED_BEFORE = re.compile(_DONE + r"\b(?:" + _phrase_alt(TWO_SIDED_APPROVING_VERBS) + r")\s+(?:(?:the|a|an|its|their|this)\s+)?"
                               + _PLAIN_WORD + r"{0,3}" + _OPEN_MARK + r"$", re.IGNORECASE)
_TWO_SIDED_AFTER = re.compile(r"(?:\s+(?:for|on|of)\s+[^,.;:()“”\"]{1,50}?)?\s*,?\s*(?:(?:which|that)\s+)?"
                              r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:also|formally|officially|jointly|finally)\s+)?"
                              r"(?:" + _phrase_alt(TWO_SIDED_APPROVING_VERBS[:7]) + r")\b", re.IGNORECASE)


# --- packages of documents ---

# "the signed documents": an adjective, not a signing
# "the summit adopted 20 documents": a meeting's texts, as in CIS or SCO reporting
_PACKAGE_VERBS = r"(?:(?<![Tt]he )(?<![Aa]ll )(?:signed|inked|concluded|sealed|exchanged|adopted)|signing\s+of|exchange\s+of)"
_DOCUMENTS_ACTIVE = re.compile(r"\b" + _PACKAGE_VERBS + r"[ \t]+(?:(?:a|the)[ \t]+)?"
                               r"((?:[\w’'\-]+[ \t]+){0,5}?documents)\b")
_DOCUMENTS_PASSIVE = re.compile(r"\b((?:[\w’'\-]+[ \t]+){0,5}?documents)[ \t]+(?:were|was|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+"
                                r"(?:(?:also|then|jointly|formally|officially)[ \t]+)?(?:signed|inked|concluded|exchanged)\b")


def _package_words(words: list[str], sentence_initial: bool) -> list[str] | None:
    """The words of a package's name before "documents", read back from it: lower-case
    modifiers, numbers, "package of", "X and Y" between modifiers; None for documents that are
    no agreement ("travel documents")."""
    keep: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        lw = w.lower()
        if lw in NOT_AGREEMENT_DOCUMENTS or lw in SIGNING_VERBS:
            return None if lw in NOT_AGREEMENT_DOCUMENTS and not keep else keep
        if lw == "and" and keep and i > 0 and words[i - 1][:1].islower():
            keep.insert(0, w)       # "intergovernmental and interdepartmental documents"
            continue
        if lw in PACKAGE_NAME_STOPS or _NOUN_FIND.fullmatch(w):
            break
        if not (w[:1].islower() or w[:1].isdigit() or (i == 0 and sentence_initial)):
            break
        keep.insert(0, w)
    while keep and keep[0].lower() in ("and", "of"):
        keep.pop(0)
    return keep


def _package_surface(keep: list[str]) -> str | None:
    """"package of documents", "milestone documents", "12 documents"; None for bare "documents"."""
    low = [w.lower() for w in keep]
    if len(low) >= 2 and low[-1] == "of" and low[-2] in DOCUMENT_PACKAGE_HEADS:
        return " ".join(keep[-2:]) + " documents"
    mods = [w for w in keep if w.lower() not in NUMBER_WORDS and w.lower() not in DOCUMENT_QUANTITY_WORDS
            and not w.isdigit() and w.lower() != "of" and w.lower() not in DOCUMENT_PACKAGE_HEADS]
    if mods:
        first = next(i for i, w in enumerate(keep) if w in mods)
        return " ".join(keep[first:]) + " documents"
    if keep and (keep[-1].isdigit() or keep[-1].lower() in NUMBER_WORDS or keep[-1].lower() in DOCUMENT_QUANTITY_WORDS):
        return keep[-1] + " documents"
    return None


def _add_package(f: _Finder, start: int, phrase: str, sentence_initial: bool) -> None:
    words = phrase.split()[:-1]
    keep = _package_words(words, sentence_initial)
    if keep is None:
        return
    surface = _package_surface(keep)
    end = start + len(phrase)
    te = _topic_end(f.text, end)
    if surface is None and te is None:
        return              # "he signed documents": no set two sides concluded
    if surface is None:
        surface = "documents"
    s = end - len(surface)
    if f.text[s:end] != surface:
        s = end - len("documents")
    e = te or end
    if f.overlaps(s, e):
        return
    a = f.add(s, e, "documents", False, True, topic=True, bundle=True)
    a.surface = surface + f.text[end:e]


def _document_package_mentions(f: _Finder) -> None:
    """A set of documents two sides signed, reported as one: "Kazakhstan and Uzbekistan inked
    milestone documents", "a package of documents was signed", "witnessed the signing of 12
    cooperation documents"."""
    text = f.text
    if "documents" not in text:
        return
    for rx in (_DOCUMENTS_ACTIVE, _DOCUMENTS_PASSIVE):
        for m in rx.finditer(text, f.doc.body_start):
            st = f.doc.sentences[f.doc.sentence_of(m.start(1))].start
            _add_package(f, m.start(1), m.group(1), sentence_initial=m.start(1) == st)


# "Ten documents have been signed since 2019": a record of past signings, not one package
_SIGNINGS_RECORD = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|over\s+the\s+years)\b", re.IGNORECASE)


def _mark_document_packages(doc: Document, ms: list[AMention]) -> None:
    """A package whose items follow it ("signed five documents: an MoU on X, ...") is its items;
    a count of signings over time is none."""
    for a in ms:
        if a.noun != "documents" or not a.bundle:
            continue
        s = doc.sentences[a.sentence]
        if _SIGNINGS_RECORD.search(doc.text, s.start, s.end):
            a.bundle = False
            continue
        if any(not b.plural and not b.programme and b.start > a.end and b.sentence <= a.sentence + _BUNDLE_ITEM_REACH
               for b in ms):
            a.bundle = False


def _join_document_packages(groups: list[list[AMention]]) -> list[list[AMention]]:
    """"signed cooperation agreements in various fields" and, later, "various documents were
    signed": the one set the article reports, when it reports no other."""
    packages = [g for g in groups if len(g) == 1 and g[0].noun == "documents" and g[0].bundle]
    others = [g for g in groups if g not in packages and any(a.bundle for a in g)]
    if packages and len(others) == 1:
        for g in packages:
            g[0].topic = False      # the set keeps the name it was first reported under
        others[0].extend(a for g in packages for a in g)
        others[0].sort(key=lambda a: a.start)
        return [g for g in groups if g not in packages]
    if len(packages) > 1:
        first = packages[0]
        first.extend(a for g in packages[1:] for a in g)
        return [g for g in groups if g not in packages[1:]]
    return groups


def _programme_groups(progs: list[AMention]) -> list[list[AMention]]:
    """Programmes group among themselves: a name with its other names, "the roadmap" with the
    roadmap named before it."""
    groups: list[list[AMention]] = []
    for a in progs:
        hit = next((g for g in groups if any(_names_same(a, b) or (not a.named and _kind(a.noun) == _kind(b.noun))
                                             for b in g)), None)
        if hit is None:
            groups.append([a])
        else:
            hit.append(a)
    return groups


def _cluster_with_programmes(ms: list[AMention]) -> list[list[AMention]]:
    """A programme or roadmap is never what "the deal" or "the pact" of the article stands for, nor
    the reverse: the other mentions group as before, the programmes apart."""
    groups = _join_document_packages(_cluster([a for a in ms if not a.programme]))
    return groups + _programme_groups([a for a in ms if a.programme])


# "The 38th Gulf Cooperation Council Summit", "at the ASEAN summit", "a summit of the Arab League"
_ORG_SUMMIT = re.compile(r"\b(?:(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+)?((?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and)\s+)?){1,6}?)"
                         r"(?:[Ss]ummit|[Ss]ummit\s+[Mm]eeting|[Mm]inisterial\s+[Mm]eeting)\b"
                         r"|[Ss]ummit\s+of\s+(?:the\s+)?((?:[A-Z][\w’'\-]*\s*(?:(?:of|for|and)\s+)?){1,6}))")


def _summit_organisation(doc: Document, group: list[AMention], signing: list[int]) -> list[str]:
    """A declaration, communique or set of documents a summit gave out binds the body whose summit
    it was ("the Kuwait Declaration" of "the 38th Gulf Cooperation Council Summit"); read in its
    own and its signing sentences, then in the lead."""
    if not any(_kind(a.noun) in ("statement", "documents") for a in group):
        return []
    sents = sorted({a.sentence for a in group} | set(signing)) + list(range(min(2, len(doc.sentences))))
    for si in dict.fromkeys(sents):
        s = doc.sentences[si]
        for m in _ORG_SUMMIT.finditer(doc.text, s.start, s.end):
            org = (m.group(1) or m.group(2) or "").strip()
            if re.fullmatch(r"[A-Z]{3,8}", org) or org in KNOWN_ORGS or _org_name(org):
                return [org]
        m = _BLOC_LEADERS_SUMMIT.search(doc.text, s.start, s.end)
        if m and (re.fullmatch(r"[A-Z]{3,8}", m.group(1)) or m.group(1) in KNOWN_ORGS):
            return [m.group(1)]
    return []


# "OSCE leaders wrapped up a two-day summit": the bloc whose leaders held the summit
_BLOC_LEADERS_SUMMIT = re.compile(r"\b([A-Z][\w-]+)\s+(?:leaders|heads\s+of\s+(?:state|government))\s+"
                                  r"(?:[\w-]+\s+){0,4}?summit\b")

# -- agrdeal7: counted sets, done objects, arms sales, fallback places and days -----------------

_COUNT_WORD = re.compile(r"(?:\d{1,3}|" + _NUMBER_WORDS_RE + r")$", re.IGNORECASE)


def _count_before(text: str, a: AMention) -> str | None:
    """The count that opens a set of agreements: "inked five military procurement deals",
    "signed 12 memoranda", "signed a dozen cooperation deals"."""
    if re.match(r"(?i:dozens?)\s", a.surface):
        return ""
    words = _words_before(text, a.start, 1)
    if words and _COUNT_WORD.fullmatch(words[0][1]) and text[words[0][0] + len(words[0][1]):a.start].isspace():
        return words[0][1]
    return None


def _items_follow(ms: list[AMention], a: AMention) -> bool:
    """The set's items are named as agreements of their own: in its sentence, or in the sentences
    after it that a count announces ("signed four agreements ... The agreements signed were: - X"),
    or counted off later ("The first, an X, ...")."""
    before = {_content(b.surface) for b in ms if b.end <= a.start and b.sentence < a.sentence}
    return any((not b.plural and b.status == "signed" and b.sentence >= a.sentence and b is not a
                and _content(b.surface) not in before and b.sentence <= a.sentence + _ENUMERATION_REACH)
               or a in b.leads for b in ms)


_DONE_VERB = r"(?:signed|inked|sealed|concluded|finali[sz]ed|struck|clinched|exchanged|adopted|firmed\s+up)"
# "inked five deals", "signed at least a dozen deals"; "five contracts were signed"
_SET_DONE_BEFORE = re.compile(r"\b" + _DONE_VERB + r"\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|over|"
                              r"a\s+total\s+of|a|an)\s+)*(?:[\w-]+\s+)?$")
_SET_DONE_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|formally\s+)?" + _DONE_VERB + r"\b")


def _set_done(doc: Document, a: AMention) -> bool:
    """A counted set told as done by its own verb, on the day the article reports; never one planned
    ("it is planned to adopt a package of 75 contracts") nor one of a past year ("signed a dozen
    deals in December 2023")."""
    s = doc.sentences[a.sentence]
    if not (_SET_DONE_BEFORE.search(doc.text, max(s.start, a.start - 50), a.start)
            or _SET_DONE_AFTER.match(doc.text, a.end)):
        return False
    years = [int(y) for y in _YEAR.findall(doc.text, s.start, s.end)]
    return not years or (doc.date is not None and min(years) >= doc.date.year)


def _mark_counted_sets(doc: Document, ms: list[AMention]) -> None:
    """A counted set of agreements reported as concluded whose items the article does not name
    ("The ministry on Friday inked five military procurement deals worth ...") is one record,
    named with its count; a smaller count told after it ("Two other deals were finalised with X")
    is a part of that set, not another one."""
    text = doc.text
    last_set = None
    for a in ms:
        if not a.plural or a.named or a.bundle or a.leads or a.status != "signed" or a.recalled:
            continue
        count = _count_before(text, a)
        if count is None or not _set_done(doc, a):
            continue
        if last_set is not None and a.sentence - last_set <= _ENUMERATION_REACH:
            continue        # a part of the set counted before
        if _items_follow(ms, a):
            continue
        last_set = a.sentence
        a.bundle, a.topic = True, True
        if count:
            a.surface = count + " " + a.surface


_STATE_RUN = r"(?:[A-Z]|d[’'][A-Z])[\w’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,3}"
# "Minister X highlighted that Rwanda and the DRC face three issues": a pair of states as the
# subject of a clause (after the sentence's opening or "that")
_CLAUSE_PAIR = re.compile(r"(?:^\s*|\bthat\s+)(?:the\s+|The\s+)?(" + _STATE_RUN + r")\s+and\s+(?:the\s+)?(" + _STATE_RUN +
                          r")\s+(?:(?:have|has|had|also|now|both)\s+)*[a-z]+\b")
_CAPS_RUN = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")


def _names_state(sent: str) -> bool:
    return any(country_of(m.group(0)) or any(country_of(w) for w in m.group(0).split())
               for m in _CAPS_RUN.finditer(sent))


def _parties_previous_pair(doc: Document, signing: list[int]) -> list[str]:
    """"Rwanda and the DRC face three issues: ... . The first two were addressed in a document
    signed by ministers on 25 November": a signing sentence that names no state continues the
    sentence before it in its paragraph, whose clause subject is a pair of states."""
    text = doc.text
    for si in signing:
        s = doc.sentences[si]
        if si == 0 or doc.sentences[si - 1].para != s.para or _names_state(text[s.start:s.end]):
            continue
        prev = doc.sentences[si - 1]
        pairs = {(_party_of(m.group(1)), _party_of(m.group(2))) for m in _CLAUSE_PAIR.finditer(text[prev.start:prev.end])}
        pairs = {p for p in pairs if all(p) and p[0] != p[1] and all(country_of(x) for x in p)}
        if len(pairs) == 1:
            return list(pairs.pop())
    return []


_DONE_OBJECT_VERB = r"(?:signed|inked|extended|renewed|prolonged|sealed|concluded|struck|clinched|finali[sz]ed|reached|agreed)"
# "have extended the Geneva interim agreement", "we signed a new defence agreement": the mention is
# the object of a done act of its own clause
_DONE_OBJECT_BEFORE = re.compile(r"\b(?:(?:have|has|had)\s+(?:also\s+|now\s+|formally\s+|just\s+|already\s+)?)?"
                                 + _DONE_OBJECT_VERB + r"\s+(?:the|a|an|its|their|this|that|our)\s+(?:[\w’'\-]+\s+){0,4}$")
# "The interim agreement was extended for six months"
_DONE_SUBJECT_AFTER = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|formally\s+|again\s+)?"
                                 + _DONE_OBJECT_VERB + r"\b")
_NOT_DONE_BEFORE_VERB = re.compile(r"\b(?:will|would|could|may|might|shall|should|must|to|not|never|if|whether|"
                                   r"cannot|can|hope|hopes|plan|plans)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _done_in_own_clause(sent: str, rel: int, a: AMention) -> bool:
    """"The US and its allies have extended the interim agreement to July and hope to clinch an
    agreement by the end of the day": the plan after the mention is another clause's; an agreement
    that is the object (or passive subject) of a done act, with no plan cue before it, was concluded."""
    end = rel + len(a.surface)
    m = _DONE_OBJECT_BEFORE.search(sent, max(0, rel - 80), rel)
    after = None if m else _DONE_SUBJECT_AFTER.match(sent, end)
    if m is None and after is None:
        return False
    verb_at = m.start() if m else rel
    if _NOT_DONE_BEFORE_VERB.search(sent, max(0, verb_at - 40), verb_at):
        return False
    cue_from = end if m else after.end()
    return all(p.start() >= cue_from for p in _PROPOSAL.finditer(sent))


# "Saudi Arabia and Iran agreed to re-establish ties in a deal brokered by China": the act agreed
# to names the deal that holds it
_AGREED_ACT_BEFORE = re.compile(r"\bagreed\s+to\s+((?!(?:a|an|the|this|that|it)\s)[a-z][\w’'\-]*(?:\s+[\w’'\-]+){0,4}?)"
                                r"\s+(?:in|under|through|via|as\s+part\s+of)\s+$")


def _agreed_act_label(text: str, det_start: int, noun: str) -> str | None:
    """A bare "deal" that is the frame of an act agreed to just before it is named by that act
    ("deal to re-establish ties"), not by its parties."""
    m = _AGREED_ACT_BEFORE.search(text, max(0, det_start - 80), det_start)
    if m is None or any(w.lower() in DANGLING_WORDS for w in m.group(1).split()[-1:]):
        return None
    return f"{noun} to {m.group(1)}"


# "The United States agreed to sell 24 F-16 fighter jets to Vietnam": a sale one state agreed to
# make to another is a deal between the two, though no agreement noun is said
_AGREED_SALE = re.compile(r"\bagreed\s+to\s+(?:" + "|".join(sorted(SALE_VERBS)) + r")\s+(?:[\w’'\-,.$]+\s+){1,8}?"
                          r"to\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})")
_SELLER_BEFORE = re.compile(r"(?:^|[.;:]\s+|\bthat\s+)(?:the\s+|The\s+)?([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})\s+"
                            r"(?:(?:has|have|had|also|formally)\s+){0,2}$")


def _arms_sale_mentions(f: _Finder) -> None:
    text = f.text
    for m in _AGREED_SALE.finditer(text, f.doc.body_start):
        buyer = country_of(m.group(1))
        s = f.doc.sentences[f.doc.sentence_of(m.start())]
        seller_m = _SELLER_BEFORE.search(text[s.start:m.start()].lstrip())
        seller = country_of(seller_m.group(1)) if seller_m else None
        if not (buyer and seller) or buyer == seller or f.overlaps(m.start(), m.end()):
            continue
        a = f.add(m.start(), m.end(), "agreement", False, False, topic=True, reached=True, with_country=buyer)
        a.surface = "agreement " + text[m.start() + len("agreed "):m.end()]
