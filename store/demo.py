"""The demo store: our sample articles (fixtures/articles) imported into a cache file, so that
`parley` opens on something real before the user has imported anything."""
from __future__ import annotations

import hashlib
from pathlib import Path

from store.db.database import Store
from store.db.paths import demo_store
from store.importer import run_import


def demo_articles_dir() -> Path | None:
    here = Path(__file__).resolve().parent
    for cand in (here / "demo_articles", here.parent / "fixtures" / "articles"):
        if cand.is_dir():
            return cand
    return None


def _fingerprint(folder: Path) -> str:
    h = hashlib.blake2b(digest_size=12)
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def ensure_demo(target: Path | None = None) -> Path:
    """Build the demo store if it is missing or older than the bundled articles."""
    folder = demo_articles_dir()
    if folder is None:
        raise FileNotFoundError("the bundled demo articles are missing from this installation")
    target = target or demo_store()
    stamp = target.with_suffix(".fingerprint")
    fp = _fingerprint(folder)
    if target.exists() and stamp.exists() and stamp.read_text() == fp:
        return target
    if target.exists():
        target.unlink()
    run_import(Store(target), [str(folder)], jobs=1)
    stamp.write_text(fp)
    return target
