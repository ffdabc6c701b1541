"""Read article files and folders into :class:`Article` objects, or fail with one clear line.

Every problem a user can cause (a missing path, an empty, binary, oversized, unreadable or
undecodable file, a folder with no articles) becomes an :class:`InputError` naming the path,
which the CLI prints as ``storydiff: error: ...``. Text is decoded as UTF-8 (with or without a
BOM) first; anything else is detected with charset-normalizer. HTML is reduced to lines by
:mod:`storydiff.core.html`; all formats then go through the same cleaner.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from charset_normalizer import from_bytes

from storydiff.core.clean import CleanedText, clean_text
from storydiff.core.html import html_to_page, looks_like_html, markdown_to_text
from storydiff.core.model import Article
from storydiff.errors import InputError, UsageError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

MAX_BYTES = 5 * 1024 * 1024
"""Largest article file read (5 MiB). A long feature is under 100 KB of text and a saved web
page rarely passes 2 MB; the cap stops a log file or a dump from freezing the reader.
Raise it with the environment variable ``MAX_BYTES_ENV``."""

MAX_BYTES_ENV = "STORYDIFF_MAX_BYTES"

SNIFF_BYTES = 8192
"""How much of a file is inspected for binary content."""

MAX_CONTROL_RATIO = 0.05
"""Share of control bytes (other than tab, newline, carriage return, form feed, escape) above
which a file is binary: text has almost none, images and archives have many."""

_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b\x1b") + b"\x7f"

LATIN_CODEPAGES = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3",
    "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "mac_latin2", "mac_roman", "mac_iceland", "mac_turkish", "cp437", "cp775",
    "cp850", "cp852", "cp858", "cp865"})
"""Single-byte Latin code pages. charset-normalizer cannot tell them apart on a short English
page (it guessed cp1250 and cp852 for cp1252 test text, turning "à" into "ŕ"); when it lands
on one of them and the bytes are valid windows-1252, windows-1252 is used, as browsers do for
any Latin-1 label (WHATWG Encoding Standard)."""

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


def max_bytes() -> int:
    """The size cap in force: ``STORYDIFF_MAX_BYTES`` if set, else :data:`MAX_BYTES`."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return MAX_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        raise UsageError(f"{MAX_BYTES_ENV} must be a positive number of bytes, not {raw!r}")
    return int(raw)


def _mib(n: int) -> str:
    return f"{n / 1048576:.1f} MiB" if n >= 1048576 else f"{n} bytes"


def decode(data: bytes, path: str) -> str:
    """Bytes to text: a BOM, then UTF-8, then charset-normalizer; InputError if none fits."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{path}: not valid {codec.upper()} text despite its "
                                 "byte-order mark") from None
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or sum(head.count(b) for b in _CONTROL) > MAX_CONTROL_RATIO * len(head):
        raise InputError(f"{path}: looks like a binary file, not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding in LATIN_CODEPAGES:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    if best is None:
        raise InputError(f"{path}: cannot decode the text (not UTF-8, and no other encoding "
                         "fits); save it as UTF-8")
    return str(best)


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
            raise InputError(f"{path}: file is {_mib(size)}, over the {_mib(cap)} limit; "
                             f"set {MAX_BYTES_ENV} to a larger number of bytes to read it")
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


def article_from_text(text: str, *, name: str, html: bool | None = None) -> Article:
    """Clean raw page text (plain, Markdown or HTML) into an article called ``name``.

    ``html`` forces or forbids HTML reading; by default the text is sniffed.
    """
    site_name = ""
    if html or (html is None and looks_like_html(text)):
        page = html_to_page(text)
        cleaned = clean_text(page.text, title_hint=page.title, furniture=page.furniture)
        site_name = page.site_name
    else:
        if name.lower().endswith(".md"):
            text = markdown_to_text(text)
        cleaned = clean_text(text)
    return Article(path=name, title=cleaned.title, outlet=outlet_name(name, cleaned,
                                                                       site_name=site_name),
                   paragraphs=cleaned.paragraphs, dropped=cleaned.dropped)


def load_article(path: str | Path) -> Article:
    """Read one article file (.txt, .md, .html, .htm); InputError with one line if it cannot."""
    p = Path(path)
    text = decode(_read_bytes(p), str(path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    is_html = True if p.suffix.lower() in HTML_SUFFIXES else None
    article = article_from_text(text, name=str(path), html=is_html)
    if not article.paragraphs:
        raise InputError(f"{path}: no article text found (only page furniture such as "
                         "links, labels and captions)")
    return article


def load_paths(paths: list[str | Path]) -> list[Article]:
    """Read files and folders (a folder: every article file directly in it, by name)."""
    out: list[Article] = []
    for raw in paths:
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
