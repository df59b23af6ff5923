"""Cross-article identity on real articles: the shared identity scorer's floors on the dev corpus,
and a clean `parley doctor` after importing the dev and unlabelled corpora into one store
(skipped when ../shared is not beside this checkout)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import CORPUS, SHARED, need_corpus

IDENTITY = SHARED / "eval" / "identity.py"
UNLABELLED = SHARED / "corpus" / "unlabelled"


def test_dev_corpus_meets_the_identity_floors():
    need_corpus()
    if not IDENTITY.is_file():
        pytest.skip("the shared identity scorer (../shared/eval/identity.py) is not beside this checkout")
    run = subprocess.run(
        [sys.executable, str(IDENTITY), "--parley", f"{sys.executable} -m tui.cli",
         "--min", "person_merge_p=1.0", "--min", "person_merge_r=0.98",
         "--max", "agreement_false_merges=0", "--max", "agreement_foreign_parties=0"],
        capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "agreement_false_merges=0" in run.stdout


def test_doctor_is_clean_after_importing_dev_and_unlabelled_into_one_store(tmp_path):
    need_corpus()
    if not UNLABELLED.is_dir():
        pytest.skip("the shared unlabelled corpus (../shared/corpus/unlabelled) is not beside this checkout")
    from store.db.database import Store
    from store.db.doctor import check
    from store.importer import run_import
    store = Store(tmp_path / "s.json")
    res = run_import(store, [str(CORPUS), str(UNLABELLED)], glob="*")
    assert len(res.report.added) >= 100
    assert check(store) == []
    snap = store.snapshot()
    # unique ids in every table, and no agreement spanning articles without a recorded reason
    for rows in (snap.participants, snap.agreements, snap.quotes):
        assert len({r.id for r in rows}) == len(rows)
    for g in snap.agreements:
        if len({m.article_id for m in g.mentions}) > 1:
            assert all(r["why"] for r in g.reports) and "joined:" in g.rule
