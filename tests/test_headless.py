"""The headless core never imports textual; the CLI's extract path neither."""
from __future__ import annotations

import subprocess
import sys

from conftest import FIXTURES, ROOT


def _modules_after(code: str) -> str:
    run = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().splitlines()[-1]


def test_store_never_imports_textual():
    code = "import importlib, pkgutil, store\n" \
           "for m in pkgutil.walk_packages(store.__path__, 'store.'):\n    importlib.import_module(m.name)"
    assert _modules_after(code) == "[]"


def test_cli_extract_path_never_imports_textual():
    path = FIXTURES / "articles" / "01_lisbon_maritime_pact.txt"
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom tui.cli import app\n"
            f"r = CliRunner().invoke(app, ['extract', '--json', {str(path)!r}])\nassert r.exit_code == 0, r.output")
    assert _modules_after(code) == "[]"


def test_cli_import_path_never_imports_textual(tmp_path):
    code = ("from typer.testing import CliRunner\nfrom tui.cli import app\n"
            f"r = CliRunner().invoke(app, ['import', {str(FIXTURES / 'articles')!r}, '--store', {str(tmp_path / 's.json')!r}, '-q'])\n"
            "assert r.exit_code == 0, r.output")
    assert _modules_after(code) == "[]"
