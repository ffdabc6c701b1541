"""Turn a figure into the interval of values it allows, so two outlets can be compared.

"$5.6 million" allows 5.55-5.65 million (it is rounded to 100,000); "under $6 million"
allows anything up to 6 million; "about $5.6 million" allows 10% either side; "a few million
dollars" allows 2-10 million. Two figures are compatible when their intervals overlap.
"""

from __future__ import annotations

import math
import re

from storydiff.core.figures.numbers import digits_value
from storydiff.core.model import Figure

UPPER: tuple[str, ...] = (
    "under",
    "below",
    "less than",
    "fewer than",
    "up to",
    "at most",
    "no more than",
    "not more than",
    "as much as",
    "as many as",
    "as high as",
    "lower than",
    "smaller than",
    "just under",
    "no higher than",
    "a maximum of",
    "maximum of",
    "less than or equal to",
    "smaller than or equal to",
    "smaller or equal than",
    "lower or equal than",
    "less or equal than",
    "<",
    "<=",
    "≤",
)
"""Hedges that cap a figure: it is at most the number."""
LOWER: tuple[str, ...] = (
    "over",
    "above",
    "more than",
    "at least",
    "greater than",
    "larger than",
    "bigger than",
    "higher than",
    "exceeding",
    "in excess of",
    "upwards of",
    "no less than",
    "not less than",
    "just over",
    "a minimum of",
    "as few as",
    "as low as",
    "greater than or equal to",
    "more than or equal to",
    "at least or equal to",
    "bigger or equal than",
    "greater or equal than",
    "higher or equal than",
    "exceed",
    "exceeds",
    "surpass",
    "surpasses",
    ">",
    ">=",
    "≥",
)
"""Hedges that floor a figure: it is at least the number."""
NEAR_BELOW = ("nearly", "almost", "close to", "just shy of", "approaching")
"""Just under the number: [value * (1 - APPROX), value]."""
APPROXIMATE = (
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "an estimated",
    "estimated",
    "circa",
    "more or less",
    "or so",
    "somewhere around",
)
"""Either side of the number: [value * (1 - APPROX), value * (1 + APPROX)]."""
EXACT = (
    "only",
    "just",
    "exactly",
    "precisely",
    "a mere",
    "merely",
    "fully",
    "a full",
    "equal to",
    "equals",
)
"""Emphasis that does not widen the figure."""
VAGUE = ("a few", "several", "many")
"""Set by the reader on vague amounts ("a few million"); the figure's own range is its
interval."""

TRAILING_UPPER = ("or less", "or fewer", "or lower", "or below", "or under", "or smaller")
TRAILING_LOWER = (
    "or more",
    "or greater",
    "or higher",
    "or above",
    "or over",
    "and more",
    "and above",
    "and over",
    "and up",
    "or larger",
)
"""Bounds written after the figure ("500 or more", "30 or fewer"): they cap or floor it."""
TRAILING_HEDGES = TRAILING_UPPER + TRAILING_LOWER
UPPER = UPPER + TRAILING_UPPER
LOWER = LOWER + TRAILING_LOWER

QUALIFIERS = (
    tuple(q for q in UPPER + LOWER if q not in TRAILING_HEDGES) + NEAR_BELOW + APPROXIMATE + EXACT
)
"""Every hedge the extractor attaches before a figure, longest first when matched (see
``extract``); the trailing ones are matched after it only."""

APPROX = 0.10
"""Relative width of "about"/"nearly": reporters round "5.58" to "about 5.6" or "nearly 6",
so 10% keeps those consistent while "about $600 million" against "$1.5 trillion" stays a
conflict. Tuned on the seed training-cost figures."""

ROUND_TENS_FROM = 1000
"""Trailing zeros read as rounding ("600 million" = 550-650 million, "12,000 structures" =
11,500-12,500) only with a scale word or from this value up: "40%" and "30 people" are
taken as exact, so 40% against 42% is a conflict."""

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def rounding_step(figure: Figure) -> float:
    """How coarsely the figure is written, in its value's units: "$5.6 million" -> 100,000;
    "$5.58 million" -> 10,000; "600" -> 100; words and dates -> 0 (taken as exact)."""
    found = _DIGITS.search(figure.text)
    if found is None or figure.value is None or figure.kind in ("date", "weekday", "time", "year"):
        return 0.0
    parsed = digits_value(found.group())
    if parsed is None or parsed[0] == 0:
        return 0.0
    number, step = parsed
    scale = abs(figure.value / number)
    if scale == 1.0 and number < ROUND_TENS_FROM:
        step = min(step, 1.0)
    return scale * step if figure.high is None else 0.0


def interval(figure: Figure) -> tuple[float, float]:
    """The values the figure allows, as (low, high), infinite where open."""
    if figure.value is None:
        return (-math.inf, math.inf)
    low, high = figure.value, figure.high if figure.high is not None else figure.value
    q = figure.qualifier
    if q in UPPER:  # a stated bound is not widened by rounding: "under $6 million" < 6e6
        return (-math.inf if low < 0 else 0.0, high)
    if q in LOWER:
        return (low, math.inf)
    half = rounding_step(figure) / 2
    low, high = low - half, high + half
    if q in NEAR_BELOW:
        return (low * (1 - APPROX), high)
    if q in APPROXIMATE:
        return (low * (1 - APPROX), high * (1 + APPROX))
    return (low, high)


def hedged(figure: Figure) -> bool:
    """True if the figure is an interval rather than a point (a hedge, a range, rounding)."""
    return figure.high is not None or figure.qualifier not in (None, *EXACT)
