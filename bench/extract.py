#!/usr/bin/env python3
"""Extraction speed: articles/second in one process over the dev corpus repeated to ~1,000
articles, and the wall time of whole `parley extract --json` processes.

Targets (issue 4): >= 200 articles/s on one core; <= 0.3 s per `parley extract --json` process.
Prints medians of several runs; the machine is shared and noisy, so compare medians.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from store.extract.article import extract
    from store.ingest.reader import read_file

    files = sorted(args.corpus.glob("*.txt")) or sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    raws = [r for f in files for r in read_file(f)]
    batch = (raws * (args.articles // len(raws) + 1))[: args.articles]
    extract(raws[0])                                   # warm caches (pycountry, regexes)

    rates = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for r in batch:
            extract(r)
        rates.append(len(batch) / (time.perf_counter() - t0))
    print(f"in-process: {len(batch)} articles from {len(files)} files, median {statistics.median(rates):.0f} "
          f"articles/s (min {min(rates):.0f}, max {max(rates):.0f}; target >= 200)")

    walls = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tui.cli", "extract", "--json", str(files[0])],
                       cwd=ROOT, check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
    print(f"one `parley extract --json` process: median {statistics.median(walls) * 1000:.0f} ms "
          f"(min {min(walls) * 1000:.0f} ms; target <= 300 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
