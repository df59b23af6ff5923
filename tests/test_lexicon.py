"""Lexicons are listed once, as data, in store/extract/lexicon.py: no name defined twice, no word
repeated inside one list, and no module-level word set left in the rule modules."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from store.records import fold_spaces

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "store" / "extract" / "lexicon.py"
# Data modules of their own: country names keyed by ISO code (beside pycountry), and the ingest
# stage's page-furniture words (ingest sits below extract, so it cannot import the lexicon).
OWN_DATA = {"store/extract/countries.py", "store/ingest/title.py"}


def _strings(node: ast.AST) -> list[str]:
    elts = getattr(node, "elts", None) or []
    return [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def test_lexicon_names_are_defined_once():
    tree = ast.parse(LEXICON.read_text(encoding="utf-8"))
    names = Counter(t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
                    if isinstance(t, ast.Name))
    assert [n for n, c in names.items() if c > 1] == []


def test_no_word_repeated_inside_a_lexicon_list():
    tree = ast.parse(LEXICON.read_text(encoding="utf-8"))
    repeated = []
    for node in ast.walk(tree):
        words = _strings(node) if isinstance(node, (ast.Set, ast.List, ast.Tuple)) else []
        if isinstance(node, ast.Dict):
            words = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        if len(words) >= 3:   # (key, group) pairs such as ("deputy", "deputy") are no word lists
            repeated += [(node.lineno, w) for w, c in Counter(words).items() if c > 1]
    assert repeated == []


def test_rule_modules_keep_no_word_sets():
    found = []
    for path in sorted((ROOT / "store").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if path == LEXICON or rel in OWN_DATA:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            value = getattr(node, "value", None)
            if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "frozenset" and value.args:
                value = value.args[0]
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(value, ast.Set) \
                    and len(_strings(value)) >= 3:
                found.append(f"{rel}:{node.lineno}")
    assert found == [], "word sets belong in store/extract/lexicon.py"


def test_fold_spaces_ignores_case_and_spacing_only():
    assert fold_spaces("Petra  VOSS\t") == "petra voss"
    assert fold_spaces(None) == ""
    assert fold_spaces("Dr. Petra Voss") == "dr. petra voss"   # punctuation stays
    assert fold_spaces("José") != fold_spaces("Jose")          # accents stay
