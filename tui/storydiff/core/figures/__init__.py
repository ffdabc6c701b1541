"""Figures: find, normalise and compare the numbers articles report.

One job per module: :mod:`tokens` splits text, :mod:`numbers` reads a number, :mod:`dates`
reads dates and days, :mod:`units` and :mod:`nouns` say what a number measures,
:mod:`extract` assembles figures, :mod:`normalise` turns them into intervals,
:mod:`pairing` matches the figures of two articles and :mod:`verdict` judges each match.
"""

from __future__ import annotations

from functools import lru_cache

from storydiff.core.figures.extract import extract_figures
from storydiff.core.figures.meaning import with_meanings
from storydiff.core.figures.pairing import pair_figures
from storydiff.core.model import Article, Figure

__all__ = ["article_figures", "extract_figures", "pair_figures"]


def article_figures(article: Article) -> list[Figure]:
    """Every figure of the article body, paragraph by paragraph, with what it measures, whose
    it is and as of when (:mod:`meaning`)."""
    return list(_article_figures(article))


@lru_cache(maxsize=64)  # the alignment and the figure pairing of one comparison both read them
def _article_figures(article: Article) -> tuple[Figure, ...]:
    found = [f for i, p in enumerate(article.paragraphs) for f in extract_figures(p, i)]
    return tuple(with_meanings(article, found))
