"""Within one article: merge the mentions of a person into one entity.

"Karl Berg", "Berg", "Minister Berg", "Karl" and "@karlberg" are one person;
"K. Menon" and "K Menon" too; "Tom" and "Tomas" with the same surname too. Two
people who only share a surname stay apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .lexicon import NAME_SUFFIXES
from .mentions import Mention


@dataclass(slots=True)
class Entity:
    id: int
    kind: str                       # person | organisation
    name: str
    mentions: list[Mention] = field(default_factory=list)
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
    toks = re.sub(r"[.’']", " ", name).lower().split()
    return [t for t in toks if t not in NAME_SUFFIXES and t not in ("jr", "sr")]


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
                                               or fuzz.ratio(fa, fb) >= 80):
            return True
    return False


def token_matches(token: str, full: str) -> bool:
    """A one-word mention names a full name by its first or last word ("Berg", "Karl")."""
    k = name_key(full)
    t = name_key(token)
    return len(t) == 1 and bool(k) and len(k) >= 2 and (t[0] == k[-1] or t[0] == k[0])


def merge_people(mentions: list[Mention]) -> list[Entity]:
    people = [m for m in mentions if m.kind == "person"]
    # full names first, in order of appearance; then one-word mentions
    full = sorted((m for m in people if len(name_key(m.name)) >= 2), key=lambda m: m.start)
    single = sorted((m for m in people if len(name_key(m.name)) < 2), key=lambda m: m.start)
    ents: list[Entity] = []
    for m in full:
        hit = next((e for e in ents if same_person_names(m.name, e.name)), None)
        if hit is None:
            hit = Entity(len(ents), "person", m.name, rule=m.rule)
            ents.append(hit)
        elif len(name_key(m.name)) > len(name_key(hit.name)) and not m.in_caption:
            hit.add_alias(hit.name)
            hit.name = m.name
        hit.mentions.append(m)
        m.entity = hit.id
    for m in single:
        cands = [e for e in ents if token_matches(m.name, e.name)]
        if not cands:
            cands = [e for e in ents if name_key(e.name) == name_key(m.name)]
        if len(cands) > 1:
            # the one mentioned most recently before (or soonest after) this mention
            def dist(e: Entity, at: int = m.start) -> int:
                before = [x.start for x in e.mentions if x.start <= at]
                return at - max(before) if before else 10**6 + min(x.start for x in e.mentions)
            cands.sort(key=dist)
        if cands:
            hit = cands[0]
        else:
            hit = Entity(len(ents), "person", m.name, rule=m.rule)
            ents.append(hit)
        hit.mentions.append(m)
        m.entity = hit.id
    for e in ents:
        for m in e.mentions:
            e.add_alias(m.name)
    return ents


def attach_candidates(mentions: list[Mention], ents: list[Entity]) -> None:
    """Bare capitalised names without evidence of their own become mentions of a known person
    when they name one ("Reid, expressing ..." after "Thomas Reid")."""
    for m in mentions:
        if m.kind != "candidate":
            continue
        key = name_key(m.name)
        for e in ents:
            if e.kind != "person":
                continue
            if (len(key) >= 2 and same_person_names(m.name, e.name)) or (
                    len(key) == 1 and token_matches(m.name, e.name)):
                m.kind = "person"
                m.entity = e.id
                m.rule = "alias_of_known"
                e.mentions.append(m)
                e.add_alias(m.name)
                break
