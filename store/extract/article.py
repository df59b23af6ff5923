"""From an article's text to plain records (extract), and from records to the JSON contract
that `parley extract --json` prints and `../shared/eval/score.py` reads."""
from __future__ import annotations

from store.extract import analyse
from store.ingest.reader import RawArticle
from store.records import Article, Extraction, Mention, Participant, Quote, content_id, fold_spaces, participant_key


def article_id(text: str) -> str:
    return content_id("article", text)


def extract(raw: RawArticle) -> Extraction:
    text = raw.text
    aid = article_id(text)
    a = analyse(text)
    article = Article(id=aid, text=text, source=raw.source,
                      title=raw.title or a.doc.title,
                      date=raw.date or (a.doc.date.isoformat() if a.doc.date else None),
                      url=raw.url, format=raw.format, sources=[raw.source])
    parts: list[Participant] = []
    ids: dict[int, str] = {}
    for e in a.people + a.orgs:
        pid = participant_key(e.kind, e.name)
        ids[id(e)] = pid
        parts.append(Participant(
            id=pid, name=e.name, kind=e.kind, title=e.title, country=e.country,
            aliases=list(e.aliases), handles=list(dict.fromkeys(e.handles)),
            mentions=[Mention(aid, m.start, m.end) for m in sorted(e.mentions, key=lambda m: m.start)],
            rule=e.rule + (f"; country:{e.country_rule}" if e.country_rule else "")))
    cm = a.country_mentions
    for c in a.countries:
        parts.append(Participant(
            id=participant_key("country", c), name=c, kind="country",
            mentions=[Mention(aid, m.start, m.end) for m in cm if m.country == c],
            rule="country_name_or_demonym"))
    quotes = []
    for f in a.quotes:
        span_rule = "post_text" if f.kind == "post" else (
            ("single" if f.span is not None and f.span.single else "double")
            + ("_unclosed" if f.span is not None and f.span.close_mark is None else "")
            + "_quote")
        quotes.append(Quote(
            id=content_id("quote", aid, f.start, f.end), article_id=aid, text=text[f.start:f.end],
            start=f.start, end=f.end, speaker=f.speaker.name if f.speaker else None,
            speaker_id=ids.get(id(f.speaker)) if f.speaker else None, kind=f.kind, via=f.via,
            rule=f"{span_rule}/{f.kind}; speaker:{f.rule}", confidence=f.confidence,
            evidence=f.evidence, suggested_speaker=f.suggested.name if f.suggested else None))
    # a quote repeated verbatim (a post and the body) points at its first occurrence
    seen: dict[str, str] = {}
    for q in quotes:
        key = fold_spaces(q.text)[:60]
        if key in seen:
            q.same_as = seen[key]
        else:
            seen[key] = q.id
    agreements = []
    for found in a.agreements:
        g = found.record
        g.id = content_id("agreement", aid, g.name.casefold())
        g.mentions = [Mention(aid, m.start, m.end) for m in found.mentions]
        agreements.append(g)
    return Extraction(article=article, participants=parts, quotes=quotes, agreements=agreements)


def contract(ex: Extraction) -> dict:
    """One article in the shape of the scorer's contract (signed agreements only)."""
    art = ex.article
    return {
        "title": art.title, "date": art.date, "source": art.source,
        "participants": [{"name": p.name, "kind": p.kind, "title": p.title, "country": p.country,
                          "aliases": p.aliases, "handles": p.handles, "rule": p.rule}
                         for p in ex.participants],
        "quotes": [{"text": q.text, "speaker": q.speaker, "kind": q.kind, "start": q.start,
                    "end": q.end, "via": q.via, "rule": q.rule, "confidence": q.confidence,
                    "evidence": q.evidence, "suggested_speaker": q.suggested_speaker}
                   for q in ex.quotes],
        "agreements": [{"name": g.name, "aliases": g.aliases, "parties": g.parties,
                        "signatories": g.signatories, "date": g.date, "place": g.place,
                        "duration_years": g.duration_years, "scope": g.scope, "status": g.status,
                        "rule": g.rule} for g in ex.agreements if g.status == "signed"],
    }
