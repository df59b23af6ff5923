"""Import what analysts have: HTML, RSS/Atom, JSON, JSONL, URLs, syndicated copies, bad input."""
from __future__ import annotations

import http.server
import json
import os
import threading

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from store.db.database import Store
from store.ingest.formats import sniff
from store.importer import run_import
from tui.cli import app

FORMATS = FIXTURES / "formats"
BAD = FIXTURES / "bad"
runner = CliRunner()


def _import(tmp_path, *paths, **kw):
    db = Store(tmp_path / "s.json")
    return db, run_import(db, [str(p) for p in paths], **kw)


def test_detection_is_by_content_not_extension(tmp_path):
    html = (FORMATS / "page.html").read_bytes()
    assert sniff(html, "saved.txt") == "html"
    assert sniff((FORMATS / "feed_rss.xml").read_bytes(), "x.dat") == "feed"
    assert sniff((FORMATS / "feed_atom.xml").read_bytes(), "x") == "feed"
    assert sniff((FORMATS / "export.json").read_bytes(), "x") == "json"
    assert sniff((FORMATS / "export.jsonl").read_bytes(), "x") == "jsonl"
    assert sniff(b" date 2025-01-01 Minister said", "page.html") == "text"


def test_plain_text_with_a_stray_caption_tag_is_text():
    """A scraped text article that kept one caption's markup is still a text article: read as
    HTML, its untagged paragraphs (the quote in the last one) would be lost."""
    article = (b" date 2025-02-03 Harbour Gazette Ministry signs radar deal\n"
               b"<div class=\"figure\"><p>A radar mast at dawn (Source: archive)</p></div>\n"
               b"A radar mast at dawn (Source: archive)\n\n"
               b"The ministry on Monday signed two radar contracts.\n\n"
               b"Both will be delivered by 2027, according to the ministry.\n\n"
               b"\"These contracts will cut our reliance on imports,\" the ministry said.\n")
    assert sniff(article, "saved.txt") == "text"
    fragment = b"Ministry signs radar deal\n<p>The ministry signed.</p>\n<p>\"We are ready,\" it said.</p>\n"
    assert sniff(fragment, "x") == "html"       # mostly tagged lines: an HTML fragment
    assert sniff(b"<div><p>one</p></div>\nline two\nline three\nline four\nline five\n", "x") == "html"


def test_html_page_main_text_and_embedded_post(tmp_path):
    db, res = _import(tmp_path, FORMATS / "page.html")
    assert res.failures == []
    snap = db.snapshot()
    (art,) = snap.articles.values()
    text = db.article_text(art.id)
    assert art.title == "Baltic ministers agree on joint air policing plan"
    assert art.date == "2025-09-18" and art.format == "html"
    assert "ADVERTISEMENT" not in text and "Cookie settings" not in text and "Subscribe" not in text
    speakers = {q.text[:20]: q.speaker for q in snap.quotes}
    assert speakers["Our skies are one sk"] == "Kaarel Tamm"
    post = [q for q in snap.quotes if q.kind == "post"]
    assert post and post[0].speaker == "Ilze Ozola" and post[0].text.startswith("Signed the Air Policing")
    assert "@IlzeOzolaMoD" in next(p for p in snap.participants if p.name == "Ilze Ozola").handles
    for q in snap.quotes:
        assert text[q.start:q.end] == q.text


def test_rss_and_atom_entries(tmp_path):
    db, res = _import(tmp_path, FORMATS / "feed_rss.xml", FORMATS / "feed_atom.xml")
    snap = db.snapshot()
    titles = sorted(a.title for a in snap.articles.values())
    assert "Coast guards to hold winter exercise" in titles
    assert any("only a summary" in w for _src, w in res.warnings)
    rss = [a for a in snap.articles.values() if a.format == "feed" and a.title.startswith("Baltic")]
    assert rss and all(a.date == "2025-09-18" and a.url.startswith("https://harbourpost.example") for a in rss)
    assert {q.speaker for q in snap.quotes if q.text.startswith("Our skies")} == {"Kaarel Tamm"}


def test_json_list_and_jsonl(tmp_path):
    db, res = _import(tmp_path, FORMATS / "export.json", FORMATS / "export.jsonl")
    assert res.failures == []
    snap = db.snapshot()
    assert len(snap.articles) == 4
    by_title = {a.title: a for a in snap.articles.values()}
    assert by_title["Andean ministers sign border patrol memorandum"].date == "2025-08-04"
    assert by_title["Fisheries talks stall"].url == "https://monitor.example/a/2"
    assert "<p>" not in db.article_text(by_title["Fisheries talks stall"].id)
    assert any(a.name == "Alpine Rescue Agreement" and a.duration_years == 5 for a in snap.agreements)


def test_syndicated_copy_is_marked_not_doubled(tmp_path):
    db, _ = _import(tmp_path, FIXTURES / "articles" / "01_lisbon_maritime_pact.txt")
    n_quotes = len(db.snapshot().quotes)
    res = run_import(db, [str(FORMATS / "syndicated_lisbon.txt")])
    assert len(res.report.duplicates) == 1
    snap = db.snapshot()
    copy = next(a for a in snap.articles.values() if a.duplicate_of)
    first = snap.articles[copy.duplicate_of]
    assert str(FORMATS / "syndicated_lisbon.txt") in first.sources
    assert len(snap.quotes) == n_quotes                       # its records are not counted twice


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("binary.bin", "binary file, not text"),
    ("undecodable.txt", "binary file, not text"),
    ("broken_feed.xml", "feed entries have no text"),
    ("bad_syntax.json", "invalid JSON"),
    ("wrong_shape.json", "article object without text"),
])
def test_bad_input_is_one_line_and_the_batch_goes_on(tmp_path, name, reason):
    good = FIXTURES / "articles" / "02_oslo_followup.txt"
    res = runner.invoke(app, ["import", str(BAD / name), str(good), "--store", str(tmp_path / "s.json"), "--json"])
    assert res.exit_code == 1
    (line,) = [x for x in res.stderr.splitlines() if x.startswith("parley: ") and "warning" not in x]
    assert line.startswith(f"parley: {BAD / name}: {reason}")
    summary = json.loads(res.stdout)
    assert summary["added"] == 1 and summary["failed"][0]["source"] == str(BAD / name)


def test_truncated_html_imports_what_it_has_with_a_warning(tmp_path):
    res = runner.invoke(app, ["import", str(BAD / "truncated.html"), "--store", str(tmp_path / "s.json")])
    assert res.exit_code == 0
    assert f"parley: warning: {BAD / 'truncated.html'}: truncated HTML" in res.stderr


def test_huge_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    res = runner.invoke(app, ["import", str(big), "--store", str(tmp_path / "s.json")])
    assert res.exit_code == 1
    assert f"parley: {big}: file too large (50 MB" in res.stderr


def test_unreadable_directory_is_reported(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text('Minister Ana Ruiz said "hello there."')
    if os.geteuid() != 0:
        os.chmod(locked, 0)
    else:
        # root reads everything: make the directory unreadable the way the OS would report it
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real(path)
        monkeypatch.setattr(os, "scandir", scandir)
    try:
        res = runner.invoke(app, ["import", str(locked), str(FIXTURES / "articles" / "02_oslo_followup.txt"),
                                  "--store", str(tmp_path / "s.json"), "--json"])
    finally:
        os.chmod(locked, 0o755)
    assert res.exit_code == 1
    assert f"parley: {locked}: permission denied" in res.stderr
    assert json.loads(res.stdout)["added"] == 1


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 - http.server's name
        status, ctype, body, extra = self.routes.get(self.path, (404, "text/plain", b"nope", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in extra.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", _Handler.routes
    srv.shutdown()
    _Handler.routes = {}


def test_url_import_from_a_local_server(tmp_path, server):
    base, routes = server
    routes["/page"] = (200, "text/html; charset=utf-8", (FORMATS / "page.html").read_bytes(), {})
    routes["/moved"] = (302, "text/plain", b"", {"Location": "/page"})
    routes["/image"] = (200, "image/png", b"\x89PNG....", {})
    routes["/loop"] = (302, "text/plain", b"", {"Location": "/loop"})
    store = tmp_path / "s.json"
    res = runner.invoke(app, ["import", f"{base}/moved", f"{base}/image", f"{base}/missing", f"{base}/loop",
                              "--store", str(store), "--json", "--allow-private"])
    assert res.exit_code == 1
    summary = json.loads(res.stdout)
    assert summary["added"] == 1
    errs = res.stderr
    assert f"parley: {base}/image: unsupported content type image/png" in errs
    assert f"parley: {base}/missing: HTTP 404" in errs
    assert f"parley: {base}/loop: too many redirects" in errs
    (art,) = Store(store).snapshot().articles.values()
    assert art.title.startswith("Baltic ministers") and art.url


def test_feed_links_are_fetched_only_with_fetch(tmp_path, server):
    base, routes = server
    feed = (FORMATS / "feed_rss.xml").read_text().replace("https://harbourpost.example/defence/winter-exercise",
                                                          f"{base}/winter")
    routes["/feed"] = (200, "application/rss+xml", feed.encode(), {})
    routes["/winter"] = (200, "text/html", b"<html><body><article><p>Finnish Interior Minister Aino Lehto "
                                           b"said the exercise would test ice rescue. \"We train for the worst "
                                           b"winter,\" Lehto said.</p></article></body></html>", {})
    res = runner.invoke(app, ["import", f"{base}/feed", "--store", str(tmp_path / "a.json"), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["added"] >= 1 and any("--fetch" in w["warning"] for w in summary["warnings"])
    plain = Store(tmp_path / "a.json")
    bodies = [plain.article_text(aid) for aid in plain.snapshot().articles]
    assert bodies and all(bodies) and not any("train for the worst winter" in b for b in bodies)
    res = runner.invoke(app, ["import", f"{base}/feed", "--fetch", "--store", str(tmp_path / "c.json"), "--json"])
    assert "private or local address" in res.stderr     # feed links to 127.0.0.1 need --allow-private
    res = runner.invoke(app, ["import", f"{base}/feed", "--fetch", "--allow-private", "--store",
                              str(tmp_path / "b.json"), "--json"])
    assert res.exit_code == 0, res.output
    db = Store(tmp_path / "b.json")
    assert any(q.speaker == "Aino Lehto" for q in db.snapshot().quotes)


def test_text_hygiene_bom_crlf_nul_and_latin1(tmp_path):
    raw = "\ufeffDefence Minister Karl Berg said:\r\n\r\n\"We are r\u00e9ady.\"\x00\r\n".encode("utf-8")
    (tmp_path / "a.txt").write_bytes(raw)
    (tmp_path / "b.txt").write_bytes('Foreign Minister Jos\u00e9 Pe\u00f1a said: "Bienvenidos, amigos de Espa\u00f1a."'.encode("cp1252"))
    db, res = _import(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert res.failures == []
    snap = db.snapshot()
    for a in snap.articles.values():
        text = db.article_text(a.id)
        assert "\r" not in text and "\x00" not in text and not text.startswith("\ufeff")
    assert {q.text for q in snap.quotes} >= {"We are r\u00e9ady.", "Bienvenidos, amigos de Espa\u00f1a."}
