"""The store: a TinyDB file of articles, participants, quotes, agreements and corrections.

Writers take a file lock, open the file afresh inside it (TinyDB caches the next document id
per process, so a stale handle collides with another writer), apply a whole batch in memory
through CachingMiddleware, and write once, atomically. Readers read the file without the lock:
they see the old store or the new one, never half of either.

Article bodies live beside the file, one file per article (`<store>.texts/<id>.txt`), so that
opening the store does not read them: they are as large as everything else together, and only a
detail screen needs one. Bodies are content-addressed and written before the store that names
them, so a crash can leave an unused body but never a store naming a missing one.
"""
from __future__ import annotations

import contextlib
import gc
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import orjson
from filelock import FileLock
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from store.records import Agreement, Article, Mention, Participant, Quote, content_id, from_dict, to_dict
from store.db.storage import AtomicJSONStorage, atomic_write, read_json, remove_stale_temps

SCHEMA_VERSION = 2
TABLES = ("articles", "participants", "quotes", "agreements", "corrections")


_PLURAL = {"person": "people", "country": "countries", "organisation": "organisations"}


class StoreError(Exception):
    """A store that cannot be opened; the message says why in one line."""


@dataclass(slots=True)
class ImportReport:
    added: list[str] = field(default_factory=list)        # article ids
    skipped: list[str] = field(default_factory=list)      # already stored
    participants: int = 0
    quotes: int = 0
    agreements: int = 0
    new_participants: int = 0
    duplicates: list[str] = field(default_factory=list)   # stored as copies of earlier articles


@dataclass(slots=True)
class Snapshot:
    """Everything the app lists, as plain records; article bodies are read on demand."""
    path: Path
    articles: dict[str, Article]
    participants: list[Participant]
    quotes: list[Quote]
    agreements: list[Agreement]
    corrections: list[dict] = field(default_factory=list)
    schema: int = SCHEMA_VERSION
    stamp: tuple[int, int, int] = (0, 0, 0)


def file_stamp(path: Path) -> tuple[int, int, int]:
    """(inode, mtime_ns, size): changes whenever a writer replaces the store."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return (0, 0, 0)
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def _rows(data: dict, table: str) -> list[dict]:
    return list((data.get(table) or {}).values())


def _mentions(rows) -> list[Mention]:
    return [Mention(m["article_id"], m["start"], m["end"]) for m in rows]


def _quote(r: dict) -> Quote:
    # positional construction: ~3x faster than from_dict at 400k quotes
    return Quote(r["id"], r["article_id"], r["text"], r["start"], r["end"], r.get("speaker"),
                 r.get("speaker_id"), r.get("kind", "direct"), r.get("via"), r.get("rule", ""),
                 r.get("same_as"), r.get("rejected", False), r.get("corrected"))


def _participant(r: dict) -> Participant:
    return Participant(r["id"], r["name"], r["kind"], r.get("title"), r.get("country"),
                       r.get("aliases", []), r.get("handles", []), _mentions(r.get("mentions", ())),
                       r.get("rule", ""))


def _agreement(r: dict) -> Agreement:
    a = from_dict(Agreement, r)
    return a


class _File(msgspec.Struct):
    """The store file as msgspec reads it: TinyDB's {table: {doc_id: document}} layout, each
    document left raw so that the records are decoded one by one (see _decode)."""
    articles: dict[str, msgspec.Raw] = {}
    participants: dict[str, msgspec.Raw] = {}
    quotes: dict[str, msgspec.Raw] = {}
    agreements: dict[str, msgspec.Raw] = {}
    corrections: dict[str, dict] = {}
    meta: dict[str, dict] = {}


class _Decoded(msgspec.Struct):
    articles: list[Article]
    participants: list[Participant]
    quotes: list[Quote]
    agreements: list[Agreement]
    corrections: dict[str, dict]
    meta: dict[str, dict]


_FILE = msgspec.json.Decoder(_File)
_RECORD = {cls: msgspec.json.Decoder(cls) for cls in (Article, Participant, Quote, Agreement)}


def _decode(buf: bytes) -> _Decoded:
    """One quick scan of the file (the only long call that holds the GIL), then each record
    decoded straight into its dataclass in a Python loop, which lets the app's UI thread run
    between records: the app never freezes while a large store loads."""
    f = _FILE.decode(buf)
    a, p, q, g = (_RECORD[c].decode for c in (Article, Participant, Quote, Agreement))
    return _Decoded([a(r) for r in f.articles.values()], [p(r) for r in f.participants.values()],
                    [q(r) for r in f.quotes.values()], [g(r) for r in f.agreements.values()],
                    f.corrections, f.meta)


class TextStore:
    """Article bodies, named by the article's content id.

    An import writes the bodies of a batch as one pack file (`pack-<hash>.pack`: the bodies,
    then a JSON index {id: [offset, length]}, then the index length and a magic trailer),
    fsynced once with one directory fsync: one durable sync per batch instead of one per
    article (2.8-4.2 ms each). `put` stages a body and `sync` writes the pack; the store file
    that names the bodies is written after `sync`, so a crash leaves at worst an unused pack.
    Stores from before packs keep their `<id>.txt` files, which are still read."""

    PACK_MAGIC = b"PRLYPK01"

    # pack indexes read in this process, per folder: packs never change once written, so every
    # TextStore of the same store (the app opens one per article shown) shares them
    _SHARED: dict[str, tuple[set[str], dict[str, tuple[str, int, int]]]] = {}

    def __init__(self, root: Path):
        self.root = root
        self._pending: dict[str, str] = {}
        shared = self._SHARED.setdefault(str(root), (set(), {}))
        self._packs: set[str] = shared[0]
        self._packed: dict[str, tuple[str, int, int]] = shared[1]   # id -> (pack name, offset, length)

    def path(self, article_id: str) -> Path:
        return self.root / f"{article_id}.txt"

    def put(self, article_id: str, text: str) -> None:
        """Stage a body; durable after `sync`."""
        self._pending.setdefault(article_id, text)

    def get(self, article_id: str) -> str | None:
        staged = self._pending.get(article_id)
        if staged is not None:
            return staged
        try:
            return self.path(article_id).read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            pass
        loc = self._packed.get(article_id)
        if loc is None and self._refresh():
            loc = self._packed.get(article_id)
        if loc is None:
            return None
        name, off, length = loc
        try:
            with open(self.root / name, "rb") as fh:
                fh.seek(off)
                return fh.read(length).decode("utf-8")
        except FileNotFoundError:
            # the folder was replaced since its packs were read here: read them afresh, once
            self._packs.clear()
            self._packed.clear()
            if self._refresh() and article_id in self._packed:
                return self.get(article_id)
            return None
        except (OSError, UnicodeDecodeError):
            return None

    def _refresh(self) -> bool:
        """Read the index of every pack not read yet; True if one was new."""
        try:
            names = [e.name for e in os.scandir(self.root)
                     if e.name.endswith(".pack") and e.name not in self._packs]
        except (FileNotFoundError, NotADirectoryError):
            return False
        for name in names:
            self._packs.add(name)
            index = self._read_index(self.root / name)
            for aid, loc in index.items():
                if (isinstance(loc, list) and len(loc) == 2 and all(type(x) is int and x >= 0 for x in loc)):
                    self._packed.setdefault(aid, (name, loc[0], loc[1]))   # a damaged entry is a missing body
        return bool(names)

    @classmethod
    def _read_index(cls, path: Path) -> dict:
        try:
            with open(path, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                size = fh.tell()
                if size < 16:
                    return {}
                fh.seek(size - 16)
                tail = fh.read(16)
                if tail[8:] != cls.PACK_MAGIC:
                    return {}
                n = int.from_bytes(tail[:8], "little")
                if n > size - 16:
                    return {}
                fh.seek(size - 16 - n)
                index = orjson.loads(fh.read(n))
        except (OSError, orjson.JSONDecodeError):
            return {}
        return index if isinstance(index, dict) else {}

    def _encode_pack(self, items: list[tuple[str, str]]) -> tuple[bytes, dict[str, list[int]]]:
        parts, index, off = [], {}, 0
        for aid, text in items:
            b = text.encode("utf-8")
            parts.append(b)
            index[aid] = [off, len(b)]
            off += len(b)
        idx = orjson.dumps(index)
        parts += [idx, len(idx).to_bytes(8, "little"), self.PACK_MAGIC]
        return b"".join(parts), index

    def sync(self) -> None:
        """Make every staged body durable: one pack, one file fsync, one directory fsync."""
        if self._pending:
            # the store stages only bodies it does not name yet; one left by a killed import
            # may be packed again, which costs its size and nothing else
            items = list(self._pending.items())
            if items:
                name = "pack-" + content_id("pack", *(a for a, _ in items)) + ".pack"
                blob, index = self._encode_pack(items)
                atomic_write(self.root / name, blob, sync_dir=True)
                self._packs.add(name)
                for aid, (off, n) in index.items():
                    self._packed[aid] = (name, off, n)
            self._pending.clear()
            return
        if self.root.exists():
            fd = os.open(self.root, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def discard(self) -> None:
        """Forget staged bodies (a batch that was not written)."""
        self._pending.clear()

    def size_bytes(self) -> int:
        try:
            return sum(e.stat().st_size for e in os.scandir(self.root)
                       if e.name.endswith((".txt", ".pack")))
        except (FileNotFoundError, NotADirectoryError):
            return 0


class Store:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.lock = FileLock(str(self.path) + ".lock", timeout=120)
        self.texts = TextStore(self.path.with_name(self.path.name + ".texts"))
        self.sketch_path = self.path.with_name(self.path.name + ".sketches")
        self._sketches = None
        self._parsed: tuple[tuple[int, int, int], dict] | None = None   # (file stamp, tables) after a write

    # -- reading ------------------------------------------------------------------------
    def _read(self) -> dict:
        gc_was = gc.isenabled()
        gc.disable()            # orjson builds millions of objects; the cyclic GC only slows it
        try:
            data = read_json(self.path) or {}
        except orjson.JSONDecodeError as exc:
            raise StoreError(f"{self.path}: not a parley store (invalid JSON: {exc})") from exc
        finally:
            if gc_was:
                gc.enable()
        if not isinstance(data, dict):
            raise StoreError(f"{self.path}: not a parley store (top level is not an object)")
        return data

    def schema_of(self, data: dict) -> int:
        meta = _rows(data, "meta")
        if meta:
            return int(meta[0].get("schema", 1))
        arts = _rows(data, "articles")
        return 1 if arts and "text" in arts[0] else SCHEMA_VERSION

    def snapshot(self) -> Snapshot:
        """Load everything the app lists (not the article bodies), migrating an old store.

        msgspec decodes the file straight into the record dataclasses: no intermediate dicts,
        which halves the time and the peak memory of a 50k-article store."""
        stamp = file_stamp(self.path)
        try:
            buf = self.path.read_bytes()
        except FileNotFoundError:
            buf = b""
        if not buf.strip():
            return Snapshot(self.path, {}, [], [], [], stamp=stamp)
        gc_was = gc.isenabled()
        gc.disable()           # millions of new objects, no cycles: the cyclic GC only slows it
        try:
            try:
                data = _decode(buf)
            except msgspec.ValidationError:
                data = None    # an older schema: migrate, then decode again
            except msgspec.DecodeError as exc:
                raise StoreError(f"{self.path}: not a parley store (invalid JSON: {exc})") from exc
            if data is None or (data.articles and not data.meta):
                del buf
                self.migrate()
                stamp = file_stamp(self.path)
                data = _decode(self.path.read_bytes())
            schema = int(next(iter(data.meta.values()), {}).get("schema", SCHEMA_VERSION))
            if schema < SCHEMA_VERSION:
                self.migrate()
                stamp = file_stamp(self.path)
                data = _decode(self.path.read_bytes())
            snap = Snapshot(
                path=self.path,
                articles={a.id: a for a in data.articles},
                participants=data.participants,
                quotes=data.quotes,
                agreements=data.agreements,
                corrections=list(data.corrections.values()),
                schema=SCHEMA_VERSION, stamp=stamp)
        finally:
            if gc_was:
                gc.enable()
        return snap

    def article_text(self, article_id: str) -> str | None:
        return self.texts.get(article_id)

    def exists(self) -> bool:
        return self.path.exists()

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> bool:
        """Bring an older store to the current schema, keeping a backup copy of the old file."""
        if not self.path.exists():
            return False
        with self.lock:
            data = self._read()
            old = self.schema_of(data)
            if old >= SCHEMA_VERSION:
                return False
            backup = self.path.with_name(f"{self.path.name}.bak-v{old}")
            shutil.copy2(self.path, backup)
            if old < 2:
                # v1 kept article bodies inside the store
                for r in _rows(data, "articles"):
                    text = r.pop("text", None)
                    if text is not None:
                        self.texts.put(r["id"], text)
                self.texts.sync()
            data["meta"] = {"1": {"schema": SCHEMA_VERSION, "migrated_from": old,
                                  "migrated": time.strftime("%Y-%m-%dT%H:%M:%S")}}
            data.setdefault("corrections", {})
            AtomicJSONStorage(self.path).write(data)
        return True

    # -- writing ------------------------------------------------------------------------
    def sketches(self, originals: set[str]):
        """The dedup sketches, read once and kept between batches (re-read only if another
        process rewrote them); originals without one (an old store, whose datasketch .npz
        needs numpy, or a lost or damaged file) are sketched from their stored bodies."""
        from store.resolve.syndication import Sketches
        if self._sketches is None or self._sketches.stale():
            # not synced with the directory: a lost sketch file is rebuilt from the bodies
            self._sketches = Sketches(self.sketch_path,
                                      write=lambda p, data: atomic_write(p, data, sync_dir=False)).load()
        self._sketches.fill_missing(originals, self.texts.get)
        old = self.path.with_name(self.path.name + ".sketches.npz")
        if old.exists():
            with contextlib.suppress(OSError):
                old.unlink()            # replaced by the file above, rebuilt from the bodies
        return self._sketches

    def import_articles(self, raws, progress: Callable | None = None) -> ImportReport:
        """Extract outside the lock, then resolve and write the whole batch once."""
        from store.extract.article import extract
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

    def open_for_write(self) -> TinyDB:
        middleware = CachingMiddleware(AtomicJSONStorage)
        middleware.WRITE_CACHE_SIZE = 1 << 60      # one write per batch: at flush
        return TinyDB(self.path, storage=middleware)

    def write_extractions(self, extractions) -> ImportReport:
        report = ImportReport()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.lock:
            remove_stale_temps(self.path.parent)
            remove_stale_temps(self.texts.root)
            db = self.open_for_write()
            parsed, self._parsed = self._parsed, None
            if parsed is not None and parsed[0] == file_stamp(self.path):
                # the file is as this process wrote it at the previous batch: no need to parse it again
                db.storage.cache = parsed[1]
            data = db.storage.read()
            if data and self.schema_of(data) < SCHEMA_VERSION:
                db.close()
                self.migrate()              # the lock is re-entrant
                db = self.open_for_write()
            try:
                self._apply(db, extractions, report)
                if report.added:
                    from store.db.corrections import apply_corrections
                    apply_corrections(db)
                    self.texts.sync()
                    db.storage.flush()
                    self._parsed = (file_stamp(self.path), db.storage.cache)
            except BaseException:
                db.storage._cache_modified_count = 0   # a batch that failed writes nothing
                self._parsed = None
                raise
            finally:
                db.close()
                self.texts.discard()        # bodies of a batch that failed are not kept staged
        return report

    def _apply(self, db: TinyDB, extractions, report: ImportReport) -> None:
        # write-path modules, imported here so that opening the app does not load them
        from store.resolve.syndication import signature
        from store.resolve.participants import ParticipantIndex, merge_agreement, same_agreement

        t_art = db.table("articles")
        t_par = db.table("participants")
        t_quo = db.table("quotes")
        t_agr = db.table("agreements")
        meta = db.table("meta")
        if not meta.all():
            meta.insert({"schema": SCHEMA_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")})
        raw = db.storage.read() or {}
        # read the cached tables directly: TinyDB's all() deep-copies every document
        known = {d["id"] for d in (raw.get("articles") or {}).values()}
        par_rows = list((raw.get("participants") or {}).values())
        existing = [_participant(d) for d in par_rows]
        index = ParticipantIndex(existing)
        n_existing = len(existing)
        agr_rows = list((raw.get("agreements") or {}).values())
        agreements = [_agreement(d) for d in agr_rows]
        touched_agreements: set[int] = set()
        touched_articles: set[str] = set()
        new_articles, new_quotes = [], []
        art_rows = {r["id"]: r for r in (raw.get("articles") or {}).values()}
        originals = {aid for aid, r in art_rows.items() if not r.get("duplicate_of")}
        sketches = self.sketches(originals)
        for ex in extractions:
            art = ex.article
            if art.id in known:
                report.skipped.append(art.id)
                continue
            known.add(art.id)
            self.texts.put(art.id, art.text)
            art.imported_at = time.strftime("%Y-%m-%dT%H:%M:%S")
            sig = signature(art.text)
            hit = sketches.find(sig, originals)
            sketches.add(art.id, sig)
            row = to_dict(art)
            row.pop("text")
            if hit is not None:
                # a syndicated copy: stored and linked, its records not counted a second time
                first = art_rows.get(hit[0]) or next(r for r in new_articles if r["id"] == hit[0])
                row["duplicate_of"] = hit[0]
                first.setdefault("sources", [])
                for src in art.sources or [art.source]:
                    if src not in first["sources"]:
                        first["sources"].append(src)
                touched_articles.add(hit[0])
                new_articles.append(row)
                report.added.append(art.id)
                report.duplicates.append(art.id)
                continue
            originals.add(art.id)
            new_articles.append(row)
            remap: dict[str, Participant] = {}
            for p in ex.participants:
                merged, _new = index.add_or_merge(p)
                remap[p.id] = merged
            for q in ex.quotes:
                if q.speaker_id and q.speaker_id in remap:
                    # one identity across articles: the quote names the participant's canonical name
                    who = remap[q.speaker_id]
                    q.speaker_id, q.speaker = who.id, who.name
                new_quotes.append(to_dict(q))
            for g in ex.agreements:
                hit = next((k for k, x in enumerate(agreements) if same_agreement(x, g)
                            and all(m.article_id != art.id for m in x.mentions)), None)
                if hit is None:
                    agreements.append(g)
                    touched_agreements.add(len(agreements) - 1)
                else:
                    merge_agreement(agreements[hit], g)
                    touched_agreements.add(hit)
            report.added.append(art.id)
            report.quotes += len(ex.quotes)
            report.agreements += len(ex.agreements)
            report.participants += len(ex.participants)
        if not new_articles:
            return
        report.new_participants = len(index.items) - n_existing
        if touched_articles & set(art_rows):
            # originals that gained a source: rewrite the table with them
            t_art.truncate()
            t_art.insert_multiple(list(art_rows.values()))
        t_art.insert_multiple(new_articles)
        sketches.save()
        t_quo.insert_multiple(new_quotes)
        # participants and agreements are rewritten whole: merges touch existing records
        # unchanged records are written back as they were read; only touched ones are converted
        t_par.truncate()
        t_par.insert_multiple(to_dict(p) if i in index.dirty or i >= len(par_rows) else par_rows[i]
                              for i, p in enumerate(index.items))
        t_agr.truncate()
        t_agr.insert_multiple(to_dict(a) if i in touched_agreements or i >= len(agr_rows) else agr_rows[i]
                              for i, a in enumerate(agreements))

    def stats(self) -> dict:
        """Counts kept in the store's meta record (written with every store write); a store
        written before they were kept is read whole once."""
        from store.db.storage import read_meta
        size = self.path.stat().st_size if self.path.exists() else 0
        texts = self.texts.size_bytes()
        meta = read_meta(self.path)
        first = next(iter(meta.values()), None) if meta else None
        counts = first.get("counts") if isinstance(first, dict) else None
        if isinstance(counts, dict) and int(first.get("schema", 1)) == SCHEMA_VERSION:
            kinds = counts.get("kinds") or {}
            return {"path": str(self.path), "schema": SCHEMA_VERSION, "size_bytes": size,
                    "article_text_bytes": texts, "articles": counts.get("articles", 0),
                    "participants": counts.get("participants", 0),
                    **{_PLURAL.get(k, k + "s"): v for k, v in sorted(kinds.items())},
                    "quotes": counts.get("quotes", 0), "agreements": counts.get("agreements", 0),
                    "corrections": counts.get("corrections", 0)}
        snap = self.snapshot()
        kinds: dict[str, int] = {}
        for p in snap.participants:
            kinds[p.kind] = kinds.get(p.kind, 0) + 1
        return {"path": str(self.path), "schema": snap.schema, "size_bytes": size,
                "article_text_bytes": texts, "articles": len(snap.articles),
                "participants": len(snap.participants),
                **{_PLURAL.get(k, k + "s"): v for k, v in sorted(kinds.items())},
                "quotes": len([q for q in snap.quotes if not q.rejected]),
                "agreements": len(snap.agreements),
                "corrections": len([c for c in snap.corrections if not c.get("undone")])}
