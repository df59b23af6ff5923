"""Extractions as JSON lines: what `parley extract --jsonl` prints and `parley import --extracted`
reads back, so that extraction (a pure function of one article) can run anywhere, e.g. on a
Dask cluster (examples/dask_import.py), and the store is still written by one process.

Each line is the contract of `parley extract --json` for one article (title, date, source,
participants, quotes, agreements: what ../shared/eval/score.py reads) plus `record`: the whole
Extraction (article text, ids, offsets, mentions, rules) from which the store is built exactly
as if the article had been extracted by the importer.
"""
from __future__ import annotations

from typing import Any

from store.records import Agreement, Article, Extraction, Participant, Quote, content_id, from_dict, to_dict

FORMAT = 1


class ExtractedLineError(ValueError):
    """A line that is not a whole extraction; the message says what is wrong."""


def extraction_line(ex: Extraction, contract_of) -> dict[str, Any]:
    """The contract keys plus the full record (`contract_of` is store.extract.article.contract)."""
    line = contract_of(ex)
    line["record"] = {
        "format": FORMAT,
        "article": to_dict(ex.article),
        "participants": [to_dict(p) for p in ex.participants],
        "quotes": [to_dict(q) for q in ex.quotes],
        "agreements": [to_dict(g) for g in ex.agreements],
    }
    return line


def error_line(source: str, reason: str) -> dict[str, Any]:
    """An input that yielded no extraction, so that the importer reports it in one line."""
    return {"source": source, "error": reason}


def _records(cls, rows: Any, what: str) -> list:
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ExtractedLineError(f"record.{what} is not a list of objects")
    try:
        return [from_dict(cls, r) for r in rows]
    except TypeError as exc:
        raise ExtractedLineError(f"record.{what}: {exc}") from exc


def _check_offsets(ex: Extraction) -> None:
    """The line is untrusted input: ids and offsets must agree with the article text."""
    art = ex.article
    text = art.text
    if not isinstance(text, str) or content_id("article", text) != art.id:
        raise ExtractedLineError("record.article.id is not the content id of its text")
    for q in ex.quotes:
        if q.article_id != art.id or not (0 <= q.start <= q.end <= len(text)) or text[q.start:q.end] != q.text:
            raise ExtractedLineError(f"quote {q.id}: offsets do not match the article text")
    for rec in (*ex.participants, *ex.agreements):
        for m in rec.mentions:
            if m.article_id != art.id or not (0 <= m.start <= m.end <= len(text)):
                raise ExtractedLineError(f"{rec.id}: mention outside the article text")


class ExtractedError(Exception):
    """An error line: the input that failed during extraction elsewhere, and why."""

    def __init__(self, source: str, reason: str):
        super().__init__(reason)
        self.source, self.reason = source, reason


def extraction_from_line(line: Any) -> Extraction:
    if isinstance(line, dict) and "record" not in line and isinstance(line.get("error"), str):
        raise ExtractedError(str(line.get("source", "?")), line["error"])
    if not isinstance(line, dict) or not isinstance(line.get("record"), dict):
        raise ExtractedLineError("no `record` (write it with `parley extract --jsonl`)")
    rec = line["record"]
    if rec.get("format") != FORMAT:
        raise ExtractedLineError(f"record format {rec.get('format')!r}, expected {FORMAT}")
    if not isinstance(rec.get("article"), dict):
        raise ExtractedLineError("record.article is not an object")
    (article,) = _records(Article, [rec["article"]], "article")
    ex = Extraction(article=article,
                    participants=_records(Participant, rec.get("participants", []), "participants"),
                    quotes=_records(Quote, rec.get("quotes", []), "quotes"),
                    agreements=_records(Agreement, rec.get("agreements", []), "agreements"))
    _check_offsets(ex)
    return ex
