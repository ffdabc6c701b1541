"""Who shares wording with whom: the copying matrix of the overview.

The shingle index says which pairs share any six-word run and roughly how much. Only those
pairs are searched with :func:`storydiff.core.shared.find_shared` (the same passages the pair
view shows), most-overlapping first, until EXACT_WORDS words have been read; pairs left over
keep the index estimate and are flagged ``exact=False``. Pairs sharing no six-word run are
not listed: they cannot share a passage of MIN_WORDS words. At most MAX_LISTED_PAIRS pairs are
listed, those the index estimates to share the most.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence

from storydiff.core.model import Article
from storydiff.core.overview.index import WordIndex
from storydiff.core.overview.model import CopyPair
from storydiff.core.shared import MIN_WORDS, find_shared

EXACT_WORDS = 1_000_000
"""Words the exact passage search may read over all candidate pairs (a pair reads both its
articles' words). A bound on work, not on time, so the same folder always gives the same list
however busy the machine is (it was 2 s of wall time). find_shared reads about 350,000 words
a second on this 2-vCPU machine shared by five sessions (148 pairs of 50 synthetic
2,200-word near-copies in 2 s; about twice as many idle). The bound covers every candidate
pair of a seed or corpus folder (under 20,000 words) fifty times over and about 210 of the
1,225 pairs of those 50 near-copies, whose other pairs show the estimate."""

MAX_LISTED_PAIRS = 1000
"""Most pairs the copying list holds. A folder of syndicated copies (2,000 small files
carrying one wire story) has two million pairs sharing wording: listing them all took the
overview 16 s and 4 GB, wrote a 365 MB JSON file and left the reader building a table of
two million rows. A reader reads the top of the list, and any pair is one keypress away in
the pair view; the overview's notices say how many pairs were left out."""


def copy_pairs(
    articles: Sequence[Article],
    index: WordIndex,
    *,
    budget: int = EXACT_WORDS,
    tick: Callable[[float], None] | None = None,
    limit: int | None = None,
) -> tuple[list[CopyPair], bool, int]:
    """The pairs sharing wording, most shared first, whether all of them are exact, and how
    many pairs sharing wording were left out (beyond ``limit``, MAX_LISTED_PAIRS by default:
    those the index estimates to share the least)."""
    limit = MAX_LISTED_PAIRS if limit is None else limit
    shared: Iterable[tuple[tuple[int, int], int]] = index.shared.items()
    left_out = max(0, len(index.shared) - limit)
    if left_out:
        sizes = [a.words for a in articles]
        shared = heapq.nlargest(limit, shared, key=lambda item: _estimated_share(sizes, *item))
    ranked = sorted(shared, key=lambda item: (-item[1], item[0]))
    out: list[CopyPair] = []
    complete = True
    for done, ((i, j), count) in enumerate(ranked):
        words = articles[i].words + articles[j].words
        if complete and words <= budget:
            budget -= words
            pair = _exact(articles, i, j)
        else:
            complete = False
            pair = _estimate(articles, index, i, j, count)
        if pair.words:
            out.append(pair)
        if tick is not None:
            tick((done + 1) / len(ranked))
    out.sort(key=lambda p: (-max(p.left_share, p.right_share), p.left, p.right))
    return out, complete, left_out


def _estimated_share(words: list[int], pair: tuple[int, int], count: int) -> float:
    """The share the index estimates a pair's wording to be of the shorter article (``words``:
    each article's length), as :func:`_estimate` would give it."""
    shared = count + MIN_WORDS - 1
    return round(min(1.0, shared / max(1, min(words[pair[0]], words[pair[1]]))), 3)


def _exact(articles: Sequence[Article], i: int, j: int) -> CopyPair:
    passages = find_shared(articles[i], articles[j])
    words = sum(p.words for p in passages)
    return CopyPair(
        i, j, words, _share(words, articles[i]), _share(words, articles[j]), tuple(passages)
    )


def _estimate(
    articles: Sequence[Article], index: WordIndex, i: int, j: int, count: int
) -> CopyPair:
    """Shared words from shared shingles: a lone shingle is MIN_WORDS words, each further
    overlapping one adds about one word, so ``count`` shingles cover about ``count + 5``."""
    words = count + MIN_WORDS - 1
    return CopyPair(
        i, j, words, _share(words, articles[i]), _share(words, articles[j]), exact=False
    )


def _share(words: int, article: Article) -> float:
    return round(min(1.0, words / max(1, article.words)), 3)
