"""pctry7: the state a person serves, from what the article says around a name that carries no
state itself: the delegation the person leads or belongs to, a state's institution or body the
person works for. Each rule runs only for a person still without a country, over that person's
mentions outside quotes, and records its name on the person (country_rule).

A wrong state is worse than none: every rule reads a state that the phrase ties to the person
(never the host, the other party or the place of the talks).
"""
from __future__ import annotations

import re

from .countries import canonical, country_of, find_countries, is_country_name
from .lexicon import AIDE_WORDS, CITIZENSHIP_DEMONYMS, OFFICE_TAKING_VERBS, RANKS  # pctry8
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
# are checked apart (title_gap)
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


def title_gap(gap: str) -> bool:
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
        if mb and title_gap(mb.group("gap")) and _no_other_person(people, e, mb.end("st"), m.start):
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
        alts = "|".join(re.escape(k) for k in longest_first(STATE_INSTITUTIONS))
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
        if pre in _PLACE_PREPOSITIONS or not title_gap(gap) or not any(
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


# pctry8: "X prepares to take office as Chile's next president", "X, who is serving as the
# Chilean defence minister": the person's own predicate gives the office and its state
_TAKES_OFFICE_AS = re.compile(
    r"\s*(?:,\s*)?(?:who\s+)?(?:[a-z]+\s+){0,3}?(?:" + "|".join(longest_first(OFFICE_TAKING_VERBS))
    + r")\s+as\s+(?:(?P<poss>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})['’]s|(?:the\s+)?(?P<dem>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))"
    r"(?P<words>(?:\s+[a-z][\w-]*){1,3})")


def office_taken_state(text: str, e, people) -> str | None:
    """The state whose office the person's own predicate says they hold or take ('X was sworn
    in as Chile's president'); not another's ('X described Y as ...': the verb is the person's
    and only lower-case words stand between)."""
    for m in e.mentions:
        if m.in_quote:
            continue
        mm = _TAKES_OFFICE_AS.match(text, m.end, m.end + 160)
        if not mm or not any(w in OFFICE_HEADS for w in mm.group("words").split()):
            continue
        st = country_of(mm.group("poss") or mm.group("dem"))
        if st:
            return st
    return None


# pctry8: "Afghan-American diplomat X": a heritage demonym joined to a citizenship one
_HERITAGE_COMPOUND = re.compile(r"(?:the\s+|a\s+|an\s+)?([A-Z][\w]+)-(" + "|".join(sorted(CITIZENSHIP_DEMONYMS)) + r")\s+\S")


def heritage_compound_state(text: str, e, people) -> str | None:
    """The citizenship half of a person's hyphenated demonym ('Afghan-American diplomat X' serves
    the United States); a pair of states joined without that convention ('Russian-Ukrainian
    talks') is no person's title and names none."""
    m = _HERITAGE_COMPOUND.match(e.title or "")
    if m and country_of(m.group(1)) and not is_country_name(m.group(1)) and country_of(m.group(1)) != country_of(m.group(2)):
        return country_of(m.group(2))
    return None


# pctry8: ", special adviser and personal envoy of HE X," / ", an aide to Chilean President X,"
_AIDE_OF_AFTER = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,5}?(?:" + "|".join(sorted(AIDE_WORDS))
                            + r")\s+(?:of|to)\s+(?P<gap>[^,;.()\"“”]{0,60})$")
# "Chilean President X's spokesman Y": the aide after the principal's possessive
_AIDE_OF_BEFORE = re.compile(r"^['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(AIDE_WORDS)) + r")\s+$")


_SECOND_PRINCIPAL = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?!by\b)")


def _principal(people, e, lo: int, hi: int):
    """The person with a state written with their name whose mention starts at hi (after only
    title words from lo), or ends at lo (for the possessive form)."""
    for o in people:
        if o is e or not o.country or o.country_rule != "written_with_name":
            continue
        for x in o.mentions:
            if x.start == hi or x.title_start == hi or x.end == lo:
                return o, x
    return None, None


def aide_of_state_officer(text: str, e, people) -> str | None:
    """The state of the principal the person advises, speaks for or represents ('X, personal envoy
    of President Y of Chile'): an aide serves the principal's state. Only a principal whose state
    is written with their own name; a body or an organisation's head gives nothing."""
    for m in e.mentions:
        if m.in_quote:
            continue
        nxt = min((x.start for p in people if p is not e for x in p.mentions if x.start > m.end), default=None)
        if nxt is not None:
            mm = _AIDE_OF_AFTER.match(text[:nxt], m.end)
            if mm and title_gap(mm.group("gap")):
                o, x = _principal(people, e, -1, nxt)
                # "envoy to Chilean President A and Peruvian President B": two principals
                if o is not None and not _SECOND_PRINCIPAL.match(text, x.end):
                    return o.country
        lead = m.title_start if m.title_start is not None else m.start
        prv = max((x for p in people if p is not e for x in p.mentions if x.end <= lead),
                  key=lambda x: x.end, default=None)
        if prv is not None and _AIDE_OF_BEFORE.match(text[prv.end:m.start]):
            o, _x = _principal(people, e, prv.end, -1)
            if o is not None:
                return o.country
    return None


# pctry8: "led by the ministers for foreign affairs for Guyana, A, and for Suriname, B": each name
# apposed to the state its office is "for"
_ITEM = r"(?:for|of)\s+(?:the\s+)?(?P<st>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|the)){0,4})\s*,\s*$"
_OFFICE_PHRASE = r"\b(?P<office>[a-z]+)(?:\s+(?:for|of)\s+[a-z]+(?:\s+[a-z]+){0,2})?\s+"
_FIRST_ITEM = re.compile(_OFFICE_PHRASE + _ITEM)
_NEXT_ITEM = re.compile(r",\s*and\s+" + _ITEM)
_EARLIER_ITEM = re.compile(_OFFICE_PHRASE + r"(?:for|of)\s+(?:the\s+)?[A-Z][^,;.]{0,40},\s*[A-Z][^,;.]{2,40}$")


def _office_word(w: str) -> bool:
    return w in OFFICE_HEADS or (w.endswith("s") and w[:-1] in OFFICE_HEADS) or \
        (w.endswith("ies") and w[:-3] + "y" in OFFICE_HEADS)


def office_for_state_list(text: str, e, people) -> str | None:
    """The state an office is 'for' or 'of' right before the apposed name, the first of a list
    ('the ministers for foreign affairs for Guyana, A,') or a later one ('and for Suriname, B')."""
    for m in e.mentions:
        if m.in_quote:
            continue
        lead = m.title_start if m.title_start is not None else m.start
        before = text[max(0, lead - 160):lead]
        mm = _FIRST_ITEM.search(before)
        if mm and _office_word(mm.group("office")) and _formal_state(mm.group("st")):
            _office_as_title(e, mm, mm.start("st"))
            return _formal_state(mm.group("st"))
        mm = _NEXT_ITEM.search(before)
        if mm and _formal_state(mm.group("st")):
            em = _EARLIER_ITEM.search(before, 0, mm.start())
            if em and _office_word(em.group("office")):
                _office_as_title(e, em, em.end("office") + len(re.match(r"(?:\s+(?:for|of)\s+[a-z]+(?:\s+[a-z]+){0,2})?", em.string[em.end("office"):]).group(0)))
                return _formal_state(mm.group("st"))
    return None


def _office_as_title(e, mm: re.Match, end: int) -> None:
    """A name with no title of its own takes the listed office, in the singular ('ministers for
    foreign affairs for Guyana, A' makes A 'minister for foreign affairs')."""
    if e.title:
        return
    office = mm.group("office")
    one = office[:-3] + "y" if office.endswith("ies") and office[:-3] + "y" in OFFICE_HEADS else \
        office[:-1] if office.endswith("s") and office[:-1] in OFFICE_HEADS else office
    phrase = mm.string[mm.start("office"):end]
    phrase = re.sub(r"\s+(?:for|of)(?:\s+the)?$", "", phrase.rstrip())
    e.title = (one + phrase[len(office):]).strip()


# pctry8: "Commander of the Chilean Navy, Vice Admiral X": an office in a state's body apposed
# before the (ranked) name
_BODY_OFFICE_BEFORE = re.compile(r"(?P<phrase>[A-Z][\w’'-]*(?:\s+(?:of|for|the|[A-Z][\w’'.-]*)){1,8})\s*,\s*$")


def body_office_before_state(text: str, e, people) -> str | None:
    """The state owning the body whose office is apposed right before the name; the office word
    must open the phrase (not a place or another body: 'In the Chilean Navy, X')."""
    for m in e.mentions:
        if m.in_quote:
            continue
        lead = m.title_start if m.title_start is not None else m.start
        mm = _BODY_OFFICE_BEFORE.search(text, max(0, lead - 100), lead)
        if not mm or mm.group("phrase").split()[0].lower() not in OFFICE_HEADS:
            continue
        if not _no_other_person(people, e, mm.start(), lead):
            continue
        c = _workplace_in(mm.group("phrase"))
        if c:
            return c
    return None


def apposed_office_titles(text: str, people) -> None:
    """pctry8: 'Commander of the Land Forces, Maj Gen X': a bare rank's holder is shown with the
    office of a body apposed before the name (as 'navy commander, Admiral X' already is); the
    rank stays on the mention."""
    for e in people:
        if e.kind != "person" or not e.title or not _bare_rank(e.title):
            continue
        for m in e.mentions:
            if m.in_quote:
                continue
            lead = m.title_start if m.title_start is not None else m.start
            mm = _BODY_OFFICE_BEFORE.search(text, max(0, lead - 100), lead)
            if mm and mm.group("phrase").split()[0].lower() in OFFICE_HEADS and \
                    " of " in mm.group("phrase") and _no_other_person(people, e, mm.start(), lead):
                e.title = mm.group("phrase")
                break


def _bare_rank(title: str) -> bool:
    return all(w.lower().rstrip(".") in RANKS for w in title.split())


def assign_person_states(text: str, people) -> None:
    """Give each person still without a state the one the first rule that applies reads."""
    apposed_office_titles(text, people)
    rules = (("leads_or_joins_delegation", delegation_state),
             ("office_of_state_institution", institution_state),
             ("serves_state_body", workplace_state),
             ("shares_plural_office", shared_plural_office_state),
             ("state_opens_domain_office", state_domain_office),
             ("takes_office_of_state", office_taken_state),
             ("heritage_compound_demonym", heritage_compound_state),
             ("aide_of_state_officer", aide_of_state_officer),
             ("office_for_listed_state", office_for_state_list),
             ("office_of_state_body_before", body_office_before_state))
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


_LIST_BEFORE = re.compile(r"[A-Z][\w’'.]*\s*,\s*$")


def _pairs_in(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _pair_pattern().finditer(text):
        if _LIST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue        # pctry8: "Kenya, Chile and Uganda": the last two of a list are no pair
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
