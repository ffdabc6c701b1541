"""One deliberately hostile, hand-built comparison, for every exporter's tests.

The comparison is fixed dataclasses (not the output of the analysis), so what the exporters
make of it changes only when an exporter changes; its text is full of markup, tags, links,
table cells and terminal colours that must all come out inert.
"""

from __future__ import annotations

from storydiff.core.model import (
    Article,
    Block,
    Comparison,
    Figure,
    FigurePair,
    Sentence,
    SharedPassage,
    Span,
)

HOSTILE = (
    "[bold]x[/]",
    "[/]",
    "\x1b[31mred\x1b[0m",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "| pipe |",
    "*stars*",
)
"""Strings that would become markup, tags, links, table cells or terminal colours if unescaped."""

LEFT = (
    "DeepSeek said training cost $5.6 million, a claim <script>alert(1)</script> repeated widely.",
    "The model [bold]x[/] was released on Monday, \x1b[31mred\x1b[0m-faced analysts said."
    " [/] No more.",
    "Only this side says <img src=x onerror=alert(1)> and [link](javascript:alert(1)) here.",
    "| pipe | and *stars* and # heading and `code` and _under_ cost $5 & more.",
)
RIGHT = (
    "The model was released on Tuesday, analysts said.",
    "Training cost under $6 million, a claim <script>alert(1)</script> repeated widely.",
    "- A list? \"Quoted\" & 'single' <b>bold</b> only on the right.",
    "| pipe | and *stars* and # heading and `code` and _under_ cost $5 & more.",
)


def span(paragraphs: tuple[str, ...], index: int, needle: str) -> Span:
    """The span of ``needle`` in one paragraph (fails loudly if the fixture text changes)."""
    start = paragraphs[index].index(needle)
    return Span(index, start, start + len(needle))


def figure(
    paragraphs: tuple[str, ...],
    index: int,
    text: str,
    kind: str,
    value: float,
    unit: str | None,
    qualifier: str | None = None,
) -> Figure:
    s = span(paragraphs, index, text)
    return Figure(text, kind, value, unit, index, s.start, s.end, qualifier)


def sentence(paragraphs: tuple[str, ...], index: int, text: str) -> Sentence:
    s = span(paragraphs, index, text)
    return Sentence(index, s.start, s.end, text)


def hostile_comparison() -> Comparison:
    """A small comparison touching every exporter feature, full of hostile text."""
    left = Article(
        "left <img src=x onerror=alert(1)>.txt",
        "Hostile [bold]x[/] <script>alert(1)</script>",
        "Evil *Outlet* | pipe",
        LEFT,
        ("Subscribe [bold]x[/] now", "<script>alert(1)</script>", "\x1b[2Jcleared"),
    )
    right = Article("right.txt", "", "Plain [/] Times", RIGHT, ())
    claim = "a claim <script>alert(1)</script> repeated widely"
    blocks = (
        Block(
            "match", (0,), (1,), 0.71, (span(LEFT, 0, "DeepSeek said"),), (span(RIGHT, 1, "under"),)
        ),
        Block(
            "moved",
            (1,),
            (0,),
            0.52,
            (span(LEFT, 1, "[bold]x[/]"), span(LEFT, 1, "Monday")),
            (span(RIGHT, 0, "Tuesday"),),
        ),
        Block("left_only", (2,), ()),
        Block("right_only", (), (2,)),
        Block("match", (3,), (3,), 1.0),
    )
    shared = (
        SharedPassage(claim, 6, span(LEFT, 0, claim), span(RIGHT, 1, claim), 1.0),
        SharedPassage(
            RIGHT[3][:40], 9, span(LEFT, 3, LEFT[3][:40]), span(RIGHT, 3, RIGHT[3][:40]), 0.98
        ),
    )
    figures = (
        FigurePair(
            "consistent",
            figure(LEFT, 0, "$5.6 million", "money", 5.6e6, "USD"),
            figure(RIGHT, 1, "under $6 million", "money", 6e6, "USD", "under"),
            "training cost",
            "5.6 million is under 6 million <b>as hedged</b>.",
        ),
        FigurePair(
            "conflict",
            figure(LEFT, 1, "Monday", "weekday", 0.0, "weekday"),
            figure(RIGHT, 0, "Tuesday", "weekday", 1.0, "weekday"),
            "release [bold]day[/]",
            "Monday and Tuesday are different days.",
        ),
        FigurePair(
            "left_only",
            figure(LEFT, 3, "$5", "money", 5.0, "USD"),
            None,
            None,
            "No figure in the right article states this | fact.",
        ),
    )
    unique_left = (sentence(LEFT, 1, LEFT[1][: LEFT[1].index(" [/]")]), sentence(LEFT, 2, LEFT[2]))
    unique_right = (sentence(RIGHT, 2, RIGHT[2]),)
    stats = {"matched_blocks": 2, "moved_blocks": 1, "seconds": 0.5}
    return Comparison(
        left,
        right,
        blocks,
        shared,
        figures,
        unique_left,
        unique_right,
        stats,
        ("Alignment fell back to <b>greedy</b> [bold]mode[/].",),
    )
