"""Exports make data inert (issue 15) and read well (issue 14 item 5).

Markdown: data is escaped, no raw HTML, links only to the article record's http(s) URL; CSV:
formula triggers defused; no control or BiDi character survives in either.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from store.db.database import Snapshot
from store.records import Agreement, Article, Mention, Participant, Quote
from store.view.export import csv_cell, markdown, md_text, to_csv, to_json
from store.view.query import build_catalog
from store.view.safe import BIDI_CONTROLS, is_inert

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_TEMPLATE_TAGS = {"h1", "h2", "p", "em", "strong", "ul", "li", "blockquote", "a", "br"}


def _catalog(title, quote_text, speaker, name, place, url="https://news.example/a", source="/home/u/a.txt",
             same_as_post=False):
    art = Article(id="a1", source=source, title=title, date="2025-03-04", url=url)
    p = Participant(id="p1", name=speaker or "x", kind="person", title="Minister")
    quotes = [Quote(id="q1", article_id="a1", text=quote_text, start=0, end=len(quote_text), speaker=speaker,
                    speaker_id="p1", kind="direct", rule="double_quote")]
    if same_as_post:
        quotes.append(Quote(id="q2", article_id="a1", text=quote_text, start=500, end=500 + len(quote_text),
                            speaker=speaker, speaker_id="p1", kind="post", same_as="q1"))
    g = Agreement(id="g1", name=name, parties=["Norway", "Chile"], signatories=[speaker or "x"], place=place,
                  date="2025-03-01", mentions=[Mention("a1", 0, 3)])
    snap = Snapshot(path=Path("s.json"), articles={"a1": art}, participants=[p], quotes=quotes, agreements=[g])
    return build_catalog(snap)


def _render_md(cat):
    return markdown(cat, list(cat.quotes), list(cat.agreements), context="matching x")


def _tags(html: str) -> set[str]:
    return {t.lower() for t in re.findall(r"</?([A-Za-z][\w-]*)", html)}


text_st = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=text_st, quote=text_st.filter(lambda s: s.strip()), speaker=text_st, name=text_st, place=text_st,
       url=st.one_of(st.none(), text_st, st.sampled_from(["javascript:alert(1)", "/etc/passwd",
                                                           "https://ok.example/x", "file:///etc/passwd"])))
def test_markdown_and_csv_keep_arbitrary_data_inert(title, quote, speaker, name, place, url):
    cat = _catalog(title, quote, speaker, name, place, url=url)
    md = _render_md(cat)
    assert is_inert(md), "a control, C1 or BiDi character reached the Markdown"
    html = MD.render(md)
    assert _tags(html) <= _TEMPLATE_TAGS, _tags(html) - _TEMPLATE_TAGS
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(h == "https://ok.example/x" for h in hrefs), hrefs
    assert html.count("<h2>") == 2 and html.count("<h1>") == 1          # data opened no heading
    rows = list(csv.reader(io.StringIO(to_csv(cat, list(cat.quotes), list(cat.agreements)))))
    for row in rows[1:]:
        for cell in row:
            assert is_inert(cell)
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_hostile_title_cannot_open_a_heading_script_or_link():
    cat = _catalog("Talks\n## Injected <script>alert(1)</script> [x](javascript:alert(1))",
                   "We agree.\x1b]52;c;aGk=\x07 \u202etxt.exe", "Petra Voss", "Oslo Accord", "Oslo")
    md = _render_md(cat)
    html = MD.render(md)
    assert "<script" not in html and "<h2>Injected" not in html
    assert re.findall(r'href="([^"]*)"', html) == ["https://news.example/a"] * 2   # agreement source + footnote
    assert "\x1b" not in md and "\u202e" not in md and "\u241b" in md
    assert 'href="https://news.example/a"' in html


def test_multi_paragraph_quote_stays_in_one_blockquote_and_a_post_is_listed_once():
    cat = _catalog("Talks resume", "First part of the answer.\n\nSecond part, after a break.", "Petra Voss",
                   "Oslo Accord", "Oslo", same_as_post=True)
    md = _render_md(cat)
    html = MD.render(md)
    assert html.count("<blockquote>") == 1
    block = html.split("<blockquote>")[1].split("</blockquote>")[0]
    assert "First part" in block and "Second part" in block and "Petra Voss" in block
    assert md.count("Second part") == 1                    # the repeated post is not listed again


def test_footnote_names_the_file_once_when_there_is_no_url_or_title():
    cat = _catalog(None, "We agree.", "Petra Voss", "Oslo Accord", "Oslo", url=None, source="/home/u/a.txt")
    foot = [ln for ln in _render_md(cat).splitlines() if ln.startswith("[^1]:")][0]
    assert foot.count("a.txt") == 1
    cat = _catalog("Talks resume", "We agree.", "Petra Voss", "Oslo Accord", "Oslo")
    foot = [ln for ln in _render_md(cat).splitlines() if ln.startswith("[^1]:")][0]
    assert "a.txt" not in foot and "<https://news.example/a>" in foot


def test_csv_agreement_rows_carry_signatories_place_and_source():
    cat = _catalog("Talks resume", "We agree.", "Petra Voss", "Oslo Accord", "Oslo")
    rows = list(csv.DictReader(io.StringIO(to_csv(cat, list(cat.quotes), list(cat.agreements)))))
    (g,) = [r for r in rows if r["record"] == "agreement"]
    assert g["signatories"] == "Petra Voss" and g["place"] == "Oslo"
    assert g["source"] == "Talks resume" and g["url"] == "https://news.example/a"
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and csv_cell("-2") == "'-2"


def test_json_url_is_never_a_local_path():
    cat = _catalog("Talks", "We agree.", "Petra Voss", "Oslo Accord", "Oslo", url=None, source="/home/u/a.txt")
    data = json.loads(to_json(cat, list(cat.quotes), list(cat.agreements)))
    assert data["quotes"][0]["url"] is None and data["quotes"][0]["file"] == "/home/u/a.txt"
    cat = _catalog("Talks", "We \u202eagree.", "Petra Voss", "Oslo Accord", "Oslo")
    out = to_json(cat, list(cat.quotes), list(cat.agreements))
    assert not any(chr(c) in out for c in BIDI_CONTROLS)
    assert json.loads(out)["quotes"][0]["text"] == "We \u202eagree."      # same data, escaped


def test_md_text_escapes_line_starts():
    assert md_text("# x") == "\\# x" and md_text("1. x") == "1\\. x" and md_text("- x") == "\\- x"
