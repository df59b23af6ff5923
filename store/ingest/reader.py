"""Read article files into text: decode, normalise, and find the text an article's offsets index.

The text returned here is exactly what the store keeps and what every offset points into.
"""
from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024   # larger files are not news articles


class ReadError(Exception):
    """An input that cannot be read as an article; the message is the one-line reason."""


@dataclass(slots=True)
class RawArticle:
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    format: str = "text"


def normalise(text: str) -> str:
    """NFC, Unix line ends, no BOM and no NULs. Other control characters stay as they were
    written (the app shows them as visible symbols); offsets index this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise ReadError("empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # text with a stray NUL is fine; a file that is mostly NULs or control bytes is binary
        ctrl = sum(1 for b in data[:4096] if b < 9 or 13 < b < 32)
        if ctrl > len(data[:4096]) * 0.1:
            raise ReadError("binary file, not text")
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes
    except ImportError:      # pragma: no cover - a declared dependency
        from_bytes = None
    if from_bytes is not None:
        matches = from_bytes(data)
        # Windows-1252 is by far the commonest legacy encoding of news text; on short texts the
        # detector's first guess is often a rarer code page that also fits, so prefer 1252
        # whenever the detector finds it plausible.
        for m in matches:
            if m.encoding in ("cp1252", "windows_1252", "latin_1", "iso8859_15"):
                return str(m)
        best = matches.best()
        if best is not None and best.encoding:
            return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(f"cannot decode text ({exc.reason})") from exc


def read_text_bytes(data: bytes, source: str) -> RawArticle:
    text = normalise(decode(data, source))
    if not text.strip():
        raise ReadError("empty file")
    return RawArticle(text=text, source=source)


def read_file(path: Path, fetch_links: bool = False, warnings: list[str] | None = None) -> list[RawArticle]:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ReadError("no such file") from exc
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    if size > MAX_BYTES:
        raise ReadError(f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    except IsADirectoryError as exc:
        raise ReadError("is a directory") from exc
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from exc
    return read_bytes(data, str(path), fetch_links, warnings)


def read_bytes(data: bytes, source: str, fetch_links: bool = False,
               warnings: list[str] | None = None) -> list[RawArticle]:
    """Any supported format, detected from the content."""
    from store.ingest.formats import parse
    if not data.strip():
        raise ReadError("empty file")
    arts, warns = parse(data, source, fetch_links)
    if warnings is not None:
        warnings.extend(warns)
    return arts


def read_stdin(fetch_links: bool = False, warnings: list[str] | None = None) -> list[RawArticle]:
    return read_bytes(sys.stdin.buffer.read(), "-", fetch_links, warnings)


def read_url(url: str, fetch_links: bool = False, warnings: list[str] | None = None) -> list[RawArticle]:
    from store.ingest.fetch import fetch_url
    return read_bytes(fetch_url(url), url, fetch_links, warnings)


def iter_paths(paths: list[str], glob: str = "*") -> list[tuple[str, Path | None, str | None]]:
    """Expand the command line: files, folders (recursively) and '-'.
    Returns (label, path, error) triples, so that a missing path is reported, not fatal."""
    out: list[tuple[str, Path | None, str | None]] = []
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):
            out.append((p, None, None))
            continue
        path = Path(p)
        if path.is_dir():
            try:
                files = sorted(f for f in path.rglob(glob) if f.is_file() and not f.name.startswith(".")
                               and not f.name.endswith(".gold.json"))
            except PermissionError:
                out.append((p, None, "permission denied"))
                continue
            for f in files:
                out.append((str(f), f, None))
            try:
                for d in path.rglob("*"):
                    if d.is_dir():
                        try:
                            next(d.iterdir(), None)
                        except PermissionError:
                            out.append((str(d), None, "permission denied"))
            except PermissionError:
                pass
        elif path.exists():
            out.append((p, path, None))
        else:
            out.append((p, None, "no such file or directory"))
    return out
