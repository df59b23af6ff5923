"""Mentions of people and organisations: where each is named, with the title and country
written around it.

A capitalised run ("US Secretary of State Jane Doe") is cut into a title part and a name part
by reading it from the end: name tokens are capitalised words that belong to no vocabulary of
offices, domains, countries or things. A name needs evidence that it is a person (a title or
honorific before it, a role noun such as "counterpart", an apposition, a speech verb, a post
byline); a bare pair of capitalised words ("Port Vila") is not enough.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .countries import country_of, is_country_name
from .lexicon import (
    ABBREVIATED_OFFICES,
    DOMAIN_WORDS,
    DOTTED_NAME_ABBREVIATIONS,
    GENDER_HONORIFICS,
    GENDERED_TITLES,
    HONORIFICS,
    KNOWN_ORGS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NEWS_AGENCIES,
    NON_NAME_WORDS,
    NOT_GIVEN_NAMES,
    OFFICE_HEADS,
    ORG_HEADS,
    OUTLET_WORDS,
    PLACE_HEADS,
    PLACE_METONYMS,
    RANKS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_CONNECTORS,
    given_name_gender,
)
from .scan import Ranges

# a word may hold dots ("U.S.", "e.g.") but not run on into the next sentence ("assembly.Envoy")
_TOKEN = re.compile(r"@\w+|\([A-Z]{2,8}\)|[^\W\d_](?:[\w’'\-]|\.(?![A-Z][a-z]))*|\d[\w.\-]*|[,;:—–()\[\]\"“”‘’]|--")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z][a-z]")
_ORG_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    possessive: bool = False
    low: str = ""
    cap: bool = False

    def __post_init__(self) -> None:
        self.low = self.text.lower()
        # "al-Bukaiti", "el-Sisi": an Arabic article before a capitalised name is part of it
        self.cap = self.text[:1].isupper() or _ARTICLE_NAME.match(self.text) is not None


@dataclass(slots=True)
class NameMention:
    start: int
    end: int                    # span of the name itself
    name: str
    kind: str                   # person | organisation
    title: str | None = None
    country: str | None = None
    rule: str = ""
    title_start: int | None = None   # where the written title begins, if any
    gender: str | None = None
    in_quote: bool = False
    in_caption: bool = False
    formal_title: bool = False
    entity: int = -1
    extra: dict = field(default_factory=dict)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        t, s, e = m.group(0), m.start(), m.end()
        poss = False
        for suf in ("'s", "’s"):
            if t.endswith(suf) and len(t) > 2:
                t, e, poss = t[:-2], e - 2, True
        while len(t) > 1:
            if t.endswith(("’", "'")) or t.endswith(".") and len(t) > 2 and t.lower() not in DOTTED_NAME_ABBREVIATIONS and not re.fullmatch(
                    r"(?:[A-Za-z]\.){2,}", t):
                t, e = t[:-1], e - 1
            else:
                break
        for suf in ("'s", "’s"):
            if t.endswith(suf) and len(t) > 2:
                t, e, poss = t[:-2], e - 2, True
        out.append(Token(s, e, t, poss))
    return out


def is_name_token(tok: Token) -> bool:
    t = tok.text
    low = t.lower().rstrip(".")
    if not tok.cap or t.startswith("@") or t.startswith("("):
        return False
    if len(t.rstrip(".")) == 1:           # an initial
        return True
    if low in NON_NAME_WORDS or low in OFFICE_HEADS or low in HONORIFICS or low in RANKS:
        return False
    if low in DOMAIN_WORDS or low in ORG_HEADS or low in PLACE_HEADS:
        return False
    if country_of(t) or _ORG_ACRONYM.match(t) or low in SPEECH_VERBS:
        return False
    if "-" in t and any(country_of(part) or part.lower() in OFFICE_HEADS or part.lower() in RANKS
                        for part in t.split("-")):
        return False        # "India-US", "Secretary-General", "Vice-President"
    return any(c.islower() for c in t)


def capital_runs(tokens: list[Token], text: str) -> list[list[int]]:
    """Index runs of adjacent tokens that form one capitalised phrase."""
    runs, cur = [], []
    for i, tok in enumerate(tokens):
        joins = cur and text[tokens[cur[-1]].end:tok.start] in (" ", "") and not tokens[cur[-1]].possessive
        ok = tok.cap or tok.text.startswith("(") and tok.text.endswith(")")
        connector = tok.low in TITLE_CONNECTORS or tok.low in NAME_PARTICLES  # no "&" token exists
        if cur and joins and (ok or connector):
            cur.append(i)
            continue
        if cur:
            runs.append(cur)
        cur = [i] if ok else []
    if cur:
        runs.append(cur)
    # connectors may not end a run
    out = []
    for r in runs:
        while r and not (tokens[r[-1]].cap or tokens[r[-1]].text.startswith("(")):
            r = r[:-1]
        if r:
            out.append(r)
    return out


@dataclass(slots=True)
class SplitRun:
    name_idx: list[int]
    title_idx: list[int]
    country: str | None
    honorific: str | None


def split_run(tokens: list[Token], run: list[int]) -> SplitRun:
    """Cut a run into [title part][name part]: the name is the trailing name tokens."""
    j = len(run)
    while j > 0:
        tok = tokens[run[j - 1]]
        low = tok.low
        if is_name_token(tok) or (low in NAME_SUFFIXES and j == len(run) and j > 1):
            j -= 1
            continue
        if (j < len(run) and (low in PLACE_HEADS or low in ORG_HEADS) and low not in OFFICE_HEADS
                and low not in NON_NAME_WORDS and low not in DOMAIN_WORDS and tok.cap
                and not country_of(tok.text)):
            j -= 1          # "Park Ji-won": a surname that is also a common noun
            continue
        if low in NAME_PARTICLES and j < len(run) and j > 1 and is_name_token(tokens[run[j - 2]]):
            j -= 1
            continue
        break
    name_idx = run[j:]
    # a particle cannot start a name
    while name_idx and tokens[name_idx[0]].low in NAME_PARTICLES:
        name_idx = name_idx[1:]
    head = run[:j]
    country = None
    honorific = None
    title = []
    for i in head:
        tok = tokens[i]
        low = tok.low.rstrip(".")
        c = country_of(tok.text) if not tok.text.startswith("(") else None
        if c is None and "-" not in tok.text:
            c = None
        if c and not title:
            country = c
            continue
        if low in HONORIFICS:
            honorific = honorific or low
            continue
        title.append(i)
    return SplitRun(name_idx, title, country, honorific)


def title_text(tokens: list[Token], idx: list[int], text: str) -> tuple[str | None, bool]:
    """A clean title from title tokens: acronyms in brackets, ranks at the end and dangling
    connectors dropped. The flag says whether it names an office (has an office head)."""
    toks = [tokens[i] for i in idx if not tokens[i].text.startswith("(")]
    while len(toks) > 1 and (toks[-1].low.rstrip(".") in RANKS or toks[-1].low in HONORIFICS) and any(
            t.low in OFFICE_HEADS and t.low not in RANKS for t in toks[:-1]) and not (
            toks[-2].low in OFFICE_HEADS and toks[-2].low not in RANKS and toks[-2].cap and toks[-1].cap):
        toks = toks[:-1]
    while toks and toks[-1].low in ("of", "for", "and", "the", "on"):
        toks = toks[:-1]
    while toks and toks[0].low in ("of", "for", "and", "the", "on", "to", "according"):
        toks = toks[1:]     # "According to Minister X": the title is "Minister"
    if not toks:
        return None, False
    def office(t: Token) -> bool:
        parts = t.low.rstrip(".").split("-")
        return any(p in OFFICE_HEADS and p not in RANKS for p in parts)
    has_office = any(office(t) for t in toks) or toks[-1].low.rstrip(".") in RANKS
    if not has_office:
        return None, False
    s = " ".join(t.text for t in toks)
    return s, True


def _runs(tokens: list[Token], text: str) -> list[list[int]]:
    """Capitalised runs, split at 'and' between two names ('Park and Reid')."""
    out = []
    for run in capital_runs(tokens, text):
        cur: list[int] = []
        for k, i in enumerate(run):
            tok = tokens[i]
            nxt = tokens[run[k + 1]] if k + 1 < len(run) else None
            prev = tokens[cur[-1]] if cur else None
            after_country = (tok.low == "and" and prev is not None and country_of(prev.text)
                             and not (nxt is not None and is_country_name(nxt.text)))
            after_name = prev is not None and (is_name_token(prev) or prev.low in NAME_SUFFIXES)
            # TITLE_CONNECTORS also holds "&", which the tokeniser never yields as a token
            if tok.low in TITLE_CONNECTORS and cur and (after_name or after_country):
                out.append(cur)
                cur = []
                continue
            cur.append(i)
        if cur:
            out.append(cur)
    return out


def _lower_title_before(tokens: list[Token], first: int) -> tuple[list[int], bool, str | None]:
    """Lower-case office words and role nouns right before a name ("Kremlin chief",
    "his US counterpart"), with the capitalised words that lead them."""
    idx, role, country = [], False, None
    earliest = first
    i = first - 1
    while i >= 0:
        tok = tokens[i]
        low = tok.low
        if tokens[i + 1].start - tok.end > 1:
            break
        if tok.text in ("--", "—", "–", ",", ":") and not idx and not role and i > 0 and \
                tokens[i - 1].low in ROLE_NOUNS:
            i -= 1
            continue
        if low in ROLE_NOUNS and not tok.cap:
            role = True
        elif not tok.cap and low in OFFICE_HEADS:
            idx.insert(0, i)
        elif tok.cap and (idx or role):
            c = country_of(tok.text)
            if c:
                country = country or c
                earliest = i
            elif not is_name_token(tok):
                idx.insert(0, i)
            else:
                break
        elif low == "and" and role:
            pass
        else:
            break
        if idx and idx[0] == i or role:
            earliest = min(earliest, i)
        i -= 1
    # "India’s External Affairs Minister X": a possessive country right before the phrase
    if earliest > 0 and tokens[earliest - 1].possessive and country_of(tokens[earliest - 1].text) \
            and earliest < first:
        country = country or country_of(tokens[earliest - 1].text)
        earliest -= 1
    return idx, role, country, earliest


def _speech_follows(tokens: list[Token], i: int) -> bool:
    """A speech verb follows token i, perhaps after an adverb or a comma-delimited aside."""
    j = i + 1
    n = len(tokens)
    if j < n and tokens[j].text == ",":
        # "Reid, expressing thanks ..., described": skip an aside up to the next comma
        k = j + 1
        while k < n and k < j + 16 and tokens[k].text != ",":
            k += 1
        j = k + 1
    while j < n and tokens[j].low in ("also", "later", "then", "further", "had", "has", "have",
                                      "again", "once", "earlier", "separately", "on", "in",
                                      "recently", "previously", "herself", "himself"):
        j += 1
    return j < n and tokens[j].low in SPEECH_VERBS


_ROLE_WORDS = sorted((w for w in OFFICE_HEADS | {"researcher", "analyst", "professor", "expert", "fellow",
                                                  "scholar", "lawyer", "journalist", "correspondent",
                                                  "editor", "economist", "spokesman", "spokeswoman"}
                      if " " not in w and w.isalpha()), key=len, reverse=True)
# ", the Spanish defence minister," / ", a researcher at the X Foundation" / ", commander of U.S. Army Europe"
_LOWER_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an|his|her)\s+)?(?:([A-Z][\w-]+)\s+)?((?:[a-z][\w-]*\s+){0,3}?)"
    r"(" + "|".join(_ROLE_WORDS) + r")\b"
    r"(\s+(?:of|for|at|to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?")


_PLACE_CUE = r"\b(?:in|to|from|at|into|visit(?:ed|ing)?|near|outside)\s+"


@functools.lru_cache(maxsize=4)
def _place_words(text: str) -> frozenset[str]:
    """Every word that follows a place cue, found in one pass over the article (a search of
    the whole text per name was quadratic in long articles); the lookahead lets cues chain."""
    return frozenset(m.group(1) for m in re.finditer(_PLACE_CUE + r"(?=(\w+))", text))


def _used_as_place(text: str, name: str) -> bool:
    """Does the article use this word as a place ("in Moscow", "to Kyiv", "from Ottawa")?"""
    if re.fullmatch(r"\w+", name):
        return name in _place_words(text)
    return re.search(_PLACE_CUE + re.escape(name) + r"\b", text) is not None


def _speech_precedes(tokens: list[Token], i: int) -> bool:
    """`," said Maria Costa`: a reporting verb right before the name."""
    return i > 0 and tokens[i - 1].low in SPEECH_VERBS and not tokens[i - 1].cap and \
        SPEECH_VERBS[tokens[i - 1].low] == "say"


_OFFICE_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*,\s*$")


# "Ethiopia's ambassador to Kenya, ": a state's office (and its posting) apposed before a name
_COUNTRY_OFFICE_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s[A-Z][\w-]*)?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)"
                                    r"(?:\s+(?:to|in|at|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*,\s*$")


def _office_of_country_before(before: str) -> bool:
    """`the president of Niger, Name Surname` / `Ethiopia's ambassador to Kenya, Name Surname`:
    an office of a state apposed before the name."""
    m = _OFFICE_OF_BEFORE.search(before)
    if bool(m) and m.group(1) in OFFICE_HEADS and country_of(m.group(2)) is not None:
        return True
    m = _COUNTRY_OFFICE_BEFORE.search(before)
    return bool(m) and m.group(2) in OFFICE_HEADS and country_of(m.group(1)) is not None


def _name_evidence(tokens: list[Token], run: list[int], ntoks: list[Token], text: str,
                   title: str | None, honorific: str | None, role: bool, before: str) -> str | None:
    """Why a capitalised name is a person's: a title, an honorific, a role noun, a plural role
    before it, a speech verb, or a known given name leading a full name ("Ana Ruiz")."""
    if honorific:
        return "honorific_name"
    if len(ntoks) == 1 and ntoks[0].low in PLACE_METONYMS:
        return None         # "Tbilisi says", "Ottawa announced": the capital's government
    if title:
        return "title_name"
    if role:
        return "role_noun_name"
    if re.search(r"\b(?:ministers|leaders|presidents|premiers|envoys|chiefs|officials|"
                 r"counterparts|secretaries|generals|ambassadors|negotiators|spokespeople)"
                 r"\s*(?:,|--|—|–|:)\s*$", before) and len(ntoks) >= 2:
        return "plural_role_apposition"
    if len(ntoks) >= 2 and _office_of_country_before(before):
        return "office_of_country_apposition"
    if _speech_follows(tokens, run[-1]):
        return "speech_subject"
    if _speech_precedes(tokens, run[0]) and len(ntoks) >= 2:
        return "speech_verb_then_name"
    if _given_name_pair(ntoks, text):
        return "given_name"
    return None


def _given_name_pair(ntoks: list[Token], text: str) -> bool:
    """'Ana Ruiz': a known given name and one to three more name words, none of them a place,
    and not the capitalised words of a heading or a thing's name."""
    if not 2 <= len(ntoks) <= 4 or given_name_gender(ntoks[0].text) is None:
        return False
    # a surname particle ("Given van Surname") is part of the name, not a word that rules it out
    if any(t.text.isupper() or country_of(t.text) or (t.low in NOT_GIVEN_NAMES and t.low not in NAME_PARTICLES)
           for t in ntoks[1:]):
        return False
    words = [t.text for t in ntoks]
    if any(country_of(" ".join(words[i:i + 2])) for i in range(len(words) - 1)):
        return False            # "Sri Lanka ...", "Viet Nam": a country's name
    if _used_as_place(text, " ".join(words)):
        return False            # "in Porto Alegre"
    nxt = text[ntoks[-1].end:ntoks[-1].end + 20].split()
    # "Tomas Berg Foundation", "Maria Theresa Square": the pair names a thing
    return not (nxt and nxt[0].lower().strip(".,;:") in ORG_HEADS | PLACE_HEADS and nxt[0][:1].isupper())


def _apposition_after(text: str, e: int, title: str | None, formal: bool, country: str | None,
                      evidence: str | None) -> tuple[str | None, bool, str | None, str | None]:
    """A title written after the name ("Name, the Defence Minister," / "Name, a researcher at
    X" / "Name, Chief of ..."), when the name has none (or only a rank) before it."""
    rank_only = bool(title) and all(w.lower().rstrip(".") in RANKS or w.lower().rstrip(".") in HONORIFICS
                                    for w in title.split())
    if title and not rank_only:
        return title, formal, country, evidence
    mm = _LOWER_APPOSITION.match(text, e, e + 160)
    if mm:
        c = country_of(mm.group(1)) if mm.group(1) else None
        if mm.group(1) is None or c:
            title = ((mm.group(2) or "") + mm.group(3) + (mm.group(4) or "")).strip()
            return title, mm.group(3) in OFFICE_HEADS, country or c, evidence or "apposition_role_after"
    m = re.match(r",\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w’'-]*|of|for|and|the|to)"
                 r"(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the|to))*)", text[e:e + 120])
    if m:
        t2 = tokenize(m.group(1))
        sp2 = split_run(t2, list(range(len(t2))))
        tt, f2 = title_text(t2, sp2.title_idx, m.group(1))
        if tt and not sp2.name_idx:
            return tt, f2, country or sp2.country, evidence or "apposition_title_after"
    return title, formal, country, evidence


def _country_around(text: str, e: int, phrase_start: int, title: str | None,
                    evidence: str | None) -> tuple[str | None, str | None, str | None]:
    """The country of a name without one: "X of Ghana", or a role before it ("the Ghanaian
    foreign minister, X")."""
    if evidence:
        mo = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text[e:e + 40])
        if mo and (country_of(mo.group(1)) or country_of(mo.group(1).split()[0])):
            return title, country_of(mo.group(1)) or country_of(mo.group(1).split()[0]), evidence
    back = text[max(0, phrase_start - 80):phrase_start]
    mm = re.search(r"\b(?:the|The)\s+([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*),\s*$", back)
    if mm and country_of(mm.group(1)) and mm.group(2) in OFFICE_HEADS:
        return title or mm.group(2), country_of(mm.group(1)), evidence or "apposition_title_first"
    return title, None, evidence


def find_mentions(text: str, start: int, quote_ranges: list[tuple[int, int]],
                  caption_ranges: list[tuple[int, int]]) -> tuple[list[NameMention], list[Token]]:
    tokens = tokenize(text, start)
    runs = _runs(tokens, text)
    mentions: list[NameMention] = []

    # merged once and bisected: asked per token, a scan of every range was quadratic
    quote_ranges, caption_ranges = Ranges(quote_ranges), Ranges(caption_ranges)

    def inside(pos: int, ranges: Ranges) -> bool:
        return pos in ranges

    prev_title: tuple[str | None, str | None, int] | None = None   # title-only run for apposition
    for ri, run in enumerate(runs):
        sp = split_run(tokens, run)
        first_tok = tokens[run[0]]
        title_idx = list(sp.title_idx)
        low_idx, role, low_country, earliest = _lower_title_before(tokens, run[0])
        title, formal = title_text(tokens, low_idx + title_idx, text)
        phrase_start = min([tokens[i].start for i in low_idx] + [first_tok.start, tokens[earliest].start])
        if first_tok.possessive is False and run[0] > 0 and tokens[run[0] - 1].possessive and \
                country_of(tokens[run[0] - 1].text) and sp.title_idx:
            low_country = low_country or country_of(tokens[run[0] - 1].text)
            phrase_start = min(phrase_start, tokens[run[0] - 1].start)
        country = sp.country or low_country
        # "of Australia" at the end of a title gives the country
        if title:
            m = re.search(r"\s+(?:of|to)\s+((?:(?!\s(?:of|to)\s).)+)$", title)
            if m and country_of(m.group(1)):
                country = country or country_of(m.group(1))
                title = title[:m.start()]
        if not sp.name_idx:
            # a title with no name: may be the first half of an apposition ("..., Name")
            prev_title = (title, country, tokens[run[-1]].end) if title else None
            tok = tokens[run[-1]]
            if len(run) == 1 and tok.low in PLACE_HEADS | ORG_HEADS and tok.low not in OFFICE_HEADS \
                    and tok.low not in DOMAIN_WORDS and tok.low not in NON_NAME_WORDS:
                # "Park said": a surname that is also a noun, if a known person bears it
                mentions.append(NameMention(tok.start, tok.end, tok.text, "candidate", rule="bare_name",
                                        in_quote=inside(tok.start, quote_ranges),
                                        in_caption=inside(tok.start, caption_ranges)))
            if not title and len(run) == 1 and sp.country is None:
                pass
            continue
        ntoks = [tokens[i] for i in sp.name_idx]
        name = " ".join(t.text for t in ntoks)
        s, e = ntoks[0].start, ntoks[-1].end
        if not (title or sp.honorific or role) and prev_title and prev_title[0] and re.fullmatch(
                r",\s*", text[prev_title[2]:first_tok.start]):
            title, country = prev_title[0], country or prev_title[1]
            formal = True
            evidence = "apposition_title_first"
        else:
            evidence = _name_evidence(tokens, run, ntoks, text, title, sp.honorific, role,
                                      text[max(0, s - 60):phrase_start])
        prev_title = None
        # apposition after the name: "Name, the Defence Minister," / "Name, Chief of ..."
        title, formal, country, evidence = _apposition_after(text, e, title, formal, country, evidence)
        if not country:
            title, country, evidence = _country_around(text, e, phrase_start, title, evidence)
        if evidence is None and len(ntoks) >= 2 and ri > 0:
            # "A and B": coordinated with a person found just before
            prev = mentions[-1] if mentions else None
            if prev and prev.kind == "person" and re.fullmatch(r"\s+and\s+|,\s+", text[prev.end:s]):
                evidence = "coordinated_name"
                if prev.extra.get("role_countries"):
                    rc = prev.extra["role_countries"]
                    country = country or (rc[1] if len(rc) > 1 else None)
        if evidence is None:
            if name in NEWS_AGENCIES or name in KNOWN_ORGS:
                continue
            mentions.append(NameMention(s, e, name, "candidate", rule="bare_name",
                                    in_quote=inside(s, quote_ranges),
                                    in_caption=inside(s, caption_ranges)))
            continue
        if len(ntoks) == 1 and (ntoks[0].text.isupper() or len(ntoks[0].text) < 3):
            continue
        if len(ntoks) == 1 and not sp.honorific and ntoks[0].low in PLACE_METONYMS:
            continue        # "a visit to Tbilisi, the Georgian minister said": a place, no person
        if name in NEWS_AGENCIES or name in KNOWN_ORGS or ntoks[-1].low in OUTLET_WORDS:
            continue        # "Reuters reported", "Hamas said", "The Baltic Times": not a person
        if len(ntoks) == 1 and evidence == "speech_subject" and _used_as_place(text, name):
            continue        # "Moscow said" in an article that also says "in Moscow": a government
        gender = GENDER_HONORIFICS.get(sp.honorific or "") or next(
            (GENDERED_TITLES[w] for w in (title or "").lower().split() if w in GENDERED_TITLES), None)
        # a given name's usual gender is weaker than the article's own pronouns: kept aside
        given = {"m": "m", "f": "f"}.get(given_name_gender(ntoks[0].text) or "") if len(ntoks) >= 2 else None
        m_ = NameMention(s, e, name, "person", title=title, country=country, rule=evidence,
                     title_start=phrase_start if phrase_start < s else None,
                     gender=gender, in_quote=inside(s, quote_ranges),
                     in_caption=inside(s, caption_ranges), formal_title=formal and bool(
                         title and any(w[:1].isupper() and w.lower() in OFFICE_HEADS
                                       and w.lower() not in ABBREVIATED_OFFICES
                                       for w in title.split())))
        if given:
            m_.extra["given_gender"] = given
        if role:
            # "his US and Japanese counterparts -- A and B": countries in order
            back = text[max(0, s - 80):s]
            mm = re.search(r"((?:[A-Z][\w.]*\s*(?:,|and)?\s*)+)counterparts?\W*$", back)
            if mm:
                cs = [country_of(w) for w in re.findall(r"[A-Z][\w.]*", mm.group(1))]
                cs = [c for c in cs if c]
                if cs:
                    m_.country = cs[0]
                    m_.extra["role_countries"] = cs
        mentions.append(m_)
    return mentions, tokens
