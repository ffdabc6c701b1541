"""Publication order: the earliest article first, so "who published first" reads off the lists.

Articles are ordered before the overview is built (and before the reader opens), so every index
in the overview, the reader and the exports agrees with the one order. Only dates the pages'
markup declares are used (``Article.published``); articles without one keep the order they
were given in, after the dated ones, since guessing would put a wrong outlet first.
"""

from __future__ import annotations

from collections.abc import Sequence

from storydiff.core.model import Article


def by_publication(articles: Sequence[Article]) -> list[Article]:
    """Dated articles earliest first, then undated ones; ties keep their given order.

    >>> a = Article("a", "", "A", ("x",), published="2025-03-19")
    >>> b = Article("b", "", "B", ("x",))
    >>> c = Article("c", "", "C", ("x",), published="2025-03-18")
    >>> [x.outlet for x in by_publication([a, b, c])]
    ['C', 'A', 'B']
    """
    return sorted(articles, key=lambda a: (not a.published, a.published))
