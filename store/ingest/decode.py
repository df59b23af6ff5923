"""Bytes to the text an article's offsets index: decode, normalise, and the shared records.

The bottom of the ingest stage: imports nothing else from it (reader, formats and fetch all
import from here, so the three do not import each other in a circle).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from store.ingest.title import headline

MAX_BYTES = 20 * 1024 * 1024   # larger inputs (files, stdin) are not news articles


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
    written (every display shows them as visible symbols); offsets index this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def _legacy(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:      # pragma: no cover - a declared dependency
        return None
    matches = from_bytes(data)
    # Windows-1252 is by far the commonest legacy encoding of news text; on short texts the
    # detector's first guess is often a rarer code page that also fits, so prefer 1252
    # whenever the detector finds it plausible.
    for m in matches:
        if m.encoding in ("cp1252", "windows_1252", "latin_1", "iso8859_15"):
            return str(m)
    best = matches.best()
    return str(best) if best is not None and best.encoding else None


def decode(data: bytes, source: str = "") -> str:
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
    text = _legacy(data)
    if text is not None:
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(f"cannot decode text ({exc.reason})") from exc


def read_text_bytes(data: bytes, source: str) -> RawArticle:
    """A plain-text article; its title is its headline line when it has one."""
    text = normalise(decode(data, source))
    if not text.strip():
        raise ReadError("empty file")
    return RawArticle(text=text, source=source, title=headline(text))
