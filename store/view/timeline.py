"""A timeline of a view: the agreements, articles and quotes the panes show, grouped by date,
newest first, undated last.

Built from the stored records only (no article body is read and no sentence is re-split): a
view's quotes are already in article-date order, so one pass groups them under their article.
Who met whom is not listed: a pair of names in one sentence is not evidence of a meeting, and the
store keeps no meeting records.
"""
from __future__ import annotations

from dataclasses import dataclass

from store.view.query import Catalog, View, article_rows, date_passes, names_participant

UNDATED = ""


@dataclass(frozen=True, slots=True)
class Row:
    date: str          # YYYY[-MM[-DD]] or "" (undated)
    kind: str          # "agreement" | "article" | "quote"
    ref: str | int     # agreement / quote index in the catalog, or an article id


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


def build(cat: Catalog, view: View, participant_id: str | None = None) -> list[Row]:
    """Rows by date: per date, its agreements, then each article followed by its quotes."""
    arts = cat.articles
    groups: dict[str, list[Row]] = {}
    for j in view.agreements:
        d = _agreement_date(cat, cat.agreements[j])
        groups.setdefault(d, []).append(Row(d, "agreement", j))
    placed: set[str] = set()
    last = None
    quotes = cat.quotes
    for i in sorted(view.quotes):              # catalog order: newest article first
        aid = quotes[i].article_id
        if aid != last:
            last = aid
            art = arts.get(aid)
            d = (art.date or UNDATED) if art else UNDATED
            rows = groups.setdefault(d, [])
            if aid not in placed:
                placed.add(aid)
                rows.append(Row(d, "article", aid))
        rows.append(Row(d, "quote", i))
    extra = _scope_articles(cat, view, participant_id) - placed
    for aid in sorted(extra):
        art = arts[aid]
        if art.duplicate_of:
            continue
        d = art.date or UNDATED
        groups.setdefault(d, []).append(Row(d, "article", aid))
    out: list[Row] = []
    dated = sorted((d for d in groups if d != UNDATED), reverse=True)
    for d in dated + ([UNDATED] if UNDATED in groups else []):
        out.extend(groups[d])
    return out
