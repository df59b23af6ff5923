"""Embedded social posts: text followed by a byline "— Name (@handle) Month D, YYYY".

An embed's own line breaks survive collection as runs of blank lines, so a post is the byline's
paragraph plus the paragraphs before it that are separated by more than one blank line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .document import Document
from .lexicon import MONTHS, PLATFORMS
from .scan import link_tail_start

_BYLINE = re.compile(
    r"(?:^|\s)[—–-]{1,2}\s*(?P<author>[^\n—–()@]{1,80}?)\s*\((?P<handle>@\w{1,30})\)"
    r"(?:\s+(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4}))?")
_PLATFORM_CUE = re.compile(
    r"\b(?:on|in a|via|posted on|wrote on|shared on|said on)\s+(X|Twitter|Facebook|Instagram|"
    r"Telegram|Threads|LinkedIn|YouTube|Weibo|Truth Social|Bluesky|tweet)\b")


@dataclass(slots=True)
class Post:
    start: int              # first character of the post's text
    end: int                # end of its text (before links and the byline)
    author: str
    handle: str
    byline_start: int
    byline_end: int
    date: date | None
    platform: str


def _clean_author(a: str) -> str:
    a = re.sub(r"[^\w\s.'’&-]", " ", a)
    a = re.sub(r"\s+", " ", a).strip(" .-")
    return a


def platform_of(text: str, near: int) -> str:
    """The platform the article names for posts (nearest mention before `near`), else X."""
    best = None
    for m in _PLATFORM_CUE.finditer(text):
        if m.start() > near and best is not None:
            break
        best = m.group(1)
    if best:
        return PLATFORMS.get(best.lower(), best)
    return "X"


def find_posts(doc: Document) -> list[Post]:
    text = doc.text
    posts = []
    for pi, p in enumerate(doc.paragraphs):
        seg = text[p.start:p.end]
        # a byline holds "(@handle)": a paragraph without "(@" is passed without the search
        m = _BYLINE.search(seg) if "(@" in seg else None
        if not m:
            continue
        author = _clean_author(m.group("author"))
        if not author:
            continue
        bstart = p.start + m.start() + (1 if seg[m.start()].isspace() else 0)
        d = None
        if m.group("month") and m.group("month").lower() in MONTHS:
            try:
                d = date(int(m.group("year")), MONTHS[m.group("month").lower()], int(m.group("day")))
            except ValueError:
                d = None
        first = pi
        if not seg[:m.start()].strip():
            if pi == 0:
                continue
            first = pi - 1          # the byline stands alone: the post is the paragraph above
        while first > 0 and doc.gaps[first] >= 2:
            first -= 1
        start = doc.paragraphs[first].start
        body = text[start:bstart]
        cut = link_tail_start(body, ellipses=False)     # links before the byline, found linearly
        end = start + (cut if cut is not None else len(body.rstrip()))
        if end <= start:
            continue
        posts.append(Post(start, end, author, m.group("handle"), bstart, p.start + m.end(), d,
                          platform_of(text, start)))
    return posts
