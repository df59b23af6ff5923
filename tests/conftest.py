from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Never touch the user's real store, cache or config from a test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("PARLEY_STORE", raising=False)


def need_corpus():
    if not CORPUS.is_dir() or not SCORER.is_file():
        pytest.skip("the shared dev corpus (../shared/corpus/dev) is not beside this checkout")


@pytest.fixture
def demo_articles() -> Path:
    return FIXTURES / "articles"


@pytest.fixture
def built_store(tmp_path, monkeypatch):
    """The demo articles imported by relative path, so sources (shown on screen) do not depend
    on where the checkout lives."""
    from store.db.database import Store
    from store.importer import run_import
    path = tmp_path / "store.json"
    monkeypatch.chdir(ROOT)
    run_import(Store(path), ["fixtures/articles"])
    return path
