"""The write path keeps the resolution indexes between the batches of one import (issue 13:
import scales linearly) instead of converting and indexing every stored record per batch. These
tests prove that a kept index, rebased, is the index a fresh one would be, and that an import
writes the same store either way."""
from __future__ import annotations

import orjson

import synth
from conftest import FIXTURES
from store.db.database import Store, _agreement, _participant
from store.importer import run_import
from store.records import Agreement, Mention, Participant
from store.resolve.agreements import AgreementIndex
from store.resolve.participants import ParticipantIndex

# invented people and agreements that recur across batches: merges add names, handles, parties
# and dates to records indexed in an earlier batch
RECURRING = [
    'Defence Minister Petra Voss of Norway met Aldo Brenn in Oslo on Monday. "We agreed on patrols," '
    'Voss said. Norway and Chile signed the Northern Fjord Patrol Agreement on 3 March 2025.',
    'Petra Voss (@petravoss) told reporters in Lisbon that the Northern Fjord Patrol Agreement '
    'would be reviewed. "It works," said Norwegian Defence Minister Petra Voss.',
    'Foreign Minister Aldo Brenn of Chile said on Tuesday that the Northern Fjord Patrol Agreement, '
    'signed by Chile and Norway on 3 March 2025, "is a model for the region".',
    'Voss, the Norwegian defence minister, said: "We will extend the patrols." Minister Petra Voss '
    'spoke in Tromso.',
]


def _write_corpus(folder) -> None:
    synth.write_articles(folder, 24, seed=11)
    for i, text in enumerate(RECURRING * 2):
        (folder / f"r{i:02d}.txt").write_text(f"Patrol report {i}\n\n{text} Filed {i}.\n", encoding="utf-8")
    for f in sorted((FIXTURES / "articles").glob("*.txt")):
        (folder / f"fx-{f.name}").write_bytes(f.read_bytes())


def _buckets(index: dict) -> dict:
    return {k: set(v) if isinstance(v, dict) else v for k, v in index.items()}


def _same_people(kept: ParticipantIndex, fresh: ParticipantIndex) -> None:
    assert kept.items == fresh.items and kept.ids == fresh.ids
    for name in ("by_norm", "by_word", "by_sorted", "by_prefix", "by_single", "by_handle", "by_country"):
        assert _buckets(getattr(kept, name)) == _buckets(getattr(fresh, name)), name


def _same_agreements(kept: AgreementIndex, fresh: AgreementIndex) -> None:
    assert kept.items == fresh.items and kept.ids == fresh.ids
    for name in ("by_name", "by_part", "by_evidence"):
        assert _buckets(getattr(kept, name)) == _buckets(getattr(fresh, name)), name


def test_kept_indexes_equal_fresh_ones_after_every_batch(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    _write_corpus(folder)
    store = Store(tmp_path / "s.json")
    checked = []
    write = Store.write_extractions

    def checking(self, extractions):
        report = write(self, extractions)
        if self._records is not None:
            people, agreements = self._records
            people.rebase()
            agreements.rebase()
            data = orjson.loads(self.path.read_bytes())
            _same_people(people, ParticipantIndex([_participant(r) for r in data["participants"].values()]))
            _same_agreements(agreements, AgreementIndex([_agreement(r) for r in data["agreements"].values()]))
            checked.append(len(people.items))
        return report

    monkeypatch.setattr(Store, "write_extractions", checking)
    run_import(store, [str(folder)], batch=3)
    assert len(checked) >= 8          # every batch after the first was checked


def _tables(path) -> dict:
    data = orjson.loads(path.read_bytes())
    for rows in data.values():
        for r in rows.values():
            r.pop("imported_at", None)
            r.pop("created", None)
    return data


def test_an_import_writes_the_same_store_with_kept_or_fresh_indexes(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    _write_corpus(folder)
    run_import(Store(tmp_path / "kept.json"), [str(folder)], batch=3)
    apply = Store._apply
    monkeypatch.setattr(Store, "_apply", lambda self, db, ex, report, records=None: apply(self, db, ex, report))
    run_import(Store(tmp_path / "fresh.json"), [str(folder)], batch=3)
    kept, fresh = _tables(tmp_path / "kept.json"), _tables(tmp_path / "fresh.json")
    assert kept["participants"] and kept["agreements"]
    assert kept == fresh


def test_a_handle_given_to_an_earlier_record_is_found_there_after_rebase():
    # position 1 carries the handle first; a merge in a later step gives it to position 0 too:
    # an index built afresh names position 0, and so must a rebased one
    a = Participant("a", "Karin Lund", "person", mentions=[Mention("x", 0, 5)])
    b = Participant("b", "Lund Media", "organisation", handles=["@lund"], mentions=[Mention("x", 9, 14)])
    index = ParticipantIndex([a, b])
    index.add_or_merge(Participant("c", "Karin Lund", "person", handles=["@lund"],
                                   mentions=[Mention("y", 0, 5)]))
    assert index.by_handle["@lund"] == 1          # within a batch, as it always was
    index.rebase()
    fresh = ParticipantIndex(index.items)
    assert index.by_handle == fresh.by_handle == {"@lund": 0}


def test_an_evidence_key_a_merge_changed_is_dropped_at_rebase():
    # the stored record's key says "agreement"; the report joined into it says it is an MoU,
    # which moves the record to another evidence key
    old = Agreement("g1", "Harbour Patrol Agreement", parties=["Norway", "Chile"], date="2025-03-03",
                    mentions=[Mention("x", 0, 10)])
    index = AgreementIndex([old])
    before = set(index.by_evidence)
    into, why = index.add_or_merge(Agreement("g2", "Harbour Patrol Agreement", kind="memorandum",
                                             mentions=[Mention("y", 0, 10)]), "y", 0)
    assert into is old and why == "same_proper_name"
    assert before < set(index.by_evidence)          # the old key stays within the batch
    index.rebase()
    fresh = AgreementIndex(index.items)
    assert _buckets(index.by_evidence) == _buckets(fresh.by_evidence)
    assert not set(index.by_evidence) & before
