"""Judge two figures that state the same fact: same, consistent or conflict, with a reason.

Numbers are compared as intervals (:mod:`normalise`): equal values are ``same``;
overlapping intervals (rounding, hedges, vague amounts, ranges) are ``consistent``; anything
else is a ``conflict``. Dates compare their known parts (a missing year is not a conflict);
weekdays and years must be equal; tallies and scores ("7-2") must have the same numbers.
"""

from __future__ import annotations

import re

from storydiff.core.figures.dates import WEEKDAYS
from storydiff.core.figures.normalise import (
    APPROXIMATE,
    LOWER,
    NEAR_BELOW,
    UPPER,
    hedged,
    interval,
    rounding_step,
)
from storydiff.core.model import Figure, FigureVerdict

FACTOR_WORDING = 2.0
"""From this ratio of values up, a conflict is described as "differ by a factor of N"; below
it, by a percentage, which reads better for near misses (5.6 vs 6.1 million: 9%)."""


def judge(a: Figure, b: Figure) -> tuple[FigureVerdict, str]:
    """The verdict on two figures about the same fact, and one sentence saying why."""
    if a.kind in ("date", "weekday", "year", "time") or a.unit in ("date", "season"):
        return _judge_time(a, b)
    if a.kind == "tally" or b.kind == "tally":
        return _judge_tally(a, b)
    if a.value is None or b.value is None:
        return "consistent", f"{a.text} and {b.text} cannot be compared as numbers"
    if a.value == b.value and a.high == b.high:
        if a.qualifier == b.qualifier or not (hedged(a) or hedged(b)):
            return "same", f"both give {_plain(a)}"
        hedge = a.qualifier or b.qualifier
        return "consistent", f"both give {_plain(a)}; one hedges it with \u201c{hedge}\u201d"
    lo_a, hi_a = interval(a)
    lo_b, hi_b = interval(b)
    if lo_a <= hi_b and lo_b <= hi_a:
        return "consistent", _why_compatible(a, b)
    return "conflict", _why_conflict(a, b)


def _judge_tally(a: Figure, b: Figure) -> tuple[FigureVerdict, str]:
    """Tallies and scores compare as a whole: 7-2 and 6-3 are different votes even though
    both say the majority won. The same numbers written the other way round (a 3-1 win, a
    1-3 loss, seen from the other side) agree."""
    first, second = _TALLY.findall(a.text), _TALLY.findall(b.text)
    if first == second:
        return "same", f"both give {a.text}"
    if first == second[::-1]:
        return "consistent", f"{a.text} and {b.text} are the same tally from either side"
    return "conflict", f"{a.text} vs {b.text}: different tallies"


_TALLY = re.compile(r"\d+")


def _plain(f: Figure) -> str:
    """The figure without its hedge ("under $6 million" -> "$6 million")."""
    if f.qualifier and f.text.lower().startswith(f.qualifier):
        return f.text[len(f.qualifier) :].strip()
    return f.text


def _why_compatible(a: Figure, b: Figure) -> str:
    """Say which hedge or rounding makes two different numbers agree."""
    for bounds, word in ((LOWER, "lower"), (UPPER, "upper")):
        if a.qualifier in bounds and b.qualifier in bounds:
            return f"{a.text} and {b.text} are both {word} bounds"
    for x, y in ((a, b), (b, a)):
        q = y.qualifier
        if y.high is not None and x.high is None:
            return f"{_plain(x)} is within {y.text}"
        if q in UPPER:
            return f"{_plain(x)} is {q} {_plain(y)}"
        if q in LOWER:
            return f"{_plain(x)} is {q} {_plain(y)}"
        if q in APPROXIMATE or q in NEAR_BELOW:
            return f"{_plain(x)} is {q} {_plain(y)}"
    coarse, fine = (a, b) if rounding_step(a) >= rounding_step(b) else (b, a)
    if coarse.high is None and fine.high is None and rounding_step(coarse) > rounding_step(fine):
        return f"{_plain(fine)} rounds to {_plain(coarse)}"
    return f"{a.text} and {b.text} overlap"


def _why_conflict(a: Figure, b: Figure) -> str:
    low, high = sorted((abs(a.value or 0.0), abs(b.value or 0.0)))
    if a.unit in ("%", "pp"):
        gap = abs((a.value or 0) - (b.value or 0))
        return f"{a.text} vs {b.text}: {gap:g} percentage points apart"
    if low and high / low >= FACTOR_WORDING:
        return f"{a.text} vs {b.text}: differ by a factor of {_round(high / low)}"
    if low:
        return f"{a.text} vs {b.text}: differ by {round(100 * (high - low) / low)}%"
    return f"{a.text} vs {b.text}: different values"


def _round(x: float) -> str:
    """A readable factor: 2500 -> "2,500", 3.14 -> "3.1"."""
    return f"{x:,.0f}" if x >= 10 else f"{x:.1f}"


def _judge_time(a: Figure, b: Figure) -> tuple[FigureVerdict, str]:
    if a.value == b.value:
        if a.text.lower() == b.text.lower():
            return "same", f"both give {a.text}"
        return "same", f"{a.text} and {b.text} name the same {_noun(a)}"
    if a.unit == "weekday":
        return "conflict", (
            f"{_day(a)} vs {_day(b)}: different days" if a.value is not None else "different days"
        )
    if a.unit in ("date", "season") and a.value is not None and b.value is not None:
        ya, yb = int(a.value) // 10000, int(b.value) // 10000
        rest_a, rest_b = int(a.value) % 10000, int(b.value) % 10000
        if rest_a == rest_b and (ya == 0 or yb == 0):
            return "consistent", f"{a.text} and {b.text} agree; one gives no year"
        if (
            ya == yb
            and (rest_a % 100 == 0 or rest_b % 100 == 0)
            and (rest_a // 100 == rest_b // 100 or rest_a == 0 or rest_b == 0)
        ):
            return "consistent", f"{a.text} and {b.text} agree; one is less precise"
        return "conflict", f"{a.text} vs {b.text}: different dates"
    return "conflict", f"{a.text} vs {b.text}: different {a.kind}s"


def _noun(f: Figure) -> str:
    return {"weekday": "day", "season": "season", "year": "year"}.get(f.unit or "", "date")


def _day(f: Figure) -> str:
    return WEEKDAYS[int(f.value or 0)].capitalize()
