"""Find the article in a web page, and what the page says about it (headline, outlet, byline, date).

Extraction library: trafilatura, because it is the maintained, benchmarked main-text extractor
for news pages (it scores best of the open extractors in its own and in ScrapingHub's
comparisons) and reads the same metadata people look for: ``og:``/JSON-LD headline, site name,
author, canonical address, and the publication date through htmldate.

The body comes out of trafilatura as simple HTML (paragraphs, headings, lists, quotes, tables),
which markdownify turns into Markdown: the same intermediate form as a ``.md`` article, so one
path (:func:`storydiff.sources.html.markdown_to_text`, then the cleaner) reads both. Inline
formatting and links are stripped to their words, nothing is backslash-escaped (the text must
stay exactly as published), and each table cell becomes its own line, as in the plain HTML path.

markdownify recurses once per element and fails on pages nested about a thousand deep, so it is
only given trafilatura's output, which is shallow by construction, and only after
:data:`MAX_DEPTH` is checked; a page trafilatura cannot read returns ``None`` and the loader
falls back to the iterative walker of :mod:`storydiff.sources.html`, which handles any depth.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from markdownify import MarkdownConverter

from storydiff.sources.clean import STRONG_MIN_WORDS
from storydiff.sources.html import looks_like_html

# This module is imported only when a page is HTML (markdownify brings bs4, ~0.1 s), and
# trafilatura (~0.3 s more) only inside the functions that extract.

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # Libraries log through the root's last-resort handler when nobody configured logging;
    # a NullHandler keeps their diagnostics ("empty tree", "discarding data") off the terminal.
    logging.getLogger(_name).addHandler(logging.NullHandler())

MAX_DEPTH = 200
"""Deepest element nesting handed to markdownify. It needs a few Python frames per level and
raised RecursionError between 300 and 1,000 levels of plain <div>s (default recursion limit);
trafilatura's output is under 10 levels on every page tried, so 200 never bites real pages."""

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "col", "source", "area"})

INLINE_TAGS = ["a", "b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "small", "sub",
               "sup", "code", "kbd", "span", "abbr", "cite", "q", "img", "hi", "ref"]
"""Tags markdownify reduces to their text: emphasis and links carry no words of their own, and
Markdown markers around them would have to be stripped again before comparison."""


@dataclass(frozen=True)
class PageMeta:
    """What a page's markup says about its article; "" where it says nothing."""

    title: str = ""
    site_name: str = ""
    author: str = ""
    published: str = ""
    """ISO ``YYYY-MM-DD``, from markup only (meta tags, JSON-LD, <time>), never from prose."""
    url: str = ""
    """The canonical address (``<link rel=canonical>``, ``og:url``), else the fetch address."""


@dataclass(frozen=True)
class Extracted:
    """The article of a page: its body as Markdown, and the page's metadata."""

    markdown: str
    meta: PageMeta


def page_meta(markup: str, *, url: str = "") -> PageMeta:
    """The headline, outlet, author, date and canonical address the markup declares."""
    from trafilatura import extract_metadata

    try:
        found = extract_metadata(markup, default_url=url or None, extensive=False)
    except (ValueError, TypeError, RecursionError):
        return PageMeta(url=url)
    return PageMeta(
        title=_one_line(found.title),
        site_name=_one_line(found.sitename),
        author=_one_line(found.author),
        published=_valid_date(found.date),
        url=_one_line(found.url) or url,
    )


def extract_article(markup: str, *, url: str = "") -> Extracted | None:
    """The article body as Markdown plus metadata, or None when no body is found.

    None also when the page is not HTML, when what trafilatura returns has no line long
    enough to open an article (``STRONG_MIN_WORDS``, as the cleaner requires: a section page
    of headlines has none), or nests deeper than :data:`MAX_DEPTH`: the caller then reads
    the page with the structural walker instead.
    """
    if not looks_like_html(markup):
        return None
    from trafilatura import extract

    try:
        body = extract(markup, url=url or None, output_format="html", include_comments=False,
                       include_tables=True, include_images=False, include_links=False,
                       include_formatting=False, deduplicate=False)
    except (ValueError, TypeError, RecursionError):
        return None
    if not body or nesting_depth(body) > MAX_DEPTH:
        return None
    markdown = body_to_markdown(body)
    if not any(len(line.split()) >= STRONG_MIN_WORDS for line in markdown.splitlines()):
        return None  # trafilatura's last resort returns a page of links as "text"; no prose
    return Extracted(markdown, page_meta(markup, url=url))


def body_to_markdown(body_html: str) -> str:
    """Shallow article HTML to Markdown with text kept exactly (no escapes, no inline marks).

    >>> body_to_markdown("<h2>Deal</h2><p>Google <b>agreed</b> to buy <a href='x'>Wiz</a>.</p>")
    '## Deal\\n\\nGoogle agreed to buy Wiz.'
    """
    return _Converter(heading_style="atx", bullets="-", strip=INLINE_TAGS,
                      escape_asterisks=False, escape_underscores=False,
                      escape_misc=False).convert(body_html).strip()


def nesting_depth(markup: str) -> int:
    """The deepest element nesting of well-formed HTML, by scanning tags (no recursion).

    >>> nesting_depth("<div><p>a<br>b</p><p>c</p></div>")
    2
    """
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(markup):
        name = name.lower()
        if name in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


class _Converter(MarkdownConverter):
    """markdownify with table cells as separate blocks instead of a pipe table: a pipe table's
    cells would otherwise reach the cleaner as one line of "| a | b |" punctuation."""

    def convert_td(self, el, text, parent_tags):  # noqa: ANN001, ANN201 - markdownify's hook
        return f"\n\n{' '.join(text.split())}\n\n"

    convert_th = convert_td

    def convert_tr(self, el, text, parent_tags):  # noqa: ANN001, ANN201
        return f"\n\n{text}\n\n"

    def convert_table(self, el, text, parent_tags):  # noqa: ANN001, ANN201
        return f"\n\n{text}\n\n"


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _valid_date(value: object) -> str:
    """An ISO date that is real and not in the future (a mis-read date must not sort first)."""
    text = _one_line(value)[:10]
    if not _ISO_DATE.match(text):
        return ""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return ""
    return text if day <= date.today() else ""
