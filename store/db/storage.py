"""A TinyDB storage that never leaves a half-written store.

TinyDB's JSONStorage rewrites its file in place (seek, write, truncate): a process killed
mid-write leaves a damaged store. This one serialises with orjson, writes a temporary file in
the same directory, fsyncs it, renames it over the store (atomic on POSIX) and fsyncs the
directory, so a reader sees the old store or the new one and never a mixture.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

TMP_PREFIX = ".parley-tmp-"


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if not data.strip():
        return None
    return orjson.loads(data)


def atomic_write(path: Path, data: bytes, sync_dir: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if not sync_dir:
        return
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
    except OSError:       # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def remove_stale_temps(directory: Path) -> int:
    """Temp files left by a writer that was killed; safe to call only under the write lock."""
    n = 0
    if not directory.is_dir():
        return 0
    for p in directory.glob(TMP_PREFIX + "*"):
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n


def store_counts(data: dict[str, Any]) -> dict[str, Any]:
    """What `parley stats` prints, counted while the tables are in memory anyway."""
    def rows(table: str):
        return (data.get(table) or {}).values()

    kinds: dict[str, int] = {}
    for p in rows("participants"):
        k = p.get("kind", "?")
        kinds[k] = kinds.get(k, 0) + 1
    # quotes live in segment files (store/db/segments.py); their meta entries carry the counts
    meta = next(iter((data.get("meta") or {}).values()), None)
    segs = meta.get("segments") if isinstance(meta, dict) else None
    in_segments = sum(int(s.get("quotes", 0)) for s in segs if isinstance(s, dict)) if isinstance(segs, list) else 0
    return {"articles": len(data.get("articles") or {}),
            "participants": len(data.get("participants") or {}),
            "kinds": dict(sorted(kinds.items())),
            "quotes": in_segments + sum(1 for q in rows("quotes") if not q.get("rejected")),
            "agreements": len(data.get("agreements") or {}),
            "corrections": sum(1 for c in rows("corrections") if not c.get("undone"))}


def with_meta_first(data: dict[str, Any]) -> dict[str, Any]:
    """The store with fresh counts in its meta record and the meta table first in the file,
    so that `read_meta` answers `parley stats` from the first bytes of a 50k-article store."""
    meta = data.get("meta")
    if not isinstance(meta, dict) or not meta or "articles" not in data:
        return data
    first = next(iter(meta.values()))
    if isinstance(first, dict):
        first["counts"] = store_counts(data)
    return {"meta": meta, **{k: v for k, v in data.items() if k != "meta"}}


META_PREFIX = b'{"meta":'


def read_meta(path: Path, limit: int = 1 << 20) -> dict[str, Any] | None:
    """The store's meta table from the head of the file, or None if the file does not start
    with it (written before meta came first) or does not end like a whole JSON object."""
    import json
    try:
        with open(path, "rb") as fh:
            head = fh.read(limit)
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 64))
            tail = fh.read().rstrip()
    except OSError:
        return None
    if not head.startswith(META_PREFIX) or not tail.endswith(b"}"):
        return None
    try:
        meta, _end = json.JSONDecoder().raw_decode(head.decode("utf-8", "ignore"), len(META_PREFIX))
    except ValueError:
        return None
    return meta if isinstance(meta, dict) else None


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | os.PathLike, **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, orjson.dumps(with_meta_first(data), option=orjson.OPT_NON_STR_KEYS))

    def close(self) -> None:
        pass
