"""Within one article: merge the mentions of a person into one entity.

"Karl Berg", "Berg", "Minister Berg", "Karl" and "@karlberg" are one person;
"K. Menon" and "K Menon" too; "Tom" and "Tomas" with the same surname too. Two
people who only share a surname stay apart.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field


from .lexicon import FATHER_PARTICLES, NAME_PARTICLES, NAME_SUFFIXES, PATRONYMIC_PARTICLES, given_name_gender
from .mentions import NameMention


@dataclass(slots=True)
class Entity:
    id: int
    kind: str                       # person | organisation
    name: str
    mentions: list[NameMention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    country_rule: str | None = None
    gender: str | None = None
    rule: str = ""

    def add_alias(self, a: str) -> None:
        a = a.strip()
        if a and a != self.name and a not in self.aliases:
            self.aliases.append(a)

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=0)


def name_key(name: str) -> list[str]:
    return list(_name_key(name))


@lru_cache(maxsize=8192)
def _name_key(name: str) -> tuple[str, ...]:
    # cached: an article compares each name with many others
    toks = _NAME_PUNCT.sub(" ", name).lower().split()
    return tuple(t for t in toks if t not in NAME_SUFFIXES and t not in ("jr", "sr"))


_NAME_PUNCT = re.compile(r"[.’',]")


def _ratio(a: str, b: str) -> float:
    # imported here: rapidfuzz costs ~5 ms per process and most articles never get this far
    from rapidfuzz import fuzz
    return fuzz.ratio(a, b)


def same_person_names(a: str, b: str) -> bool:
    """Do two full names (two or more words) name the same person?"""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(short) >= 2 and short[-1] == long_[-1]:
        # "Luis Ortega" / "Luis Ortega Jr", "K Menon" / "Dr K Menon"
        if all(t in long_ for t in short):
            return True
        fa, fb = short[0], long_[-len(short)]
        if len(fa) >= 3 and len(fb) >= 3 and (fa.startswith(fb) or fb.startswith(fa)
                                               or _ratio(fa, fb) >= 80):
            return True
    return False


def token_matches(token: str, full: str) -> bool:
    """A one-word mention names a full name by its first or last word ("Berg", "Karl"), but
    not by a father's name after "bin" ("Zayed" is not "Faisal bin Zayed"); "al-Nouri"
    names "Hamad al Nouri"."""
    k = _name_key(full)
    t = _name_key(token)
    if len(t) != 1 or not k or len(k) < 2:
        return False
    if t[0] == k[0]:
        return True
    if t[0] == k[-1]:
        return len(k) < 3 or k[-2] not in FATHER_PARTICLES
    return _article_joined(t[0], k) or _paternal_surname(t[0], k)


def _paternal_surname(word: str, key: tuple[str, ...]) -> bool:
    """'Varela' for 'Rodrigo Varela Ortiz': in a name of three words or more, the next-to-last
    word when it is no given name or particle (a Spanish first surname)."""
    return len(key) >= 3 and word == key[-2] and word not in NAME_PARTICLES and word not in FATHER_PARTICLES \
        and given_name_gender(word) is None


def _article_joined(word: str, key: tuple[str, ...]) -> bool:
    """'al-kuwari' against a key ending 'al', 'kuwari' (the article written apart)."""
    m = re.match(r"(al|el|ad|ar|as|ash|at|az|an|ud|ul)-(.+)$", word)
    return bool(m) and len(key) >= 3 and key[-2] == m.group(1) and key[-1] == m.group(2)


def _collapse_doubles(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _spelling_variant_of(token: str, index: _ByToken, ents: list[Entity]) -> Entity | None:
    """'Carell' after 'Josep Carrell': one word that differs from exactly one known surname only
    by a doubled letter is a misspelling of it (a different person rarely differs so)."""
    t = _name_key(token)
    if len(t) != 1 or len(t[0]) < 5:
        return None
    c = _collapse_doubles(t[0])
    hits = [e for e in ents if len(_name_key(e.name)) >= 2 and _name_key(e.name)[-1] != t[0]
            and (_collapse_doubles(_name_key(e.name)[-1]) == c or _one_trailing_letter(t[0], _name_key(e.name)[-1]))]
    return hits[0] if len(hits) == 1 else None


def _one_trailing_letter(a: str, b: str) -> bool:
    """persons4: 'Voss' after 'Petra Vossk' (or the reverse): one surname is the other with a
    stray final letter, a typo of the same person. Not a feminine '-a' ('Petrov'/'Petrova' are
    two people), not a plural-like '-s' ('Roberts'/'Robert'), not a given name and not for short
    words, where one letter makes another name."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return (len(short) >= 4 and len(long_) == len(short) + 1 and long_.startswith(short)
            and long_[-1].isalpha() and long_[-1] not in "aáeés"
            and given_name_gender(short) is None and given_name_gender(long_) is None)


def _merge_patronymic_prefixes(ents: list[Entity]) -> list[Entity]:
    """'Fahad Al-Khalid' and 'Fahad Al-Khalid Al-Nasser': a full name that the other continues
    with a patronymic or family particle ("bin ...", "Al-...") is the same person."""
    keys = {e.id: _name_key(e.name) for e in ents}
    gone: set[int] = set()
    for a in ents:
        ka = keys[a.id]
        if len(ka) < 2:
            continue
        for b in ents:
            kb = keys[b.id]
            if b is a or b.id in gone or len(kb) <= len(ka) or not _same_words_or_one_typo(kb[:len(ka)], ka):
                continue
            nxt = kb[len(ka)]
            if nxt in PATRONYMIC_PARTICLES or nxt.startswith(("al-", "el-")):
                b.mentions.extend(a.mentions)
                for m in a.mentions:
                    m.entity = b.id
                gone.add(a.id)
                break
    if not gone:
        return ents
    kept = [e for e in ents if e.id not in gone]
    for i, e in enumerate(kept):       # ids stay positions: later steps number new people by count
        e.id = i
        for m in e.mentions:
            m.entity = i
    return kept


def _same_words_or_one_typo(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """persons4: 'Fahad bin Abdulrahman' and 'Fahad bin Abdurahman ...': the same words but for
    one letter dropped from one long word after the first (a caption's typo), never the first."""
    if a == b:
        return True
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return (len(a) == len(b) and len(diff) == 1 and a[0] == b[0]
            and _one_letter_dropped(*diff[0]))


def _one_letter_dropped(x: str, y: str) -> bool:
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    if len(short) < 6 or len(long_) != len(short) + 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class _ByToken:
    """Entities indexed by the first and last words of their name key, so that each mention is
    compared with the few entities it could name, not with every one (linear in long texts)."""

    def __init__(self) -> None:
        self.first: dict[str, list[Entity]] = {}
        self.last: dict[str, list[Entity]] = {}
        self.whole: dict[tuple[str, ...], list[Entity]] = {}

    def add(self, e: Entity) -> None:
        k = _name_key(e.name)
        if k:
            self.first.setdefault(k[0], []).append(e)
            self.last.setdefault(k[-1], []).append(e)
        if len(k) >= 3:
            self.last.setdefault(k[-2], []).append(e)      # a paternal surname ("Varela")
        self.whole.setdefault(k, []).append(e)

    def sharing_last(self, name: str) -> list[Entity]:
        k = _name_key(name)
        return self.last.get(k[-1], []) if k else []

    def for_token(self, token: str) -> list[Entity]:
        k = _name_key(token)
        if len(k) != 1:
            return []
        found = {id(e): e for e in self.first.get(k[0], []) + self.last.get(k[0], [])}
        joined = re.match(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(.+)$", k[0])
        if joined:      # "al-Kuwari" for "Rami al Kuwari"
            found.update({id(e): e for e in self.last.get(joined.group(1), [])})
        return sorted(found.values(), key=lambda e: e.id)


def _nearest_before(cands: list[Entity], at: int) -> list[Entity]:
    """The one mentioned most recently before (or soonest after) `at` first."""
    def dist(e: Entity) -> int:
        before = [x.start for x in e.mentions if x.start <= at]
        return at - max(before) if before else 10**6 + min(x.start for x in e.mentions)
    return sorted(cands, key=dist)


def merge_people(mentions: list[NameMention]) -> list[Entity]:
    people = [m for m in mentions if m.kind == "person"]
    # full names first, in order of appearance; then one-word mentions
    full = sorted((m for m in people if len(_name_key(m.name)) >= 2), key=lambda m: m.start)
    single = sorted((m for m in people if len(_name_key(m.name)) < 2), key=lambda m: m.start)
    ents: list[Entity] = []
    index = _ByToken()
    for m in full:
        # two full names of one person share their last word (same_person_names requires it)
        hit = next((e for e in index.sharing_last(m.name) if same_person_names(m.name, e.name)), None)
        if hit is None:
            hit = Entity(len(ents), "person", m.name, rule=m.rule)
            ents.append(hit)
            index.add(hit)
        elif len(_name_key(m.name)) > len(_name_key(hit.name)) and not m.in_caption:
            hit.add_alias(hit.name)
            hit.name = m.name
            index.add(hit)          # its longer name's first word now finds it too
        hit.mentions.append(m)
        m.entity = hit.id
    for m in single:
        cands = [e for e in index.for_token(m.name) if len(_name_key(e.name)) >= 2
                 and token_matches(m.name, e.name)]
        if not cands:
            cands = list(index.whole.get(_name_key(m.name), []))
        if len(cands) > 1:
            cands = _nearest_before(cands, m.start)
        if not cands:
            variant = _spelling_variant_of(m.name, index, ents)
            cands = [variant] if variant is not None else []
        if cands:
            hit = cands[0]
        else:
            hit = Entity(len(ents), "person", m.name, rule=m.rule)
            ents.append(hit)
            index.add(hit)
        hit.mentions.append(m)
        m.entity = hit.id
    ents = _merge_patronymic_prefixes(ents)
    for e in ents:
        for m in e.mentions:
            e.add_alias(m.name)
    return ents


def prefer_majority_spelling(text: str, ents: list[Entity]) -> None:
    """persons4: 'Petra Vossk' once, then 'Voss' twice: where a person's surname comes in two
    spellings one stray final letter apart, the one the article writes more often is the
    person's; the full name takes it and the one-off spelling stays an alias."""
    for e in ents:
        words = e.name.split()
        if e.kind != "person" or len(words) < 2:
            continue
        last = words[-1]
        other = next((m.name for m in e.mentions if len(m.name.split()) == 1
                      and _one_trailing_letter(m.name.lower(), last.lower())), None)
        if other is None or _count_word(text, other) <= _count_word(text, last):
            continue
        written = e.name
        e.name = " ".join(words[:-1] + [other])
        e.aliases = [a for a in e.aliases if a != e.name]
        e.add_alias(written)


def _count_word(text: str, word: str) -> int:
    return len(re.findall(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text))


def attach_candidates(mentions: list[NameMention], ents: list[Entity]) -> None:
    """Bare capitalised names without evidence of their own become mentions of a known person
    when they name one ("Reid, expressing ..." after "Thomas Reid")."""
    index = _ByToken()
    for e in ents:
        if e.kind == "person":
            index.add(e)
    for m in mentions:
        if m.kind != "candidate":
            continue
        key = _name_key(m.name)
        if len(key) >= 2:
            hit = next((e for e in index.sharing_last(m.name) if same_person_names(m.name, e.name)), None)
        elif len(key) == 1:
            hit = next((e for e in index.for_token(m.name) if token_matches(m.name, e.name)), None)
        else:
            hit = None
        if hit is not None:
            m.kind = "person"
            m.entity = hit.id
            m.rule = "alias_of_known"
            hit.mentions.append(m)
            hit.add_alias(m.name)
