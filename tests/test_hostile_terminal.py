"""Nothing parley prints obeys control sequences from the data (issue 15, item 2): error lines,
`parley extract`'s table and JSON, imports' summaries and exports written to stdout."""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from typer.testing import CliRunner

from store.view.safe import BIDI_CONTROLS, block, is_inert, json_inert, line
from tui.cli import app

HOSTILE = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
runner = CliRunner()
RAW = ("\x1b", "\x07", "\x9b", *map(chr, BIDI_CONTROLS))


def _clean(s: str) -> bool:
    return not any(c in s for c in RAW)


def test_sanitiser_shows_controls_and_neutralises_bidi():
    s = "a\x1b]52;c;aGk=\x07b\u202etxt\nnext\x9b"
    assert line(s) == "a\u241b]52;c;aGk=\u2407b\ufffdtxt next\ufffd"
    assert block(s).split("\n")[1] == "next\ufffd" and is_inert(block(s)) and not is_inert(s)
    assert json_inert('"\u202e"') == '"\\u202e"'


def test_extract_table_and_json_are_inert():
    res = runner.invoke(app, ["extract", str(HOSTILE / "terminal_controls.txt")])
    assert res.exit_code == 0 and _clean(res.stdout) and "\u241b" in res.stdout
    res = runner.invoke(app, ["extract", "--json", str(HOSTILE / "terminal_controls.txt")])
    assert res.exit_code == 0 and _clean(res.stdout)


def test_error_line_for_a_hostile_file_name_is_one_inert_line(tmp_path):
    name = tmp_path / "bad\x1b]0;title\x07\u202ename.txt"
    res = runner.invoke(app, ["extract", str(name)])
    assert res.exit_code == 1
    assert len(res.stderr.splitlines()) == 1 and _clean(res.stderr) and "\u241b" in res.stderr


def test_import_summary_and_exports_to_stdout_are_inert(tmp_path):
    store = tmp_path / "s.json"
    odd = tmp_path / "in"
    odd.mkdir()
    (odd / "ok\x1b[2J.txt").write_bytes((HOSTILE / "terminal_controls.txt").read_bytes())
    os.mkfifo(odd / "pipe\x1b[2J.txt")
    res = runner.invoke(app, ["import", str(odd), "--store", str(store)])
    assert _clean(res.stdout) and _clean(res.stderr)
    for fmt in ("md", "csv", "json"):
        res = runner.invoke(app, ["export", "-f", fmt, "--store", str(store)])
        assert res.exit_code == 0 and _clean(res.stdout), fmt
    res = runner.invoke(app, ["export", "-f", "csv", "--store", str(store)])
    texts = [row[1] for row in csv.reader(io.StringIO(res.stdout)) if row and row[0] == "quote"]
    formula = [t for t in texts if "HYPERLINK" in t]
    assert formula and all(t.startswith("'=") for t in formula), texts
