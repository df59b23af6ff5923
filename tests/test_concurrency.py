"""An import in one process while another reads in a loop; two importers at once."""
from __future__ import annotations

import subprocess
import sys
import time

import orjson

from conftest import ROOT

import synth

from store.db.database import Store  # noqa: E402


def _import(folder, store, batch="10"):
    return subprocess.Popen([sys.executable, "-m", "tui.cli", "import", str(folder), "--store", str(store),
                             "--batch", batch, "-q"], cwd=ROOT, stderr=subprocess.PIPE)


def test_reader_never_sees_a_broken_store_during_an_import(tmp_path):
    folder = tmp_path / "arts"
    synth.write_articles(folder, 300)
    store = tmp_path / "s.json"
    proc = _import(folder, store)
    reads, sizes = 0, set()
    while proc.poll() is None:
        if store.exists():
            orjson.loads(store.read_bytes())                 # must always parse
            snap = Store(store).snapshot()                   # and load consistently
            assert all(q.article_id in snap.articles for q in snap.quotes)
            assert all(Store(store).article_text(a) is not None for a in list(snap.articles)[:5])
            sizes.add(len(snap.articles))
            reads += 1
        time.sleep(0.01)
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert reads > 3 and len(sizes) > 1                     # it really read while writing
    assert len(Store(store).snapshot().articles) == 300


def test_two_importers_lose_nothing(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    synth.write_articles(a, 120, seed=1)
    synth.write_articles(b, 120, seed=2)
    store = tmp_path / "s.json"
    p1, p2 = _import(a, store, "5"), _import(b, store, "5")
    assert p1.wait(timeout=300) == 0 and p2.wait(timeout=300) == 0
    assert len(Store(store).snapshot().articles) == 240
