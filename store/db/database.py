"""The store: a TinyDB file of articles, participants, agreements and corrections, with the
quotes in segment files beside it (schema 3; see store/db/segments.py for why the split is there).

Writers take a file lock, open the file afresh inside it (TinyDB caches the next document id
per process, so a stale handle collides with another writer), apply a whole batch in memory
through CachingMiddleware, and write once, atomically. Readers read the file without the lock:
they see the old store or the new one, never half of either.

Article bodies live beside the file, one file per article (`<store>.texts/<id>.txt`), so that
opening the store does not read them: they are as large as everything else together, and only a
detail screen needs one. Bodies are content-addressed and written before the store that names
them, so a crash can leave an unused body but never a store naming a missing one. Quote
segments follow the same rule: written before the store file that names them.
"""
from __future__ import annotations

import contextlib
import errno
import gc
import os
import shutil
import struct
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from store.records import Agreement, Article, Mention, Participant, Quote, content_id, from_dict, to_dict
from store.db import segments
from store.db.storage import AtomicJSONStorage, atomic_write, remove_stale_temps

# 3: quotes in segment files (store/db/segments.py); 2: bodies beside the store; 1: all inline
SCHEMA_VERSION = 3
TABLES = ("articles", "participants", "quotes", "agreements", "corrections")


_PLURAL = {"person": "people", "country": "countries", "organisation": "organisations"}


class StoreError(Exception):
    """A store that cannot be opened or written; the message says why and what to do, in one
    line naming the file, and nothing was written."""


# -- failing in one line: shapes, schema, locks, full disks ----------------------------------
LOCK_TIMEOUT = float(os.environ.get("PARLEY_LOCK_TIMEOUT", "120"))
# the fields every row of a table must have for the store to be read at all
REQUIRED = {"articles": ("id",), "participants": ("id", "name", "kind"),
            "quotes": ("id", "article_id", "text", "start", "end"), "agreements": ("id", "name"),
            "corrections": ("id", "kind"), "meta": ()}


def _typename(v) -> str:
    return "null" if v is None else {"list": "a list", "dict": "an object", "str": "a string"}.get(
        type(v).__name__, type(v).__name__)


def shape_problem(data) -> str | None:
    """Why data is not a parley store's top level ({table: {doc_id: row}}), or None."""
    if not isinstance(data, dict):
        return f"top level is {_typename(data)}, expected an object of tables"
    for table, fields in REQUIRED.items():
        rows = data.get(table)
        if rows is None:
            continue
        if not isinstance(rows, dict):
            return f"table {table!r} is {_typename(rows)}, expected an object of rows"
        need = set(fields)
        if all(type(row) is dict and need <= row.keys() for row in rows.values()):
            continue            # the common case, checked in one pass; the loop below says why not
        for key, row in rows.items():
            if not isinstance(row, dict):
                return f"{table} row {key} is {_typename(row)}, expected an object"
            missing = [f for f in fields if f not in row]
            if missing:
                return f"{table} row {key} lacks {', '.join(missing)}"
    return None


def schema_problem(schema: int) -> str | None:
    if schema > SCHEMA_VERSION:
        return (f"schema {schema} is newer than this parley understands ({SCHEMA_VERSION}); "
                "upgrade parley to use this store")
    return None


def sketch_problem(path: Path) -> str | None:
    """Why the syndication sketches file beside a store cannot be read, or None. A damaged file
    costs no data: the next import rebuilds it from the stored bodies."""
    if not path.exists():
        return None
    from store.resolve.syndication import Sketches, SketchFileError
    try:
        Sketches(path)._decode(path.read_bytes())
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    except (SketchFileError, struct.error, ValueError, UnicodeDecodeError) as exc:
        return f"damaged ({type(exc).__name__}: {str(exc)[:80]})"
    return None


def _write_failure(path: Path, exc: OSError) -> StoreError:
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        why = "the disk is full: free some space and run the command again"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "the store or its folder is read-only: check the permissions"
    else:
        why = exc.strerror or str(exc)
    where = exc.filename or path
    return StoreError(f"{path}: cannot write ({why}; at {where}); the store was not changed")


@contextmanager
def writing(path: Path):
    """Any OSError while writing the store (disk full, read-only folder) becomes one line."""
    try:
        yield
    except OSError as exc:
        raise _write_failure(path, exc) from exc


class StoreLock:
    """The store's write lock (re-entrant). Failing to take it is a StoreError that names the
    lock file and what to do, instead of a traceback or an endless wait."""

    def __init__(self, store_path: Path, timeout: float | None = None):
        self.store_path = store_path
        self.path = Path(str(store_path) + ".lock")
        self.timeout = LOCK_TIMEOUT if timeout is None else timeout
        self._lock = FileLock(str(self.path), timeout=self.timeout)

    def __enter__(self) -> StoreLock:
        try:
            self._lock.acquire(timeout=self.timeout)
        except Timeout as exc:
            raise StoreError(f"{self.store_path}: another parley has held the lock {self.path} for more than "
                             f"{self.timeout:g} s; wait for it to finish (or delete the lock file if no parley "
                             "is running); nothing was written") from exc
        except IsADirectoryError as exc:
            raise StoreError(f"{self.store_path}: the lock path {self.path} is a directory; remove it "
                             "(nothing was written)") from exc
        except OSError as exc:
            raise StoreError(f"{self.store_path}: cannot create the lock file {self.path} "
                             f"({exc.strerror or exc}); check the folder's permissions; nothing was written") from exc
        return self

    def __exit__(self, *exc_info) -> None:
        self._lock.release()


def _load_or_fail(path: Path, note: str = ""):
    """The parsed store file, or one StoreError line naming the file and what to do."""
    try:
        return _load(path)
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"{path}: not a parley store (invalid JSON: {exc}); run `parley doctor`, "
                         f"restore a backup or import into a new store{note}") from exc
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from exc


class CheckedStorage(AtomicJSONStorage):
    """The write path's storage: refuses a damaged, misshapen or newer store when it first
    reads it, and turns a failed write (disk full, read-only) into one StoreError line."""

    def read(self):
        gc_was = gc.isenabled()
        gc.disable()            # orjson builds millions of objects; the cyclic GC only slows it
        try:
            data = _load_or_fail(self.path, "; nothing was written")
        finally:
            if gc_was:
                gc.enable()
        if data is _EMPTY:
            return None
        problem = shape_problem(data) or schema_problem(_schema(data))
        if problem:
            raise StoreError(f"{self.path}: {problem}; nothing was written")
        return data

    def write(self, data) -> None:
        try:
            super().write(data)
        except OSError as exc:
            raise _write_failure(self.path, exc) from exc


_EMPTY = object()


def _load(path: Path):
    """The store file's JSON, or _EMPTY for a missing or blank file (a JSON `null` is not
    empty: it is a damaged store, and must not be taken for a new one and overwritten)."""
    try:
        buf = path.read_bytes()
    except FileNotFoundError:
        return _EMPTY
    return orjson.loads(buf) if buf.strip() else _EMPTY


def _schema(data: dict) -> int:
    meta = list((data.get("meta") or {}).values())
    if meta and isinstance(meta[0], dict):
        try:
            return int(meta[0].get("schema", 1))
        except (TypeError, ValueError):
            return SCHEMA_VERSION + 1       # unreadable: treat as a schema we do not know
    arts = list((data.get("articles") or {}).values())
    return 1 if arts and isinstance(arts[0], dict) and "text" in arts[0] else SCHEMA_VERSION


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


class _Segment(msgspec.Struct):
    quotes: dict[str, Quote] = {}


class _SegmentGone(Exception):
    """A segment vanished under a reader: a writer committed meanwhile; read again."""


_FILE = msgspec.json.Decoder(_File)
_SEGMENT = msgspec.json.Decoder(_Segment)
_RECORD = {cls: msgspec.json.Decoder(cls) for cls in (Article, Participant, Quote, Agreement)}


def _decode(buf: bytes, progress: Callable[[int, int], None] | None = None) -> _Decoded:
    """One quick scan of the file (the only long call that holds the GIL), then each record
    decoded straight into its dataclass in a Python loop, which lets the app's UI thread run
    between records: the app never freezes while a large store loads."""
    from store.db.slices import decode_in_slices
    t = decode_in_slices(buf, {"articles": Article, "participants": Participant, "quotes": Quote,
                               "agreements": Agreement}, progress)
    if t is not None:     # in slices, so that the UI thread runs between them
        return _Decoded(t.get("articles", []), t.get("participants", []), t.get("quotes", []),
                        t.get("agreements", []), t.get("corrections", {}), t.get("meta", {}))
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

    def read_many(self, ids: set[str]) -> dict[str, str]:
        """The packed bodies of `ids`, each pack read once (for `parley doctor`, which reads
        every body); bodies not in a pack, or that do not decode, are left out (the caller
        reads them one by one, and reports why)."""
        self._refresh()
        by_pack: dict[str, list[tuple[str, int, int]]] = {}
        for aid in ids:
            loc = self._packed.get(aid)
            if loc is not None:
                by_pack.setdefault(loc[0], []).append((aid, loc[1], loc[2]))
        out: dict[str, str] = {}
        for name, items in by_pack.items():
            try:
                blob = (self.root / name).read_bytes()
            except OSError:
                continue
            for aid, off, n in items:
                with contextlib.suppress(UnicodeDecodeError):
                    if off + n <= len(blob):
                        out[aid] = blob[off:off + n].decode("utf-8")
        return out

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


def _put_rows(db: TinyDB, name: str, rows: list[dict], replace: bool = False) -> None:
    """Append rows to a table of the write cache (or replace its rows), numbered as TinyDB's
    truncate and insert_multiple number them. Written straight into the cache because
    insert_multiple converts every key of the table twice and copies every document: a cost
    that grows with the store (80,000 quotes at 10k articles) for a batch of a few rows."""
    tables = db.storage.read()
    if tables is None:
        tables = {}
    table = {} if replace else tables.get(name, {})
    first = max(map(int, table), default=0) + 1
    for k, row in enumerate(rows):
        table[str(first + k)] = row
    tables[name] = table
    db.storage.write(tables)        # marks the cache modified: written once, at flush
    t = db._tables.get(name)
    if t is not None:               # a Table TinyDB made earlier numbers its next row afresh
        t._next_id = None
        t.clear_cache()


class Store:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.lock = StoreLock(self.path)
        self.texts = TextStore(self.path.with_name(self.path.name + ".texts"))
        self.sketch_path = self.path.with_name(self.path.name + ".sketches")
        self.seg_root = segments.folder(self.path)
        self._open_segment: tuple[str, dict] | None = None   # (name, rows) of the open segment last written
        self._sketches = None
        self._parsed: tuple[tuple[int, int, int], dict] | None = None   # (file stamp, tables) after a write
        # the records resolution works on, as the last write of this process left them: the
        # participant and agreement indexes; valid while _parsed is (same file stamp)
        self._records: tuple | None = None

    # -- reading ------------------------------------------------------------------------
    def _read(self) -> dict:
        gc_was = gc.isenabled()
        gc.disable()            # orjson builds millions of objects; the cyclic GC only slows it
        try:
            data = _load_or_fail(self.path)
        finally:
            if gc_was:
                gc.enable()
        if data is _EMPTY:
            return {}               # no file or a blank one: an empty store
        problem = shape_problem(data)
        if problem:
            raise StoreError(f"{self.path}: not a parley store ({problem}); run `parley doctor`, restore a "
                             "backup or import into a new store")
        return data

    def schema_of(self, data: dict) -> int:
        return _schema(data)

    def _refuse_newer(self, schema: int) -> None:
        problem = schema_problem(schema)
        if problem:
            raise StoreError(f"{self.path}: {problem}; nothing was read or written")

    def snapshot(self, progress: Callable[[int, int], None] | None = None,
                 early: Callable[[Snapshot], None] | None = None) -> Snapshot:
        """Load everything the app lists (not the article bodies), migrating an old store.

        `early`, if given and the store has several segments, is called first with a snapshot
        of everything but the quotes of the older segments (the newest segment's only), so
        that the app lists rows before the whole store is read.

        msgspec decodes the files straight into the record dataclasses: no intermediate dicts,
        which halves the time and the peak memory of a 50k-article store. The store file is
        read once, then the quote segments it names; if a writer removed one meanwhile (it
        replaced the store file), the new store file and its segments are read instead."""
        for _attempt in range(4):
            try:
                return self._snapshot_once(progress, early)
            except _SegmentGone:
                continue
        return self._snapshot_once(progress, early, last=True)

    def _snapshot_once(self, progress: Callable[[int, int], None] | None,
                       early: Callable[[Snapshot], None] | None = None, last: bool = False) -> Snapshot:
        stamp = file_stamp(self.path)
        try:
            buf = self.path.read_bytes()
        except FileNotFoundError:
            buf = b""
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read ({exc.strerror or exc})") from exc
        if not buf.strip():
            return Snapshot(self.path, {}, [], [], [], stamp=stamp)
        gc_was = gc.isenabled()
        gc.disable()           # millions of new objects, no cycles: the cyclic GC only slows it
        try:
            data, stamp = self._decode_main(buf, stamp, progress)
            quotes = data.quotes
            named = segments.entries(data.meta)
            articles = {a.id: a for a in data.articles}

            def snapshot_of(quotes: list[Quote]) -> Snapshot:
                return Snapshot(path=self.path, articles=articles, participants=data.participants,
                                quotes=quotes, agreements=data.agreements,
                                corrections=list(data.corrections.values()), schema=SCHEMA_VERSION, stamp=stamp)
            first = None
            if early is not None and len(named) > 1:
                # the newest segment first (the last written), then the others in their order
                first, done = self._segment_quotes(named[-1:], stamp, len(buf), progress, last)
                early(snapshot_of(quotes + first))
                named = named[:-1]
            else:
                done = len(buf)
            if named:
                quotes = quotes + self._segment_quotes(named, stamp, done, progress, last)[0]
            snap = snapshot_of(quotes + (first or []))
        finally:
            if gc_was:
                gc.enable()
        return snap

    def _decode_main(self, buf: bytes, stamp, progress) -> tuple[_Decoded, tuple[int, int, int]]:
        """The store file decoded, an older schema migrated first (then read again)."""
        def main_progress(done: int, _total: int) -> None:
            if progress is not None:
                progress(done, self._bytes_in_all(len(buf)))
        try:
            data = _decode(buf, main_progress if progress is not None else None)
        except msgspec.ValidationError:
            data = None    # an older schema: migrate, then decode again
        except msgspec.DecodeError as exc:
            raise StoreError(f"{self.path}: not a parley store (invalid JSON: {exc})") from exc
        if data is None or (data.articles and not data.meta):
            # the shape and the schema first: a damaged or newer store is refused, not migrated
            self._refuse_newer(self.schema_of(self._read()))
            self.migrate()
            stamp = file_stamp(self.path)
            data = self._decode_checked()
        schema = _schema({"meta": data.meta}) if data.meta else SCHEMA_VERSION
        self._refuse_newer(schema)
        if schema < SCHEMA_VERSION:
            self.migrate()
            stamp = file_stamp(self.path)
            data = self._decode_checked()
        return data, stamp

    def _bytes_in_all(self, main: int) -> int:
        """The store file's size plus its segments' (for progress; a rough total is enough)."""
        total = main
        with contextlib.suppress(OSError):
            total += sum(e.stat().st_size for e in os.scandir(self.seg_root) if e.name.endswith(".json"))
        return total

    def _segment_quotes(self, named: list[dict], stamp, done: int, progress, last: bool
                        ) -> tuple[list[Quote], int]:
        """Every quote of the segments `named`, decoded segment by segment, and the bytes read
        so far (`done` before them, for progress)."""
        from store.db.slices import decode_in_slices
        total = self._bytes_in_all(done) if progress is not None else 0
        out: list[Quote] = []
        for entry in named:
            path = self.seg_root / entry["name"]
            problem = segments.entry_problem(entry)
            if problem:
                raise StoreError(f"{path}: {problem}; run `parley doctor`")
            try:
                buf = path.read_bytes()
            except FileNotFoundError as exc:
                if not last and file_stamp(self.path) != stamp:
                    raise _SegmentGone from exc        # a writer replaced the store meanwhile
                raise StoreError(f"{path}: segment named by the store is missing; run `parley doctor`, "
                                 "restore a backup or import into a new store") from exc
            except OSError as exc:
                raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from exc
            base = done

            def seg_progress(d: int, _t: int, base=base) -> None:
                progress(base + d, max(total, base + d))
            # in slices only for a caller that shows progress (the app, whose UI thread runs
            # between slices); one call per segment otherwise
            got = decode_in_slices(buf, {"quotes": Quote}, seg_progress) if progress is not None else None
            if got is None:
                try:
                    got = {"quotes": list(_SEGMENT.decode(buf).quotes.values())}
                except (msgspec.ValidationError, msgspec.DecodeError) as exc:
                    raise StoreError(f"{path}: damaged segment ({exc}); run `parley doctor`, restore a "
                                     "backup or import into a new store") from exc
            out.extend(got.get("quotes", []))
            done += len(buf)
            if progress is not None:
                progress(done, max(total, done))
        return out, done

    def _decode_checked(self) -> _Decoded:
        try:
            return _decode(self.path.read_bytes())
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise StoreError(f"{self.path}: not a parley store (records of the wrong shape: {exc}); run "
                             "`parley doctor`, restore a backup or import into a new store") from exc

    def article_text(self, article_id: str) -> str | None:
        return self.texts.get(article_id)

    def exists(self) -> bool:
        return self.path.exists()

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> bool:
        """Bring an older store to the current schema, keeping a backup copy of the old file."""
        if not self.path.exists():
            return False
        with self.lock, writing(self.path):
            data = self._read()
            old = self.schema_of(data)
            if old >= SCHEMA_VERSION:
                self._refuse_newer(old)
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
            # v2 kept the quotes inside the store: into segments, written before the store names them
            written = self._write_segments(segments.place(None, list((data.pop("quotes", None) or {}).values())))
            data["meta"] = {"1": {"schema": SCHEMA_VERSION, "migrated_from": old,
                                  "migrated": time.strftime("%Y-%m-%dT%H:%M:%S"), "segments": written}}
            data.setdefault("corrections", {})
            AtomicJSONStorage(self.path).write(data)
            self._parsed = self._records = None
        return True

    def _write_segments(self, parts: list[dict[str, dict]]) -> list[dict]:
        """Write segments (each fsynced, then the folder once) and return their meta entries."""
        if not parts:
            return []
        self.seg_root.mkdir(parents=True, exist_ok=True)
        written = [segments.write(self.seg_root, rows) for rows in parts]
        segments.sync_folder(self.seg_root)
        self._open_segment = (written[-1]["name"], parts[-1])
        return written

    def _remove_unnamed_segments(self, tables: dict) -> None:
        """After a commit, under the lock: segments the store file no longer names."""
        named = {e["name"] for e in segments.entries(tables.get("meta"))}
        segments.remove(segments.unnamed(self.seg_root, named))

    def _append_quotes(self, tables: dict, rows: list[dict]) -> None:
        """Put a batch's quote rows (and any the store file still holds inline) into the open
        segment, sealing it and opening others as they fill; the store file's meta names them.
        Reads only the open segment (kept from this process's previous batch when unchanged)."""
        inline = list((tables.pop("quotes", None) or {}).values())
        if not rows and not inline:
            return
        meta = tables.setdefault("meta", {})
        if not meta:
            meta["1"] = {"schema": SCHEMA_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")}
        head = next(iter(meta.values()))
        named = segments.entries(meta)
        open_rows = None
        if named and segments.is_open(named[-1]):
            last = named.pop()
            kept = self._open_segment
            open_rows = kept[1] if kept is not None and kept[0] == last["name"] else self._read_segment(last)
        head["segments"] = named + self._write_segments(segments.place(open_rows, inline + rows))

    def _read_segment(self, entry: dict) -> dict[str, dict]:
        try:
            return segments.read_rows(self.seg_root, entry)
        except segments.SegmentError as exc:
            raise StoreError(f"{exc}; run `parley doctor`; nothing was written") from exc

    @contextmanager
    def editing(self):
        """Under the write lock: (the store file as TinyDB, every quote row as a dict, segment
        by segment). Change them in place; on a clean exit the segments whose quotes changed
        are rewritten (under new names), then the store file. Used by analysts' corrections:
        an import never reads the sealed segments."""
        self.migrate()
        with self.lock, writing(self.path):
            db = self.open_for_write()
            gc_was = gc.isenabled()
            gc.disable()        # every quote as a dict, no cycles: the cyclic GC would only walk them
            try:
                tables = db.storage.read() or {}
                loaded = [(e, self._read_segment(e)) for e in segments.entries(tables.get("meta"))]
                inline = tables.get("quotes") or {}
                # a digest per segment, not its bytes: the quotes as dicts are memory enough
                before = [segments.digest(rows) for _, rows in loaded]
                try:
                    yield db, [r for _, rows in loaded for r in rows.values()] + list(inline.values())
                except BaseException:
                    db.storage._cache_modified_count = 0   # a failed edit writes nothing
                    raise
                tables = db.storage.read() or {}
                changed = [i for i, ((_, rows), b) in enumerate(zip(loaded, before)) if segments.digest(rows) != b]
                entries = [e for e, _ in loaded]
                if changed:
                    self.seg_root.mkdir(parents=True, exist_ok=True)
                    for i in changed:
                        entries[i] = segments.write(self.seg_root, loaded[i][1])
                    segments.sync_folder(self.seg_root)
                if tables.get("meta"):
                    next(iter(tables["meta"].values()))["segments"] = entries
                self._append_quotes(tables, [])          # quotes still inline go to segments
                db.storage.write(tables)
                db.storage.flush()
                self._remove_unnamed_segments(tables)
            finally:
                db.close()
                if gc_was:
                    gc.enable()
        self._parsed = self._records = None

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

    def open_for_write(self) -> TinyDB:
        middleware = CachingMiddleware(CheckedStorage)
        middleware.WRITE_CACHE_SIZE = 1 << 60      # one write per batch: at flush
        return TinyDB(self.path, storage=middleware)

    def write_extractions(self, extractions) -> ImportReport:
        gc_was = gc.isenabled()
        # a write parses, converts and serialises the whole store: millions of objects and no
        # cycles, so the cyclic GC would only walk them again and again (~10% of adding one
        # article to a 10k store)
        gc.disable()
        try:
            return self._write_extractions(extractions)
        finally:
            if gc_was:
                gc.enable()

    def _write_extractions(self, extractions) -> ImportReport:
        report = ImportReport()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _write_failure(self.path, exc) from exc
        with self.lock, writing(self.path):
            remove_stale_temps(self.path.parent)
            remove_stale_temps(self.texts.root)
            remove_stale_temps(self.seg_root)
            db = self.open_for_write()
            parsed, self._parsed = self._parsed, None
            records, self._records = self._records, None     # this batch changes them in place
            if parsed is not None and parsed[0] == file_stamp(self.path):
                # the file is as this process wrote it at the previous batch: no need to parse it again
                db.storage.cache = parsed[1]
            else:
                records = None
            data = db.storage.read()
            if data and self.schema_of(data) < SCHEMA_VERSION:
                db.close()
                self.migrate()              # the lock is re-entrant
                db = self.open_for_write()
                records = None
            try:
                kept, new_quotes = self._apply(db, extractions, report, records)
                if report.added:
                    from store.db.corrections import apply_corrections
                    # the batch's quotes and the store file's tables: stored quotes keep the
                    # corrections applied when they were made (an import never changes them)
                    changed = apply_corrections(db, new_quotes)
                    self.texts.sync()
                    tables = db.storage.read()
                    self._append_quotes(tables, new_quotes)    # segments first: the store file names them
                    db.storage.write(tables)
                    db.storage.flush()
                    self._remove_unnamed_segments(tables)
                    self._parsed = (file_stamp(self.path), db.storage.cache)
                    # a correction that changed records leaves them as only the file has them
                    self._records = kept if not changed else None
            except BaseException:
                db.storage._cache_modified_count = 0   # a batch that failed writes nothing
                self._parsed = self._records = None
                raise
            finally:
                db.close()
                self.texts.discard()        # bodies of a batch that failed are not kept staged
        return report

    def _apply(self, db: TinyDB, extractions, report: ImportReport, records: tuple | None = None
               ) -> tuple[tuple, list[dict]]:
        """Resolve the batch against the stored records (store/resolve), then persist it.
        `records`: (participant index, agreement index) as the previous batch of this process wrote
        them, if the file is still the one it wrote; returns them as this batch leaves them, and
        the batch's quote rows (written to a segment by the caller)."""
        # write-path modules, imported here so that opening the app does not load them
        from store.resolve.batch import Stored, resolve_batch

        meta = db.table("meta")
        if not meta.all():
            meta.insert({"schema": SCHEMA_VERSION, "created": time.strftime("%Y-%m-%dT%H:%M:%S")})
        raw = db.storage.read() or {}
        # read the cached tables directly: TinyDB's all() deep-copies every document
        art_rows = {r["id"]: r for r in (raw.get("articles") or {}).values()}
        par_rows = list((raw.get("participants") or {}).values())
        agr_rows = list((raw.get("agreements") or {}).values())
        originals = {aid for aid, r in art_rows.items() if not r.get("duplicate_of")}
        people, agreements = records if records is not None else (None, None)
        if people is None or len(people.items) != len(par_rows) or len(agreements.items) != len(agr_rows):
            # converting and indexing every stored record grows with the store: done once per
            # import (or when another writer replaced the file), not once per batch
            people = agreements = None
        else:
            people.rebase()
            agreements.rebase()
        stored = Stored(article_ids=set(art_rows), originals=originals,
                        sources={aid: art_rows[aid].setdefault("sources", []) for aid in originals},
                        participants=[_participant(d) for d in par_rows] if people is None else [],
                        agreements=[_agreement(d) for d in agr_rows] if agreements is None else [])
        sketches = self.sketches(originals)
        gc_was = gc.isenabled()
        gc.disable()        # resolution builds indexes over every stored record, without cycles
        try:
            res = resolve_batch(extractions, stored, sketches, time.strftime("%Y-%m-%dT%H:%M:%S"),
                                people, agreements)
        finally:
            if gc_was:
                gc.enable()
        report.skipped += res.skipped
        kept = (res.participants, res.agreements)
        if not res.articles:
            return kept, []
        report.added += [a.id for a in res.articles]
        report.duplicates += res.duplicates
        report.quotes += res.n_quotes
        report.agreements += res.n_agreements
        report.participants += res.n_participants
        report.new_participants = len(res.participants.items) - len(par_rows)
        return kept, self._persist(db, res, art_rows, par_rows, agr_rows, sketches)

    def _persist(self, db: TinyDB, res, art_rows: dict, par_rows: list, agr_rows: list, sketches) -> list[dict]:
        """The batch into the store file's tables; returns its quote rows (for a segment)."""
        new_rows = []
        for art in res.articles:
            self.texts.put(art.id, art.text)
            row = to_dict(art)
            row.pop("text")
            new_rows.append(row)
        if res.sources_changed:
            # originals that gained a source (their rows were updated in place): rewrite the table
            _put_rows(db, "articles", list(art_rows.values()), replace=True)
        _put_rows(db, "articles", new_rows)
        sketches.save()
        # participants and agreements are rewritten whole: merges touch existing records;
        # unchanged records are written back as they were read, only touched ones converted
        pidx, aidx = res.participants, res.agreements
        _put_rows(db, "participants", [to_dict(p) if i in pidx.dirty or i >= len(par_rows) else par_rows[i]
                                       for i, p in enumerate(pidx.items)], replace=True)
        _put_rows(db, "agreements", [to_dict(a) if i in aidx.dirty or i >= len(agr_rows) else agr_rows[i]
                                     for i, a in enumerate(aidx.items)], replace=True)
        return [to_dict(q) for q in res.quotes]

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
