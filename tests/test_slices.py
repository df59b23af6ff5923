"""Decoding the store in slices gives exactly what one whole-file decode gives, whatever the
records' text holds; a file laid out otherwise is left to the whole-file decode."""
from __future__ import annotations

import json

import orjson
import pytest

from store.db import slices
from store.db.database import _FILE, Store, _decode
from store.records import Agreement, Article, Participant, Quote

TYPES = {"articles": Article, "participants": Participant, "quotes": Quote, "agreements": Agreement}
NASTY = ['plain', 'a ,"12":{ inside', 'ends }},"quotes":{ here', '}}}', '\\"x\\":{', 'quote " mark',
         '{"1":{}}', 'tail }']


def _store(n: int) -> dict:
    quotes = {str(i + 1): {"id": f"q{i}", "article_id": "a1", "text": NASTY[i % len(NASTY)] * (1 + i % 5),
                           "start": i, "end": i + 3, "speaker": "Petra Voss", "speaker_id": "p1"}
              for i in range(n)}
    return {"articles": {"1": {"id": "a1", "title": 'T ,"2":{', "date": "2025-10-01"}},
            "participants": {"1": {"id": "p1", "name": "Petra Voss", "kind": "person",
                                   "mentions": [{"article_id": "a1", "start": 0, "end": 5}]}},
            "quotes": quotes, "agreements": {}, "corrections": {"1": {"id": "c1", "kind": "reject"}},
            "meta": {"1": {"schema": 2}}}


def _whole(buf: bytes):
    f = _FILE.decode(buf)
    return {t: [slices.msgspec.json.Decoder(TYPES[t]).decode(r) for r in getattr(f, t).values()]
            for t in TYPES} | {"corrections": f.corrections, "meta": f.meta}


@pytest.mark.parametrize("size", [64, 200, 4096])
def test_slices_equal_the_whole_file(monkeypatch, size):
    monkeypatch.setattr(slices, "SLICE", size)
    buf = orjson.dumps(_store(300))
    got = slices.decode_in_slices(buf, TYPES)
    assert got is not None
    assert got == _whole(buf)
    assert [q.text for q in got["quotes"]][:8] == [NASTY[i] * (1 + i % 5) for i in range(8)]


def test_other_layouts_fall_back_to_the_whole_decode(tmp_path, monkeypatch):
    monkeypatch.setattr(slices, "SLICE", 100)
    data = _store(20)
    pretty = json.dumps(data, indent=1).encode()
    assert slices.decode_in_slices(pretty, TYPES) is None
    assert [q.id for q in _decode(pretty).quotes] == [f"q{i}" for i in range(20)]
    assert slices.decode_in_slices(orjson.dumps(data)[:-40], TYPES) is None     # cut short


def test_store_snapshot_reads_through_slices(tmp_path, monkeypatch):
    monkeypatch.setattr(slices, "SLICE", 128)
    path = tmp_path / "s.json"
    path.write_bytes(orjson.dumps(_store(50)))
    snap = Store(path).snapshot()
    assert len(snap.quotes) == 50 and snap.participants[0].mentions[0].article_id == "a1"
    assert snap.quotes[2].text == NASTY[2] * 3


def test_progress_counts_bytes_up_to_the_whole_file(monkeypatch):
    monkeypatch.setattr(slices, "SLICE", 64)
    buf = orjson.dumps(_store(400))
    seen = []
    assert slices.decode_in_slices(buf, TYPES, lambda done, total: seen.append((done, total)))
    assert seen and all(t == len(buf) for _d, t in seen)
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[-1] <= len(buf)
