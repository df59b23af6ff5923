#!/usr/bin/env python3
"""Issue 13's import, CLI and extraction rows, each beside a baseline measured in the same run,
with the ratio and the target. Every figure is a fresh process (wall time, peak RSS of the
main process); medians of --runs where a row is cheap, one run where it is not (10k, 50k).

    python bench/scale.py                       # everything (10k import and 50k store: minutes)
    python bench/scale.py --rows cli,extract    # rows: import1k, import10k, add, cli, extract, long, store50k

The machine is shared (2 cores, other jobs running): compare ratios, not absolute times; the
load average is printed with the results.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

# a CLI run that reports its peak RSS on its last stderr line
WRAP = ("import resource, sys\nsys.argv = ['parley'] + sys.argv[1:]\nfrom tui.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(f'\\nPEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')")

EXTRACT_ONLY = """
import sys, time
from pathlib import Path
from store.extract.article import extract
from store.ingest.reader import read_file
n = 0
for p in sorted(Path(sys.argv[1]).glob('*.txt')):
    for raw in read_file(p):
        extract(raw)
        n += 1
print(n)
"""

# the baselines read (and write) the whole store as one JSON document would hold it: the store
# file and, since schema 3, the quote segments it names (written to a scratch file here)
WHOLE = """
import sys, orjson, resource
from pathlib import Path
p = Path(sys.argv[1])
data = orjson.loads(p.read_bytes())
seg = p.with_name(p.name + '.segments')
meta = next(iter(data.get('meta', {}).values()), {})
data['quotes'] = [orjson.loads((seg / e['name']).read_bytes()) for e in meta.get('segments', [])]
"""

REWRITE = WHOLE + """
from store.db.storage import atomic_write
atomic_write(p.with_name(p.name + '.rewrite'), orjson.dumps(data))
p.with_name(p.name + '.rewrite').unlink()
sys.stderr.write(f'\\nPEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')
"""

PARSE = WHOLE + """
sys.stderr.write(f'\\nPEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')
"""


def _synth():
    import importlib.util
    spec = importlib.util.spec_from_file_location("synth", ROOT / "tests" / "synth.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


FIRST_COUNTRY = """
import sys, orjson
data = orjson.loads(open(sys.argv[1], 'rb').read())
print(next(p["name"] for p in data["participants"].values() if p["kind"] == "country"))
"""

MAKE = """
import sys
sys.path.insert(0, ROOT)
sys.argv = ['make_store', sys.argv[1], sys.argv[2]]
import runpy
runpy.run_path(BENCH + '/make_store.py', run_name='__main__')
"""


def make_store(n: int, path: Path) -> None:
    """bench/make_store.py in a child process (see FIRST_COUNTRY on why not in this one)."""
    code = MAKE.replace("ROOT", repr(str(ROOT))).replace("BENCH", repr(str(BENCH)))
    subprocess.run([sys.executable, "-c", code, str(n), str(path)], check=True, cwd=ROOT)


def timed(argv: list[str], timeout: float | None = None, env: dict | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB or nan, stdout) of one process."""
    t0 = time.perf_counter()
    try:
        out = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return float("inf"), float("nan"), ""
    wall = time.perf_counter() - t0
    peak = float("nan")
    lines = out.stderr.strip().splitlines()
    if lines and lines[-1].startswith("PEAK "):
        peak = int(lines[-1].split()[1]) / 1024
    elif out.returncode not in (0, 1):
        sys.stderr.write(out.stderr[-2000:])
    return wall, peak, out.stdout


def cli(*args: str, timeout: float | None = None) -> tuple[float, float, str]:
    return timed([sys.executable, "-c", WRAP, *args], timeout)


def med(fn, runs: int) -> tuple[float, float]:
    rows = [fn() for _ in range(runs)]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)


def row(what: str, value: str, base_what: str, base: str, ratio: float | None, target: str) -> None:
    r = f"{ratio:.2f}x" if ratio is not None else "-"
    print(f"| {what} | {value} | {base_what}: {base} | {r} | {target} |", flush=True)


# -- rows --------------------------------------------------------------------------------

def import_rows(work: Path, n: int, runs: int, jobs: int, single_too: bool = True) -> float:
    folder = work / f"synth{n}"
    if not folder.exists():
        _synth().write_articles(folder, n)
    alone = med(lambda: timed([sys.executable, "-c", EXTRACT_ONLY, str(folder)]), runs)[0]
    res = {}
    for j in sorted({1, jobs} if single_too else {jobs}):
        def one(j=j):
            store = work / f"import{n}-{j}-{time.monotonic_ns()}.json"
            r = cli("import", str(folder), "--store", str(store), "-q", "--jobs", str(j))
            return r
        res[j] = med(one, runs)
    for j, (wall, peak) in res.items():
        row(f"import {n:,} plain-text articles, --jobs {j}", f"{wall:.2f} s ({peak:.0f} MB)",
            "extraction alone, one process", f"{alone:.2f} s", wall / alone, "<= 2x extraction alone")
    return res[max(res)][0]


def add_rows(work: Path, sizes: list[int], runs: int) -> None:
    for n in sizes:
        src = work / f"store{n}.json"
        if not src.exists():
            t0 = time.perf_counter()
            make_store(n, src)
            print(f"  (made a {n:,}-article store in {time.perf_counter() - t0:.0f} s, "
                  f"{src.stat().st_size / 1e6:.0f} MB)", flush=True)
        copy = work / f"add{n}.json"
        shutil.copy2(src, copy)
        for suffix in (".texts", ".sketches", ".segments"):
            s, d = src.with_name(src.name + suffix), copy.with_name(copy.name + suffix)
            if s.is_dir():
                shutil.rmtree(d, ignore_errors=True)
                shutil.copytree(s, d)
            elif s.exists():
                shutil.copy2(s, d)
        walls, peaks = [], []
        for k in range(runs):
            art = work / f"one{n}-{k}.txt"
            art.write_text(f" date 2025-11-0{k + 1} Foreign Minister Ana Ruiz of Chile met her Peruvian "
                           f"counterpart Rosa Quispe in Lima. \"We signed a five-year Fisheries Agreement "
                           f"today,\" Ruiz said. Bench run {k} {time.time()}.\n", encoding="utf-8")
            w, p, _ = cli("import", str(art), "--store", str(copy), "-q", "--jobs", "1")
            walls.append(w)
            peaks.append(p)
        base = med(lambda c=copy: timed([sys.executable, "-c", REWRITE, str(c)]), runs)
        w, p = statistics.median(walls), statistics.median(peaks)
        target = "<= 1 s" if n <= 10000 else "<= 4 s, <= 1 GB"
        row(f"add 1 article to a {n:,} store (fresh process, with sketches)", f"{w:.2f} s, {p:.0f} MB",
            "rewriting the file", f"{base[0]:.2f} s, {base[1]:.0f} MB", w / base[0], target)


def cpu_of(argv: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall, user+sys CPU) of one process: CPU time is what a loaded machine distorts least."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(argv, env=env)[0]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cli_rows(work: Path, runs: int) -> None:
    """`parley extract --json` of one article. The derived caches (store/extract/datacache.py)
    live in a cache directory of this run: the first process builds them (its own row), the
    measured ones read them, as every run after the first does for a user."""
    art = (sorted(CORPUS.glob("*.txt")) or sorted((ROOT / "fixtures" / "articles").glob("*.txt")))[0]
    parley = [sys.executable, "-m", "tui.cli"]
    shutil.rmtree(Path(os.environ["XDG_CACHE_HOME"]) / "parley", ignore_errors=True)
    env = dict(os.environ)
    first, first_cpu = cpu_of([*parley, "extract", "--json", str(art)], env)
    ex, ex_cpu = med(lambda: cpu_of([*parley, "extract", "--json", str(art)], env), runs)
    bare, bare_cpu = med(lambda: cpu_of([sys.executable, "-c", "pass"]), runs)
    typer, typer_cpu = med(lambda: cpu_of([sys.executable, "-c", "import typer"]), runs)
    # Bytecode: with PYTHONDONTWRITEBYTECODE set (as on this machine), every process compiles
    # parley's own sources again; an installed parley (pip writes .pyc files) does not.
    # The last row keeps the bytecode in a folder of this run (PYTHONPYCACHEPREFIX).
    pyc = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    pyc["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    cpu_of([*parley, "extract", "--json", str(art)], pyc)
    inst, inst_cpu = med(lambda: cpu_of([*parley, "extract", "--json", str(art)], pyc), runs)
    src = "sources compiled each run" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "bytecode cached"
    what = f"`parley extract --json`, one process ({src}; wall / CPU)"
    row(what, f"{ex * 1000:.0f} / {ex_cpu * 1000:.0f} ms",
        "`python -c pass`", f"{bare * 1000:.0f} / {bare_cpu * 1000:.0f} ms", ex / bare, "<= 200 ms")
    row(what, f"{ex * 1000:.0f} / {ex_cpu * 1000:.0f} ms",
        "`import typer`", f"{typer * 1000:.0f} / {typer_cpu * 1000:.0f} ms", ex / typer, "<= 200 ms")
    row("the same, first run (builds the name, country and regex caches)",
        f"{first * 1000:.0f} / {first_cpu * 1000:.0f} ms",
        "`import typer`", f"{typer * 1000:.0f} / {typer_cpu * 1000:.0f} ms", first / typer, "-")
    row("the same, bytecode cached (as installed by pip)", f"{inst * 1000:.0f} / {inst_cpu * 1000:.0f} ms",
        "`import typer`", f"{typer * 1000:.0f} / {typer_cpu * 1000:.0f} ms", inst / typer, "<= 200 ms")


def extract_rows(runs: int) -> None:
    import re

    sys.path.insert(0, str(ROOT))
    from store.extract.article import extract
    from store.ingest.reader import read_file
    files = sorted(CORPUS.glob("*.txt")) or sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    raws = [r for f in files for r in read_file(f)]
    batch = (raws * (1000 // len(raws) + 1))[:1000]
    extract(raws[0])
    tok = re.compile(r"\w+|[^\w\s]")
    rates, toks = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        for r in batch:
            extract(r)
        rates.append(len(batch) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for r in batch:
            tok.findall(r.text)
        toks.append(len(batch) / (time.perf_counter() - t0))
    a, b = statistics.median(rates), statistics.median(toks)
    row(f"extraction in one process ({len(files)} dev articles x {len(batch) // len(raws)})", f"{a:.0f} articles/s",
        "one tokenising pass", f"{b:,.0f} articles/s", b / a, ">= 300/s")


LONG = """
import sys, time
sys.path.insert(0, ROOT)
from store.extract.article import extract
from store.ingest.reader import RawArticle
text = open(sys.argv[1], encoding='utf-8').read()
extract(RawArticle(text=text[:2000], source='warm'))
t0 = time.perf_counter()
extract(RawArticle(text=text, source='long'))
print(time.perf_counter() - t0)
"""


def long_rows(work: Path, sizes: list[int], limit: float) -> None:
    synth = _synth()
    prose = []
    i = 0
    while sum(map(len, prose)) < max(sizes):
        prose.append(synth.article(i, seed=3))
        i += 1
    full = "\n".join(prose)
    per = {}
    for n in sizes:
        f = work / f"long{n}.txt"
        f.write_text(" date 2025-06-01 " + full[:n], encoding="utf-8")
        w, _, out = timed([sys.executable, "-c", LONG.replace("ROOT", repr(str(ROOT))), str(f)], timeout=limit)
        per[n] = float(out) / (n / 1000) if out.strip() else float("inf")
    lo, hi = min(sizes), max(sizes)
    show = {n: (f"{v * 1000:.2f} ms" if v != float("inf") else f"> {limit:.0f} s whole") for n, v in per.items()}
    row(f"extraction cost per 1k chars at {lo:,} / {hi:,} chars (synthetic wire copy)",
        f"{show[lo]} / {show[hi]}", "linear", "1.00x", per[hi] / per[lo] if per[lo] else None, "<= 1.5x")


def store50k_rows(work: Path, n: int, runs: int) -> None:
    src = work / f"store{n}.json"
    if not src.exists():
        make_store(n, src)
    parse = med(lambda: timed([sys.executable, "-c", PARSE, str(src)]), runs)
    # in a child: a parent that held the store would lend its peak RSS to every later child
    # (Linux keeps ru_maxrss across fork and exec)
    country = subprocess.run([sys.executable, "-c", FIRST_COUNTRY, str(src)], capture_output=True, text=True,
                             check=True).stdout.strip()
    for what, args, target in (("stats", ["stats"], "<= 1 s"), ("doctor", ["doctor"], "<= 5 s, <= 1 GB"),
                               (f"export country:{country}", ["export", f"country:{country}"], "<= 3 s")):
        w, p = med(lambda a=args: cli(*a, "--store", str(src)), runs)
        row(f"CLI on {n // 1000}k: {what}", f"{w:.2f} s, {p:.0f} MB", "parsing the store file (orjson)",
            f"{parse[0]:.2f} s, {parse[1]:.0f} MB", w / parse[0], target)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", default="import1k,import10k,add,cli,extract,long,store50k")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "parley-bench-scale")
    ap.add_argument("--long-limit", type=float, default=120.0, help="Seconds before a long article is given up.")
    args = ap.parse_args()
    # this folder holds a store.py: keep it off sys.path so that `store` is the package
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != BENCH]
    sys.path.insert(0, str(ROOT))
    rows = set(args.rows.split(","))
    args.dir.mkdir(parents=True, exist_ok=True)
    # parley's derived caches (store/extract/datacache.py) in a folder of this run, not the user's
    os.environ["XDG_CACHE_HOME"] = str(args.dir / "xdg-cache")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print("| figure | parley | baseline (same run) | ratio | target |\n|---|---|---|---|---|", flush=True)
    t1k = t10k = None
    if "import1k" in rows:
        t1k = import_rows(args.dir, 1000, args.runs, args.jobs)
    if "import10k" in rows:
        t10k = import_rows(args.dir, 10000, 1, args.jobs, single_too=False)
    if t1k and t10k:
        row("import 10,000 vs 1,000 (10x the articles)", f"{t10k:.2f} s", "1,000", f"{t1k:.2f} s",
            t10k / t1k, "<= 11x")
    if "add" in rows:
        add_rows(args.dir, [10000, 50000], args.runs)
    if "cli" in rows:
        cli_rows(args.dir, max(args.runs, 7))
    if "extract" in rows:
        extract_rows(args.runs)
    if "long" in rows:
        long_rows(args.dir, [10_000, 1_000_000], args.long_limit)
    if "store50k" in rows:
        store50k_rows(args.dir, 50000, 1)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
