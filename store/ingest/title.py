"""An article's headline: what a reader would call its title, never a path, a caption or
photo credit, a byline, a dateline or a bare date, nor a site's navigation or boilerplate.

Pages and feeds carry a title (`<title>`, `og:title`, an entry's title) that still needs the
site's name cut off; plain text has its headline as a short first line, or none, in which case
the lead sentence, shortened, stands in for it.
"""
from __future__ import annotations

import re

# Words that make up site furniture rather than headlines ("Latest World News", "News Release",
# "Stay up to date with notifications", "Can't connect right now! retry"). Ingest's own list:
# the extraction lexicons live a stage later and are not imported here.
BOILERPLATE_WORDS = frozenset({
    "news", "latest", "release", "releases", "agency", "press", "home", "notifications",
    "subscribe", "newsletter", "cookies", "cookie", "retry", "connect", "advertisement", "menu",
    "skip", "links", "accessibility", "share", "print", "email", "login", "sign", "register",
    "updated", "published", "posted", "breaking", "live", "watch", "listen", "read", "more",
    "world", "national", "international", "top", "stories", "story", "section", "edition",
})
# One of these alone marks a line as site furniture ("Stay up to date with notifications").
FURNITURE_WORDS = frozenset({"notifications", "subscribe", "newsletter", "cookies", "cookie", "retry",
                             "advertisement", "accessibility", "login", "javascript"})
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
_DATE_WORD = re.compile(rf"(?:{_MONTHS}|{_DAYS}|\d+(?:st|nd|rd|th)?|am|pm|gmt|utc|ist|est|edt|"
                        rf"cet|bst|updated|published|posted|on|at|of|hrs|ago|hours?|minutes?)$", re.I)
_HEADER = re.compile(r"\s*date \d{4}-\d{2}-\d{2}[ \t]*")
_CREDIT = re.compile(
    r"(?:^|\s)(?:photo|picture|image|file photo|credit|courtesy|caption)s?\b|[A-Za-z]/[A-Za-z]|"
    r"\bvia\s+(?:REUTERS|Reuters|AFP|AP|Getty|EPA)\b|©|\bGetty Images\b|^By\s+[A-Z]", re.I)
_AGENCY_LINE = re.compile(r"^(?:[A-Z]{2,}|Associated Press|Reuters|AFP|AP)(?:[,\s]+[A-Z][A-Za-z.]*){0,3}$")
_PATH = re.compile(r"^(?:[/\\~.]|[A-Za-z]:\\|file:)|\.(?:txt|html?|json|xml|md)$|[/\\]\S*[/\\]", re.I)
_SITE_SEP = re.compile(r"\s+[|\u2013\u2014-]\s+(?P<site>[^|\u2013\u2014]{1,60})$")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|in|co|uk|gov|int|info|news|pk|ng)\b", re.I)
_BULLET = re.compile(r"^[\s\-\u2022\u00b7*>]+")
MAX_WORDS = 24
MAX_CHARS = 180
LEAD_CHARS = 100


def _words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’.-]*", s)


def is_date_line(s: str) -> bool:
    """Only dates, times, weekdays and their connectives: `Monday, February 16, 2026`."""
    toks = re.findall(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?", s)
    return bool(toks) and all(_DATE_WORD.match(t) for t in toks)


def is_boilerplate(s: str) -> bool:
    words = [w.lower().strip(".'’") for w in _words(s)]
    content = [w for w in words if w not in ("the", "a", "an", "to", "with", "from", "up", "for",
                                              "and", "of", "in", "on", "can't", "now", "right", "date")]
    return not content or all(w in BOILERPLATE_WORDS for w in content) or any(
        w in FURNITURE_WORDS for w in words) or (
        len(words) <= 4 and any(w in ("news", "press", "agency") for w in words))


def is_headline(s: str | None) -> bool:
    """A line that can be shown as the article's title."""
    if not s:
        return False
    s = s.strip()
    words = _words(s)
    if len(words) < 3 or len(words) > MAX_WORDS or len(s) > MAX_CHARS:
        return False
    return not (_PATH.search(s) or _CREDIT.search(s) or is_date_line(s) or is_boilerplate(s)
                or _AGENCY_LINE.match(s) or "»" in s or "•" in s or re.search(r"@\w", s) or _DOMAIN.search(s)
                or s.endswith((":", ",")) or not re.search(r"[a-z]", s))


def clean_title(title: str | None, site: str | None = None) -> str | None:
    """A page's or entry's title without the site's name (`Talks resume | The Daily Record`),
    whitespace collapsed; None when what is left is not a headline."""
    if not title:
        return None
    t = " ".join(_BULLET.sub("", title).split())
    if " | " in t:              # `Headline | Section | Site` or `Site | Headline`
        t = max(t.split(" | "), key=lambda part: len(_words(part))).strip()
    m = _SITE_SEP.search(t)
    if m:
        tail = m.group("site").strip()
        same_site = site and tail.casefold() == " ".join(site.split()).casefold()
        # " | Site" is always furniture; " - Site" only when it names the site or a domain
        if same_site or (m.group(0).strip().startswith("|") and len(_words(tail)) <= 5) or _DOMAIN.search(tail):
            t = t[:m.start()].strip()
    return t if is_headline(t) else None


def _lead(text: str) -> str | None:
    """The lead sentence, shortened at a word boundary: the stand-in for a missing headline."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if len(_words(line)) < 6 or is_date_line(line) or _CREDIT.search(line) or is_boilerplate(line):
            continue
        # the first sentence end that leaves a real sentence (not `Jr.` or `The U.N.`)
        sent = line
        for m in re.finditer(r"[.!?](?=\s|$)", line):
            if len(_words(line[:m.end()])) >= 8:
                sent = line[:m.end()]
                break
        if len(sent) > LEAD_CHARS:
            sent = sent[:LEAD_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        return sent
    return None


def headline(text: str) -> str | None:
    """A plain-text article's headline: the first short line before the body starts (skipping
    navigation, credits, bylines and dates), else its shortened lead sentence."""
    text = _HEADER.sub("", text, count=1) if text.startswith(" date ") else text
    for n, line in enumerate(text.splitlines()[:12]):
        line = " ".join(_BULLET.sub("", line).split())
        if not line:
            continue
        if len(_words(line)) > MAX_WORDS or (line.endswith(".") and not line.endswith("...")):
            break           # the body has started
        line = clean_title(line)
        if line:
            return line
        if n > 8:
            break
    return _lead(text)
