"""Decide which figure of one article states the same fact as which figure of the other.

Two figures are candidates only if they measure the same thing (same currency, per cent,
unit, or counted noun; weekday with weekday, date with date). A candidate's score is the
similarity of the words around the two figures (:mod:`facts`), plus a bonus when their
paragraphs are aligned and a small one when the values agree. Pairs are then taken best
first, each figure at most once (a greedy global matching: with a few dozen figures per
article it is what an exact assignment would pick in practice, and it is deterministic).
Values alone never pair figures: two different numbers about different things stay apart,
as ``left_only`` and ``right_only``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from storydiff.core.figures.facts import (
    Weighted,
    context,
    describe,
    overlap,
    pair_label,
    rarity,
    single_label,
    stem,
    weigh,
)
from storydiff.core.figures.meaning import (
    DEATHS,
    PEOPLE_NOUNS,
    Owners,
    as_of_note,
    counts_the_same,
    fact_label,
    measure_family,
    number_beside_count,
    same_quantity,
)
from storydiff.core.figures.normalise import interval
from storydiff.core.figures.verdict import judge
from storydiff.core.model import Article, Block, Figure, FigurePair

MIN_SCORE = 0.12
"""Lowest score for a pair. Contexts of the same fact in two outlets share a few content
words (cosine 0.15-0.5 on the seeds: the training cost figures of 000/004 share "train",
"model"); unrelated figures of one story share at most a name. A pair also needs at least
one shared context word (see ``pair_figures``), so the block bonus alone never pairs."""

MIN_AGREEING_SCORE = 0.06
"""Lowest score for a pair whose values are compatible (AGREE_BONUS included, so at least
some shared context). Lower than MIN_SCORE on purpose: wrongly pairing two agreeing figures
only says "consistent", while a wrong conflict is the error a reader cannot afford. Seeds
000/002 word the training cost in different clauses ("train AI models in one year with
just $5.6 million" / "DeepSeek claimed it for under $6 million"): score 0.067."""

BLOCK_BONUS = 0.15
"""Added when the two figures' paragraphs are aligned: counterpart paragraphs make the same
statement likelier. Small, so that poor alignment cannot pair unrelated figures."""

AGREE_BONUS = 0.05
"""Added when the values are compatible: a tie-breaker between equally worded candidates,
never enough on its own (it is below MIN_SCORE)."""

MEANING_BONUS = MIN_SCORE
"""Added when both sentences say what the figures measure and it is the same measure, of
subjects that agree (:func:`same_quantity` has passed): that is the evidence a reader uses,
so it pairs the figures on its own, however differently the rest of the two sentences is
worded ("The death toll from the fires rose to 10" / "Wildfires have killed at least 25
people"). The words around them still rank candidates of one measure."""

MAX_FIGURES = 400
"""Figures per article considered for pairing. Pairing is quadratic; 400 x 400 contexts
score in well under a second. The rest (a table of numbers, a long report) are listed
unpaired, each saying it was not compared, and the comparison's notices count them."""

SCORE_DIGITS = 9
"""Decimal places of a candidate's score that count when ranking candidates (see
``pair_figures``): finer differences are floating-point noise."""

MONEY_ANY = "XXX"


def pair_figures(
    left: Article,
    right: Article,
    left_figures: Sequence[Figure],
    right_figures: Sequence[Figure],
    blocks: Sequence[Block],
) -> list[FigurePair]:
    """Every figure of both articles, paired where they state the same fact, in reading order."""
    lf, rf = list(left_figures)[:MAX_FIGURES], list(right_figures)[:MAX_FIGURES]
    comparable_pairs = _comparable_pairs(lf, rf)
    lc, rc = _weighted_contexts(left, right, lf, rf, comparable_pairs)
    aligned = {
        (a, b)
        for blk in blocks
        if blk.kind in ("match", "moved")
        for a in blk.left
        for b in blk.right
    }
    spans = {i: interval(lf[i]) for i in lc}, {j: interval(rf[j]) for j in rc}
    owners = Owners(lf, rf)
    candidates = []
    for i, j in comparable_pairs:
        a, b = lf[i], rf[j]
        read = a.measure is not None and measure_family(a) == measure_family(b)
        apart = (a.paragraph, b.paragraph) not in aligned
        if not read and apart and lc[i].keys.isdisjoint(rc[j].keys):
            continue  # no shared context word, no aligned paragraphs: no pair (see _twins)
        agree = _agree_spans(a, b, spans[0][i], spans[1][j])
        twins = _twins(a, b, lc[i], rc[j], aligned)
        if not (twins and agree) and not same_quantity(a, b, agree=agree, owners=owners):
            continue  # identical figures of aligned paragraphs are one statement (_twins)
        score, shared = _score(a, b, lc[i], rc[j], aligned, agree)
        score += MEANING_BONUS if read else 0.0
        floor = MIN_AGREEING_SCORE if agree else MIN_SCORE
        if (read or shared or twins) and score >= floor:
            candidates.append((-score, i, j, shared))
    # Scores equal but for rounding (a context scored against itself and against an equally
    # worded one: the sums run in different orders) are ties, settled by reading order; else
    # a figure compared with its own copy could pair with its neighbour by the last bit.
    candidates.sort(key=lambda c: (round(c[0], SCORE_DIGITS), c[1], c[2]))
    used_l: set[int] = set()
    used_r: set[int] = set()
    pairs: list[tuple[tuple[int, int, int], FigurePair]] = []
    for _, i, j, _shared in candidates:
        if i in used_l or j in used_r:
            continue
        used_l.add(i)
        used_r.add(j)
        kind, reason = judge(lf[i], rf[j])
        if kind == "conflict":
            reason += as_of_note(lf[i], rf[j])
        fact = fact_label(lf[i], rf[j]) or pair_label(
            describe(left.paragraphs[lf[i].paragraph], lf[i]),
            describe(right.paragraphs[rf[j].paragraph], rf[j]),
        )
        pairs.append(
            ((lf[i].paragraph, lf[i].start, 0), FigurePair(kind, lf[i], rf[j], fact, reason))
        )
    pairs += _alone(left, lf, used_l, right_name=right.outlet or right.path)
    pairs += [((f.paragraph, f.start, 0), p) for f, p in _uncompared(left, left_figures, "left")]
    order = _right_order(blocks)
    pairs += [
        ((order.get(f.paragraph, 10**9), f.start, 1), p)
        for f, p in [
            *_alone_right(right, rf, used_r, left.outlet or left.path),
            *_uncompared(right, right_figures, "right"),
        ]
    ]
    return [p for _, p in sorted(pairs, key=lambda item: item[0])]


def _weighted_contexts(
    left: Article,
    right: Article,
    lf: list[Figure],
    rf: list[Figure],
    comparable_pairs: list[tuple[int, int]],
) -> tuple[dict[int, Weighted], dict[int, Weighted]]:
    """The weighted context of each figure that has a comparable figure on the other side,
    by index: the figures candidate pairs are made of. The others (a third of a real pair's
    figures: a year, a count of a noun the other article never counts) are never scored, so
    their words are not read; a stem's rarity does not depend on which other stems are
    weighed."""
    left_used = sorted({i for i, _ in comparable_pairs})
    right_used = sorted({j for _, j in comparable_pairs})
    lctx = {i: context(left.paragraphs[lf[i].paragraph], lf[i]) for i in left_used}
    rctx = {j: context(right.paragraphs[rf[j].paragraph], rf[j]) for j in right_used}
    wanted = {k for c in chain(lctx.values(), rctx.values()) for k in c.words}
    weight = rarity([*left.paragraphs, *right.paragraphs], wanted)
    return (
        {i: weigh(c, weight) for i, c in lctx.items()},
        {j: weigh(c, weight) for j, c in rctx.items()},
    )


def comparable(a: Figure, b: Figure) -> bool:
    """Whether two figures measure the same kind of thing (so a value comparison means
    something): money in the same currency, the same unit, the same counted noun."""
    if a.kind == "money" and b.kind == "money":
        return a.unit == b.unit or MONEY_ANY in (a.unit, b.unit)
    if _bucket(a) == _bucket(b) and _bucket(a) in (_DEATH_BUCKET, _PEOPLE_BUCKET):
        return True
    if number_beside_count(a, b):
        return True
    if a.kind != b.kind or a.unit != b.unit:
        return False
    if a.kind == "count":
        return stem(a.unit or "") == stem(b.unit or "")
    return True


def _comparable_pairs(lf: Sequence[Figure], rf: Sequence[Figure]) -> list[tuple[int, int]]:
    """Every (i, j) with ``comparable(lf[i], rf[j])``, found through buckets by what the
    figures measure instead of testing all len(lf) x len(rf) pairs (160,000 at MAX_FIGURES,
    of which a few per cent are comparable)."""
    buckets: dict[tuple[str, str | None], list[int]] = {}
    for j, b in enumerate(rf):
        buckets.setdefault(_bucket(b), []).append(j)
    any_money = sorted(j for key, js in buckets.items() if key[0] == "money" for j in js)
    counts = sorted(j for j, b in enumerate(rf) if b.kind == "count")
    out = []
    for i, a in enumerate(lf):
        key = _bucket(a)
        if key == ("money", MONEY_ANY):
            js = any_money
        elif key[0] == "money":
            js = sorted({*buckets.get(key, ()), *buckets.get(("money", MONEY_ANY), ())})
        elif key == _BARE:
            js = sorted({*buckets.get(key, ()), *counts})
        elif a.kind == "count":
            js = sorted({*buckets.get(key, ()), *buckets.get(_BARE, ())})
        else:
            js = buckets.get(key, [])
        out += [(i, j) for j in js]
    return out


def _bucket(f: Figure) -> tuple[str, str | None]:
    """What ``comparable`` compares: kind and unit (a counted noun's unit is the noun, equal
    units having equal stems); money of any currency ("XXX") is matched in
    ``_comparable_pairs``. A count of deaths is one bucket however it is worded ("five
    fatalities", "10 people" killed, "16 lives" lost)."""
    if f.measure == DEATHS and f.kind in ("count", "number"):
        return _DEATH_BUCKET
    if f.kind == "count" and f.unit in PEOPLE_NOUNS:
        return _PEOPLE_BUCKET
    return f.kind, f.unit


_DEATH_BUCKET = ("count", DEATHS)
_PEOPLE_BUCKET = ("count", "people")
_BARE = ("number", None)
"""Counts of people however named ("residents", "others", "persons"): their measures
("people injured", "people evacuated") tell them apart."""


def _twins(a: Figure, b: Figure, ca: Weighted, cb: Weighted, aligned: set[tuple[int, int]]) -> bool:
    """Figures in aligned paragraphs that are written identically, or that have no words
    around them at all, are the same statement even without shared context words."""
    if (a.paragraph, b.paragraph) not in aligned:
        return False
    if a.kind != b.kind and not counts_the_same(a, b):
        return False  # "the number of people burned rose to 11" beside "11 countries"
    return a.text == b.text or not (ca.words or cb.words)


def _score(
    a: Figure,
    b: Figure,
    ca: Weighted,
    cb: Weighted,
    aligned: set[tuple[int, int]],
    agree: bool,
) -> tuple[float, list[str]]:
    score, shared = overlap(ca, cb)
    if (a.paragraph, b.paragraph) in aligned:
        score += BLOCK_BONUS
    if agree:
        score += AGREE_BONUS
    return score, shared


def _agree_spans(
    a: Figure, b: Figure, span_a: tuple[float, float], span_b: tuple[float, float]
) -> bool:
    """Compatible values: the intervals overlap (weekdays and dates must be equal). Each
    figure's interval is computed once per figure by the caller, not once per pair."""
    if a.unit in ("weekday", "date", "season", "year"):
        return a.value == b.value
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _alone(
    article: Article, figures: list[Figure], used: set[int], right_name: str
) -> list[tuple[tuple[int, int, int], FigurePair]]:
    out = []
    for i, f in enumerate(figures):
        if i not in used:
            reason = f"{right_name} gives no figure for this"
            pair = FigurePair("left_only", f, None, _fact(article, f), reason)
            out.append(((f.paragraph, f.start, 0), pair))
    return out


def _alone_right(
    article: Article, figures: list[Figure], used: set[int], left_name: str
) -> list[tuple[Figure, FigurePair]]:
    reason = f"{left_name} gives no figure for this"
    return [
        (f, FigurePair("right_only", None, f, _fact(article, f), reason))
        for i, f in enumerate(figures)
        if i not in used
    ]


def _uncompared(
    article: Article, figures: Sequence[Figure], side: str
) -> list[tuple[Figure, FigurePair]]:
    """The figures past MAX_FIGURES, listed on their side with the reason they stand alone."""
    name = article.outlet or article.path
    reason = f"not compared: {name} states more than {MAX_FIGURES:,} figures"
    return [
        (f, FigurePair("left_only", f, None, _fact(article, f), reason))
        if side == "left"
        else (f, FigurePair("right_only", None, f, _fact(article, f), reason))
        for f in figures[MAX_FIGURES:]
    ]


def _fact(article: Article, figure: Figure) -> str | None:
    """The label of a figure only one article states."""
    return fact_label(figure) or single_label(
        describe(article.paragraphs[figure.paragraph], figure)
    )


def _right_order(blocks: Sequence[Block]) -> dict[int, int]:
    """For each right paragraph, the left paragraph it sits beside in the alignment, so that
    right-only figures are listed where a reader meets them."""
    order: dict[int, int] = {}
    last = 0
    for blk in blocks:
        if blk.left:
            last = max(blk.left)
        for r in blk.right:
            order[r] = last
    return order
