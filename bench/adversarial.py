#!/usr/bin/env python3
"""Extraction time on adversarial inputs at 10 KB, 100 KB and 1 MB (issue 15).

Targets: per-character growth from 10 KB to 1 MB at most 1.5x (time(1 MB) / time(10 KB) / 100),
and no 1 MB input over 5 s. Each figure is printed beside the same run's 10 KB baseline and the
ratio. An input that exceeds --cap seconds is stopped (SIGALRM) and reported as over the cap.

    python bench/adversarial.py [--sizes 10000,100000,1000000] [--cap 20]
"""
from __future__ import annotations

import argparse
import functools
import os
import random
import signal
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))   # before bench/ itself, which has a store.py

from store.extract.article import extract  # noqa: E402
from store.ingest.reader import RawArticle  # noqa: E402

_WORDS = ["the", "minister", "said", "talks", "would", "continue", "on", "the", "defence", "pact", "while",
          "officials", "from", "both", "countries", "met", "in", "the", "capital", "to", "discuss", "a",
          "framework", "agreement", "on", "maritime", "security"]


def _fill(unit, size: int) -> str:
    parts, n = [], 0
    while n < size:
        s = unit()
        parts.append(s)
        n += len(s)
    return "".join(parts)[:size]


def quote_soup(size: int, seed: int = 1) -> str:
    """Every kind of quotation mark and apostrophe, mixed with short words."""
    rng = random.Random(seed)
    marks = ['"', "“", "”", "‘", "’", "'", "«", "»", "„"]
    return _fill(lambda: rng.choice(marks) + (rng.choice(_WORDS) if rng.random() < 0.5 else "")
                 + (" " if rng.random() < 0.6 else "") + ("\n\n" if rng.random() < 0.01 else ""), size)


def unclosed_urls(size: int, seed: int = 2) -> str:
    """Unclosed quotes followed by runs of links, the shape that made _URL_TAIL backtrack."""
    rng = random.Random(seed)

    def unit():
        # links glued to ellipses ("https://t.co/x...…https://") can be split many ways between
        # "one link" and "link + ellipsis + link"; a word after the run makes the tail fail
        links = " ".join(f"https://t.co/{rng.randrange(10**6)}" + "...…" * rng.randrange(1, 6)
                         + f"pic.twitter.com/x{rng.randrange(99)}" for _ in range(rng.randrange(3, 30)))
        return f"“{rng.choice(_WORDS)} {links} {rng.choice(_WORDS)}\n\n"
    return _fill(unit, size)


def repeated_a(size: int, seed: int = 0) -> str:
    """`"a" ` repeated: thousands of tiny closed quotes in one paragraph."""
    return _fill(lambda: '"a" ', size)


def single_marks(size: int, seed: int = 3) -> str:
    """Opening single marks with no closing partner, in one paragraph."""
    return _fill(lambda: " 'word", size)


def prose(size: int, seed: int = 4) -> str:
    """Ordinary news prose: sentences, paragraphs, quotes and attributions."""
    rng = random.Random(seed)
    names = ["Petra Voss", "Janek Olberg", "Mira Tallis", "the ministry", "a spokesperson"]

    def unit():
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(8, 25)))
        kind = rng.randrange(4)
        if kind == 0:
            s = f"“{words.capitalize()},” {rng.choice(names)} said. "
        elif kind == 1:
            s = f"{rng.choice(names).capitalize()} told reporters: “{words.capitalize()}.” "
        else:
            s = f"{words.capitalize()}. "
        return s + ("\n\n" if rng.random() < 0.3 else "")
    return _fill(unit, size)


print = functools.partial(print, flush=True)  # noqa: A001 - figures appear as they are measured

GENERATORS = {"quote_soup": quote_soup, "unclosed_urls": unclosed_urls, "repeated_a": repeated_a,
              "single_marks": single_marks, "prose": prose}


class _Cap(Exception):
    pass


def _alarm(signum, frame):
    raise _Cap


def timed(text: str, cap: float, runs: int = 1) -> float | None:
    """Median seconds to extract text over `runs` runs, or None when one ran past cap."""
    times = []
    for _ in range(runs):
        t = _timed_once(text, cap)
        if t is None:
            return None
        times.append(t)
    return statistics.median(times)


def _timed_once(text: str, cap: float) -> float | None:
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    t0 = time.perf_counter()
    try:
        extract(RawArticle(text=text, source="bench"))
        return time.perf_counter() - t0
    except _Cap:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--cap", type=float, default=20.0)
    ap.add_argument("--only", default="", help="comma-separated generator names")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in GENERATORS if not args.only or n in args.only.split(",")]
    for gen in GENERATORS.values():
        timed(gen(3000), args.cap)      # compiled patterns and caches; capped like the rest
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures scale with it)")
    worst_growth, worst_big, failed = 0.0, 0.0, False
    for name in names:
        base = None
        for size in sizes:
            # small inputs take milliseconds: a median of 3 keeps the baseline from being noise
            secs = timed(GENERATORS[name](size), args.cap, runs=3 if size <= 100_000 else 1)
            if secs is None:
                print(f"{name:14s} {size:>9,d} chars: over the {args.cap:g} s cap")
                failed = True
                break
            if base is None:
                base = (size, max(secs, 1e-4))
                print(f"{name:14s} {size:>9,d} chars: {secs:8.3f} s (baseline)")
                continue
            growth = (secs / base[1]) / (size / base[0])
            if size == sizes[-1]:           # the target: from the smallest size to the largest
                worst_growth = max(worst_growth, growth)
            if size >= 1_000_000:
                worst_big = max(worst_big, secs)
            print(f"{name:14s} {size:>9,d} chars: {secs:8.3f} s; per-character growth vs "
                  f"{base[0]:,d}: {growth:.2f}x (target <= 1.5x)")
    ok = not failed and worst_growth <= 1.5 and worst_big <= 5.0
    print(f"worst per-character growth {sizes[0]:,d} -> {sizes[-1]:,d} chars {worst_growth:.2f}x (target <= 1.5); slowest 1 MB input "
          f"{worst_big:.2f} s (target <= 5 s): {'ok' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
