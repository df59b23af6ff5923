"""A TinyDB storage that never leaves a half-written store.

TinyDB's JSONStorage rewrites its file in place (seek, write, truncate): a process killed
mid-write leaves a damaged store. This one serialises with orjson, writes a temporary file in
the same directory, fsyncs it, renames it over the store (atomic on POSIX) and fsyncs the
directory, so a reader sees the old store or the new one and never a mixture.
"""
from __future__ import annotations

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
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
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


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | os.PathLike, **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS))

    def close(self) -> None:
        pass
