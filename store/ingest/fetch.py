"""Fetch a URL the user named (`parley import https://...`, or `--fetch` for feed links).

The only network access parley makes: bounded in time, size and redirects, and refusing
content that is not a page, a feed, JSON or text.
"""
from __future__ import annotations

import urllib.error
import urllib.request

from store.ingest.reader import ReadError

TIMEOUT = 15.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
ACCEPTED = ("text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
            "application/xml", "text/xml", "application/json", "application/x-ndjson",
            "application/feed+json", "text/plain")
USER_AGENT = "parley/0.1 (+terminal news explorer)"


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def fetch_url(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    opener = urllib.request.build_opener(_Redirects)
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                               "Accept": ", ".join(ACCEPTED)})
    try:
        with opener.open(req, timeout=timeout) as resp:
            ctype = (resp.headers.get_content_type() or "").lower()
            if ctype not in ACCEPTED:
                raise ReadError(f"unsupported content type {ctype or 'none'}")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ReadError(f"too large ({int(length) // (1024 * 1024)} MB; the limit is "
                                f"{max_bytes // (1024 * 1024)} MB)")
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise ReadError(f"too large (more than {max_bytes // (1024 * 1024)} MB)")
            return data
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise ReadError(f"too many redirects (limit {MAX_REDIRECTS})") from exc
        raise ReadError(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise ReadError(f"cannot fetch ({exc.reason})") from exc
    except TimeoutError as exc:
        raise ReadError(f"timed out after {timeout:g} s") from exc
