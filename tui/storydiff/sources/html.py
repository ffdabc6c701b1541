"""Turn an HTML page (or a Markdown file) into the plain lines the cleaner reads.

HTML gives structure that plain text has lost, so it is used where it is reliable: scripts and
styles are discarded outright; navigation, headers, footers, asides, forms and figure captions
are page furniture by their tag, so their text is passed on *marked* as furniture (it still
lands in ``dropped``, in page order, so nothing is lost silently); every block element becomes
its own line; ``<title>``, ``og:title``, ``og:site_name`` and the first ``<h1>`` are hints for
the headline and the outlet. Everything else goes through the same text cleaner as a .txt file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

# bs4 (with soupsieve) costs about 0.1 s to import, so it is imported only when a page is
# HTML: plain-text and Markdown articles, and the CLI's start-up, never pay for it.

DISCARDED_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
                  "embed", "head")
"""Elements whose content is code or media, never prose: removed without a trace."""

FURNITURE_TAGS = ("nav", "header", "footer", "aside", "form", "figcaption", "button", "select",
                  "menu", "dialog")
"""Elements that hold page furniture by definition (HTML5 sectioning semantics)."""

BLOCK_TAGS = ("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
              "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
              "figure", "address", "hr", "br", "title") + FURNITURE_TAGS
"""Elements that start a new line of text; inline elements (a, em, span...) flow into it."""

_BREAK = "\ue000"
"""A private-use character marking a block boundary while the tree is flattened to text."""

TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
"""How pages join headline and site name in <title>: "Headline | Outlet", "Headline - Outlet"."""

MAX_SITE_NAME_WORDS = 5
"""A <title> suffix longer than this is part of the headline, not a site name."""


@dataclass(frozen=True)
class HtmlPage:
    """The readable text of a page, with what its markup says about itself."""

    text: str
    """One line per block element, blank-line separated, in page order."""
    furniture: frozenset[str]
    """Lines that came from furniture elements (nav, footer, aside...)."""
    title: str = ""
    """The headline the markup gives (h1, else og:title, else <title> minus the site name)."""
    site_name: str = ""
    """The outlet the page names (og:site_name, application-name, or a <title> suffix)."""


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML document rather than an article that mentions tags."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and ("<body" in head or "<head" in head))


def _meta(soup: BeautifulSoup, *names: str) -> str:
    from bs4 import Tag

    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and str(tag.get("content") or "").strip():
            return " ".join(str(tag["content"]).split())
    return ""


def _split_title(title: str, site_name: str) -> tuple[str, str]:
    """Split "Headline | Outlet" into (headline, outlet) when the suffix is short."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title, ""
    head, tail = " - ".join(parts[:-1]), parts[-1]
    if site_name and tail.lower() == site_name.lower():
        return head, tail
    if len(tail.split()) <= MAX_SITE_NAME_WORDS < len(head.split()) + MAX_SITE_NAME_WORDS:
        return head, tail
    return title, ""


@dataclass
class _Flat:
    """The page flattened in one pass: text chunks with block breaks, and the furniture."""

    chunks: list[str]
    furniture: list[list[str]]
    """The chunks of each outermost furniture element, in page order."""
    h1: str | None = None


def _flatten(soup: BeautifulSoup) -> _Flat:
    """Walk the tree once, without recursion or tree edits, emitting a break around every
    block element and a bullet before list items; discarded elements are skipped whole.

    Editing the tree instead (inserting markers next to each block) costs bs4 a walk to the
    element's last descendant per insert, which is quadratic on deeply nested pages (12 s for
    5,000 unclosed nested elements); a recursive walk would hit Python's recursion limit."""
    from bs4 import CData, NavigableString, Tag

    # The string nodes that are page text: comments, doctypes and processing instructions
    # are subclasses of NavigableString, so the type is checked exactly, as get_text does.
    text_types = (NavigableString, CData)
    flat = _Flat([], [])
    depth = 0  # how many furniture elements enclose the current node
    h1_start = -1
    stack: list[tuple[object, bool]] = [(soup, False)]

    def emit(text: str) -> None:
        flat.chunks.append(text)
        if depth:
            flat.furniture[-1].append(text)

    while stack:
        node, leaving = stack.pop()
        if not isinstance(node, Tag):
            if type(node) in text_types:
                emit(str(node))
            continue
        name = node.name
        if leaving:
            if name in BLOCK_TAGS:
                emit(_BREAK)
            if name in FURNITURE_TAGS:
                depth -= 1
            if name == "h1" and flat.h1 is None and h1_start >= 0:
                flat.h1 = " ".join("".join(flat.chunks[h1_start:]).replace(_BREAK, " ").split())
            continue
        if name in DISCARDED_TAGS:
            continue
        if name in BLOCK_TAGS:
            emit(_BREAK)
        if name in FURNITURE_TAGS:
            if not depth:
                flat.furniture.append([])
            depth += 1
        if name == "h1" and h1_start < 0:
            h1_start = len(flat.chunks)
        if name == "li":
            emit("- ")
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    return flat


def _lines(chunks: list[str]) -> list[str]:
    """Join flattened chunks into text lines, whitespace collapsed."""
    return [" ".join(chunk.split()) for chunk in "".join(chunks).split(_BREAK) if chunk.strip()]


def html_to_page(markup: str) -> HtmlPage:
    """Read an HTML document into lines for the cleaner, plus its title and site-name hints."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    raw_title = " ".join(soup.title.get_text().split()) if soup.title else ""
    site_name = _meta(soup, "og:site_name", "application-name")
    og_title = _meta(soup, "og:title", "twitter:title")
    flat = _flatten(soup)
    furniture = {line for part in flat.furniture for line in _lines(part)}
    lines = _lines(flat.chunks)
    headline, suffix = _split_title(raw_title, site_name)
    title = flat.h1 or og_title or headline
    return HtmlPage("\n\n".join(lines), frozenset(furniture - {title}), title,
                    site_name or suffix)


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ ]{0,3}(?:>[ ]?)+", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Reduce Markdown markup to its text: links keep their words, images their alt text.

    >>> markdown_to_text("# Deal\\n\\nGoogle **agreed** to buy [Wiz](https://wiz.io).")
    'Deal\\n\\nGoogle agreed to buy Wiz.'
    >>> markdown_to_text("> “We are thrilled,” he said.")
    '“We are thrilled,” he said.'
    """
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_QUOTE.sub("", text)  # a quoted paragraph is still a paragraph of the article
    return _MD_HEADING.sub(r"\1", text)
