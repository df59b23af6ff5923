"""What counts as a URL, without the network stack.

Split from fetch.py so that reading local files (`parley extract FILE`, a plain-text import)
does not import http.client, ssl and email (~10 ms per process); fetch.py re-exports both."""
from __future__ import annotations

from urllib.parse import urlsplit


def is_url(s: str) -> bool:
    """The one URL check: an http or https URL with a host."""
    try:
        parts = urlsplit(s.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def looks_like_url(s: str) -> bool:
    """`scheme://...` of any scheme: named so that a refusal can say why."""
    head, sep, _ = s.partition("://")
    return bool(sep) and head.isalpha() and len(head) <= 10
