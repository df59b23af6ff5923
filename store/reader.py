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
        best = from_bytes(data).best()
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


def read_file(path: Path) -> list[RawArticle]:
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
    return [read_text_bytes(data, str(path))]


def read_stdin() -> list[RawArticle]:
    return [read_text_bytes(sys.stdin.buffer.read(), "-")]


def iter_paths(paths: list[str], glob: str = "*") -> list[tuple[str, Path | None, str | None]]:
    """Expand the command line: files, folders (recursively) and '-'.
    Returns (label, path, error) triples, so that a missing path is reported, not fatal."""
    out: list[tuple[str, Path | None, str | None]] = []
    for p in paths:
        if p == "-":
            out.append(("-", None, None))
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
