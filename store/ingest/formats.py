"""What analysts actually have: HTML pages, RSS/Atom feeds, JSON exports, plain text.

The format is detected from the content (the extension only breaks ties), and each reader
returns RawArticles whose `text` is exactly what the store keeps and offsets index.
Libraries do the hard parts: trafilatura finds the article in a page, feedparser reads every
feed dialect, orjson reads JSON.
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime

import orjson

from store.ingest.decode import RawArticle, ReadError, decode, normalise, read_text_bytes
from store.ingest.urls import is_url
from store.ingest.title import clean_title, headline

# Field names exports use, in order of preference.
TITLE_KEYS = ("title", "headline", "name")
DATE_KEYS = ("date", "published", "publishedAt", "published_at", "pubDate", "datePublished",
             "created_at", "time")
URL_KEYS = ("url", "link", "href", "uri")
TEXT_KEYS = ("text", "content", "body", "article", "fulltext", "full_text", "description", "summary")
CONTAINER_KEYS = ("articles", "items", "entries", "data", "results", "documents", "docs")

_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<article[\s>]|<p[\s>]|<div[\s>]",
                         re.IGNORECASE)
_FEED_SNIFF = re.compile(rb"<rss[\s>]|<feed[\s>][^>]*|<rdf:RDF[\s>]|<channel[\s>]", re.IGNORECASE)


_DOCUMENT_TAG = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_TAG = re.compile(rb"<[A-Za-z/!][^<>\n]{0,300}>")


def _text_with_stray_markup(head: bytes) -> bool:
    """A plain-text article that carries a leftover tag line (a scraper copying a figure's
    `<div><p>caption</p></div>` above its text): it opens with words, has no document tags,
    and most of its lines hold no tag at all. Read as HTML, the main-text extractor keeps
    the caption and drops the article (its paragraphs are not in any element)."""
    if head.startswith(b"<") or _DOCUMENT_TAG.search(head):
        return False
    lines = [ln for ln in head.split(b"\n") if ln.strip()]
    tagged = sum(1 for ln in lines if _TAG.search(ln))
    return len(lines) >= 4 and tagged * 4 <= len(lines)


def sniff(data: bytes, name: str = "") -> str:
    """'html', 'feed', 'json', 'jsonl' or 'text', from the first bytes (and the name)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    low = name.lower()
    if _FEED_SNIFF.search(head[:1024]) or (head.startswith(b"<?xml") and _FEED_SNIFF.search(data[:8192])):
        return "feed"
    if head.startswith((b"{", b"[")):
        first_line = head.split(b"\n", 1)[0].strip()
        if head.startswith(b"{") and first_line.endswith(b"}") and b"\n{" in data[:65536]:
            return "jsonl"
        return "json"
    if (_HTML_SNIFF.search(head[:2048]) and not _text_with_stray_markup(head)) or (
            low.endswith((".html", ".htm")) and b"<" in head[:200]):
        return "html"
    if low.endswith(".jsonl") or low.endswith(".ndjson"):
        return "jsonl"
    return "text"


def parse(data: bytes, source: str, fetch_links: bool = False,
          allow_private: bool = False) -> tuple[list[RawArticle], list[str]]:
    """Articles in data, and warnings (one line each)."""
    kind = sniff(data, source)
    if kind == "feed":
        return read_feed(data, source, fetch_links, allow_private)
    if kind == "json":
        return read_json(data, source), []
    if kind == "jsonl":
        return read_jsonl(data, source), []
    if kind == "html":
        return read_html(data, source)
    return [read_text_bytes(data, source)], []


# -- HTML --------------------------------------------------------------------------------
def _embed_posts(html: str) -> str:
    """Turn Twitter/X blockquote embeds into plain paragraphs, byline included, so the page
    extractor keeps them and the attribution rules see "— Name (@handle) Month D, YYYY"."""
    import lxml.html        # lazy, like trafilatura and feedparser: 0.06-0.25 s of start-up each
    try:
        doc = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - unparseable: leave it to the extractor's own parser
        return html
    embeds = doc.xpath('//blockquote[contains(@class, "twitter-tweet") or contains(@class, "x-post")]')
    if not embeds:
        return html
    for bq in embeds:
        paras = [" ".join(p.text_content().split()) for p in bq.xpath(".//p")]
        rest = bq.text_content()
        for p in bq.xpath(".//p"):
            rest = rest.replace(p.text_content(), "", 1)
        byline = " ".join(rest.split())
        new = lxml.html.fromstring("<div></div>")
        for t in [*paras, byline]:
            if t:
                el = lxml.html.Element("p")
                el.text = t
                new.append(el)
        bq.getparent().replace(bq, new)
    return lxml.html.tostring(doc, encoding="unicode")


def _html_to_text_fallback(html: str) -> str:
    import lxml.html
    try:
        doc = lxml.html.fromstring(html)
        for bad in doc.xpath("//script|//style|//nav|//footer|//header|//aside"):
            bad.drop_tree()
        blocks = [" ".join(el.text_content().split()) for el in doc.xpath("//p|//h1|//h2|//h3|//li")]
        text = "\n\n".join(b for b in blocks if b)
        return text or " ".join(doc.text_content().split())
    except Exception:  # noqa: BLE001
        return re.sub(r"<[^>]+>", " ", html)


def html_to_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry or a JSON field), paragraphs kept apart."""
    return normalise(_html_to_text_fallback(_embed_posts(html)))


def read_html(data: bytes, source: str) -> tuple[list[RawArticle], list[str]]:
    html = decode(data, source)
    if not html.strip():
        raise ReadError("empty file")
    import trafilatura      # lazy: a quarter second that plain-text `parley extract` must not pay
    prepared = _embed_posts(html)
    try:
        doc = trafilatura.bare_extraction(prepared, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True,
                                          url=source if is_url(source) else None)
    except Exception:  # noqa: BLE001 - truncated or odd markup: fall back below
        doc = None
    warnings: list[str] = []
    if not re.search(r"</(?:html|body)\s*>", html[-2048:], re.IGNORECASE):
        warnings.append("truncated HTML (the page ends before </body>); imported the text it has")
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
    text = (doc or {}).get("text") or ""
    if len(text.strip()) < 40:
        text = _html_to_text_fallback(prepared)
        warnings.append("no main text found by trafilatura; imported the page's plain text")
        doc = doc or {}
    text = normalise(text)
    if not text.strip():
        raise ReadError("HTML page with no text")
    # the headline: og:title or <title> without the site's name, else the text's own
    title = clean_title(doc.get("title"), doc.get("sitename")) or headline(text)
    d = _iso_date(doc.get("date"))
    url = doc.get("url") if is_url(doc.get("url") or "") else (source if is_url(source) else None)
    return [RawArticle(text=text, source=source, title=title, date=d, url=url, format="html")], warnings


# -- feeds -------------------------------------------------------------------------------
def _fetch_entry(link: str, e, allow_private: bool) -> list[RawArticle]:
    """The page a feed entry links to, as articles carrying the entry's title and date."""
    # a link comes from the feed's data: public http(s) only, like a redirect
    from store.ingest.fetch import fetch_url    # here: local files never load the network stack
    fetched, _ = parse(fetch_url(link, allow_private=allow_private, check_first=True), link)
    for a in fetched:
        a.title = clean_title(e.get("title")) or a.title
        a.date = a.date or _entry_date(e)
    return fetched


def read_feed(data: bytes, source: str, fetch_links: bool = False,
              allow_private: bool = False) -> tuple[list[RawArticle], list[str]]:
    import feedparser       # lazy: start-up cost, as above
    try:
        feed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - feedparser raising is this input's problem
        raise ReadError(f"unreadable feed ({type(exc).__name__})") from exc
    if feed.get("bozo") and not feed.entries:
        exc = feed.get("bozo_exception")
        raise ReadError(f"malformed feed ({type(exc).__name__ if exc else 'no entries'})")
    if not feed.entries:
        raise ReadError("feed with no entries")
    out, warnings, summaries_only = [], [], 0
    for i, e in enumerate(feed.entries):
        content = ""
        if e.get("content"):
            content = max((c.get("value", "") for c in e.content), key=len)
        full = bool(content)
        if not content:
            content = e.get("summary", "") or e.get("description", "")
        link = e.get("link")
        if fetch_links and link and not full:
            # one bad link is one warning: the rest of the feed imports
            try:
                out.extend(_fetch_entry(link, e, allow_private))
                continue
            except ReadError as exc:
                warnings.append(f"{link}: {exc}; imported the summary instead")
            except Exception as exc:  # noqa: BLE001 - a page that breaks a parser is this link's problem
                warnings.append(f"{link}: unreadable page ({type(exc).__name__}); imported the summary instead")
        if not full:
            summaries_only += 1
        text = html_to_text(content) if "<" in content else normalise(content)
        title = " ".join((e.get("title") or "").split())
        if title and title not in text[:len(title) + 20]:
            text = f"{title}\n\n{text}" if text else title
        if not text.strip():
            continue
        out.append(RawArticle(text=text, source=f"{source}#{i + 1}", title=clean_title(title) or headline(text),
                              date=_entry_date(e), url=link if is_url(link or "") else None, format="feed"))
    if summaries_only and not fetch_links:
        warnings.append(f"{summaries_only} of {len(feed.entries)} entries carry only a summary and a link; "
                        "imported the summaries (use --fetch to fetch the linked pages)")
    if not out:
        raise ReadError("feed entries have no text")
    return out, warnings


def _entry_date(e) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = e.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except ValueError:
                continue
    return None


# -- JSON --------------------------------------------------------------------------------
def _iso_date(value) -> str | None:
    if not value:
        return None
    if isinstance(value, (int, float)):
        v = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(v, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime   # here: only feeds carry RFC 2822 dates
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _first(obj: dict, keys) -> object:
    for k in keys:
        v = obj.get(k)
        if v:
            return v
    return None


def article_from_object(obj: dict, source: str) -> RawArticle:
    if not isinstance(obj, dict):
        raise ReadError(f"expected an article object, found {type(obj).__name__}")
    body = _first(obj, TEXT_KEYS)
    if isinstance(body, list):
        body = "\n\n".join(str(x) for x in body)
    if not isinstance(body, str) or not body.strip():
        raise ReadError("article object without text (expected one of: " + ", ".join(TEXT_KEYS[:4]) + ")")
    text = html_to_text(body) if re.search(r"<(p|div|br|blockquote|span|a)\b", body, re.I) else normalise(body)
    title = _first(obj, TITLE_KEYS)
    url = _first(obj, URL_KEYS)
    url = str(url) if url else ""
    return RawArticle(text=text, source=source, title=(clean_title(str(title)) if title else None) or headline(text),
                      date=_iso_date(_first(obj, DATE_KEYS)), url=url if is_url(url) else None, format="json")


def _objects(data) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for k in CONTAINER_KEYS:
            if isinstance(data.get(k), list):
                return data[k]
        return [data]
    raise ReadError(f"JSON of the wrong shape: {type(data).__name__} (expected an article object or a list)")


def read_json(data: bytes, source: str) -> list[RawArticle]:
    try:
        parsed = orjson.loads(data.lstrip(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON ({exc})") from exc
    objs = _objects(parsed)
    if not objs:
        raise ReadError("JSON with no articles")
    out = []
    for i, o in enumerate(objs):
        try:
            out.append(article_from_object(o, f"{source}#{i + 1}" if len(objs) > 1 else source))
        except ReadError as exc:
            raise ReadError(f"item {i + 1}: {exc}" if len(objs) > 1 else str(exc)) from exc
    return out


def read_jsonl(data: bytes, source: str) -> list[RawArticle]:
    out = []
    for n, line in enumerate(data.lstrip(b"\xef\xbb\xbf").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ReadError(f"line {n}: invalid JSON ({exc})") from exc
        try:
            out.append(article_from_object(obj, f"{source}#{n}"))
        except ReadError as exc:
            raise ReadError(f"line {n}: {exc}") from exc
    if not out:
        raise ReadError("JSON Lines with no articles")
    return out
