"""The store: round trip, idempotent import, one write per batch, atomic files, identities."""
from __future__ import annotations

import json

import pytest
from tinydb import TinyDB

import store.db.storage as storage_mod
from store.importer import import_raws
from store.db.database import StoreError, Store
from store.importer import run_import
from store.ingest.reader import RawArticle
from store.db.storage import AtomicJSONStorage


def _raw(text: str, source: str = "t") -> RawArticle:
    return RawArticle(text=text, source=source)


def test_round_trip_keeps_records_and_offsets(built_store):
    snap = Store(built_store).snapshot()
    assert len(snap.articles) == 5
    assert snap.quotes and snap.agreements and snap.participants
    db = Store(built_store)
    for q in snap.quotes:
        assert db.article_text(q.article_id)[q.start:q.end] == q.text
    for a in snap.agreements:
        for m in a.mentions:
            assert m.article_id in snap.articles


def test_store_is_a_tinydb_file_with_the_four_tables(built_store):
    db = TinyDB(built_store, storage=AtomicJSONStorage)
    assert {"articles", "participants", "agreements"} <= set(db.tables())
    assert len(db.table("articles")) == 5
    # the quotes: TinyDB documents in the segments the store file names
    names = [s["name"] for s in db.table("meta").all()[0]["segments"]]
    assert names and all((built_store.parent / "store.json.segments" / n).is_file() for n in names)
    quotes = [q for n in names
              for q in TinyDB(built_store.parent / "store.json.segments" / n, storage=AtomicJSONStorage)
              .table("quotes").all()]
    assert len(quotes) == len(Store(built_store).snapshot().quotes) > 0


def test_reimport_changes_nothing(built_store, demo_articles):
    before = built_store.read_bytes()
    res = run_import(Store(built_store), [str(demo_articles)])
    assert res.report.added == [] and len(res.report.skipped) == 5
    assert built_store.read_bytes() == before


def test_one_import_writes_once(tmp_path, demo_articles, monkeypatch):
    calls = []
    real = storage_mod.atomic_write
    store = tmp_path / "s.json"
    monkeypatch.setattr(storage_mod, "atomic_write", lambda p, d, **kw: (calls.append(p), real(p, d, **kw)))
    run_import(Store(store), [str(demo_articles)])
    assert calls.count(store) == 1           # bodies and signatures go to their own files


def test_batches_write_once_per_batch(tmp_path, demo_articles, monkeypatch):
    calls = []
    real = storage_mod.atomic_write
    store = tmp_path / "s.json"
    monkeypatch.setattr(storage_mod, "atomic_write", lambda p, d, **kw: (calls.append(p), real(p, d, **kw)))
    run_import(Store(store), [str(demo_articles)], batch=2)
    assert calls.count(store) == 3          # 5 articles in batches of 2


def test_a_failed_write_leaves_the_old_store_intact(built_store, monkeypatch):
    before = built_store.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(storage_mod.os, "replace", boom)
    with pytest.raises(StoreError, match="cannot write"):      # one line, not a traceback
        import_raws(Store(built_store), [_raw(" date 2025-01-01 Minister Ana Ruiz said \"hi.\"")])
    assert built_store.read_bytes() == before
    assert not list(built_store.parent.glob(storage_mod.TMP_PREFIX + "*"))
    assert len(Store(built_store).snapshot().articles) == len(json.loads(before)["articles"])


def test_same_person_across_articles_is_one_participant(built_store):
    snap = Store(built_store).snapshot()
    people = [p for p in snap.participants if p.kind == "person"]
    solvang = [p for p in people if "Solvang" in p.name]
    assert len(solvang) == 1
    assert {m.article_id for m in solvang[0].mentions} and len({m.article_id for m in solvang[0].mentions}) == 2
    duarte = [p for p in people if p.name == "Helena Duarte"]
    assert len(duarte) == 1 and len({m.article_id for m in duarte[0].mentions}) == 2
    # quotes from both articles point at the one identity
    ids = {q.speaker_id for q in snap.quotes if q.speaker == "Erik Solvang"}
    assert ids == {solvang[0].id}


def test_people_sharing_only_a_surname_stay_apart(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw('Defence Minister Karl Berg of Norway spoke. "We are ready," Berg said.', "a"),
        _raw('Trade Minister Anna Berg of Sweden spoke. "Markets are open," Berg said.', "b"),
    ])
    bergs = [p for p in db.snapshot().participants if p.kind == "person"]
    assert sorted(p.name for p in bergs) == ["Anna Berg", "Karl Berg"]


def test_surname_only_mention_joins_the_known_person(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw('Defence Minister Karl Berg of Norway spoke. "We are ready," Berg said.', "a"),
        _raw('"The patrols start in May," Berg said on Monday.', "b"),
    ])
    people = [p for p in db.snapshot().participants if p.kind == "person"]
    assert [p.name for p in people] == ["Karl Berg"]


def test_same_agreement_in_two_articles_is_one_agreement_with_two_mentions(built_store):
    snap = Store(built_store).snapshot()
    msca = [a for a in snap.agreements if "Maritime Security Cooperation" in a.name]
    assert len(msca) == 1
    assert len({m.article_id for m in msca[0].mentions}) >= 2


def test_stale_temp_files_are_removed_by_the_next_writer(built_store):
    stale = built_store.parent / (storage_mod.TMP_PREFIX + "dead")
    stale.write_text("{half")
    import_raws(Store(built_store), [_raw('Minister Ana Ruiz said "hello there."')])
    assert not stale.exists()
