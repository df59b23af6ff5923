#!/usr/bin/env python3
"""Extraction speed, each figure beside a baseline measured in the same run, with the ratio.

- in one process: articles/second over the dev corpus repeated to --articles (default 1,000);
- one whole `parley extract --json` process on the first dev article (wall time).

The baseline is the same measurement of another commit's code (--baseline-ref, default e319c6a,
the end of the previous turn): `git archive REF` is unpacked into a temporary folder and every
baseline figure runs from that folder (first on sys.path; the CLI with that folder as its working
directory, which `python -m` puts before the installed parley). Both sides run in fresh child
processes with the same code, in turn (parley, baseline; then baseline, parley; ...), so the
load of a shared machine falls on both alike. Each side has its own derived-table cache
(store/extract/datacache.py), built by one unmeasured run first, as a user's second run finds it.
Medians of --runs; the ratio is parley / baseline for rates and baseline / parley for times, so
above 1.00x is faster either way. Each figure is given by wall time (what the targets mean) and by
the child's CPU time, which a loaded machine distorts less (other jobs stretch wall time only).

On a busy host even CPU time drifts by 10-20% between runs; --instructions adds counts of executed
instructions under valgrind's callgrind (hash seed fixed), which do not depend on the load: per
article (three passes over the corpus less one) and per whole `parley extract --json` process.

Targets (issue 4): >= 200 articles/s on one core; <= 300 ms per `parley extract --json` process.

    python bench/extract.py --runs 3                 # parley beside e319c6a
    python bench/extract.py --baseline-ref main      # beside another commit
    python bench/extract.py --no-baseline            # quick: parley alone
    python bench/extract.py --runs 3 --instructions  # and instruction counts (valgrind; minutes)
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASELINE = "e319c6a"

# the in-process loop, run in a child whose sys.path starts with the tree being measured
LOOP = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from store.extract.article import extract
from store.ingest.reader import read_file
files = [Path(f) for f in sys.argv[3:]]
raws = [r for f in files for r in read_file(f)]
n = int(sys.argv[2])
batch = (raws * (n // len(raws) + 1))[:n]
extract(raws[0])                                   # warm caches (pycountry, regexes)
t0, c0 = time.perf_counter(), time.process_time()
for r in batch:
    extract(r)
print(len(batch) / (time.perf_counter() - t0), len(batch) / (time.process_time() - c0))
"""


# passes over the corpus (not the repeated batch: under callgrind a pass takes seconds)
PASSES = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from store.extract.article import extract
from store.ingest.reader import read_file
raws = [r for f in sys.argv[3:] for r in read_file(Path(f))]
for _ in range(int(sys.argv[2])):
    for r in raws:
        extract(r)
"""


def instructions(argv: list[str], tree: Path, env: dict) -> subprocess.Popen:
    """A child under callgrind (its instruction count, which the machine's load does not change);
    the hash seed is fixed, since a set's order changes which paths the rules take."""
    return subprocess.Popen(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv], cwd=tree,
                            env=dict(env, PYTHONHASHSEED="0"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)


def collected(child: subprocess.Popen) -> int:
    err = child.communicate()[1]
    return int(next(line for line in err.splitlines() if "Collected" in line).split()[-1])


def instruction_rows(sides: dict[str, tuple[Path, dict]], files: list[Path]) -> None:
    """Instructions per article (three passes less one, over two passes) and per whole
    `parley extract --json` process, each side beside the other: both sides run at once."""
    n = sum(1 for _ in files)
    counts: dict[str, dict[str, int]] = {name: {} for name in sides}
    for passes in ("1", "3"):
        children = {name: instructions([sys.executable, "-c", PASSES, str(tree), passes, *map(str, files)],
                                       tree, env) for name, (tree, env) in sides.items()}
        for name, child in children.items():
            counts[name][passes] = collected(child)
    children = {name: instructions([sys.executable, "-m", "tui.cli", "extract", "--json", str(files[0])], tree, env)
                for name, (tree, env) in sides.items()}
    for name, child in children.items():
        counts[name]["process"] = collected(child)
    per_article = {name: [(c["3"] - c["1"]) / (2 * n) / 1e6] for name, c in counts.items()}
    whole = {name: [c["process"] / 1e6] for name, c in counts.items()}
    report("instructions per article (callgrind, millions)", per_article, "M", "-", higher_better=False, digits=2)
    report("instructions per `parley extract --json` process (millions)", whole, "M", "-", higher_better=False)


def unpack(ref: str, into: Path) -> Path:
    """The tree of commit `ref` as plain files in `into` (no worktree to clean up afterwards)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def rate(tree: Path, articles: int, files: list[Path], env: dict) -> tuple[float, float]:
    """(articles per second of wall time, of the child's CPU time)."""
    out = subprocess.run([sys.executable, "-c", LOOP, str(tree), str(articles), *map(str, files)],
                         cwd=tree, env=env, check=True, capture_output=True, text=True)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def process(tree: Path, article: Path, env: dict) -> tuple[float, float]:
    """(wall, user + system CPU) seconds of one `parley extract --json` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui.cli", "extract", "--json", str(article)],
                   cwd=tree, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def interleaved(fn, sides: dict[str, tuple[Path, dict]], runs: int) -> dict[str, list]:
    """`fn(tree, env)` for every side, `runs` times, the order of the sides turned each run."""
    out: dict[str, list] = {name: [] for name in sides}
    names = list(sides)
    for k in range(runs):
        for name in (names if k % 2 == 0 else names[::-1]):
            out[name].append(fn(*sides[name]))
    return out


def column(values: dict[str, list[tuple]], k: int, scale: float = 1.0) -> dict[str, list[float]]:
    return {name: [v[k] * scale for v in vs] for name, vs in values.items()}


def report(what: str, values: dict[str, list[float]], unit: str, target: str, higher_better: bool,
           digits: int = 0) -> None:
    med = {name: statistics.median(v) for name, v in values.items()}
    show = {name: f"{med[name]:.{digits}f} {unit}" + (f" (min {min(v):.0f}, max {max(v):.0f})" if len(v) > 1 else "")
            for name, v in values.items()}
    line = f"{what}: parley {show['parley']}"
    if "baseline" in med:
        ratio = med["parley"] / med["baseline"] if higher_better else med["baseline"] / med["parley"]
        line += f" | baseline {show['baseline']} | {ratio:.2f}x"
    print(f"{line} | target {target}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline-ref", default=DEFAULT_BASELINE, help="Commit measured beside this tree.")
    ap.add_argument("--no-baseline", action="store_true", help="Measure this tree alone (quicker).")
    ap.add_argument("--instructions", action="store_true",
                    help="Also count instructions under valgrind's callgrind (minutes; the same on any load).")
    args = ap.parse_args()

    files = sorted(args.corpus.resolve().glob("*.txt")) or sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="parley-bench-extract-") as tmp:
        work = Path(tmp)
        trees = {"parley": ROOT}
        if not args.no_baseline:
            trees["baseline"] = unpack(args.baseline_ref, work / "baseline")
        sides = {}
        for name, tree in trees.items():
            env = dict(os.environ, XDG_CACHE_HOME=str(work / f"cache-{name}"))
            process(tree, files[0], env)                # builds this side's derived-table cache
            sides[name] = (tree, env)
        load = os.getloadavg()[0]
        base = f", baseline {args.baseline_ref}" if not args.no_baseline else ""
        print(f"{len(files)} files, {args.articles} articles per run; medians of {args.runs} interleaved runs"
              f"{base}; {os.cpu_count()} cores, load average {load:.1f}", flush=True)
        rates = interleaved(lambda tree, env: rate(tree, args.articles, files, env), sides, args.runs)
        report("in-process articles/s (wall)", column(rates, 0), "/s", ">= 200/s", higher_better=True)
        report("in-process articles/s (CPU)", column(rates, 1), "/s", "-", higher_better=True)
        times = interleaved(lambda tree, env: process(tree, files[0], env), sides, args.runs)
        report("one `parley extract --json` process (wall)", column(times, 0, 1000), "ms", "<= 300 ms",
               higher_better=False)
        report("one `parley extract --json` process (CPU)", column(times, 1, 1000), "ms", "-",
               higher_better=False)
        if args.instructions:
            instruction_rows(sides, files)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
