"""The derived caches behind a fast `parley extract` (store/extract/datacache.py,
store/extract/regexcache.py): never required, rebuilt when damaged or stale, and extraction is
the same with them, without them and after they were damaged."""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

from store.extract import datacache, regexcache

from conftest import FIXTURES, ROOT

ARTICLES = sorted(str(p) for p in (FIXTURES / "articles").glob("*.txt"))


def _sound(path: Path) -> bool:
    blob = path.read_bytes()
    return hashlib.blake2b(blob[32:], digest_size=32).digest() == blob[:32]


# -- the cache file itself -----------------------------------------------------------------

def _make_builder(calls: list[int], source: Path):
    def build_ports() -> dict[str, str]:
        calls.append(1)
        return dict(line.split("=") for line in source.read_text().split())
    return build_ports


def test_a_cached_table_is_built_once_then_read(tmp_path):
    src = tmp_path / "ports.txt"
    src.write_text("sines=pt\nkoper=si\n")
    calls: list[int] = []
    build = _make_builder(calls, src)
    first = datacache.cached("ports", [str(src)], build)
    second = datacache.cached("ports", [str(src)], build)
    assert first == second == {"sines": "pt", "koper": "si"}
    assert len(calls) == 1                              # the second call read the file
    assert _sound(datacache.cache_file("ports"))


def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path):
    src = tmp_path / "ports.txt"
    src.write_text("sines=pt\nkoper=si\n")
    calls: list[int] = []
    build = _make_builder(calls, src)
    want = datacache.cached("ports", [str(src)], build)
    path = datacache.cache_file("ports")
    good = path.read_bytes()
    damages = [b"", good[:40], good[:-5], good[:50] + bytes([good[50] ^ 0xFF]) + good[51:], b"\x00" * len(good),
               os.urandom(len(good))]
    for damaged in damages:
        path.write_bytes(damaged)
        before = len(calls)
        assert datacache.cached("ports", [str(src)], build) == want
        assert len(calls) == before + 1                 # rebuilt from the source, not half-read
        assert _sound(path)                              # and written back whole


def test_a_changed_source_or_builder_rebuilds(tmp_path):
    src = tmp_path / "ports.txt"
    src.write_text("sines=pt\n")
    calls: list[int] = []
    assert datacache.cached("ports", [str(src)], _make_builder(calls, src)) == {"sines": "pt"}
    src.write_text("sines=pt\nkoper=si\n")               # a new package version: a new data file
    assert datacache.cached("ports", [str(src)], _make_builder(calls, src)) == {"sines": "pt", "koper": "si"}

    def other_builder() -> dict[str, str]:               # other code under the same name
        return {"gdynia": "pl"}
    assert datacache.cached("ports", [str(src)], other_builder) == {"gdynia": "pl"}


def test_no_usable_cache_directory_only_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # parley/ cannot be created under a file
    calls: list[int] = []
    src = tmp_path / "ports.txt"
    src.write_text("sines=pt\n")
    build = _make_builder(calls, src)
    assert datacache.cached("ports", [str(src)], build) == {"sines": "pt"}
    assert datacache.cached("ports", [str(src)], build) == {"sines": "pt"}
    assert len(calls) == 2
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")    # ignored, as the XDG rule says
    assert datacache.cache_dir() == Path(os.path.expanduser("~")) / ".cache" / "parley"


# -- kept regex programs ------------------------------------------------------------------

def test_kept_regex_programs_build_the_same_patterns(tmp_path):
    # a pattern rebuilt from its kept program equals (same text, flags and program) a fresh compile
    samples = [(r"(?<![\w.])(?:Petra Voss|Voss)(?![\w])", 0), (r"\b(?P<verb>said|told)\s+(\w+)", re.IGNORECASE),
               (r"[“\"](.{3,}?)[”\"]", re.DOTALL), (r"^\s*(?:By|BY)\s+([A-Z][a-z]+)$", re.MULTILINE)]
    for pattern, flags in samples:
        prog = regexcache.program(pattern, flags)
        assert prog is not None
        built = regexcache.build(pattern, prog)
        assert built == re._compiler.compile(pattern, flags)
        assert built.groupindex == re.compile(pattern, flags).groupindex
    # a damaged program is refused by the engine's validator: the pattern is compiled normally
    final_flags, packed, groups, groupindex, indexgroup = regexcache.program(samples[1][0], samples[1][1])
    assert regexcache.build(samples[1][0], (final_flags, packed[: len(packed) // 2], groups, groupindex,
                                            indexgroup)) is None
    assert regexcache.build(samples[1][0], ("not", "a program")) is None


def _run(args: list[str], cache_home: Path, code: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    argv = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "tui.cli", *args]
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


_COUNT_COMPILES = """
import sys, re._compiler as c
orig, seen = c.compile, []
def counting(p, flags=0):
    seen.append(p)
    return orig(p, flags)
c.compile = counting
import store.extract.article
print(len(seen))
from pathlib import Path
from store.ingest.reader import read_file
for raw in read_file(Path(sys.argv[1])):      # rules compile their literal patterns as they run
    store.extract.article.extract(raw)
"""


def test_rule_patterns_come_from_the_kept_programs(tmp_path):
    cache_home = tmp_path / "cache"
    cold = int(_run([ARTICLES[0]], cache_home, _COUNT_COMPILES).stdout.split()[-1])
    warm = int(_run([ARTICLES[0]], cache_home, _COUNT_COMPILES).stdout.split()[-1])
    kept = (cache_home / "parley").glob("regex.*.bin")
    kept = next(kept).read_bytes()
    _run([ARTICLES[0]], cache_home, _COUNT_COMPILES)
    # nothing new to keep: the file is not rewritten (patterns whose text changes with each
    # process's hash seed are never added after the first run, so the file settles)
    assert next((cache_home / "parley").glob("regex.*.bin")).read_bytes() == kept
    assert cold > 50                # the rule modules compile their patterns at import ...
    # ... and the next process takes most from the kept programs (those left are stdlib patterns
    # and alternations whose word order follows a set's, which changes with each process's hash seed)
    assert warm * 3 < cold
    # every kept program equals a fresh compile of its pattern in this Python
    assert datacache.cache_dir() == cache_home / "parley"     # conftest's XDG_CACHE_HOME
    ok, entries = datacache.load(regexcache.NAME, regexcache._key())
    assert ok and len(entries) > 50
    from store.extract import analyse  # noqa: F401  (imports every rule module)
    literal = {p for p, _ in entries} & regexcache._literal_patterns()
    assert len(literal) > 10        # patterns rules compile while extracting, kept at exit
    for (pattern, flags), prog in entries.items():
        assert regexcache.build(pattern, prog) == re._compiler.compile(pattern, flags), pattern


# -- extraction: the same with, without and after damage ---------------------------------------

def test_extraction_is_the_same_with_without_and_after_a_damaged_cache(tmp_path):
    args = ["extract", "--json", *ARTICLES]
    cache_home = tmp_path / "cache"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    none = _run(args, blocker)                           # no cache can be written
    cold = _run(args, cache_home)                        # builds the cache
    files = sorted((cache_home / "parley").glob("*.bin"))
    assert {f.name.split(".")[0] for f in files} == {"given-names", "countries", "regex"}
    warm = _run(args, cache_home)                        # reads it
    for i, f in enumerate(files):                        # damage each file a different way
        blob = f.read_bytes()
        f.write_bytes([b"", blob[: len(blob) // 2], os.urandom(len(blob))][i % 3])
    damaged = _run(args, cache_home)
    assert none.returncode == cold.returncode == warm.returncode == damaged.returncode == 0, damaged.stderr
    assert none.stdout.count('"quotes"') == len(ARTICLES) >= 3
    assert none.stdout == cold.stdout == warm.stdout == damaged.stdout
    assert all(_sound(f) for f in files)                 # rebuilt whole


_MODULES = """
import sys
from tui.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print("LOADED", sorted(m for m in ("pycountry", "http.client", "ssl", "email.parser", "gender_guesser")
                       if m in sys.modules))
"""


def test_extract_with_a_warm_cache_loads_neither_pycountry_nor_the_network_stack(tmp_path):
    args = ["extract", "--json", ARTICLES[0]]
    cold = _run(args, tmp_path / "cache", _MODULES).stdout.splitlines()[-1]
    warm = _run(args, tmp_path / "cache", _MODULES).stdout.splitlines()[-1]
    assert "'pycountry'" in cold                        # read once to build the country table
    assert warm == "LOADED []"


def test_only_module_level_rule_patterns_are_kept():
    from store.extract import analyse  # noqa: F401  (imports every rule module)
    from store.extract.countries import _pattern
    texts = regexcache._module_patterns((_pattern(),))
    assert _pattern().pattern in texts
    from store.extract import attribution
    assert all(p.pattern in texts for p in vars(attribution).values() if isinstance(p, re.Pattern))
    built_from_an_article = re.compile(r"\bin\s+" + re.escape("Port Vossberg") + r"\b")
    assert built_from_an_article.pattern not in texts    # a run-time pattern is never written
    assert built_from_an_article.pattern not in regexcache._literal_patterns()


_PATTERN_TEXTS = """
import hashlib
from store.extract import analyse, regexcache  # noqa: F401  (imports every rule module)
from store.extract.attribution import _org_patterns
from store.extract.countries import _pattern
from store.extract.person_states import _workplace_pattern
texts = regexcache._module_patterns((_pattern(), _org_patterns()[0], _workplace_pattern()))
print(len(texts), hashlib.sha256("\\n".join(sorted(texts)).encode()).hexdigest())
"""


def test_rule_patterns_have_the_same_text_in_every_process(tmp_path):
    # a pattern whose text follows a set's order (the hash seed) cannot be kept between processes:
    # every process would compile it again (scan.longest_first orders such words)
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, XDG_CACHE_HOME=str(tmp_path / "cache"))
        out = subprocess.run([sys.executable, "-c", _PATTERN_TEXTS], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120, check=True).stdout.split()
        assert int(out[0]) > 300
        outs.add(out[1])
    assert len(outs) == 1


def test_longest_first_orders_by_length_then_alphabet():
    from store.extract.scan import longest_first
    assert longest_first({"pact", "accord", "deal", "treaty"}) == ["accord", "treaty", "deal", "pact"]
