"""Derived tables kept between processes: read in a few milliseconds instead of rebuilt.

Some lexicons come from data files of installed packages (gender-guesser's given-name list,
pycountry's country database). Parsing them costs more than a whole `parley extract` of one
article, so the parsed form is kept in the user's cache directory (`$XDG_CACHE_HOME/parley`, or
`~/.cache/parley`) and read back on the next run.

The cache is never required and never trusted:
- its key is the builder's own code, the data files' size and modification time (a new package
  version is a new file) and the Python version; any difference rebuilds it;
- its content carries a digest that is checked before it is unpacked, so a damaged or truncated
  file is ignored and rebuilt, never half-read;
- it is written atomically (a temporary file renamed over the old one), and a cache directory
  that cannot be written only means the table is built in memory each time.
Nothing is downloaded: the builder reads the installed packages, as it would without a cache.
"""
from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = 1                      # bump when the file layout below changes
_DIGEST = 32                    # bytes of blake2b at the head of every file


def cache_dir() -> Path | None:
    """`$XDG_CACHE_HOME/parley`, else `~/.cache/parley`; None when there is no home to use."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):             # the XDG rule: a relative value is ignored
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "parley"


def package_file(package: str, relative: str) -> str | None:
    """The path of a data file shipped inside an installed package, without importing it."""
    import importlib.util
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    return os.path.join(os.path.dirname(spec.origin), relative)


def _key(builder: Callable[[], Any], sources: list[str | None]) -> bytes:
    parts = [FORMAT, sys.version, marshal.version,
             hashlib.blake2b(marshal.dumps(builder.__code__), digest_size=16).digest()]
    for path in sources:
        try:
            st = os.stat(path) if path else None
        except OSError:
            st = None
        parts.append((path, st.st_size, st.st_mtime_ns) if st else (path, None, None))
    return marshal.dumps(tuple(parts))


def _read(path: Path, key: bytes) -> tuple[bool, Any]:
    try:
        blob = path.read_bytes()
    except OSError:
        return False, None
    head, payload = blob[:_DIGEST], blob[_DIGEST:]
    if len(head) != _DIGEST or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != head:
        return False, None
    try:
        stored_key, value = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return False, None
    return (True, value) if stored_key == key else (False, None)


def _write(path: Path, key: bytes, value: Any) -> None:
    try:
        payload = marshal.dumps((key, value))
    except ValueError:                      # not a marshal-able value: keep it in memory only
        return
    blob = hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(fd, blob)
        finally:
            os.close(fd)
        os.replace(tmp, path)               # readers see the old file or the new one, never half
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def cache_file(name: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}.py{sys.version_info[0]}{sys.version_info[1]}.bin"


def load(name: str, key: bytes) -> tuple[bool, Any]:
    """(True, value) when the cache file `name` holds a sound value stored under key."""
    path = cache_file(name)
    return (False, None) if path is None else _read(path, key)


def keep(name: str, key: bytes, value: Any) -> None:
    """Store value under key, atomically; silently nothing when the cache cannot be written."""
    path = cache_file(name)
    if path is not None:
        _write(path, key, value)


def cached(name: str, sources: list[str | None], builder: Callable[[], Any]) -> Any:
    """builder()'s value (plain data: dicts, lists, tuples, strings, numbers), read from the
    cache when it was built by the same code from the same source files, else built and kept.
    builder must depend only on those files (its own code is part of the key)."""
    key = _key(builder, sources)
    ok, value = load(name, key)
    if ok:
        return value
    value = builder()
    keep(name, key, value)
    return value
