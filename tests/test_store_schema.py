"""Schema migration with a backup, and `parley doctor`."""
from __future__ import annotations

import orjson
from typer.testing import CliRunner

from helpers import edit_quotes, store_tables
from store.db.database import SCHEMA_VERSION, Store
from tui.cli import app


def _make_v1(path, built_store):
    """A store as schema 1 wrote it: article bodies inline, no meta table."""
    db = Store(built_store)
    data = store_tables(built_store)
    for row in data["articles"].values():
        row["text"] = db.article_text(row["id"])
    data.pop("meta", None)
    path.write_bytes(orjson.dumps(data))


def test_v1_store_is_migrated_on_open_with_a_backup(tmp_path, built_store):
    old = tmp_path / "old.json"
    _make_v1(old, built_store)
    snap = Store(old).snapshot()
    assert snap.schema == SCHEMA_VERSION
    assert (tmp_path / "old.json.bak-v1").exists()
    data = orjson.loads(old.read_bytes())
    assert all("text" not in r for r in data["articles"].values())
    q = snap.quotes[0]
    assert Store(old).article_text(q.article_id)[q.start:q.end] == q.text


def test_doctor_ok_and_problems(tmp_path, built_store):
    r = CliRunner()
    res = r.invoke(app, ["doctor", "--store", str(built_store)])
    assert res.exit_code == 0 and res.stdout.strip().endswith(": ok")
    q = {r["id"]: r for r in store_tables(built_store)["quotes"].values()}
    first, second, third = list(q)[:3]
    changes = {first: {"start": 10**6}, second: {"speaker_id": "missing"}, third: {"article_id": "nosucharticle"}}
    edit_quotes(built_store, lambda row: row.update(changes.get(row["id"], {})))
    res = r.invoke(app, ["doctor", "--store", str(built_store)])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert any(f"quote {first}: offsets" in x for x in lines)
    assert any(f"quote {second}: speaker missing does not exist" in x for x in lines)
    assert any(f"quote {third}: article nosucharticle does not exist" in x for x in lines)
    assert all(x.startswith("parley: ") for x in lines)


def test_corrupt_store_is_one_line_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    res = CliRunner().invoke(app, ["stats", "--store", str(bad)])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"parley: {bad}: not a parley store")
