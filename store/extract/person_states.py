"""pctry7: the state a person serves, from what the article says around a name that carries no
state itself: the delegation the person leads or belongs to, a state's institution or body the
person works for. Each rule runs only for a person still without a country, over that person's
mentions outside quotes, and records its name on the person (country_rule).

A wrong state is worse than none: every rule reads a state that the phrase ties to the person
(never the host, the other party or the place of the talks).
"""
from __future__ import annotations

import re

from .countries import canonical, country_of, find_countries
from .lexicon import (CAPITAL_STATES, APPOSED_OFFICE_FUNCTION_WORDS, INSTITUTION_PLACE_WORDS, OFFICE_HEADS, STATE_INSTITUTIONS,
                      STATE_WORKPLACE_HEADS, TITLE_MODIFIERS)
from .scan import longest_first

# A state as it names a delegation: "the Russian delegation", "Kuwait's delegation", "the Solomon
# Islands delegation", "the White House delegation".
_STATE_WORDS = r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|the)){0,3}?"
# "X, who headed the Russian delegation", "X led Kuwait's delegation", "X is heading the
# delegation of Chile"
_LEADS_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:is|was|will\s+be|has\s+been|had\s+been)\s+)?"
    r"(?:leading|heading|chairing|led|headed|chaired|leads|heads|chairs)\s+"
    r"(?:(?:the|a)\s+)?(?:(?P<st>" + _STATE_WORDS + r")(?:['’]s)?\s+delegation\b|"
    r"delegation\s+of\s+(?:the\s+)?(?P<of>" + _STATE_WORDS + r")(?=[\s,.;]))")
# "X, the head of the Russian delegation", "X, chief of Kuwait's delegation"
_HEAD_OF_AFTER = re.compile(
    r"\s*,\s*(?:the\s+)?(?:head|chief|leader|chair|chairman|chairwoman|chairperson|member)\s+of\s+"
    r"(?:the\s+)?(?:(?P<st>" + _STATE_WORDS + r")(?:['’]s)?\s+delegation\b|"
    r"delegation\s+of\s+(?:the\s+)?(?P<of>" + _STATE_WORDS + r")(?=[\s,.;]))")
# "the Chilean delegation, led by X", "Kuwait's delegation, chaired by the kingdom's envoy, X",
# "a White House delegation, including Coordinator X": the words between the phrase and the name
# are checked apart (_title_gap)
_DELEGATION_BEFORE = re.compile(
    r"(?:^|[^\w’'])(?P<st>" + _STATE_WORDS + r")(?:['’]s)?\s+delegation\s*,?\s+"
    r"(?:(?:was|is|will\s+be|has\s+been)\s+)?(?:led\s+by|headed\s+by|chaired\s+by|including)\s+"
    r"(?P<gap>[^.;:!?\"“”()\n]{0,90})$")
# the words that may stand between "led by" and the name (an apposed office, a title)
_GAP_WORDS = APPOSED_OFFICE_FUNCTION_WORDS


def _state(words: str | None) -> str | None:
    """The state a delegation's or body's name designates: a state's name or demonym (the last
    words: "the Solomon Islands", "Kuwait"), or a state's institution ("White House")."""
    if not words:
        return None
    words = re.sub(r"^(?:the|The)\s+", "", words.strip())
    if words in STATE_INSTITUTIONS:
        return canonical(STATE_INSTITUTIONS[words])
    parts = words.split()
    for i in range(len(parts)):
        c = country_of(" ".join(parts[i:]))
        if c:
            return c if i == 0 or parts[i - 1][:1].islower() or parts[i - 1] in ("The",) else None
    return None


def _title_gap(gap: str) -> bool:
    """Only an apposed office or a title between the phrase and the name (no verb, no other
    clause): every lower-case word is a function word, an office word or a possessive."""
    for w in re.findall(r"[\w’'-]+", gap):
        if w[:1].isupper() or w.lower() in _GAP_WORDS:
            continue
        low = w.lower()
        if low in OFFICE_HEADS or low in TITLE_MODIFIERS or re.search(r"['’]s$", w):
            continue
        return False
    return True


def _no_other_person(people, e, lo: int, hi: int) -> bool:
    return not any(lo <= x.start < hi for p in people if p is not e for x in p.mentions)


def delegation_state(text: str, e, people) -> str | None:
    """The state whose delegation the person leads or belongs to."""
    for m in e.mentions:
        if m.in_quote:
            continue
        after = text[m.end:m.end + 120]
        mm = _LEADS_AFTER.match(after) or _HEAD_OF_AFTER.match(after)
        if mm:
            st = _state(mm.group("st") or mm.group("of"))
            if st:
                return st
        lo = max(0, m.start - 200)
        mb = _DELEGATION_BEFORE.search(text, lo, m.start)
        if mb and _title_gap(mb.group("gap")) and _no_other_person(people, e, mb.end("st"), m.start):
            st = _state(mb.group("st"))
            if st:
                return st
    return None


# "Federation Council Chairwoman X", "the State Department's Deputy Assistant Secretary X",
# "Kremlin spokesman X": a state's institution right before the person's title
_INSTITUTION_BEFORE = None


def _institution_pattern() -> re.Pattern:
    global _INSTITUTION_BEFORE
    if _INSTITUTION_BEFORE is None:
        alts = "|".join(re.escape(k) for k in sorted(STATE_INSTITUTIONS, key=len, reverse=True))
        _INSTITUTION_BEFORE = re.compile(
            r"(?P<pre>\b[\w’'-]+\s+)?(?:the\s+)?(?P<inst>" + alts + r")(?:['’]s)?\s+"
            r"(?P<gap>(?:[\w’'-]+\s+){1,6})$")
    return _INSTITUTION_BEFORE


# a place before the institution ("at the Pentagon Minister X said"): where, not whose
_PLACE_PREPOSITIONS = INSTITUTION_PLACE_WORDS


def institution_state(text: str, e, people) -> str | None:
    """The state whose institution names the person's office right before the name."""
    for m in e.mentions:
        if m.in_quote:
            continue
        mb = _institution_pattern().search(text, max(0, m.start - 120), m.start)
        if not mb:
            continue
        pre = (mb.group("pre") or "").strip().lower()
        gap = mb.group("gap")
        words = gap.split()
        if pre in _PLACE_PREPOSITIONS or not _title_gap(gap) or not any(
                w.lower().strip("’'") in OFFICE_HEADS for w in words):
            continue
        return canonical(STATE_INSTITUTIONS[mb.group("inst")])
    return None


_WORKPLACE = None


def _workplace_pattern() -> re.Pattern:
    """"Ghana Armed Forces", "the Philippines Department of Foreign Affairs", "the Chinese
    Embassy": a body of a state named by the state or its demonym before the body's head word;
    "the Office of the President of the Federal Republic of Somalia": a body of the state
    named by its formal name after it."""
    global _WORKPLACE
    if _WORKPLACE is None:
        heads = "|".join(re.escape(h) for h in longest_first(STATE_WORKPLACE_HEADS))
        _WORKPLACE = re.compile(
            r"(?:\b(?P<st>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:" + heads + r")\b)|"
            r"(?:\b(?:Office|Ministry|Department|Embassy|Presidency|High\s+Commission)\s+of\s+(?:the\s+)?"
            r"(?P<formal>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6}))")
    return _WORKPLACE


def _workplace_in(words: str) -> str | None:
    found = set()
    for m in _workplace_pattern().finditer(words):
        if m.group("st"):
            st = m.group("st")
            c = country_of(st) or (country_of(st.split()[-1]) if " " in st else None)
        else:
            c = _formal_state(m.group("formal"))
        if c:
            found.add(c)
    return found.pop() if len(found) == 1 else None


def _formal_state(words: str) -> str | None:
    """'Federal Republic of Somalia', 'Somalia': a state's name, plain or formal."""
    parts = words.split()
    for i in range(len(parts)):
        c = country_of(" ".join(parts[i:]))
        if c and (i == 0 or parts[i - 1] in ("of", "the")):
            return c
    return None


# the apposition after a name: ", the Director-General in Charge of Training at the General
# Headquarters, Ghana Armed Forces," read up to its first word that is not part of an office or
# a body's name (a verb: "said", "tweeted")
_APPOSITION = re.compile(r"[ \t]*,[ \t]+((?:(?:[A-Z][\w’'.-]*|[a-z-]+)(?:[ \t]*,[ \t]*|[ \t]+))+)")


def _apposition_words(text: str, end: int) -> str:
    m = _APPOSITION.match(text, end, end + 200)
    if not m:
        return ""
    out = []
    for w in re.split(r"([ \t]*,[ \t]*|[ \t]+)", m.group(1)):
        if w.strip() and w.strip() != "," and w[:1].islower() and w not in _GAP_WORDS and \
                w not in OFFICE_HEADS and w not in TITLE_MODIFIERS and w not in ("a", "an"):
            break
        out.append(w)
    return "".join(out)


def _state_opening_apposition(words: str) -> str | None:
    """', the U.S. Deputy Assistant Secretary for ...': an apposition that opens with a state
    and goes on with an office (no other state before the office word); or one that names a
    state's institution as where the office is ('... at the State Department')."""
    toks = re.findall(r"[\w’'.-]+", words)
    if toks and toks[0].lower() in ("the", "a", "an"):
        toks = toks[1:]
    if len(toks) >= 2 and country_of(toks[0].rstrip(",")) and toks[1][:1].isupper():
        for t in toks[1:6]:
            if t.lower() in OFFICE_HEADS:
                return country_of(toks[0].rstrip(","))
            if not (t.lower() in TITLE_MODIFIERS or t[:1].isupper()) or country_of(t):
                break
    inst = [v for k, v in STATE_INSTITUTIONS.items() if re.search(r"\b(?:at|of|for)\s+the\s+" + re.escape(k) + r"\b", words)]
    return canonical(inst[0]) if len(set(inst)) == 1 else None


def workplace_state(text: str, e, people) -> str | None:
    """The state of the body the person's title or apposition names as where they serve."""
    if e.title:
        c = _workplace_in(e.title)
        if c:
            return c
    for m in e.mentions:
        if m.in_quote:
            continue
        nxt = min((x.start for p in people if p is not e for x in p.mentions if x.start > m.end),
                  default=len(text))
        words = _apposition_words(text[:nxt], m.end)
        if not words:
            continue
        c = _workplace_in(words) or _state_opening_apposition(words)
        if c:
            return c
    return None


# "US Indo-Pacific coordinator X": a state, then a region or domain written capitalised, then
# a lower-case office right before the name
_STATE_DOMAIN_BEFORE = re.compile(r"(?:^|[^\w’'.-])(?:the\s+)?(?P<st>[A-Z][\w.’'-]*)\s+"
                                  r"(?P<mid>(?:[A-Z][\w-]*\s+){1,2})$")


def state_domain_office(text: str, e, people) -> str | None:
    """The state opening a title whose office word is written lower-case after a capitalised
    domain ("US Indo-Pacific coordinator X", "Kenyan Rift Valley commissioner X")."""
    for m in e.mentions:
        if m.in_quote or m.title_start is None or not m.title or not m.title[:1].islower():
            continue
        mb = _STATE_DOMAIN_BEFORE.search(text, max(0, m.title_start - 60), m.title_start)
        if not mb or not country_of(mb.group("st")):
            continue
        if any(country_of(w) or w.lower() in OFFICE_HEADS for w in mb.group("mid").split()):
            continue
        return country_of(mb.group("st"))
    return None


# "the Iranian Deputy Foreign Ministers A and B": an office in the plural before two names
_PLURAL_OFFICE_BEFORE = re.compile(r"\b([A-Za-z-]+?)(?:ies|s)\s+$")
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _plural_office_before(text: str, start: int) -> bool:
    m = _PLURAL_OFFICE_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    stem = m.group(1).lower()
    return stem in OFFICE_HEADS or (stem + "y") in OFFICE_HEADS or (stem + "s") in OFFICE_HEADS


def shared_plural_office_state(text: str, e, people) -> str | None:
    """A name coordinated right after another under one plural office that a state opens
    ("the Iranian Deputy Foreign Ministers A and B", "Kenya's Ministers A and B"): the state
    is both names'. The first name's state must be written before it, in the office phrase
    (a state after the first name, "A of Armenia and B", is A's alone)."""
    for m in e.mentions:
        if m.in_quote:
            continue
        for o in people:
            if o is e or not o.country:
                continue
            a = next((x for x in o.mentions if x.end < m.start and x.country and x.title_start is not None
                      and _COORDINATED.fullmatch(text, x.end, m.start)), None)
            if a is None or not _plural_office_before(text, a.start):
                continue
            phrase = text[a.title_start:a.start]
            if any(country_of(w) == a.country for w in re.findall(r"[A-Z][\w’'-]*", phrase)):
                return a.country
    return None


def assign_person_states(text: str, people) -> None:
    """Give each person still without a state the one the first rule that applies reads."""
    rules = (("leads_or_joins_delegation", delegation_state),
             ("office_of_state_institution", institution_state),
             ("serves_state_body", workplace_state),
             ("shares_plural_office", shared_plural_office_state),
             ("state_opens_domain_office", state_domain_office))
    for e in people:
        if e.country or e.kind != "person":
            continue
        for rule, found in rules:
            c = found(text, e, people)
            if c:
                e.country, e.country_rule = c, rule
                break


# "Indonesia and Australia have signed", "the Australia-Indonesia Defence Cooperation Arrangement",
# "talks between Chile and Peru": two states named as a pair
_PAIR = None


def _pair_pattern() -> re.Pattern:
    global _PAIR
    if _PAIR is None:
        st = r"([A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,2})"
        _PAIR = re.compile(st + r"(?:\s+and\s+|\s*[-–]\s*)" + st + r"(?=[\s,.;:’'])")
    return _PAIR


def _pairs_in(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _pair_pattern().finditer(text):
        a, b = _tail_state(m.group(1)), _head_state(m.group(2))
        if a and b and a != b:
            out.append((a, b))
    return out


def _tail_state(words: str) -> str | None:
    parts = words.split()
    return next((country_of(" ".join(parts[i:])) for i in range(len(parts)) if country_of(" ".join(parts[i:]))), None)


def _head_state(words: str) -> str | None:
    parts = words.split()
    return next((country_of(" ".join(parts[:i])) for i in range(len(parts), 0, -1) if country_of(" ".join(parts[:i]))),
                None)


def _third_state_near(doc, e, states: set[str]) -> bool:
    """Does a sentence naming the person name another state, or a capital of another state
    ("met in <another capital>"): a host or mediator may be the person, not the pair's other side."""
    text = doc.text
    for i in sorted({doc.sentence_of(m.start) for m in e.mentions}):
        seg = text[doc.sentences[i].start:doc.sentences[i].end]
        if any(c.country not in states for c in find_countries(seg)):
            return True
        if any(canonical(CAPITAL_STATES[w.lower()]) not in states
               for w in re.findall(r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?", seg) if w.lower() in CAPITAL_STATES):
            return True
    return False


def pair_partner(doc, found: str, e) -> str | None:
    """The one state the article names as a pair with `found` ("A and B signed", "the A-B
    accord"): when every such pair names the same partner, and no sentence naming the person
    names a third state, a counterpart of `found`'s official serves that partner."""
    text = doc.text
    partners = set()
    for s in doc.sentences:
        seg = text[s.start:s.end]
        if " and " not in seg and "-" not in seg and "–" not in seg:
            continue
        for a, b in _pairs_in(seg):
            if found in (a, b):
                partners.add(b if a == found else a)
    if len(partners) != 1:
        return None
    partner = partners.pop()
    return None if _third_state_near(doc, e, {found, partner}) else partner
