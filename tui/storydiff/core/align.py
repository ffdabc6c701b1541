"""Pair the paragraphs of two articles: in order, split/joined, or moved.

The pairing is chosen for the whole article at once, in three passes:

1. **In order** - a Needleman-Wunsch style dynamic programme over both paragraph
   sequences maximises the total gain of the pairs it keeps. Besides pairing one
   paragraph with one, it may join up to MAX_JOIN consecutive paragraphs of one side
   against one of the other (1:2, 1:3, ...), for the outlet that splits what the other
   says at once. A pair gains ``similarity - PAIR_MIN`` (weak pairs lose, so they are
   left unpaired) and skipping a paragraph costs nothing. A paragraph joins a block only
   if its best counterpart is there, so a lede cannot swallow neighbours told elsewhere.
2. **Moved** - among the paragraphs still unpaired, strong cross-order pairs
   (similarity >= MOVED_MIN, or each other's best counterpart at MUTUAL_MIN) are taken
   greedily, best first, and each grows by the free neighbouring paragraphs that belong
   with it (the same rule as the DP's joins): an attribution and its quote that moved
   together stay together.
3. **Attached** - a paragraph still unpaired whose best counterpart sits in a block joins
   that block (ATTACH_MIN), even away from its neighbours: the summary paragraph one outlet
   gives for facts another spreads over several.

A pair's similarity is the better of its paragraphs' cosine and its closest two sentences'
(see :func:`_add_sentence_matches`).

Cost is bounded: similarities come from an inverted index (only pairs sharing a term are
scored), and the programme runs inside a band holding at most about MAX_DP_CELLS cells, so
hundreds of paragraphs a side cost under a second, not minutes. The band follows the path
the clearest matches trace (see :func:`_guide`); a strong pair outside it is still found by
the moved pass.

The result must not depend on which article is called "left": the pairing is computed
with the articles in a canonical order and mirrored back, so swapping the sides swaps the
pairs exactly, ties included.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from storydiff.core.figures import article_figures
from storydiff.core.figures.meaning import Owners, measure_family, same_quantity
from storydiff.core.model import Article, Block, BlockKind, Figure
from storydiff.core.segment import article_sentences
from storydiff.core.similarity import (
    Vector,
    Weighting,
    combine,
    content_term_count,
    cosine,
    pair_weighting,
    sparse_cosines,
)

PAIR_MIN = 0.12
"""Lowest similarity at which two paragraphs are paired in order (the DP's break-even).
Measured over all seed pairs: the median paragraph pair scores about 0.05; reworded
counterparts mostly score 0.2-0.5 (Sacks paragraphs 000/002: 0.45; Microsoft researchers
001/003: 0.37), but several real ones sit at 0.12-0.2 (002/004 on Sacks and Fox News: 0.19;
001/004 opening sentences: 0.20; a toll of "at least 25" and of "29" dead), mixed with
topical-only pairs at the same level. In order, the neighbours' order is extra evidence, so the
break-even goes well below MOVED_MIN. Measured (precision/recall): 0.12 gives 0.92/0.78 on the
own gold and 0.88/0.62 on the shared one; 0.15 gives the same on the own gold and 0.89/0.57 on
the shared one, with 13 more paragraphs shown one-sided that the shared gold aligns. Between
articles on different stories (306 pairs of the corpora, where every paired block is a false
one) 0.12 pairs 8 blocks, 0.15 pairs 2."""

MOVED_MIN = 0.25
"""Lowest similarity for pairing paragraphs out of order. Higher than PAIR_MIN because a
cross-order pair gets no support from its neighbours' order. On the seeds the moved
counterparts score 0.25-0.27 (the OpenAI statement that closes 000 and opens 002: 0.27);
at or above 0.25 the only non-counterparts seen were a "related article" teaser of seed 000
(0.25-0.27) that page cleaning should drop. On the gold standard, also accepting pairs that
are each other's best counterpart from 0.15 or 0.18 up lowered F1 (0.764 against 0.769): the
extra moved pairs were as often wrong as right. That was with the in-order break-even at 0.15
and paragraph cosines alone; since, such pairs are taken from MUTUAL_MIN."""

MERGE_PART_MIN = 0.10
"""A join is considered only if each joined paragraph, alone, has at least this similarity with
the single paragraph on the other side (and has its best counterpart there, JOIN_REL). Low on
purpose: an attribution sentence and its quote, split over two paragraphs, share only a name or
two with the paragraph that gives both (seeds 000/001: "The news comes not long after ... David
Sacks, told Fox News" scores 0.17 with 001's Sacks paragraph; 000's OpenAI spokesperson
paragraph 0.11 with 001's OpenAI reply). Measured on the own gold standard: 0.10 gives F1
0.768, 0.12 gives 0.762, 0.15 gives 0.754 (before sentence scores and the attached pass); now
0.10 gives 0.92/0.78 on the own gold and 0.88/0.62 on the shared one (precision/recall), 0.15
gives 0.91/0.73 and 0.90/0.60 and loses the spokesperson join."""

MERGE_STEP = 0.5
"""Each extra paragraph of a join multiplies its gain by 1 + 0.5 more: a 2:1 join covers
three paragraphs where a 1:1 pair covers two, and without this the DP would never prefer one
3-paragraph block over a pair plus an unpaired paragraph. A join scores the better of its
combined-text cosine and its best single pair, so a 2:1 join beats its best 1:1 pair alone
once that pair scores above PAIR_MIN + MERGE_PENALTY / MERGE_STEP = 0.25. 0.25 and 0.5 gave
the same gold F1 (0.768 / 0.769) with JOIN_REL 1.0."""

MERGE_PENALTY = 0.05
"""Subtracted from a join's gain, per extra paragraph, so that, at equal similarity, plain
1:1 pairs win (an article compared with itself must give one-to-one matches, never joins of
repeated paragraphs)."""

JOIN_REL = 1.0
"""A paragraph joins a block only if it relates to the block's other side at least this
fraction as well as to any paragraph at all: with 1.0, only when its best counterpart is in
the block. Measured on the gold standard (tests/gold/alignments.json, with MERGE_PART_MIN
0.10): 1.0 gives F1 0.768, 0.8 gives 0.739 - at 0.8 a lede absorbed three neighbours whose
real counterparts were elsewhere (seeds 000/004)."""

MAX_JOIN = 3
"""Most paragraphs of one side in one block (a 1:3 or 3:1 join)."""

MAX_DP_CELLS = 40_000
"""Bound on the cells of the in-order programme. Up to about 200 x 200 paragraphs the
whole grid is searched; beyond, a band of that many cells along the path of the clearest
matches (see :func:`_guide`; about 0.15 s of Python). Measured on 400 x 400 dense random
60-word paragraphs: about 0.8 s for the whole alignment, most of it tokenising; with
250,000 cells (the full grid) it was 1.9 s. News articles have tens of paragraphs, so the
band only matters for book-length inputs; a strong pair outside it is still found by the
moved pass."""


SCORED_MIN = min(PAIR_MIN, MERGE_PART_MIN)
"""Pair similarities below this are not kept: no rule reads them (a pair, a join part, a
moved pair and a paragraph's best counterpart all count only from MERGE_PART_MIN or
PAIR_MIN up), so dropping them changes no result. On the 1M-character benchmark pair it
keeps 232,000 of the 1.6 million pairs scored (which were most of the memory peak, 593 MB)."""


@dataclass(frozen=True)
class _Pair:
    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: float
    kind: BlockKind = "match"


def align(left: Article, right: Article, *, weighting: Weighting | None = None) -> list[Block]:
    """Alignment blocks in the left article's reading order, covering every paragraph once.
    ``weighting`` is the pair's word weighting when the caller has built it (a comparison
    shares one with its unique-claims check); else it is built here."""
    weighting = weighting or pair_weighting(left.paragraphs, right.paragraphs)
    if left.paragraphs <= right.paragraphs:
        pairs = _pairing(left, right, weighting)
    else:
        swapped = _pairing(right, left, weighting)
        pairs = [_Pair(p.right, p.left, p.similarity, p.kind) for p in swapped]
    return _blocks(pairs, len(left.paragraphs), len(right.paragraphs))


@dataclass(frozen=True)
class _Scores:
    """Everything the pairing reads: vectors, pair similarities, each paragraph's best."""

    lv: list[Vector]
    rv: list[Vector]
    sims: dict[tuple[int, int], float]
    best_left: list[float]
    """The highest similarity of each left paragraph with any right paragraph."""
    best_right: list[float]

    def sim(self, i: int, j: int) -> float:
        return self.sims.get((i, j), 0.0)


def banded(left: Article, right: Article) -> bool:
    """Whether the in-order pairing of these articles searches a band, not every combination
    of paragraphs (the comparison then says so in its notices)."""
    return _banded(len(left.paragraphs), len(right.paragraphs))


def _banded(n: int, m: int) -> bool:
    return (n + 1) * (m + 1) > MAX_DP_CELLS


def _pairing(left_article: Article, right_article: Article, weighting: Weighting) -> list[_Pair]:
    """In-order pairs from the DP, then moved pairs among what is left."""
    left, right = left_article.paragraphs, right_article.paragraphs
    lv = [weighting.vector(p) for p in left]
    rv = [weighting.vector(p) for p in right]
    sims = sparse_cosines(lv, rv, min_score=SCORED_MIN)
    if not _banded(len(left), len(right)):
        _add_sentence_matches(left_article, right_article, weighting, sims)
    _add_identical(left, right, sims)
    _add_figure_matches(left_article, right_article, sims)
    best_left, best_right = [0.0] * len(left), [0.0] * len(right)
    for (i, j), s in sims.items():
        if s > best_left[i]:
            best_left[i] = s
        if s > best_right[j]:
            best_right[j] = s
    scores = _Scores(lv, rv, sims, best_left, best_right)
    pairs = _in_order(scores)
    pairs += _moved(scores, pairs)
    return _attached(scores, pairs)


def _moved(scores: _Scores, pairs: list[_Pair]) -> list[_Pair]:
    """Cross-order pairs among the paragraphs the DP left unpaired, best first, each grown
    by the unpaired neighbours that belong with it."""
    used_left = {i for p in pairs for i in p.left}
    used_right = {j for p in pairs for j in p.right}
    moved: list[_Pair] = []
    strong = sorted(
        [(-s, ij) for ij, s in scores.sims.items() if s >= MOVED_MIN or _mutual(scores, *ij, s)]
    )
    for minus_s, (i, j) in strong:  # best first, ties in index order
        if i in used_left or j in used_right:
            continue
        s = -minus_s
        lefts = _grow(scores, (i,), (j,), used_left, side="left")
        rights = _grow(scores, (j,), lefts, used_right, side="right")
        used_left.update(lefts)
        used_right.update(rights)
        s = _join_similarity(scores, lefts, rights) or s
        moved.append(_Pair(lefts, rights, s, "moved"))
    return moved


ATTACH_MIN = 0.2
"""Lowest similarity at which a paragraph left unpaired joins the block holding its best
counterpart, wherever that block is (see :func:`_attached`). At the in-order break-even
(PAIR_MIN) a paragraph joins a block on one shared topic word as often as on a shared fact.
Measured (precision/recall): 0.2 gives 0.92/0.78 on the own gold and 0.88/0.62 on the shared
one; 0.15 gives 0.90/0.81 and 0.86/0.62; 0.25 gives 0.91/0.71 and 0.89/0.62."""


def _attached(scores: _Scores, pairs: list[_Pair]) -> list[_Pair]:
    """``pairs`` with every unpaired paragraph added to the block holding its best
    counterpart, when that scores ATTACH_MIN or more.

    One outlet often spreads over several paragraphs, not always next to each other, what
    another says in one: a summary paragraph stands for a lede and a detail given three
    paragraphs later. The in-order joins reach neighbours only and the moved pass pairs
    unpaired paragraphs only; a paragraph whose closest counterpart already sits in a block
    belongs in that block, or the reader shows it as said by one article only."""
    owner_left = {i: k for k, p in enumerate(pairs) for i in p.left}
    owner_right = {j: k for k, p in enumerate(pairs) for j in p.right}
    best_left, best_right = _best_counterparts(scores)
    extra: dict[int, tuple[list[int], list[int]]] = {}
    for i, (s, j) in sorted(best_left.items()):
        if i not in owner_left and j in owner_right and _attaches(s, pairs[owner_right[j]]):
            extra.setdefault(owner_right[j], ([], []))[0].append(i)
    for j, (s, i) in sorted(best_right.items()):
        if j not in owner_right and i in owner_left and _attaches(s, pairs[owner_left[i]]):
            extra.setdefault(owner_left[i], ([], []))[1].append(j)
    for k, (lefts, rights) in extra.items():
        p = pairs[k]
        pairs[k] = _Pair(
            tuple(sorted((*p.left, *lefts))),
            tuple(sorted((*p.right, *rights))),
            p.similarity,
            p.kind,
        )
    return pairs


def _attaches(s: float, block: _Pair) -> bool:
    """Whether a paragraph whose best counterpart, at similarity ``s``, is in ``block`` joins
    it: at ATTACH_MIN or more, and at ATTACH_REL of the block's own similarity."""
    return s >= ATTACH_MIN and s >= ATTACH_REL * block.similarity


ATTACH_REL = 0.5
"""A paragraph joins a block only if its best similarity with it is at least this share of the
block's own: next to a block of two copies of one paragraph (1.0), a third paragraph at 0.3
shares a name or a number with it, not its fact (in a list of numbered items, "item 27 cost 81
dollars" joined the copies of "item 81"). Half lets a detail join the lede it restates (0.2-0.4
against a lede pair at 0.4-0.6). Measured (precision/recall): 0.5 gives 0.92/0.78 on the own
gold and 0.88/0.62 on the shared one; 0.3 gives 0.90/0.78 and 0.87/0.62; 0.7 gives 0.91/0.77
and 0.89/0.62."""


def _best_counterparts(
    scores: _Scores,
) -> tuple[dict[int, tuple[float, int]], dict[int, tuple[float, int]]]:
    """For each paragraph of each side with a scored pair: (its best similarity, the
    paragraph of the other side giving it), the lowest index among equals."""
    best_left: dict[int, tuple[float, int]] = {}
    best_right: dict[int, tuple[float, int]] = {}
    for (i, j), s in sorted(scores.sims.items()):
        if s > best_left.get(i, (0.0, -1))[0]:
            best_left[i] = (s, j)
        if s > best_right.get(j, (0.0, -1))[0]:
            best_right[j] = (s, i)
    return best_left, best_right


MUTUAL_MIN = 0.15
"""Lowest similarity for pairing out of order two paragraphs that are each other's best
counterpart (below MOVED_MIN, which any pair may reach). A rewrite that reorders a story keeps
each fact's paragraph closest to its counterpart even when the wording changed (a CEO's
forecast quoted at the end of one article and in the middle of the other): among all the
paragraph pairs of two articles, being each other's best is evidence that no single score
gives. Measured (precision/recall): 0.15 gives 0.92/0.78 on the own gold and 0.88/0.62 on the
shared one; 0.12 the same; 0.2 gives 0.93/0.77 and 0.88/0.61 (the pass then finds nothing the
in-order pairing does not). Between articles on different stories (306 pairs of the corpora) it
adds no block at 0.15."""


def _mutual(scores: _Scores, i: int, j: int, s: float) -> bool:
    """Whether left ``i`` and right ``j`` (similarity ``s``) are each other's best
    counterpart at MUTUAL_MIN or more."""
    return s >= MUTUAL_MIN and s >= scores.best_left[i] and s >= scores.best_right[j]


def _grow(
    scores: _Scores,
    block: tuple[int, ...],
    others: tuple[int, ...],
    used: set[int],
    *,
    side: str,
) -> tuple[int, ...]:
    """``block`` (paragraphs of ``side``) extended by free neighbours that belong with
    ``others`` (see ``_belongs``), up to MAX_JOIN paragraphs."""
    block = tuple(block)
    used = used | set(block)
    changed = True
    while changed and len(block) < MAX_JOIN:
        changed = False
        for k in (block[0] - 1, block[-1] + 1):
            size = len(scores.lv if side == "left" else scores.rv)
            if 0 <= k < size and k not in used and _belongs(scores, k, others, side=side):
                block = tuple(sorted((*block, k)))
                used.add(k)
                changed = True
                break
    return block


def _belongs(scores: _Scores, k: int, others: tuple[int, ...], *, side: str) -> bool:
    """Whether paragraph ``k`` of ``side`` may join a block whose other side is ``others``:
    it relates to one of them (MERGE_PART_MIN) nearly as well as to anything (JOIN_REL)."""
    if side == "left":
        return _joins(max(scores.sim(k, o) for o in others), scores.best_left[k])
    return _joins(max(scores.sim(o, k) for o in others), scores.best_right[k])


SENTENCE_MIN_TERMS = 4
"""Fewest distinct content terms a sentence needs to stand for its paragraph (see
:func:`_add_sentence_matches`): shorter ones ("He added.", a dateline, "Read more") state no
fact of their own and match other short sentences by one shared word."""


SENTENCE_WEIGHT = 0.7
"""A sentence pair's cosine counts for this much of a paragraph pair's. Two sentences hold
fewer terms than two paragraphs, so one shared name or rare word weighs more in their cosine,
and a chance pair of sentences scores like a related pair of paragraphs. Measured on pairs of
articles on different stories in the corpora (306 pairs, where any paired block is a false
one): 32 blocks at 1.0, 11 at 0.75, 8 at 0.7, 6 at 0.6 (5 with paragraph cosines alone). On the
gold standards (precision/recall), 0.7 gives 0.92/0.78 on the own gold and 0.88/0.62 on the
shared one; paragraph cosines alone 0.92/0.77 and 0.88/0.59 (six more paragraphs shown
one-sided that the shared gold aligns); 1.0 gives 0.92/0.82 and 0.83/0.61; 0.6 gives 0.92/0.77
and 0.88/0.60."""


def _add_sentence_matches(
    left: Article, right: Article, weighting: Weighting, sims: dict[tuple[int, int], float]
) -> None:
    """Raise each paragraph pair's similarity to that of its best pair of sentences.

    Outlets regroup facts: one writes a death toll, a fire's size and the evacuations in one
    paragraph, another gives each its own. The cosine of whole paragraphs dilutes the one
    fact they share with everything else each says; the cosine of the two sentences that
    state it does not. A paragraph pair is therefore at least as similar as its closest two
    sentences (each of SENTENCE_MIN_TERMS terms or more), their cosine weighed by
    SENTENCE_WEIGHT.

    Only where every combination of paragraphs is searched (not :func:`_banded`): news
    articles have tens of paragraphs, while a book-length text has thousands of sentences a
    side, where this step doubled the whole comparison's time (8 s to 13 s for 1M characters
    a side) and the band's path is set by the clearest matches anyway."""
    ls = [s for s in article_sentences(left) if content_term_count(s.text) >= SENTENCE_MIN_TERMS]
    rs = [s for s in article_sentences(right) if content_term_count(s.text) >= SENTENCE_MIN_TERMS]
    if not ls or not rs:
        return
    lv = [weighting.vector(s.text) for s in ls]
    rv = [weighting.vector(s.text) for s in rs]
    floor = SCORED_MIN / SENTENCE_WEIGHT  # weighed, a lower cosine is never read
    for (a, b), score in sparse_cosines(lv, rv, min_score=floor).items():
        key = ls[a].paragraph, rs[b].paragraph
        score *= SENTENCE_WEIGHT
        if score > sims.get(key, 0.0):
            sims[key] = score


FIGURE_MATCH = 0.3
"""Similarity given a paragraph pair that states one quantity of one thing: the same measure
read on both sides (deaths, acres burned, a purchase price; days and bare numbers aside) of
subjects that agree (:func:`storydiff.core.figures.meaning.same_quantity`). What two outlets'
versions of a paragraph share is often their facts rather than their words ("Wildfires have
killed at least 25 people" / "The death toll ... has risen to 29"); this is above MOVED_MIN,
so such a pair is found out of order too, and well below a reworded copy's cosine."""


FIGURE_MEASURE = 0.2
"""Similarity given a paragraph pair that states one measure (acres burned, homes destroyed)
where one side does not say whose figure it is: "the fires have burned more than 37,800
acres" beside "the Eaton Fire ... burning a total of 14,021 acres". That is no figure pair
(the unnamed total may be any fire's, or all of them), but it is the paragraph one outlet
writes for the facts another gives subject by subject, so the two belong side by side. Below
FIGURE_MATCH (not one quantity) and MOVED_MIN (alone, no reason to pair out of order), at
ATTACH_MIN: enough to pair in order or to join the block holding its counterpart.

Measured on the shared pairs gold (pairs found of 108 / judged right / paragraphs one-sided
that the gold aligns): 71 / 71 of 78 / 37 without, 73 / 73 of 78 / 30 with it (0.25 the
same); the own gold, the seeds and pairs of different stories (306 pairs of the corpora, 8
false blocks) unchanged. On the unseen quake story (benchmarks/stories) it pairs "the
deadliest in Kelmar since 1997, when more than 200 people died" with "the 1997 earthquake,
which killed 241"; on the held-out stories' pairs gold (benchmarks/stories/pairs.json, 20
pairs of five stories, checked once, never tuned to) 106 -> 108 of 167 found, 106 of 129 ->
108 of 131 right, 57 -> 54 one-sided. Two different names for the subjects are left out:
"the Kenneth fire consumed 1,000 acres" and "the Palisades Fire ... 23,000 acres" are two
facts (with them judged right fell to 74 of 82)."""


def _add_figure_matches(
    left: Article, right: Article, sims: dict[tuple[int, int], float]
) -> None:
    """Raise each paragraph pair holding figures of one quantity to FIGURE_MATCH, and each
    holding one measure whose subject one side leaves unsaid to FIGURE_MEASURE."""
    lf = [f for f in article_figures(left) if _telling(f)]
    rf = [f for f in article_figures(right) if _telling(f)]
    if not lf or not rf:
        return
    owners = Owners(lf, rf)
    by_family: dict[str | None, list] = {}
    for f in rf:
        by_family.setdefault(measure_family(f), []).append(f)
    for a in lf:
        for b in by_family.get(measure_family(a), ()):
            key = a.paragraph, b.paragraph
            s = sims.get(key, 0.0)
            if s >= FIGURE_MATCH:
                continue
            if same_quantity(a, b, agree=True, owners=owners):
                sims[key] = FIGURE_MATCH
            elif s < FIGURE_MEASURE and _one_measure(a, b):
                sims[key] = FIGURE_MEASURE


def _one_measure(a: Figure, b: Figure) -> bool:
    """Whether two figures of one measure family state it alike (both totals or both
    changes, of one period) with at most one of them saying whose it is."""
    return (a.change, a.period) == (b.change, b.period) and not (a.subject_key and b.subject_key)


def _telling(f: Figure) -> bool:
    """A figure whose measure is read, and that is not a day, date or year (every paragraph of
    a report may carry the day)."""
    return f.measure is not None and f.kind not in ("weekday", "date", "year", "time")


def _add_identical(
    left: Sequence[str], right: Sequence[str], sims: dict[tuple[int, int], float]
) -> None:
    """Identical paragraphs score 1.0 even when they have no content words to compare."""
    where: dict[str, list[int]] = {}
    for j, text in enumerate(right):
        where.setdefault(" ".join(text.split()).lower(), []).append(j)
    for i, text in enumerate(left):
        for j in where.get(" ".join(text.split()).lower(), ()):
            sims[i, j] = 1.0


_MOVES = tuple((1, k) for k in range(1, 4)) + tuple((k, 1) for k in range(2, 4)) + ((1, 0), (0, 1))
"""Block shapes the DP may end with: 1:1, joins up to MAX_JOIN paragraphs on one side, skips
(the skips last: on a tie, a pairing move wins)."""


_UNREACHED = float("-inf")
"""Score of a DP cell no pairing reaches. A constant rather than ``float("-inf")`` written
in the loops, which parses the string again at every cell."""


class _Grid:
    """The DP's score and back-pointer cells, stored only inside the band: every cell when
    the grid holds at most MAX_DP_CELLS, else about that many around ``centre`` (a column
    per row), each row reaching the next row's first cell so that a path always exists."""

    def __init__(self, n: int, m: int, centre: Sequence[float] | None) -> None:
        if centre is None:
            self.lo, self.hi = [0] * (n + 1), [m] * (n + 1)
        else:
            half = max(m / max(n, 1) + 2, MAX_DP_CELLS / (2 * (n + 1)))
            self.lo = [max(0, int(c - half)) for c in centre]
            self.hi = [min(m, int(c + half) + 1) for c in centre]
            self.lo[0], self.hi[n] = 0, m
            for i in range(n):  # a jump of the centre (right paragraphs told nowhere left)
                self.hi[i] = max(self.hi[i], self.lo[i + 1])
        self.score = [[_UNREACHED] * (self.hi[i] - self.lo[i] + 1) for i in range(n + 1)]
        self.move = [[(0, 0)] * (self.hi[i] - self.lo[i] + 1) for i in range(n + 1)]

    def get(self, i: int, j: int) -> float:
        if i < 0 or j < 0 or not self.lo[i] <= j <= self.hi[i]:
            return _UNREACHED
        return self.score[i][j - self.lo[i]]


def _in_order(scores: _Scores) -> list[_Pair]:
    """The best-scoring monotone pairing with 1:1 blocks and joins (banded DP)."""
    n, m = len(scores.lv), len(scores.rv)
    grid = _Grid(n, m, _guide(scores, n, m) if _banded(n, m) else None)
    grid.score[0][0] = 0.0
    sims = scores.sims
    for i in range(n + 1):
        lo, row, moves = grid.lo[i], grid.score[i], grid.move[i]
        up, up_lo, up_hi = (grid.score[i - 1], grid.lo[i - 1], grid.hi[i - 1]) if i else ([], 1, 0)
        for j in range(max(lo, 1) if i == 0 else lo, grid.hi[i] + 1):
            # Every pairing move into (i, j) involves paragraphs i-1 and j-1 together, so
            # when they share nothing only the two skips need looking at (the fast path:
            # _best_move's answer for the moves (1, 0) and (0, 1), which gain 0.0).
            if i and j and sims.get((i - 1, j - 1), 0.0) >= SCORED_MIN:
                row[j - lo], moves[j - lo] = _best_move(grid, scores, i, j)
                continue
            best, move = _UNREACHED, (0, 0)
            if up_lo <= j <= up_hi and up[j - up_lo] != _UNREACHED:  # skip left i-1
                best, move = up[j - up_lo] + 0.0, (1, 0)
            if j > lo and row[j - 1 - lo] != _UNREACHED and row[j - 1 - lo] + 0.0 > best:
                best, move = row[j - 1 - lo] + 0.0, (0, 1)  # skip right j-1
            row[j - lo], moves[j - lo] = best, move
    return _trace(grid, scores, n, m)


def _guide(scores: _Scores, n: int, m: int) -> list[float]:
    """The band's centre, row by row: the path traced by the clearest matches (pairs of
    paragraphs each other's best, at MOVED_MIN or more: the longest chain of them in
    order), straight between them. A band around the grid's diagonal lost the path of two
    long texts as soon as one dropped a tenth of its paragraphs, and every pair it missed
    came out as "moved"."""
    best_right: dict[int, tuple[float, int]] = {}
    best_left: dict[int, tuple[float, int]] = {}
    for (i, j), s in scores.sims.items():
        if s >= MOVED_MIN:
            if s > best_right.get(i, (0.0, -1))[0]:
                best_right[i] = (s, j)
            if s > best_left.get(j, (0.0, -1))[0]:
                best_left[j] = (s, i)
    mutual = sorted((i, j) for i, (_, j) in best_right.items() if best_left[j][1] == i)
    points = [(0, 0), *((i + 1, j + 1) for i, j in _rising(mutual)), (n, m)]
    centre: list[float] = []
    for (r0, c0), (r1, c1) in pairwise(points):
        centre += [c0 + (c1 - c0) * (r - r0) / (r1 - r0) for r in range(r0, r1)]
    return [*centre, float(m)]


def _rising(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``pairs`` (sorted, each first value once) whose second values
    rise too (patience sorting)."""
    ends: list[int] = []  # ends[k]: the smallest last value of a rising chain of k + 1 pairs
    tails: list[int] = []  # tails[k]: the index of the pair that ends it
    before: list[int] = []  # per pair, the index of the pair before it in its chain
    for k, (_, j) in enumerate(pairs):
        at = bisect_left(ends, j)
        before.append(tails[at - 1] if at else -1)
        ends[at : at + 1], tails[at : at + 1] = [j], [k]
    chain, k = [], tails[-1] if tails else -1
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def _best_move(grid: _Grid, scores: _Scores, i: int, j: int) -> tuple[float, tuple[int, int]]:
    """The best score into cell (i, j) and the block shape that gives it, among all moves."""
    best, move = _UNREACHED, (0, 0)
    for di, dj in _MOVES:
        if i < di or j < dj:
            continue
        before = grid.get(i - di, j - dj)
        if before == _UNREACHED:
            continue
        if (di > 1 or dj > 1) and not _may_join(scores, i - di, j - dj, di, dj):
            continue
        gain = _gain(scores, i - di, j - dj, di, dj)
        if gain is not None and before + gain > best:
            best, move = before + gain, (di, dj)
    return best, move


def _may_join(scores: _Scores, i: int, j: int, di: int, dj: int) -> bool:
    """Whether every paragraph of the join block (``di`` or ``dj`` above 1) from (i, j)
    passes ``_belongs``, by look-ups alone: the other side is one paragraph, so a joined
    paragraph belongs when its similarity with it reaches MERGE_PART_MIN and JOIN_REL of its
    own best. Most candidate joins fail here, before :func:`_join_similarity` combines
    vectors."""
    sims = scores.sims
    if di > 1:
        best = scores.best_left
        return all(_joins(sims.get((i + a, j), 0.0), best[i + a]) for a in range(di))
    best = scores.best_right
    return all(_joins(sims.get((i, j + b), 0.0), best[j + b]) for b in range(dj))


def _joins(s: float, best: float) -> bool:
    """The test of ``_belongs`` for a paragraph whose similarity with the block's other side
    is ``s`` and with any paragraph at most ``best``."""
    return s >= MERGE_PART_MIN and s >= JOIN_REL * best


def _gain(scores: _Scores, i: int, j: int, di: int, dj: int) -> float | None:
    """What a block of ``di`` left and ``dj`` right paragraphs from (i, j) adds, or None."""
    if di == 0 or dj == 0:
        return 0.0
    if di == dj == 1:
        s = scores.sim(i, j)
        return s - PAIR_MIN if s >= PAIR_MIN else None
    # _best_move has checked with _may_join that every joined paragraph belongs.
    block = _block_similarity(scores, tuple(range(i, i + di)), tuple(range(j, j + dj)))
    if block is None:
        return None
    extra = di + dj - 2
    return (1 + MERGE_STEP * extra) * (block - PAIR_MIN) - MERGE_PENALTY * extra


def _join_similarity(
    scores: _Scores, lefts: tuple[int, ...], rights: tuple[int, ...]
) -> float | None:
    """Similarity of a block joining several paragraphs on one side, or None if one of
    them does not belong there (see ``_belongs``).

    The block scores the better of its combined-text cosine and its best single pair: a
    short paragraph joined to a long one adds few terms, and must not lower the score of
    the pair that carries the fact.
    """
    if len(lefts) > 1 and not all(_belongs(scores, k, rights, side="left") for k in lefts):
        return None
    if len(rights) > 1 and not all(_belongs(scores, k, lefts, side="right") for k in rights):
        return None
    return _block_similarity(scores, lefts, rights)


def _block_similarity(
    scores: _Scores, lefts: tuple[int, ...], rights: tuple[int, ...]
) -> float | None:
    """``_join_similarity`` for a block whose paragraphs are known to belong (the DP checks
    that by look-ups first): the better of the combined cosine and the best single pair, or
    None below PAIR_MIN."""
    parts = [scores.sim(i, j) for i in lefts for j in rights]
    combined = cosine(_block_vector(scores.lv, lefts), _block_vector(scores.rv, rights))
    s = max(combined, *parts)
    return s if s >= PAIR_MIN else None


def _block_vector(vectors: list[Vector], block: tuple[int, ...]) -> Vector:
    """The vector of a block's paragraphs read as one. A single paragraph's is its own:
    :func:`combine` of one vector adds nothing to its weights and finds the same norm, so
    the copy it would make is skipped."""
    if len(block) == 1:
        return vectors[block[0]]
    return combine(vectors[k] for k in block)


def _trace(grid: _Grid, scores: _Scores, n: int, m: int) -> list[_Pair]:
    pairs: list[_Pair] = []
    i, j = n, m
    while i or j:
        di, dj = grid.move[i][j - grid.lo[i]]
        i, j = i - di, j - dj
        if di and dj:
            lefts, rights = tuple(range(i, i + di)), tuple(range(j, j + dj))
            s = (
                scores.sim(i, j)
                if di == dj == 1
                else _join_similarity(scores, lefts, rights) or 0.0
            )
            pairs.append(_Pair(lefts, rights, s))
    return pairs[::-1]


def _blocks(pairs: list[_Pair], n: int, m: int) -> list[Block]:
    """Blocks in left reading order; an unpaired right paragraph goes just before the
    in-order match that follows its nearest preceding in-order right neighbour."""
    blocks: list[tuple[tuple[int, int, int], Block]] = []
    matched_right: dict[int, int] = {}
    match_starts: list[int] = []
    for p in pairs:
        blocks.append(((p.left[0], 0, 0), Block(p.kind, p.left, p.right, round(p.similarity, 4))))
        if p.kind == "match":
            match_starts.append(p.left[0])
            for j in p.right:
                matched_right[j] = p.left[0]
    paired_left = {i for p in pairs for i in p.left}
    paired_right = {j for p in pairs for j in p.right}
    blocks += [((i, 0, 0), Block("left_only", (i,), ())) for i in range(n) if i not in paired_left]
    match_starts.sort()
    anchor = -1
    for j in range(m):
        if j in matched_right:
            anchor = matched_right[j]
        elif j not in paired_right:
            k = bisect_right(match_starts, anchor)
            at = match_starts[k] if k < len(match_starts) else n
            blocks.append(((at, -1, j), Block("right_only", (), (j,))))
    return [b for _, b in sorted(blocks, key=lambda kb: kb[0])]
