"""A timeline of a view: the agreements, articles and quotes the panes show, grouped by date,
newest first, undated last.

Built from the stored records only (no article body is read and no sentence is re-split): a
view's quotes are already in article-date order, so one pass groups them under their article.
Who met whom is not listed: a pair of names in one sentence is not evidence of a meeting, and the
store keeps no meeting records.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, pairwise
from operator import attrgetter, ne

from store.view.query import Catalog, View, article_rows, date_passes, names_participant

UNDATED = ""


@dataclass(frozen=True, slots=True)
class Row:
    date: str          # YYYY[-MM[-DD]] or "" (undated)
    kind: str          # "agreement" | "article" | "quote"
    ref: str | int     # agreement / quote index in the catalog, or an article id


class Timeline(Sequence):
    """The rows, made on demand: a list of blocks (an agreement, an article, or a run of one
    article's quotes) and where each starts. 465k rows at 50k articles cost ~115k blocks."""

    def __init__(self, blocks: list[tuple], quotes: list[int]) -> None:
        self.blocks = blocks            # (date, kind, ref) or (date, "quotes", lo, hi)
        self.quotes = quotes            # the view's quotes in catalog order; runs index into it
        self.starts = list(accumulate((b[3] - b[2] if b[1] == "quotes" else 1 for b in blocks), initial=0))

    def __len__(self) -> int:
        return self.starts[-1]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        k = bisect_right(self.starts, i) - 1
        b = self.blocks[k]
        if b[1] == "quotes":
            return Row(b[0], "quote", self.quotes[b[2] + i - self.starts[k]])
        return Row(*b)


def _agreement_date(cat: Catalog, a) -> str:
    if a.date:
        return a.date
    for m in a.mentions:
        art = cat.articles.get(m.article_id)
        if art is not None and art.date:
            return art.date
    return UNDATED


def _scope_articles(cat: Catalog, view: View, participant_id: str | None) -> set[str]:
    """Articles listed even without a quote in the view: with no filter, every article (or
    every article naming the selected participant); with words, those whose title matches."""
    q = view.query
    sel = cat.by_id.get(participant_id or "")
    if q.words and not (sel is not None and names_participant(sel, q.text)):
        return set(article_rows(cat, q))
    if q.country:
        return set()
    if sel is None:
        ids = cat.articles.keys()
    else:
        people = {sel.id} | ({p.id for p in cat.participants if p.country == sel.name}
                             if sel.kind == "country" else set())
        ids = {m.article_id for p in cat.participants if p.id in people for m in p.mentions}
    return {a for a in ids if a in cat.articles and date_passes(cat.articles[a].date, q)}


def build(cat: Catalog, view: View, participant_id: str | None = None) -> Timeline:
    """Rows by date: per date, its agreements, then each article followed by its quotes, then
    the articles of the view without quotes."""
    arts = cat.articles
    groups: dict[str, list[tuple]] = {}
    for j in view.agreements:
        d = _agreement_date(cat, cat.agreements[j])
        groups.setdefault(d, []).append((d, "agreement", j))
    qs = sorted(view.quotes)                  # catalog order: newest article first
    aids = list(map(attrgetter("article_id"), map(cat.quotes.__getitem__, qs)))
    # where a new article starts (C loops: no Python per quote)
    cuts = [0, *compress(range(1, len(aids)), map(ne, aids[1:], aids[:-1])), len(aids)] if aids else [0]
    placed: set[str] = set()
    for lo, hi in pairwise(cuts):
        aid = aids[lo]
        art = arts.get(aid)
        d = (art.date or UNDATED) if art else UNDATED
        rows = groups.setdefault(d, [])
        if aid not in placed:
            placed.add(aid)
            rows.append((d, "article", aid))
        rows.append((d, "quotes", lo, hi))
    for aid in sorted(_scope_articles(cat, view, participant_id) - placed):
        art = arts[aid]
        if not art.duplicate_of:
            d = art.date or UNDATED
            groups.setdefault(d, []).append((d, "article", aid))
    blocks: list[tuple] = []
    for d in sorted((d for d in groups if d != UNDATED), reverse=True) + ([UNDATED] if UNDATED in groups else []):
        blocks.extend(groups[d])
    return Timeline(blocks, qs)
