"""The HTML report: self-contained, side by side, and inert whatever the articles contain."""

from __future__ import annotations

from helpers import parse
from hostile import hostile_comparison
from storydiff.export.html import render


def test_hostile_text_creates_no_script_image_or_event_attribute() -> None:
    found = parse(render(hostile_comparison()))
    names = {tag for tag, _ in found.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "link", "form", "svg"}
    attributes = [name for _, attrs in found.tags for name in attrs]
    assert [a for a in attributes if a.startswith("on")] == []


def test_every_link_stays_inside_the_page() -> None:
    found = parse(render(hostile_comparison()))
    hrefs = [attrs["href"] or "" for _, attrs in found.tags if "href" in attrs]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert not any("src" in attrs for _, attrs in found.tags)


def test_hostile_text_is_shown_literally() -> None:
    text = "".join(parse(render(hostile_comparison())).text)
    for literal in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[link](javascript:alert(1))",
        "[bold]x[/]",
        "| pipe |",
        "*stars*",
        "\\x1b[31mred\\x1b[0m",
    ):
        assert literal in text
    assert "\x1b" not in text


def test_page_is_self_contained_with_light_and_dark_styles() -> None:
    page = render(hostile_comparison())
    assert page.startswith("<!doctype html>")
    assert "http://" not in page and "https://" not in page and "url(" not in page
    assert "prefers-color-scheme: dark" in page
    assert "default-src 'none'" in page  # the CSP forbids scripts even if escaping failed


def test_one_aligned_row_per_block_with_kind_marks() -> None:
    c = hostile_comparison()
    rows = [
        attrs
        for tag, attrs in parse(render(c)).tags
        if tag == "tr" and (attrs.get("id") or "").startswith("b")
    ]
    assert [r["class"] for r in rows] == [f"k-{b.kind}" for b in c.blocks]


def test_moved_block_says_where_its_counterpart_stands() -> None:
    page = render(hostile_comparison())
    # Right ¶1 is paired with left ¶2 but comes before right ¶2, which is shown in row 1
    # (paragraphs counted from 1, as a person reads them).
    assert 'the right article has this before ¶2 (<a href="#b1">row 1</a>)' in page
    assert "counterpart: right ¶1, out of order" in page


def test_figure_highlights_carry_verdict_class_and_reason_title() -> None:
    found = parse(render(hostile_comparison()))
    # Highlights in the articles carry a title; the legend's samples do not.
    spans = [
        attrs
        for tag, attrs in found.tags
        if tag == "span" and "title" in attrs and "fig" in (attrs.get("class") or "").split()
    ]
    conflict = [s for s in spans if "v-conflict" in (s["class"] or "")]
    assert conflict and all("different days" in (s["title"] or "") for s in conflict)
    agree = {s["title"] for s in spans if "v-consistent" in (s["class"] or "")}
    # The consistent pair is highlighted on both sides, each naming the other's figure.
    assert any("right says 'under $6 million'" in (t or "") for t in agree)
    assert any("left says '$5.6 million'" in (t or "") for t in agree)


def test_unique_shared_and_change_spans_are_all_present() -> None:
    classes = {
        c
        for tag, attrs in parse(render(hostile_comparison())).tags
        if tag == "span"
        for c in (attrs.get("class") or "").split()
    }
    assert {"fig", "uniq", "shared", "chg", "v-conflict", "v-left_only"} <= classes


def test_dropped_furniture_is_kept_in_a_details_per_side() -> None:
    found = parse(render(hostile_comparison()))
    assert sum(tag == "details" for tag, _ in found.tags) == 3  # two sides + all statistics
    assert "Subscribe [bold]x[/] now" in "".join(found.text)


def test_figures_table_has_a_row_per_pair() -> None:
    c = hostile_comparison()
    rows = [
        attrs
        for tag, attrs in parse(render(c)).tags
        if tag == "tr" and (attrs.get("class") or "").startswith("v-")
    ]
    assert [r["class"] for r in rows] == [f"v-{p.kind}" for p in c.figures]
