"""Hand-off: the records of a view as a Markdown briefing note with citations, CSV or JSON."""
from __future__ import annotations

import csv
import io
import re
import time

import orjson

from store.records import Agreement, Article, Quote
from store.view.citation import source_ref, trim_trailing
from store.view.query import Catalog, citation, distinct_quotes  # noqa: F401 (distinct_quotes: imported from here too)
from store.view.safe import any_of, block, json_inert, line

FORMATS = ("md", "csv", "json")


# -- making data inert ----------------------------------------------------------------------
# Data is escaped to render exactly as written: the characters that start inline syntax anywhere
# (code, emphasis, links, images, strikethrough, tables, email autolinks) are backslash-escaped,
# <, > and & become entities (so no HTML survives), a line start that would open a block
# (heading, list, quote, setext underline) is escaped, and the ':' of a URL scheme and the '.'
# of `www.` are escaped so that only the article's own link is ever a link.
_MD_ESCAPE = {ord(c): "\\" + c for c in "\\`*_[]!~|@"}
_MD_ESCAPE.update({ord("<"): "&lt;", ord(">"): "&gt;", ord("&"): "&amp;"})
_MD_ANY = any_of(_MD_ESCAPE)
_MD_AUTOLINK = re.compile(r"(?i)\b((?:https?|ftp|file|mailto|javascript|data|vbscript):|www\.)")
_MD_BLOCK_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)
_CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def md_text(s: object) -> str:
    """Data as Markdown inline text: one line, controls visible, syntax escaped."""
    t = line(s)
    if _MD_ANY.search(t):
        t = t.translate(_MD_ESCAPE)
    t = _MD_AUTOLINK.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], t)
    m = _MD_BLOCK_START.match(t)
    if m:
        lead = m.group(2)
        t = m.group(1) + ("\\" + lead if not lead.isdigit() else lead + "\\") + t[m.end():]
    return t


def http_url(url: str | None) -> str | None:
    """The article record's URL when it is a plain http(s) URL (never a path or a script)."""
    if url and _SAFE_URL.fullmatch(url.strip()):
        return url.strip()
    return None


def md_link(url: str | None) -> str:
    u = http_url(url)
    return f"<{u}>" if u else ""


def csv_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: formulas defused with a leading apostrophe
    (OWASP's advice for = + - @ tab and carriage return), controls made visible."""
    s = block("" if value is None else value)
    raw = "" if value is None else str(value)
    return "'" + s if raw.startswith(_CSV_TRIGGERS) or s.startswith(_CSV_TRIGGERS) else s


def _paragraphs(text: str) -> list[str]:
    return [p for p in (" ".join(x.split()) for x in re.split(r"\n\s*\n|\n", text)) if p]


# -- sources ----------------------------------------------------------------------------------
def _source(cat: Catalog, q: Quote) -> tuple[str, str, str]:
    """(title or source, date, url or source) of a quote's article, for CSV."""
    art = cat.article_of(q)
    if art is None:
        return ("unknown source", "undated", "")
    return (art.title or art.source, art.date or "undated", http_url(art.url) or art.source)


def _footnote(art: Article | None, q: Quote, where: dict[str, str] | None = None) -> str:
    """Where a quote is: the headline once, then the link or (for a local file) the source.
    `where` keeps each article's part, the same for all its quotes (a large export has many)."""
    if art is None:
        return f"unknown source; characters {q.start}\u2013{q.end}."
    place = where.get(art.id) if where is not None else None
    if place is None:
        date = md_text(art.date or "undated")
        link = md_link(art.url) or md_text(art.source)
        head = md_text(art.title) + ", " if art.title else ""
        place = f"{head}{date}; {link}"
        if where is not None:
            where[art.id] = place
    return f"{place}; characters {q.start}\u2013{q.end}."


def _who(cat: Catalog, q: Quote, refs: dict[str, str] | None = None) -> str:
    """`Name, Title (Outlet, “Headline”, YYYY-MM-DD, URL)`: the credit of the one citation format.
    `refs` keeps each article's reference, the same for all its quotes."""
    p = cat.by_id.get(q.speaker_id or "")
    who = md_text(q.speaker or "unattributed")
    if p and p.title:
        who += ", " + md_text(p.title)
    ref = refs.get(q.article_id) if refs is not None else None
    if ref is None:
        ref = md_text(source_ref(cat.article_of(q)))
        if refs is not None:
            refs[q.article_id] = ref
    return f"{who} ({ref})"


def _agreement_line(a: Agreement) -> str:
    bits = [md_text(a.status)]
    if a.parties:
        bits.append("parties: " + ", ".join(md_text(p) for p in a.parties))
    if a.signatories:
        bits.append("signed by " + ", ".join(md_text(p) for p in a.signatories))
    if a.date:
        bits.append(md_text(a.date))
    if a.place:
        bits.append(md_text(a.place))
    if a.duration_years:
        bits.append(f"{a.duration_years:g} years")
    return f"- **{md_text(a.name)}** \u2014 " + "; ".join(bits)


def markdown(cat: Catalog, quotes: list[Quote], agreements: list[Agreement], title: str = "Briefing note",
             context: str = "") -> str:
    lines = [f"# {md_text(title)}", "", f"_Prepared with parley on {time.strftime('%Y-%m-%d %H:%M')}"
             + (f" \u2014 {md_text(context)}" if context else "") + "_", ""]
    if agreements:
        lines += ["## Agreements", ""]
        for a in agreements:
            lines.append(_agreement_line(a))
            for aid in sorted({m.article_id for m in a.mentions})[:3]:
                art = cat.articles.get(aid)
                if art:
                    lines.append(f"  - source: {md_text(art.title or art.source)} ({md_text(art.date or 'undated')})"
                                 + (f" {md_link(art.url)}" if http_url(art.url) else ""))
        lines.append("")
    quotes = distinct_quotes(quotes)
    if quotes:
        lines += ["## Quotes", ""]
        refs: dict[str, str] = {}
        for n, q in enumerate(quotes, start=1):
            # every paragraph of a long quote stays inside the blockquote
            paras = _paragraphs(q.text) or [""]
            paras[-1] = trim_trailing(paras[-1])    # the sentence's comma is not the speaker's
            for k, para in enumerate(paras):
                if k:
                    lines.append(">")
                lines.append(f"> {md_text(para)}")
            lines.append(">")
            lines.append(f"> \u2014 {_who(cat, q, refs)}[^{n}]")
            lines.append("")
        lines.append("")
        where: dict[str, str] = {}
        for k, q in enumerate(quotes, start=1):
            lines.append(f"[^{k}]: {_footnote(cat.article_of(q), q, where)}")
    return "\n".join(lines).rstrip() + "\n"


CSV_HEADER = ["record", "text_or_name", "speaker_or_parties", "title", "date", "source", "url",
              "start", "end", "kind_or_status", "rule", "signatories", "place"]


def _agreement_sources(cat: Catalog, a: Agreement) -> tuple[str, str]:
    arts = [cat.articles[aid] for aid in sorted({m.article_id for m in a.mentions}) if aid in cat.articles]
    return ("; ".join(x.title or x.source for x in arts),
            "; ".join(u for u in (http_url(x.url) for x in arts) if u))


def to_csv(cat: Catalog, quotes: list[Quote], agreements: list[Agreement]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_HEADER)
    for q in distinct_quotes(quotes):
        p = cat.by_id.get(q.speaker_id or "")
        src, date, where = _source(cat, q)
        w.writerow([csv_cell(v) for v in ("quote", q.text, q.speaker or "", p.title if p else "", date, src,
                                          where, q.start, q.end, q.kind, q.rule, "", "")])
    for a in agreements:
        src, urls = _agreement_sources(cat, a)
        w.writerow([csv_cell(v) for v in ("agreement", a.name, "; ".join(a.parties), "", a.date or "", src, urls,
                                          "", "", a.status, a.rule, "; ".join(a.signatories), a.place or "")])
    return buf.getvalue()


def to_json(cat: Catalog, quotes: list[Quote], agreements: list[Agreement]) -> str:
    def q_dict(q: Quote) -> dict:
        art = cat.article_of(q)
        p = cat.by_id.get(q.speaker_id or "")
        return {"id": q.id, "text": q.text, "speaker": q.speaker, "title": p.title if p else None,
                "country": p.country if p else None, "kind": q.kind, "via": q.via,
                "date": (art.date if art else None) or "undated",
                "source": (art.title or art.source) if art else "unknown source",
                "file": art.source if art else None,
                "url": http_url(art.url) if art else None,      # never a local path
                "article_id": q.article_id, "start": q.start,
                "end": q.end, "rule": q.rule, "citation": citation(q, cat)}

    def a_dict(a: Agreement) -> dict:
        return {"id": a.id, "name": a.name, "status": a.status, "aliases": a.aliases,
                "parties": a.parties, "signatories": a.signatories, "date": a.date, "place": a.place,
                "duration_years": a.duration_years, "scope": a.scope, "rule": a.rule,
                "mentions": [{"article_id": m.article_id, "start": m.start, "end": m.end} for m in a.mentions]}

    # JSON escapes C0 controls itself; json_inert writes BiDi and C1 controls as \u escapes too
    return json_inert(orjson.dumps({"quotes": [q_dict(q) for q in distinct_quotes(quotes)],
                                    "agreements": [a_dict(a) for a in agreements]},
                                   option=orjson.OPT_INDENT_2).decode()) + "\n"


def render(fmt: str, cat: Catalog, quotes: list[Quote], agreements: list[Agreement], context: str = "") -> str:
    if fmt == "md":
        return markdown(cat, quotes, agreements, context=context)
    if fmt == "csv":
        return to_csv(cat, quotes, agreements)
    if fmt == "json":
        return to_json(cat, quotes, agreements)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


def select(cat: Catalog, query: str = "", participant: str | None = None) -> tuple[list[Quote], list[Agreement], str]:
    """The quotes and agreements a view shows: a participant's, filtered by a query; the same
    filter as the app's panes (store.view.query.select). A query it cannot apply (an unknown
    country, a date that is not one) raises QueryError (a LookupError) with the message the app
    shows in its status line."""
    from store.view.query import QueryError
    from store.view.query import select as view_of
    pid = None
    context = []
    if participant:
        from store.db.corrections import find_participant
        rows = [{"id": p.id, "name": p.name, "aliases": p.aliases} for p in cat.participants]
        hit = find_participant(rows, participant)
        if hit is None:
            raise LookupError(f"no participant {participant!r}")
        pid = hit["id"]
        context.append(hit["name"])
    view = view_of(cat, query, pid)
    if view.errors:
        raise QueryError("; ".join(view.errors))
    q = view.query
    if q.text:
        context.append(f"matching \u201c{q.text}\u201d")
    if q.country:
        context.append(f"country {q.country_name or q.country}")
    if q.since or q.until:
        context.append(f"dates {q.since or 'the start'} to {q.until or 'today'}")
    return [cat.quotes[i] for i in view.quotes], [cat.agreements[i] for i in view.agreements], ", ".join(context)
