"""Article extraction from saved web pages: body, headline, outlet, author, date, address."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import CORPORA, PAGES, ROOT
from storydiff.sources.extract import (
    MAX_DEPTH,
    body_to_markdown,
    extract_article,
    nesting_depth,
    page_meta,
)
from storydiff.sources.html import markdown_to_text
from storydiff.sources.load import article_from_text, load_article

SOURCES = {
    "digitaltrends-deepseek.html": ROOT / "seeds" / "000_cee8ee7cdee07c4b.txt",
    "bastillepost-wiz.html": CORPORA / "google-wiz" / "01_bastillepost.com.txt",
    "sherwood-wiz.html": CORPORA / "google-wiz" / "06_sherwood.news.txt",
}
"""Each saved page and the text file its body was taken from."""

META = {
    "digitaltrends-deepseek.html": ("Digital Trends", "Fionna Agomuoh", "2025-01-29"),
    "bastillepost-wiz.html": ("Bastille Post Global", "", "2025-03-19"),
    "sherwood-wiz.html": ("Sherwood News", "Rani Molla", "2025-03-18"),
}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.shared if CORPORA in path.parents else ())
    for name, path in sorted(SOURCES.items())
])
def test_a_saved_page_reads_as_the_same_body_as_its_text(name: str) -> None:
    from_page, from_text = load_article(PAGES / name), load_article(SOURCES[name])
    # The page wraps exactly the text file's body in navigation, teasers, captions and a
    # footer: extraction must give back those paragraphs, no more and no fewer.
    assert from_page.paragraphs == from_text.paragraphs
    assert from_page.title == from_text.title


@pytest.mark.parametrize("name", sorted(META))
def test_a_saved_page_gives_outlet_author_and_date(name: str) -> None:
    article = load_article(PAGES / name)
    # The fixture's og:site_name, author meta / JSON-LD and article:published_time.
    assert (article.outlet, article.author, article.published) == META[name]
    assert article.url.startswith("https://")  # the canonical link, not the file path


def test_page_furniture_left_out_by_extraction_is_recorded_as_dropped() -> None:
    article = load_article(PAGES / "sherwood-wiz.html")
    # Navigation, related-story teasers and the footer are in the page but not the body.
    for line in ("- Newsletters", "Related stories", "- The biggest tech acquisitions of all time",
                 "© 2025 Sherwood News. All rights reserved."):
        assert line in article.dropped
    assert not any("window.dataLayer" in d for d in article.dropped)  # scripts are not text


def test_a_page_without_an_article_falls_back_to_the_structural_reader() -> None:
    markup = (PAGES / "section-front.html").read_text(encoding="utf-8")
    assert extract_article(markup) is None  # a list of links has no article body
    article = article_from_text(markup, name="section-front.html")
    # The walker still reads it: the <h1> is the headline and og:site_name the outlet.
    assert (article.title, article.outlet) == ("Technology", "Example Daily")


def test_a_pathologically_deep_page_is_read_without_recursion() -> None:
    sentence = "The council approved the budget of $4.2 million on Tuesday after a long debate."
    markup = ("<html><head><title>Budget</title></head><body>" + "<div>" * 3000
              + f"<p>{sentence}</p>" + "</div>" * 3000 + "</body></html>")
    article = article_from_text(markup, name="deep.html")
    assert article.paragraphs == (sentence,)


def test_markdownify_is_only_given_shallow_html() -> None:
    assert nesting_depth("<div>" * (MAX_DEPTH + 1) + "</div>" * (MAX_DEPTH + 1)) > MAX_DEPTH
    assert nesting_depth("<p>a<br>b<img src=x></p><p>c</p>") == 1


def test_body_markdown_keeps_text_exactly_and_drops_inline_marks() -> None:
    html = ("<h2>Costs</h2><p>It cost <b>$5.6 million</b>, 5*3 = 15 for <a href='/x'>snake_case"
            "</a> [sic].</p><blockquote><p>“It was cheap,” she said.</p></blockquote>"
            "<ul><li>First item</li><li>Second item</li></ul>")
    text = markdown_to_text(body_to_markdown(html))
    # No backslash escapes, no ** around the bold figure, the quote marker removed.
    assert text.split("\n\n") == ["Costs", "It cost $5.6 million, 5*3 = 15 for snake_case [sic].",
                                  "“It was cheap,” she said.", "- First item\n- Second item"]


def test_table_cells_become_lines_not_a_pipe_table() -> None:
    html = "<table><tr><th>Year</th><th>Revenue</th></tr><tr><td>2024</td><td>$43.2bn</td></tr>"
    lines = [ln for ln in body_to_markdown(html + "</table>").splitlines() if ln.strip()]
    assert lines == ["Year", "Revenue", "2024", "$43.2bn"]


def test_markup_in_article_text_stays_text_and_real_scripts_vanish() -> None:
    body = ("Researchers showed that typing &lt;script&gt;alert(1)&lt;/script&gt; into the "
            "form ran code in the browser of every visitor who opened the page that week.")
    markup = (f"<!doctype html><html><head><title>Flaw</title><script>var t = 1;</script></head>"
              f"<body><article><h1>Flaw found</h1><p>{body}</p><p>{body}</p></article>"
              "</body></html>")
    article = article_from_text(markup, name="flaw.html")
    assert "typing <script>alert(1)</script> into the form" in article.paragraphs[0]
    assert not any("var t" in p for p in article.paragraphs + article.dropped)


def test_a_date_in_the_future_is_not_a_publication_date() -> None:
    later = (date.today() + timedelta(days=40)).isoformat()
    markup = ("<html><head><meta property='article:published_time' content='" + later
              + "'><title>T</title></head><body><p>x</p></body></html>")
    # A mis-set date would sort the article before every real one.
    assert page_meta(markup).published == ""


def test_plain_text_articles_have_no_metadata() -> None:
    article = load_article(ROOT / "seeds" / "001_b5c66d6c4f0d76d1.txt")
    assert (article.author, article.published, article.url) == ("", "", "")


def test_the_overview_lists_articles_in_publication_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from storydiff.cli import main

    names = ["bastillepost-wiz.html", "sherwood-wiz.html", "digitaltrends-deepseek.html"]
    assert main(["overview", *(str(PAGES / n) for n in names), "--format", "json"]) == 0
    outlets = [a["outlet"] for a in json.loads(capsys.readouterr().out)["articles"]]
    # Declared dates 2025-03-19, 2025-03-18 and 2025-01-29: earliest first.
    assert outlets == ["Digital Trends", "Sherwood News", "Bastille Post Global"]


async def test_the_reader_shows_outlet_and_date_in_pane_titles_and_article_list() -> None:
    from storydiff.ui.app import StorydiffApp
    from storydiff.ui.screens.articles import ArticlesScreen
    from storydiff.ui.widgets.article_list import ArticleList

    articles = [load_article(PAGES / n) for n in ("bastillepost-wiz.html", "sherwood-wiz.html")]
    app = StorydiffApp(articles, home="pair")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        header = str(app.screen.query_one("#right-header").render())
        assert header.startswith("▶ Sherwood News · 2025-03-18 · ")
        await pilot.press("a")
        assert isinstance(app.screen, ArticlesScreen)
        table = app.screen.query_one(ArticleList)
        assert [str(c) for c in table.get_column("published")] == ["2025-03-19", "2025-03-18"]
