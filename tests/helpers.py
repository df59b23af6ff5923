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
