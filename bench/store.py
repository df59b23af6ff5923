#!/usr/bin/env python3
"""Store figures at 1k, 10k and 50k synthetic articles (bench/make_store.py), each measured in a
fresh process, beside TinyDB's default JSONStorage reading the same file in the same run.

- open: parley's snapshot + catalog rows (what the app shows first; the filter's search text is
  built right after, in the same worker), median of 3;
- RSS: peak resident memory of that process;
- filter: per-keystroke time of typing a query over all quote texts (median and worst);
- tinydb-default: TinyDB(path) + .all() on the four tables (the quotes: in each segment file
  the store names), and its peak RSS;
- add one article to the 10k store (a real extraction and one atomic write), median of 3.
Targets (issue 7): 50k data visible <= 3 s, RSS <= 1 GiB; one article into 10k <= 1 s.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OPEN = r"""
import json, resource, sys, time
sys.path.insert(0, ROOT)
t0 = time.perf_counter()
from store.db.database import Store
from store.view.query import build_catalog, build_search, select
cat = build_catalog(Store(PATH).snapshot(), search=False)
t_open = time.perf_counter() - t0          # rows ready: what the app shows first
build_search(cat)
times = []
q = ""
for ch in "security partners":
    q += ch
    t = time.perf_counter(); select(cat, q); times.append(time.perf_counter() - t)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"open": t_open, "rss": rss, "filter_med": sorted(times)[len(times)//2], "filter_max": max(times),
                  "quotes": len(cat.quotes)}))
"""
TINY = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from tinydb import TinyDB
from pathlib import Path
db = TinyDB(PATH)
n = sum(len(db.table(t).all()) for t in ("articles", "participants", "quotes", "agreements"))
# since schema 3 the quotes are TinyDB files of their own, named in the meta record
for seg in (db.table("meta").all() or [{}])[0].get("segments", []):
    n += len(TinyDB(Path(PATH + ".segments") / seg["name"]).table("quotes").all())
t_open = time.perf_counter() - t0
print(json.dumps({"open": t_open, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "n": n}))
"""
ADD = r"""
import json, sys, time
sys.path.insert(0, ROOT)
from store.db.database import Store
from store.importer import import_raws
from store.ingest.reader import RawArticle
text = ' date 2025-11-01 Foreign Minister Ana Ruiz of Chile met her Peruvian counterpart Rosa Quispe in Lima. ' \
       '"We signed a five-year Fisheries Agreement today," Ruiz said. ' + str(time.time())
t0 = time.perf_counter()
import_raws(Store(PATH), [RawArticle(text=text, source='bench')])
print(json.dumps({"add": time.perf_counter() - t0}))
"""


def run(code: str, path: Path) -> dict:
    src = code.replace("ROOT", repr(str(ROOT))).replace("PATH", repr(str(path)))
    out = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "parley-bench")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    # this file is named store.py: keep bench/ off the front of sys.path, so that `store` is the package
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
    sys.path.insert(0, str(ROOT))
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_store", ROOT / "bench" / "make_store.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    make = mod.make

    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'articles':>9} {'quotes':>8} {'parley open':>12} {'parley RSS':>11} {'filter/key med':>15} "
          f"{'worst':>7} {'tinydb open':>12} {'tinydb RSS':>11}")
    for n in sizes:
        path = args.dir / f"{n}.json"
        if not path.exists():
            make(n, path)
        ours = [run(OPEN, path) for _ in range(args.runs)]
        tiny = [run(TINY, path) for _ in range(args.runs)]
        med = lambda rows, k: statistics.median(r[k] for r in rows)  # noqa: E731
        print(f"{n:>9} {ours[0]['quotes']:>8} {med(ours, 'open'):>11.2f}s {med(ours, 'rss'):>9.0f}MB "
              f"{med(ours, 'filter_med') * 1000:>13.1f}ms {max(r['filter_max'] for r in ours) * 1000:>5.0f}ms "
              f"{med(tiny, 'open'):>11.2f}s {med(tiny, 'rss'):>9.0f}MB")
    if 10000 in sizes:
        src = args.dir / "10000.json"
        adds = []
        for _ in range(args.runs):
            work = Path(tempfile.mkdtemp()) / "10k.json"
            shutil.copy2(src, work)
            for suffix in (".texts", ".segments"):
                if src.with_name(src.name + suffix).is_dir():
                    shutil.copytree(src.with_name(src.name + suffix), work.with_name(work.name + suffix))
            adds.append(run(ADD, work)["add"])
            shutil.rmtree(work.parent)
        print(f"add one article to the 10k store: median {statistics.median(adds):.2f} s "
              f"(min {min(adds):.2f} s; target <= 1 s)")
    print("targets: 50k open <= 3 s and RSS <= 1024 MB; filter keystroke median <= 30 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
