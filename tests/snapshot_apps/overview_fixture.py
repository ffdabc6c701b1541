"""A hand-made overview of three articles, fixed so the Overview screen's snapshots don't churn.

The third article joins the pair fixture's two; offsets are found with ``str.index``.
"""

from __future__ import annotations

from storydiff.core.model import Article, Figure, Sentence, SharedPassage, Span
from storydiff.core.overview.model import (
    ClaimGroup,
    ClaimMention,
    CopyPair,
    FactCell,
    FactRow,
    Overview,
    QuoteGroup,
    QuoteVersion,
    SourceCredit,
)

from snapshot_apps.fixture import LEFT, RIGHT

THIRD = Article(
    path="post.txt",
    title="Cheap model [bold]shakes[/] chip stocks",
    outlet="Evening Post",
    paragraphs=(
        "The start-up says it spent $6.5 million training the model, according to Bloomberg.",
        '"We have seen all this before," an analyst said, adding that 2,048 chips is modest.',
    ),
)
ARTICLES = [LEFT, RIGHT, THIRD]


def _figure(
    article: Article, paragraph: int, text: str, kind: str, value: float, unit: str
) -> Figure:
    start = article.paragraphs[paragraph].index(text)
    return Figure(text, kind, value, unit, paragraph, start, start + len(text))


def _sentence(article: Article, paragraph: int, text: str) -> Sentence:
    start = article.paragraphs[paragraph].index(text)
    return Sentence(paragraph, start, start + len(text), text)


def _quote(
    index: int,
    article: Article,
    paragraph: int,
    text: str,
    speaker: str,
    attribution: str,
    changes: tuple[tuple[int, int], ...] = (),
) -> QuoteVersion:
    start = article.paragraphs[paragraph].index(text)
    return QuoteVersion(
        index, text, paragraph, start, start + len(text), speaker, attribution, changes
    )


def overview_of(articles, *, progress=None) -> Overview:
    """A drop-in for ``build_overview`` that returns the fixed overview."""
    if progress is not None:
        progress("done", 1.0)
    cost = FactRow(
        "training cost",
        0,
        (
            FactCell(
                0,
                _figure(LEFT, 0, "$5.6 million", "money", 5.6e6, "USD"),
                "reference",
                "the figure this row compares to",
            ),
            FactCell(
                1,
                _figure(RIGHT, 0, "under $6 million", "money", 6e6, "USD"),
                "consistent",
                "$5.6 million is under $6 million",
            ),
            FactCell(
                2,
                _figure(THIRD, 0, "$6.5 million", "money", 6.5e6, "USD"),
                "conflict",
                "$5.6 million vs $6.5 million: 16% apart",
            ),
        ),
    )
    chips = FactRow(
        "chips",
        0,
        (
            FactCell(
                0,
                _figure(LEFT, 2, "2,048", "count", 2048, "chips"),
                "reference",
                "the figure this row compares to",
            ),
            FactCell(
                1,
                _figure(RIGHT, 1, "about 2,000", "count", 2000, "chips"),
                "consistent",
                "2,048 is within 5% of about 2,000",
            ),
            FactCell(
                2, _figure(THIRD, 1, "2,048", "count", 2048, "chips"), "same", "both say 2,048"
            ),
        ),
    )
    shared_text = "Shares of chipmakers fell 17% as investors weighed the news."
    passage = SharedPassage(
        shared_text, 10, Span(1, 0, len(shared_text)), Span(2, 0, len(shared_text))
    )
    claims = (
        ClaimGroup(
            (
                ClaimMention(0, _sentence(LEFT, 1, shared_text)),
                ClaimMention(1, _sentence(RIGHT, 2, shared_text)),
            )
        ),
        ClaimGroup(
            (ClaimMention(1, _sentence(RIGHT, 3, "The lab was founded in 2023 by a hedge fund.")),)
        ),
    )
    quote = QuoteGroup(
        (
            _quote(0, LEFT, 3, "We have seen this before,", "one", "one said"),
            _quote(
                2,
                THIRD,
                1,
                "We have seen all this before,",
                "an analyst",
                "an analyst said",
                ((13, 16),),
            ),
        ),
        reference=1,
    )
    sources = (
        SourceCredit(
            2,
            "Bloomberg",
            "outlet",
            "according to",
            "according to Bloomberg",
            0,
            THIRD.paragraphs[0].index("according"),
            len(THIRD.paragraphs[0]) - 1,
        ),
        SourceCredit(2, "analyst", "anonymous", "anonymous", "an analyst", 1, 33, 43),
    )
    return Overview(
        tuple(ARTICLES),
        (cost, chips),
        claims,
        (CopyPair(0, 1, 10, 0.26, 0.24, (passage,)),),
        (quote,),
        sources,
        {"articles": 3},
        (),
    )
