"""Schema 3: quotes in segment files beside the store file (store/db/segments.py). A write reads
and rewrites only the open segment; segments are written before the store file that names
them, so a kill between the two leaves the old store plus an unnamed file; doctor names
missing, damaged and unnamed segments in one line each; a schema-2 store migrates with a
backup; a reader racing a writer reads the new store rather than fail."""
from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest
from typer.testing import CliRunner

import synth
from conftest import FIXTURES, ROOT
from helpers import store_tables
from store.db import segments
from store.db.corrections import add_correction
from store.db.database import SCHEMA_VERSION, Store, StoreError
from store.db.doctor import check
from store.importer import run_import
from tui.cli import app

runner = CliRunner()


def _meta(path) -> dict:
    return next(iter(orjson.loads(path.read_bytes())["meta"].values()))


def _named(path) -> list[str]:
    return [e["name"] for e in _meta(path)["segments"]]


def _files(path) -> set[str]:
    return {p.name for p in segments.folder(path).iterdir()}


def _quote_ids(path) -> list[str]:
    return sorted(q.id for q in Store(path).snapshot().quotes)


@pytest.fixture
def small_segments(monkeypatch):
    monkeypatch.setattr(segments, "SEGMENT_QUOTES", 6)



def _imported(tmp_path, n: int, seed: int, batch: int):
    """A store of n synthetic articles imported in batches of `batch`."""
    folder = tmp_path / "in"
    folder.mkdir()
    synth.write_articles(folder, n, seed=seed)
    store = tmp_path / "s.json"
    run_import(Store(store), [str(folder)], batch=batch)
    return store

def test_store_file_names_its_segments_and_holds_no_quotes(built_store):
    data = orjson.loads(built_store.read_bytes())
    assert "quotes" not in data
    assert _files(built_store) == set(_named(built_store))
    meta = _meta(built_store)
    assert meta["schema"] == SCHEMA_VERSION == 3
    assert sum(e["quotes"] for e in meta["segments"]) == meta["counts"]["quotes"] == Store(built_store).stats()["quotes"]


def test_a_write_rewrites_only_the_open_segment(tmp_path, small_segments):
    store = _imported(tmp_path, 12, seed=5, batch=4)
    names = _named(store)
    assert len(names) >= 3 and _files(store) == set(names)
    sealed = [e["name"] for e in _meta(store)["segments"] if not segments.is_open(e)]
    assert sealed
    more = tmp_path / "more"
    more.mkdir()
    synth.write_articles(more, 3, seed=6)
    run_import(Store(store), [str(more)])
    after = _named(store)
    assert after[:len(sealed)] == sealed                    # sealed segments untouched
    assert _files(store) == set(after)                      # the replaced open segment is gone
    # the same quotes as a store written with one big segment
    one = tmp_path / "one.json"
    monkey_default = segments.SEGMENT_QUOTES
    try:
        segments.SEGMENT_QUOTES = 10**6
        run_import(Store(one), [str(tmp_path / "in")], batch=4)
        run_import(Store(one), [str(more)])
    finally:
        segments.SEGMENT_QUOTES = monkey_default
    assert _quote_ids(store) == _quote_ids(one) and len(_named(one)) == 1
    assert check(Store(store)) == []


def test_a_correction_rewrites_only_the_segment_of_its_quote(tmp_path, small_segments):
    store = _imported(tmp_path, 10, seed=7, batch=5)
    before = _named(store)
    first = segments.read_rows(segments.folder(store), _meta(store)["segments"][0])
    qid = next(iter(first.values()))["id"]
    add_correction(Store(store), "reject", qid)
    after = _named(store)
    assert after[0] != before[0] and after[1:] == before[1:]
    assert _files(store) == set(after)
    assert next(q for q in Store(store).snapshot().quotes if q.id == qid).rejected
    assert Store(store).stats()["quotes"] == _meta(store)["counts"]["quotes"] == len(_quote_ids(store)) - 1


def test_v2_store_is_migrated_to_segments_with_a_backup(tmp_path, built_store):
    old = tmp_path / "old.json"
    data = store_tables(built_store)
    data["meta"] = {"1": {"schema": 2}}
    v2 = orjson.dumps(data)
    old.write_bytes(v2)
    (tmp_path / "old.json.texts").symlink_to(tmp_path / "store.json.texts")
    want = _quote_ids(built_store)
    snap = Store(old).snapshot()
    assert snap.schema == SCHEMA_VERSION and sorted(q.id for q in snap.quotes) == want
    assert (tmp_path / "old.json.bak-v2").read_bytes() == v2
    assert "quotes" not in orjson.loads(old.read_bytes()) and _named(old)
    assert check(Store(old)) == []
    # a write to a v2 store migrates it first, the same way
    again = tmp_path / "again.json"
    again.write_bytes(v2)
    (tmp_path / "again.json.texts").symlink_to(tmp_path / "store.json.texts")
    run_import(Store(again), [str(FIXTURES / "articles")])
    assert (tmp_path / "again.json.bak-v2").exists() and _quote_ids(again) == want


KILL_BEFORE_STORE_FILE = """
import os, signal, sys
from store.db import storage
def killed(self, data):
    os.kill(os.getpid(), signal.SIGKILL)      # the segments are written; the store file is not
storage.AtomicJSONStorage.write = killed
from store.db.database import Store
from store.importer import run_import
run_import(Store(sys.argv[1]), [sys.argv[2]])
"""


def test_sigkill_between_the_segments_and_the_store_file(tmp_path):
    store = tmp_path / "s.json"
    run_import(Store(store), [str(FIXTURES / "articles" / "01_lisbon_maritime_pact.txt")])
    before, named = store.read_bytes(), set(_named(store))
    quotes = _quote_ids(store)
    proc = subprocess.run([sys.executable, "-c", KILL_BEFORE_STORE_FILE, str(store),
                           str(FIXTURES / "articles" / "02_oslo_followup.txt")], cwd=ROOT, capture_output=True)
    assert proc.returncode == -9
    assert store.read_bytes() == before                      # the old store, whole
    left = _files(store) - named
    assert left, "the killed import had written its segment"
    assert _quote_ids(store) == quotes
    problems = check(Store(store))
    assert len(problems) == len(left) and all("not named by the store" in p for p in problems)
    assert all(any(name in p for p in problems) for name in left)
    run_import(Store(store), [str(FIXTURES / "articles" / "02_oslo_followup.txt")])
    assert _files(store) == set(_named(store)) and len(_quote_ids(store)) > len(quotes)
    assert check(Store(store)) == []


def test_doctor_names_missing_damaged_and_stray_segment_files(tmp_path, small_segments):
    store = _imported(tmp_path, 8, seed=9, batch=4)
    root = segments.folder(store)
    first, second = _named(store)[:2]
    (root / first).unlink()
    (root / second).write_bytes(b'{"quotes": {"1": ')
    (root / "notes.txt").write_text("x")
    problems = check(Store(store))
    assert any(str(root / first) in p and "missing" in p for p in problems)
    assert any(str(root / second) in p and "damaged" in p for p in problems)
    assert any(str(root / "notes.txt") in p and "not a quote segment" in p for p in problems)
    res = runner.invoke(app, ["export", "--store", str(store)])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(root / first) in lines[0] and "missing" in lines[0]


def test_an_import_refuses_a_missing_open_segment_in_one_line(built_store):
    (segments.folder(built_store) / _named(built_store)[-1]).unlink()
    before = built_store.read_bytes()
    with pytest.raises(StoreError, match="missing"):
        run_import(Store(built_store), [str(FIXTURES / "formats" / "page.html")])
    assert built_store.read_bytes() == before


def test_a_reader_racing_a_writer_reads_the_new_store(tmp_path, monkeypatch):
    store = _imported(tmp_path, 6, seed=3, batch=3)
    old_main = store.read_bytes()
    more = tmp_path / "more"
    more.mkdir()
    synth.write_articles(more, 2, seed=4)
    run_import(Store(store), [str(more)])           # the old open segment is removed
    gone = set(e["name"] for e in segments.entries(orjson.loads(old_main)["meta"])) - _files(store)
    assert gone
    real = Store._decode_main
    calls = []

    def stale_first(self, buf, stamp, progress):
        calls.append(1)
        if len(calls) == 1:                            # read just before the writer committed
            return real(self, old_main, (0, 0, 0), progress)
        return real(self, buf, stamp, progress)
    monkeypatch.setattr(Store, "_decode_main", stale_first)
    snap = Store(store).snapshot()
    assert len(calls) == 2
    monkeypatch.setattr(Store, "_decode_main", real)
    assert sorted(q.id for q in snap.quotes) == _quote_ids(store)


def test_snapshot_reports_progress_over_the_segments(built_store):
    seen = []
    Store(built_store).snapshot(progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    size = built_store.stat().st_size + sum(p.stat().st_size for p in segments.folder(built_store).iterdir())
    assert seen[-1][1] == size


def test_environment_sets_the_segment_size():
    out = subprocess.run([sys.executable, "-c", "from store.db import segments; print(segments.SEGMENT_QUOTES)"],
                         cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PARLEY_SEGMENT_QUOTES": "7"})
    assert out.stdout.strip() == "7"


def test_early_snapshot_holds_the_newest_segment_then_everything(tmp_path, small_segments):
    store = _imported(tmp_path, 8, seed=12, batch=4)
    named = _meta(store)["segments"]
    assert len(named) > 1
    newest = {r["id"] for r in segments.read_rows(segments.folder(store), named[-1]).values()}
    parts = []
    snap = Store(store).snapshot(early=parts.append)
    assert len(parts) == 1 and {q.id for q in parts[0].quotes} == newest
    assert parts[0].articles == snap.articles and parts[0].participants == snap.participants
    assert [q.id for q in snap.quotes] == [q.id for q in Store(store).snapshot().quotes]


async def test_the_app_lists_the_newest_segment_while_reading_the_rest(tmp_path, monkeypatch, small_segments):
    from app_helpers import lst, ready

    from tui.app import ParleyApp
    store = _imported(tmp_path, 8, seed=12, batch=4)
    total = len(Store(store).snapshot().quotes)
    shown = []
    handler = ParleyApp.on_catalog_loaded

    def recording(self, msg):
        shown.append(len(msg.catalog.quotes))
        return handler(self, msg)
    monkeypatch.setattr(ParleyApp, "on_catalog_loaded", recording)
    app = ParleyApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert shown[0] < shown[-1] == total          # the newest rows first, then all of them
        assert len(lst(app, "quotes").items) == len(app.catalog.quotes) == total
