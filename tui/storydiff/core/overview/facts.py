"""The fact table: one row per fact several articles state with a figure.

Rows are built with the pair view's own figure matching
(:func:`storydiff.core.figures.pair_figures`), so a cell's verdict and reason are exactly
what the pair view says for that pair. A star of pairings is cheap where all pairs are not:
the article with the most figures is the reference, its figures are paired with each other
article's, and every reference figure matched in at least one other article becomes a row.
Figures no reference matched go into the next round, with the article that has most of them
left as the next reference, for at most MAX_ROUNDS rounds. A row compares every article with
its reference, not every article with every other.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from storydiff.core.align import align
from storydiff.core.figures import pair_figures
from storydiff.core.model import Article, Block, Figure, FigurePair
from storydiff.core.overview.model import FactCell, FactRow

PairFn = Callable[
    [Article, Article, Sequence[Figure], Sequence[Figure], Sequence[Block]], list[FigurePair]
]

MAX_ROUNDS = 4
"""Reference articles tried in turn. The first round finds the facts of the article with the
most figures; later rounds find facts it does not state. Each round costs one pairing per
article, so this bounds the table at 4 x (articles - 1) pairings."""

ALIGN_BUDGET_SECONDS = 2.0
"""Seconds spent aligning paragraphs to help the pairing (which prefers figures of paired
paragraphs). One alignment of two 2,500-word articles costs about 70 ms; past the budget
pairs are matched on figure context alone, which the pairing also supports."""

_KEY = tuple[int, int, int]


def fact_rows(
    articles: Sequence[Article],
    figures: Sequence[Sequence[Figure]],
    *,
    pair: PairFn = pair_figures,
    align_budget: float = ALIGN_BUDGET_SECONDS,
) -> list[FactRow]:
    """Facts stated by two articles or more: conflicts first, then the most widely stated."""
    remaining = [list(f) for f in figures]
    deadline = time.perf_counter() + align_budget
    rows: list[FactRow] = []
    for _ in range(MAX_ROUNDS):
        live = [i for i, f in enumerate(remaining) if f]
        if len(live) < 2:
            break
        ref = max(live, key=lambda i: (len(remaining[i]), -i))
        cells: dict[_KEY, list[FactCell]] = {}
        labels: dict[_KEY, str] = {}
        for other in live:
            if other == ref:
                continue
            blocks = align(articles[ref], articles[other]) if time.perf_counter() < deadline else []
            used = set()
            for p in pair(articles[ref], articles[other], remaining[ref], remaining[other], blocks):
                if (
                    p.left is None
                    or p.right is None
                    or p.kind not in ("same", "consistent", "conflict")
                ):
                    continue
                key = _key(p.left)
                cells.setdefault(key, []).append(FactCell(other, p.right, p.kind, p.reason))
                labels.setdefault(key, p.fact or "")
                used.add(_key(p.right))
            remaining[other] = [f for f in remaining[other] if _key(f) not in used]
        for figure in remaining[ref]:
            key = _key(figure)
            if key in cells:
                own = FactCell(ref, figure, "reference", "the figure this row compares against")
                found = sorted([own, *cells[key]], key=lambda c: c.article)
                rows.append(FactRow(labels[key] or _label(figure), ref, tuple(found)))
        remaining[ref] = []
    rows.sort(key=lambda r: (not r.conflict, -len(r.cells)))
    return rows


def _key(figure: Figure) -> _KEY:
    return (figure.paragraph, figure.start, figure.end)


def _label(figure: Figure) -> str:
    """A row name when the pairing gave none: what the figure counts, else its kind."""
    if figure.counted:
        return figure.counted
    return f"{figure.kind} ({figure.unit})" if figure.unit else figure.kind
