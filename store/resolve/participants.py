"""Across articles: one identity per person, organisation, country and agreement.

A participant from a new article joins an existing one when the names say so (full name,
alias, handle, a spelling variant by rapidfuzz, a surname that only one known person has) and
nothing contradicts it (a different country, a different kind). Two people who share only a
surname stay two people.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from store.extract.entities import name_key, same_person_names, token_matches
from store.records import Agreement, Participant


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


class ParticipantIndex:
    def __init__(self, existing: list[Participant]):
        self.items: list[Participant] = list(existing)
        self.dirty: set[int] = set()        # positions changed or added since loading
        self.by_norm: dict[str, list[int]] = {}
        self.by_handle: dict[str, int] = {}
        for i, p in enumerate(self.items):
            self._index(i, p)

    def _index(self, i: int, p: Participant) -> None:
        for n in _names(p):
            if _identifying(p, n):
                self.by_norm.setdefault(_norm(n), []).append(i)
        for h in p.handles:
            self.by_handle[h.casefold()] = i

    def _compatible(self, a: Participant, b: Participant) -> bool:
        if a.kind != b.kind:
            return False
        if a.country and b.country and a.country != b.country:
            return False
        return True

    def find(self, p: Participant) -> int | None:
        for h in p.handles:
            i = self.by_handle.get(h.casefold())
            if i is not None and self._compatible(self.items[i], p):
                return i
        for n in _names(p):
            if not _identifying(p, n):
                continue
            for i in self.by_norm.get(_norm(n), []):
                if self._compatible(self.items[i], p) and (p.kind != "person" or len(name_key(n)) >= 2
                                                            or len(name_key(self.items[i].name)) < 2):
                    return i
        if p.kind != "person":
            return None
        key = name_key(p.name)
        cands = []
        for i, q in enumerate(self.items):
            if not self._compatible(q, p):
                continue
            if len(key) >= 2:
                if any(len(name_key(n)) >= 2 and same_person_names(p.name, n) for n in _names(q)):
                    cands.append(i)
                elif len(name_key(q.name)) >= 2 and name_key(q.name)[-1] == key[-1] and \
                        fuzz.ratio(" ".join(key), " ".join(name_key(q.name))) >= 90:
                    cands.append(i)          # a spelling variant ("Kowalczyk" / "Kowalczykk")
                elif len(name_key(q.name)) == 1 and token_matches(q.name, p.name):
                    cands.append(i)          # known only by surname so far
            elif token_matches(p.name, q.name):
                cands.append(i)
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            # several people share the name: title and country decide, else stay apart
            good = [i for i in cands if p.title and self.items[i].title == p.title
                    or p.country and self.items[i].country == p.country]
            if len(good) == 1:
                return good[0]
        return None

    def add_or_merge(self, p: Participant) -> tuple[Participant, bool]:
        i = self.find(p)
        if i is None:
            self.items.append(p)
            self._index(len(self.items) - 1, p)
            self.dirty.add(len(self.items) - 1)
            return p, True
        q = self.items[i]
        merge_participant(q, p)
        self._index(i, q)
        self.dirty.add(i)
        return q, False


def merge_participant(into: Participant, other: Participant) -> None:
    if len(name_key(other.name)) > len(name_key(into.name)) and into.kind == "person":
        into.aliases.append(into.name)
        into.name = other.name
    for a in [other.name, *other.aliases]:
        if a != into.name and a not in into.aliases:
            into.aliases.append(a)
    for h in other.handles:
        if h not in into.handles:
            into.handles.append(h)
    into.title = into.title or other.title
    into.country = into.country or other.country
    seen = {(m.article_id, m.start, m.end) for m in into.mentions}
    into.mentions.extend(m for m in other.mentions if (m.article_id, m.start, m.end) not in seen)


_STATUS_RANK = {"signed": 2, "proposed": 1, "background": 0}


def _agreement_names(a: Agreement) -> list[str]:
    return [n for n in (_norm(x) for x in [a.name, *a.aliases]) if len(n) >= 8]


def same_agreement(a: Agreement, b: Agreement) -> bool:
    if a.parties and b.parties and not set(a.parties) & set(b.parties):
        return False
    na, nb = _agreement_names(a), _agreement_names(b)
    return any(x == y or (len(x) >= 12 and x in y) or (len(y) >= 12 and y in x) for x in na for y in nb)


def merge_agreement(into: Agreement, other: Agreement) -> None:
    for n in [other.name, *other.aliases]:
        if n != into.name and n not in into.aliases:
            into.aliases.append(n)
    if _STATUS_RANK.get(other.status, 0) > _STATUS_RANK.get(into.status, 0):
        into.status = other.status
    for f in ("parties", "signatories", "scope"):
        cur = getattr(into, f)
        for x in getattr(other, f):
            if x not in cur:
                cur.append(x)
    into.date = into.date or other.date
    into.place = into.place or other.place
    into.duration_years = into.duration_years or other.duration_years
    into.mentions.extend(other.mentions)
