"""Across articles: one record per agreement, joined on evidence, never on a shared head noun.

Two reports are one agreement when
- they share a proper name (not a generic one: "Joint Statement", "MoU", "declaration", "peace
  deal", "ceasefire" name hundreds of different documents) and their parties and signing dates
  do not contradict; or
- without a shared name, they bind the same two or more parties, were signed the same day and
  are the same sort of instrument (an MoU is not a joint statement), and each article reports
  only one such instrument.
Different parties or a different signing date mean a different agreement, whatever the name;
when several stored agreements would fit, none is chosen. A record's aliases, parties,
signatories, date and place come only from the reports joined into it, and each record keeps
one report per article (what that article said, and why it was joined) so that `parley doctor`
can check that nothing contradicts.

Within one article the extractor may return one agreement twice ("Memorandum of Understanding
(MoU)" and "the MoU"): they are joined when one's name is the other's name, alias or acronym,
no third record of the article carries that name, and nothing contradicts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from store.extract.countries import country_of
from store.extract.lexicon import (AGREEMENT_GENERIC_WORDS, AGREEMENT_KIND_FAMILIES, AGREEMENT_SPELLING_VARIANTS,
                                   MONTHS, WEEKDAYS)
from store.records import Agreement, content_id

MIN_NAME = 8              # shorter names ("RAA", "the MoU") never identify across articles
TITLE_WORDS = 4           # a formal title of this many capitalised words is a proper name
_SUB_WORDS = 3            # shortest name inside a longer one that still identifies
_MAX_WORDS = 14
_STATUS_RANK = {"signed": 2, "proposed": 1, "background": 0}
_WORD = re.compile(r"[\w&]+(?:[-'’][\w]+)*")


def _words(name: str) -> list[str]:
    return _WORD.findall(name.replace(".", ""))


@lru_cache(maxsize=65536)
# Not store.records.fold_spaces: agreement names are compared word by word, with spelling
# variants ("defense"/"defence") and a leading determiner ("the", "this") dropped.
def agreement_name_key(name: str) -> str:
    ws = [AGREEMENT_SPELLING_VARIANTS.get(w.casefold(), w.casefold()) for w in _words(name)]
    while ws and ws[0] in ("the", "a", "an", "this", "that", "its"):
        ws = ws[1:]
    return " ".join(ws)


@lru_cache(maxsize=65536)
def _country_word(w: str) -> bool:
    """A country's name or a compound of them ("Norway-Chile"), in any case (keys are folded)."""
    parts = [p for p in w.split("-") if p]
    return bool(parts) and all(country_of(p) or country_of(p.upper()) or country_of(p.title()) for p in parts)


@lru_cache(maxsize=65536)
def _distinctive(w: str) -> bool:
    f = w.casefold()
    return (w[:1].isupper() or any(c.isdigit() for c in w) and any(c.isupper() for c in w)) and \
        f not in AGREEMENT_GENERIC_WORDS and f not in MONTHS and f not in WEEKDAYS and not _country_word(w)


@lru_cache(maxsize=65536)
def is_proper(name: str) -> bool:
    """A name that identifies one agreement: a capitalised word beside the generic vocabulary
    and country names ("Skagerrak Declaration", "Harbour Access Agreement"), or a long
    formal title ("Framework for the Norway-Chile Major Defence Partnership")."""
    ws = _words(name)
    if len(agreement_name_key(name)) < MIN_NAME or len(ws) > _MAX_WORDS:
        return False
    if any(_distinctive(w) for w in ws):
        return True
    return sum(1 for w in ws if w[:1].isupper()) >= TITLE_WORDS


def proper_keys(a: Agreement) -> set[str]:
    return {agreement_name_key(n) for n in [a.name, *a.aliases] if is_proper(n)}


@lru_cache(maxsize=65536)
def _generic_word(w: str) -> bool:
    return w in AGREEMENT_GENERIC_WORDS or _country_word(w)


@lru_cache(maxsize=65536)
def _parts(key: str) -> tuple[str, ...]:
    """The proper names inside a longer one ("X Accord" inside "the 2020 X Accord on Y")."""
    ws = key.split()
    out = []
    for n in range(_SUB_WORDS, len(ws)):
        for i in range(len(ws) - n + 1):
            sub = " ".join(ws[i:i + n])
            if len(sub) >= 12 and not all(_generic_word(w) for w in ws[i:i + n]):
                out.append(sub)
    return tuple(out)


def parties_of(a: Agreement) -> frozenset[str]:
    return frozenset((country_of(p) or p).casefold() for p in a.parties)


@lru_cache(maxsize=1)
def _family_re() -> re.Pattern:
    kinds = sorted(AGREEMENT_KIND_FAMILIES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in kinds) + r")\b")


def family(a: Agreement) -> str:
    """The sort of instrument (an MoU, a joint statement, a ceasefire, an agreement...)."""
    kind = (a.kind or "").casefold()
    if kind:
        return AGREEMENT_KIND_FAMILIES.get(kind, "agreement")
    m = _family_re().search(agreement_name_key(a.name))
    return AGREEMENT_KIND_FAMILIES[m.group(0)] if m else "agreement"


def contradiction(a: Agreement, b: Agreement) -> str | None:
    """Why two reports cannot be one agreement, or None."""
    pa, pb = parties_of(a), parties_of(b)
    if pa and pb and pa != pb:
        return "different parties"
    if a.date and b.date and a.date != b.date:
        return "different dates"
    ka, kb = proper_keys(a), proper_keys(b)
    if ka and kb and not ka & kb and not _contained(ka, kb):
        return "different proper names"
    return None


def _contained(ka: set[str], kb: set[str]) -> bool:
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in ka for y in kb
               if min(len(x), len(y)) >= 12 and min(len(x.split()), len(y.split())) >= _SUB_WORDS)


def _evidence_key(a: Agreement) -> tuple | None:
    parties = parties_of(a)
    if len(parties) < 2 or not a.date:
        return None
    return (family(a), tuple(sorted(parties)), a.date)


def report_of(a: Agreement, why: str) -> dict:
    """What one article says about an agreement, kept on the record for doctor and for review."""
    aid = a.mentions[0].article_id if a.mentions else None
    return {"article_id": aid, "name": a.name, "parties": list(a.parties),
            "signatories": list(a.signatories), "date": a.date, "place": a.place, "why": why}


def merge_agreement(into: Agreement, other: Agreement, why: str) -> None:
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
    into.kind = into.kind or other.kind
    into.mentions.extend(other.mentions)
    if not into.reports:
        into.reports.append(report_of(into, "extracted"))
    joined = [dict(r) for r in other.reports] or [report_of(other, why)]
    joined[0]["why"] = why              # the report that brought the others says why
    into.reports.extend(joined)
    tag = f"joined:{why}"
    if tag not in into.rule:
        into.rule = f"{into.rule}; {tag}" if into.rule else tag


# -- within one article ---------------------------------------------------------------------
def _acronym(name: str) -> str:
    return "".join(w[0] for w in _words(name) if w).casefold()


def _local_names(a: Agreement) -> set[str]:
    """a's names, and its name's acronym when the name has several words ("mou")."""
    names = {agreement_name_key(n) for n in [a.name, *a.aliases]} - {""}
    if len(_words(a.name)) >= 2:
        names.add(_acronym(a.name))
    return names


def fold_article(found: list[Agreement]) -> list[tuple[Agreement, Agreement, str]]:
    """Join the records one article returned twice; returns (kept, joined, why) for each join."""
    joins = []
    alive = list(found)
    changed = True
    while changed:
        changed = False
        for a in alive:
            b = _twin(a, alive)
            if b is not None:
                merge_agreement(a, b, "same_name_in_article")
                alive.remove(b)
                joins.append((a, b, "same_name_in_article"))
                changed = True
                break
    found[:] = alive
    return joins


def _twin(a: Agreement, alive: list[Agreement]) -> Agreement | None:
    """The other record of the article whose name is one of a's names or a's acronym ("MoU" for
    "Memorandum of Understanding"), when no third record carries that name and nothing
    contradicts."""
    mine = _local_names(a)
    for b in alive:
        if b is a or contradiction(a, b):
            continue
        n = agreement_name_key(b.name)
        if n in mine and sum(1 for c in alive if n in _local_names(c)) == 2:
            return b
    return None


# -- across articles ------------------------------------------------------------------------
@dataclass
class AgreementIndex:
    """The store's agreements, indexed by proper name, by the names inside those names and by
    (sort, parties, date); `dirty` holds the positions changed or added since loading."""
    items: list[Agreement]
    dirty: set[int] = field(default_factory=set)
    by_name: dict[str, dict[int, None]] = field(default_factory=dict)
    by_part: dict[str, dict[int, None]] = field(default_factory=dict)
    by_evidence: dict[tuple, dict[int, None]] = field(default_factory=dict)

    ids: set[str] = field(default_factory=set)
    # each position's evidence key when last indexed, and the keys a merge moved it from (see
    # rebase): a merge may add parties, a date or a kind, which changes the key
    evidence_of: dict[int, tuple | None] = field(default_factory=dict)
    moved: list[tuple[int, tuple]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.items = list(self.items)
        for i, a in enumerate(self.items):
            self.ids.add(a.id)
            self._index(i, a)

    def _index(self, i: int, a: Agreement) -> None:
        for k in proper_keys(a):
            self.by_name.setdefault(k, {})[i] = None
            for p in _parts(k):
                self.by_part.setdefault(p, {})[i] = None
        ek = _evidence_key(a)
        old = self.evidence_of.get(i)
        if old and old != ek:
            self.moved.append((i, old))
        self.evidence_of[i] = ek
        if ek:
            self.by_evidence.setdefault(ek, {})[i] = None

    def rebase(self) -> None:
        """Start another batch with this index, kept from the last one (the database keeps it
        between the batches of one import): afterwards it is the index `AgreementIndex(self.items)`
        would build. Names are only ever added to a record, so its name keys stay valid; an
        evidence key a merge changed is dropped here (within a batch it stays, as it always has)."""
        for i, old in self.moved:
            bucket = self.by_evidence.get(old)
            if bucket is not None and self.evidence_of.get(i) != old:
                bucket.pop(i, None)
                if not bucket:
                    del self.by_evidence[old]
        self.moved = []
        self.dirty = set()
        self.countries = None

    def _articles(self, i: int) -> set[str]:
        return {m.article_id for m in self.items[i].mentions}

    countries: frozenset[str] | None = None      # states the current article names

    def _fits(self, i: int, g: Agreement, article_id: str) -> bool:
        a = self.items[i]
        return article_id not in self._articles(i) and contradiction(a, g) is None and self._parties_named(a, g)

    def _parties_named(self, a: Agreement, g: Agreement) -> bool:
        """A report that names no parties may join a record whose parties are states only when
        its article names those states ("the Harbour Access Agreement" in an article on
        Japan and the Philippines is not the UK-Japan one)."""
        if g.parties or self.countries is None:
            return True
        states = {country_of(p).casefold() for p in a.parties if country_of(p)}
        return states <= self.countries

    def find(self, g: Agreement, article_id: str, same_evidence_in_article: int) -> tuple[int | None, str]:
        cands: dict[int, None] = {}
        for k in proper_keys(g):
            for bucket in (self.by_name.get(k), self.by_part.get(k), *(self.by_name.get(p) for p in _parts(k))):
                cands.update(bucket or {})
        hits = [i for i in cands if self._fits(i, g, article_id)]
        if hits:
            return (hits[0], "same_proper_name") if len(hits) == 1 else (None, "")
        ek = _evidence_key(g)
        if ek is None or same_evidence_in_article != 1:
            return None, ""
        hits = [i for i in self.by_evidence.get(ek, {}) if self._fits(i, g, article_id)]
        if len(hits) == 1:
            return hits[0], "same_parties_date_kind"
        return None, ""

    def add_or_merge(self, g: Agreement, article_id: str, same_evidence_in_article: int) -> tuple[Agreement, str | None]:
        i, why = self.find(g, article_id, same_evidence_in_article)
        if i is None:
            if not g.reports:
                g.reports.append(report_of(g, "extracted"))
            base, n = g.id, 0
            while g.id in self.ids:         # ids come from names: two MoUs of one article
                n += 1
                g.id = content_id(base, n)
            self.ids.add(g.id)
            self.items.append(g)
            i = len(self.items) - 1
            self._index(i, g)
            self.dirty.add(i)
            return g, None
        merge_agreement(self.items[i], g, why)
        self._index(i, self.items[i])
        self.dirty.add(i)
        return self.items[i], why


def resolve_article_agreements(index: AgreementIndex, found: list[Agreement], article_id: str,
                               countries: set[str] | None = None) -> list[tuple[str, str, str]]:
    """Join one article's agreements into the index; returns (into id, joined id, why) per merge.
    `countries`: the states the article names (canonical names), when known."""
    index.countries = frozenset(c.casefold() for c in countries) if countries is not None else None
    merges = [(a.id, b.id, why) for a, b, why in fold_article(found)]
    keys = [_evidence_key(g) for g in found]
    for g, ek in zip(found, keys):
        same = sum(1 for k in keys if k == ek) if ek else 0
        into, why = index.add_or_merge(g, article_id, same)
        if why:
            merges.append((into.id, g.id, why))
    return merges
