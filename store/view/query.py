"""A read-only catalog over a snapshot: the rows the panes show, the indices that link them,
and the one filter every view uses (the app's panes, its timeline and `parley export`).

Headless on purpose: the app calls it, tests and benchmarks call it without a terminal.
The query language: plain words (each must match, as the start of a word, in any field a
record is known by), `country:NAME` (a name, ISO code or demonym: `uk`, `usa`, `american`,
`country:"united states"`), `since:`/`until:` (YYYY, YYYY-MM, YYYY-MM-DD, `30d`, `2w`,
`last-month`, `this-year`, `today`…).
"""
from __future__ import annotations

import calendar
import gc
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain

from store.db.database import Snapshot
from store.records import Agreement, Article, Participant, Quote
from store.view.index import (
    WordIndex,
    acronym_words,
    full_mask,
    mask_of,
    range_mask,
    rows_in,
    rows_of,
    warm,
    words_of,
)

Progress = Callable[[str], None]


# Case only, not store.records.fold_spaces: the catalog's name and country lookups ignore case
# and compare white space as stored; collapsing it here would change which names match.
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
    quote_dates: list[str] = field(default_factory=list)   # per quote, newest first ("" last)
    search: Search | None = None          # the word indices; built after the rows, off the UI thread

    repeat_rows: frozenset[int] | None = None   # rows a repeat rule may hide (see distinct_rows)
    _quote_total: int | None = None       # quotes counted as listed (see quote_total)
    _active: tuple | None = None          # (date rows, ids): the last range's participants
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

    @property
    def quote_total(self) -> int:
        """Quotes as the panes count them, a repeat once (all of them until the repeats are
        known: they are found with the word indices, after the rows are on screen)."""
        return len(self.quotes) if self._quote_total is None else self._quote_total

    def article_of(self, q: Quote) -> Article | None:
        return self.snapshot.articles.get(q.article_id)

    def date_of(self, q: Quote) -> str:
        a = self.snapshot.articles.get(q.article_id)
        return (a.date or "") if a else ""


class _GcPaused:
    """Building a catalog makes millions of small objects and no cycles: the cyclic collector
    would spend a third of the time scanning them. Paused while building; afterwards the
    survivors are frozen so later collections (on the UI thread) never walk them again."""

    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        gc.freeze()
        if self.was:
            gc.enable()


def gc_paused() -> _GcPaused:
    return _GcPaused()


def build_catalog(snap: Snapshot, search: bool = True, progress: Progress | None = None) -> Catalog:
    """Rows and indices; unless search=False, the word indices too (see build_search).

    Written as single passes over the quotes: at 400k quotes every per-quote Python call counts."""
    with gc_paused():
        cat = _rows(snap, progress)
    if search:
        build_search(cat, progress)
    return cat


def _rows(snap: Snapshot, progress: Progress | None) -> Catalog:
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
    if progress:
        progress(f"ordering {len(snap.quotes):,} quotes of {len(arts):,} articles\u2026")
    day = {aid: (arts[aid].date or "") if aid in arts else "" for aid in per_article}
    order = sorted(per_article, key=day.__getitem__, reverse=True)
    quotes: list[Quote] = []
    dates: list[str] = []
    for aid in order:
        group = per_article[aid]
        if len(group) > 1 and any(group[i].start > group[i + 1].start for i in range(len(group) - 1)):
            group.sort(key=lambda q: q.start)
        quotes.extend(group)
        dates.extend([day[aid]] * len(group))
    cat.quotes = quotes
    cat.quote_dates = dates
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
    return cat


# -- repeats: a post and its repeat in the article body are one quote --------------------------
def quote_key(q: Quote) -> tuple[str, str]:
    """What makes two quotes of one article the same words (case and spacing aside)."""
    return (q.article_id, " ".join(q.text.casefold().split()))


def distinct_quotes(quotes: list[Quote]) -> list[Quote]:
    """Each quote once: a post repeated in the article body (same_as) is listed at its first
    occurrence only, as are verbatim repeats within one article. The one rule for the panes,
    the timeline and the exports."""
    ids = {q.id for q in quotes}
    seen: set[tuple[str, str]] = set()
    out = []
    for q in quotes:
        key = quote_key(q)
        if (q.same_as and q.same_as in ids) or key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out


def _repeat_rows(quotes: list[Quote]) -> frozenset[int]:
    """Rows distinct_quotes could ever drop or need to see: quotes with a same_as, the quotes
    they point to, and quotes sharing their words with another of their article. Every other
    row is kept whatever else is shown, so a view checks only these (a few per store)."""
    targets = {q.same_as for q in quotes if q.same_as}
    row_of = {q.id: i for i, q in enumerate(quotes) if q.id in targets} if targets else {}
    rows: set[int] = set()
    for i, q in enumerate(quotes):
        if q.same_as and q.same_as in row_of:
            rows.update((i, row_of[q.same_as]))
    # words equal (case and spacing aside) imply equal first and last letters: bucket on those
    # first (cheap), and compare the whole words only inside a bucket of two or more
    buckets: dict[tuple[str, str, str], list[int]] = {}
    for i, q in enumerate(quotes):
        t = q.text.strip()
        buckets.setdefault((q.article_id, t[:1].casefold()[:1], t[-1:].casefold()[-1:]), []).append(i)
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        by_key: dict[tuple[str, str], list[int]] = {}
        for i in bucket:
            by_key.setdefault(quote_key(quotes[i]), []).append(i)
        for group in by_key.values():
            if len(group) > 1:
                rows.update(group)
    return frozenset(rows)


def ensure_repeats(cat: Catalog) -> frozenset[int]:
    """The rows a repeat rule concerns, found once (a pass over every quote: done in the load
    worker beside the word indices, not on the way to the first screen)."""
    if cat.repeat_rows is None:
        cat.repeat_rows = _repeat_rows(cat.quotes)
        _count_repeats_once(cat)
    return cat.repeat_rows


def _count_repeats_once(cat: Catalog) -> None:
    """The store's quote total and each speaker's count, a repeat counted once (as listed)."""
    cand = sorted(cat.repeat_rows or ())
    hidden = set(cand) - set(distinct_rows(cat, cand))
    cat._quote_total = len(cat.quotes) - len(hidden)
    counts = cat.quote_counts
    for r in hidden:
        sid = cat.quotes[r].speaker_id
        if sid and counts.get(sid):
            counts[sid] -= 1


def distinct_rows(cat: Catalog, rows: list[int], find: bool = True) -> list[int]:
    """`rows` (quote rows) with distinct_quotes's rule applied, looking only at the rows a
    repeat rule concerns: the others are kept as they are. With find=False, rows as they are
    while the repeats are not known yet (not worth a pass over every quote then)."""
    if cat.repeat_rows is None and not find:
        return rows
    if cat.repeat_rows is None and len(rows) * 4 < len(cat.quotes):
        # a small selection (a CLI export) before the repeats are known: the rule looks only
        # within the rows it is given, so applying it to them gives the same rows as through
        # the repeat rows, without a pass over every quote of the store
        quotes = cat.quotes
        kept = {id(q) for q in distinct_quotes([quotes[r] for r in rows])}
        return [r for r in rows if id(quotes[r]) in kept]
    cand = ensure_repeats(cat)
    if not cand:
        return rows
    hit = [r for r in rows if r in cand]
    if not hit:
        return rows
    quotes = cat.quotes
    kept = {id(q) for q in distinct_quotes([quotes[r] for r in hit])}
    drop = {r for r in hit if id(quotes[r]) not in kept}
    return [r for r in rows if r not in drop] if drop else rows


# -- search: the word indices and the masks the panes are filtered with -----------------------
def _country_words(country: str | None) -> str:
    from store.extract.countries import country_forms
    return " ".join(country_forms(country)) if country else ""


def _participant_text(p: Participant, forms: dict[str, str]) -> str:
    country = p.name if p.kind == "country" else p.country
    f = forms.get(country or "")
    if f is None:
        f = forms[country or ""] = _country_words(country)
    return _with_acronyms(" ".join([p.name, *p.aliases, *p.handles, p.title or "", p.country or "", f]))


def _with_acronyms(text: str | None) -> str:
    """A short field's text and its dotted acronyms without dots (quote bodies are left as they
    are: the extra scan would slow indexing of every quote for a rare query)."""
    t = text or ""
    return f"{t} {acronym_words(t)}" if "." in t else t


def _agreement_text(a: Agreement, forms: dict[str, str]) -> str:
    bits = [a.name, *a.aliases, *a.parties, *a.signatories, a.place or ""]
    for party in a.parties:
        f = forms.get(party)
        if f is None:
            f = forms[party] = _country_words(party)
        bits.append(f)
    return _with_acronyms(" ".join(bits))


class Search:
    """Word indices over the catalog's four kinds of rows, and what one query word selects in
    each pane: a quote matches by its words, by its speaker (name, aliases, title or role,
    country and the country's demonyms) or by its article's title; an agreement by its name,
    aliases, parties (and their demonyms), signatories and place, or by a participant it belongs
    to; a participant by its own fields."""

    def __init__(self, cat: Catalog, progress: Progress | None = None) -> None:
        # no reference back to the catalog: a cycle would outlive a reload (survivors are frozen)
        forms: dict[str, str] = {}
        say = progress or (lambda _m: None)
        say(f"indexing {len(cat.participants):,} participants\u2026")
        self.participants = WordIndex.build((_participant_text(p, forms) for p in cat.participants),
                                            len(cat.participants))
        self.agreements = WordIndex.build((_agreement_text(a, forms) for a in cat.agreements),
                                          len(cat.agreements))
        self.article_ids = sorted(cat.articles)
        self.titles = WordIndex.build((_with_acronyms(cat.articles[a].title) for a in self.article_ids),
                                      len(self.article_ids))
        nq = len(cat.quotes)
        self.speakers = _spread(self.participants, [cat.quotes_by_speaker.get(p.id, ()) for p in cat.participants],
                                nq)
        self.quote_titles = _spread(self.titles, [cat.quotes_by_article.get(a, ()) for a in self.article_ids], nq)
        abp = cat.agreements_by_participant
        self.agreement_people = _spread(self.participants, [abp.get(p.id, ()) for p in cat.participants],
                                        len(cat.agreements))
        self.quotes = WordIndex.build((q.text for q in cat.quotes), nq,
                                      lambda i: say(f"indexing {i:,}/{nq:,} quotes\u2026"))
        self._pane: dict[tuple[str, str], int] = {}
        for n in (nq, len(cat.agreements), len(cat.participants)):
            warm(n)

    def _remember(self, key: tuple[str, str], m: int) -> int:
        if len(self._pane) > 192:
            self._pane.clear()
        self._pane[key] = m
        return m

    def quote_mask(self, word: str) -> int:
        """Quotes a word selects: by text, by speaker or by the article's title."""
        m = self._pane.get(("q", word))
        if m is not None:
            return m
        m = self.quotes.mask(word) | self.speakers.mask(word) | self.quote_titles.mask(word)
        return self._remember(("q", word), m)

    def agreement_mask(self, word: str) -> int:
        """Agreements a word selects: by their own fields or through a participant they belong to."""
        m = self._pane.get(("a", word))
        if m is not None:
            return m
        m = self.agreements.mask(word) | self.agreement_people.mask(word)
        return self._remember(("a", word), m)

    def participant_mask(self, word: str) -> int:
        return self.participants.mask(word)

    def title_mask(self, word: str) -> int:
        return self.titles.mask(word)


def _spread(index: WordIndex, rows_of_row: list, n: int) -> WordIndex:
    """An index of one kind of row (participants, articles) turned into an index of the rows
    that belong to them (quotes, agreements): word -> the rows of every row holding the word.
    Built by list.extend (C), so that a quote is found by its speaker's title or its article's
    headline in one lookup."""
    post: dict[str, list[int]] = {}
    for w, rows in index.postings.items():
        out: list[int] = []
        for r in rows:
            out.extend(rows_of_row[r])
        if out:
            post[w] = out
    return WordIndex(n, post)


def build_search(cat: Catalog, progress: Progress | None = None) -> Search:
    """The word indices; seconds at 50k articles, so the app runs it in its load worker."""
    with gc_paused():
        ensure_repeats(cat)
        cat.search = Search(cat, progress)
    return cat.search


def ensure_search(cat: Catalog) -> Search:
    return cat.search if cat.search is not None else build_search(cat)


# citations live in store/view/citation.py; kept importable from here for older callers
from store.view.citation import citation  # noqa: E402,F401


# -- the query: "country:norway since:2025-01 until:last-month cables" --------------------------
@dataclass(slots=True)
class Query:
    text: str = ""                   # free words (all must match), as typed
    words: list[str] = field(default_factory=list)     # the same, case-folded, one per word
    country: str | None = None       # as typed
    country_name: str | None = None  # the canonical country it names, if any
    since: str | None = None         # inclusive, YYYY[-MM[-DD]] prefix
    until: str | None = None
    errors: list[str] = field(default_factory=list)    # what the status line says was not understood

    @property
    def empty(self) -> bool:
        return not (self.words or self.country or self.since or self.until)


_TOKEN = re.compile(r'(?P<key>[A-Za-z]+):(?:"(?P<quoted>[^"]*)"?|(?P<value>\S+))|"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
_FIELDS = {"country": "country", "c": "country", "since": "since", "from": "since", "after": "since",
           "until": "until", "to": "until", "before": "until"}
_RELATIVE = re.compile(r"(\d+)\s*(d|w|m|y)")
DATE_HELP = "try 2025-03-05, 2025-03, 30d, 2w, last-month, this-year"


def _month_back(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _named_period(v: str, today: date) -> tuple[date, date] | None:
    """`this-month`, `last-year`, `last-week`…: the first and last day of that period."""
    which, _, unit = v.replace("_", "-").partition("-")
    if which not in ("this", "last") or unit not in ("week", "month", "year"):
        return None
    back = which == "last"
    if unit == "week":
        start = today - timedelta(days=today.weekday() + 7 * back)
        return start, start + timedelta(days=6)
    if unit == "month":
        first = _month_back(today.replace(day=1), 1 if back else 0)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    y = today.year - back
    return date(y, 1, 1), date(y, 12, 31)


def _absolute(v: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD if it is a real date; the prefix records are compared by."""
    m = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", v)
    if not m:
        return None
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        date(y, mo or 1, d or 1)
    except ValueError:
        return None
    return f"{y:04d}" + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if d else "")


def parse_date(value: str, edge: str, today: date | None = None) -> str | None:
    """A `since:`/`until:` value as the date prefix it means (edge says which end of a named
    period: its first day for since, its last for until); None when it is not a date."""
    today = today or date.today()
    v = value.strip().casefold()
    period = {"today": (today, today), "yesterday": (today - timedelta(1),) * 2}.get(v) \
        or _named_period(v, today)
    if period:
        return (period[0] if edge == "since" else period[1]).isoformat()
    m = _RELATIVE.fullmatch(v)
    if m:
        n, unit = int(m[1]), m[2]
        d = (today - timedelta(days=n * (7 if unit == "w" else 1)) if unit in "dw"
             else _month_back(today, n * (12 if unit == "y" else 1)))
        return d.isoformat()
    return _absolute(v)


def parse_query(raw: str, today: date | None = None) -> Query:
    q = Query()
    words: list[str] = []
    for m in _TOKEN.finditer(raw):
        key = (m["key"] or "").casefold()
        fld = _FIELDS.get(key)
        val = m["quoted"] if m["quoted"] is not None else m["value"]
        if fld is None or not (val or "").strip():
            words.append(m["phrase"] if m["phrase"] is not None else m[0])
        elif fld == "country":
            _set_country(q, val)
        else:
            d = parse_date(val, fld, today)
            if d is None:
                q.errors.append(f"{key}:{val} is not a date ({DATE_HELP})")
            else:
                setattr(q, fld, d)
    q.text = " ".join(words)
    q.words = words_of(q.text)
    return q


def _set_country(q: Query, val: str) -> None:
    from store.extract.countries import country_named
    q.country = " ".join(val.replace("_", " ").split())
    q.country_name = country_named(q.country)


def match_terms(query: str) -> list[str]:
    """The words a query matches by (each the start of a word), for highlighting."""
    return parse_query(query).words


# -- selection: the one filter behind the panes, the timeline and export ----------------------
class QueryError(LookupError):
    """A query that cannot be applied as written (unknown country, a date that is not one)."""


@dataclass(slots=True)
class View:
    query: Query
    participants: list[int]
    quotes: list[int]
    agreements: list[int]
    errors: list[str] = field(default_factory=list)    # parts of the query not understood
    notes: list[str] = field(default_factory=list)     # understood, but they match nothing

    @property
    def messages(self) -> list[str]:
        return self.errors + self.notes


def _country_ids(cat: Catalog, q: Query) -> set[str] | None:
    """Participant ids of the query's country (the country itself and its people); None when
    the query names no country; empty when it names none that exists."""
    if not q.country:
        return None
    name = fold(q.country_name or q.country)
    return {p.id for p in cat.participants
            if fold(p.country) == name or (p.kind == "country" and fold(p.name) == name)}


def _country_message(q: Query, cids: set[str] | None, errors: list[str], notes: list[str]) -> None:
    if q.country and q.country_name is None and not cids:
        errors.append(f"country:{q.country} matches no country (a name, ISO code or demonym: "
                      f"uk, usa, \"united states\", french)")
    elif q.country and not cids:
        notes.append(f"country:{q.country} ({q.country_name}): nobody from there in this store")


def _dates_ok(d: str | None, q: Query) -> bool:
    if not d:
        return False
    if q.since and d < q.since:
        return False
    return not (q.until and d[: len(q.until)] > q.until)


def _empty_range_note(cat: Catalog, q: Query) -> str:
    """Why a date range shows nothing when nothing in the store is dated then: the range as
    resolved (`last-month` is relative to today) beside the dates the store holds."""
    dates = cat.quote_dates                          # newest first, undated ("") last
    dated = bisect_left(dates, True, key=lambda d: d == "")
    held = [d for d in (dates[0] if dated else "", dates[dated - 1] if dated else "") if d]
    held += [a.date for a in cat.agreements if a.date]
    span = f"{q.since or 'the start'} to {q.until or 'today'}"
    if not held:
        return f"dates {span}: nothing in this store is dated"
    return f"dates {span}: nothing dated then (the store runs {min(held)} to {max(held)})"


def date_passes(d: str | None, q: Query) -> bool:
    """A record's date against since/until (undated records fail any date filter)."""
    return True if not (q.since or q.until) else _dates_ok(d, q)


def _quote_date_mask(cat: Catalog, q: Query) -> int:
    return range_mask(len(cat.quote_dates), *_quote_date_rows(cat, q))


def _quote_date_rows(cat: Catalog, q: Query) -> tuple[int, int]:
    """Quotes are ordered newest article first (undated last): a date range is one run of rows."""
    dates = cat.quote_dates
    hi = bisect_left(dates, True, key=lambda d: d == "")
    if q.since:
        hi = min(hi, bisect_left(dates, True, key=lambda d: d < q.since))
    lo = 0
    if q.until:
        u = q.until
        lo = bisect_left(dates, True, key=lambda d: d[: len(u)] <= u)
    return lo, max(lo, hi)


def names_participant(p: Participant, text: str) -> bool:
    """The query's words name this participant (then they do not also filter its records)."""
    from rapidfuzz import fuzz
    t = text.casefold().strip()
    if not t:
        return False
    hay = " ".join([p.name, *p.aliases]).casefold()
    return t in hay or any(fuzz.ratio(t, w.casefold()) >= 80 for w in [p.name, *p.name.split(), *p.aliases])


def fuzzy_participants(cat: Catalog, text: str, found: set[int]) -> list[int]:
    """Names that forgive spelling ("Solwang" finds "Solvang"): rapidfuzz over names and their
    words only, never over quote text."""
    from rapidfuzz import fuzz, process
    if cat._fuzzy is None:
        strings, owners = [], []
        for i, p in enumerate(cat.participants):
            for s in {p.name, *p.name.split(), *p.aliases}:
                if len(s) >= 3:
                    strings.append(s.casefold())
                    owners.append(i)
        cat._fuzzy = (strings, owners)
    strings, owners = cat._fuzzy
    extra = []
    for _s, _score, k in process.extract(text.casefold(), strings, scorer=fuzz.ratio,
                                         score_cutoff=80, limit=30):
        i = owners[k]
        if i not in found:
            found.add(i)
            extra.append(i)
    return extra


FUZZY_BELOW = 5      # spelling is forgiven only when the words find (almost) nobody and no quote


def _select_participants(cat: Catalog, s: Search | None, q: Query, cids: set[str] | None, quotes_found: bool) -> list[int]:
    n = len(cat.participants)
    m = full_mask(n) if cids is None else mask_of(
        (i for i, p in enumerate(cat.participants) if p.id in cids), n)
    for w in q.words:
        m &= s.participant_mask(w)
    rows = rows_of(m, n)
    if len(q.text) >= 4 and len(rows) < FUZZY_BELOW and not quotes_found:
        extra = fuzzy_participants(cat, q.text, set(rows))
        if cids is not None:
            extra = [i for i in extra if cat.participants[i].id in cids]
        rows += extra
    return rows


def _within(cat: Catalog, selected: Participant) -> tuple[list[int], list[int]]:
    """A selected participant's quotes and agreements (a country's: its people's quotes too)."""
    if selected.kind == "country":
        members = {x.id for x in cat.participants if x.country == selected.name}
        qbs = cat.quotes_by_speaker
        quotes = sorted(chain.from_iterable(qbs.get(m, ()) for m in members | {selected.id}))
    else:
        quotes = cat.quotes_by_speaker.get(selected.id, [])
    return quotes, cat.agreements_by_participant.get(selected.id, [])


def _active_between(cat: Catalog, lo: int, hi: int, ad: int) -> set[str]:
    """Ids of the participants with a record in the date range (quote rows lo..hi, agreement
    mask `ad`): speakers of its quotes, parties and signatories of its agreements, and the
    countries of those people (a country's pane shows its people's quotes). A date range then
    narrows the participants as it narrows the records: "who spoke last month" is the list."""
    if cat._active is not None and cat._active[0] == (lo, hi, ad):
        return cat._active[1]             # the same range as the last keystroke's
    # a speaker's rows are ascending: one bisection says whether one falls in lo..hi
    ids = set()
    for sid, rows in cat.quotes_by_speaker.items():
        k = bisect_left(rows, lo)
        if k < len(rows) and rows[k] < hi:
            ids.add(sid)
    rows = set(rows_of(ad, len(cat.agreements)))
    ids.update(pid for pid, lst in cat.agreements_by_participant.items() if not rows.isdisjoint(lst))
    countries = {fold(cat.by_id[i].country) for i in ids if i in cat.by_id and cat.by_id[i].country}
    ids.update(p.id for p in cat.participants if p.kind == "country" and fold(p.name) in countries)
    cat._active = ((lo, hi, ad), ids)
    return ids


def select(cat: Catalog, raw: str = "", selected: str | None = None, today: date | None = None) -> View:
    """What a query shows: participants (never narrowed by the selection; narrowed by a date
    range to those with a record in it), and the quotes and agreements of the selected
    participant (or of everyone), each matching every word and the country and date fields.
    Repeats of a quote (a post and its repeat in the body) are shown once. Messages say what was not understood or matched nothing."""
    q = parse_query(raw, today)
    # the word index is built only when words need it (a country or date query reads records)
    s = ensure_search(cat) if q.words else None
    cids = _country_ids(cat, q)
    errors, notes = list(q.errors), []
    _country_message(q, cids, errors, notes)
    nq, na = len(cat.quotes), len(cat.agreements)
    qm, am = full_mask(nq), full_mask(na)
    for w in q.words:
        qm &= s.quote_mask(w)
        am &= s.agreement_mask(w)
    quotes_found = bool(qm)
    sel = cat.by_id.get(selected or "")
    if sel is not None and q.words and names_participant(sel, q.text):
        # the participant was chosen through the query: its own words do not hide its records
        qm, am = full_mask(nq), full_mask(na)
    if cids is not None:
        qbs, abp = cat.quotes_by_speaker, cat.agreements_by_participant
        qm &= mask_of(chain.from_iterable(qbs.get(c, ()) for c in cids), nq)
        am &= mask_of(chain.from_iterable(abp.get(c, ()) for c in cids), na)
    dated: set[str] | None = None
    if q.since or q.until:
        lo, hi = _quote_date_rows(cat, q)
        qd = range_mask(nq, lo, hi)
        ad = mask_of((i for i, a in enumerate(cat.agreements) if _dates_ok(a.date, q)), na)
        if not qd and not ad:
            notes.append(_empty_range_note(cat, q))
        qm &= qd
        am &= ad
        dated = _active_between(cat, lo, hi, ad)
    if sel is None:
        quotes, agreements = rows_of(qm, nq), rows_of(am, na)
    else:
        wq, wa = _within(cat, sel)
        quotes, agreements = rows_in(qm, nq, wq), rows_in(am, na, wa)
    quotes = distinct_rows(cat, quotes)
    people = _select_participants(cat, s, q, cids, quotes_found=quotes_found)
    if dated is not None:
        parts = cat.participants
        people = [i for i in people if parts[i].id in dated]
    return View(q, people, quotes, agreements, errors, notes)


def article_rows(cat: Catalog, q: Query) -> list[str]:
    """Articles whose title matches every word of the query and that pass its date fields."""
    s = ensure_search(cat)
    if not q.words:
        return []
    m = full_mask(s.titles.n)
    for w in q.words:
        m &= s.title_mask(w)
    arts = cat.articles
    return [aid for aid in (s.article_ids[i] for i in rows_of(m, s.titles.n))
            if date_passes(arts[aid].date, q)]


def unfiltered(cat: Catalog, selected: str | None = None) -> View:
    """Everything (or the selected participant's records), without the word indices: what the
    panes show while the indices are still being built."""
    sel = cat.by_id.get(selected or "")
    if sel is None:
        quotes, agreements = list(range(len(cat.quotes))), list(range(len(cat.agreements)))
    else:
        quotes, agreements = _within(cat, sel)
    return View(Query(), list(range(len(cat.participants))), distinct_rows(cat, quotes, find=False), agreements)
