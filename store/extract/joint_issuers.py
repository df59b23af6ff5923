"""Who speaks when a joint text speaks: the two states that issued a joint statement, named in
the article's own words.

A joint statement of two governments is the commonest text of bilateral diplomacy, and its
words are quoted as the statement's ("the statement added, ..."). Its voice is neither state
alone: it is the pair, as one issuer. The article names the pair in one of a few ways:

- after the text: "the statement from the Chilean and Peruvian governments", "a joint
  statement by Chile and Peru";
- as its modifiers: "a joint Chile-Peru statement", "the Chile/Peru joint statement";
- as the subject that issued it: "Chile and Peru said in a joint statement";
- as the quoted text's own subject: 'In a joint statement, "Chile and Peru urged ...'.

Only two distinct states make a pair: a bloc's communique or a ministers' meeting of many is
another kind of voice, and a text that names no pair has no issuer here. Pure functions over
the text; the resolver turns a JointIssuer into a speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import country_of, find_countries
from .lexicon import JOINT_ISSUER_NOUNS
from .scan import longest_first

# a state written as a name: one to four capitalised words ("Saudi Arabia", "U.S.",
# "Kingdom of Saudi Arabia"), after an optional article
_STATE_WORDS = r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’]*){0,3}"
_PAIR = re.compile(r"(?:(?:the|The|both|Both)\s+)?(?P<a>" + _STATE_WORDS + r")\s*(?:\s(?:and|&)\s|/)\s*"
                   r"(?P<b>" + _STATE_WORDS + r")")
_BODY_NOUN = re.compile(r"\s+(?P<noun>(?:[a-z]+\s+)?(?:" + "|".join(longest_first(JOINT_ISSUER_NOUNS))
                        + r"))\b")
# "US-Saudi", "US/Saudi", "India-China" right before the text word (after an optional "joint")
_ADJECTIVE_PAIR = re.compile(r"(?P<a>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*[-–/]\s*(?P<b>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
                             r"\s+(?:joint\s+)?$")
_LIST_BEFORE = re.compile(r"[A-Z][\w.'’]*,\s*(?:the\s+|both\s+)?$")
_JOINT_BEFORE = re.compile(r"\bjoint\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+(?:(?:issued|released|published|signed|adopted)\s+)?(?:by|from|of)\s+")
# "Chile and Peru said in a joint statement", "... issued a joint statement"
_ISSUING_VERB = re.compile(r"\s+(?:also\s+)?(?:said|say|says|stated|state|states|wrote|added|issued|released|"
                           r"published|announced|adopted|signed)\s+(?:\w+\s+){0,2}?(?:in\s+)?"
                           r"(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?$")
# 'In a joint statement, "Chile and Peru urged ...': the quoted text opens with its issuers
_TEXT_THEN_QUOTE = re.compile(r"(?:\s+(?:issued|released|published)\s+[^,\"“]{0,60})?,\s*[\"“]")
# 'In a joint statement issued after the talks, the governments of Chile and Peru "reaffirm':
# the subject right after the opener
_TEXT_THEN_SUBJECT = re.compile(r"(?:\s+(?:issued|released|published)\s+[^,\"“]{0,60})?,\s*(?=[A-Za-z])")
# what may follow that subject before the quote: its reporting verb, or nothing
SUBJECT_THEN_QUOTE = re.compile(r"\s*(?:(?:also\s+)?(?:said|say|says|stated|declared|added|agreed)\s+"
                                 r"(?:that\s+)?(?:they\s+|both\s+)?(?:\w+\s+){0,3}?)?[\"“]")
# "the governments of", "the leaders of": a body noun before a pair of states
_NOUN_OF_PAIR = re.compile(r"(?:the\s+|The\s+)?(?:" + "|".join(longest_first(JOINT_ISSUER_NOUNS))
                           + r")\s+of\s+")


@dataclass(frozen=True, slots=True)
class JointIssuer:
    name: str                   # as written, or "A and B" when only modifiers name them
    states: tuple[str, str]
    start: int                  # where the naming stands
    end: int
    written: bool = True        # False: the name is made from the states' names


def _state_in(words: str) -> tuple[str | None, bool]:
    """The state a written side names, and whether it is only an adjective ("Chilean")."""
    bare = re.sub(r"^[Tt]he\s+", "", words)
    found = find_countries(bare)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(bare.rstrip(".")):
        state = country_of(bare)
        return state, False
    return found[0].country, found[0].demonym


def _shortest_side(words: str) -> tuple[str, str | None, bool]:
    """A side may run on into capitalised words that are not the state ("Peru On"): the longest
    leading part that names one."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        side = " ".join(parts[:n])
        state, adjective = _state_in(side)
        if state:
            return side, state, adjective
    return words, None, False


def pair_at(text: str, pos: int) -> JointIssuer | None:
    """Two states named from pos: "the US and Saudi governments", "Chile and Peru", "the
    governments of Chile and Peru"; a pair of adjectives needs its noun ("the Chilean and
    Peruvian governments")."""
    mo = _NOUN_OF_PAIR.match(text, pos)
    if mo is not None:
        found = pair_at(text, mo.end())
        if found is None or found.name != text[mo.end():found.end]:
            return None                 # "the governments of the Chilean and Peruvian ...": no
        name = re.sub(r"^(?:the|both)\s+", "", text[pos:found.end], flags=re.IGNORECASE)
        return JointIssuer(" ".join(name.split()), found.states, found.end - len(name), found.end)
    m = _PAIR.match(text, pos)
    if m is None or _LIST_BEFORE.search(text, max(0, pos - 40), pos):
        return None                     # "Chile, Peru and Bolivia": a list of three is no pair
    a, sa, adj_a = _shortest_side(m.group("a"))
    if a != m.group("a"):
        return None                     # the first side must end where "and" begins
    b, sb, adj_b = _shortest_side(m.group("b"))
    if not sa or not sb or sa == sb:
        return None
    end = m.start("b") + len(b)
    mn = _BODY_NOUN.match(text, end)
    if mn is not None:
        end = mn.end()
    elif adj_a or adj_b:
        return None                     # "the Chilean and Peruvian" names no issuer yet
    start = m.start("a") if text[m.start():m.start("a")].lower().startswith("both") else m.start()
    name = re.sub(r"^(?:the|both)\s+", "", text[start:end], flags=re.IGNORECASE)
    return JointIssuer(" ".join(name.split()), (sa, sb), end - len(name), end)


def pair_ending_at(text: str, end: int, lo: int) -> JointIssuer | None:
    """Two states named right before end (not before lo): the subject of "... said in a joint
    statement"."""
    for m in re.finditer(r"(?<![\w.])(?=[A-Z]|the\s|both\s)", text[lo:end], re.IGNORECASE):
        found = pair_at(text, lo + m.start())
        if found is not None and found.end == end:
            return found
    return None


def _adjective_pair(text: str, word_start: int, noun: str) -> JointIssuer | None:
    seg = text[max(0, word_start - 50):word_start]
    m = _ADJECTIVE_PAIR.search(seg)
    if m is None:
        return None
    # "The US/Saudi": the article is no part of the first state's name
    a = m.group("a") if country_of(m.group("a")) else m.group("a").split()[-1]
    sa, sb = country_of(a), country_of(m.group("b"))
    if not sa or not sb or sa == sb:
        return None
    base = word_start - len(seg)
    return JointIssuer(joint_text_name(a, m.group("b"), noun), (sa, sb), base + m.start("a"), base + m.end("b"),
                       written=False)


def joint_text_name(a: str, b: str, noun: str) -> str:
    """The voice of a joint text whose issuers the article names only as its modifiers or as
    an agreement's parties: the text itself, as news names it ("US-Saudi joint statement")."""
    noun = " ".join(noun.lower().split())
    return f"{a}-{b} {noun if noun.startswith('joint') else 'joint ' + noun}"


def issuers_of_text(text: str, start: int, end: int, sent_start: int) -> JointIssuer | None:
    """The pair that issued the text mentioned at [start, end) (a statement, communique,
    declaration), when the article names one there; None otherwise."""
    mb = _BY_AFTER.match(text, end)
    if mb is not None:
        found = pair_at(text, mb.end())
        if found is not None:
            return found
    found = _adjective_pair(text, start, text[start:end])
    if found is not None:
        return found
    before = text[sent_start:start]
    mv = _ISSUING_VERB.search(before)
    if mv is not None:
        found = pair_ending_at(text, sent_start + mv.start(), max(sent_start, sent_start + mv.start() - 80))
        if found is not None:
            return found
    if _JOINT_BEFORE.search(text, max(0, start - 24), start):
        mq = _TEXT_THEN_QUOTE.match(text, end)
        if mq is not None:
            found = pair_at(text, mq.end())
            if found is not None and re.match(r"\s+[a-z]", text[found.end:found.end + 3]):
                return found
        ms = _TEXT_THEN_SUBJECT.match(text, end)
        found = pair_at(text, ms.end()) if ms is not None else None
        if found is not None and SUBJECT_THEN_QUOTE.match(text, found.end, found.end + 80):
            return found                # 'In a joint statement, Chile and Peru said they "...'
    return None


def pair_key_name(states: tuple[str, ...]) -> str:
    """One written form per pair, whatever the article's words ("Saudi Arabia and United
    States"): kept as an alias, it lets the store know the same pair across articles."""
    return " and ".join(sorted(states))


def is_joint_text(text: str, start: int) -> bool:
    """Is the text mentioned at start called joint ("the joint statement", "their joint
    communique")?"""
    return bool(_JOINT_BEFORE.search(text, max(0, start - 24), start))


def pairs_in(text: str, lo: int, hi: int) -> list[JointIssuer]:
    """Every pair of states written in [lo, hi), in text order ("Chile and Peru", "the
    Chilean and Peruvian governments", "Chile/Peru mediators")."""
    out: list[JointIssuer] = []
    for m in _PAIR.finditer(text, lo, hi):
        # the match may begin inside a longer capitalised run ("Monday Chile and Peru"): each
        # later word start gets its chance
        for start in [m.start()] + [x.start() + 1 for x in re.finditer(r"\s(?=[A-Z])", text[m.start():m.start("b")])]:
            found = pair_at(text, start if start == m.start() else m.start() + start)
            if found is not None and found.end <= hi:
                out.append(found)
                break
    return out


def preferred_name(found: list[JointIssuer], states: tuple[str, str]) -> JointIssuer | None:
    """The article's own name for a pair as an actor: a phrase with its noun ("the US and
    Saudi governments", "the Chile/Peru joint facilitators") before a bare pair of names."""
    same = [f for f in found if set(f.states) == set(states)]
    with_noun = [f for f in same if _BODY_NOUN.search(f.name)]
    return (with_noun or same or [None])[0]
