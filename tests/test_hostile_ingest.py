"""Each input fails alone (issue 15): odd names, special files, links, stdin, broken servers.

Servers are started by the tests on 127.0.0.1 only, and stopped by them; every wait is bounded.
"""
from __future__ import annotations

import json
import os
import socket
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from store.db.database import Store
from store.ingest import fetch as fetch_mod
from store.ingest.decode import ReadError
from store.ingest.fetch import fetch_url
from store.ingest.reader import display_name, iter_paths, read_file
from tui.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
ARTICLE = "Talks resume in Oslo\n\nForeign Minister Petra Voss said: \"We will meet again on {n}.\"\n"


def _import(*args: str):
    return runner.invoke(app, ["import", *args, "--json"])


def test_a_folder_with_odd_names_special_files_and_links_imports_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(250):
        (folder / f"a{n:03d}.txt").write_text(ARTICLE.format(n=f"day {n}"))
    os.mkfifo(folder / "pipe.txt")                                   # would block a plain open()
    bad = os.fsencode(folder) + b"/caf\xe9-\x1b[31mred.txt"          # not UTF-8, with an ESC
    with open(bad, "wb") as fh:
        fh.write(ARTICLE.format(n="the odd name").encode())
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE.format(n="the linked file"))
    (folder / "link.txt").symlink_to(outside)
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "dirlink").symlink_to(tmp_path)
    store = tmp_path / "s.json"
    t0 = time.monotonic()
    res = _import(str(folder), "--store", str(store))
    assert time.monotonic() - t0 < 120
    summary = json.loads(res.stdout)
    assert summary["added"] == 252          # 250 + the odd name + the linked regular file
    failed = {f["source"].rsplit("/", 1)[-1]: f["reason"] for f in summary["failed"]}
    assert "FIFO" in failed["pipe.txt"]
    assert failed["dangling.txt"] == "symbolic link to nothing"
    assert "not followed" in failed["dirlink"]
    assert any("symbolic link" in w["warning"] for w in summary["warnings"])
    assert all(len(line.split("\n")) == 1 for line in res.stderr.strip().splitlines())
    sources = {a.source for a in Store(store).snapshot().articles.values()}
    assert any("caf\ufffd-" in s for s in sources)       # stored under a printable name


def test_devices_are_refused_without_reading(tmp_path):
    with pytest.raises(ReadError, match="character device"):
        read_file(Path("/dev/zero"))


def test_display_name_replaces_undecodable_bytes():
    assert display_name(Path(os.fsdecode(b"/tmp/x\xff.txt"))) == "/tmp/x\ufffd.txt"
    assert [lbl for lbl, _, _ in iter_paths(["ftp://example.org/a"])] == ["ftp://example.org/a"]
    assert "only http and https" in iter_paths(["ftp://example.org/a"])[0][2]


def test_stdin_is_bounded_like_files(tmp_path):
    big = b"word " * (21 * 1024 * 1024 // 5)
    run = subprocess.run([sys.executable, "-m", "tui.cli", "import", "-", "--store", str(tmp_path / "s.json")],
                         input=big, cwd=ROOT, capture_output=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.decode().strip() == "parley: -: standard input too large (more than 20 MB)"


# -- servers -------------------------------------------------------------------------------------
PAGE = (b"<html><head><title>Ministers meet in Oslo | The Harbour Post</title></head><body><article>"
        b"<p>Foreign Minister Petra Voss said the talks would resume. \"We will meet again,\" Voss said "
        b"after the meeting in the capital on Monday.</p></article></body></html>")


def _reply(path: str, port: int) -> list[bytes | float]:
    """Raw bytes (and pauses, as floats) a hostile server sends for a path."""
    ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(PAGE) + PAGE
    routes: dict[str, list] = {
        "/ok": [ok],
        "/badstatus": [b"HELLO THERE\r\n\r\n"],
        "/reset": ["reset"],
        "/hugeheader": [b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n"],
        "/badchunk": [b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                      b"zz\r\nhello\r\n0\r\n\r\n"],
        "/drip": [b"HTTP/1.1 200 OK\r\n"] + [0.2, b"X-A: b\r\n"] * 200,
        "/tofile": [b"HTTP/1.1 302 Found\r\nLocation: file:///etc/hostname\r\nContent-Length: 0\r\n\r\n"],
        "/toftp": [b"HTTP/1.1 302 Found\r\nLocation: ftp://127.0.0.1/x\r\nContent-Length: 0\r\n\r\n"],
        "/tolocal": [b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:%d/ok\r\nContent-Length: 0\r\n\r\n" % port],
    }
    return routes.get(path, [b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"])


class _Raw(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.settimeout(5)
        try:
            head = self.request.recv(65536).decode("latin-1")
        except OSError:
            return
        path = head.split(" ", 2)[1] if head.count(" ") >= 2 else "/"
        for part in _reply(path, self.server.server_address[1]):
            if part == "reset":
                # linger 0: close() sends a TCP reset instead of a clean end
                self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                self.request.close()
                return
            if isinstance(part, float):
                time.sleep(part)
                continue
            try:
                self.request.sendall(part)
            except OSError:
                return


@pytest.fixture
def raw_server():
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Raw)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("path, message", [
    ("/badstatus", "did not answer with a valid HTTP status line"),
    ("/reset", "reset"),
    ("/hugeheader", "header line that is too long"),
    ("/badchunk", "broken or truncated body"),
    ("/tofile", "redirected to a file: URL (file:///etc/hostname); only http and https are fetched"),
    ("/toftp", "redirected to a ftp: URL"),
    ("/tolocal", "redirected to a private or local address (127.0.0.1 is 127.0.0.1); use --allow-private"),
])
def test_each_broken_server_is_one_reason(raw_server, path, message):
    with pytest.raises(ReadError) as info:
        fetch_url(raw_server + path, timeout=10)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_redirect_to_a_local_address_is_followed_when_allowed(raw_server):
    assert b"Petra Voss" in fetch_url(raw_server + "/tolocal", timeout=10, allow_private=True)


def test_a_redirect_connects_to_the_address_that_was_checked(raw_server, monkeypatch):
    """The name is checked once and the connection pinned to that address: `harbour.invalid`
    does not resolve at all, so the fetch works only if the checked address is used."""
    port = raw_server.rsplit(":", 1)[1]
    checked = []

    def public(host, port_):
        checked.append(host)
        return True, "127.0.0.1"
    monkeypatch.setattr(fetch_mod, "_public", public)
    body = fetch_url(f"http://harbour.invalid:{port}/ok", timeout=10, check_first=True)
    assert b"Petra Voss" in body and checked == ["harbour.invalid"]


def test_a_dripping_server_meets_one_total_deadline(raw_server):
    t0 = time.monotonic()
    with pytest.raises(ReadError, match="timed out after 1.5 s"):
        fetch_url(raw_server + "/drip", timeout=1.5)
    assert time.monotonic() - t0 < 5          # 200 headers at 0.2 s each would take 40 s


def test_one_broken_url_is_one_line_and_the_rest_import(raw_server, tmp_path):
    store = tmp_path / "s.json"
    res = _import(raw_server + "/badstatus", raw_server + "/reset", raw_server + "/ok", "--store", str(store))
    summary = json.loads(res.stdout)
    assert summary["added"] == 1 and len(summary["failed"]) == 2
    assert len(res.stderr.strip().splitlines()) == 2
    (art,) = Store(store).snapshot().articles.values()
    assert art.title == "Ministers meet in Oslo" and art.url == raw_server + "/ok"


def test_one_bad_feed_link_is_one_warning(raw_server, tmp_path, monkeypatch):
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>
<item><title>Ministers meet again in Oslo</title><link>{raw_server}/ok</link>
<description>Ministers met.</description></item>
<item><title>Envoys gather in Bergen for talks</title><link>{raw_server}/badchunk</link>
<description>Envoys met in Bergen on Tuesday for a second round.</description></item>
</channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    res = _import(str(path), "--fetch", "--allow-private", "--store", str(tmp_path / "s.json"))
    summary = json.loads(res.stdout)
    assert summary["added"] == 2 and summary["failed"] == []
    warns = [w["warning"] for w in summary["warnings"]]
    assert any("/badchunk: the server sent a broken or truncated body; imported the summary" in w for w in warns)
    titles = {a.title for a in Store(tmp_path / "s.json").snapshot().articles.values()}
    assert titles == {"Ministers meet again in Oslo", "Envoys gather in Bergen for talks"}


def test_fetch_refuses_non_http_urls():
    with pytest.raises(ReadError, match="only http and https"):
        fetch_url("file:///etc/hostname")
    assert fetch_mod.is_url("HTTPS://example.org/x") and not fetch_mod.is_url("http://")
