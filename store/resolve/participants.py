"""Across articles: one identity per person, organisation and country.

A participant from a new article joins an existing one when the names say so and nothing
contradicts it (a different kind, a different country; for every rule but the same full name,
also two offices one person does not hold at once):
- the same full name, alias or handle (one full name in two articles is one person, whose
  office may have changed between them);
- a spelling or transliteration variant: the given names agree and the surnames are close by
  rapidfuzz ("Dmytro Zavalny" / "Dmytro Zavalnyy");
- the family name written first ("Tanaka Hiroko" / "Hiroko Tanaka");
- a one-word name that only one known person carries.
Two people who share only a surname stay two people; two of one name stay two when their
countries differ. Candidates come from indexes (full name, surname, sorted words, given-name
initial + surname prefix, one-word names, handle), so resolving a person costs the same in a
store of 100 or 100,000 participants. Every participant keeps a unique id, whatever its name.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from store.extract.countries import country_of
from store.extract.entities import name_key, same_person_names, token_matches
from store.extract.lexicon import HONORIFICS, OFFICE_GROUPS, RANKS
from store.records import Participant, content_id

SURNAME_RATIO = 85          # rapidfuzz ratio for two spellings of one surname
_PREFIX = 4                 # surname prefix length of the variant index


# Looser than store.records.fold_spaces on purpose: punctuation and "the " are dropped too, so
# that "the Ministry of Defence" and "Ministry-of-Defence" share an index key (a candidate only).
def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w@ ]", " ", s.casefold()).replace("the ", " ").split())


def _names(p: Participant) -> list[str]:
    return [p.name, *p.aliases]


def _identifying(p: Participant, name: str) -> bool:
    """Can this name identify p across articles? An organisation needs a proper name ("Foreign
    Office", "ISPR"): "the ministry" or "foreign ministry" in two articles may be two ministries."""
    if p.kind != "organisation":
        return True
    return any(w[:1].isupper() for w in name.split())


def _key(name: str) -> list[str]:
    # honorifics and ranks are not part of the name ("Gen Ana Ruiz" = "Ana Ruiz")
    k = name_key(name)
    while len(k) > 1 and (k[0] in HONORIFICS or k[0] in RANKS):
        k = k[1:]
    return k


def office_groups(title: str | None) -> set[str]:
    """The offices a title names, each phrase read once ("Deputy Prime Minister and Minister for
    Defence": deputy, head of government, minister); none for a former office."""
    t = " " + " ".join((title or "").casefold().split()) + " "
    groups: set[str] = set()
    for word, group in OFFICE_GROUPS:
        m = re.search(r"(?<![\w-])" + re.escape(word), t)
        if m is None:
            continue
        if group is None:
            return set()
        groups.add(group)
        t = t[:m.start()] + " " + t[m.end():]
    return groups


def titles_contradict(a: str | None, b: str | None) -> bool:
    """Two offices one person does not hold as one identity ("Prime Minister" / "Ambassador"):
    both titles name an office and the offices are of different groups."""
    ga, gb = office_groups(a), office_groups(b)
    return bool(ga and gb and not ga & gb)


def compatible(a: Participant, b: Participant) -> bool:
    """Nothing contradicts: the same kind, no two different countries. (Titles only matter for
    the weaker name rules: one full name in two articles is one person whose office changed.)"""
    if a.kind != b.kind:
        return False
    return not (a.country and b.country and
                (country_of(a.country) or a.country) != (country_of(b.country) or b.country))


def _given_names_agree(x: str, y: str) -> bool:
    if x == y:
        return True
    if min(len(x), len(y)) == 1:            # an initial: "K" / "Karl"
        return x[0] == y[0]
    return len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x) or fuzz.ratio(x, y) >= 80)


def spelling_variant(ka: list[str], kb: list[str]) -> bool:
    """Same given name, surnames spelt differently ("Zavalny" / "Zavalnyy")."""
    if len(ka) < 2 or len(kb) < 2 or len(ka) != len(kb):
        return False
    sa, sb = ka[-1], kb[-1]
    if sa == sb or min(len(sa), len(sb)) < 5 or sa[0] != sb[0]:
        return False
    return _given_names_agree(ka[0], kb[0]) and fuzz.ratio(sa, sb) >= SURNAME_RATIO


def family_name_first(ka: list[str], kb: list[str]) -> bool:
    """"Tanaka Hiroko" / "Hiroko Tanaka": the same two words in the other order."""
    return len(ka) == len(kb) == 2 and ka == kb[::-1] and ka[0] != ka[1]


def why_same_person(a: str, b: str) -> str | None:
    """The name rule that makes two person names one person, or None."""
    ka, kb = _key(a), _key(b)
    if len(ka) >= 2 and len(kb) >= 2:
        if ka == kb:
            return "same_full_name"
        if same_person_names(a, b) or same_person_names(" ".join(ka), " ".join(kb)):
            return "full_name_variant"
        if spelling_variant(ka, kb):
            return "surname_spelling_variant"
        if family_name_first(ka, kb):
            return "family_name_first"
        return None
    if len(ka) == 1 and len(kb) >= 2 and token_matches(a, b):
        return "one_word_name"
    if len(kb) == 1 and len(ka) >= 2 and token_matches(b, a):
        return "known_by_one_word"
    if ka and ka == kb:
        return "same_one_word_name"
    return None


def note(p: Participant, why: str) -> None:
    """Record on the participant why a merge joined it (each reason once)."""
    tag = f"joined:{why}"
    if tag not in p.rule:
        p.rule = f"{p.rule}; {tag}" if p.rule else tag


class ParticipantIndex:
    """The store's participants, indexed for resolution; `dirty` holds the positions changed or
    added since loading, so that unchanged records are written back as they were read."""

    def __init__(self, existing: list[Participant]):
        self.items: list[Participant] = list(existing)
        self.dirty: set[int] = set()
        self.ids: set[str] = set()
        self.by_norm: dict[str, dict[int, None]] = {}
        self.by_handle: dict[str, int] = {}
        self.by_word: dict[str, dict[int, None]] = {}        # persons: first and last name words
        self.by_sorted: dict[str, dict[int, None]] = {}      # persons: the words of a name, sorted
        self.by_prefix: dict[str, dict[int, None]] = {}      # persons: the surname's first letters
        self.by_single: dict[str, dict[int, None]] = {}      # persons known by one word only
        self.by_country: dict[str, int] = {}           # countries: their canonical name
        # handles and countries indexed in this batch at a position below the one the index
        # holds (see rebase)
        self._lower: list[tuple[dict[str, int], str, int]] = []
        for i, p in enumerate(self.items):
            self.ids.add(p.id)
            self._index(i, p)

    # -- indexing ------------------------------------------------------------------------
    def _index(self, i: int, p: Participant) -> None:
        for n in _names(p):
            if _identifying(p, n):
                _put(self.by_norm, _norm(n), i)
            if p.kind == "person":
                self._index_person_name(i, n)
        for h in p.handles:
            self._first(self.by_handle, h.casefold(), i)
        if p.kind == "country":
            self._first(self.by_country, country_of(p.name) or p.name, i)

    def _first(self, index: dict[str, int], key: str, i: int) -> None:
        # the first position given a key keeps it; a lower one given it later is remembered,
        # so that rebase() gives the index an index built afresh would have
        j = index.setdefault(key, i)
        if i < j:
            self._lower.append((index, key, i))

    def rebase(self) -> None:
        """Start another batch with this index, kept from the last one (the database keeps it
        between the batches of one import instead of converting and indexing every stored
        participant again): afterwards it is the index `ParticipantIndex(self.items)` would
        build, so a batch resolves alike whichever way its index was made. Names and handles
        are only ever added to a record, so every key stays valid; only the handle and country
        keys, which name the lowest position that carries them, need correcting."""
        for index, key, i in self._lower:
            if i < index[key]:
                index[key] = i
        self._lower = []
        self.dirty = set()

    def _index_person_name(self, i: int, n: str) -> None:
        k = _key(n)
        if not k:
            return
        _put(self.by_word, k[0], i)
        _put(self.by_word, k[-1], i)
        if len(k) >= 2:
            _put(self.by_sorted, " ".join(sorted(k)), i)
            _put(self.by_prefix, _variant_key(k), i)
        else:
            _put(self.by_single, k[0], i)

    def _person_candidates(self, p: Participant) -> list[int]:
        seen: dict[int, None] = {}
        for n in _names(p):
            k = _key(n)
            if not k:
                continue
            if len(k) >= 2:
                # same surname; the same words in another order; a surname spelt otherwise
                buckets = [self.by_word.get(k[-1], ()), self.by_sorted.get(" ".join(sorted(k)), ()),
                           self.by_prefix.get(_variant_key(k), ()), self.by_single.get(k[0], ()),
                           self.by_single.get(k[-1], ())]
            else:
                buckets = [self.by_word.get(k[0], ())]          # "Berg" or "Karl" alone
            for b in buckets:
                seen.update(dict.fromkeys(b))
        return list(seen)

    # -- finding -------------------------------------------------------------------------
    def find(self, p: Participant) -> tuple[int | None, str]:
        """The position of the participant p is, and the rule that says so."""
        for h in p.handles:
            i = self.by_handle.get(h.casefold())
            if i is not None and compatible(self.items[i], p):
                return i, "same_handle"
        if p.kind == "country":
            i = self.by_country.get(country_of(p.name) or p.name)
            return (i, "same_country") if i is not None else (None, "")
        i = self._find_by_name(p)
        if i is not None:
            return i, "same_name"
        if p.kind != "person":
            return None, ""
        return self._find_person(p)

    def _find_by_name(self, p: Participant) -> int | None:
        hits: list[int] = []
        for n in _names(p):
            if not _identifying(p, n):
                continue
            for i in self.by_norm.get(_norm(n), ()):
                q = self.items[i]
                if i not in hits and compatible(q, p) and (
                        p.kind != "person" or len(_key(n)) >= 2 or len(_key(q.name)) < 2):
                    hits.append(i)
            if hits:
                break
        return _pick(self.items, hits, p)

    def _find_person(self, p: Participant) -> tuple[int | None, str]:
        cands: list[tuple[int, str]] = []
        for i in self._person_candidates(p):
            q = self.items[i]
            if not compatible(q, p):
                continue
            why = next((w for a, b in _pairs(p, q) if (w := why_same_person(a, b))), None)
            if why and why != "same_full_name" and titles_contradict(p.title, q.title):
                continue            # a variant or a lone word is not enough against two offices
            if why:
                cands.append((i, why))
        i = _pick(self.items, [c[0] for c in cands], p)
        return (i, dict(cands)[i]) if i is not None else (None, "")

    # -- adding --------------------------------------------------------------------------
    def add_or_merge(self, p: Participant) -> tuple[Participant, str | None]:
        """The participant p joins (or becomes), and why it joined (None: a new participant)."""
        i, why = self.find(p)
        if i is None:
            self._unique_id(p)
            self.items.append(p)
            self.ids.add(p.id)
            self._index(len(self.items) - 1, p)
            self.dirty.add(len(self.items) - 1)
            return p, None
        q = self.items[i]
        merge_participant(q, p)
        note(q, why)
        self._index(i, q)
        self.dirty.add(i)
        return q, why

    def _unique_id(self, p: Participant) -> None:
        # ids come from names: two different people of one name need two ids
        base, n = p.id, 0
        first = p.mentions[0].article_id if p.mentions else ""
        while p.id in self.ids:
            n += 1
            p.id = content_id(base, first, p.country or "", p.title or "", n)


def _variant_key(k: list[str]) -> str:
    # spelling variants keep the given name's initial and the surname's first letters
    return f"{k[0][:1]}|{k[-1][:_PREFIX]}"


def _put(index: dict[str, dict[int, None]], key: str, i: int) -> None:
    index.setdefault(key, {})[i] = None


def _pairs(p: Participant, q: Participant) -> list[tuple[str, str]]:
    """The names to compare: p's full names with q's name and full aliases; a one-word p only by
    its name against q's name. A one-word alias ("Berg") never joins two full names."""
    if len(_key(p.name)) < 2:
        return [(p.name, q.name)]
    full_q = [b for b in _names(q) if b == q.name or len(_key(b)) >= 2]
    return [(a, b) for a in _names(p) if len(_key(a)) >= 2 for b in full_q]


def _pick(items: list[Participant], hits: list[int], p: Participant) -> int | None:
    """One candidate: it. Several: the one whose title or country agrees, else none (two people
    share the name and nothing tells which one this is)."""
    hits = list(dict.fromkeys(hits))
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        good = [i for i in hits if (p.title and items[i].title == p.title)
                or (p.country and items[i].country == p.country)]
        if len(good) == 1:
            return good[0]
    return None


def merge_participant(into: Participant, other: Participant, rename: bool = True) -> None:
    """Fold `other` into `into`: names, handles, title, country, mentions. With `rename`, a
    person takes the fuller of the two names (an analyst's merge keeps the name chosen)."""
    if rename and into.kind == "person" and len(_key(other.name)) > len(_key(into.name)):
        into.aliases.append(into.name)
        into.name = other.name
    for a in [other.name, *other.aliases]:
        if a != into.name and a not in into.aliases:
            into.aliases.append(a)
    if into.name in into.aliases:
        into.aliases.remove(into.name)
    for h in other.handles:
        if h not in into.handles:
            into.handles.append(h)
    into.title = into.title or other.title
    into.country = into.country or other.country
    if into.kind == "country" and country_of(into.name) not in (None, into.name):
        # a store written before a country's name was made canonical ("Czech Republic")
        into.aliases.append(into.name)
        into.name = country_of(into.name)
    seen = {(m.article_id, m.start, m.end) for m in into.mentions}
    into.mentions.extend(m for m in other.mentions if (m.article_id, m.start, m.end) not in seen)
