"""The fact table: one row per fact several articles state with a figure.

Figures are matched with the pair view's own matching
(:func:`storydiff.core.figures.pair_figures`): every pair of articles when there are few
(ALL_PAIRS_MAX), else every article against the REFERENCES articles with the most figures,
so the cost grows with the number of articles, not its square. Each matched pair of figures
is a link; links are joined into rows agreeing ones first (a pair whose values agree is the
surer match), and two rows are never joined when that would give an article two figures in
one row. Each row is anchored on the figure linked to most others, and every cell carries
its verdict and reason against that figure, as the pair view would give them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import cast

from storydiff.core.align import align
from storydiff.core.figures import pair_figures
from storydiff.core.figures.meaning import measure_family, row_label
from storydiff.core.model import Article, Block, Figure, FigurePair, FigureVerdict
from storydiff.core.overview.model import CellVerdict, FactCell, FactRow

PairFn = Callable[
    [Article, Article, Sequence[Figure], Sequence[Figure], Sequence[Block]], list[FigurePair]
]

ALL_PAIRS_MAX = 8
"""Up to this many articles every pair is matched (28 pairings); the seeds (5) and one
corpus story (6) get the full picture."""

REFERENCES = 4
"""Above ALL_PAIRS_MAX, each article is matched against this many reference articles (those
with the most figures): a fact any reference states is found in every article."""

ALIGN_WORDS = 150_000
"""Words (both articles' of each pair) the paragraph alignment that helps the pairing may
read (the pairing prefers figures of paired paragraphs); past it figures are matched on their
context words alone, which the pairing also supports. A bound on work, not on time (it was
1 s of wall time), so the same folder always gives the same table. On this 2-vCPU machine
shared by five sessions, 1 s aligned 26 pairs of 50 synthetic 2,200-word near-copies (125,000
words); a seed or corpus folder aligns under 10,000 words, all 24 corpus articles
43,000."""

PAIRING_FIGURES = 1_500_000
"""Candidate figure pairs (one article's figures times the other's, summed over the
pairings) the fact table may weigh; pairings past it are left out and a notice says so. The
pairing's cost follows this product more closely than the words (1.6-5.6 microseconds a
candidate, against 2.2-8.0 a word, over the 91 pairings of 14 such near-copies). It was 2.5 s
of wall time, which reached 167 of the 190 planned pairings of the 50 near-copies on this
shared machine (1,070,000 candidates); the bound covers all 190 (1,220,000) and a seed or
corpus folder (under 3,000; all 24 corpus articles 15,000) many times over."""

_AGREEMENT = {"same": 0, "consistent": 1, "conflict": 2}
_Node = tuple[int, int, int, int]  # article, paragraph, start, end


def fact_rows(
    articles: Sequence[Article],
    figures: Sequence[Sequence[Figure]],
    *,
    pair: PairFn = pair_figures,
) -> tuple[list[FactRow], bool]:
    """Facts stated by two articles or more (conflicts first, then the most widely stated),
    and whether every planned pairing ran within the budget."""
    links, complete = _links(articles, figures, pair)
    by_node = {(i, f.paragraph, f.start, f.end): f for i, fs in enumerate(figures) for f in fs}
    rows = [_row(group, links, by_node) for group in _groups(links, by_node)]
    rows.sort(key=lambda r: (not r.conflict, -len(r.cells), r.reference))
    return rows, complete


def _plan(figures: Sequence[Sequence[Figure]]) -> list[tuple[int, int]]:
    n = len(figures)
    if n <= ALL_PAIRS_MAX:
        return list(combinations(range(n), 2))
    refs = sorted(range(n), key=lambda i: (-len(figures[i]), i))[:REFERENCES]
    plan = {(min(r, o), max(r, o)) for r in refs for o in range(n) if o != r}
    return sorted(plan, key=lambda p: (refs.index(p[0]) if p[0] in refs else REFERENCES, p))


def _links(
    articles: Sequence[Article], figures: Sequence[Sequence[Figure]], pair: PairFn
) -> tuple[dict[tuple[_Node, _Node], FigurePair], bool]:
    """(left node, right node) -> the figure pair, for every matched same/consistent/conflict;
    False with them when PAIRING_FIGURES cut the plan short."""
    links: dict[tuple[_Node, _Node], FigurePair] = {}
    candidates = aligned = 0
    for i, j in _plan(figures):
        if not figures[i] or not figures[j]:
            continue
        candidates += len(figures[i]) * len(figures[j])
        if candidates > PAIRING_FIGURES:
            return links, False
        aligned += articles[i].words + articles[j].words
        blocks = align(articles[i], articles[j]) if aligned <= ALIGN_WORDS else []
        for p in pair(articles[i], articles[j], figures[i], figures[j], blocks):
            if p.left is not None and p.right is not None and p.kind in _AGREEMENT:
                links[_node(i, p.left), _node(j, p.right)] = p
    return links, True


def _node(article: int, figure: Figure) -> _Node:
    return (article, figure.paragraph, figure.start, figure.end)


def _groups(
    links: dict[tuple[_Node, _Node], FigurePair], by_node: dict[_Node, Figure]
) -> list[list[_Node]]:
    """Linked figures, agreeing links first, never two figures of one article together, and
    never two measures in one row: links join figures pairwise, and a chain of two right
    links (A~B, B~C) can still join figures of different measures (A's deaths and C's
    injured) when B's measure is unknown."""
    parent: dict[_Node, _Node] = {}
    articles: dict[_Node, set[int]] = {}
    measures: dict[_Node, set[str]] = {}

    def root(x: _Node) -> _Node:
        parent.setdefault(x, x)
        articles.setdefault(x, {x[0]})
        family = measure_family(by_node[x])
        measures.setdefault(x, {family} if family else set())
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = sorted(links, key=lambda k: (_AGREEMENT[links[k].kind], k))
    for a, b in order:
        ra, rb = root(a), root(b)
        if ra == rb or articles[ra] & articles[rb]:
            continue
        if measures[ra] and measures[rb] and measures[ra] != measures[rb]:
            continue
        parent[rb] = ra
        articles[ra] |= articles[rb]
        measures[ra] |= measures[rb]
    groups: dict[_Node, list[_Node]] = {}
    for node in list(parent):
        groups.setdefault(root(node), []).append(node)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def _row(
    group: list[_Node], links: dict[tuple[_Node, _Node], FigurePair], by_node: dict
) -> FactRow:
    """A row anchored on the group's figure with the most direct links."""
    members = set(group)
    direct: Counter[_Node] = Counter()  # links to other members, counted in one pass
    for a, b in links:
        if a in members and b in members:
            direct[a] += 1
            direct[b] += 1
    ref = max(group, key=lambda x: (direct[x], -x[0]))
    cells, label = [], ""
    for node in group:
        figure = by_node[node]
        if node == ref:
            cells.append(FactCell(node[0], figure, "reference", "the figure this row compares to"))
            continue
        verdict, reason, fact = _verdict(ref, node, links, by_node)
        label = label or fact
        cells.append(FactCell(node[0], figure, verdict, reason))
    label = row_label([by_node[n] for n in group]) or label or _label(by_node[ref])
    return FactRow(label, ref[0], tuple(cells))


def _verdict(
    ref: _Node, node: _Node, links: dict[tuple[_Node, _Node], FigurePair], by_node: dict
) -> tuple[CellVerdict, str, str]:
    """The pair view's verdict on the two figures; judged directly when they were joined
    through a third article rather than matched with each other. Both figures are there,
    so the verdict is never one-sided (left_only, right_only)."""
    found = links.get((ref, node)) or links.get((node, ref))
    if found is not None:
        return cast(CellVerdict, found.kind), found.reason, found.fact or ""
    verdict, reason = _judge(by_node[ref], by_node[node])
    return cast(CellVerdict, verdict), reason, ""


def _judge(a: Figure, b: Figure) -> tuple[FigureVerdict, str]:
    try:
        from storydiff.core.figures.verdict import judge
    except ImportError:  # pragma: no cover - the figures package always provides it
        same = (a.value, a.high, a.unit) == (b.value, b.high, b.unit)
        return ("same" if same else "conflict"), f"{a.text} vs {b.text}"
    return judge(a, b)


def _label(figure: Figure) -> str:
    """A row name when the pairing gave none: what the figure counts, else its kind."""
    if figure.counted:
        return figure.counted
    return f"{figure.kind} ({figure.unit})" if figure.unit else figure.kind
