"""Extraction on hostile input finishes, and the linear helpers answer as the regexes did."""
from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract.article import extract
from store.extract.posts import find_posts
from store.extract.document import build
from store.extract.quotes import find_quotes
from store.extract.scan import Ranges, link_tail_start
from store.ingest.reader import RawArticle

ROOT = Path(__file__).resolve().parent.parent
# the backtracking patterns these helpers replace, kept here only as the reference answer
_OLD_QUOTE_TAIL = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+|[\u2026]|\.\.\.))+\s*$")
_OLD_POST_TAIL = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+))+\s*$")
_PIECES = ["https://", "http://x", "t.co/", "pic.twitter.com/", "…", "...", ".", "a", " ", "\n", "b.c"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_link_tail_agrees_with_the_old_regex(pieces):
    seg = "".join(pieces)
    for old, ellipses in ((_OLD_QUOTE_TAIL, True), (_OLD_POST_TAIL, False)):
        m = old.search(seg)
        assert link_tail_start(seg, ellipses) == (m.start() if m else None), (seg, ellipses)


def test_ranges_membership_matches_a_scan():
    rng = random.Random(7)
    ranges = [(a, a + rng.randrange(0, 30)) for a in (rng.randrange(500) for _ in range(60))]
    r = Ranges(ranges)
    assert [p for p in range(560) if p in r] == [p for p in range(560) if any(a <= p < b for a, b in ranges)]


def test_unclosed_quote_with_link_run_ends_before_the_links():
    links = " ".join(f"https://t.co/x{i}...…pic.twitter.com/y{i}" for i in range(40))
    text = f"Petra Voss wrote: “We will not sign this week {links}\n\nThe talks resumed on Monday."
    spans = find_quotes(build(text))
    assert spans and text[spans[0].start:spans[0].end] == "We will not sign this week"


def test_post_text_stops_before_trailing_links():
    text = ("Ministers met in Oslo.\n\nWe signed the accord today https://t.co/abc pic.twitter.com/def\n"
            "— Petra Voss (@pvoss) March 3, 2025\n\nMore later.")
    posts = find_posts(build(text))
    assert posts and text[posts[0].start:posts[0].end] == "We signed the accord today"


def test_single_quote_pairs_skip_possessives():
    text = "Petra Voss called it 'the ministers' plan' on Monday."
    spans = [q for q in find_quotes(build(text)) if q.single]
    assert [text[q.start:q.end] for q in spans] == ["the ministers' plan"]


def _soup(n: int) -> str:
    return ('"a" ' * (n // 4 + 1))[:n]


def test_quote_soup_of_30kb_finishes():
    """Was 53 s (quadratic); a generous timeout only catches a return of the hang."""
    code = ("import sys; sys.path.insert(0, '.'); from store.extract.article import extract; "
            "from store.ingest.reader import RawArticle; "
            f"extract(RawArticle(text={_soup(30_000)!r}, source='soup'))")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_links_in_an_unclosed_quote_finish():
    """230 characters of links after an unclosed mark used to hang for good."""
    links = "".join(f"https://t.co/{i}...…" for i in range(400))
    ex = extract(RawArticle(text=f"“Petra Voss {links} said nothing", source="links"))
    assert ex.article.text.startswith("“Petra Voss")


def test_the_quote_cap_keeps_exactly_the_first_spans(monkeypatch):
    """Stopping early at the cap (find_double, find_single) gives the first spans of the
    uncapped reading: the cap drops the tail of a quote-mark soup, nothing else."""
    from store.extract import quotes
    text = ('"a" \u2018b\u2019 ' * 1500) + "\n\n" + ("'c' " * 800)
    doc = build(text)
    capped = [(q.start, q.end, q.single) for q in quotes.find_quotes(doc)]
    monkeypatch.setattr(quotes, "MAX_QUOTE_SPANS", 10**9)
    full = [(q.start, q.end, q.single) for q in quotes.find_quotes(doc)]
    assert len(full) > 2000 and capped == full[:2000]
