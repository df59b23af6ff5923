"""Store-level failures are one line naming the path and what to do, and nothing is written
(issue 15, item 5): damaged or misshapen stores, a newer schema, a read-only store, a full
disk, a lock held too long, a lock path that is a directory, a damaged sketches file."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from filelock import FileLock
from typer.testing import CliRunner

from store.db import database as db_mod
from store.db import storage as storage_mod
from store.db.database import Store, StoreError
from store.db.doctor import check, check_sketches, check_store_file, check_texts
from tui.cli import app

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
runner = CliRunner()
DAMAGE = {
    "invalid_json": b'{"articles": {"1": {"id": "a"',
    "list": b"[]",
    "null": b"null",
    "table_is_list": b'{"articles": []}',
    "row_is_number": b'{"quotes": {"1": 5}}',
    "row_lacks_fields": b'{"quotes": {"1": {"id": "q"}}, "meta": {"1": {"schema": 2}}}',
    "newer_schema": b'{"articles": {}, "meta": {"1": {"schema": 99}}}',
}
COMMANDS = {
    "import": ["import", str(FIXTURES / "01_lisbon_maritime_pact.txt")],
    "export": ["export"],
    "merge": ["merge", "Ana", "Bea"],
    "stats": ["stats"],
    "doctor": ["doctor"],
}


def _run(args: list[str], store: Path):
    return runner.invoke(app, [*args, "--store", str(store)])


def _one_line_naming(res, path: Path) -> str:
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parley: ") and str(path) in lines[0], res.stderr
    return lines[0]


@pytest.fixture
def good_store(tmp_path) -> Path:
    store = tmp_path / "s.json"
    assert _run(["import", str(FIXTURES / "01_lisbon_maritime_pact.txt"), "--quiet"], store).exit_code == 0
    return store


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_damaged_store_is_one_line_for_every_command(tmp_path, damage, command):
    store = tmp_path / "s.json"
    store.write_bytes(DAMAGE[damage])
    res = _run(COMMANDS[command], store)
    line = _one_line_naming(res, store)
    if damage == "newer_schema":
        assert "newer" in line and "upgrade parley" in line
    assert store.read_bytes() == DAMAGE[damage]
    assert sorted(p.name for p in tmp_path.iterdir()) in (["s.json"], ["s.json", "s.json.lock"])


def test_doctor_checks_shape_and_schema_of_every_file(tmp_path, good_store):
    assert check(Store(good_store)) == []
    for damage in ("list", "null", "newer_schema"):
        bad = tmp_path / f"{damage}.json"
        bad.write_bytes(DAMAGE[damage])
        data, problems = check_store_file(Store(bad))
        assert data is None and len(problems) == 1 and str(bad) in problems[0]
    s = Store(good_store)
    s.sketch_path.write_bytes(b"PK\x03\x04 garbage, not a sketch file")
    assert "rebuilds it" in check_sketches(s)[0]
    (s.texts.root / "zz.txt").write_bytes(b"\xff\xfe\xfa not utf-8")
    assert any("not UTF-8" in p for p in check_texts(s))


def test_garbage_sketches_are_rebuilt_by_the_next_import(good_store):
    """A damaged sketch file loses nothing: the import rebuilds it from the stored bodies, so
    a syndicated copy of an article imported before is still recognised."""
    s = Store(good_store)
    s.sketch_path.write_bytes(os.urandom(300))
    assert check_sketches(s)
    res = _run(COMMANDS["import"][:1] + [str(FIXTURES.parent / "formats" / "syndicated_lisbon.txt")], good_store)
    assert res.exit_code == 0, res.output
    assert check_sketches(Store(good_store)) == []
    snap = Store(good_store).snapshot()
    assert sum(1 for a in snap.articles.values() if a.duplicate_of) == 1


@pytest.mark.parametrize("err, words", [(errno.ENOSPC, "disk is full"), (errno.EROFS, "read-only"),
                                        (errno.EACCES, "read-only")])
def test_full_disk_or_read_only_store_is_one_line(good_store, monkeypatch, err, words):
    before = good_store.read_bytes()

    def fail(*a, **k):
        raise OSError(err, os.strerror(err))
    monkeypatch.setattr(storage_mod.tempfile, "mkstemp", fail)
    for cmd in (COMMANDS["import"][:1] + [str(FIXTURES / "02_oslo_followup.txt")], ["rename", "x", "y"]):
        res = _run(cmd, good_store)
        if cmd[0] == "rename" and "no participant" in res.stderr:
            continue          # nothing to write: refused before writing
        line = _one_line_naming(res, good_store)
        assert words in line and "not changed" in line
    assert good_store.read_bytes() == before


def test_rename_on_a_full_disk_is_one_line(good_store, monkeypatch):
    before = good_store.read_bytes()
    name = Store(good_store).snapshot().participants[0].name

    def fail(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(storage_mod.tempfile, "mkstemp", fail)
    line = _one_line_naming(_run(["rename", name, "Someone Else"], good_store), good_store)
    assert "disk is full" in line and good_store.read_bytes() == before


def test_a_lock_held_too_long_is_one_line(good_store, monkeypatch):
    monkeypatch.setattr(db_mod, "LOCK_TIMEOUT", 0.3)
    before = good_store.read_bytes()
    with FileLock(str(good_store) + ".lock"):
        # another thread-free holder: FileLock is per-object, so the store's own lock must wait
        res = _run(COMMANDS["import"][:1] + [str(FIXTURES / "02_oslo_followup.txt")], good_store)
    line = _one_line_naming(res, good_store)
    assert "held the lock" in line and "0.3 s" in line
    assert good_store.read_bytes() == before


def test_a_lock_path_that_is_a_directory_is_one_line(good_store):
    lock = Path(str(good_store) + ".lock")
    lock.unlink(missing_ok=True)
    lock.mkdir()
    before = good_store.read_bytes()
    line = _one_line_naming(_run(COMMANDS["import"][:1] + [str(FIXTURES / "02_oslo_followup.txt")], good_store),
                            good_store)
    assert "is a directory" in line and good_store.read_bytes() == before
    assert any("lock path is not a file" in p for p in check(Store(good_store)))


def test_reading_a_newer_store_is_refused_and_writing_never_happens(tmp_path):
    store = tmp_path / "s.json"
    store.write_bytes(DAMAGE["newer_schema"])
    with pytest.raises(StoreError, match="newer"):
        Store(store).snapshot()
    with pytest.raises(StoreError, match="newer"):
        Store(store).write_extractions([])
    assert store.read_bytes() == DAMAGE["newer_schema"]


@pytest.mark.parametrize("damage", ["list", "newer_schema", "invalid_json"])
async def test_the_app_starts_on_a_damaged_store_with_one_line_and_writes_nothing(tmp_path, damage):
    from tests.app_helpers import ready
    from tui.app import ParleyApp
    store = tmp_path / "s.json"
    store.write_bytes(DAMAGE[damage])
    app = ParleyApp(store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        notes = [n.message for n in app._notifications]
    assert len(notes) == 1 and str(store) in notes[0] and "\n" not in notes[0]
    assert store.read_bytes() == DAMAGE[damage]
