"""Citations: what `y` copies and what a briefing note credits.

    “text” — Name, Title (Outlet, “Headline”, YYYY-MM-DD, URL)

The outlet is the host of the article's URL (or the source's name when it is a name, never a
file path); the headline is the article's title unless the title is a caption credit. The
sentence's own punctuation that the quote marks enclosed (`“…in the region,” he said`) is
dropped. Plain strings, one line: callers that draw them on a terminal sanitise them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from store.extract.lexicon import CAPTION_CREDIT_PREFIXES, NEWS_AGENCIES
from store.records import Agreement, Article, Participant, Quote

if TYPE_CHECKING:
    from store.view.query import Catalog

_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# punctuation of the surrounding sentence that ends up inside the marks
_TRAILING = ",;:\u2014\u2013-"
_AGENCY = "|".join(sorted((re.escape(a) for a in NEWS_AGENCIES), key=len, reverse=True))
# "Name/Pool via AGENCY", "Name/AGENCY", "© AGENCY": a photo credit; "AGENCY, CITY": a dateline
_CREDIT = re.compile(rf"(?:/|\bvia\b|©|\|)\s*(?:{_AGENCY})\s*$|^(?:{_AGENCY})\s*,\s*[A-Z][A-Z .'-]+$",
                     re.IGNORECASE)
_PATH_LIKE = re.compile(r"[/\\]|^~|\.(?:txt|html?|json|jsonl|xml|rss|atom|md|csv)(?:#\d+)?$", re.IGNORECASE)


def one_line(s: str | None) -> str:
    """Whitespace (paragraph breaks included) collapsed, control characters removed."""
    return _SPACE.sub(" ", _CONTROL.sub("", s or "")).strip()


def quote_text(text: str) -> str:
    """The quoted words on one line, without the enclosing sentence's trailing comma,
    semicolon or dash."""
    return trim_trailing(one_line(text))


def trim_trailing(text: str) -> str:
    """`text` without the sentence punctuation its closing mark enclosed (nothing else changed)."""
    t = text.rstrip()
    while t and (t[-1] in _TRAILING or t[-1].isspace()):
        t = t[:-1]
    return t


def outlet(art: Article | None) -> str:
    """The publisher: the URL's host without `www.`, else the source when it is a name."""
    if art is None:
        return ""
    for candidate in (art.url, art.source):
        host = _host(candidate)
        if host:
            return host
    src = one_line(art.source)
    if src and not _PATH_LIKE.search(src) and len(src) <= 60:
        return src
    return ""


def _host(value: str | None) -> str:
    if not value:
        return ""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname
    return host[4:] if host.startswith("www.") else host


def headline(art: Article | None) -> str:
    """The article's title, unless it is a photo or image credit (some pages title by caption)."""
    if art is None:
        return ""
    title = one_line(art.title)
    low = title.casefold()
    if not title or any(low.startswith(p) for p in CAPTION_CREDIT_PREFIXES) or _CREDIT.search(title):
        return ""
    if _PATH_LIKE.search(title) and " " not in title:
        return ""
    return title


def web_url(art: Article | None) -> str:
    """Only an http(s) URL: a local path is not a place the reader can follow."""
    if art is None:
        return ""
    for candidate in (art.url, art.source):
        if _host(candidate):
            return one_line(candidate)
    return ""


def source_ref(art: Article | None) -> str:
    """`Outlet, “Headline”, YYYY-MM-DD, URL` (the parts that are known)."""
    if art is None:
        return "unknown source"
    bits = [outlet(art)]
    h = headline(art)
    bits.append(f"\u201c{h}\u201d" if h else "")
    bits.append(art.date or "undated")
    bits.append(web_url(art))
    return ", ".join(b for b in bits if b)


def _person(name: str, p: Participant | None) -> str:
    who = one_line(name) or "unattributed"
    if p is not None and p.title:
        who = f"{who}, {one_line(p.title)}"
    return who


def citation(q: Quote, cat: Catalog) -> str:
    """`“text” — Name, Title (Outlet, “Headline”, YYYY-MM-DD, URL)`: what `y` copies on a quote."""
    p = cat.by_id.get(q.speaker_id or "")
    return f"\u201c{quote_text(q.text)}\u201d \u2014 {_person(q.speaker or '', p)} ({source_ref(cat.article_of(q))})"


def _first_article(cat: Catalog, mentions) -> Article | None:
    """The earliest dated article among the mentions (undated ones after)."""
    arts = [cat.articles[m.article_id] for m in mentions if m.article_id in cat.articles]
    if not arts:
        return None
    return min(arts, key=lambda a: (a.date is None, a.date or "", a.id))


def participant_citation(p: Participant, cat: Catalog) -> str:
    """`Name, Title, Country (first source)`."""
    bits = [_person(p.name, p)]
    if p.country and p.kind != "country":
        bits.append(one_line(p.country))
    art = _first_article(cat, p.mentions)
    src = f" ({source_ref(art)})" if art is not None else ""
    return ", ".join(bits) + src


def agreement_citation(a: Agreement, cat: Catalog) -> str:
    """`Name — status; parties …; signed by …; date; place (first source)`."""
    bits = [a.status]
    if a.parties:
        bits.append("parties " + ", ".join(a.parties))
    if a.signatories:
        bits.append("signed by " + ", ".join(a.signatories))
    bits += [a.date or "", a.place or ""]
    art = _first_article(cat, a.mentions)
    src = f" ({source_ref(art)})" if art is not None else ""
    return f"{one_line(a.name)} \u2014 " + one_line("; ".join(b for b in bits if b)) + src


def article_citation(art: Article) -> str:
    return source_ref(art)


def cite(record: object, cat: Catalog) -> str:
    """The citation of any record the app shows."""
    if isinstance(record, Quote):
        return citation(record, cat)
    if isinstance(record, Participant):
        return participant_citation(record, cat)
    if isinstance(record, Agreement):
        return agreement_citation(record, cat)
    if isinstance(record, Article):
        return article_citation(record)
    raise TypeError(f"nothing to cite for {type(record).__name__}")
