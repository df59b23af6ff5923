#!/usr/bin/env python3
"""The app's speed on a generated 10k-article store (80k quotes), on this machine.

- time to first screen and to data visible, in a real terminal (tmux 80x24), median of 5,
  printed beside a bare Textual app's time to first screen measured in the same run;
- filter latency per `/` keystroke through Pilot (headless), p50 / p95 / worst.
Targets (issue 6): first frame <= 300 ms, data <= 1 s, keystroke median <= 30 ms, worst <= 100 ms.
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
LOAD_LAG = float("nan")
BARE = """
from textual.app import App
from textual.widgets import Static
class Hello(App):
    def compose(self):
        yield Static("hello bare textual")
Hello().run()
"""


def tmux_time(cmd: str, first: str, data: re.Pattern | None, env: dict) -> tuple[float, float | None]:
    sock = f"parley-bench-{os.getpid()}-{time.monotonic_ns()}"
    envs = " ".join(f"{k}={shlex.quote(str(v))}" for k, v in env.items())
    t0 = time.perf_counter()
    subprocess.run(["tmux", "-L", sock, "new-session", "-d", "-s", "b", "-x", "80", "-y", "24",
                    f"env {envs} sh -c {shlex.quote(cmd)}"], check=True)
    t_first = t_data = None
    try:
        while time.perf_counter() - t0 < 30:
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


async def filter_latency(store: Path, query: str) -> tuple[list[float], list[float], list[float]]:
    """(app work per keystroke, Pilot round trip per keystroke, Pilot round trip of a key that
    does nothing). The app's own work is timed inside the app (the filter handler, which
    refilters and redraws all three panes); the round trips include Pilot's own waiting."""
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
    trips, idle = [], []
    ticks: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        # how long the event loop goes without running a 10 ms timer while the store loads
        app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        app.load_lag = max(gaps) if gaps else float("nan")
        for _ in range(10):
            t = time.perf_counter()
            await pilot.press("f24")          # bound to nothing
            await pilot.pause()
            idle.append(time.perf_counter() - t)
        await pilot.press("slash")
        await pilot.pause()
        work.clear()
        for ch in query:
            t = time.perf_counter()
            await pilot.press(ch)
            await pilot.pause()
            trips.append(time.perf_counter() - t)
    global LOAD_LAG
    LOAD_LAG = app.load_lag
    return work, trips, idle


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
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
    bare_script = home / "bare.py"
    bare_script.write_text(BARE)
    py = shlex.quote(sys.executable)
    bare, firsts, datas = [], [], []
    data_re = re.compile(r"Quotes [1-9]\d*/")
    for _ in range(args.runs):
        bare.append(tmux_time(f"{py} {bare_script}", "hello bare textual", None, env)[0])
        f, d = tmux_time(f"cd {shlex.quote(str(ROOT))} && {py} -m tui.cli --store {shlex.quote(str(store))}",
                         "Participants", data_re, env)
        firsts.append(f)
        datas.append(d if d is not None else float("nan"))
    med = statistics.median
    print(f"store: {args.articles} articles ({store})")
    print(f"bare Textual app, first screen: median {med(bare) * 1000:.0f} ms")
    print(f"parley, first screen:           median {med(firsts) * 1000:.0f} ms (target <= 300 ms)")
    print(f"parley, data visible:           median {med(datas) * 1000:.0f} ms (target <= 1000 ms)")
    work, trips, idle = asyncio.run(filter_latency(store, "security partners"))

    def stats(xs):
        ms = sorted(x * 1000 for x in xs)
        return med(ms), ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))], max(ms)
    w, t, i = stats(work), stats(trips), stats(idle)
    print(f"filter keystroke, app work (refilter 3 panes, {len(work)} keys): p50 {w[0]:.0f} ms, "
          f"p95 {w[1]:.0f} ms, worst {w[2]:.0f} ms (targets: median <= 30 ms, worst <= 100 ms)")
    print(f"  Pilot round trip per keystroke: p50 {t[0]:.0f} ms, p95 {t[1]:.0f} ms; "
          f"for a key bound to nothing: p50 {i[0]:.0f} ms (Pilot's own waiting)")
    print(f"longest event-loop stall while the store loads: {LOAD_LAG * 1000:.0f} ms (target <= 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
