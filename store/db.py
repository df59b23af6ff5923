"""The store: a TinyDB file of articles, participants, quotes and agreements.

Writers take a file lock, open the file afresh inside it (TinyDB caches the next document id
per process, so a stale handle collides with another writer), apply a whole batch in memory
through CachingMiddleware, and write once, atomically. Readers read the file without the lock:
they see the old store or the new one, never half of either.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from .extraction import extract
from .reader import RawArticle
from .records import Agreement, Article, Participant, Quote, from_dict, to_dict
from .resolve import ParticipantIndex, merge_agreement, same_agreement
from .storage import AtomicJSONStorage, read_json, remove_stale_temps

SCHEMA_VERSION = 1
TABLES = ("articles", "participants", "quotes", "agreements")


@dataclass(slots=True)
class ImportReport:
    added: list[str] = field(default_factory=list)        # article ids
    skipped: list[str] = field(default_factory=list)      # already stored
    participants: int = 0
    quotes: int = 0
    agreements: int = 0
    new_participants: int = 0


@dataclass(slots=True)
class Snapshot:
    """Everything the app shows, as plain records (article texts included)."""
    path: Path
    articles: dict[str, Article]
    participants: list[Participant]
    quotes: list[Quote]
    agreements: list[Agreement]
    schema: int = SCHEMA_VERSION
    stamp: tuple[int, int, int] = (0, 0, 0)


def _rows(data: dict, table: str) -> list[dict]:
    t = data.get(table) or {}
    return list(t.values())


def file_stamp(path: Path) -> tuple[int, int, int]:
    """(inode, mtime_ns, size): changes whenever a writer replaces the store."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return (0, 0, 0)
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class Store:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.lock = FileLock(str(self.path) + ".lock", timeout=60)

    # -- reading ------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        stamp = file_stamp(self.path)
        data = read_json(self.path) or {}
        return Snapshot(
            path=self.path,
            articles={r["id"]: from_dict(Article, r) for r in _rows(data, "articles")},
            participants=[from_dict(Participant, r) for r in _rows(data, "participants")],
            quotes=[from_dict(Quote, r) for r in _rows(data, "quotes")],
            agreements=[from_dict(Agreement, r) for r in _rows(data, "agreements")],
            schema=int((data.get("meta") or {}).get("1", {}).get("schema", SCHEMA_VERSION)),
            stamp=stamp)

    def exists(self) -> bool:
        return self.path.exists()

    # -- writing ------------------------------------------------------------------------
    def import_articles(self, raws: Iterable[RawArticle],
                        progress: Callable[[RawArticle], None] | None = None) -> ImportReport:
        """Extract outside the lock, then resolve and write the whole batch once."""
        extractions = []
        seen: set[str] = set()
        for raw in raws:
            ex = extract(raw)
            if ex.article.id not in seen:
                seen.add(ex.article.id)
                extractions.append(ex)
            if progress:
                progress(raw)
        return self.write_extractions(extractions)

    def write_extractions(self, extractions) -> ImportReport:
        report = ImportReport()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.lock:
            remove_stale_temps(self.path.parent)
            middleware = CachingMiddleware(AtomicJSONStorage)
            middleware.WRITE_CACHE_SIZE = 1 << 60      # one write per batch: at flush
            db = TinyDB(self.path, storage=middleware)
            try:
                self._apply(db, extractions, report)
                db.storage.flush()
            finally:
                db.close()
        return report

    def _apply(self, db: TinyDB, extractions, report: ImportReport) -> None:
        t_art = db.table("articles")
        t_par = db.table("participants")
        t_quo = db.table("quotes")
        t_agr = db.table("agreements")
        meta = db.table("meta")
        if not meta.all():
            meta.insert({"schema": SCHEMA_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")})
        known = {d["id"] for d in t_art.all()}
        existing = [from_dict(Participant, d) for d in t_par.all()]
        index = ParticipantIndex(existing)
        n_existing = len(existing)
        agreements = [from_dict(Agreement, d) for d in t_agr.all()]
        n_agreements = len(agreements)
        new_articles, new_quotes = [], []
        for ex in extractions:
            art = ex.article
            if art.id in known:
                report.skipped.append(art.id)
                continue
            known.add(art.id)
            art.imported_at = time.strftime("%Y-%m-%dT%H:%M:%S")
            new_articles.append(to_dict(art))
            remap: dict[str, str] = {}
            for p in ex.participants:
                merged, _new = index.add_or_merge(p)
                remap[p.id] = merged.id
            for q in ex.quotes:
                if q.speaker_id:
                    q.speaker_id = remap.get(q.speaker_id, q.speaker_id)
                new_quotes.append(to_dict(q))
            for g in ex.agreements:
                hit = next((x for x in agreements if same_agreement(x, g)
                            and all(m.article_id != art.id for m in x.mentions)), None)
                if hit is None:
                    agreements.append(g)
                else:
                    merge_agreement(hit, g)
            report.added.append(art.id)
            report.quotes += len(ex.quotes)
            report.agreements += len(ex.agreements)
            report.participants += len(ex.participants)
        if not new_articles:
            return
        report.new_participants = len(index.items) - n_existing
        t_art.insert_multiple(new_articles)
        t_quo.insert_multiple(new_quotes)
        # participants and agreements are rewritten whole: merges touch existing records
        t_par.truncate()
        t_par.insert_multiple(to_dict(p) for p in index.items)
        t_agr.truncate()
        t_agr.insert_multiple(to_dict(a) for a in agreements)
        _ = n_agreements

    def stats(self) -> dict:
        snap = self.snapshot()
        size = self.path.stat().st_size if self.path.exists() else 0
        kinds: dict[str, int] = {}
        for p in snap.participants:
            kinds[p.kind] = kinds.get(p.kind, 0) + 1
        return {"path": str(self.path), "size_bytes": size, "articles": len(snap.articles),
                "participants": len(snap.participants), "quotes": len(snap.quotes),
                "agreements": len(snap.agreements), **{f"{k}s": v for k, v in kinds.items()}}
