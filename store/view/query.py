"""A read-only catalog over a snapshot: the rows the panes show, the indices that link them,
and filtering that stays fast at tens of thousands of rows.

Headless on purpose: the app calls it, tests and benchmarks call it without a terminal.
Search text is case-folded once at load; a filter that grows narrows the previous matches
instead of scanning everything again.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from store.db.database import Snapshot
from store.records import Agreement, Article, Participant, Quote


def fold(s: str | None) -> str:
    return (s or "").casefold()


@dataclass(slots=True)
class Catalog:
    snapshot: Snapshot
    participants: list[Participant] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    by_id: dict[str, Participant] = field(default_factory=dict)
    quotes_by_speaker: dict[str, list[int]] = field(default_factory=dict)
    quotes_by_article: dict[str, list[int]] = field(default_factory=dict)
    agreements_by_participant: dict[str, list[int]] = field(default_factory=dict)
    quote_counts: dict[str, int] = field(default_factory=dict)
    p_search: list[str] = field(default_factory=list)
    q_search: list[str] = field(default_factory=list)
    a_search: list[str] = field(default_factory=list)

    _texts: dict[str, str] = field(default_factory=dict)
    _fuzzy: tuple | None = None          # name strings for rapidfuzz, built on first use

    @property
    def articles(self) -> dict[str, Article]:
        return self.snapshot.articles

    def text_of(self, article_id: str) -> str:
        """An article's body, read from the store on first use (bodies are not loaded at start)."""
        t = self._texts.get(article_id)
        if t is None:
            from store.db.database import Store
            t = Store(self.snapshot.path).article_text(article_id) or ""
            if len(self._texts) > 64:
                self._texts.clear()
            self._texts[article_id] = t
        return t

    def article_of(self, q: Quote) -> Article | None:
        return self.snapshot.articles.get(q.article_id)

    def date_of(self, q: Quote) -> str:
        a = self.snapshot.articles.get(q.article_id)
        return (a.date or "") if a else ""


def build_catalog(snap: Snapshot, search: bool = True) -> Catalog:
    """Rows, indices and (unless search=False) the case-folded search text.

    Written as single passes over the quotes: at 400k quotes every per-quote Python call counts."""
    cat = Catalog(snapshot=snap)
    by_id = cat.by_id = {p.id: p for p in snap.participants}
    arts = snap.articles
    # newest articles first, quotes in reading order inside each article (stored order)
    per_article: dict[str, list[Quote]] = {}
    counts: dict[str, int] = {}
    for q in snap.quotes:
        if q.rejected:
            continue
        sid = q.speaker_id
        if sid:
            counts[sid] = counts.get(sid, 0) + 1
            p = by_id.get(sid)
            if p is not None:
                q.speaker = p.name       # the current canonical name, whatever the article said
        lst = per_article.get(q.article_id)
        if lst is None:
            per_article[q.article_id] = [q]
        else:
            lst.append(q)
    order = sorted(per_article, key=lambda aid: (arts[aid].date or "") if aid in arts else "", reverse=True)
    quotes: list[Quote] = []
    for aid in order:
        group = per_article[aid]
        if len(group) > 1 and any(group[i].start > group[i + 1].start for i in range(len(group) - 1)):
            group.sort(key=lambda q: q.start)
        quotes.extend(group)
    cat.quotes = quotes
    cat.quote_counts = counts
    kind_order = {"person": 0, "organisation": 1, "country": 2}
    cat.participants = sorted(snap.participants,
                              key=lambda p: (kind_order.get(p.kind, 3), -counts.get(p.id, 0), p.name.casefold()))
    cat.agreements = sorted((a for a in snap.agreements if not a.rejected),
                            key=lambda a: ({"signed": 0, "proposed": 1}.get(a.status, 2),
                                           a.date or "9999", a.name.casefold()))
    qbs = cat.quotes_by_speaker
    qba = cat.quotes_by_article
    for i, q in enumerate(quotes):
        lst = qba.get(q.article_id)
        if lst is None:
            qba[q.article_id] = [i]
        else:
            lst.append(i)
        sid = q.speaker_id
        if sid:
            lst = qbs.get(sid)
            if lst is None:
                qbs[sid] = [i]
            else:
                lst.append(i)
    # an agreement belongs to its signatories (by name or alias) and its parties
    name_to_ids: dict[str, list[str]] = {}
    for p in snap.participants:
        for n in (p.name, *p.aliases):
            name_to_ids.setdefault(fold(n), []).append(p.id)
    for i, a in enumerate(cat.agreements):
        pids: set[str] = set()
        for n in (*a.signatories, *a.parties):
            pids.update(name_to_ids.get(fold(n), []))
        for pid in pids:
            cat.agreements_by_participant.setdefault(pid, []).append(i)
    if search:
        build_search(cat)
    return cat


def build_search(cat: Catalog) -> None:
    """The case-folded text each filter scans; done once, off the UI thread."""
    cat.p_search = [fold(" ".join([p.name, *p.aliases, *p.handles, p.title or "", p.country or ""]))
                    for p in cat.participants]
    cat.q_search = [f"{q.text} {q.speaker or ''}".casefold() for q in cat.quotes]
    cat.a_search = [fold(" ".join([a.name, *a.aliases, *a.parties, *a.signatories, a.place or ""]))
                    for a in cat.agreements]


class Filter:
    """Substring filter over pre-folded search strings; a query that extends the previous one
    only re-tests the previous matches."""

    def __init__(self, haystack: list[str]):
        self.haystack = haystack
        self._last_query = ""
        self._last: list[int] = list(range(len(haystack)))

    def apply(self, query: str, within: list[int] | None = None) -> list[int]:
        q = fold(query).strip()
        base = within if within is not None else list(range(len(self.haystack)))
        if not q:
            self._last_query, self._last = "", base
            return base
        if within is None and self._last_query and q.startswith(self._last_query):
            candidates = self._last
        else:
            candidates = base
        hs = self.haystack
        out = candidates
        for t in q.split():            # one plain comprehension per word: no per-row generator
            out = [i for i in out if t in hs[i]]
        if within is None:
            self._last_query, self._last = q, out
        return out


# citations live in store/view/citation.py; kept importable from here for older callers
from store.view.citation import citation  # noqa: E402,F401


# -- field filters in the query: "country:norway since:2025-01 until:2025-06-30 cables" ----------
@dataclass(slots=True)
class Query:
    text: str = ""                   # free words (all must match)
    country: str | None = None
    since: str | None = None         # inclusive, YYYY[-MM[-DD]] prefix
    until: str | None = None


def parse_query(raw: str) -> Query:
    q = Query()
    words = []
    for tok in raw.split():
        key, sep, val = tok.partition(":")
        k = key.casefold()
        if sep and val and k in ("country", "c"):
            q.country = val.replace("_", " ")
        elif sep and val and k in ("since", "from", "after"):
            q.since = val
        elif sep and val and k in ("until", "to", "before"):
            q.until = val
        else:
            words.append(tok)
    q.text = " ".join(words)
    return q


def _date_ok(d: str | None, q: Query) -> bool:
    if not (q.since or q.until):
        return True
    if not d:
        return False
    if q.since and d < q.since:
        return False
    if q.until and d[: len(q.until)] > q.until:
        return False
    return True


def country_matches(cat: Catalog, q: Query) -> set[str] | None:
    """Participant ids of the country the query names (the country itself and its people)."""
    if not q.country:
        return None
    c = fold(q.country)
    return {p.id for p in cat.participants
            if fold(p.country).startswith(c) or (p.kind == "country" and fold(p.name).startswith(c))}


def quote_passes(cat: Catalog, i: int, q: Query, cids: set[str] | None) -> bool:
    x = cat.quotes[i]
    if cids is not None and (x.speaker_id not in cids):
        return False
    return _date_ok(cat.date_of(x), q)


def agreement_passes(cat: Catalog, i: int, q: Query, cids: set[str] | None) -> bool:
    a = cat.agreements[i]
    if cids is not None:
        names = {fold(cat.by_id[p].name) for p in cids if p in cat.by_id}
        if not any(fold(p) in names for p in a.parties) and not any(fold(s) in names for s in a.signatories):
            return False
    return _date_ok(a.date, q)


def participant_passes(cat: Catalog, i: int, q: Query, cids: set[str] | None) -> bool:
    return cids is None or cat.participants[i].id in cids
