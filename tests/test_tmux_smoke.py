"""A real terminal: start parley in tmux at 80x24, type as a user would, read the screen."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time

import pytest

from conftest import ROOT


def _tmux(sock: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True, timeout=20).stdout


def _wait_for(sock: str, *needles: str, timeout: float = 30.0) -> str:
    """Poll the pane until every needle is on screen (bounded): a slow machine draws late,
    and a test that reads once reads a half-drawn screen."""
    end = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < end:
        screen = _tmux(sock, "capture-pane", "-p", "-t", "smoke")
        if all(n in screen for n in needles):
            return screen
        time.sleep(0.1)
    missing = [n for n in needles if n not in screen]
    raise AssertionError(f"{missing!r} never appeared within {timeout:g} s; the screen was:\n{screen}")


def _keys(sock: str, *keys: str, literal: bool = False) -> None:
    _tmux(sock, "send-keys", "-t", "smoke", *(["-l"] if literal else []), *keys)


def test_smoke_in_tmux(tmp_path):
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is required in CI (.ci/run installs it)")
        pytest.skip("tmux is not installed")
    sock = f"parley-smoke-{os.getpid()}"
    exit_file = tmp_path / "exit"
    env = {"XDG_CACHE_HOME": tmp_path / "cache", "XDG_DATA_HOME": tmp_path / "data",
           "XDG_CONFIG_HOME": tmp_path / "config", "TERM": "xterm-256color"}
    envs = " ".join(f"{k}={shlex.quote(str(v))}" for k, v in env.items())
    cmd = (f"cd {shlex.quote(str(ROOT))} && env {envs} {shlex.quote(sys.executable)} -m tui.cli; "
           f"echo $? > {shlex.quote(str(exit_file))}")
    subprocess.run(["tmux", "-L", sock, "new-session", "-d", "-s", "smoke", "-x", "80", "-y", "24", cmd],
                   check=True, timeout=20)
    try:
        # first frame, footer and data, all drawn before the first key
        screen = _wait_for(sock, "Participants", "Quit", "Helena Duarte", timeout=60)
        assert "DEMO" in screen                                # no store yet: the demo, and it says so
        _keys(sock, "/")
        _wait_for(sock, "filter: words")                       # the filter line is open
        _keys(sock, "duarte", literal=True)
        _wait_for(sock, "Participants 1/")
        _keys(sock, "Enter")                                   # to the person: the detail strip names her
        _wait_for(sock, "Helena Duarte \u00b7 Defence Minister")
        _keys(sock, "Enter")                                   # open the participant
        screen = _wait_for(sock, "Quotes (", "Back")           # the participant's detail screen
        assert "Helena Duarte" in screen and "Defence Minister" in screen
        _keys(sock, "y")
        _wait_for(sock, "Copied")                              # the citation toast
        _keys(sock, "q")                                       # back
        _wait_for(sock, "Participants 1/", "Quit")
        _keys(sock, "q")                                       # quit
        end = time.monotonic() + 15
        while not exit_file.exists() and time.monotonic() < end:
            time.sleep(0.1)
        assert exit_file.read_text().strip() == "0"
    finally:
        _tmux(sock, "kill-server")
