#!/usr/bin/env python3
"""Import 1,000 mixed articles (plain text, HTML pages, JSON lists, JSONL, RSS) into an empty
store in one `parley import` process: articles/second and peak memory.

Target (issue 5): <= 10 s for the 1,000 on one core, one store write per batch.
"""
from __future__ import annotations

import argparse
import html
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "tests"))   # the synthetic article generator the tests use too
import synth  # noqa: E402


def write_mixed(folder: Path, n: int) -> int:
    """n articles spread over five formats; returns the number of articles written."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [synth.article(i, seed=11) for i in range(n)]
    fifth = n // 5
    for i, t in enumerate(texts[:fifth]):
        (folder / f"t{i:05d}.txt").write_text(t, encoding="utf-8")
    for i, t in enumerate(texts[fifth:2 * fifth]):
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in t.split("\n\n"))
        page = (f"<!DOCTYPE html><html><head><title>Talks {i}</title></head><body><nav>Home | World</nav>"
                f"<article><h1>Talks {i}</h1>{paras}</article><footer>(c) News</footer></body></html>")
        (folder / f"h{i:05d}.html").write_text(page, encoding="utf-8")
    chunk = texts[2 * fifth:3 * fifth]
    for k in range(0, len(chunk), 50):
        items = [{"title": f"Item {k + j}", "date": "2025-05-01", "url": f"https://x.example/{k + j}", "text": t}
                 for j, t in enumerate(chunk[k:k + 50])]
        (folder / f"j{k:05d}.json").write_text(json.dumps(items), encoding="utf-8")
    chunk = texts[3 * fifth:4 * fifth]
    for k in range(0, len(chunk), 50):
        lines = [json.dumps({"title": f"Line {k + j}", "published": "2025-05-02", "content": t})
                 for j, t in enumerate(chunk[k:k + 50])]
        (folder / f"l{k:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    chunk = texts[4 * fifth:]
    for k in range(0, len(chunk), 50):
        items = "".join(
            f"<item><title>Entry {k + j}</title><link>https://x.example/e/{k + j}</link>"
            f"<pubDate>Mon, 05 May 2025 10:00:00 +0000</pubDate><description>{html.escape(html.escape(t))}"
            f"</description></item>" for j, t in enumerate(chunk[k:k + 50]))
        (folder / f"r{k:05d}.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>'
                                               f"<title>Feed</title>{items}</channel></rss>", encoding="utf-8")
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parley-import-"))
    folder = work / "mixed"
    write_mixed(folder, args.articles)
    walls, peaks, added = [], [], 0
    for r in range(args.runs):
        store = work / f"store{r}.json"
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c",
                              "import resource, sys; from tui.cli import main; sys.argv = ['parley'] + sys.argv[1:];\n"
                              "try:\n    main()\nexcept SystemExit:\n    pass\n"
                              "sys.stderr.write(f'PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')",
                              "import", str(folder), "--store", str(store), "--json"],
                             cwd=ROOT, capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        peaks.append(int(out.stderr.strip().splitlines()[-1].split()[1]) / 1024)
        added = json.loads(out.stdout)["added"]
    med = statistics.median(walls)
    print(f"{added} articles from {len(list(folder.iterdir()))} files (text, HTML, JSON, JSONL, RSS): "
          f"median {med:.2f} s, {added / med:.0f} articles/s, peak RSS {statistics.median(peaks):.0f} MB "
          f"(target <= 10 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
