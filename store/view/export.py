"""Hand-off: the records of a view as a Markdown briefing note with citations, CSV or JSON."""
from __future__ import annotations

import csv
import io
import time

import orjson

from store.view.query import Catalog, citation
from store.records import Agreement, Quote

FORMATS = ("md", "csv", "json")


def _source(cat: Catalog, q: Quote) -> tuple[str, str, str]:
    art = cat.article_of(q)
    if art is None:
        return ("unknown source", "undated", "")
    return (art.title or art.source, art.date or "undated", art.url or art.source)


def markdown(cat: Catalog, quotes: list[Quote], agreements: list[Agreement], title: str = "Briefing note",
             context: str = "") -> str:
    lines = [f"# {title}", "", f"_Prepared with parley on {time.strftime('%Y-%m-%d %H:%M')}"
             + (f" — {context}" if context else "") + "_", ""]
    if agreements:
        lines += ["## Agreements", ""]
        for a in agreements:
            bits = [a.status]
            if a.parties:
                bits.append("parties: " + ", ".join(a.parties))
            if a.signatories:
                bits.append("signed by " + ", ".join(a.signatories))
            if a.date:
                bits.append(a.date)
            if a.place:
                bits.append(a.place)
            if a.duration_years:
                bits.append(f"{a.duration_years:g} years")
            lines.append(f"- **{a.name}** — " + "; ".join(bits))
            srcs = sorted({m.article_id for m in a.mentions})
            for aid in srcs[:3]:
                art = cat.articles.get(aid)
                if art:
                    lines.append(f"  - source: {art.title or art.source} ({art.date or 'undated'})"
                                 + (f" <{art.url}>" if art.url else ""))
        lines.append("")
    if quotes:
        lines += ["## Quotes", ""]
        n = 0
        for q in quotes:
            n += 1
            src, date, where = _source(cat, q)
            lines.append(f"> {q.text}")
            lines.append(">")
            who = citation(q, cat).split(" \u2014 ", 1)[1]
            lines.append(f"> \u2014 {who}[^{n}]")
            lines.append("")
        lines.append("")
        for k, q in enumerate(quotes, start=1):
            src, date, where = _source(cat, q)
            lines.append(f"[^{k}]: {src}, {date}; {where}; characters {q.start}\u2013{q.end}.")
    return "\n".join(lines).rstrip() + "\n"


def to_csv(cat: Catalog, quotes: list[Quote], agreements: list[Agreement]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["record", "text_or_name", "speaker_or_parties", "title", "date", "source", "url",
                "start", "end", "kind_or_status", "rule"])
    for q in quotes:
        p = cat.by_id.get(q.speaker_id or "")
        src, date, where = _source(cat, q)
        w.writerow(["quote", q.text, q.speaker or "", p.title if p else "", date, src, where,
                    q.start, q.end, q.kind, q.rule])
    for a in agreements:
        w.writerow(["agreement", a.name, "; ".join(a.parties), "", a.date or "", "", "", "", "",
                    a.status, a.rule])
    return buf.getvalue()


def to_json(cat: Catalog, quotes: list[Quote], agreements: list[Agreement]) -> str:
    def q_dict(q: Quote) -> dict:
        src, date, where = _source(cat, q)
        p = cat.by_id.get(q.speaker_id or "")
        return {"id": q.id, "text": q.text, "speaker": q.speaker, "title": p.title if p else None,
                "country": p.country if p else None, "kind": q.kind, "via": q.via, "date": date,
                "source": src, "url": where, "article_id": q.article_id, "start": q.start,
                "end": q.end, "rule": q.rule, "citation": citation(q, cat)}

    def a_dict(a: Agreement) -> dict:
        return {"id": a.id, "name": a.name, "status": a.status, "aliases": a.aliases,
                "parties": a.parties, "signatories": a.signatories, "date": a.date, "place": a.place,
                "duration_years": a.duration_years, "scope": a.scope, "rule": a.rule,
                "mentions": [{"article_id": m.article_id, "start": m.start, "end": m.end} for m in a.mentions]}

    return orjson.dumps({"quotes": [q_dict(q) for q in quotes],
                         "agreements": [a_dict(a) for a in agreements]}, option=orjson.OPT_INDENT_2).decode() + "\n"


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
