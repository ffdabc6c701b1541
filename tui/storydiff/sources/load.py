"""Read article files and folders into :class:`Article` objects, or fail with one clear line.

Every problem a user can cause (a missing path, an empty, binary, oversized, unreadable or
undecodable file, a folder with no articles) becomes an :class:`InputError` naming the path,
which the CLI prints as ``storydiff: error: ...``. Text is decoded as UTF-8 (with or without a
BOM) first; anything else is detected with charset-normalizer. HTML goes through the article
extractor (:mod:`storydiff.sources.extract`: body and metadata), or, when it finds no body, is
reduced to lines by :mod:`storydiff.sources.html`; all formats then go through the same cleaner.

Sources are file paths, folders, ``http(s)://`` addresses (downloaded and cached by
:mod:`storydiff.sources.fetch`) and ``-`` for one article on standard input.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from storydiff.core.encoding import Decoded, decode_text, display_name
from storydiff.core.model import Article
from storydiff.errors import InputError, UsageError
from storydiff.present.wording import plural
from storydiff.sources.clean import CleanedText, clean_text
from storydiff.sources.fetch import absolute, fetch_page, is_url
from storydiff.sources.html import HtmlPage, html_to_page, looks_like_html, markdown_to_text
from storydiff.sources.limits import max_bytes, over_cap, size_text

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

STDIN = "-"
"""The source name that reads one article from standard input."""

FURNITURE_CHECKS = 5000
"""Page lines compared with the extracted body to record what extraction left out (in
``dropped``). A news page has a few hundred lines; the bound keeps a 5 MiB page of tiny
lines from costing seconds, and lines past it are recorded as dropped without a check."""

Progress = Callable[[str], None]
"""Receives one short line per source while sources load ("fetching https://... (1/3)")."""

SNIFF_BYTES = 8192
"""How much of a file is inspected for binary content."""

MAX_CONTROL_RATIO = 0.05
"""Share of control bytes (other than tab, newline, carriage return, form feed, escape) above
which a file is binary: text has almost none, images and archives have many."""

_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b\x1b") + b"\x7f"

_NUMBER_PREFIX = re.compile(r"^\d+[_\-. ]+")
_HASH_LIKE = re.compile(r"^(?=.*\d)[0-9a-f]{8,}$|^[0-9a-f]{8}-[0-9a-f]{4}-|^\d*$", re.I)
"""File stems that are ids, not names: hex digests, UUIDs, bare numbers."""

_NAME = r"[A-Z][\w&'’-]*(?:\.[a-z]{2,6})?(?: [A-Z][\w&'’-]*(?:\.[a-z]{2,6})?){0,4}"
_PAGE_CUES = (
    re.compile(r"\bappeared first on (?:the )?(.+?)\.?$"),
    re.compile(r"(?:©|\bcopyright\b)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s*"
               rf"(?:the )?({_NAME})", re.I),
)
"""Reliable self-references of a page, searched in its dropped lines only."""

_DOMAIN = re.compile(r"\b(?:www\.)?([A-Za-z][A-Za-z0-9-]*\.(?:com|net|org|in|news|co\.uk|io|"
                     r"online|info|tv|pk|ng|ca|au))\b")
_SOCIAL = frozenset({"twitter.com", "x.com", "facebook.com", "youtube.com", "instagram.com",
                     "google.com", "linkedin.com", "tiktok.com", "t.co", "bit.ly"})
_TEXT_CUES = (
    re.compile(r"\b(?i:writer|reporter|editor|journalist|correspondent|contributor|columnist) "
               rf"(?:at|for|with) (?:the )?({_NAME})"),
    re.compile(rf"\b[Ff]ollow (?:the )?({_NAME}) on\b"),
)
"""Weaker self-references, used only when the file name is not a name (a hash)."""


def bundled_seeds_dir() -> Path:
    """The seed articles shipped inside the wheel (or the checkout's ``seeds/``)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "seeds", here.parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return here / "seeds"


def decode(data: bytes, path: str) -> str:
    """Bytes to text (see :func:`decode_reporting`); InputError if no encoding fits."""
    return decode_reporting(data, path).text


def decode_reporting(data: bytes, path: str) -> Decoded:
    """Bytes to text and how they were read: a BOM, then UTF-8 (damaged UTF-8 keeps its bad
    bytes as U+FFFD, counted), then a legacy encoding that the whole file reads in
    (:mod:`storydiff.core.encoding`); InputError if none fits."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                raise InputError(f"{path}: not valid {codec.upper()} text despite its "
                                 "byte-order mark") from None
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or sum(head.count(b) for b in _CONTROL) > MAX_CONTROL_RATIO * len(head):
        raise InputError(f"{path}: looks like a binary file, not article text")
    found = decode_text(data)
    if found is None:
        raise InputError(f"{path}: cannot decode the text (not UTF-8, and no other encoding "
                         "fits); save it as UTF-8")
    return found


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or InputError for every way reading it can fail."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{path} is a directory; an article file is needed here")
    try:
        size = path.stat().st_size
        cap = max_bytes()
        if size > cap:
            raise InputError(over_cap(f"{path}: file is {size_text(size)},", cap))
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied (cannot read the file)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror or error})") from None


def outlet_name(name: str, cleaned: CleanedText, *, site_name: str = "") -> str:
    """The publisher: the page's own name for itself, else the file name, else text cues.

    >>> outlet_name("corpus/01_mspoweruser.com.txt", CleanedText("", (), ()))
    'mspoweruser.com'
    """
    if site_name:
        return site_name
    dropped = cleaned.dropped
    for cue in _PAGE_CUES:
        for line in dropped:
            if m := cue.search(line):
                return m.group(1).strip()
    if is_url(name):
        host = (urlsplit(name).hostname or "").removeprefix("www.")
        if host:
            return host
    stem = _NUMBER_PREFIX.sub("", Path(name).stem)
    if stem and not _HASH_LIKE.match(stem):
        return stem
    for cue in _TEXT_CUES:
        for line in dropped:
            if m := cue.search(line):
                return m.group(1).strip()
    domains = [d for line in dropped for d in _DOMAIN.findall(line) if d.lower() not in _SOCIAL]
    standalone = [d for d in domains if any(line.strip().lower() in (d.lower(), f"www.{d}")
                                            for line in dropped)]
    if standalone or domains:
        return (standalone or domains)[0]
    return stem or Path(name).stem


def article_from_text(text: str, *, name: str, html: bool | None = None,
                      url: str = "") -> Article:
    """Clean raw page text (plain, Markdown or HTML) into an article called ``name``.

    ``html`` forces or forbids HTML reading; by default the text is sniffed. ``url`` is the
    address the page came from, which helps the extractor resolve its canonical address.
    """
    if html or (html is None and looks_like_html(text)):
        return _article_from_html(text, name=name, url=url)
    if name.lower().endswith(".md"):
        text = markdown_to_text(text)
    cleaned = clean_text(text)
    return Article(path=name, title=cleaned.title, outlet=outlet_name(name, cleaned),
                   paragraphs=cleaned.paragraphs, dropped=cleaned.dropped, url=url)


def _article_from_html(text: str, *, name: str, url: str) -> Article:
    """The extractor's body and metadata; the structural walker when it finds no body.

    The walker's reading of the page is made either way: it is the fallback, it gives the
    headline and outlet hints, and the page lines the extractor left out are recorded in
    ``dropped`` so that, as with text files, nothing is lost silently."""
    from storydiff.sources.extract import extract_article, page_meta

    page = html_to_page(text)
    found = extract_article(text, url=url)
    if found is not None:
        meta = found.meta
        cleaned = clean_text(markdown_to_text(found.markdown), title_hint=meta.title or page.title)
        if cleaned.paragraphs:
            cleaned = _record_left_out(cleaned, page)
    if found is None or not cleaned.paragraphs:
        meta = page_meta(text, url=url)
        cleaned = clean_text(page.text, title_hint=page.title, furniture=page.furniture)
    site_name = meta.site_name or page.site_name
    return Article(path=name, title=cleaned.title,
                   outlet=outlet_name(name, cleaned, site_name=site_name),
                   paragraphs=cleaned.paragraphs, dropped=cleaned.dropped,
                   author=meta.author, published=meta.published,
                   url=absolute(url, meta.url) if url else meta.url)


def _record_left_out(cleaned: CleanedText, page: HtmlPage) -> CleanedText:
    """Add to ``dropped`` the page's lines that are in neither the body nor the title."""
    kept = {cleaned.title, *cleaned.paragraphs}
    body = "\n".join(cleaned.paragraphs)
    left_out: list[str] = []
    for n, line in enumerate(page.text.split("\n\n")):
        if line in kept:
            continue
        if n < FURNITURE_CHECKS and len(line) >= 20 and line in body:
            continue  # a piece of a paragraph the page split with <br>
        left_out.append(line)
    seen = set(left_out)
    dropped = tuple(left_out) + tuple(d for d in cleaned.dropped if d not in seen)
    return CleanedText(cleaned.title, cleaned.paragraphs, dropped)


def decoding_notice(decoded: Decoded, source: str) -> str:
    """One sentence for every output about how the bytes were read, or "" for plain UTF-8.

    Worded here, not in the core: the core records what was decoded, the loader tells the
    person in the project's wording (:mod:`storydiff.present.wording`)."""
    if decoded.replaced:
        return (f"{source}: read as UTF-8; {plural(decoded.replaced, 'byte')} that "
                f"{'is' if decoded.replaced == 1 else 'are'} not valid UTF-8 "
                "shown as \ufffd.")
    if decoded.encoding.replace("_", "-") not in ("utf-8", "utf-8-sig", "ascii"):
        return f"{source}: not UTF-8; read as {display_name(decoded.encoding)}."
    return ""


def _checked(article: Article, source: str, decoded: Decoded | None = None) -> Article:
    """The article, with the notice of how its bytes were read; InputError if it has no body."""
    if not article.paragraphs:
        raise InputError(f"{source}: no article text found (only page furniture such as "
                         "links, labels and captions)")
    notice = decoding_notice(decoded, source) if decoded is not None else ""
    return replace(article, notices=(*article.notices, notice)) if notice else article


def load_article(path: str | Path) -> Article:
    """Read one article file (.txt, .md, .html, .htm); InputError with one line if it cannot."""
    p = Path(path)
    decoded = decode_reporting(_read_bytes(p), str(path))
    if not decoded.text.strip():
        raise InputError(f"{path}: the file is empty")
    is_html = True if p.suffix.lower() in HTML_SUFFIXES else None
    article = article_from_text(decoded.text, name=str(path), html=is_html)
    return _checked(article, str(path), decoded)


def load_url(url: str, *, refresh: bool = False, progress: Progress | None = None) -> Article:
    """Download (or read from the cache) the page at ``url`` and extract its article."""
    if progress is not None:
        progress(f"fetching {url}")
    page = fetch_page(url, max_bytes=max_bytes(), refresh=refresh)
    if progress is not None and page.from_cache:
        progress(f"{url}: from the cache (downloaded {page.fetched_at or 'earlier'}; "
                 "--refresh downloads it again)")
    decoded = _decode_declared(page.content, page.charset, url)
    if not decoded.text.strip():
        raise InputError(f"{url}: the page is empty")
    article = article_from_text(decoded.text, name=url, html=True if page.is_html else None,
                                url=page.final_url)
    return _checked(article, url, decoded)


def _decode_declared(data: bytes, charset: str | None, source: str) -> Decoded:
    """Bytes in the charset the server declared, else detected as for files."""
    if charset:
        try:
            return Decoded(data.decode(charset), codecs.lookup(charset).name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect instead, as browsers recover
    return decode_reporting(data, source)


def load_stdin() -> Article:
    """One article (text, Markdown or HTML, sniffed) from standard input."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("-: standard input is not available")
    cap = max_bytes()
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise InputError(over_cap("-: standard input is", cap))
    decoded = decode_reporting(data, "standard input")
    if not decoded.text.strip():
        raise InputError("-: standard input is empty (pipe an article into storydiff)")
    return _checked(article_from_text(decoded.text, name="stdin"), "standard input", decoded)


def load_source(source: str | Path, *, refresh: bool = False,
                progress: Progress | None = None) -> Article:
    """One article from a file path, an ``http(s)://`` address, or ``-`` (standard input)."""
    if isinstance(source, str) and is_url(source):
        return load_url(source, refresh=refresh, progress=progress)
    if str(source) == STDIN:
        return load_stdin()
    return load_article(source)


def load_paths(paths: Sequence[str | Path], *, refresh: bool = False,
               progress: Progress | None = None) -> list[Article]:
    """Read files, folders (every article file directly in it, by name), addresses and ``-``."""
    if sum(str(raw) == STDIN for raw in paths) > 1:
        raise UsageError("'-' (standard input) can be given only once")
    out: list[Article] = []
    for n, raw in enumerate(paths, 1):
        if (isinstance(raw, str) and is_url(raw)) or str(raw) == STDIN:
            counted = None if progress is None else (
                lambda line, n=n: progress(f"{line} ({n}/{len(paths)})"))
            out.append(load_source(raw, refresh=refresh, progress=counted))
            continue
        p = Path(raw)
        if p.is_dir():
            try:
                files = sorted(f for f in p.iterdir()
                               if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            except OSError as error:
                raise InputError(f"{raw}: cannot list the folder "
                                 f"({error.strerror or error})") from None
            if not files:
                raise InputError(f"{raw}: no article files in this folder (storydiff reads "
                                 f"{', '.join(ARTICLE_SUFFIXES)})")
            out += [load_article(f) for f in files]
        else:
            out.append(load_article(p))
    return out


def read_list(path: str | Path) -> list[str]:
    """The sources named in a list file: one path or address a line; blank lines and lines
    starting with ``#`` are skipped. Relative paths are read from the list's folder."""
    p = Path(path)
    text = decode(_read_bytes(p), str(path))
    out: list[str] = []
    for line in text.splitlines():
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        if is_url(item) or item == STDIN or Path(item).expanduser().is_absolute():
            out.append(str(Path(item).expanduser()) if not is_url(item) and item != STDIN
                       else item)
        else:
            out.append(str(p.parent / item))
    if not out:
        raise InputError(f"{path}: the list names no article (one path or address a line)")
    return out
