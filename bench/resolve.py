#!/usr/bin/env python3
"""Participant resolution at 1k, 10k and 50k people already stored: cost per new person with the
indexed resolution, beside a full scan of the same store (the pre-index way: compare the new
person with everybody) measured in the same run.

Target (issue 13): resolution linear in the import, i.e. the cost per new person set by the
few people whose names share a surname, sorted words or (initial, surname prefix) with it, not
by the size of the store; the full scan grows with the store. The names here are made of 28
syllables, so they collide far more than real names do: at 50k the buckets hold ~6 people per
new person (0.1 at 1k), which is the growth the indexed column shows.
"""
from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.records import Mention, Participant  # noqa: E402
from store.resolve.participants import ParticipantIndex, compatible, why_same_person  # noqa: E402

SYL = ["ka", "lo", "mi", "ra", "ten", "vos", "dar", "li", "no", "sa", "bel", "ur", "an", "is",
       "ko", "ve", "mar", "tu", "del", "fa", "gor", "hi", "jun", "pe", "qui", "sto", "wen", "zan"]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def people(n: int, seed: int) -> list[Participant]:
    rng = random.Random(seed)
    return [Participant(id=f"p{seed}-{i}", name=f"{_word(rng, 2)} {_word(rng, 3)}", kind="person",
                        mentions=[Mention(f"a{i}", 0, 5)]) for i in range(n)]


def scan(items: list[Participant], p: Participant) -> int | None:
    """The baseline: every stored person compared with the new one."""
    for i, q in enumerate(items):
        if compatible(q, p) and why_same_person(p.name, q.name):
            return i
    return None


def per_person(fn, new: list[Participant]) -> float:
    # the import resolves with the cyclic GC paused (store/db/database.py); so does the bench
    gc.disable()
    try:
        t0 = time.perf_counter()
        for p in new:
            fn(p)
        return (time.perf_counter() - t0) / len(new) * 1e6
    finally:
        gc.enable()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--new", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scan", type=int, default=10, help="new people timed with the full scan")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for n in sizes:
        stored = people(n, seed=1)
        fresh = people(args.new // 2, seed=2)
        again = [Participant(id=f"r{i}", name=p.name, kind="person") for i, p in enumerate(stored[:args.new // 2])]
        new = fresh + again
        idx_t, scan_t = [], []
        for _ in range(args.runs):
            index = ParticipantIndex([Participant(p.id, p.name, p.kind) for p in stored])
            idx_t.append(per_person(lambda p, ix=index: ix.add_or_merge(Participant(p.id, p.name, p.kind)), new))
            scan_t.append(per_person(lambda p, st=stored: scan(st, p), new[:args.scan]))
        rows.append((n, statistics.median(idx_t), statistics.median(scan_t)))
    print(f"{'stored people':>14} {'indexed us/person':>18} {'full scan us/person':>20} {'scan/indexed':>13}")
    for n, i, s in rows:
        print(f"{n:>14} {i:>18.1f} {s:>20.1f} {s / i:>13.1f}")
    first, last = rows[0], rows[-1]
    print(f"growth {first[0]} -> {last[0]} stored: indexed x{last[1] / first[1]:.2f}, "
          f"full scan x{last[2] / first[2]:.2f} (medians of {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
