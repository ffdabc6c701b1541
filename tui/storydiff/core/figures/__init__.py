"""Figures: find, normalise and compare the numbers articles report (STUB: being built)."""

from __future__ import annotations

from collections.abc import Sequence

from storydiff.core.model import Article, Block, Figure, FigurePair


def extract_figures(text: str, paragraph: int = 0) -> list[Figure]:
    """Every figure in ``text``, with offsets into it."""
    return []


def article_figures(article: Article) -> list[Figure]:
    """Every figure of the article body, paragraph by paragraph."""
    return [f for i, p in enumerate(article.paragraphs) for f in extract_figures(p, i)]


def pair_figures(left: Article, right: Article, left_figures: Sequence[Figure],
                 right_figures: Sequence[Figure], blocks: Sequence[Block]) -> list[FigurePair]:
    """Match figures stating the same fact and give each pair a verdict."""
    return []
