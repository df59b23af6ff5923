"""Quote segments: the store's quotes in TinyDB files of bounded size beside the store file.

Why quotes, and only quotes. At 50,000 articles the store was one 275 MB JSON document of which
the quotes were 237 MB (86%); articles were 9 MB, participants 23 MB, agreements 6 MB. Every
write parsed and rewrote all of it (4.2 s and 1.6 GB to add one article). Quotes are the only
table a write never needs whole: an import appends its quotes and never reads a stored one
(resolution works on articles, participants and agreements), while articles (ids, the set of
originals, the sources a syndicated copy adds to its original), participants and agreements
are resolved against globally by every batch and stay in the store file, which is the commit
point. So the store file keeps meta, articles, participants, agreements and corrections
(38 MB at 50k), and the quotes go to `<store>.segments/q-<hash>.json`, each a TinyDB document
`{"quotes": {doc id: row}}` of at most SEGMENT_QUOTES rows (an article's quotes kept
together). The last segment is open: a write reads and rewrites it (about 10 MB) and seals it
when full; sealed segments are only read again when an analyst's correction changes one of
their quotes, and then only that segment is rewritten.

Commit order, as for article bodies: segments are named by the hash of their bytes, written
(temporary file, fsync) and the folder fsynced BEFORE the store file that names them is
replaced; a crash leaves at worst an unnamed segment, never a store naming a missing one.
Segments no longer named are removed after the commit, under the lock (and flagged by
`parley doctor`). A reader reads the store file once, then the segments it names; if one has
gone meanwhile (a writer replaced it), it reads the new store file and its segments again.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
from pathlib import Path

import msgspec
import orjson

from store.db.storage import atomic_write

# an article's quotes stay in one segment, so a segment may exceed this by one article's quotes
SEGMENT_QUOTES = int(os.environ.get("PARLEY_SEGMENT_QUOTES", "16000"))
NAME = re.compile(r"q-[0-9a-f]{20}\.json")


class SegmentError(Exception):
    """A segment named by the store that is missing or damaged; the message names the file."""


def folder(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".segments")


def entries(meta: dict | None) -> list[dict]:
    """The segments the store's meta record names, in order (oldest first)."""
    first = next(iter((meta or {}).values()), None) if isinstance(meta, dict) else None
    segs = first.get("segments") if isinstance(first, dict) else None
    if not isinstance(segs, list):
        return []
    return [s for s in segs if isinstance(s, dict) and isinstance(s.get("name"), str)]


def entry_problem(entry: dict) -> str | None:
    if not NAME.fullmatch(entry["name"]):
        return f"segment name {entry['name'][:60]!r} is not q-<hash>.json"
    return None


def is_open(entry: dict) -> bool:
    return int(entry.get("rows", 0)) < SEGMENT_QUOTES


def encode(rows: dict[str, dict]) -> bytes:
    return orjson.dumps({"quotes": rows})


def digest(rows: dict[str, dict]) -> bytes:
    """What a segment's bytes would hash to: tells a changed segment from an unchanged one."""
    return hashlib.blake2b(encode(rows), digest_size=16).digest()


def write(root: Path, rows: dict[str, dict]) -> dict:
    """Write one segment (fsynced; the caller fsyncs the folder once) and return its entry."""
    blob = encode(rows)
    name = "q-" + hashlib.blake2b(blob, digest_size=10).hexdigest() + ".json"
    path = root / name
    if not path.exists():              # content-addressed: the same bytes are already there
        atomic_write(path, blob, sync_dir=False)
    return {"name": name, "rows": len(rows),
            "quotes": sum(1 for r in rows.values() if not r.get("rejected"))}


def sync_folder(root: Path) -> None:
    if not root.is_dir():
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_rows(root: Path, entry: dict) -> dict[str, dict]:
    """A segment's rows {doc id: row}, or SegmentError naming the file."""
    problem = entry_problem(entry)
    path = root / entry["name"]
    if problem:
        raise SegmentError(f"{path}: {problem}")
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError as exc:
        raise SegmentError(f"{path}: segment named by the store is missing") from exc
    except OSError as exc:
        raise SegmentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except orjson.JSONDecodeError as exc:
        raise SegmentError(f"{path}: damaged segment (invalid JSON: {exc})") from exc
    rows = data.get("quotes") if isinstance(data, dict) else None
    if not isinstance(rows, dict) or not all(type(r) is dict and "id" in r and "article_id" in r
                                             for r in rows.values()):
        raise SegmentError(f"{path}: damaged segment (expected {{\"quotes\": {{id: quote}}}})")
    return rows


class QuoteFacts(msgspec.Struct):
    """The fields of a quote that `parley doctor` checks; msgspec skips the others without
    building them (half the time and a fraction of the memory of whole rows as dicts)."""
    id: str
    article_id: str
    text: str | None = None
    start: int = -1
    end: int = -1
    speaker_id: str | None = None


class _Facts(msgspec.Struct):
    quotes: dict[str, QuoteFacts]


_FACTS = msgspec.json.Decoder(_Facts)


def read_facts(root: Path, entry: dict) -> list[QuoteFacts]:
    """A segment's quotes as QuoteFacts, or SegmentError naming the file and what is wrong."""
    path = root / entry["name"]
    try:
        buf = path.read_bytes()
    except FileNotFoundError as exc:
        raise SegmentError(f"{path}: segment named by the store is missing") from exc
    except OSError as exc:
        raise SegmentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        return list(_FACTS.decode(buf).quotes.values())
    except msgspec.ValidationError as exc:
        raise SegmentError(f"{path}: damaged segment (expected {{\"quotes\": {{id: quote}}}}: {exc})") from exc
    except msgspec.DecodeError as exc:
        raise SegmentError(f"{path}: damaged segment (invalid JSON: {exc})") from exc


def place(open_rows: dict[str, dict] | None, new: list[dict]) -> list[dict[str, dict]]:
    """The open segment's rows plus new rows, cut into segments of at most SEGMENT_QUOTES rows
    (an article's quotes kept together); the first holds the open segment's rows."""
    out: list[dict[str, dict]] = []
    cur = dict(open_rows or {})
    last_article = None
    for row in new:
        if len(cur) >= SEGMENT_QUOTES and row.get("article_id") != last_article:
            out.append(cur)
            cur = {}
        cur[str(len(cur) + 1)] = row
        last_article = row.get("article_id")
    out.append(cur)
    return [rows for rows in out if rows]


def unnamed(root: Path, named: set[str]) -> list[Path]:
    """Segment files the store does not name (left by a writer that was replaced or killed)."""
    try:
        return [root / e.name for e in os.scandir(root) if NAME.fullmatch(e.name) and e.name not in named]
    except (FileNotFoundError, NotADirectoryError):
        return []


def remove(paths: list[Path]) -> None:
    """Only under the write lock, after the store file that stopped naming them was committed."""
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()
