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
from .lexicon import STATE_BODY_HEADS, STYLE_OFFICES  # pcountry: a person's state and office
from .lexicon import STATE_STYLE_WORDS  # pcountry2: formal state names after an office
from .lexicon import POSTING_WORDS as _POSTING_WORDS  # pctry8
from .lexicon import (  # people3: persons on unseen news (issue 11)
    CAPITAL_CITIES,
    COORDINATED_SPEECH_VERBS,
    COUNTRY_GIVEN_NAMES,
    DOTTED_BODIES,
    FATHER_PARTICLES,
    HEADLINE_VERBS,
    KUNYA_WORDS,
    LEADING_STYLES,
    MONARCH_OFFICES,
    NON_PERSON_NAME_WORDS,
    NOUN_LIKE_SPEECH_VERBS,
    PATRONYMIC_PARTICLES,
    PLACE_PREFIXES,
    RANK_MODIFIERS,
    REGION_NAMES,
    REMARK_NOUNS,
    RETIRED_MARKS,
    ROYAL_STYLES,
    SENTENCE_OPENERS,
    SHIP_PREFIXES,
    THING_NOUNS,
    TITLE_MODIFIERS,
    TITLE_OPENERS,
    VERB_OBJECT_STARTS,
)
from .lexicon import NAMING_VERBS, PERSON_INTRO_NOUNS, PROFESSION_WORDS  # persons5: names without a title
from .lexicon import LOOSE_ROLE_MODIFIERS  # quo9
from .scan import Ranges, literal_alternation, longest_first

# a word may hold dots ("U.S.", "e.g.") but not run on into the next sentence ("assembly.Envoy");
# written as runs of word characters between such dots rather than one character at a time
# ("(?:[\w’'\-]|\.(?!…))*"): the same tokens, but the engine takes a run in one step
_TOKEN = re.compile(r"@\w+|\([A-Z]{2,8}\)|[^\W\d_][\w’'\-]*(?:\.(?![A-Z][a-z])[\w’'\-]*)*|\d[\w.\-]*|[,;:—–()\[\]\"“”‘’]|--")
# unions asked per run or per name: built once here, not at every test (lexicon.py has finished
# adding to the sets by the time this module is imported)
_PLACE_OR_ORG_HEADS = frozenset(PLACE_HEADS | ORG_HEADS)
_KUNYA_OR_FATHER = frozenset(KUNYA_WORDS | FATHER_PARTICLES)
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z][a-z]")
_ORG_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


@dataclass(slots=True, init=False)
class Token:
    start: int
    end: int
    text: str
    possessive: bool
    low: str
    cap: bool

    # written by hand, not generated with a __post_init__: an article makes hundreds of tokens
    # and the generated pair of calls was a tenth of the extraction's time
    def __init__(self, start: int, end: int, text: str, possessive: bool = False) -> None:
        self.start = start      # one assignment per slot: quicker than unpacking a tuple
        self.end = end
        self.text = text
        self.possessive = possessive
        self.low = text.lower()
        # "al-Bukaiti", "el-Sisi": an Arabic article before a capitalised name is part of it
        self.cap = text[:1].isupper() or "-" in text and _ARTICLE_NAME.match(text) is not None


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
        t = m.group(0)
        s, e = m.span()
        last = t[-1]
        if last not in "s'’." or last == "s" and t[-2:-1] not in ("'", "’"):
            # nothing to trim (most tokens, plurals and "is"/"has" too: only a possessive "'s"
            # or a trailing mark or stop is cut): the loops below would not change t
            out.append(Token(s, e, t, False))
            continue
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
    return _is_name_word(tok.text, tok.cap)


# asked several times for most capitalised tokens of every article; the answer depends on the
# word alone (the lexicons are constants), and news repeats its words
@functools.lru_cache(maxsize=16384)
def _is_name_word(t: str, cap: bool) -> bool:
    low = t.lower().rstrip(".")
    if not cap or t.startswith("@") or t.startswith("("):
        return False
    if len(t.rstrip(".")) == 1:           # an initial
        return True
    if low in NON_NAME_WORDS or low in OFFICE_HEADS or low in HONORIFICS or low in RANKS:
        return False
    if low in DOMAIN_WORDS or low in ORG_HEADS or low in PLACE_HEADS or low in NON_PERSON_NAME_WORDS:
        return False
    if country_of(t) or _ORG_ACRONYM.match(t) or low in SPEECH_VERBS:
        return False
    if "-" in t and any(country_of(part) or part.lower() in OFFICE_HEADS or part.lower() in RANKS
                        for part in t.split("-")):
        return False        # "India-US", "Secretary-General", "Vice-President"
    return any(c.islower() for c in t)


def _style_word(tok: Token) -> bool:
    """'Dato'' (its apostrophe cut off as a quote mark): a style word a name follows."""
    return tok.low in _STYLE_FIRST_WORDS or tok.low + "'" in _STYLE_FIRST_WORDS


def _plural_possessive_in_office(tokens: list[Token], cur: list[int]) -> bool:
    """persons4: "Chairman of the House of Representatives' First Committee Ana Ruiz": a plural
    possessive inside an office's name continues the office (and so the phrase) when the phrase
    opened with an office word."""
    last = tokens[cur[-1]]
    return last.text.endswith("s") and len(last.text) > 3 and tokens[cur[0]].low in OFFICE_HEADS


def capital_runs(tokens: list[Token], text: str) -> list[list[int]]:
    """Index runs of adjacent tokens that form one capitalised phrase."""
    runs, cur = [], []
    for i, tok in enumerate(tokens):
        if not cur:             # most tokens: lower-case words outside any run
            if tok.cap or tok.text.startswith("(") and tok.text.endswith(")"):
                cur = [i]
            continue
        joins = cur and not tokens[cur[-1]].possessive and (
            text[tokens[cur[-1]].end:tok.start] in (" ", "")
            or text[tokens[cur[-1]].end:tok.start] in ("' ", "’ ") and (
                _style_word(tokens[cur[-1]]) or _plural_possessive_in_office(tokens, cur)))
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


def _particle_chain_follows_name(tokens: list[Token], run: list[int], k: int) -> bool:
    """The particle at run[k] opens a chain of particles after a name word ("García de la
    Vega", "Pieter van der Berg")."""
    i = k - 1
    while i >= 0 and tokens[run[i]].low in NAME_PARTICLES:
        i -= 1
    return i >= 0 and i < k and is_name_token(tokens[run[i]])


def _after_patronymic(tokens: list[Token], run: list[int], k: int) -> bool:
    """run[k] is a capitalised word right after "bin", "ibn", "Al" ... inside a name."""
    if k < 1:
        return False
    tok = tokens[run[k]]
    return (tok.cap and tok.text[1:].islower() and tokens[run[k - 1]].low in PATRONYMIC_PARTICLES
            and tok.low not in OFFICE_HEADS and tok.low not in NON_NAME_WORDS and not country_of(tok.text))


def _dotted_initials(tokens: list[Token], run: list[int], k: int) -> bool:
    """run[k] is a person's dotted initials ("V.K.") right before the surname, not a state's
    or a body's ("U.N.", "U.S.")."""
    if k < 0 or k + 1 >= len(run):
        return False
    t = tokens[run[k]].text
    return re.fullmatch(r"(?:[A-Z]\.){2,3}", t) is not None and t.replace(".", "").lower() not in DOTTED_BODIES \
        and country_of(t) is None


def _given_name_opens(tokens: list[Token], run: list[int], k: int) -> bool:
    """run[k] is a word that is also a common noun or a month ("Bill", "Jan") but a known given
    name, right before the name's words and after an office, a style or nothing."""
    if k + 1 >= len(run):
        return False
    tok = tokens[run[k]]
    if not tok.cap or not tok.text[1:].islower() or tok.possessive or len(tok.text) < 3 \
            or given_name_gender(tok.text) is None or country_of(tok.text):
        return False
    if tok.low in OFFICE_HEADS or tok.low in RANKS or tok.low in HONORIFICS or tok.low in DOMAIN_WORDS:
        return False
    if tok.low in TITLE_OPENERS or tok.low in SENTENCE_OPENERS:
        return False
    if k == 0:
        return True
    before = tokens[run[k - 1]].low.rstrip(".")
    return before in OFFICE_HEADS or before in HONORIFICS or before in RANKS


def _two_word_country(tokens: list[Token], i: int) -> str | None:
    """Tokens i and i+1 name a country together ("South Korean", "Sri Lankan", "Solomon
    Islands"): read as one, so that neither lands in the title."""
    if i + 1 >= len(tokens) or tokens[i].possessive or tokens[i + 1].start - tokens[i].end != 1:
        return None
    if not (tokens[i].cap and tokens[i + 1].cap):
        return None
    return country_of(tokens[i].text + " " + tokens[i + 1].text)


def split_run(tokens: list[Token], run: list[int]) -> SplitRun:
    """Cut a run into [title part][name part]: the name is the trailing name tokens."""
    j = len(run)
    while j > 0:
        tok = tokens[run[j - 1]]
        low = tok.low
        if is_name_token(tok) or (low in NAME_SUFFIXES and j == len(run) and j > 1):
            j -= 1
            continue
        if (j == len(run) - 1 and (low in PLACE_HEADS or low in ORG_HEADS) and low not in OFFICE_HEADS
                and low not in NON_NAME_WORDS and low not in DOMAIN_WORDS and tok.cap
                and not country_of(tok.text)):
            j -= 1          # "Park Ji-won": a surname that is also a common noun
            continue
        if low in NAME_PARTICLES and j < len(run) and j > 1 and _particle_chain_follows_name(tokens, run, j - 1):
            j -= 1
            continue
        if _after_patronymic(tokens, run, j - 1):
            j -= 1          # "Faris bin Said": a name word that is also an English word
            continue
        if _given_name_opens(tokens, run, j - 1) or _dotted_initials(tokens, run, j - 1):
            j -= 1          # "President Bill Carver", "counterpart Jan Nowak", "Minister V.K. Rao"
        break
    name_idx = run[j:]
    # a particle cannot start a name, save a kunya ("Abu Bakr") or a family name written with
    # its capitalised particle ("Bin Laden")
    while name_idx and tokens[name_idx[0]].low in NAME_PARTICLES and not (
            tokens[name_idx[0]].low in _KUNYA_OR_FATHER and len(name_idx) > 1
            and tokens[name_idx[0]].text[:1].isupper()):
        name_idx = name_idx[1:]
    head = run[:j]
    country = None
    honorific = None
    title = []
    skip = -1
    for k, i in enumerate(head):
        if i == skip:
            continue
        tok = tokens[i]
        low = tok.low.rstrip(".")
        pair = _two_word_country(tokens, i) if k + 1 < len(head) and head[k + 1] == i + 1 else None
        if low == "the" and not title and not country:
            continue        # "The Solomon Islands Minister": the article opens the state's name
        if pair and not title:
            country, skip = country or pair, i + 1
            continue
        c = country_of(tok.text) if not tok.text.startswith("(") else None
        if c is None and "-" not in tok.text:
            c = None
        if c and not title:
            country = c
            continue
        if c and _coordinated_office_state(tokens, head, k):
            country = c         # "... Central Committee and Chinese Foreign Minister X": the nearest demonym
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
    while toks and toks[-1].low in ("of", "for", "and", "the", "on", "to"):
        toks = toks[:-1]
    while toks and toks[0].low in ("of", "for", "and", "the", "on", "to", "according"):
        toks = toks[1:]     # "According to Minister X": the title is "Minister"
    if not toks:
        return None, False
    has_office = any(_office_word(t.low) for t in toks) or toks[-1].low.rstrip(".") in RANKS or _rank_of_body(toks)
    if not has_office:
        return None, False
    s = " ".join(t.text for t in toks)
    return s, True


@functools.lru_cache(maxsize=4096)     # a word's answer never changes; title_text asks per run
def _office_word(low: str) -> bool:
    """An office head other than a rank, alone or in a hyphenated word ("vice-president")."""
    return any(p in OFFICE_HEADS and p not in RANKS for p in low.rstrip(".").split("-"))


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
            after_name = prev is not None and (is_name_token(prev) or prev.low in NAME_SUFFIXES
                                               or _after_patronymic(tokens, cur, len(cur) - 1))
            # TITLE_CONNECTORS also holds "&", which the tokeniser never yields as a token
            if tok.low in TITLE_CONNECTORS and cur and (after_name or after_country):
                out.append(cur)
                cur = []
                continue
            if tok.low in SENTENCE_OPENERS and tok.text[:1].isupper() and cur and after_name:
                out.append(cur)     # "... Tomas Lindgren There was": a missing full stop
                cur = [i]
                continue
            if tok.low == "of" and _name_then_body(tokens, run, cur, k):
                out.append(cur)     # "Ana Ruiz of the Rome Institute": the name ends here
                cur = []
                continue
            cur.append(i)
        if cur:
            out.append(cur)
    # "General (Ret.) X": the retired officer's bracket is neither a name nor a title
    return [r for r in out if not (len(r) == 1 and tokens[r[0]].low in RETIRED_MARKS and r[0] > 0
                                   and tokens[r[0] - 1].text == "(")]


# Between an apposed office and the name: a comma, or a retired officer's bracket after a rank
# that itself followed the comma ("the Minister of Defence, Lieutenant General (Ret.) X").
_APPOSED_GAP = re.compile(r",\s*|\s*\(\s*(?:Ret|Retd|Rtd|retd|rtd|retired)\.?\s*\)\s*")


def _next_prev_title(prev: tuple | None, title: str | None, country: str | None, start: int, end: int,
                     text: str) -> tuple | None:
    """The office a following name may be apposed to: this title-only run's, or, when this run
    is a bare rank right after an office and a comma ("the Minister of Defence, Lieutenant
    General (Ret.) X"), the office before it."""
    if title and _rank_only(title) and prev and prev[0] and re.fullmatch(r",\s*", text[prev[2]:start]):
        return prev[0], prev[1] or country, end
    if not title and prev and prev[0] and re.search(r"\s(?:of|for)\s", prev[0]) \
            and re.fullmatch(r",\s*", text[prev[2]:start]) and _APPOSITION_NEXT.match(text, end):
        # "Minister of Police, National Security and Correctional Services, X": the list of
        # portfolios goes on after the comma
        return prev[0] + text[prev[2]:end], prev[1] or country, end
    return (title, country, end) if title else None


def _country_in_title(title: str | None, country: str | None) -> tuple[str | None, str | None]:
    """'Minister of Defence of Australia': the state at the end gives the country and leaves
    the title. 'Ambassador of Oman to the Kingdom of Bahrain': the state after 'to' is the host,
    so the one before it is served, and the title is kept whole."""
    if not title:
        return title, country
    head, to, _host = title.rpartition(" to ")
    if to:
        m = re.search(r"\s+of\s+(?:the\s+)?((?:(?!\s(?:of|to)\s).)+)$", head)
        return title, country or (country_of(m.group(1)) if m else None)
    m = re.search(r"\s+of\s+(?:the\s+)?((?:(?!\s(?:of|to)\s).)+)$", title)     # pctry8: "of the Hellenic Republic"
    if m and country_of(m.group(1)):
        return title[:m.start()], country or country_of(m.group(1))
    nested = _nested_state_of(title)
    if nested:
        return nested[0], country or nested[1]
    return title, country or _state_body_in_title(title)


def _nested_state_of(title: str) -> tuple[str, str] | None:
    """pctry7: 'President of the Democratic Republic of Congo': a state's name that holds an
    'of' itself, so the last 'of' alone names no state; the first 'of' whose whole rest is a
    state's name (not a demonym) gives it."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", title):
        rest = title[m.end():]
        if " of " in rest and is_country_name(rest):
            return title[:m.start()], country_of(rest)
    return None


def _state_body_in_title(title: str) -> str | None:
    """'Commander Kenya Navy', 'Chief of Staff of the Ghana Armed Forces': an office of a
    state's body, named by the state or its demonym, ends the title."""
    words = title.split()
    if len(words) < 3 or words[-1].lower() not in STATE_BODY_HEADS:
        return None
    for i in range(1, len(words) - 1):
        if all(w[:1].isupper() for w in words[i:]):
            c = _owner_state([w.rstrip("’'s") if w.endswith(("'s", "’s")) else w for w in words[i:]])
            if c:
                return c
    return None


_COMMA_SUFFIX = re.compile(r",\s*(?:Jr|Sr)\.?(?![\w])")


def _with_comma_suffix(text: str, name: str, end: int) -> tuple[str, int]:
    """'Tomas Ruiz, Jr.': the suffix after a comma is part of the name."""
    m = _COMMA_SUFFIX.match(text, end)
    return (name + text[end:m.end()], m.end()) if m else (name, end)


def _name_then_body(tokens: list[Token], run: list[int], cur: list[int], k: int) -> bool:
    """At 'of' in a run: two name words (the first a given name) before it, and the name of a
    body after it (an organisation head before the next 'of')."""
    if len(cur) < 2 or not all(is_name_token(tokens[i]) for i in cur[-2:]):
        return False
    if given_name_gender(tokens[cur[-2]].text) is None and not _role_word_before(tokens, cur[0]):
        return False
    for i in run[k + 1:]:
        low = tokens[i].low
        if low == "of":
            break
        if low in ORG_HEADS or low in NON_PERSON_NAME_WORDS:
            return True
    return False


def _role_word_before(tokens: list[Token], first: int) -> bool:
    """A lower-case role noun or office right before the run ("analyst Kelo Tavita of the
    ... Institute"): the words after it are a person's name even if no given name is known."""
    if first < 1 or tokens[first].start - tokens[first - 1].end > 1:
        return False
    prev = tokens[first - 1]
    return not prev.cap and (prev.low in ROLE_NOUNS or prev.low in _ROLE_WORDS_SET)


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
            if low in OFFICE_HEADS:
                idx.insert(0, i)    # "MEA spokesperson X": a role that is also the office
        elif not tok.cap and low in OFFICE_HEADS:
            idx.insert(0, i)
        elif not tok.cap and idx and idx[0] == i + 1 and low in TITLE_MODIFIERS:
            idx.insert(0, i)        # "defense cabinet secretary", "foreign policy chief"
        elif tok.cap and (idx or role):
            c = country_of(tok.text)
            pair = _two_word_country(tokens, i - 1) if i > 0 else None
            if pair:
                c, i = pair, i - 1      # "North Korean leader": the pair, not "Korean" alone
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
    elif earliest > 1 and earliest < first and tokens[earliest - 1].possessive and _two_word_country(tokens, earliest - 2):
        country = country or _two_word_country(tokens, earliest - 2)     # "New Zealand's foreign minister X"
        earliest -= 2
    elif 0 < earliest < first and tokens[earliest - 1].possessive and not country:
        body = _state_body_before(tokens, earliest)     # "the Chinese Foreign Ministry's spokesman X"
        if body:
            country, earliest = body
    return idx, role, country, earliest


def _speech_follows(tokens: list[Token], i: int) -> bool:
    """A speech verb follows token i, perhaps after an adverb or a comma-delimited aside."""
    if tokens[i].possessive:
        return False        # "Beijing's claims": a noun after a possessive, not a verb
    j = i + 1
    n = len(tokens)
    if j + 2 < n and tokens[j].text == "," and re.fullmatch(r"\d{1,3}", tokens[j + 1].text) \
            and tokens[j + 2].text == ",":
        j += 2              # "Ruiz, 54, said": an age
    if j + 1 < n and tokens[j].text == "," and not is_name_token(tokens[j + 1]):   # not ", Salazar retracted"
        # "Reid, expressing thanks ..., described": skip an aside up to the next comma
        k = j + 1
        while k < n and k < j + 16 and tokens[k].text != ",":
            k += 1
        j = k + 1
    if j + 2 < n and tokens[j].low == "and" and is_name_token(tokens[j + 1]) and tokens[j + 1].start - tokens[j].end == 1:
        # "Erdem and Aliyeva spoke": the first of two coordinated subjects of a verb of speaking
        return tokens[j + 2].low in COORDINATED_SPEECH_VERBS
    while j < n and tokens[j].low in ("also", "later", "then", "further", "had", "has", "have",
                                      "again", "once", "earlier", "separately", "on", "in",
                                      "recently", "previously", "herself", "himself"):
        j += 1
    return j < n and tokens[j].low in SPEECH_VERBS and _verb_not_noun(tokens, j)


def _verb_not_noun(tokens: list[Token], j: int) -> bool:
    """'Ruiz states that ...' is speech; 'the Nordic states in ...' is a plural noun."""
    if tokens[j].low not in NOUN_LIKE_SPEECH_VERBS:
        return True
    return j + 1 >= len(tokens) or tokens[j + 1].low in VERB_OBJECT_STARTS


_ROLE_WORDS = longest_first(w for w in OFFICE_HEADS | {"researcher", "analyst", "professor", "expert", "fellow",
                                                        "scholar", "lawyer", "journalist", "correspondent",
                                                        "editor", "economist", "spokesman", "spokeswoman"}
                            if " " not in w and w.isalpha())
# ", the Spanish defence minister," / ", a researcher at the X Foundation" / ", commander of U.S. Army Europe"
_LOWER_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:former|retired|senior|veteran)\s+(?=[A-Z]))?(?:([A-Z][\w-]+)(?:['’]s)?\s+)?((?:[a-z][\w-]*(?:['’]s)?\s+){0,3}?)"
    r"(" + "|".join(_ROLE_WORDS) + r")\b"
    r"(\s+(?:of|for|at|to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
    # "a senior adviser to the Somali president": the office the tail names
    r"(?:\s+(?:" + "|".join(_ROLE_WORDS) + r")\b)?)?"
    # pctry8: "a spokesman for South Korea's defense ministry", "for the Chilean army": the
    # state's body the tail's state owns
    r"((?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(longest_first(STATE_BODY_HEADS)) + r")\b)?")


_ROLE_WORDS_SET = frozenset(_ROLE_WORDS)


def _office_compound(w: str) -> str:
    """'secretary-general', 'vice-president': a hyphenated office read as its last office word."""
    parts = w.split("-")
    if len(parts) > 1 and all(p in OFFICE_HEADS or p in TITLE_MODIFIERS for p in parts) \
            and parts[-1] in OFFICE_HEADS:
        return parts[-1]
    return w


def _title_words(words: list[str]) -> bool:
    """Lower-case words that make an office: each a word of titles ("deputy foreign minister",
    "minister of state for foreign affairs", "security analyst"), one an office or role, not
    a plural ("the two foreign ministers") nor a clause ("statement read by the president")."""
    stop = next((i for i, w in enumerate(words) if w in ("to", "at", "the", "in")
                 or w[:1].isupper() and i and words[i - 1] in ("of", "for")), len(words))
    core = [_office_compound(w.lower()) for w in words[:stop]]    # "Prime minister" written half capitalised
    while core and core[-1] in ("of", "for"):
        core = core[:-1]        # "special envoy for the Horn"
    if not core or any(w not in TITLE_MODIFIERS and w not in OFFICE_HEADS and w not in _ROLE_WORDS_SET
                       and w not in ("and", "of", "for", "political", "special", "former", "senior")
                       for w in core):
        return False
    if core[-1] == "and" or any(w.endswith("s") and w[:-1] in OFFICE_HEADS for w in core):
        return False
    return any(w in OFFICE_HEADS or w in _ROLE_WORDS_SET for w in core)

# r"\b(?:in|(?<!ccording )to|from|at|into|visit(?:ed|ing)?|near|outside)\s+", written so that each
# branch opens with its letter and checks the word boundary behind it ("(?<!\w.)" after the first
# letter is "\b" before it): the same matches, but the engine skips to those letters at once
_PLACE_CUE = (r"(?:i(?<!\w.)(?:n|nto)|t(?<!\w.)(?<!ccording t)o|f(?<!\w.)rom|a(?<!\w.)t|v(?<!\w.)isit(?:ed|ing)?"
              r"|n(?<!\w.)ear|o(?<!\w.)utside)\s+")


@functools.lru_cache(maxsize=4)
def _place_words(text: str) -> frozenset[str]:
    """Every word that follows a place cue, found in one pass over the article (a search of
    the whole text per name was quadratic in long articles); the lookahead lets cues chain."""
    # "from Vargas's office" is no place use: a possessive names an owner
    return frozenset(m.group(1) for m in re.finditer(_PLACE_CUE + r"(?=(\w+)\b(?!['’]s\b))", text))


def _used_as_place(text: str, name: str) -> bool:
    """Does the article use this word as a place ("in Moscow", "to Kyiv", "from Ottawa")?"""
    if re.fullmatch(r"\w+", name):
        return name in _place_words(text)
    return re.search(_PLACE_CUE + re.escape(name) + r"\b(?!['’]s\b)", text) is not None


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
    return _office_of_country_state(before) is not None


def _office_of_country_state(before: str) -> tuple[str | None, str] | None:
    """The (office, state) of `the president of Niger, ` / `Ethiopia's ambassador to Kenya, `
    apposed before a name (pctry7: the state is the person's; the office word is the title
    only in the first form, the second's posting is kept out)."""
    if not before.rstrip().endswith(","):
        return None         # both patterns end in ",\s*$": spare their searches
    m = _OFFICE_OF_BEFORE.search(before)
    if m and m.group(1) in OFFICE_HEADS and country_of(m.group(2)) is not None:
        return m.group(1), country_of(m.group(2))
    m = _COUNTRY_OFFICE_BEFORE.search(before)
    if m and m.group(2) in OFFICE_HEADS and country_of(m.group(1)) is not None:
        return None, country_of(m.group(1))
    return None


def _apposed_office_state(evidence: str | None, title: str | None, country: str | None,
                          before: str) -> tuple[str | None, str | None]:
    """pctry7: a name found by the office of a state apposed before it takes that state (and
    the office word, when it has no title of its own)."""
    if evidence != "office_of_country_apposition" or country:
        return title, country
    office, state = _office_of_country_state(before)
    return title or office, state


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
    # (the pattern ends in a comma, dash or colon: asked first, the cheap test spares its search)
    if len(ntoks) >= 2 and before.rstrip()[-1:] in (",", "-", "—", "–", ":") and re.search(
            r"\b(?:ministers|leaders|presidents|premiers|envoys|chiefs|officials|"
            r"counterparts|secretaries|generals|ambassadors|negotiators|spokespeople)"
            r"\s*(?:,|--|—|–|:)\s*$", before):
        return "plural_role_apposition"
    if len(ntoks) >= 2 and _office_of_country_before(before):
        return "office_of_country_apposition"
    if len(ntoks) >= 2 and _person_noun_apposition(before, text, ntoks[-1].end):
        return "person_noun_apposition"
    if _speech_follows(tokens, run[-1]):
        return "speech_subject"
    if _speech_precedes(tokens, run[0]) and len(ntoks) >= 2:
        return "speech_verb_then_name"
    if _given_name_pair(ntoks, text):
        return "given_name"
    if len(ntoks) >= 2 and _named_after_person_noun(tokens, run[0]):
        return "named_after_person_noun"
    if len(ntoks) >= 2 and _role_word_before(tokens, run[0]):
        return "role_word_name"     # "analyst Kelo Tavita of the ... Institute"
    if _retired_rank_before(before):
        return "retired_rank_name"
    if _possessive_remarks(tokens, run, text):
        return "possessive_remarks"
    if len(ntoks) >= 2 and _questioner_label(text, ntoks[0].start):
        return "questioner_label"
    return None


# quo9: "A Congolese activist in Goma, Name Surname, was ...": a phrase opened by an article and
# closed by a noun for a person (its place after it), then a full name set off by commas
_PERSON_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,4}?([a-z][a-z-]*)"
    r"(?:\s+(?:in|from|of|at|with)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*,\s*$", re.IGNORECASE)


def _person_noun_apposition(before: str, text: str, end: int) -> re.Match | None:
    m = _PERSON_NOUN_BEFORE.search(before)
    if m is None or not re.match(r"\s*,", text[end:end + 3]):
        return None
    noun = m.group(1).lower()
    return m if noun in PERSON_INTRO_NOUNS or noun in PROFESSION_WORDS else None


def _apposed_noun_title(evidence: str | None, title: str | None, country: str | None,
                        before: str) -> tuple[str | None, str | None]:
    """"A Congolese civil-society activist in Goma, Name": the described role, its lower-case
    modifiers kept ("civil-society activist"), a demonym among them the person's state."""
    m = _person_noun_apposition(before, before + ",", len(before)) if evidence == "person_noun_apposition" else None
    if m is None or title:
        return title, country
    words = before[m.start():m.end(1)].split()[1:]
    kept = [w for w in words if not w[:1].isupper()]
    while len(kept) > 1 and kept[0].lower() in LOOSE_ROLE_MODIFIERS:
        kept = kept[1:]
    return " ".join(kept) or None, country or next(
        (country_of(w) for w in words if w[:1].isupper() and country_of(w)), None)



# persons4: a briefing transcript's question label names who asks ("Q (Petra Voss, Herald):")
_QUESTIONER_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Q|Question|QUESTION)[ \t]*\([ \t]*$")


def _questioner_label(text: str, start: int) -> bool:
    """A full name opening the brackets of a transcript's question label is the questioner."""
    return bool(_QUESTIONER_LABEL.search(text, max(0, start - 40), start))


def _possessive_remarks(tokens: list[Token], run: list[int], text: str) -> bool:
    """"Tanaka's remarks underscored ...": a one-word name whose words are reported, when the
    article never uses it as a place and it is no capital."""
    last = tokens[run[-1]]
    if len(run) != 1 or not last.possessive or run[-1] + 1 >= len(tokens):
        return False
    if tokens[run[-1] + 1].low not in REMARK_NOUNS or last.low in CAPITAL_CITIES:
        return False
    return not _used_as_place(text, last.text)


_RETIRED_BRACKET = re.compile(r"\b([A-Za-z]+)\.?\s*\(\s*([A-Za-z]+)\.?\s*\)\s*$")


# persons5: how far back "a"/"an" may stand before the person noun ("a young army officer named")
_INTRO_ARTICLE_REACH = 3


def _named_after_person_noun(tokens: list[Token], first: int) -> int | None:
    """'a colonel named Name Surname', 'an army officer called ...': the indefinite article, a
    plain noun for a person, then "named"/"called" right before the run introduce a person.
    Returns the index of the person noun (its rank or office is the person's title)."""
    if first < 3 or tokens[first - 1].low not in NAMING_VERBS or tokens[first - 1].cap:
        return None
    k = first - 2
    noun = tokens[k]
    if noun.cap or not (noun.low in PERSON_INTRO_NOUNS or noun.low in RANKS or noun.low in OFFICE_HEADS
                        or noun.low in ROLE_NOUNS or noun.low in PROFESSION_WORDS):
        return None
    for j in range(k - 1, max(-1, k - 1 - _INTRO_ARTICLE_REACH), -1):
        if tokens[j].low in ("a", "an"):
            return k
        if tokens[j].cap or not re.fullmatch(r"[a-z][a-z-]*", tokens[j].text):
            return None     # "a" must open the phrase: only lower-case modifiers between
    return None


def _named_rank_or_office(tokens: list[Token], first: int, evidence: str | None) -> str | None:
    """'a colonel named ...' -> 'colonel': the rank or office of the noun that introduced the
    name; a plain noun ("a man named") is no title."""
    k = _named_after_person_noun(tokens, first) if evidence == "named_after_person_noun" else None
    if k is None:
        return None
    low = tokens[k].low
    return low if (low in RANKS or low in OFFICE_HEADS) and low not in RANK_MODIFIERS else None


def _retired_rank_before(before: str) -> bool:
    """'Lieutenant General (Ret.) Name': a rank, then a retired officer's bracket."""
    if ")" not in before[-12:]:
        return False
    m = _RETIRED_BRACKET.search(before)
    return bool(m) and m.group(2).lower() in RETIRED_MARKS and (
        m.group(1).lower() in RANKS or m.group(1).lower() in OFFICE_HEADS)


def _given_name_pair(ntoks: list[Token], text: str) -> bool:
    """'Ana Ruiz': a known given name and one to three more name words, none of them a place,
    and not the capitalised words of a heading or a thing's name."""
    if not 2 <= len(ntoks) <= 4 or any(given_name_gender(part) is None for part in ntoks[0].text.split("-")):
        return False        # "Jean-Yves": each part of a hyphenated given name is one
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
    return not (nxt and nxt[0].lower().strip(".,;:") in _PLACE_OR_ORG_HEADS and nxt[0][:1].isupper())


def _apposition_after(text: str, e: int, title: str | None, formal: bool, country: str | None,
                      evidence: str | None) -> tuple[str | None, bool, str | None, str | None]:
    """A title written after the name ("Name, the Defence Minister," / "Name, a researcher at
    X" / "Name, Chief of ..."), when the name has none (or only a rank) before it."""
    rank_only = bool(title) and all(w.lower().rstrip(".") in RANKS or w.lower().rstrip(".") in HONORIFICS
                                    for w in title.split())
    if title and not rank_only:
        return title, formal, country or _state_of_apposed_body(text, e), evidence
    mm = _LOWER_APPOSITION.match(text, e, e + 160)
    if mm:
        c = country_of(mm.group(1)) if mm.group(1) else None
        acronym = mm.group(1) is not None and _ORG_ACRONYM.match(mm.group(1)) is not None
        if mm.group(1) is None or c or acronym:
            # ", MEA spokesperson": a body's acronym is part of the title
            head = mm.group(3) if mm.group(4) else mm.group(3) + _office_words_after(text, mm.end(3))
            title = ((mm.group(1) + " " if acronym else "") + (mm.group(2) or "") + head
                     + (mm.group(4) or "") + (mm.group(5) or "")).strip()
            if mm.group(1) and re.match(r",\s+(?:\w+\s+)?former\s", text[e:e + 30]):
                title = "former " + title       # ", a former Ghanaian minister": no longer in office
            return title, mm.group(3) in OFFICE_HEADS, country or c or _state_of_tail(text, mm) \
                or _state_body_of_tail(mm), \
                evidence or "apposition_role_after"
    m = re.match(r",\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w’'-]*|of|for|and|the|to)"
                 r"(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the|to))*)", text[e:e + 120])
    if m and m.group(1).split()[0].lower() not in TITLE_CONNECTORS:   # ", and the X": another person's
        t2 = tokenize(m.group(1))
        sp2 = split_run(t2, list(range(len(t2))))
        tt, f2 = title_text(t2, sp2.title_idx, m.group(1))
        if tt and not sp2.name_idx and not _office_then_name(t2) and not _NEXT_RANKED_NAME.match(text, e + m.end()):
            return tt, f2, country or sp2.country or _state_body_in_title(tt) or _state_after_office(tt), \
                evidence or "apposition_title_after"
    return title, formal, country, evidence


# The formal style of a state before its name: "of the Federative Republic of Brazil".
_STATE_STYLE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")


def _state_of_tail(text: str, mm: re.Match) -> str | None:
    """', president of Brazil,' / ', president of the Federative Republic of Brazil,': the state an
    office after the name is held in, named by the office's own 'of' (not 'to', 'at': an envoy
    to a state, a researcher at a body)."""
    tail = mm.group(4)
    if not tail or not re.match(r"\s+of\s", tail):
        return None
    words = re.sub(r"^\s+of\s+(?:the\s+)?", "", tail)
    if country_of(words) and is_country_name(words):
        return country_of(words)
    if words.split()[-1].lower() in STATE_STYLE_WORDS:
        m = _STATE_STYLE_TAIL.match(text, mm.end(4), mm.end(4) + 60)
        if m and is_country_name(m.group(1)):
            return country_of(m.group(1))
    return None


def _state_of_apposed_body(text: str, e: int) -> str | None:
    """pctry8: 'Army Colonel X, a spokesman for the Chilean army,': a name with its own title
    keeps it, but the state-owned body of an office apposed after it is still the person's."""
    mm = _LOWER_APPOSITION.match(text, e, e + 160)
    return _state_body_of_tail(mm) if mm and mm.group(1) is None else None


def _state_body_of_tail(mm: re.Match) -> str | None:
    """pctry8: ', a spokesman for South Korea's defense ministry,' / ', a colonel of the Chilean
    army,': the office is held in a body that one state (its name or demonym, nothing else) owns;
    not a posting ('to', 'in')."""
    tail, body = mm.group(4), mm.group(5)
    if not tail or not body or not re.match(r"\s+(?:of|for|at)\s", tail):
        return None
    words = re.sub(r"^\s+(?:of|for|at)\s+(?:the\s+)?", "", tail)
    return country_of(words)


def _state_after_office(title: str) -> str | None:
    """', President of Brazil,': an office whose own 'of' names a state. pctry8: the office may
    sit in a body before the state ('Chief of General Staff of the Armed Forces of the Republic
    of X', 'Minister of Interior Affairs of the Sultanate of X'): the office word is looked for
    in all the words before the state; a posting ('to', 'in', 'at') before it names a host."""
    m = re.match(r"(.+?)\s+of\s+(?:the\s+)?([A-Z][^,]*)$", title)
    before = []
    while m:
        before += m.group(1).split()
        if is_country_name(m.group(2)) or _styled_state(m.group(2)):
            if any(w.lower() in _POSTING_WORDS for w in before):
                return None
            return country_of(m.group(2)) or _styled_state(m.group(2)) \
                if any(w.lower() in OFFICE_HEADS for w in before) else None
        m = re.match(r"(.+?)\s+of\s+(?:the\s+)?([A-Z][^,]*)$", m.group(2))
    return None


def _styled_state(words: str) -> str | None:
    """pctry8: 'Sultanate of Oman', 'Kingdom of Spain': a state's style before a short name that
    the state tables do not hold with that style."""
    m = re.fullmatch(r"((?:[A-Z][\w-]*\s+){0,3})of\s+(?:the\s+)?(.+)", words)
    if m and m.group(1) and m.group(1).split()[-1].lower() in STATE_STYLE_WORDS and is_country_name(m.group(2)):
        return country_of(m.group(2))
    return None


def _office_words_after(text: str, pos: int) -> str:
    """The rest of a lower-case office cut at its first office word (", Mexico's deputy
    foreign minister," read up to "deputy"): the words up to the last office word after it."""
    words = re.match(r"(?:\s+[a-z][\w-]*)*", text[pos:pos + 80]).group(0).split()
    n = 0
    for i, w in enumerate(words):
        if w not in TITLE_MODIFIERS and w not in OFFICE_HEADS:
            break
        if w in OFFICE_HEADS:
            n = i + 1
    return "".join(" " + w for w in words[:n])


def _office_then_name(toks: list[Token]) -> bool:
    """'President Sarkozy of France': an office right before a name word is another person's
    title and name, not an apposed title."""
    return any(a.low in OFFICE_HEADS and is_name_token(b) for a, b in zip(toks, toks[1:]))


# an alias apposed after a name: ", a.k.a. Y," / ", also known as Y,"
_AKA = r"(?:\s*,\s*(?:(?i:a\.?\s?k\.?\s?a\.?)|also\s+known\s+as|known\s+as)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*,)?"
# "President X, a.k.a. Y, of Somalia": compiled here, where the regex cache keeps it
_AKA_OF_STATE = re.compile(_AKA + r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


def _country_around(text: str, e: int, phrase_start: int, title: str | None,
                    evidence: str | None) -> tuple[str | None, str | None, str | None]:
    """The country of a name without one: "X of Ghana", or a role before it ("the Ghanaian
    foreign minister, X")."""
    if evidence:
        # pctry7: "President X, a.k.a. Y, of Somalia": the alias apposed before the "of"
        mo = _AKA_OF_STATE.match(text[e:e + 80])
        first = mo.group(1).split()[0].rstrip(".") if mo else ""     # "of Indonesia. Next ..."
        if mo and (country_of(mo.group(1)) or country_of(first)):
            return title, country_of(mo.group(1)) or country_of(first), evidence
    back = text[max(0, phrase_start - 80):phrase_start]
    mm = re.search(r"\b(?:the|The)\s+([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*),\s*$", back)
    if mm and country_of(mm.group(1)) and mm.group(2) in OFFICE_HEADS:
        return title or mm.group(2), country_of(mm.group(1)), evidence or "apposition_title_first"
    if evidence:
        return title, _delegation_state(back), evidence
    return title, None, evidence


# "The Chilean delegation was led by X", "Chile's delegation, headed by X": the state whose
# delegation the person leads
_DELEGATION_LED = re.compile(
    r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+delegation\s*,?\s+(?:(?:was|is|will\s+be)\s+)?"
    r"(?:led|headed)\s+by\s+$")


def _delegation_state(back: str) -> str | None:
    m = _DELEGATION_LED.search(back)
    if not m:
        return None
    words = m.group(1).split()
    return country_of(m.group(1)) or (country_of(words[-1]) if len(words) > 1 else None)


def _country_given_name(tokens: list[Token], run: list[int], sp: SplitRun) -> SplitRun:
    """'Georgia Adams': a country that is also a given name, alone before one surname, with
    no office in the phrase, opens the name (a state is not written so before a surname)."""
    if len(run) == 2 and sp.name_idx == run[1:] and sp.country and not sp.title_idx and not sp.honorific \
            and tokens[run[0]].low in COUNTRY_GIVEN_NAMES and not tokens[run[0]].possessive \
            and not tokens[run[1]].possessive and (run[0] == 0 or tokens[run[0] - 1].low not in ("in", "of", "to", "from")):
        return SplitRun(list(run), [], None, None)
    return sp


def _name_part(tokens: list[Token], sp: SplitRun, text: str) -> list[int]:
    """The name's tokens without leading styles ("Datuk Seri") or a place before it; a style
    counts as an honorific."""
    name_idx, styled = _strip_leading_styles(tokens, sp.name_idx)
    if styled:
        sp.honorific = sp.honorific or "style"
    return _drop_opening_article(tokens, _drop_place_lead(tokens, name_idx, text), text)


# quo9: "A Bloomberg reporter asked": the indefinite article opening a sentence, undotted, is no
# initial of a name (initials after the first word of a sentence keep their dot or follow a name)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"”’']?)\s*$")


def _drop_opening_article(tokens: list[Token], name_idx: list[int], text: str) -> list[int]:
    if len(name_idx) < 2 or tokens[name_idx[0]].text not in ("A", "An"):
        return name_idx
    start = tokens[name_idx[0]].start
    return name_idx[1:] if _SENTENCE_OPENING.search(text[max(0, start - 4):start]) else name_idx


def _refine_title(title: str | None, country: str | None, evidence: str | None, styled: bool,
                  back: str) -> tuple[str | None, str | None, str | None]:
    """Sentence openers and a royal style out of the title; "Ukraine's president, Name": the
    office and the state written before an apposed name."""
    title = _singular_office(_drop_royal_style(_drop_leading_function_words(title)))
    if (not title or _rank_only(title)) and not styled:
        pr = _role_before(back)
        if pr:
            return pr[0], country or pr[1], evidence or "possessive_role_apposition"
    elif title and _rank_only(title, styles=True) and not styled and not country:
        # "Sudan's delegation head, Ambassador X": the style stays the title (a described
        # role is no formal office), the state owning the role is the person's
        pr = _role_before(back)
        if pr and pr[1]:
            return title, pr[1], evidence or "possessive_role_apposition"
    return title, country, evidence


def _rank_only(title: str, styles: bool = False) -> bool:
    """'General', 'Rear Admiral', 'Dr.': a rank or style, no office; with styles, also an
    office written as a style ("Ambassador")."""
    return all(w.lower().rstrip(".") in RANKS or w.lower().rstrip(".") in HONORIFICS
               or styles and w.lower().rstrip(".") in STYLE_OFFICES for w in title.split())


def _person_verdict(tokens: list[Token], sp: SplitRun, ntoks: list[Token], text: str, title: str | None,
                    titled_before: bool) -> str | None:
    """'skip' for a phrase that names no person; 'candidate' for one word in a headline-case
    line or at the tail of a longer phrase (a person only if the article names one so); None
    for a person."""
    if _not_a_person(tokens, ntoks, text, bool(title or sp.honorific), titled_before, bool(sp.honorific)) \
            or _body_named(tokens, sp, title):
        return "skip"
    if len(ntoks) == 1 and _in_headline_line(text, ntoks[0].start):
        return "candidate"
    if len(ntoks) == 1 and title and not sp.honorific and _modifier_only_title(title):
        return "candidate"      # "Nordic Air Shield": a rank's modifier is no title
    if len(ntoks) == 1 and not title and not sp.honorific and _tail_of_phrase(tokens, sp, ntoks[0]):
        return "candidate"      # a person only if the article names one so ("He and Escobar")
    return None


def _modifier_only_title(title: str) -> bool:
    """A 'title' whose only office word is a rank's modifier ("Air", "Vice")."""
    lows = [w.lower().rstrip(".") for w in title.split()]
    return any(w in RANK_MODIFIERS for w in lows) and not any(
        (w in OFFICE_HEADS or w in RANKS) and w not in RANK_MODIFIERS for w in lows)


def _tail_of_phrase(tokens: list[Token], sp: SplitRun, tok: Token) -> bool:
    """One word that ends a longer capitalised phrase holding no office ("Doctors Without
    Borders"), or that follows a possessive name ("Harbour's Ledger"): a thing's name."""
    if sp.title_idx:
        return True
    k = next((i for i, t in enumerate(tokens) if t.start == tok.start), 0)
    prev = tokens[k - 1] if k > 0 else None
    return prev is not None and prev.possessive and prev.cap and tok.start - prev.end <= 3 \
        and not country_of(prev.text)


_STYLE_FIRST_WORDS = frozenset(style[0].rstrip(".") for style in LEADING_STYLES)


def _strip_leading_styles(tokens: list[Token], name_idx: list[int]) -> tuple[list[int], bool]:
    """'Datuk Seri Amran Yusof' -> 'Amran Yusof': honorific styles that open a name."""
    if not name_idx or tokens[name_idx[0]].low.rstrip(".") not in _STYLE_FIRST_WORDS:
        return name_idx, False
    for style in LEADING_STYLES:
        n = len(style)
        if len(name_idx) > n and all(tokens[name_idx[k]].low.rstrip(".") == style[k].rstrip(".")
                                     for k in range(n)):
            return name_idx[n:], True
    return name_idx, False


def _drop_place_lead(tokens: list[Token], name_idx: list[int], text: str) -> list[int]:
    """"On post-war Raqqa al-Kuwari said": a first word that the article uses as a place ("in
    Raqqa") and that is no given name, before an Arabic family name, is not part of it."""
    if len(name_idx) < 2:
        return name_idx
    first, second = tokens[name_idx[0]], tokens[name_idx[1]]
    if _ARTICLE_NAME.match(second.text) and given_name_gender(first.text) is None \
            and _used_as_place(text, first.text):
        return name_idx[1:]
    return name_idx


_AGE = re.compile(r",\s*\d{1,3},")


def _after_age(text: str, e: int) -> int:
    """'Ruiz, 54, a former diplomat': the apposition is read after the age."""
    m = _AGE.match(text, e)
    return m.end() - 1 if m else e


def _drop_leading_function_words(title: str | None) -> str | None:
    """'Both Foreign Secretary' / 'According to Minister' -> the office: words that open a
    sentence are not part of the title that follows them."""
    if not title:
        return title
    words = title.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in TITLE_OPENERS:
        k += 1
    return " ".join(words[k:]) if k else title


def _singular_office(title: str | None) -> str | None:
    """'Prime Ministers A and B': each holds 'Prime Minister'."""
    if title and title.endswith("s") and title.split()[-1].lower()[:-1] in OFFICE_HEADS:
        return title[:-1]
    return title


def _drop_royal_style(title: str | None) -> str | None:
    """'Foreign Minister Prince' -> 'Foreign Minister'; 'Crown Prince' stays; 'Holy
    Sites King' (words of a style before a monarch's office) -> 'King'."""
    if not title:
        return title
    words = title.split()
    if len(words) >= 2 and words[-1].lower() in MONARCH_OFFICES and not any(
            w.lower() in OFFICE_HEADS or w.lower() in DOMAIN_WORDS for w in words[:-1]):
        return words[-1]
    if len(words) >= 2 and words[-1].lower() in ROYAL_STYLES and words[-2].lower() not in ("crown", "grand") \
            and any(w.lower() in OFFICE_HEADS for w in words[:-1]):
        return " ".join(words[:-1])
    return title


def _not_a_person(tokens: list[Token], ntoks: list[Token], text: str, titled: bool,
                  titled_before: bool = False, honorific: bool = False) -> bool:
    """A capitalised phrase that the person rules took but that names a place, a state, a body,
    a ship or a thing: a word of such names in it, a place prefix, a ship prefix before it, a
    thing noun after it, or a capital city or a country as the whole name."""
    lows = [t.low for t in ntoks]
    if any(w in NON_PERSON_NAME_WORDS for w in lows) or lows[0] in PLACE_PREFIXES:
        return True
    name = " ".join(t.text for t in ntoks)
    if country_of(name) or (len(ntoks) == 1 and lows[0] in HEADLINE_VERBS):
        return True         # "Viet Nam", a headline's "Talks End"
    prev = text[max(0, ntoks[0].start - 12):ntoks[0].start].split()
    if prev and prev[-1] in SHIP_PREFIXES:
        return True
    if len(ntoks) == 1 and (ntoks[0].low in REGION_NAMES or _ends_a_country(text, ntoks[0])):
        return True         # "Eastern Congo", "New Zealand said", "North Korea's launch"
    if len(ntoks) == 1 and (ntoks[0].low in CAPITAL_CITIES and not honorific
                            or not titled_before and _used_as_place(text, ntoks[0].text)):
        return True         # "to Bogota, Colombia's foreign minister said": a place before an apposition
    if _office_after_style(ntoks, text, honorific):
        return True
    if titled:
        return _cut_office_word(ntoks, text)
    if re.search(r"\bthe\s+$", text[max(0, ntoks[0].start - 5):ntoks[0].start], re.IGNORECASE):
        return True         # "the Tamarind", "The Patience Machine": a definite thing, not a person
    if name.lower() in CAPITAL_CITIES:
        return True
    return name in _thing_phrases(text)


def _office_after_style(ntoks: list[Token], text: str, honorific: bool) -> bool:
    """spk8a: "His Highness the Amir", "His Majesty the Sultan": a style of address, then the
    article and one word. A name takes no article after a style; the word is the office the
    style addresses ("Amir" is also a given name, so no lexicon of offices can tell)."""
    return honorific and len(ntoks) == 1 and re.search(
        r"\bthe\s+$", text[max(0, ntoks[0].start - 5):ntoks[0].start]) is not None


@functools.lru_cache(maxsize=4)
def _thing_phrases(text: str) -> frozenset[str]:
    """Capitalised phrases that the article writes before a plain noun of things or places
    ("Storm Shadow missiles", "Amir Dar cities"), with their tails: found in one pass, so
    that the same phrase elsewhere in the article is known for a thing too."""
    out = set()
    for m in _THING_PHRASE.finditer(text):
        words = m.group(1).split()
        out.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(out)


# written "W(\s+W){0,3}" rather than "(W\s+){0,3}W" (the same phrases: words and spaces cannot
# overlap, and both forms try the most words first) so that the pattern opens with a capital,
# which lets the engine skip to the next capital at once; the nouns grouped, in the same order
_THING_PHRASE = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:"
                           + literal_alternation(sorted(THING_NOUNS), keep_order=True) + r")\b")


def _ends_a_country(text: str, tok: Token) -> bool:
    """The word before this one and this one name a country together ("New Zealand")."""
    prev = re.search(r"([A-Z][\w.]*)\s+$", text[max(0, tok.start - 20):tok.start])
    if prev and country_of(prev.group(1) + " " + tok.text) is not None:
        return True
    # "Trinidad and Tobago", "Bosnia and Herzegovina": the tail of a state named with "and"
    prev = re.search(r"((?:[A-Z][\w.]*\s+){1,2})and\s+$", text[max(0, tok.start - 30):tok.start])
    return bool(prev) and country_of(prev.group(1) + "and " + tok.text) is not None


def _in_headline_line(text: str, pos: int) -> bool:
    """Is pos on a line written in headline case ("Minister Pays State Visit To Capital"):
    short, most of its longer words capitalised, and no full stop at the end (a body sentence
    has one)? A one-word 'name' there is any word. Only the line around pos is read."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)].rstrip()
    if len(line) > 160 or re.search(r"[.!?][\"'”’)]*$", line):
        return False
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _body_named(tokens: list[Token], sp: SplitRun, title: str | None) -> bool:
    """'Regional Office for Migration': words of a body before the 'name', and no
    office among them -- the whole is the body's name."""
    return not title and len(sp.name_idx) == 1 and any(tokens[i].low in ORG_HEADS for i in sp.title_idx)


def _cut_office_word(ntoks: list[Token], text: str) -> bool:
    """'The Crown Princ' at the end of a cut-off page: a word the text ends on that begins an
    office or a style is the office cut short, not a name."""
    if len(ntoks) != 1 or text[ntoks[0].end:].strip():
        return False
    low = ntoks[0].low
    return any(w.startswith(low) and w != low for w in OFFICE_HEADS | ROYAL_STYLES if " " not in w)


_ROLE_BEFORE = re.compile(
    r"(?:\b((?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*)['’]s?|\b(?:the|a|an|its|their|his|her|The|A|An|Its|Their)"
    r"(?:\s+own)?(?:\s+([A-Z][\w-]+))?)"
    r"\s+((?:[A-Za-z][\w-]*\s+){0,5}?([a-z][\w-]*)"
    r"(?:\s+(?:to|of|for|at|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)\s*,\s*$")


_PRONOUN_ROLE_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+(?:own\s+)?((?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*))\s*,\s*$",
                                  re.IGNORECASE)


def _role_before(back: str) -> tuple[str, str | None] | None:
    """An office apposed before a name: "Ukraine's president, Name", "the Iraqi ambassador to
    Oman, Name", "the bloc's foreign policy chief, Name", "a security analyst, Dr. Name":
    (title, country of the owner when it is a state)."""
    if not back.rstrip().endswith(","):
        return None         # both patterns end in ",\s*$": skip trying them at every position
    m = _ROLE_BEFORE.search(back)
    if m and not _title_words(m.group(3).split()):
        # "signed for the rebels by its secretary-general, X": the office is a later phrase
        # owned by a pronoun (a later "the mayor of Springfield, X" may name a place)
        pm = _PRONOUN_ROLE_BEFORE.search(back, m.start() + 1)
        if not pm or not _title_words(pm.group(1).split()):
            return None
        return pm.group(1), _sender_state(back[:pm.start()], back[pm.start():])
    if not m or re.search(r"\baccording to\s*$", back[:m.start()], re.IGNORECASE):
        return None         # "According to the president, X is ready": no apposition
    if not _title_words(m.group(3).split()):
        return None
    title = m.group(3)
    if m.group(1):
        return title, _owner_state(m.group(1).split())
    c = country_of(m.group(2)) if m.group(2) else None
    if m.group(2) and not c:
        title = m.group(2) + " " + title       # "the EU foreign policy chief"
    return title, c or _sender_state(back[:m.start()], back[m.start():])


# "Mexico sent its own deputy foreign minister, X": the state that sends or names its office
_SENDER_STATE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:sent|named|appointed|dispatched|fielded)\s+$")


def _sender_state(before: str, phrase: str) -> str | None:
    """The state owning "its <office>" when it is the subject of a verb of sending right
    before ("Mexico sent its own envoy, X"); None when anything else stands there."""
    if not re.match(r"its\b", phrase, re.IGNORECASE):
        return None
    m = _SENDER_STATE.search(before)
    if not m or not re.search(r"(?:^|[.;:,!?\"”]|\b(?:and|but|while|whereas|as))\s*$", before[:m.start()]):
        return None         # "Talks with Mexico sent ...": the state is no subject there
    return country_of(m.group(1))


_APPOSITION_NEXT = re.compile(r"\s*,\s*[A-Z]")


def _office_or_body_tail(tokens: list[Token], run: list[int], sp: SplitRun, text: str) -> str | None:
    """The 'name' of a run is the portfolio of its office or the tail of a body's name:
    'office' for "Minister for Policing, <Name>" (the whole run is the apposed title),
    'body' for "University of the South Pacific" (no person at all); else None."""
    if not sp.name_idx or sp.name_idx[0] not in run:
        return None
    k = run.index(sp.name_idx[0])
    if k == 0:
        return None
    head = [tokens[i].low for i in run[:k]]
    the = head[-1] == "the"
    if the:
        head = head[:-1]
    if not head or head[-1] not in ("of", "for"):
        return None
    office = any(w in OFFICE_HEADS for w in head)
    if office and _APPOSITION_NEXT.match(text, tokens[run[-1]].end):
        return "office"
    if the or any(w in ORG_HEADS and w not in OFFICE_HEADS for w in head):
        return "body"
    return None


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
        sp = _country_given_name(tokens, run, split_run(tokens, run))
        tail = _office_or_body_tail(tokens, run, sp, text)
        if tail is None and _post_of_office(tokens, run, sp, prev_title, text):
            prev_title = (prev_title[0], prev_title[1], tokens[run[-1]].end)
            continue        # "Sri Lanka's Defence Adviser in Paris, Captain X": the office's post
        if tail == "body":
            prev_title = None
            continue        # "the University of the South Pacific": no person in a body's name
        # "Trinidad and Tobago Foreign Minister X": the run was cut at the state's "and"
        sp = _state_named_with_and(tokens, run, SplitRun([], sp.title_idx + sp.name_idx, sp.country, sp.honorific)
                                   if tail == "office" else sp)
        first_tok = tokens[run[0]]
        title_idx = list(sp.title_idx)
        low_idx, role, low_country, earliest = _lower_title_before(tokens, run[0])
        title, formal = title_text(tokens, low_idx + title_idx, text)
        titled_before = bool(title or sp.honorific)
        phrase_start = min([tokens[i].start for i in low_idx] + [first_tok.start, tokens[earliest].start])
        low_country, phrase_start = _possessive_owner(tokens, run, sp, low_country, phrase_start)
        country = sp.country or low_country
        title, country = _country_in_title(title, country)
        if not sp.name_idx:
            # a title with no name: may be the first half of an apposition ("..., Name")
            prev_title = _next_prev_title(prev_title, title, country, tokens[run[0]].start, tokens[run[-1]].end, text)
            tok = tokens[run[-1]]
            if len(run) == 1 and tok.low in _PLACE_OR_ORG_HEADS and tok.low not in OFFICE_HEADS \
                    and tok.low not in DOMAIN_WORDS and tok.low not in NON_NAME_WORDS:
                # "Park said": a surname that is also a noun, if a known person bears it
                mentions.append(NameMention(tok.start, tok.end, tok.text, "candidate", rule="bare_name",
                                        in_quote=inside(tok.start, quote_ranges),
                                        in_caption=inside(tok.start, caption_ranges)))
            continue
        ntoks = [tokens[i] for i in _name_part(tokens, sp, text)]
        name, e = _with_comma_suffix(text, " ".join(t.text for t in ntoks), ntoks[-1].end)
        s = ntoks[0].start
        rank = title if title and _rank_only(title, styles=True) else None
        # an honorific, a style or a bare rank does not stop it ("the Foreign Minister, Dr. X")
        if not (title and not rank or role) and prev_title and prev_title[0] and _APPOSED_GAP.fullmatch(
                text[prev_title[2]:first_tok.start]):
            title, country = prev_title[0], country or prev_title[1]
            formal = True
            evidence = "apposition_title_first"
        else:
            evidence = _name_evidence(tokens, run, ntoks, text, title, sp.honorific, role,
                                      text[max(0, s - 60):phrase_start])
        prev_title = None
        title, country = _apposed_office_state(evidence, title, country, text[max(0, s - 60):phrase_start])
        title = title or _named_rank_or_office(tokens, run[0], evidence)
        title, country, evidence = _refine_title(title, country, evidence, role,
                                                 text[max(0, phrase_start - 80):phrase_start])
        # apposition after the name: "Name, the Defence Minister," / "Name, Chief of ..."
        title, formal, country, evidence = _apposition_after(text, _after_age(text, e), title, formal, country,
                                                             evidence)
        title, country = _apposed_noun_title(evidence, title, country, text[max(0, s - 60):phrase_start])
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
        verdict = _person_verdict(tokens, sp, ntoks, text, title, titled_before)
        if verdict == "candidate":
            # only a person known from the body ("Minister Pays State Visit": not "Visit")
            mentions.append(NameMention(s, e, name, "candidate", rule="bare_name",
                                        in_quote=inside(s, quote_ranges), in_caption=inside(s, caption_ranges)))
        if verdict is not None:
            continue
        gender = GENDER_HONORIFICS.get(sp.honorific or "") or next(
            (GENDERED_TITLES[w] for w in (title or "").lower().split() if w in GENDERED_TITLES), None)
        office, title = (title, rank) if rank and title and title != rank else (None, title)
        m_ = NameMention(s, e, name, "person", title=title, country=country, rule=evidence,
                     title_start=phrase_start if phrase_start < s else None,
                     gender=gender, in_quote=inside(s, quote_ranges),
                     in_caption=inside(s, caption_ranges), formal_title=formal and bool(
                         title and any(w[:1].isupper() and w.lower() in OFFICE_HEADS
                                       and w.lower() not in ABBREVIATED_OFFICES
                                       for w in title.split())))
        _mention_extras(m_, ntoks, text, role, office)
        mentions.append(m_)
    _respective_offices(mentions, text)
    return mentions, tokens


_RESPECTIVE = re.compile(
    r"\b((?:[a-z]+\s+){0,2}((?i:ministers|presidents|leaders|premiers|envoys|ambassadors|chiefs|secretaries)))"
    r"\s+of\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s*,?\s+and\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}),\s*$")   # pctry8: "The Presidents of A, and B, X and Y"


def _respective_offices(mentions: list[NameMention], text: str) -> None:
    """'The foreign ministers of Armenia and Georgia, A and B': A serves the first state, B the
    second, each with the office in the singular."""
    people = [m for m in mentions if m.kind == "person"]
    for a, b in zip(people, people[1:]):
        if a.country or b.country or not re.fullmatch(r"\s+and\s+", text[a.end:b.start]):
            continue
        lead = a.title_start if a.title_start is not None else a.start
        m = _RESPECTIVE.search(text, max(0, lead - 120), lead)
        if not m or not (country_of(m.group(3)) and country_of(m.group(4))):
            continue
        office = m.group(1)[:-1] if not m.group(1).lower().endswith("ies") else m.group(1)[:-3] + "y"
        a.country, b.country = country_of(m.group(3)), country_of(m.group(4))
        a.title, b.title = a.title or office, b.title or office


def _mention_extras(m_: NameMention, ntoks: list[Token], text: str, role: bool, office: str | None) -> None:
    """What a person mention carries beside its title: a given name's usual gender (weaker than
    the article's own pronouns, so kept aside), the office apposed to a bare rank ("navy
    commander, Admiral X": the rank stays the mention's title, for "the admiral"), and the
    countries of "his US and Japanese counterparts -- A and B", in order."""
    given = {"m": "m", "f": "f"}.get(given_name_gender(ntoks[0].text) or "") if len(ntoks) >= 2 else None
    if given:
        m_.extra["given_gender"] = given
    if office:
        m_.extra["office"] = office
    if role:
        back = text[max(0, m_.start - 80):m_.start]
        mm = re.search(r"((?:[A-Z][\w.]*\s*(?:,|and)?\s*)+)counterparts?\W*$", back)
        if mm:
            cs = _counterpart_states(mm.group(1))
            if cs:
                m_.country = cs[0]
                m_.extra["role_countries"] = cs


def _counterpart_states(words: str) -> list[str]:
    """'his US and Japanese counterparts': the states written right before "counterpart(s)",
    nearest first back to the first word that is no state. In "Ukrainian President A and
    Russian counterpart B" only "Russian" is B's: A's demonym belongs to A."""
    cs: list[str] = []
    for w in reversed(re.findall(r"[A-Z][\w.]*", words)):
        c = country_of(w)
        if c is None:
            break
        cs.insert(0, c)
    return cs


def _possessive_owner(tokens: list[Token], run: list[int], sp: SplitRun, low_country: str | None,
                      phrase_start: int) -> tuple[str | None, int]:
    """"Kenya's Foreign Minister X", and pctry7: "Germany's Ana Ruiz" (a state's possessive
    before a full name: the state the person is known by): the country and the phrase's start."""
    if tokens[run[0]].possessive is not False or not (sp.title_idx or len(sp.name_idx) >= 2):
        return low_country, phrase_start
    owner = _possessive_state_before(tokens, run[0])
    if not owner:
        return low_country, phrase_start
    return low_country or owner[0], min(phrase_start, tokens[owner[1]].start)


def _possessive_state_before(tokens: list[Token], first: int) -> tuple[str, int] | None:
    """'Kenya's Foreign Minister X', 'New Zealand's Foreign Minister X': a state in the
    possessive right before a capitalised office: (the state, index of its first token)."""
    if first < 1 or not tokens[first - 1].possessive:
        return None
    c = country_of(tokens[first - 1].text)
    if c:
        return c, first - 1
    if first >= 2 and tokens[first - 1].start - tokens[first - 2].end == 1 and tokens[first - 2].cap:
        c = country_of(tokens[first - 2].text + " " + tokens[first - 1].text)
        if c:
            return c, first - 2
    return None


def _owner_state(words: list[str]) -> str | None:
    """The state owning an office written "<owner>'s <office>": the owner itself ("Ukraine",
    "New Zealand"), or a body of a state led by its demonym ("Chinese Foreign Ministry",
    "Kenyan Navy"), not a company or party named after one."""
    for i in range(len(words)):
        c = country_of(" ".join(words[i:]))
        if c:
            return c
    if len(words) >= 2 and words[-1].lower() in STATE_BODY_HEADS:
        k = 1 if words[0].lower() != "the" else 2
        lead = words[k - 1:k]
        c = country_of(lead[0]) if lead else None
        if c is None and len(words) > k + 1:
            c = country_of(" ".join(words[k - 1:k + 1]))
        return c
    return None


def _state_body_before(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A state's body in the possessive right before token i ("Chinese Foreign Ministry's"):
    (its state, index of its first word), read back over up to four capitalised words."""
    j = i - 1
    while j > 0 and i - j < 4 and tokens[j - 1].cap and not tokens[j - 1].possessive \
            and tokens[j].start - tokens[j - 1].end == 1:
        j -= 1
    for k in range(j, i - 1):
        c = _owner_state([t.text for t in tokens[k:i]])
        if c and tokens[i - 1].low in STATE_BODY_HEADS:
            return c, k
    return None


def _post_of_office(tokens: list[Token], run: list[int], sp: SplitRun, prev_title: tuple | None,
                    text: str) -> bool:
    """'Defence Adviser in Paris, Captain X' / 'High Commissioner to Kenya, Dr X': a place or
    state right after an office ("in", "to", "at"), itself followed by a comma and a name, is
    where the office is held; the office stays apposed to the name after it."""
    if not prev_title or not prev_title[0] or sp.title_idx or sp.honorific or len(run) > 3:
        return False
    if not re.fullmatch(r"\s+(?:in|to|at)\s+(?:the\s+)?", text[prev_title[2]:tokens[run[0]].start]):
        return False
    if not _APPOSITION_NEXT.match(text, tokens[run[-1]].end):
        return False
    place = " ".join(tokens[i].text for i in run)
    return country_of(place) is not None or place.lower() in CAPITAL_CITIES or _used_as_place(text, place)


def _coordinated_office_state(tokens: list[Token], head: list[int], k: int) -> bool:
    """head[k] is a state right after "and" in a title, and an office follows it before the
    name with no "of"/"to"/"for" between ("Member of the ... Committee and Chinese Foreign
    Minister X"): the second office is the one next to the name, so its state is the person's."""
    if k < 1 or tokens[head[k - 1]].low != "and":
        return False
    rest = [tokens[i].low.rstrip(".") for i in head[k + 1:]]
    return bool(rest) and rest[-1] in OFFICE_HEADS and not any(w in ("of", "to", "for", "in", "and") for w in rest)


def _rank_of_body(toks: list[Token]) -> bool:
    """'Commander Kenya Navy': a rank word that heads a state's body named after it is an
    office (the commander of that body), not a bare rank."""
    return len(toks) >= 2 and toks[0].low.rstrip(".") in RANKS and toks[-1].low in STATE_BODY_HEADS \
        and all(t.cap for t in toks)


# ", Lt Gen X", ", Amb. X", ", Dr X": after an office apposed to one name, a rank or style
# opening another name -- in a list of people each with an office, the office is that one's
_NEXT_RANKED_NAME = re.compile(r"\s*,\s*(?i:" + "|".join(longest_first(
    w for w in RANKS | HONORIFICS | STYLE_OFFICES if w.isalpha())) + r")\b\.?\s+[A-Z]")


def _state_named_with_and(tokens: list[Token], run: list[int], sp: SplitRun) -> SplitRun:
    """'Trinidad and Tobago Foreign Minister X': the run was cut at "and", so its first word
    ends the name of a state written with "and"; that state is the person's, not a title word."""
    if not sp.title_idx or sp.title_idx[0] != run[0] or run[0] < 2 or tokens[run[0] - 1].low != "and":
        return sp
    tail = tokens[run[0]].text
    for n in (1, 2):
        if run[0] - 1 - n < 0:
            break
        lead = " ".join(t.text for t in tokens[run[0] - 1 - n:run[0] - 1])
        c = country_of(lead + " and " + tail)
        if c:
            return SplitRun(sp.name_idx, sp.title_idx[1:], sp.country or c, sp.honorific)
    return sp


# persons5: "talks between Voss and Marlow": a one-word name coordinated with a person after
# "between" names a person too (a state, a capital or a body there is ruled out by name)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+([A-Z][\w’'-]+)\s+and\s+$")
_BETWEEN_AFTER = re.compile(r"\s+and\s+([A-Z][\w’'-]+)\b")


def _person_words(mentions: list[NameMention]) -> frozenset[str]:
    """Every word that names a person found with evidence (the whole one-word name or the last
    word of a full name)."""
    return frozenset(w for m in mentions if m.kind == "person" for w in {m.name, m.name.split()[-1]})


def _could_be_surname(word: str, text: str) -> bool:
    """One capitalised word that is no state, demonym, capital, region, place of the article,
    body or common word of names of things."""
    low = word.lower()
    if len(word) < 3 or word.isupper() or country_of(word) or word in KNOWN_ORGS or word in NEWS_AGENCIES:
        return False
    if low in PLACE_METONYMS or low in REGION_NAMES or low in NON_NAME_WORDS or low in NON_PERSON_NAME_WORDS:
        return False
    if low in ORG_HEADS or low in OFFICE_HEADS or low in PLACE_HEADS:
        return False
    return not _used_as_place(text, word)


def promote_coordinated_surnames(mentions: list[NameMention], text: str) -> None:
    """"talks between Voss and Marlow" / "between Marlow and Voss": a one-word candidate
    coordinated after "between" with a word that names a person is a person too."""
    known = _person_words(mentions)
    if not known:
        return
    for m in mentions:
        if m.kind != "candidate" or " " in m.name or not _could_be_surname(m.name, text):
            continue
        b = _BETWEEN_BEFORE.search(text, max(0, m.start - 60), m.start)
        a = _BETWEEN_AFTER.match(text, m.end) if re.search(r"\bbetween\s+$", text[max(0, m.start - 9):m.start]) else None
        other = b.group(1) if b else a.group(1) if a else None
        if other is not None and other in known and other != m.name:
            m.kind, m.rule = "person", "between_person_and_name"

