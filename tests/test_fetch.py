"""Fetching pages by URL, against a server on 127.0.0.1 that the tests start and stop.

The server serves saved copies of real pages (tests/fixtures/pages) and misbehaves on purpose:
redirects, a redirect loop, 404, a reply slower than the timeout, oversized bodies (declared
and streamed), a PDF, a reply with no type. No test reaches any address but loopback.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers import PAGES
from storydiff.cli import main
from storydiff.errors import InputError
from storydiff.sources import fetch
from storydiff.sources.fetch import cache_dir, download, fetch_page, is_url
from storydiff.sources.load import load_paths, load_url

ARTICLE = (PAGES / "digitaltrends-deepseek.html").read_bytes()
SMALL_CAP = 20_000
"""A size cap for the oversize routes: larger than every fixture page (under 7 KB)."""


@dataclass
class _State:
    stop: threading.Event = field(default_factory=threading.Event)
    agents: list[str] = field(default_factory=list)
    hits: int = 0


class _Handler(BaseHTTPRequestHandler):
    state: _State

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str | None, **headers: str) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's hook name
        self.state.agents.append(self.headers.get("User-Agent", ""))
        self.state.hits += 1
        route = self.path.split("?")[0]
        if route.startswith("/pages/"):
            page = PAGES / route.removeprefix("/pages/")
            self._send(200, page.read_bytes(), "text/html; charset=utf-8")
        elif route == "/old":
            self._send(301, b"", None, Location="/pages/digitaltrends-deepseek.html")
        elif route == "/loop":
            self._send(302, b"", None, Location="/loop")
        elif route == "/slow":
            self.state.stop.wait(3)  # longer than the test's timeout; cut short at shutdown
            self._send(200, ARTICLE, "text/html")
        elif route == "/big":
            self._send(200, b"<html>" + b"x" * (SMALL_CAP * 2), "text/html")
        elif route == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the size is known only by reading
            for _ in range(8):
                self.wfile.write(b"<p>" + b"y" * (SMALL_CAP // 4) + b"</p>")
        elif route == "/report.pdf":
            self._send(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
        elif route == "/untyped":
            self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00", None)
        elif route == "/latin1":
            body = ("<html><head><title>Café prices</title></head><body><p>Le café coûte "
                    "désormais trois euros à Paris, selon une étude publiée mardi par "
                    "l'observatoire des prix.</p></body></html>").encode("latin-1")
            self._send(200, body, "text/html; charset=iso-8859-1")
        elif route in ("/plain.html", "/relative-canonical.html"):
            canonical = '<link rel="canonical" href="/story/dam">' if "relative" in route else ""
            body = (f"<html><head><title>Dam ruling upheld</title>{canonical}</head><body>"
                    "<article><h1>Dam ruling upheld</h1><p>The Supreme Court upheld the ruling "
                    "on the river dam on Tuesday, ending a decade of litigation along the "
                    "valley.</p><p>The dam cost $40 million to build and supplies water to 12 "
                    "towns, officials said in a statement.</p></article></body></html>")
            self._send(200, body.encode(), "text/html; charset=utf-8")
        else:
            self._send(404, b"<html><body>Not found</body></html>", "text/html")


@dataclass
class Server:
    base: str
    state: _State
    httpd: ThreadingHTTPServer
    thread: threading.Thread

    def url(self, path: str) -> str:
        return self.base + path

    def stop(self) -> None:
        self.state.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty page cache (never the user's)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def server() -> Iterator[Server]:
    state = _State()
    handler = type("Handler", (_Handler,), {"state": state})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    srv = Server(f"http://127.0.0.1:{httpd.server_address[1]}", state, httpd, thread)
    yield srv
    if not state.stop.is_set():
        srv.stop()


def test_a_url_page_becomes_an_article_with_its_metadata(server: Server) -> None:
    article = load_url(server.url("/pages/digitaltrends-deepseek.html"))
    # The saved page is the seed article in a real page's markup: its og:, JSON-LD and
    # canonical tags name the outlet, author, date and address.
    assert article.outlet == "Digital Trends"
    assert article.title == "Microsoft already has its legal crosshairs set on DeepSeek"
    assert article.author == "Fionna Agomuoh"
    assert article.published == "2025-01-29"
    assert article.url.startswith("https://www.digitaltrends.com/")
    assert article.path == server.url("/pages/digitaltrends-deepseek.html")
    # The first body paragraph of the seed, and none of the page's navigation or teasers.
    assert article.paragraphs[0].startswith("Microsoft, a primary investor in OpenAI")
    assert not any("Newsletters" in p or "Related stories" in p for p in article.paragraphs)
    assert "Related stories" in article.dropped


def test_requests_name_storydiff_in_the_user_agent(server: Server) -> None:
    download(server.url("/pages/sherwood-wiz.html"), max_bytes=SMALL_CAP)
    assert server.state.agents[-1].startswith("storydiff/")


def test_a_redirect_is_followed_and_the_final_address_kept(server: Server) -> None:
    page = download(server.url("/old"), max_bytes=SMALL_CAP)
    assert page.final_url.endswith("/pages/digitaltrends-deepseek.html")
    assert page.content == ARTICLE


def test_a_redirect_loop_is_one_line(server: Server) -> None:
    with pytest.raises(InputError, match=r"/loop: too many redirects \(more than 5\)$"):
        download(server.url("/loop"), max_bytes=SMALL_CAP)


def test_an_http_error_status_is_named(server: Server) -> None:
    with pytest.raises(InputError, match=r"/nothing-here: the server answered HTTP 404 Not Found$"):
        download(server.url("/nothing-here"), max_bytes=SMALL_CAP)


def test_a_server_slower_than_the_timeout_is_a_timeout(server: Server) -> None:
    with pytest.raises(InputError, match=r"/slow: no answer from 127\.0\.0\.1 within 0\.3 s"):
        download(server.url("/slow"), max_bytes=SMALL_CAP, timeout=0.3)


def test_a_declared_oversized_page_is_refused_with_the_cap(server: Server) -> None:
    with pytest.raises(InputError, match=r"/big: the page is over the 20000 bytes limit; set "
                                         r"STORYDIFF_MAX_BYTES"):
        download(server.url("/big"), max_bytes=SMALL_CAP)


def test_a_streamed_oversized_page_is_cut_off_at_the_cap(server: Server) -> None:
    # No Content-Length: only counting the bytes while reading can catch it.
    with pytest.raises(InputError, match=r"/big-streamed: the page is over the"):
        download(server.url("/big-streamed"), max_bytes=SMALL_CAP)


def test_a_pdf_is_not_a_web_page(server: Server) -> None:
    with pytest.raises(InputError, match=r"report\.pdf: not a web page \(the server sent "
                                         r"application/pdf\)"):
        download(server.url("/report.pdf"), max_bytes=SMALL_CAP)


def test_an_untyped_binary_reply_is_not_a_web_page(server: Server) -> None:
    with pytest.raises(InputError, match=r"/untyped: not a web page \(the server sent no "
                                         r"content type"):
        download(server.url("/untyped"), max_bytes=SMALL_CAP)


def test_the_declared_charset_decodes_the_page(server: Server) -> None:
    article = load_url(server.url("/latin1"))
    # Latin-1 bytes for "café" are invalid UTF-8; the header's charset reads them right.
    assert "Le café coûte désormais trois euros" in article.paragraphs[0]


def test_a_closed_port_is_connection_refused() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match=r"connection refused by 127\.0\.0\.1"):
        download(f"http://127.0.0.1:{port}/a", max_bytes=SMALL_CAP, timeout=2)


def test_an_unknown_host_is_a_dns_failure() -> None:
    # The resolver is not asked (no traffic leaves the machine): the failure urllib3 raises
    # for a name it cannot resolve is handed to the message function directly.
    from urllib3.connection import HTTPConnection
    from urllib3.exceptions import NameResolutionError

    error = NameResolutionError("no-such-host.invalid", HTTPConnection("no-such-host.invalid"),
                                socket.gaierror(-2, "Name or service not known"))
    line = fetch._failure("http://no-such-host.invalid/a", error, 15)
    assert line == ("http://no-such-host.invalid/a: cannot find the host no-such-host.invalid "
                    "(DNS lookup failed; check the address)")


def test_other_schemes_are_refused_before_any_connection() -> None:
    with pytest.raises(InputError, match="not a web address storydiff can fetch"):
        download("ftp://127.0.0.1/a.html", max_bytes=SMALL_CAP)


def test_a_page_read_once_opens_again_with_the_server_gone(
    server: Server, private_cache: Path
) -> None:
    url = server.url("/pages/bastillepost-wiz.html")
    first = load_url(url)
    server.stop()
    lines: list[str] = []
    again = load_url(url, progress=lines.append)
    # Same article, offline, and the reader is told it came from the cache.
    assert again == first
    assert any("from the cache" in line for line in lines)
    assert len(list(private_cache.glob("*.body"))) == 1
    with pytest.raises(InputError, match="connection refused"):
        fetch_page(url, max_bytes=SMALL_CAP, refresh=True, timeout=2)


def test_refresh_downloads_again(server: Server) -> None:
    url = server.url("/pages/sherwood-wiz.html")
    fetch_page(url, max_bytes=SMALL_CAP)
    fetch_page(url, max_bytes=SMALL_CAP)
    assert server.state.hits == 1  # the second read was the cache
    page = fetch_page(url, max_bytes=SMALL_CAP, refresh=True)
    assert server.state.hits == 2 and not page.from_cache


def test_the_cache_follows_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STORYDIFF_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "storydiff"


def test_urls_are_told_from_paths() -> None:
    assert is_url("https://a.example/x") and is_url("HTTP://a.example")
    assert not is_url("a.example/x.html") and not is_url("file:///etc/passwd")


def test_load_paths_mixes_files_and_urls_with_counted_progress(server: Server) -> None:
    lines: list[str] = []
    articles = load_paths([str(PAGES / "sherwood-wiz.html"),
                           server.url("/pages/bastillepost-wiz.html")], progress=lines.append)
    assert [a.outlet for a in articles] == ["Sherwood News", "Bastille Post Global"]
    assert lines == [f"fetching {server.url('/pages/bastillepost-wiz.html')} (2/2)"]


def test_cli_clean_reads_a_url_and_reports_progress_on_stderr(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.url("/pages/sherwood-wiz.html")
    assert main(["clean", url, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert document["outlet"] == "Sherwood News" and document["published"] == "2025-03-18"
    assert err == f"storydiff: fetching {url}\n"


def test_cli_compare_of_two_urls_names_both_outlets_and_dates(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["compare", server.url("/pages/bastillepost-wiz.html"),
                 server.url("/pages/sherwood-wiz.html"), "--format", "text"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "Bastille Post Global, 2025-03-19" in out and "Sherwood News, 2025-03-18" in out


def test_cli_fetch_failure_is_one_error_line(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clean", server.url("/gone")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (f"storydiff: error: {server.url('/gone')}: the server answered "
                       "HTTP 404 Not Found")


def test_cli_from_list_reads_paths_and_urls(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text(f"# two pages\n{PAGES / 'sherwood-wiz.html'}\n\n"
                       f"{server.url('/pages/bastillepost-wiz.html')}\n", encoding="utf-8")
    assert main(["figures", "--from-list", str(listing), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [a["outlet"] for a in document["articles"]] == ["Sherwood News",
                                                          "Bastille Post Global"]


def test_the_address_of_a_fetched_page_stays_absolute_in_the_json_and_the_cache(
    server: Server, private_cache: Path
) -> None:
    # Issue 18 item 12: urllib3 reports the request path ("/plain.html") as the address
    # after redirects, and a page may name its canonical address relative to itself.
    from test_cli import storydiff

    plain, relative = server.url("/plain.html"), server.url("/relative-canonical.html")
    run = storydiff("compare", plain, relative, "--format", "json")
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["left"]["url"] == plain
    # The extractor may drop a relative canonical link; either way the address is whole.
    assert document["right"]["url"] in (relative, server.url("/story/dam"))
    records = [json.loads(p.read_text()) for p in private_cache.glob("*.json")]
    assert sorted(r["final_url"] for r in records) == sorted([plain, relative])
