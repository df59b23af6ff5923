"""Decode a large store file in slices of about a megabyte.

One `msgspec` call over a 275 MB file holds the GIL for its whole scan (0.3 s on an idle
machine, a second on a busy one), and the app's UI thread, which draws while a worker thread
loads the store, freezes for that long. Cutting the file at record boundaries and decoding
each slice separately lets the UI run between slices.

The cuts rely only on JSON and the store's layout ({table: {doc id: record}}, doc ids made of
digits): `,"123":{` cannot occur inside a JSON string (a quote there is escaped), and records
have no keys made of digits. A cut in the wrong place makes a slice invalid JSON, so it fails
loudly; the caller then decodes the whole file in one call, as before.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import msgspec

SLICE = 1 << 20
_KEY = re.compile(rb'"([a-z_]+)":\{')
# the end of a table: its last record's brace and its own, then the next table or the file's end
_TABLE_END = re.compile(rb'\}\}(?:,"[a-z_]+":\{|\}\s*$)')
_NEXT = re.compile(rb'(?P<end>\}\}(?:,"[a-z_]+":\{|\}\s*$))|(?P<rec>,"\d+":\{)')


def _table_slices(buf: bytes, pos: int) -> tuple[list[tuple[int, int]], int]:
    """The slices (start, end) of one table's records from pos (just inside its brace), and
    the position of its closing brace."""
    out = []
    start = pos
    while True:
        end = _TABLE_END.search(buf, pos, pos + SLICE)
        if end is not None:
            out.append((start, end.start() + 1))
            return out, end.start() + 1
        m = _NEXT.search(buf, pos + SLICE - 64)     # overlap: a table end across the window
        if m is None:
            raise ValueError("no end of table")
        if m["end"] is not None:
            out.append((start, m.start() + 1))
            return out, m.start() + 1
        out.append((start, m.start()))
        start = pos = m.start() + 1           # the next slice starts at the record's key


def decode_in_slices(buf: bytes, types: dict[str, type],
                     progress: Callable[[int, int], None] | None = None) -> dict[str, list] | None:
    """{table: [record, …]} for the tables in `types` ({} for the others: dict[str, dict]);
    None when the file is not laid out as expected (the caller decodes it whole).
    progress(done, total) is called every few slices with bytes decoded so far."""
    decoders = {t: msgspec.json.Decoder(dict[str, cls]) for t, cls in types.items()}
    plain = msgspec.json.Decoder(dict[str, dict])
    out: dict[str, list | dict] = {}
    try:
        if not buf.startswith(b'{"'):
            return None
        pos = 1
        while True:
            key = _KEY.match(buf, pos)
            if key is None:
                return None
            name = key[1].decode()
            pos = key.end()
            if buf[pos:pos + 1] == b"}":
                slices, close = [], pos
            else:
                slices, close = _table_slices(buf, pos)
            dec = decoders.get(name, plain)
            if name in decoders:
                rows: list = []
                for k, (s, e) in enumerate(slices):
                    rows.extend(dec.decode(b"{" + buf[s:e] + b"}").values())
                    if progress is not None and k % 16 == 15:
                        progress(e, len(buf))
                out[name] = rows
            else:
                merged: dict = {}
                for s, e in slices:
                    merged.update(plain.decode(b"{" + buf[s:e] + b"}"))
                out[name] = merged
            pos = close + 1
            nxt = buf[pos:pos + 1]
            if nxt == b",":
                pos += 1
                continue
            if nxt == b"}" and not buf[pos + 1:].strip():
                return out
            return None
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, UnicodeDecodeError):
        return None
