"""Fetch a URL the user named (`parley import https://...`, or `--fetch` for feed links).

The only network access parley makes, bounded in every direction:
- time: one deadline for the whole URL (connect, headers, body and every redirect), enforced by
  a timer that shuts the socket, so a server that drips a byte a second cannot stretch it;
- size: the body is read in chunks up to MAX_BYTES;
- place: redirects go only to http(s), and only to public addresses unless `allow_private`
  (`--allow-private`); the address a name resolves to is checked, not the name;
- content: only pages, feeds, JSON and text are accepted.
Every failure is a ReadError whose message is one honest line.
"""
from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from urllib.parse import urljoin, urlsplit

from store.ingest.decode import ReadError
from store.ingest.urls import is_url, looks_like_url  # noqa: F401  (re-exported: callers import them from here)

DEADLINE = 30.0              # seconds for everything one URL takes
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
ACCEPTED = ("text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
            "application/xml", "text/xml", "application/json", "application/x-ndjson",
            "application/feed+json", "text/plain")
USER_AGENT = "parley/0.1 (+terminal news explorer)"
REDIRECT_CODES = (301, 302, 303, 307, 308)


def _public(host: str, port: int) -> tuple[bool, str]:
    """Whether every address host resolves to is public; and the first address found."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ReadError(f"cannot resolve {host} ({exc})") from exc
    first = ""
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        first = first or str(addr)
        if not addr.is_global or addr.is_multicast:
            return False, str(addr)
    return True, first


def check_target(url: str, allow_private: bool, redirected: bool) -> str | None:
    """Refuse what parley must not fetch, with the reason. Returns the public address the
    host was checked at (the connection is then made to that address, so that a second DNS
    answer cannot swap in a private one), or None when no address check was asked for."""
    what = "redirected to" if redirected else "refusing"
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "a scheme-less"
        raise ReadError(f"{what} a {scheme}: URL ({url}); only http and https are fetched")
    if not parts.hostname:
        raise ReadError(f"{what} a URL without a host ({url})")
    if allow_private:
        return None
    ok, addr = _public(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    if not ok:
        raise ReadError(f"{what} a private or local address ({parts.hostname} is {addr}); "
                        "use --allow-private to fetch it")
    return addr


class _Watchdog:
    """Shuts the connection's socket when the deadline passes, unblocking any read."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.expired = False
        self.conn: http.client.HTTPConnection | None = None
        self._timer: threading.Timer | None = None

    def watch(self, conn: http.client.HTTPConnection) -> None:
        self.cancel()
        self.conn = conn
        self._timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.expired = True
        conn = self.conn
        sock = conn.sock if conn is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):      # already closed: nothing to unblock
                sock.shutdown(socket.SHUT_RDWR)

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            raise TimeoutError
        return left

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the address that was checked, whatever the name resolves to now."""

    def __init__(self, host: str, port: int | None, timeout: float, addr: str):
        super().__init__(host, port, timeout=timeout)
        self._addr = addr

    def connect(self) -> None:
        self.sock = socket.create_connection((self._addr, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int | None, timeout: float, addr: str):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._addr = addr

    def connect(self) -> None:
        sock = socket.create_connection((self._addr, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)   # the name's certificate


def _connection(url: str, timeout: float, pin: str | None = None) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    https = parts.scheme.lower() == "https"
    if pin is not None:
        cls = _PinnedHTTPS if https else _PinnedHTTP
        return cls(parts.hostname, parts.port, timeout, pin), path
    if https:
        return http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout,
                                           context=ssl.create_default_context()), path
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout), path


def _read_body(resp: http.client.HTTPResponse, dog: _Watchdog, max_bytes: int) -> bytes:
    ctype = (resp.headers.get_content_type() or "").lower()
    if ctype not in ACCEPTED:
        raise ReadError(f"unsupported content type {ctype or 'none'}")
    length = resp.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise ReadError(f"too large ({int(length) // (1024 * 1024)} MB; the limit is "
                        f"{max_bytes // (1024 * 1024)} MB)")
    chunks, size = [], 0
    while True:
        dog.left()
        chunk = resp.read1(CHUNK) if hasattr(resp, "read1") else resp.read(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise ReadError(f"too large (more than {max_bytes // (1024 * 1024)} MB)")
        chunks.append(chunk)
    return b"".join(chunks)


def _one(url: str, dog: _Watchdog, max_bytes: int, pin: str | None) -> tuple[str | None, bytes]:
    """One request: (the redirect's target, b"") or (None, body)."""
    conn, path = _connection(url, dog.left(), pin)
    dog.watch(conn)
    try:
        conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED),
                                           "Accept-Encoding": "identity"})
        resp = conn.getresponse()
        if resp.status in REDIRECT_CODES:
            loc = resp.headers.get("Location")
            if not loc:
                raise ReadError(f"HTTP {resp.status} redirect without a Location")
            return urljoin(url, loc.strip()), b""
        if not 200 <= resp.status < 300:
            raise ReadError(f"HTTP {resp.status} {resp.reason}".rstrip())
        return None, _read_body(resp, dog, max_bytes)
    finally:
        dog.cancel()
        conn.close()


def fetch_url(url: str, timeout: float = DEADLINE, max_bytes: int = MAX_BYTES,
              allow_private: bool = False, check_first: bool = False) -> bytes:
    """The body at url, following at most MAX_REDIRECTS redirects, all within `timeout` seconds.
    A URL the user named may be local (check_first=False); a link found in data (a feed's,
    check_first=True) and every redirect must stay public unless allow_private."""
    if not is_url(url):
        check_target(url, True, False)       # raises with the reason
    dog = _Watchdog(time.monotonic() + timeout)
    current = url
    try:
        pin = check_target(url, allow_private, False) if check_first else None
        for hop in range(MAX_REDIRECTS + 1):
            if hop:
                pin = check_target(current, allow_private, True)
            target, body = _one(current, dog, max_bytes, pin)
            if target is None:
                return body
            current = target
        raise ReadError(f"too many redirects (more than {MAX_REDIRECTS}); last to {current}")
    except ReadError:
        if dog.expired:
            raise ReadError(f"timed out after {timeout:g} s (the limit for a whole URL)") from None
        raise
    except TimeoutError as exc:
        raise ReadError(f"timed out after {timeout:g} s (the limit for a whole URL)") from exc
    except (http.client.HTTPException, OSError, ValueError) as exc:
        if dog.expired:
            raise ReadError(f"timed out after {timeout:g} s (the limit for a whole URL)") from exc
        raise ReadError(_protocol_reason(exc)) from exc


def _protocol_reason(exc: BaseException) -> str:
    """One line for what went wrong on the wire."""
    name = type(exc).__name__
    if isinstance(exc, http.client.LineTooLong):
        return "the server sent a header line that is too long"
    if isinstance(exc, http.client.IncompleteRead):
        return "the server sent a broken or truncated body"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, http.client.BadStatusLine):
        return "the server did not answer with a valid HTTP status line"
    if isinstance(exc, http.client.HTTPException):
        return f"the server broke the HTTP protocol ({name}: {str(exc)[:80]})"
    if isinstance(exc, ConnectionResetError):
        return "the connection was reset by the server"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or name})"
    if isinstance(exc, OSError):
        return f"cannot fetch ({exc.strerror or name})"
    return f"cannot fetch ({name}: {str(exc)[:80]})"
