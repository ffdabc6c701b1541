"""Loading files and folders: formats, encodings, outlets, and one clear error per bad input."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from helpers import CORPORA, SEEDS
from storydiff.errors import InputError, UsageError
from storydiff.sources import limits
from storydiff.sources.load import (
    ARTICLE_SUFFIXES,
    article_from_text,
    bundled_seeds_dir,
    load_article,
    load_paths,
    load_stdin,
)

BODY = ("Google has struck a deal to buy cybersecurity firm Wiz for $32 billion in what would be "
        "the tech giant's biggest-ever acquisition, the company said on Tuesday.")


def _corpus(relative: str) -> Path:
    return CORPORA / relative


# Seeds have hash-like names, so the outlet must come from the page itself.
SEED_OUTLETS = [
    ("000_cee8ee7cdee07c4b.txt", "Digital Trends"),  # "... is a Computing Writer at Digital Trends"
    ("001_b5c66d6c4f0d76d1.txt", "Digit.in"),  # the site's own domain line under the bio
    ("002_26e693de45c71bdf.txt", "Tampa Free Press"),  # "Follow the Tampa Free Press on Facebook"
    ("003_3cfe5686925342d3.txt", "Cryptopolitan.com"),  # "Cryptopolitan.com holds no liability"
    ("004_9b2c9ae366b40624.txt", "PYMNTS.com"),  # "The post ... appeared first on PYMNTS.com."
]


@pytest.mark.parametrize(("name", "outlet"), SEED_OUTLETS)
def test_hash_named_seed_takes_its_outlet_from_the_page(name: str, outlet: str) -> None:
    assert load_article(SEEDS / name).outlet == outlet


@pytest.mark.shared
def test_outlet_comes_from_a_file_name_that_names_it() -> None:
    # "01_mspoweruser.com.txt": the number prefix is an ordering, the rest is the site.
    assert load_article(_corpus("deepseek-more/01_mspoweruser.com.txt")).outlet == "mspoweruser.com"
    assert load_article(_corpus("deepseek-more/02_nation.com.pk.txt")).outlet == "nation.com.pk"


@pytest.mark.shared
def test_every_corpus_file_loads_with_its_file_name_as_outlet() -> None:
    folders = sorted(p for p in _corpus("").iterdir() if p.is_dir())
    for folder in folders:
        for article in load_paths([folder]):
            expected = Path(article.path).stem.split("_", 1)[1]
            assert article.outlet == expected and article.paragraphs


def test_folder_loads_article_files_sorted_by_name_and_ignores_subfolders(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.html", "notes.csv"):
        (tmp_path / name).write_text(f"<html><body><p>{BODY}</p></body></html>"
                                     if name.endswith("html") else BODY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(BODY, encoding="utf-8")
    articles = load_paths([tmp_path])
    assert [Path(a.path).name for a in articles] == ["a.txt", "b.md", "c.html"]


def test_bundled_seeds_are_found_and_load() -> None:
    articles = load_paths([bundled_seeds_dir()])
    assert len(articles) == 5 and all(a.paragraphs for a in articles)


def test_paths_and_folders_mix_in_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    articles = load_paths([SEEDS / "004_9b2c9ae366b40624.txt", tmp_path])
    assert [Path(a.path).name for a in articles] == ["004_9b2c9ae366b40624.txt", "one.txt"]


# --- encodings ---------------------------------------------------------------------------------

def test_cp1252_file_is_decoded_with_curly_quotes_and_accents(tmp_path: Path) -> None:
    text = ("Microsoft’s “deal” with the café chain was worth €5 million — Nadella said, naïvely, "
            "on Tuesday in Redmond.")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    assert load_article(path).paragraphs == (text,)


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    text = "Le café coûte déjà très cher à Zürich, said the Swiss analyst in a note on Monday."
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    assert load_article(path).paragraphs == (text,)


def test_utf8_bom_and_utf16_files_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(BODY.encode("utf-8-sig"))
    (tmp_path / "wide.txt").write_bytes(BODY.encode("utf-16"))
    assert load_article(tmp_path / "bom.txt").paragraphs == (BODY,)
    assert load_article(tmp_path / "wide.txt").paragraphs == (BODY,)


# --- formats -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Google to buy Wiz | Example Wire</title>
<meta property="og:site_name" content="Example News">
<style>p { color: red; } .secret-style-rule { }</style>
<script>var teaser = "secret script text";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<article><h1>Google to buy Wiz for $32 billion</h1>
<figure><img src="a.jpg" alt=""><figcaption>Wiz offices in New York.</figcaption></figure>
<p>Google has struck a deal to buy cybersecurity firm <a href="/wiz">Wiz</a> for $32 billion
in what would be the tech giant's biggest-ever acquisition, the company said on Tuesday.</p>
<p>The proposed takeover is part of Google's aggressive expansion into cloud computing during an
artificial intelligence boom, <em>analysts</em> said.</p></article>
<aside>Most popular stories this week</aside>
<footer>© 2025 Example News. All rights reserved.</footer>
</body></html>"""


def test_html_scripts_and_styles_vanish_and_furniture_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    everything = " ".join((article.title, *article.paragraphs, *article.dropped))
    assert "secret" not in everything and "color: red" not in everything
    assert article.title == "Google to buy Wiz for $32 billion"  # the <h1>
    assert article.outlet == "Example News"  # og:site_name
    assert len(article.paragraphs) == 2
    # Inline markup flows into the paragraph; source line breaks are just spaces.
    assert "firm Wiz for $32 billion in what" in article.paragraphs[0]
    assert article.dropped == ("Home Tech", "Wiz offices in New York.",
                               "Most popular stories this week",
                               "© 2025 Example News. All rights reserved.")


def test_html_title_suffix_names_the_outlet_without_og_site_name() -> None:
    page = PAGE.replace('<meta property="og:site_name" content="Example News">', "")
    assert article_from_text(page, name="x.html").outlet == "Example Wire"


def test_html_is_recognised_in_a_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert load_article(path).title == "Google to buy Wiz for $32 billion"


def test_markdown_links_and_emphasis_are_reduced_to_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Google buys Wiz\n\nGoogle has **struck** a deal to buy "
                    "[Wiz](https://wiz.io) for $32 billion, the biggest-ever acquisition for the "
                    "tech giant, the company said.\n", encoding="utf-8")
    article = load_article(path)
    assert article.title == "Google buys Wiz"
    assert article.paragraphs[0].startswith("Google has struck a deal to buy Wiz for $32 billion")


def test_article_from_text_names_the_article() -> None:
    article = article_from_text(BODY, name="left")
    assert (article.path, article.outlet, article.paragraphs) == ("left", "left", (BODY,))


# --- bad input: one line, naming the path --------------------------------------------------------

def _error(path: Path | str) -> str:
    with pytest.raises(InputError) as caught:
        load_paths([path])
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_missing_path(tmp_path: Path) -> None:
    assert "nope.txt: no such file" in _error(tmp_path / "nope.txt")


def test_folder_without_articles_names_the_suffixes_read(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    message = _error(tmp_path)
    assert str(tmp_path) in message and all(s in message for s in ARTICLE_SUFFIXES)


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    assert "image.txt: looks like a binary file" in _error(tmp_path / "image.txt")


def test_binary_file_of_control_bytes_without_nul(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(bytes(range(1, 32)) * 100)
    assert "blob.txt: looks like a binary file" in _error(tmp_path / "blob.txt")


@pytest.mark.parametrize("content", ["", "   \n\n\t \n"])
def test_empty_or_whitespace_file(tmp_path: Path, content: str) -> None:
    (tmp_path / "empty.txt").write_text(content)
    assert "empty.txt: the file is empty" in _error(tmp_path / "empty.txt")


def test_undecodable_bytes(tmp_path: Path) -> None:
    # High bytes including 0x81/0x8D, which no Western code page defines, in no known pattern.
    (tmp_path / "odd.txt").write_bytes(bytes(range(128, 256)) * 4)
    assert "odd.txt: cannot decode the text" in _error(tmp_path / "odd.txt")


def test_file_over_the_size_cap_names_the_cap_and_how_to_raise_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "big.txt").write_text(BODY * 10, encoding="utf-8")
    monkeypatch.setenv("STORYDIFF_MAX_BYTES", "1000")
    message = _error(tmp_path / "big.txt")
    assert "big.txt" in message and "1000 bytes limit" in message
    assert "STORYDIFF_MAX_BYTES" in message
    monkeypatch.setenv("STORYDIFF_MAX_BYTES", str(10**6))
    assert load_article(tmp_path / "big.txt").paragraphs


def test_default_size_cap_is_five_mebibytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STORYDIFF_MAX_BYTES", raising=False)
    assert limits.max_bytes() == 5 * 1024 * 1024


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_standard_input_is_one_article_under_the_same_cap_as_files(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, BODY.encode())
    assert load_stdin().paragraphs == (BODY,)
    monkeypatch.setenv("STORYDIFF_MAX_BYTES", "100")
    _stdin(monkeypatch, BODY.encode())
    with pytest.raises(InputError) as refused:
        load_stdin()
    assert str(refused.value) == ("-: standard input is over the 100 bytes limit; set "
                                  "STORYDIFF_MAX_BYTES to a larger number of bytes to read it")


def test_a_nonsense_size_cap_is_a_usage_error(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.setenv("STORYDIFF_MAX_BYTES", "lots")
    with pytest.raises(UsageError, match="STORYDIFF_MAX_BYTES"):
        load_article(tmp_path / "a.txt")


def test_directory_where_a_file_is_needed(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_article(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(BODY, encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # Simulated: tests may run as root, for whom chmod 000 does not block reading.
    monkeypatch.setattr(Path, "read_bytes", deny)
    assert "locked.txt: permission denied" in _error(path)


def test_file_of_only_furniture_has_no_article_text(tmp_path: Path) -> None:
    (tmp_path / "menu.txt").write_text("Skip to content\n\nRead more\n\nAdvertisement\n\nShare\n")
    assert "menu.txt: no article text found" in _error(tmp_path / "menu.txt")
