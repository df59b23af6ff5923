"""A timeline of the current selection: articles, meetings (who met whom) and agreements, by date.

Meetings are read from the sentences of each article that join two named people with a meeting
verb ("X met Y", "X and Y held talks", "talks between X and Y"), using the stored mention offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.view.query import Catalog

_MEET = re.compile(r"\b(?:met|meets|meeting with|held talks|hold talks|talks (?:with|between)|"
                   r"received|hosted|called on|spoke with|signed|talks\b[^.]{0,40}?\b(?:with|between))\b", re.IGNORECASE)
MAX_ARTICLES = 400


@dataclass(slots=True)
class Day:
    date: str
    articles: list[tuple[str, str]] = field(default_factory=list)      # (article id, title)
    meetings: list[tuple[str, str]] = field(default_factory=list)      # (name, name)
    agreements: list[tuple[str, str]] = field(default_factory=list)    # (agreement id, label)


def _sentences(text: str):
    start = 0
    for m in re.finditer(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“A-Z])|\n+", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def build(cat: Catalog, participant_id: str | None = None) -> list[Day]:
    people = [p for p in cat.participants if p.kind == "person"]
    sel = cat.by_id.get(participant_id or "")
    if sel is None:
        scope = set(cat.articles)
    elif sel.kind == "country":
        ids = {p.id for p in people if p.country == sel.name} | {sel.id}
        scope = {m.article_id for p in cat.participants if p.id in ids for m in p.mentions}
    else:
        scope = {m.article_id for m in sel.mentions}
    arts = sorted((cat.articles[a] for a in scope if a in cat.articles and not cat.articles[a].duplicate_of),
                  key=lambda a: a.date or "", reverse=True)[:MAX_ARTICLES]
    days: dict[str, Day] = {}
    by_article: dict[str, list] = {}
    for p in people:
        for m in p.mentions:
            by_article.setdefault(m.article_id, []).append((m.start, m.end, p))
    for art in arts:
        d = art.date or "undated"
        day = days.setdefault(d, Day(d))
        day.articles.append((art.id, art.title or art.source))
        mentions = by_article.get(art.id, [])
        if len({p.id for _s, _e, p in mentions}) < 2:
            continue
        text = cat.text_of(art.id)
        for s, e in _sentences(text):
            if not _MEET.search(text, s, e):
                continue
            names = []
            for ms, me, p in sorted(mentions, key=lambda x: x[0]):
                if s <= ms < e and p.name not in names:
                    names.append(p.name)
            if sel is not None and sel.kind == "person" and sel.name not in names:
                continue
            for i in range(len(names)):
                for j in range(i + 1, len(names)):
                    pair = (names[i], names[j])
                    if pair not in day.meetings:
                        day.meetings.append(pair)
    for a in cat.agreements:
        if sel is not None:
            if not (sel.name in a.signatories or sel.name in a.parties
                    or (sel.kind == "person" and sel.country in a.parties and False)):
                continue
        if a.status != "signed":
            continue
        d = a.date or next((cat.articles[m.article_id].date for m in a.mentions
                            if m.article_id in cat.articles and cat.articles[m.article_id].date), None) or "undated"
        day = days.setdefault(d, Day(d))
        label = a.name + (f" ({', '.join(a.parties)})" if a.parties else "")
        day.agreements.append((a.id, label))
    return sorted(days.values(), key=lambda x: x.date, reverse=True)
