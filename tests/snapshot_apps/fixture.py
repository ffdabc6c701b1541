"""A hand-made pair of articles and its comparison, fixed so pilot and snapshot tests don't churn.

The core is still evolving; these tests are about the reader, so they inject this
comparison instead of running the analysis. Offsets are found with ``str.index``
on the text, so the comparison stays right if a sentence is edited.
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

LEFT = Article(
    path="wire.txt",
    title="Start-up trained its model for $5.6 million, filing says",
    outlet="The Wire",
    paragraphs=(
        "A Chinese start-up said on Monday it trained its latest model for $5.6 million, "
        "a fraction of what rivals spend.",
        "Shares of chipmakers fell 17% as investors weighed the news.",
        "The company used 2,048 chips, according to a technical paper released last week.",
        'Analysts were divided. "We have seen this before," one said.',
        "Markup-looking text stays literal: [bold]not bold[/] and [red]not red[/red].",
    ),
)
RIGHT = Article(
    path="daily.txt",
    title="How a tiny lab rattled the chip giants",
    outlet="Daily Ledger",
    paragraphs=(
        "A Chinese start-up said on Tuesday it trained its latest model for under $6 million, "
        "a fraction of what rivals spend.",
        "The company used about 2,000 chips, according to a technical paper.",
        "Shares of chipmakers fell 17% as investors weighed the news.",
        "The lab was founded in 2023 by a hedge fund.",
    ),
)


def _span(article: Article, paragraph: int, text: str) -> Span:
    start = article.paragraphs[paragraph].index(text)
    return Span(paragraph, start, start + len(text))


def _figure(
    article: Article, paragraph: int, text: str, kind: str, value: float, unit: str | None
) -> Figure:
    span = _span(article, paragraph, text)
    return Figure(text, kind, value, unit, paragraph, span.start, span.end)


def _sentence(article: Article, paragraph: int, text: str) -> Sentence:
    span = _span(article, paragraph, text)
    return Sentence(paragraph, span.start, span.end, text)


def comparison_of(left: Article = LEFT, right: Article = RIGHT) -> Comparison:
    """The fixed comparison of LEFT and RIGHT (and, swapped, of RIGHT and LEFT)."""
    if left is RIGHT:
        flipped = comparison_of(LEFT, RIGHT)
        return _mirror(flipped)
    blocks = (
        Block(
            "match",
            (0,),
            (0,),
            0.9,
            left_changes=(_span(left, 0, "Monday"),),
            right_changes=(_span(right, 0, "Tuesday"),),
        ),
        Block("match", (1,), (2,), 1.0),
        Block("moved", (2,), (1,), 0.7, left_changes=(_span(left, 2, "released last week"),)),
        Block("left_only", (3,), ()),
        Block("left_only", (4,), ()),
        Block("right_only", (), (3,)),
    )
    figures = (
        FigurePair(
            "conflict",
            _figure(left, 0, "Monday", "weekday", 1, "weekday"),
            _figure(right, 0, "Tuesday", "weekday", 2, "weekday"),
            "announcement day",
            "Monday and Tuesday are different days.",
        ),
        FigurePair(
            "consistent",
            _figure(left, 0, "$5.6 million", "money", 5.6e6, "USD"),
            _figure(right, 0, "under $6 million", "money", 6e6, "USD"),
            "training cost",
            "$5.6 million is under $6 million.",
        ),
        FigurePair(
            "consistent",
            _figure(left, 2, "2,048", "count", 2048, "chips"),
            _figure(right, 1, "about 2,000", "count", 2000, "chips"),
            "chips",
            "2,048 is within 5% of about 2,000.",
        ),
        FigurePair(
            "same",
            _figure(left, 1, "17%", "percent", 17, "%"),
            _figure(right, 2, "17%", "percent", 17, "%"),
            "share fall",
            "Both say 17%.",
        ),
        FigurePair(
            "right_only",
            None,
            _figure(right, 3, "2023", "year", 2023, "year"),
            "founding year",
            "Only Daily Ledger gives this figure.",
        ),
    )
    shared_text = "Shares of chipmakers fell 17% as investors weighed the news."
    shared = (
        SharedPassage(shared_text, 10, _span(left, 1, shared_text), _span(right, 2, shared_text)),
    )
    unique_left = (_sentence(left, 3, '"We have seen this before," one said.'),)
    unique_right = (_sentence(right, 3, "The lab was founded in 2023 by a hedge fund."),)
    return Comparison(left, right, blocks, shared, figures, unique_left, unique_right)


def _mirror(c: Comparison) -> Comparison:
    """The same comparison seen from the other side (for the swap key)."""
    side = {"left_only": "right_only", "right_only": "left_only"}
    blocks = tuple(
        Block(
            side.get(b.kind, b.kind), b.right, b.left, b.similarity, b.right_changes, b.left_changes
        )
        for b in sorted(c.blocks, key=lambda b: b.right[0] if b.right else 99)
    )
    figures = tuple(
        FigurePair(side.get(f.kind, f.kind), f.right, f.left, f.fact, f.reason) for f in c.figures
    )
    shared = tuple(SharedPassage(p.text, p.words, p.right, p.left) for p in c.shared)
    return Comparison(c.right, c.left, blocks, shared, figures, c.unique_right, c.unique_left)


def fixed_compare(left: Article, right: Article, *, progress=None) -> Comparison:
    """A drop-in for ``storydiff.core.compare.compare`` that returns the fixed comparison."""
    if progress is not None:
        progress("done", 1.0)
    return comparison_of(left, right)


ARTICLES = [LEFT, RIGHT]
