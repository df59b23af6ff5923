"""The command line, through Typer's CliRunner."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from tui.cli import app

runner = CliRunner()


def test_extract_json_follows_the_contract(demo_articles):
    res = runner.invoke(app, ["extract", "--json", str(demo_articles / "01_lisbon_maritime_pact.txt")])
    assert res.exit_code == 0, res.output
    art = json.loads(res.stdout)["articles"][0]
    assert set(art) >= {"title", "date", "source", "participants", "quotes", "agreements"}
    q = art["quotes"][0]
    assert set(q) >= {"text", "speaker", "kind", "start", "end", "via"}
    a = art["agreements"][0]
    assert set(a) >= {"name", "aliases", "parties", "signatories", "date", "place", "duration_years", "scope"}


def test_import_summary_and_idempotence(tmp_path, demo_articles):
    store = tmp_path / "s.json"
    res = runner.invoke(app, ["import", str(demo_articles), "--store", str(store), "--json"])
    assert res.exit_code == 0, res.output
    first = json.loads(res.stdout)
    assert first["added"] == 5 and first["failed"] == []
    res = runner.invoke(app, ["import", str(demo_articles), "--store", str(store), "--json"])
    again = json.loads(res.stdout)
    assert again["added"] == 0 and again["skipped"] == 5


def test_import_table_for_people(tmp_path, demo_articles):
    res = runner.invoke(app, ["import", str(demo_articles), "--store", str(tmp_path / "s.json")])
    assert res.exit_code == 0
    assert "articles added" in res.stdout


def test_bad_inputs_are_one_line_each_and_do_not_stop_the_batch(tmp_path, demo_articles):
    store = tmp_path / "s.json"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    good = demo_articles / "02_oslo_followup.txt"
    res = runner.invoke(app, ["import", str(empty), str(binary), str(tmp_path / "missing.txt"),
                              str(good), "--store", str(store), "--json"])
    assert res.exit_code == 1
    errs = [line for line in res.stderr.splitlines() if line.startswith("parley: ")]
    assert f"parley: {empty}: empty file" in errs
    assert f"parley: {binary}: binary file, not text" in errs
    assert f"parley: {tmp_path / 'missing.txt'}: no such file or directory" in errs
    summary = json.loads(res.stdout)
    assert summary["added"] == 1 and len(summary["failed"]) == 3


def test_bad_input_loses_nothing_already_stored(built_store, tmp_path):
    before = built_store.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    res = runner.invoke(app, ["import", str(bad), "--store", str(built_store)])
    assert res.exit_code == 1
    assert built_store.read_bytes() == before


def test_extract_missing_file_is_one_line(tmp_path):
    res = runner.invoke(app, ["extract", "--json", str(tmp_path / "nope.txt")])
    assert res.exit_code == 1
    assert res.stderr.strip() == f"parley: {tmp_path / 'nope.txt'}: no such file"


def test_stats(built_store):
    res = runner.invoke(app, ["stats", "--store", str(built_store)])
    assert res.exit_code == 0
    assert "articles: 5" in res.stdout


def test_store_location_from_environment(tmp_path, demo_articles, monkeypatch):
    target = tmp_path / "env-store.json"
    monkeypatch.setenv("PARLEY_STORE", str(target))
    res = runner.invoke(app, ["import", str(demo_articles / "02_oslo_followup.txt"), "-q"])
    assert res.exit_code == 0
    assert target.exists()


def test_stdin_import(tmp_path):
    res = runner.invoke(app, ["import", "-", "--store", str(tmp_path / "s.json"), "--json"],
                        input='Minister Ana Ruiz of Chile said "we are ready."')
    assert res.exit_code == 0
    assert json.loads(res.stdout)["added"] == 1
