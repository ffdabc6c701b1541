"""The Markdown report: article text stays text when a code-hosting site renders it."""

from __future__ import annotations

import pytest
from helpers import parse
from hostile import HOSTILE, hostile_comparison
from storydiff.export.markdown import escape, line_safe, render

markdown_it = pytest.importorskip("markdown_it")


def rendered(md: str) -> str:
    """Markdown to HTML the way a CommonMark site with GFM tables would render it."""
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)


def test_markdown_source_has_no_raw_tags_from_articles() -> None:
    md = render(hostile_comparison())
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert "\x1b" not in md


def test_rendered_markdown_has_no_script_image_or_javascript_link() -> None:
    found = parse(rendered(render(hostile_comparison())))
    assert not {tag for tag, _ in found.tags} & {"script", "img", "a"}
    text = "".join(found.text)
    # Each hostile string (control characters made visible) reads back literally.
    for literal in HOSTILE:
        assert literal.replace("\x1b", "\\x1b") in text, literal


@pytest.mark.parametrize(
    "literal",
    HOSTILE
    + ("# not a heading", "`tick`", "_under_", "$5 and $6", "a & b", "&amp;", "~~strike~~", "\\"),
)
def test_escape_renders_back_to_the_same_characters(literal: str) -> None:
    html = rendered(escape(literal))
    assert "".join(parse(html).text).strip() == literal.replace("\x1b", "\\x1b")


@pytest.mark.parametrize("start", ["- item", "+ item", "1. first", "2024) year", "=== x"])
def test_line_safe_keeps_a_line_from_becoming_a_list(start: str) -> None:
    html = rendered(line_safe(escape(start)))
    assert "<li>" not in html and "<h1>" not in html and "<ol" not in html


def test_figures_table_keeps_five_cells_even_with_pipes_in_the_text() -> None:
    c = hostile_comparison()
    # The header table comes first; the figures table follows with one row per pair.
    tables = rendered(render(c)).split("<table>")
    figures = tables[2]
    assert figures.count("<tr>") == len(c.figures) + 1
    assert all(row.count("<td>") == 5 for row in figures.split("<tr>")[2:])


def test_every_block_gets_a_heading_with_left_then_right_paragraphs() -> None:
    c = hostile_comparison()
    md = render(c)
    for number, block in enumerate(c.blocks, 1):
        section = md.split(f"### {number}. ")[1].split("\n### ")[0]
        labels = [line.split(":**")[0] for line in section.splitlines() if line.startswith("**")]
        assert labels == [f"**Left ¶{i + 1}" for i in block.left] + [
            f"**Right ¶{i + 1}" for i in block.right
        ]


def test_figures_are_bold_inside_italic_unique_claims() -> None:
    html = rendered(render(hostile_comparison()))
    # The conflicting "Monday" sits inside a claim only the left article makes.
    assert "<strong>Monday</strong>" in html
    assert "<em>The model [bold]x[/] was released on <strong>Monday</strong>" in html
