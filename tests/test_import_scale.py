"""Import at scale (issue 13): dedup sketches on hashlib, one pack of bodies per batch, counts
kept in the store, extraction in a process pool with a time budget per article, extraction
lines merged without extracting again (and on Dask), and a CLI that imports no heavy packages."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import time

import orjson
import pytest
from typer.testing import CliRunner

from conftest import CORPUS, FIXTURES, ROOT
from helpers import store_tables
from store.db.database import Store, TextStore
from store.db.storage import atomic_write
from store.importer import extract_all, run_import
from store.ingest.reader import RawArticle
from store.resolve import syndication as syn
from tui.cli import app

runner = CliRunner()

STORY = ("Defence Minister Petra Voss and her counterpart Aldo Brenn signed a three-year naval "
         "cooperation agreement in Valletta on Tuesday, committing both fleets to shared patrols, "
         "joint exercises and the protection of undersea cables across the central Mediterranean. "
         '"Our coasts face the same sea and the same threats," Voss told reporters after the talks. '
         "Brenn said the accord would be reviewed every year by both ministries and extended if it "
         "worked as planned, with the first joint patrol due in the spring.")
OTHER = ("The finance committee of the regional parliament debated the harbour budget for most of "
         "the afternoon, and several members asked for a fresh audit of the dredging contracts "
         "before any new money is released. The vote was postponed until the autumn session, when "
         "the ports authority is expected to publish its revised traffic forecasts.")


def _ids(path) -> dict[str, list[str]]:
    data = store_tables(path)
    return {t: sorted(r["id"] for r in (data.get(t) or {}).values())
            for t in ("articles", "participants", "quotes", "agreements")}


# -- sketches -----------------------------------------------------------------------------

def test_sketch_estimates_similarity():
    copy = STORY.replace("on Tuesday", "on Tuesday afternoon") + " This story first ran elsewhere."
    a, b, c = syn.signature(STORY), syn.signature(copy), syn.signature(OTHER)
    assert syn.similarity(a, b) >= syn.THRESHOLD
    assert syn.similarity(a, c) < 0.2
    assert syn.similarity(a, a) == 1.0


def test_sketch_file_round_trip_and_lookup(tmp_path):
    sk = syn.Sketches(tmp_path / "s.sketches", write=atomic_write)
    sk.add("a" * 16, syn.signature(STORY))
    sk.add("b" * 16, syn.signature(OTHER))
    sk.save()
    again = syn.Sketches(tmp_path / "s.sketches").load()
    assert again.ids == ["a" * 16, "b" * 16] and list(again.sig("a" * 16)) == list(syn.signature(STORY))
    hit = again.find(syn.signature(STORY + " Updated."), {"a" * 16, "b" * 16})
    assert hit is not None and hit[0] == "a" * 16
    assert again.find(syn.signature(STORY), {"b" * 16}) is None       # only originals count


def test_sketch_lookup_by_scan_and_by_index_agree(tmp_path):
    sk = syn.Sketches(tmp_path / "s.sketches")
    texts = [f"{STORY} Report number {i} from desk {i * 7}." for i in range(5)] + [OTHER]
    for i, t in enumerate(texts):
        sk.add(f"{i:016d}", syn.signature(t))
    originals = set(sk.ids)
    q = syn.signature(texts[2])
    scanned = sk.find(q, originals)                   # few queries: the key array is scanned
    sk._queries = syn._SCAN_LIMIT                     # the next query builds the dict index
    indexed = sk.find(q, originals)
    assert scanned == indexed and scanned[0] in sk.ids[:5]


def test_damaged_or_old_sketch_file_is_rebuilt_from_bodies(tmp_path):
    store = tmp_path / "s.json"
    first = FIXTURES / "articles" / "01_lisbon_maritime_pact.txt"
    run_import(Store(store), [str(first)])
    sk_file = store.with_name(store.name + ".sketches")
    sk_file.write_bytes(b"garbage, not a sketch file")
    old = store.with_name(store.name + ".sketches.npz")
    old.write_bytes(b"PK\x03\x04 a datasketch file from an older parley")
    res = run_import(Store(store), [str(FIXTURES / "formats" / "syndicated_lisbon.txt")])
    assert res.failures == [] and len(res.report.duplicates) == 1
    assert not old.exists()
    assert len(syn.Sketches(sk_file).load()) == 2


def test_sketches_are_read_once_per_import(tmp_path, monkeypatch):
    loads = []
    real = syn.Sketches.load

    def counting(self):
        loads.append(1)
        return real(self)

    monkeypatch.setattr(syn.Sketches, "load", counting)
    res = run_import(Store(tmp_path / "s.json"), [str(FIXTURES / "articles")], batch=1)
    assert len(res.report.added) == 5 and len(loads) == 1


# -- bodies and counts ---------------------------------------------------------------------

def test_bodies_are_one_pack_per_batch_and_old_files_still_read(tmp_path):
    store = tmp_path / "s.json"
    db = Store(store)
    res = run_import(db, [str(FIXTURES / "articles")], batch=2)
    packs = sorted(db.texts.root.glob("*.pack"))
    assert len(packs) == 3                            # 5 articles in batches of 2
    fresh = Store(store)                              # another process: reads the packs
    for aid in res.report.added:
        assert fresh.article_text(aid)
    legacy = fresh.texts.path("f" * 16)
    legacy.write_text("an article stored by an older parley", encoding="utf-8")
    assert Store(store).article_text("f" * 16) == "an article stored by an older parley"


def test_stats_come_from_counts_kept_in_the_store(tmp_path):
    store = tmp_path / "s.json"
    run_import(Store(store), [str(FIXTURES / "articles")])
    assert store.read_bytes().startswith(b'{"meta":')
    kept = Store(store).stats()
    data = orjson.loads(store.read_bytes())
    data["meta"]["1"].pop("counts")                 # as written by an older parley
    store.write_bytes(orjson.dumps(data))
    assert Store(store).stats() | {"size_bytes": 0} == kept | {"size_bytes": 0}   # the slow path agrees
    qid = next(iter(store_tables(store)["quotes"].values()))["id"]
    run_import(Store(store), [str(FIXTURES / "formats" / "page.html")])
    before = Store(store).stats()["quotes"]
    assert runner.invoke(app, ["reject", qid, "--store", str(store)]).exit_code == 0
    assert Store(store).stats()["quotes"] == before - 1


# -- jobs, budget, extraction lines ----------------------------------------------------------

def test_jobs_give_the_same_store(tmp_path):
    one, two, cli_two = tmp_path / "one.json", tmp_path / "two.json", tmp_path / "cli.json"
    inputs = [str(FIXTURES / "articles"), str(FIXTURES / "formats")]
    run_import(Store(one), inputs, jobs=1)
    res = run_import(Store(two), inputs, jobs=2, pool_after=0, batch=3)    # the pool from the start
    assert res.failures == []
    out = runner.invoke(app, ["import", *inputs, "--store", str(cli_two), "--jobs", "2", "-q"])
    assert out.exit_code == 0, out.output
    assert _ids(one) == _ids(two) == _ids(cli_two) and _ids(one)["quotes"]


@pytest.mark.parametrize("jobs, budget", [(1, 0.2), (2, 2)])
def test_an_article_over_budget_is_one_line_and_the_rest_extracts(jobs, budget):
    # a real 4 MB article takes longer than these budgets whatever the rules do, so no hook is
    # needed. In-process the rules are warmed first, so that a short budget is fair to the small
    # articles; a pool's cold workers (regexes compiled on first use) get 2 s on a loaded machine.
    big = RawArticle(text=("The talks went on late into the night. " * 110000), source="big.txt")
    small = [RawArticle(text=f'"We agree on point {i}," Petra Voss said.', source=f"s{i}.txt") for i in range(3)]
    list(extract_all([("warm", small[0])], jobs=1, budget=None))
    items = [("s0", small[0]), ("big", big), ("s1", small[1]), ("s2", small[2])]
    t = time.monotonic()
    out = list(extract_all(items, jobs=jobs, budget=budget, pool_after=0))   # the pool from the start
    assert time.monotonic() - t < 60
    assert [label for label, _ in out] == ["s0", "big", "s1", "s2"]
    assert out[1][1] == ("timeout", f"skipped: extraction took longer than {budget:g}s")
    assert all(o[0] == "ok" for _, o in out[:1] + out[2:])


def test_cli_reports_an_article_over_budget_in_one_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("The talks went on late into the night. " * 110000, encoding="utf-8")
    res = runner.invoke(app, ["import", str(big), str(FIXTURES / "articles"), "--store", str(tmp_path / "s.json"),
                              "--timeout", "2", "--jobs", "1", "-q"])
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert f"parley: {big}: skipped: extraction took longer than 2s" in lines
    assert [x for x in lines if x.startswith("parley: ") and "warning" not in x] == \
        [f"parley: {big}: skipped: extraction took longer than 2s"], res.stderr
    assert Store(tmp_path / "s.json").stats()["articles"] == 5


def test_extracted_lines_rebuild_the_same_store(tmp_path):
    files = sorted(str(p) for p in (FIXTURES / "articles").glob("*.txt")) + [str(FIXTURES / "formats" / "syndicated_lisbon.txt")]
    res = runner.invoke(app, ["extract", "--jsonl", *files])
    assert res.exit_code == 0
    lines = [orjson.loads(x) for x in res.stdout.splitlines()]
    assert len(lines) == 6
    for line in lines:                                   # the contract keys are all there
        assert {"title", "date", "source", "participants", "quotes", "agreements", "record"} <= set(line)
    single = orjson.loads(runner.invoke(app, ["extract", "--json", files[0]]).stdout)["articles"][0]
    assert {k: v for k, v in lines[0].items() if k != "record"} == single
    jl = tmp_path / "x.jsonl"
    bad = dict(lines[1], record=dict(lines[1]["record"], quotes=[dict(lines[1]["record"]["quotes"][0], start=0)]))
    jl.write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in [*lines, bad]) + b"{not json\n")
    plain, merged = tmp_path / "plain.json", tmp_path / "merged.json"
    assert runner.invoke(app, ["import", *files, "--store", str(plain), "-q"]).exit_code == 0
    res = runner.invoke(app, ["import", "--extracted", str(jl), "--store", str(merged), "-q"])
    assert res.exit_code == 1
    errors = res.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0] == (f"parley: {jl}:7: not an extraction line (quote {bad['record']['quotes'][0]['id']}: "
                         "offsets do not match the article text)")
    assert errors[1].startswith(f"parley: {jl}:8: not an extraction line (")
    assert _ids(plain) == _ids(merged)
    assert Store(merged).stats()["articles"] == 6


# -- a light CLI -------------------------------------------------------------------------------

_PROBE = """
import sys
from tui.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print("HEAVY", sorted(m for m in ("pydantic", "numpy", "scipy", "datasketch", "textual") if m in sys.modules))
"""


@pytest.mark.parametrize("cmd", ["extract", "stats", "import"])
def test_cli_imports_no_heavy_packages(cmd, tmp_path):
    store = tmp_path / "s.json"
    art = str(FIXTURES / "articles" / "01_lisbon_maritime_pact.txt")
    if cmd == "stats":
        run_import(Store(store), [art])
    args = {"extract": ["extract", "--json", art], "stats": ["stats", "--store", str(store)],
            "import": ["import", art, "--store", str(store), "-q"]}[cmd]
    out = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


# -- Dask ---------------------------------------------------------------------------------------

def test_dask_recipe_gives_the_same_store_as_a_plain_import(tmp_path):
    """Runs on Dask's local process scheduler (two processes on this machine)."""
    if importlib.util.find_spec("dask") is None:
        pytest.skip("dask is not installed (pip install 'parley[cluster]')")
    if not CORPUS.is_dir():
        pytest.skip("the shared dev corpus (../shared/corpus/dev) is not beside this checkout")
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))
    plain, viadask = tmp_path / "plain.json", tmp_path / "dask.json"
    assert runner.invoke(app, ["import", *files, "--store", str(plain), "-q"]).exit_code == 0
    out = subprocess.run([sys.executable, str(ROOT / "examples" / "dask_import.py"), *files,
                          "--out", str(tmp_path / "lines"), "--store", str(viadask), "--scheduler", "processes"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert _ids(plain) == _ids(viadask)
    assert Store(plain).stats() | {"path": "", "size_bytes": 0} == Store(viadask).stats() | {"path": "", "size_bytes": 0}


def _children(pid: int) -> set[int]:
    """Every live descendant of pid, from /proc."""
    from pathlib import Path
    parent: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if fields[0] != "Z":
                parent[int(d.name)] = int(fields[1])
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parent.items() if pp == p]
        out.update(kids)
        todo += kids
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            stat = fh.read()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2:][:1] != "Z"


def test_pool_workers_leave_when_the_import_is_killed(tmp_path):
    import os
    import signal
    from pathlib import Path
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"a{i:04d}.txt").write_text(f"{STORY} Dispatch {i}. {OTHER}", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "import", str(folder), "--store", str(tmp_path / "s.json"),
                             "--jobs", "2", "-q"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    kids: set[int] = set()
    while time.monotonic() < deadline and len(kids) < 3 and proc.poll() is None:   # fork server + 2 workers
        time.sleep(0.2)
        kids = _children(proc.pid)
    if proc.poll() is not None:
        pytest.skip("the import finished before its pool started (a very fast machine)")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    alive = kids
    while alive and time.monotonic() < deadline:
        time.sleep(0.3)
        alive = {k for k in kids if _alive(k)}
    assert not alive, f"pool processes left behind: {alive}"


def test_batches_grow_with_the_store(tmp_path):
    from store.importer import _auto_batch, _stored_articles
    assert [_auto_batch(n) for n in (0, 1600, 16000, 80000, 10**6)] == [200, 200, 2000, 5000, 5000]
    store = tmp_path / "s.json"
    assert _stored_articles(Store(store)) == 0
    run_import(Store(store), [str(FIXTURES / "articles")])
    assert _stored_articles(Store(store)) == 5


def test_a_damaged_pack_is_missing_bodies_not_a_crash(tmp_path):
    store = tmp_path / "s.json"
    res = run_import(Store(store), [str(FIXTURES / "articles")])
    (pack,) = Store(store).texts.root.glob("*.pack")
    blob = pack.read_bytes()
    pack.write_bytes(blob[:-40] + b'{"x":[1,"a"]}' + (13).to_bytes(8, "little") + b"PRLYPK01")
    TextStore._SHARED.clear()                        # as a fresh process reads it
    assert Store(store).article_text(res.report.added[0]) is None
    pack.write_bytes(b"garbage")
    TextStore._SHARED.clear()
    assert Store(store).article_text(res.report.added[0]) is None


def test_pack_indexes_are_read_once_per_process_and_follow_a_new_folder(tmp_path):
    import shutil
    store = tmp_path / "s.json"
    res = run_import(Store(store), [str(FIXTURES / "articles")])
    aid = res.report.added[0]
    text = Store(store).article_text(aid)
    TextStore._SHARED.clear()
    assert Store(store).article_text(aid) == text
    packs = TextStore._SHARED[str(Store(store).texts.root)][0]
    assert len(packs) == 1
    shutil.rmtree(Store(store).texts.root)           # the store deleted and imported again
    store.unlink()
    run_import(Store(store), [str(FIXTURES / "articles")], batch=2)
    assert Store(store).article_text(aid) == text
