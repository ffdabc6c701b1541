"""Download article pages by URL, and keep them in a per-user cache so reopening works offline.

HTTP client: urllib3, because trafilatura (the extractor) already depends on it, so fetching
adds no package, and it gives exact control of timeouts, redirects and streamed reads.

Every way a download can fail becomes one :class:`InputError` line that names the address and
the cause a person can act on: the host does not exist (DNS), nobody listens (refused), no
answer in time, an HTTP error status, too many redirects, a page over the size cap, or a reply
that is not a web page. Retries are off: a reader waiting at a terminal wants the verdict, not
three silent attempts.

The cache is cache-first: a page fetched once is read from disk afterwards (articles rarely
change once published, and a comparison should not shift under the reader between sessions);
``refresh=True`` downloads again. It lives in ``$STORYDIFF_CACHE_DIR``, else
``$XDG_CACHE_HOME/storydiff``, else ``~/.cache/storydiff``, one body file and one small JSON
record per address.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from storydiff import __version__
from storydiff.errors import InputError
from storydiff.sources.limits import over_cap

if TYPE_CHECKING:
    import urllib3

# urllib3 is imported on the first download only: commands on local files never pay for it.

USER_AGENT = f"storydiff/{__version__} (terminal reader comparing news articles; python-urllib3)"
"""Names the program honestly, so site operators can tell what is reading their pages."""

TIMEOUT = 15.0
"""Seconds allowed to connect, and again for each read of the reply. News sites answer in well
under 2 s; 15 s tolerates a slow mobile link without leaving a person staring at a frozen
terminal for a dead host."""

DEADLINE = 60.0
"""Seconds allowed for a whole download. The per-read timeout alone lets a server that drips
one byte at a time hold the reader for ever; a 5 MiB page at 100 KB/s still fits."""

MAX_REDIRECTS = 5
"""Redirects followed: http to https, to www, to the canonical path, and a tracking hop are
four; more is a loop or a redirect chain nobody meant."""

CHUNK_BYTES = 64 * 1024
"""Read size while streaming a reply, so the size cap is enforced without reading it all."""

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
"""Replies that are article text: web pages, and plain or Markdown text as storydiff reads
from files. Anything else (PDF, images, JSON, feeds) is refused with its type named."""

CACHE_ENV = "STORYDIFF_CACHE_DIR"


@dataclass(frozen=True)
class Page:
    """A downloaded (or cached) reply: the bytes and what the server said about them."""

    url: str
    """The address as asked for (the cache key)."""
    final_url: str
    """The address after redirects."""
    content: bytes
    content_type: str
    """The media type without parameters, lower case ("text/html"); "" if the server sent none."""
    charset: str | None
    """The charset the server declared, if any."""
    fetched_at: str
    """When it was downloaded, ISO 8601 in UTC."""
    from_cache: bool = False

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES or (
            not self.content_type and _sniff_html(self.content))


def is_url(text: str | os.PathLike[str]) -> bool:
    """True for an ``http://`` or ``https://`` address (what the loader fetches).

    >>> is_url("https://example.com/a"), is_url("notes/a.html")
    (True, False)
    """
    return isinstance(text, str) and text.lower().startswith(("http://", "https://"))


def absolute(base: str, address: str) -> str:
    """``address`` resolved against ``base``, the page's own address; ``base`` if it is empty.

    urllib3 reports the address after redirects as the server's ``Location`` or the request
    path ("/a.html"), not a whole URL; a relative address names nothing outside the page.

    >>> absolute("http://127.0.0.1:8765/a.html", "/b.html")
    'http://127.0.0.1:8765/b.html'
    """
    return urljoin(base, address) if address else base


def cache_dir() -> Path:
    """Where pages are cached: ``$STORYDIFF_CACHE_DIR``, ``$XDG_CACHE_HOME/storydiff``, or
    ``~/.cache/storydiff``."""
    explicit = os.environ.get(CACHE_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "storydiff"


def _cache_key(url: str) -> str:
    """A file name for an address: the fragment is dropped (it never changes the page)."""
    parts = urlsplit(url)
    normal = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                         parts.query, ""))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


def read_cached(url: str) -> Page | None:
    """The cached copy of ``url``, or None if there is none (or it is unreadable)."""
    base = cache_dir() / _cache_key(url)
    try:
        record = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
        content = base.with_suffix(".body").read_bytes()
    except (OSError, ValueError):
        return None
    return Page(url=url, final_url=absolute(url, str(record.get("final_url") or "")),
                content=content,
                content_type=str(record.get("content_type") or ""),
                charset=record.get("charset"), fetched_at=str(record.get("fetched_at") or ""),
                from_cache=True)


def write_cache(page: Page) -> None:
    """Store ``page``; best effort, atomically (a full disk must not break the comparison)."""
    folder = cache_dir()
    base = folder / _cache_key(page.url)
    record = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
              "charset": page.charset, "fetched_at": page.fetched_at}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix, data in ((".body", page.content),
                             (".json", json.dumps(record, indent=1).encode("utf-8"))):
            tmp = base.with_suffix(suffix + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, base.with_suffix(suffix))
    except OSError:
        pass  # the page was read; only the offline copy is missing, which costs a re-download


def fetch_page(url: str, *, max_bytes: int, timeout: float = TIMEOUT, deadline: float = DEADLINE,
               refresh: bool = False, use_cache: bool = True) -> Page:
    """The page at ``url``: from the cache if there, else downloaded (and then cached)."""
    if use_cache and not refresh and (cached := read_cached(url)) is not None:
        return cached
    page = download(url, max_bytes=max_bytes, timeout=timeout, deadline=deadline)
    if use_cache:
        write_cache(page)
    return page


_POOL: urllib3.PoolManager | None = None


def _pool() -> urllib3.PoolManager:
    """One connection pool per process (thread-safe), created on first use."""
    global _POOL
    if _POOL is None:
        import urllib3

        # Certificates: urllib3 2 verifies against the system's trust store by default.
        _POOL = urllib3.PoolManager(headers={"User-Agent": USER_AGENT,
                                             "Accept": "text/html,application/xhtml+xml,"
                                                       "text/plain;q=0.8,*/*;q=0.1"})
    return _POOL


def download(url: str, *, max_bytes: int, timeout: float = TIMEOUT,
             deadline: float = DEADLINE) -> Page:
    """GET ``url`` following redirects; InputError with one line for every failure."""
    import urllib3
    from urllib3.util import Retry, Timeout

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: not a web address storydiff can fetch (http or https)")
    retries = Retry(total=None, connect=0, read=0, status=0, other=0, redirect=MAX_REDIRECTS,
                    raise_on_redirect=True, raise_on_status=False)
    started = time.monotonic()
    try:
        response = _pool().request("GET", url, retries=retries, preload_content=False,
                                   timeout=Timeout(connect=timeout, read=timeout))
    except urllib3.exceptions.MaxRetryError as error:
        raise InputError(_failure(url, error.reason, timeout)) from None
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise InputError(_failure(url, error, timeout)) from None
    try:
        return _read(url, response, max_bytes=max_bytes, timeout=timeout,
                     deadline=started + deadline)
    finally:
        response.release_conn()


def _read(url: str, response: urllib3.BaseHTTPResponse, *, max_bytes: int, timeout: float,
          deadline: float) -> Page:
    """Check status and type, then stream the body under the size cap and the deadline."""
    import urllib3

    if response.status >= 400:
        reason = response.reason or ""
        raise InputError(f"{url}: the server answered HTTP {response.status} {reason}".rstrip())
    raw_type = response.headers.get("Content-Type", "")
    content_type = raw_type.split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES + TEXT_TYPES:
        raise InputError(f"{url}: not a web page (the server sent {content_type}); storydiff "
                         "reads HTML pages and plain text")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(over_cap(f"{url}: the page is", max_bytes))
    body = bytearray()
    try:
        for chunk in response.stream(CHUNK_BYTES):
            body += chunk
            if len(body) > max_bytes:
                raise InputError(over_cap(f"{url}: the page is", max_bytes))
            if time.monotonic() > deadline:
                raise InputError(f"{url}: the download did not finish within {DEADLINE:g} s")
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise InputError(_failure(url, error, timeout)) from None
    charset = next((p.split("=", 1)[1].strip().strip("\"'") for p in raw_type.split(";")[1:]
                    if p.strip().lower().startswith("charset=")), None)
    page = Page(url=url, final_url=absolute(url, response.geturl() or ""), content=bytes(body),
                content_type=content_type, charset=charset or None,
                fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    if not content_type and not _sniff_html(page.content):
        raise InputError(f"{url}: not a web page (the server sent no content type and the "
                         "reply does not look like HTML)")
    return page


def _sniff_html(content: bytes) -> bool:
    head = content[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _failure(url: str, reason: BaseException | None, timeout: float) -> str:
    """One line for a network failure, naming the cause a person can act on."""
    import urllib3.exceptions as ex

    host = urlsplit(url).hostname or url
    if isinstance(reason, ex.NameResolutionError):
        return f"{url}: cannot find the host {host} (DNS lookup failed; check the address)"
    # NewConnectionError subclasses ConnectTimeoutError in urllib3 2, so it is asked first.
    if isinstance(reason, (ex.NewConnectionError, ConnectionRefusedError)):
        if "refused" in str(reason).lower():
            return f"{url}: connection refused by {host} (nothing is serving that address)"
        return f"{url}: cannot connect to {host} ({_short(reason)})"
    if isinstance(reason, (ex.ConnectTimeoutError, ex.ReadTimeoutError, TimeoutError)):
        return f"{url}: no answer from {host} within {timeout:g} s (timed out)"
    if isinstance(reason, ex.ResponseError) and "redirect" in str(reason).lower():
        return f"{url}: too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(reason, ex.SSLError):
        return f"{url}: secure connection to {host} failed ({_short(reason)})"
    if isinstance(reason, ex.ProtocolError):
        return f"{url}: the connection to {host} broke off ({_short(reason)})"
    return f"{url}: cannot download the page ({_short(reason)})"


def _short(error: BaseException | None) -> str:
    """The last, most specific clause of an exception message, on one line."""
    text = " ".join(str(error or "unknown error").split())
    return text.rsplit(": ", 1)[-1][:160]
