"""Where articles come from: files, folders, stdin and URLs, each read within bounds.

Each input fails alone, with a one-line reason: a file name in any bytes, a special file
(FIFO, device: refused without opening it for a blocking read), a symbolic link (followed only
to a regular file, with a warning), a file or stdin over MAX_BYTES, a URL that breaks.
Decoding lives in decode.py, formats in formats.py, the network in fetch.py; the names callers
import from here (RawArticle, ReadError, normalise, decode, read_file, ...) stay importable.
"""
from __future__ import annotations

import fnmatch
import os
import stat
import sys
from pathlib import Path

from store.ingest.decode import MAX_BYTES, RawArticle, ReadError, decode, normalise, read_text_bytes
from store.ingest.urls import is_url, looks_like_url
from store.ingest.formats import parse

__all__ = ["MAX_BYTES", "RawArticle", "ReadError", "decode", "display_name", "iter_paths",
           "normalise", "read_bytes", "read_file", "read_stdin", "read_text_bytes", "read_url"]

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def display_name(path: Path | str) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8 (kept by Python
    as lone surrogates, which no encoder accepts) become U+FFFD."""
    raw = os.fsencode(path) if isinstance(path, Path) else str(path).encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "replace")


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _read_bounded(fd: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise ReadError(f"too large (more than {limit // (1024 * 1024)} MB)")
    return b"".join(chunks)


def _too_large(size: int) -> ReadError:
    return ReadError(f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")


def read_path_bytes(path: Path, warnings: list[str] | None = None) -> bytes:
    """A regular file's bytes (following a symlink only to a regular file, and saying so)."""
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise ReadError("symbolic link to nothing" if path.is_symlink() else "no such file") from exc
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(f"{_kind(st.st_mode)}, not a regular file: not read")
    if st.st_size > MAX_BYTES:
        raise _too_large(st.st_size)
    if path.is_symlink() and warnings is not None:
        warnings.append(f"symbolic link: read the regular file it points to, {display_name(path.resolve())}")
    try:
        # O_NONBLOCK: if the name was swapped for a FIFO since the stat, opening cannot hang
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(f"{_kind(st.st_mode)}, not a regular file: not read")
        os.set_blocking(fd, True)
        return _read_bounded(fd, MAX_BYTES)
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)


def read_file(path: Path, fetch_links: bool = False, warnings: list[str] | None = None,
              allow_private: bool = False) -> list[RawArticle]:
    data = read_path_bytes(path, warnings)
    return read_bytes(data, display_name(path), fetch_links, warnings, allow_private)


def read_bytes(data: bytes, source: str, fetch_links: bool = False,
               warnings: list[str] | None = None, allow_private: bool = False) -> list[RawArticle]:
    """Any supported format, detected from the content."""
    if not data.strip():
        raise ReadError("empty file")
    arts, warns = parse(data, source, fetch_links, allow_private)
    if warnings is not None:
        warnings.extend(warns)
    return arts


def read_stdin(fetch_links: bool = False, warnings: list[str] | None = None,
               allow_private: bool = False) -> list[RawArticle]:
    """Standard input, bounded like a file."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ReadError(f"standard input too large (more than {MAX_BYTES // (1024 * 1024)} MB)")
    return read_bytes(data, "-", fetch_links, warnings, allow_private)


def read_url(url: str, fetch_links: bool = False, warnings: list[str] | None = None,
             allow_private: bool = False) -> list[RawArticle]:
    from store.ingest.fetch import fetch_url    # here: local files never load the network stack
    return read_bytes(fetch_url(url, allow_private=allow_private), url, fetch_links, warnings, allow_private)


def _wanted(name: str, glob_match) -> bool:
    return not name.startswith(".") and not name.endswith(".gold.json") and glob_match(name)


def _walk(root: Path, glob: str) -> list[tuple[str, Path | None, str | None]]:
    """A folder's files, recursively, without following links to folders; links to files are
    listed (read_file follows them only to regular files). Unreadable folders are reported."""
    out: list[tuple[str, Path | None, str | None]] = []

    def onerror(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        out.append((display_name(Path(where)), None, "permission denied" if isinstance(
            exc, PermissionError) else (exc.strerror or str(exc))))

    found = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        for d in dirnames:
            if os.path.islink(os.path.join(dirpath, d)):
                out.append((display_name(Path(dirpath) / d), None,
                            "symbolic link to a folder: not followed"))
        for name in filenames:
            if _wanted(name, lambda n: fnmatch.fnmatch(n, glob)):
                found.append(Path(dirpath) / name)
    out.extend((display_name(f), f, None) for f in sorted(found))
    return out


def iter_paths(paths: list[str], glob: str = "*") -> list[tuple[str, Path | None, str | None]]:
    """Expand the command line: files, folders (recursively), URLs and '-'.
    Returns (label, path, error) triples, so that a missing path is reported, not fatal.
    Labels are printable text whatever bytes the names hold."""
    out: list[tuple[str, Path | None, str | None]] = []
    for p in paths:
        if p == "-" or is_url(p):
            out.append((p, None, None))
            continue
        label = display_name(p)
        if looks_like_url(p) and not Path(p).exists():
            out.append((label, None, "not a file, and only http and https URLs are fetched"))
            continue
        path = Path(p)
        try:
            is_dir = path.is_dir()      # a folder named on the command line, link or not
            exists = path.exists() or path.is_symlink()
        except OSError as exc:
            out.append((label, None, exc.strerror or str(exc)))
            continue
        if is_dir:
            out.extend(_walk(path, glob))
        elif exists:
            out.append((label, path, None))
        else:
            out.append((label, None, "no such file or directory"))
    return out
