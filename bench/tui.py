#!/usr/bin/env python3
"""The app's speed on a generated store (default 50k articles, 400k quotes), on this machine,
each figure beside a baseline measured in the same run, with the ratio.

- first screen and data visible, in a real terminal (tmux 80x24), median of --runs, beside a
  bare Textual app (first screen) and a bare Textual app that loads the store file with
  `orjson.loads` in a thread and shows a count (data visible);
- filter latency per `/` keystroke through Pilot (headless; the app's own work per key: the
  shared filter plus redrawing three panes), beside `select()` alone on the same queries;
- the longest event-loop stall while the store loads and indexes (a 10 ms timer's worst gap);
- the timeline: `t` pressed until its rows are listed, beside `timeline.build` alone.
Targets (issue 13): data <= 3 s at 50k; keystroke p95 <= 50 ms; stall <= 100 ms; timeline <= 300 ms.

    python bench/tui.py --articles 50000 --dir /tmp/parley-bench
"""
from __future__ import annotations

import argparse
import asyncio
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = "security partners"
BARE = """
from textual.app import App
from textual.widgets import Static
class Hello(App):
    def compose(self):
        yield Static("hello bare textual")
Hello().run()
"""
BARE_LOAD = """
import sys, orjson
from pathlib import Path
from textual import work
from textual.app import App
from textual.widgets import Static
class Load(App):
    def compose(self):
        yield Static("hello bare textual", id="s")
    def on_mount(self):
        self.load()
    @work(thread=True)
    def load(self):
        p = Path(sys.argv[1])
        data = orjson.loads(p.read_bytes())
        # since schema 3 the quotes are in the segment files the store file names
        seg = p.with_name(p.name + ".segments")
        meta = next(iter(data.get("meta", {}).values()), {})
        n = len(data.get("quotes", ())) + sum(len(orjson.loads((seg / e["name"]).read_bytes())["quotes"])
                                               for e in meta.get("segments", []))
        self.call_from_thread(self.query_one("#s").update, f"{n} quotes loaded")
Load().run()
"""


def tmux_time(cmd: str, first: str, data: re.Pattern | None, env: dict) -> tuple[float, float | None]:
    sock = f"parley-bench-{os.getpid()}-{time.monotonic_ns()}"
    envs = " ".join(f"{k}={shlex.quote(str(v))}" for k, v in env.items())
    t0 = time.perf_counter()
    subprocess.run(["tmux", "-L", sock, "new-session", "-d", "-s", "b", "-x", "80", "-y", "24",
                    f"env {envs} sh -c {shlex.quote(cmd)}"], check=True)
    t_first = t_data = None
    try:
        while time.perf_counter() - t0 < 60:
            screen = subprocess.run(["tmux", "-L", sock, "capture-pane", "-p", "-t", "b"],
                                    capture_output=True, text=True).stdout
            now = time.perf_counter() - t0
            if t_first is None and first in screen:
                t_first = now
            if t_first is not None and (data is None or data.search(screen)):
                t_data = now
                break
            time.sleep(0.005)
    finally:
        subprocess.run(["tmux", "-L", sock, "kill-server"], capture_output=True)
    return t_first or float("nan"), t_data


async def in_app(store: Path, query: str) -> dict:
    """Pilot: the load's worst stall, per-keystroke work, and the timeline."""
    sys.path.insert(0, str(ROOT))
    from tui.app import ParleyApp
    app = ParleyApp(store, restore=False)
    work: list[float] = []
    real = app.refresh_panes

    def timed(*a, **k):
        t = time.perf_counter()
        real(*a, **k)
        work.append(time.perf_counter() - t)
    app.refresh_panes = timed
    ticks: list[float] = []
    out: dict = {}
    async with app.run_test(size=(80, 24)) as pilot:
        # how long the event loop goes without running a 10 ms timer while the store loads
        app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
        t0 = time.perf_counter()
        await app.workers.wait_for_complete()
        out["indexed"] = time.perf_counter() - t0
        await pilot.pause(0.5)
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        out["stall"] = max(gaps) if gaps else float("nan")
        await pilot.press("slash")
        await pilot.pause()
        work.clear()
        for ch in query:
            await pilot.press(ch)
            await pilot.pause()
        out["keys"] = list(work)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")          # clear the filter: the timeline of everything
        await pilot.pause()
        out["timeline_now"] = await _timeline(app, pilot)      # pressed at once: built on demand
        await pilot.press("escape")
        await pilot.pause(1.0)
        await app.workers.wait_for_complete()
        out["timeline"] = await _timeline(app, pilot)          # after a pause: built ahead
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash", *"since:2025-10-01 until:2025-10-31", "enter")
        await pilot.pause()
        out["timeline_filtered_now"] = await _timeline(app, pilot)
        await pilot.press("escape")
        await pilot.pause(1.0)
        await app.workers.wait_for_complete()
        out["timeline_filtered"] = await _timeline(app, pilot)
        out["cat"] = app.catalog
        out["view"] = app.view
    return out


async def _timeline(app, pilot) -> tuple[float, int]:
    t = time.perf_counter()
    await pilot.press("t")
    while not getattr(app.screen, "rows", None) and time.perf_counter() - t < 30:
        await pilot.pause(0.005)
    return time.perf_counter() - t, len(app.screen.rows)


def _pct(xs: list[float]) -> tuple[float, float, float]:
    ms = sorted(x * 1000 for x in xs)
    return statistics.median(ms), ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))], ms[-1]


def _filter_alone(cat, query: str) -> list[float]:
    """select() per keystroke on a fresh index (so that no word is cached from the app run)."""
    from store.view.query import build_search, select
    build_search(cat)
    times, q = [], ""
    for ch in query:
        q += ch
        t = time.perf_counter()
        select(cat, q)
        times.append(time.perf_counter() - t)
    return times


def _row(name: str, value: float, base: float, base_name: str, target: str) -> None:
    ratio = value / base if base else float("nan")
    print(f"{name:<34} {value:8.0f} ms | {base_name:<34} {base:8.0f} ms | {ratio:5.2f}x | {target}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=50000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "parley-bench")
    args = ap.parse_args()
    if shutil.which("tmux") is None:
        print("tmux is required")
        return 1
    sys.path.insert(0, str(ROOT / "bench"))
    from make_store import make
    store = args.dir / f"{args.articles}.json"
    if not store.exists():
        make(args.articles, store)
    home = Path(tempfile.mkdtemp())
    env = {"XDG_CONFIG_HOME": home / "c", "XDG_DATA_HOME": home / "d", "XDG_CACHE_HOME": home / "x",
           "TERM": "xterm-256color"}
    (home / "bare.py").write_text(BARE)
    (home / "bare_load.py").write_text(BARE_LOAD)
    py = shlex.quote(sys.executable)
    bare, bare_data, firsts, datas = [], [], [], []
    data_re = re.compile(r"Quotes [1-9][\d,]*/")
    for _ in range(args.runs):          # interleaved, so that the machine's load hits both alike
        bare.append(tmux_time(f"{py} {home / 'bare.py'}", "hello bare textual", None, env)[0])
        bare_data.append(tmux_time(f"{py} {home / 'bare_load.py'} {shlex.quote(str(store))}",
                                   "hello bare textual", re.compile(r"\d+ quotes loaded"), env)[1] or float("nan"))
        f, d = tmux_time(f"cd {shlex.quote(str(ROOT))} && {py} -m tui.cli --store {shlex.quote(str(store))}",
                         "Participants", data_re, env)
        firsts.append(f)
        datas.append(d if d is not None else float("nan"))
    med = statistics.median
    load = os.getloadavg()
    print(f"store: {args.articles:,} articles ({store}); {os.cpu_count()} cores, load average "
          f"{load[0]:.1f} {load[1]:.1f}; medians of {args.runs} interleaved runs")
    print(f"{'figure':<34} {'parley':>11} | {'baseline in the same run':<34} {'':>11} | ratio | target")
    _row("first screen (tmux 80x24)", med(firsts) * 1000, med(bare) * 1000, "bare Textual app", "<= 300 ms")
    _row("data visible (tmux 80x24)", med(datas) * 1000, med(bare_data) * 1000,
         "bare Textual + orjson.loads", "<= 3000 ms")
    r = asyncio.run(in_app(store, QUERY))
    alone = _pct(_filter_alone(r["cat"], QUERY))
    keys = _pct(r["keys"])
    _row(f"/ keystroke p50 ({len(r['keys'])} keys)", keys[0], alone[0], "select() alone p50", "")
    _row("/ keystroke p95", keys[1], alone[1], "select() alone p95", "<= 50 ms")
    _row("/ keystroke worst", keys[2], alone[2], "select() alone worst", "")
    _row("longest stall, load + index", r["stall"] * 1000, 10, "timer period", "<= 100 ms")
    from store.view import timeline
    from store.view.query import select, unfiltered
    cat = r["cat"]
    t = time.perf_counter()
    rows = timeline.build(cat, unfiltered(cat))
    t_alone = time.perf_counter() - t
    _row(f"t at once, everything ({r['timeline'][1]:,} rows)", r["timeline_now"][0] * 1000, t_alone * 1000,
         "timeline.build alone", "<= 300 ms")
    _row("t after a pause, everything", r["timeline"][0] * 1000, t_alone * 1000, "timeline.build alone",
         "<= 300 ms")
    view = select(cat, "since:2025-10-01 until:2025-10-31")
    t = time.perf_counter()
    timeline.build(cat, view)
    t_alone = time.perf_counter() - t
    _row(f"t at once, one month ({r['timeline_filtered'][1]:,} rows)", r["timeline_filtered_now"][0] * 1000,
         t_alone * 1000, "timeline.build alone", "<= 300 ms")
    _row("t after a pause, one month", r["timeline_filtered"][0] * 1000, t_alone * 1000,
         "timeline.build alone", "<= 300 ms")
    print(f"(index ready {r['indexed']:.1f} s after start in Pilot; {len(rows):,} timeline rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
