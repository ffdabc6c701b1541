"""Properties of the loader and the cleaner on random and hostile text (hypothesis).

Whatever a user feeds storydiff (any unicode category, control characters, endless lines,
no paragraph breaks, only numbers, only markup, right-to-left scripts, bytes in several
encodings at once), reading it either works or fails with an InputError, and cleaning
loses nothing: every line of the page ends up in the body, the title or the dropped lines.
CI runs 60 examples per property; ``STORYDIFF_EXAMPLES=600`` searches deeper on demand.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storydiff.errors import InputError
from storydiff.sources.clean import clean_text
from storydiff.sources.load import article_from_text, load_article

SETTINGS = settings(
    max_examples=int(os.environ.get("STORYDIFF_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PROSE = (
    "Google agreed on Tuesday to buy the security firm Wiz for $32 billion in cash, "
    "its largest deal ever, the company said in a statement."
)
TAGS = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<script>",
    "</script>",
    "<style>",
    "<br>",
    "<li>",
    "<nav>",
    "</nav>",
    "<h1>",
    "</h1>",
    "<!--",
    "-->",
    "<html>",
    "<body>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#x202e;",
    "<a href='x'>",
    "</a>",
    "<table><tr><td>",
    "<?xml?>",
    "<!doctype html>",
]

any_unicode = st.text(st.characters(exclude_categories=["Cs"]), max_size=400)
controls = st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs"]), max_size=80)
rtl = st.text(st.characters(min_codepoint=0x0590, max_codepoint=0x08FF), min_size=1, max_size=60)
numbers_only = st.lists(st.integers(-(10**12), 10**12).map(str), max_size=60).map(" ".join)
markup_only = st.lists(st.sampled_from(TAGS), max_size=80).map("".join)
long_line = st.builds(
    lambda word, n: " ".join([word] * n),
    st.sampled_from(["data", "שלום", "$5.6", "U.S.", "\u200b", "a.b.c"]),
    st.integers(1000, 20000),
)
prose_lines = st.lists(
    st.sampled_from(
        [
            PROSE,
            PROSE.upper(),
            "Read more",
            "- " + PROSE,
            "Advertisement",
            "Share",
            "By Jane Doe",
            "HIGHLIGHTS",
            "date 2025-01-28 " + PROSE,
            "",
            " ",
            "\t",
        ]
    ),
    max_size=20,
).map("\n".join)
pieces = st.one_of(any_unicode, controls, rtl, numbers_only, markup_only, prose_lines)
hostile_text = st.one_of(
    st.lists(pieces, max_size=6).map("\n".join),
    st.lists(pieces, max_size=6).map(" ".join),  # no line or paragraph breaks at all
    long_line,
)

ENCODINGS = [
    "utf-8",
    "utf-16",
    "utf-16-le",
    "cp1252",
    "latin-1",
    "shift_jis",
    "koi8-r",
    "gb18030",
    "utf-32",
    "cp1255",
    "mac_roman",
]
mixed_bytes = st.lists(
    st.tuples(st.one_of(any_unicode, rtl, st.just(PROSE)), st.sampled_from(ENCODINGS)),
    max_size=5,
).map(lambda parts: b"".join(t.encode(enc, errors="replace") for t, enc in parts))
raw_bytes = st.one_of(mixed_bytes, st.binary(max_size=3000))


def _visible(line: str) -> str:
    return " ".join(line.split())


def _covered(line: str, found: str) -> bool:
    """Whether one input line's content is in the cleaner's output (bullet marker and a
    leading date stamp may have been split off, hard-wrapped lines rejoined)."""
    shown = _visible(line)
    if shown in found:
        return True
    return all(part in found for part in shown.split(" ") if part not in "-*•·▪►‣◦–—")


@SETTINGS
@given(hostile_text)
def test_cleaning_loses_no_line_and_returns_clean_paragraphs(raw: str) -> None:
    cleaned = clean_text(raw)
    for paragraph in cleaned.paragraphs:
        assert paragraph and paragraph == paragraph.strip()
    found = "\n".join([cleaned.title, *cleaned.paragraphs, *cleaned.dropped])
    for line in raw.splitlines():
        if line.strip():
            assert _covered(line, found), line


@SETTINGS
@given(hostile_text, st.booleans())
def test_reading_text_as_plain_or_html_never_raises(raw: str, as_html: bool) -> None:
    article = article_from_text(raw, name="page.html" if as_html else "page.md", html=as_html)
    assert all(p and p == p.strip() for p in article.paragraphs)
    assert isinstance(article.outlet, str)


@SETTINGS
@given(raw_bytes, st.sampled_from([".txt", ".md", ".html", ".htm"]))
def test_loading_any_bytes_gives_an_article_or_an_input_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"page{suffix}"
        path.write_bytes(data)
        try:
            article = load_article(path)
        except InputError as error:
            message = str(error)
            assert message.startswith(str(path)) and "\n" not in message
            return
    assert article.paragraphs  # a loaded article always has a body
    assert all(p and p == p.strip() for p in article.paragraphs)


ACCENTED = (
    PROSE,
    "The café owner in Zürich said the déjà vu of another mega-deal was “remarkable”.",
    "Regulators in São Paulo and Köln will review the €30 billion purchase next year.",
    "Analysts at Société Générale called it a naïve bet — but a bold one.",
)


@SETTINGS
@given(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), st.integers(1, 4))
def test_real_prose_survives_every_common_encoding(encoding: str, count: int) -> None:
    text = "Wiz deal\n\n" + "\n\n".join(ACCENTED[:count])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_bytes(text.encode(encoding))
        article = load_article(path)
    # The encoding is detected, so accented words and curly quotes come back as written.
    assert article.paragraphs == ACCENTED[:count]
