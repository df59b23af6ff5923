"""Articles have a real headline as title (issue 12, item 5): never a path, a caption or photo
credit, a byline, a dateline or a bare date."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from store.extract.article import extract
from store.ingest.decode import read_text_bytes
from store.ingest.formats import read_html, read_json
from store.ingest.reader import read_file
from store.ingest.title import clean_title, headline, is_date_line, is_headline

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_CREDIT = re.compile(r"(?i)\b(?:photo|image|credit|getty|via reuters|pool)\b|[A-Za-z]/[A-Za-z]|^By\s")


def bad_title(title: str | None, source: str) -> str | None:
    """Why a title is not a headline, or None."""
    if not title or not title.strip():
        return "no title"
    if title == source or "/" in title and " " not in title or re.search(r"\.(txt|html?|json)$", title):
        return "a path"
    if _CREDIT.search(title):
        return "a credit or byline"
    if is_date_line(title):
        return "a bare date"
    return None


@pytest.mark.parametrize("line", ["Photo: Petra Voss/Reuters", "Eino Marsh/Pool via REUTERS",
                                  "By Petra Voss", "Monday, February 16, 2026", "2024-08-25 06:59:37",
                                  "Tuesday 6 August 2019 - 06:14", "/home/analyst/news/a.txt",
                                  "Home » World", "Stay up to date with notifications from The Post",
                                  "Latest World News", "AP, OSLO", "(@pvoss)", "Harbour News Agency"])
def test_non_headlines_are_refused(line):
    assert not is_headline(line)


def test_plain_text_headline_is_the_first_short_line():
    text = ("Photo: Eino Marsh/Reuters\nMonday, February 16, 2026\n\nNorway and Chile sign maritime pact\n\n"
            "Foreign Minister Petra Voss signed the agreement in Oslo on Monday, officials said.\n")
    assert headline(text) == "Norway and Chile sign maritime pact"
    raw = read_text_bytes(text.encode(), "/home/analyst/a.txt")
    assert extract(raw).article.title == "Norway and Chile sign maritime pact"


def test_without_a_headline_line_the_lead_stands_in():
    text = ("Foreign Minister Petra Voss and her Chilean counterpart signed a maritime security pact in Oslo "
            "on Monday, ending two years of talks. The pact covers fisheries.\n")
    t = headline(text)
    assert t.startswith("Foreign Minister Petra Voss") and len(t) <= 101 and t.endswith("\u2026")


def test_page_title_loses_the_site_name():
    html = (b"<html><head><title>Norway and Chile sign maritime pact | The Harbour Post</title>"
            b'<meta property="og:site_name" content="The Harbour Post"></head><body><article>'
            b"<p>Foreign Minister Petra Voss signed the agreement in Oslo on Monday, officials said, "
            b"after two years of talks between the two governments.</p></article></body></html>")
    (art,), _ = read_html(html, "https://harbour.example/a")
    assert art.title == "Norway and Chile sign maritime pact"
    assert clean_title("Maritime pact signed - The Harbour Post", "The Harbour Post") == "Maritime pact signed"
    assert clean_title("Ministers meet to discuss the pact - Officials") == "Ministers meet to discuss the pact - Officials"


def test_json_title_that_is_a_date_is_replaced_by_the_headline():
    (art,) = read_json(b'{"title": "Monday, February 16, 2026", "text": "Norway and Chile sign pact\\n\\n'
                       b'Foreign Minister Petra Voss signed the agreement in Oslo."}', "x.json")
    assert art.title == "Norway and Chile sign pact"


def test_corpus_titles_are_headlines():
    if not SHARED.is_dir():
        pytest.skip("../shared/corpus is not present")
    files = sorted((SHARED / "dev").glob("*.txt")) + sorted((SHARED / "unlabelled").glob("*.txt"))
    assert files
    bad = []
    for f in files:
        for raw in read_file(f):
            title = extract(raw).article.title
            why = bad_title(title, raw.source)
            if why:
                bad.append(f"{f.name}: {why}: {title!r}")
    assert not bad, "\n".join(bad)
