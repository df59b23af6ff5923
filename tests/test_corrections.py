"""Corrections: each kind, undo, and survival across re-import."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from store.importer import import_raws
from store.db.corrections import CorrectionError, add_correction, list_corrections, undo_correction
from store.db.database import Store
from store.ingest.reader import RawArticle
from tui.cli import app


def _people(path):
    return {p.name: p for p in Store(path).snapshot().participants if p.kind == "person"}


def test_merge_moves_quotes_and_survives_reimport(built_store):
    db = Store(built_store)
    snap = db.snapshot()
    n_reid = len([q for q in snap.quotes if q.speaker == "Thomas Reid"])
    add_correction(db, "merge", "Park Ji-won", "Thomas Reid")
    people = _people(built_store)
    assert "Thomas Reid" not in people and "Thomas Reid" in people["Park Ji-won"].aliases
    park = people["Park Ji-won"]
    assert len([q for q in db.snapshot().quotes if q.speaker_id == park.id]) >= n_reid + 1
    # the same articles again, and a new article naming the merged-away person
    import_raws(db, [RawArticle(text='"We will meet again in Canberra," Thomas Reid said on Friday.',
                                   source="new")])
    from store.importer import run_import
    run_import(db, ["fixtures/articles"])
    people = _people(built_store)
    assert "Thomas Reid" not in people
    assert all(q.speaker != "Thomas Reid" for q in db.snapshot().quotes)


def test_merge_can_be_undone(built_store):
    db = Store(built_store)
    before = _people(built_store)
    c = add_correction(db, "merge", "Park Ji-won", "Thomas Reid")
    undo_correction(db, c["id"])
    after = _people(built_store)
    assert set(after) == set(before)
    assert [x["undone"] for x in list_corrections(db)] == [True]


def test_rename_and_retitle(built_store):
    db = Store(built_store)
    add_correction(db, "rename", "Erik Solvang", "Erik M. Solvang")
    add_correction(db, "retitle", "Erik M. Solvang", "Minister of Defence")
    p = _people(built_store)["Erik M. Solvang"]
    assert "Erik Solvang" in p.aliases and p.title == "Minister of Defence"
    assert {q.speaker for q in db.snapshot().quotes if q.speaker_id == p.id} == {"Erik M. Solvang"}


def test_reject_hides_a_quote_and_survives_reimport(built_store):
    db = Store(built_store)
    q = db.snapshot().quotes[0]
    add_correction(db, "reject", q.id[:8])
    from store.importer import run_import
    run_import(db, ["fixtures/articles"])
    got = next(x for x in db.snapshot().quotes if x.id == q.id)
    assert got.rejected
    from store.view.query import build_catalog
    assert q.id not in {x.id for x in build_catalog(db.snapshot()).quotes}


def test_reassign_a_quote(built_store):
    db = Store(built_store)
    q = next(x for x in db.snapshot().quotes if x.speaker == "Lukas Meier")
    add_correction(db, "reassign", q.id, "Anna Kowalczyk")
    got = next(x for x in db.snapshot().quotes if x.id == q.id)
    assert got.speaker == "Anna Kowalczyk" and got.corrected == "speaker"
    assert got.speaker_id == _people(built_store)["Anna Kowalczyk"].id


def test_bad_corrections_are_errors(built_store):
    db = Store(built_store)
    with pytest.raises(CorrectionError):
        add_correction(db, "merge", "Nobody Here", "Erik Solvang")
    with pytest.raises(CorrectionError):
        add_correction(db, "reject", "0000000000")


def test_cli_corrections_round_trip(built_store):
    r = CliRunner()
    res = r.invoke(app, ["merge", "Park Ji-won", "Thomas Reid", "--store", str(built_store)])
    assert res.exit_code == 0, res.output
    cid = res.stdout.split()[0]
    res = r.invoke(app, ["corrections", "--store", str(built_store)])
    assert cid in res.stdout and "active" in res.stdout
    res = r.invoke(app, ["undo", cid, "--store", str(built_store)])
    assert res.exit_code == 0
    res = r.invoke(app, ["merge", "Nobody", "Thomas Reid", "--store", str(built_store)])
    assert res.exit_code == 1 and res.stderr.startswith("parley: ")


def test_a_participant_made_by_a_correction_gets_the_id_extraction_would_give():
    """One id rule: a person named by the analyst ("Dr. Ana Ruiz") and the same person found
    by extraction ("Dr Ana Ruiz") start from the same id."""
    from store.db.corrections import _new_participant
    from store.records import participant_key

    class _T:
        def __init__(self) -> None:
            self.parts: list = []
    made = _new_participant(_T(), "Dr. Ana Ruiz")
    assert made["id"] == participant_key("person", "Dr Ana Ruiz")
