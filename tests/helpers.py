from __future__ import annotations

from store.extract.article import contract, extract
from store.ingest.reader import RawArticle, normalise


def run(text: str) -> dict:
    """The contract of one article written in a test."""
    return contract(extract(RawArticle(text=normalise(text), source="test")))


def speakers(out: dict) -> dict[str, str | None]:
    return {q["text"]: q["speaker"] for q in out["quotes"]}


def people(out: dict) -> dict[str, dict]:
    return {p["name"]: p for p in out["participants"] if p["kind"] == "person"}


def store_tables(path) -> dict:
    """A store's tables as one document, the quotes gathered from the segments the store file
    names (as a schema-2 store held them inline)."""
    import orjson

    from store.db import segments
    data = orjson.loads(path.read_bytes())
    quotes = dict(data.get("quotes") or {})
    for entry in segments.entries(data.get("meta")):
        for row in segments.read_rows(segments.folder(path), entry).values():
            quotes[str(len(quotes) + 1)] = row
    data["quotes"] = quotes
    return data


def edit_quotes(path, change) -> None:
    """Change stored quote rows in place through the store's own editing path."""
    from store.db.database import Store
    with Store(path).editing() as (_db, quotes):
        for q in quotes:
            change(q)
