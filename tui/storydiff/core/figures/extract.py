"""Find every figure of a paragraph: the number, then what surrounds it.

At each token the readers are tried in order: a date/weekday/season/time; else an optional
currency sign, a number (:mod:`numbers`), and after it a per cent sign, currency name, unit or
counted noun, a range continuation ("to a billion dollars", "-15 exabytes"), and before it a
hedge ("under", "about"). The span covers hedge, sign, number and unit ("under $6 million");
a counted noun is reported in ``counted`` but not included in the span ("2,048" counts
"chips"), so highlights and atomic word diffs stay on the number itself.

Decisions (see the README's figures section):
* Numbers glued to letters are names, not figures: "H800", "R1", "GPT-4o", "COVID-19", "V3".
* "No. 1" is a figure of kind ``rank``; other ordinals ("21st", "first") are not figures.
* "one" is a figure only when it counts something ("one company"), not as a pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar

from storydiff.core.cjk import has_east_asian
from storydiff.core.figures.cjk import cjk_figures
from storydiff.core.figures.dates import MONTHS, SEASONS, WEEKDAYS, read_date
from storydiff.core.figures.normalise import APPROXIMATE, EXACT, QUALIFIERS, TRAILING_HEDGES
from storydiff.core.figures.nouns import counted_noun, head_word
from storydiff.core.figures.numbers import (
    FRACTION_STARTS,
    FRACTIONS,
    PLURAL_SCALES,
    SCALE_ABBREVIATIONS,
    SCALES,
    UNICODE_FRACTIONS,
    VAGUE_MULTIPLES,
    WORD_STARTS,
    Number,
    read_number,
)
from storydiff.core.figures.tokens import Token, glued, tokenize
from storydiff.core.figures.units import (
    AGE_TAILS,
    CODE_ALIASES,
    CURRENCY_ADJECTIVES,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    GLUED_ONLY,
    MAX_UNIT_WORDS,
    PERCENT_WORDS,
    SIGN_PREFIXES,
    SUBUNITS,
    UNITS,
)
from storydiff.core.model import Figure

V = TypeVar("V")
"""What a phrase table maps its word tuples to."""

_QUALIFIER_WORDS = sorted(
    ((tuple(t.lower for t in tokenize(q)), q) for q in QUALIFIERS),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
"""Each hedge as the tokens it is written with ("<=" is "<", "="), longest first."""
_QUALIFIER_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _entry in _QUALIFIER_WORDS:
    _QUALIFIER_LAST.setdefault(_entry[0][-1], []).append(_entry)
"""The hedges by their last word, longest first: a figure is preceded by a hedge only if the
word before it is a key, and then only that key's hedges are tried."""
_TRAILING_WORDS = sorted(
    ((tuple(q.split()), q) for q in TRAILING_HEDGES), key=lambda pair: len(pair[0]), reverse=True
)
_TRAILING_FIRST = {words[0] for words, _ in _TRAILING_WORDS}
"""The first word of every trailing hedge ("or"): a cheap gate, as _QUALIFIER_LAST."""
RANGE_WORDS = {"to", "through", "-", "–", "—"}
YEAR_RANGE = (1800, 2100)
"""Four-digit integers in this range with no unit are years ("in 2024")."""
MONEY_CUES = {
    "spend",
    "spent",
    "spending",
    "spends",
    "cost",
    "costs",
    "costing",
    "paid",
    "pay",
    "pays",
    "invest",
    "invested",
    "investment",
    "raised",
    "raise",
    "worth",
    "valued",
    "valuation",
    "funding",
    "revenue",
    "revenues",
    "budget",
    "budgets",
    "price",
    "priced",
    "sales",
    "profit",
    "profits",
    "loss",
    "losses",
    "fine",
    "fined",
}
"""Words that make a bare large amount money ("the billions American companies spend"),
within MONEY_CUE_WINDOW tokens. The currency is then unknown (unit ``XXX``, the ISO 4217
code for "no currency"), and pairing accepts it against any currency."""
MONEY_CUE_WINDOW = 8
"""Tokens each side searched for a money cue, within the clause (punctuation ends it)."""
PRONOUN_ONE_BEFORE = {
    "no",
    "the",
    "any",
    "every",
    "each",
    "this",
    "that",
    "which",
    "someone",
    "anyone",
    "everyone",
    "no-one",
    "only",
    "is",
    "at",
}
PRONOUN_ONE_AFTER = {
    "of",
    "another",
    "day",
    "by",
    "way",
    "thing",
    "or",
    "who",
    "that",
    "which",
    "time",
    "point",
    "hand",
    "can",
    "could",
    "would",
    "should",
    "will",
    "may",
    "might",
    "must",
    "is",
    "was",
    "has",
    "had",
    "does",
    "did",
    "another's",
    "after",
}
""""one" is a pronoun or idiom before these ("one of the things", "one day") and after these
("the one", "at one point")."""


@dataclass
class _Found:
    """A figure being assembled, in token indices."""

    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None
    qualifier: str | None = None
    high: float | None = None
    counted: str | None = None


def extract_figures(text: str, paragraph: int = 0) -> list[Figure]:
    """Every figure in ``text``, in order, with character offsets into it."""
    return list(_figures(text, paragraph))


EXTRACT_CACHE_SIZE = 4096
"""Paragraphs whose figures are remembered. Every comparison re-reads both articles' figures
and the reader compares one article against many (a folder of 200 articles has about 5,000
paragraphs): 4096 covers a typical folder; entries are a few figures each."""


@lru_cache(maxsize=EXTRACT_CACHE_SIZE)
def _figures(text: str, paragraph: int) -> tuple[Figure, ...]:
    if has_east_asian(text):
        return _with_cjk_figures(text, paragraph)
    return _read_figures(text, paragraph) if _may_hold_figure(text) else ()


def _with_cjk_figures(text: str, paragraph: int) -> tuple[Figure, ...]:
    """The figures of text holding Chinese, Japanese or Korean: those written their way, and
    those the English readers find where they overlap none of them ("$5.6 million" quoted in
    a Chinese sentence)."""
    found = cjk_figures(text, paragraph)
    spans = [(f.start, f.end) for f in found]
    for f in _read_figures(text, paragraph) if _may_hold_figure(text) else ():
        if not any(s < f.end and f.start < e for s, e in spans):
            found.append(f)
    return tuple(sorted(found, key=lambda f: f.start))


def _read_figures(text: str, paragraph: int) -> tuple[Figure, ...]:
    """The figures the English readers find, walking the tokens."""
    tokens = tokenize(text)
    out: list[Figure] = []
    i = 0
    for k in _starts(tokens):
        if k < i:
            continue  # inside the figure just read
        found = _read_at(tokens, k)
        if found is None:
            continue
        found = _with_trailing_hedge(tokens, _with_qualifier(tokens, found))
        start, end = tokens[found.start].start, tokens[found.end - 1].end
        out.append(
            Figure(
                text[start:end],
                found.kind,
                found.value,
                found.unit,
                paragraph,
                start,
                end,
                found.qualifier,
                found.high,
                found.counted,
            )
        )
        i = found.end
    return tuple(out)


_START_WORDS = frozenset(
    {*WORD_STARTS, *FRACTION_STARTS, *PLURAL_SCALES, *VAGUE_MULTIPLES, "a", "an", "half"}
    | {*SEASONS, *SIGN_PREFIXES, *CURRENCY_CODES, *CODE_ALIASES, "minus", "negative"}
    | {*CURRENCY_SIGNS, "-", "−", *WEEKDAYS, *MONTHS}
)
"""Lower-cased tokens at which ``_read_at`` can find a figure, besides numbers and fraction
characters: the words every reader it tries accepts first (number words, seasons, currency
codes and prefixes, "minus") and the signs (currency, minus). Most tokens of a text are
none of these, and skipping them is most of the extraction time saved."""
_DATES = frozenset({*WEEKDAYS, *MONTHS})
"""Weekdays and months, which ``read_date`` also accepts with a possessive ("Monday's")."""
_TIME_WORDS = frozenset(w[0] for w, (_, kind) in UNITS.items() if kind == "duration")
_CORE_WORDS = {
    *WORD_STARTS, *FRACTIONS, *PLURAL_SCALES, *VAGUE_MULTIPLES, *_DATES, *SEASONS, *_TIME_WORDS
}
_DIGIT_OR_FRACTION = re.compile(r"\d|[" + "".join(UNICODE_FRACTIONS) + "]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _may_hold_figure(text: str) -> bool:
    """Whether ``text`` holds a digit, a fraction character or one of _CORE_WORDS as a whole
    letter run: every figure does (a currency sign, code, "minus" or "a" only leads into a
    number, and "a" only into "a few"/"a million"/"a third"/"a dozen", all listed). A paragraph
    without any (about 30 % of news paragraphs) is not tokenised at all. The words are looked
    up as a set of the paragraph's letter runs: one alternation of 116 words tried at every
    character cost as much as tokenising."""
    lower = text.lower()
    return bool(_DIGIT_OR_FRACTION.search(lower)) or not _CORE_WORDS.isdisjoint(
        _LETTER_RUN.findall(lower)
    )


def _starts(tokens: list[Token]) -> list[int]:
    """Indices of the tokens a figure may start at (``_read_at`` is None everywhere else).
    Each token is unpacked once rather than read field by field: this looks at every token
    of every paragraph holding a figure."""
    return [
        k
        for k, (kind, _, _, _, _, lower) in enumerate(tokens)
        if lower in _START_WORDS
        or kind == "num"
        or kind == "frac"
        or (("'" in lower or "’" in lower) and lower.split("'")[0].split("’")[0] in _DATES)
    ]


def _read_at(tokens: list[Token], i: int) -> _Found | None:
    tok = tokens[i]
    if tok.kind == "num" and glued(tokens, i) and _currency_before(tokens, i) is None:
        return None
    date = read_date(tokens, i)
    if date is not None:
        return _Found(date.start, date.end, date.kind, date.value, date.unit)
    prefix = _currency_prefix(tokens, i)
    if prefix is not None:
        code, j = prefix
        n = read_number(tokens, j, money=True)
        if n is not None and tokens[j - 1].text in ("-", "−") and j - 1 > i:
            n = replace(n, value=-n.value)  # "$-99.99"
        return _money(tokens, i, n, code) if n is not None else None
    hedged = _hedged_time(tokens, i)
    if hedged is not None:
        return hedged
    sign = _minus(tokens, i)
    if tok.kind not in ("num", "word", "frac") and not sign:
        return None
    n = read_number(tokens, i + 1 if sign else i)
    if n is None or not _stands_alone(tokens, n):
        return None
    if sign:
        n = replace(n, start=i, value=-n.value)
    return _after_number(tokens, n)


def _hedged_time(tokens: list[Token], i: int) -> _Found | None:
    """ "more than a decade", "nearly a year", "about a week", "less than an hour": a hedge
    before "a" and a unit of time states a length of time as a figure does ("the worst in
    more than a decade" is "more than 10 years"). Without the hedge "a week" is mostly no
    quantity at all ("a week ago", "once a week", "in a week's time")."""
    if tokens[i].lower not in ("a", "an") or i + 1 >= len(tokens) or i == 0:
        return None
    unit = _time_unit(tokens[i + 1].lower)
    if unit is None or tokens[i - 1].lower not in _QUALIFIER_LAST:
        return None
    found = _Found(i, i + 2, "duration", 1.0, unit)
    return found if _with_qualifier(tokens, found).qualifier is not None else None


def _minus(tokens: list[Token], i: int) -> bool:
    """ "minus five", "negative ten", "-1" (a hyphen glued to the number, spaced before)."""
    if i + 1 >= len(tokens) or tokens[i + 1].kind not in ("num", "word"):
        return False
    if tokens[i].lower in ("minus", "negative"):
        return True
    return (
        tokens[i].text in ("-", "−")
        and (tokens[i].space_before or (i > 0 and tokens[i - 1].text in MINUS_OPENERS))
        and not tokens[i + 1].space_before
        and tokens[i + 1].kind == "num"
        and not (i > 0 and tokens[i - 1].kind == "num")  # "10 -20" stays as written
    )


MINUS_OPENERS = set("([<>=~≤≥\"'“‘")
"""Marks after which a glued "-" is a minus sign: "(-5)", "<-30", "x=-2"."""


def _currency_prefix(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """ "$", "US$", "c $", "£", "USD 3.2", "USD3.2", "Rs. 500" at i: (code, index of number)."""
    tok = tokens[i]
    j = i + 1
    if tok.text in CURRENCY_SIGNS:
        code = CURRENCY_SIGNS[tok.text]
    elif (
        tok.lower in SIGN_PREFIXES
        and j < len(tokens)
        and tokens[j].text == "$"
        and (not tokens[j].space_before or tok.lower in ("c", "us"))
    ):
        code, j = SIGN_PREFIXES[tok.lower], j + 1
    elif (
        tok.kind == "word"
        and (tok.lower in CURRENCY_CODES or tok.lower in CODE_ALIASES)
        and (tok.text.isupper() or tok.text == "Rs")
    ):
        code = CODE_ALIASES.get(tok.lower, tok.text.upper())
        if j < len(tokens) and tokens[j].text == "." and tok.text == "Rs":
            j += 1
    else:
        return None
    if j < len(tokens) and tokens[j].text == "-" and j + 1 < len(tokens):
        j += 1  # "$-99.99": the minus makes the value negative (see _read_at)
    if j < len(tokens) and (tokens[j].kind in ("num", "frac") or tokens[j].lower in ("a", "an")):
        return code, j
    return None


def _currency_before(tokens: list[Token], i: int) -> str | None:
    """A currency code glued before a number ("USD3.2"), which is not a name."""
    prev = tokens[i - 1] if i else None
    if prev is not None and prev.kind == "word" and prev.lower in CURRENCY_CODES:
        return prev.text.upper()
    return None


def _stands_alone(tokens: list[Token], n: Number) -> bool:
    """False for names and ordinals: "4o" (GPT-4o), "21st", and "one" used as a pronoun."""
    end = n.end
    if end < len(tokens) and not tokens[end].space_before and tokens[end].kind in ("word", "num"):
        glue = tokens[end].lower
        if glue in ("st", "nd", "rd", "th"):
            return False
        known = (glue,) in UNITS or glue in CURRENCY_CODES or glue in SUBUNITS or glue == "s"
        if not known and glue not in SCALE_ABBREVIATIONS:
            return False
    first = tokens[n.start].lower
    return not (n.words and first in FRACTIONS and first != "half" and not n.scaled)


def _money(tokens: list[Token], start: int, n: Number, code: str) -> _Found:
    """An amount after a currency sign; a trailing "US"/"USD" or range is absorbed."""
    found = _Found(start, n.end, "money", n.value, code)
    _vague_range(found, n)
    end = n.end
    if (
        end < len(tokens)
        and tokens[end].text in ("US", "USD")
        and (end + 1 >= len(tokens) or tokens[end + 1].kind == "punct")
        or end < len(tokens)
        and tokens[end].lower in ("dollars", "dollar")
    ):
        found.end = end + 1
    return _range(tokens, found, n)


def _vague_range(found: _Found, n: Number) -> None:
    if n.vague is not None:
        found.value, found.high = n.vague
        found.qualifier = "many" if n.end - n.start == 1 or tokensless(n) else "a few"


def tokensless(n: Number) -> bool:
    """Plural scales ("billions", "many thousands") are one token or "many" + plural."""
    return n.vague is not None and n.vague[1] / n.vague[0] >= 100


def _after_number(tokens: list[Token], n: Number) -> _Found | None:
    """What follows a number: per cent, currency, unit, counted noun; then a range."""
    found = _Found(n.start, n.end, "number", n.value, None)
    _vague_range(found, n)
    if found.qualifier is not None and n.vague is not None:
        found.qualifier = _vague_word(tokens, n)
    if _suffix(tokens, found, n):
        return _range(tokens, found, n)
    skip = _fraction_of_one(tokens, n)
    if skip and _suffix(tokens, found, replace(n, end=n.end + skip)):
        return found  # "half a percentage point", "a quarter of a point", "half an hour"
    if _named_half(tokens, n):
        return None
    if _appositive_age(tokens, n):
        return _Found(n.start, n.end, "age", n.value, "years")
    if _rank(tokens, found):
        return found
    if _is_year(tokens, n):
        end = n.end + 1 if n.end < len(tokens) and tokens[n.end].lower == "s" else n.end
        return _Found(n.start, end, "year", n.value, "year")
    tally = _tally(tokens, n)
    if tally is not None:
        return tally
    found = _range(tokens, found, n)
    if found.unit is None and _pronoun_one(tokens, n):
        return None
    if found.unit is None:
        _count_or_money(tokens, found, n)
    return found


def _fraction_of_one(tokens: list[Token], n: Number) -> int:
    """How many words stand between a fraction in words and the unit it is a fraction of:
    "half a percentage point" (1), "a quarter of a percentage point" (2) are 0.5 and 0.25
    of the unit, as "0.5 percentage points" is; 0 when no "a"/"of a" follows."""
    if not n.words or not 0 < n.value < 1:
        return 0
    words = [t.lower for t in tokens[n.end : n.end + 2]]
    if words[:1] in (["a"], ["an"]):
        return 1
    return 2 if words in (["of", "a"], ["of", "an"]) else 0


def _appositive_age(tokens: list[Token], n: Number) -> bool:
    """ "Mira Adamec, 54, a former finance minister": a whole number set off by commas right
    after a name ("Adamec, 54, said") is the person's age, by the convention of English news
    (a list of places and counts goes on with "and": "New York, 12, and Ohio, 5"; a month or
    weekday before the comma dates, it names no one)."""
    s, e = n.start, n.end
    if n.words or e - s != 1 or not 1 <= n.value < 120 or n.value != int(n.value):
        return False
    if s < 2 or e + 1 >= len(tokens) or tokens[s - 1].text != "," or tokens[e].text != ",":
        return False
    name = tokens[s - 2]
    named = name.kind == "word" and name.text[:1].isupper() and name.lower not in _DATES
    return named and tokens[e + 1].kind == "word" and tokens[e + 1].lower not in _LIST_GOES_ON


_LIST_GOES_ON = frozenset({"and", "or", "while", "but", "with"})


_HALF_NAMERS = frozenset({"the", "first", "second", "other", "latter", "former"})


def _named_half(tokens: list[Token], n: Number) -> bool:
    """ "the second half of 2027", "the first half", "the other half": a half named by its
    place is a part of a period or a group, not a quantity (a share is "half of the
    residents", "half the votes", without an article or ordinal before it)."""
    return (
        n.end - n.start == 1
        and tokens[n.start].lower == "half"
        and n.start > 0
        and tokens[n.start - 1].lower in _HALF_NAMERS
    )


TALLY_NOUNS = frozenset({
    "vote", "votes", "decision", "ruling", "verdict", "majority", "margin", "split", "win",
    "victory", "loss", "defeat", "lead", "deficit", "score", "scoreline", "draw", "tie", "record",
})
"""Nouns that a tally or score qualifies ("a 5-4 decision", "a 2-3 loss"): what the count of
votes, seats or points decided. English, for any story with a vote or a match."""

MAX_TALLY_DIGITS = 3
"""Longest side of a tally: votes of a court or board and match scores ("102-98") fit; four
digits joined by a dash are years or codes ("2013-14" is read as years before this)."""


def _tally(tokens: list[Token], n: Number) -> _Found | None:
    """ "7-2", "6–3", "3-1": a vote tally or a score, one figure of kind ``tally`` compared
    as a whole (7-2 and 6-3 conflict; neither is "7" or "6").

    Two whole numbers joined by a hyphen or en dash with no space. A range is written low to
    high ("10-15 people"), so a first number at least as large as the second is a tally; a
    low-high pair is one only when a tally noun follows ("a 2-3 loss"). ``value`` is the
    first number; the verdict reads both from the text."""
    j = n.end
    if n.end != n.start + 1 or j + 1 >= len(tokens):
        return None
    first, dash, second = tokens[n.start], tokens[j], tokens[j + 1]
    if dash.text not in ("-", "–") or dash.space_before or second.space_before:
        return None
    if not all(t.text.isdigit() and len(t.text) <= MAX_TALLY_DIGITS for t in (first, second)):
        return None
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if after is not None and not after.space_before and after.text not in ",.;:)!?\"'’”":
        return None  # "9-1-1", "3-2s", "4-3-3": codes and formations, not one tally
    if int(first.text) < int(second.text) and (after is None or after.lower not in TALLY_NOUNS):
        return None
    return _Found(n.start, j + 2, "tally", float(first.text), "tally")


def _pronoun_one(tokens: list[Token], n: Number) -> bool:
    """ "one of the things", "the one", "one day": "one" that is not a figure."""
    if not (n.words and tokens[n.start].lower == "one" and n.end == n.start + 1):
        return False
    before = tokens[n.start - 1].lower if n.start else ""
    after = tokens[n.end].lower if n.end < len(tokens) else ""
    return before in PRONOUN_ONE_BEFORE or after in PRONOUN_ONE_AFTER


def _vague_word(tokens: list[Token], n: Number) -> str:
    """The hedge of a vague amount: "a few", "several", "many" (for plural scales)."""
    first = tokens[n.start].lower
    if first == "a":
        return "a few"
    return first if first in ("several", "many") else "many"


def _suffix(tokens: list[Token], found: _Found, n: Number) -> bool:
    """Per cent, currency name or unit right after the number; sets kind/unit and end."""
    k = n.end
    pct = _match(tokens, k, PERCENT_WORDS, _PERCENT_STARTS) if k < len(tokens) else None
    if k < len(tokens) and tokens[k].text == "%":
        pct = ("%", k + 1)
        nxt = _match(tokens, k + 1, PERCENT_WORDS, _PERCENT_STARTS)
        if nxt and nxt[0] is None:  # "2 % points"
            pct = ("pp", nxt[1])
    if pct and pct[0]:
        found.kind, found.unit, found.end = "percent", pct[0], pct[1]
        return True
    return _currency_suffix(tokens, found, n) or _unit_suffix(tokens, found, n)


def _currency_suffix(tokens: list[Token], found: _Found, n: Number) -> bool:
    k = n.end
    if k < len(tokens) and tokens[k].lower == "of" and n.vague is not None:
        k += 1  # "billions of dollars"
    if k < len(tokens) and tokens[k].text in CURRENCY_SIGNS:  # "10 €", "100₾"
        found.kind, found.unit, found.end = "money", CURRENCY_SIGNS[tokens[k].text], k + 1
        return True
    if k + 1 < len(tokens) and tokens[k].text == "-" and not tokens[k].space_before:
        k += 1  # "12-cent", "one-yen"
    j = k
    adjective = None
    while (
        j < len(tokens)
        and j - k < 2
        and tokens[j].kind == "word"
        and (
            tokens[j].lower.replace(".", "") in CURRENCY_ADJECTIVES
            or _currency_word_at(tokens, j + 1)
            or tokens[j].lower == "kong"
        )
    ):
        adjective = adjective or CURRENCY_ADJECTIVES.get(tokens[j].lower.replace(".", ""))
        j += 1
        if _currency_word_at(tokens, j):
            break
    if j >= len(tokens) or (j > k and not _currency_word_at(tokens, j)):
        return False
    word = tokens[j].lower
    glued_word = not tokens[j].space_before
    if word in SUBUNITS and (word != "p" or glued_word) and adjective is None:
        subunit, factor = SUBUNITS[word]
        found.kind, found.unit, found.end = "money", subunit, j + 1
        found.value = None if found.value is None else found.value * factor
        found.high = None if found.high is None else found.high * factor
        return True
    code = CURRENCY_WORDS.get(word)
    if word in ("pound", "pounds") and not (n.scaled or _sterling(tokens, j)):
        return False
    if word == "won" and not glued_word and j + 1 < len(tokens) and tokens[j + 1].kind == "word":
        return False  # "who won a", not the currency
    if code is None and tokens[j].text.isupper() and word in CURRENCY_CODES:
        code = tokens[j].text
    if code is None:
        return False
    if adjective is not None and word in ("dollar", "dollars"):
        code = adjective
    found.kind, found.unit, found.end = "money", code, j + 1
    if _sterling(tokens, j):
        found.end = j + 2
    return True


def _currency_word_at(tokens: list[Token], j: int) -> bool:
    """A currency name (not "pound", which may be weight) at token j."""
    return (
        j < len(tokens)
        and tokens[j].lower in CURRENCY_WORDS
        and tokens[j].lower not in ("pound", "pounds", "won", "marks", "rand")
    )


def _sterling(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].lower == "sterling"


def _unit_suffix(tokens: list[Token], found: _Found, n: Number) -> bool:
    k = n.end
    hyphen = k < len(tokens) and tokens[k].text == "-" and not tokens[k].space_before
    at = k + 1 if hyphen else k
    if at >= len(tokens):
        return False
    match = _match(tokens, at, UNITS, _UNIT_STARTS)
    if match is None:
        return False
    (code, kind), end = match
    words = tuple(t.lower for t in tokens[at:end])
    if words in GLUED_ONLY and tokens[at].space_before:
        return False
    if end < len(tokens) and tokens[end].kind == "num" and not tokens[end].space_before:
        power = (words[-1] + tokens[end].text,)
        if tokens[end].text not in ("2", "3") or power not in UNITS:
            return False  # "24703L202": a code, not 24,703 litres
        (code, kind), end = UNITS[power], end + 1  # "km2", "m3"
    if words in (("pound",), ("pounds",)) and n.scaled:
        return False
    found.kind, found.unit, found.end = kind, code, end
    if kind == "duration" and code in ("years", "months"):
        _age(tokens, found, hyphen)
    return True


def _age(tokens: list[Token], found: _Found, hyphen: bool) -> None:
    """ "29 years old", "year-old", "ninety five years of age"."""
    for tail in AGE_TAILS:
        j = found.end + (
            1 if hyphen and found.end < len(tokens) and tokens[found.end].text == "-" else 0
        )
        if tuple(t.lower for t in tokens[j : j + len(tail)]) == tail:
            found.kind, found.end = "age", j + len(tail)
            return


def _match(
    tokens: list[Token], k: int, table: Mapping[tuple[str, ...], V], starts: frozenset[str]
) -> tuple[V, int] | None:
    """The longest entry of ``table`` (keyed by lower-case word tuples) starting at token k;
    ``starts`` holds the first words of its entries."""
    if k >= len(tokens) or tokens[k].lower not in starts:
        return None  # no entry starts with this word: most numbers have no unit after them
    for size in range(MAX_UNIT_WORDS, 0, -1):
        words = tuple(t.lower for t in tokens[k : k + size])
        if (
            len(words) == size
            and words in table
            and all(t.kind != "num" for t in tokens[k : k + size])
        ):
            return table[words], k + size
    return None


_UNIT_STARTS = frozenset(words[0] for words in UNITS)
_PERCENT_STARTS = frozenset(words[0] for words in PERCENT_WORDS)
"""The first words of the entries of UNITS and PERCENT_WORDS, which ``_match`` checks before
building any word tuple."""


def _rank(tokens: list[Token], found: _Found) -> bool:
    """ "No. 1" -> a rank."""
    s = found.start
    if s >= 2 and tokens[s - 1].text == "." and tokens[s - 2].text == "No" and found.value:
        found.start, found.kind, found.unit = s - 2, "rank", "rank"
        return True
    return False


def _is_year(tokens: list[Token], n: Number) -> bool:
    text = tokens[n.start].text
    return (
        n.end == n.start + 1
        and len(text) == 4
        and text.isdigit()
        and YEAR_RANGE[0] <= n.value <= YEAR_RANGE[1]
        and (
            counted_noun(tokens, n.end, n.value) is None
            or (n.start > 0 and tokens[n.start - 1].lower in ("in", "since", "of", "by"))
        )
    )


def _count_or_money(tokens: list[Token], found: _Found, n: Number) -> None:
    """A bare number counts the noun after it, or is money by its context, or stays a number."""
    k = found.end
    if k < len(tokens) and tokens[k].lower == "of" and (n.vague is not None or n.scaled):
        k += 1  # "dozens of people", "millions of users"
    plural_scale = n.vague is not None and n.end - n.start == 1
    noun = (
        None
        if plural_scale and k == found.end
        else counted_noun(tokens, k, found.high or found.value or 0)
    )
    noun = noun or _partitive(tokens, found.end)
    if noun is not None and _time_unit(noun[1]) is not None:
        found.kind, found.unit = "duration", _time_unit(noun[1])  # "eight long years"
        found.end = next(j for j in range(k, len(tokens)) if head_word(tokens[j]) == noun[1]) + 1
    elif noun is not None:
        found.kind, found.counted, found.unit = "count", noun[0], noun[1]
    elif (n.scaled or n.vague) and _money_cue(tokens, found):
        found.kind, found.unit = "money", "XXX"


PARTITIVE_WORDS = 5
"""Words between "of" and the whole's number at most: "of the National Assembly's 301"."""


def _partitive(tokens: list[Token], k: int) -> tuple[str, str] | None:
    """ "138 of the 301 seats", "19 of 24 economists", "138 of the National Assembly's 301
    seats": a part of a counted whole counts what the whole counts."""
    if k >= len(tokens) or tokens[k].lower != "of":
        return None
    for j in range(k + 1, min(len(tokens), k + 2 + PARTITIVE_WORDS)):
        if tokens[j].kind == "num":
            return counted_noun(tokens, j + 1, 2)
        if tokens[j].kind == "punct" and tokens[j].text not in ("'", "’"):
            return None
    return None


def _time_unit(head: str) -> str | None:
    """The duration unit a counted noun names, when it does: a number that counts years, days
    or hours past an adjective ("eight long years", "three straight days", "two full weeks")
    states a length of time, as "eight years" does."""
    unit = UNITS.get((head,))
    return unit[0] if unit is not None and unit[1] == "duration" else None


def _money_cue(tokens: list[Token], found: _Found) -> bool:
    before = tokens[max(0, found.start - MONEY_CUE_WINDOW) : found.start]
    after = tokens[found.end : found.end + MONEY_CUE_WINDOW]
    for side in (reversed(before), after):
        for t in side:
            if t.kind == "punct":
                break
            if t.lower in MONEY_CUES:
                return True
    return False


def _range(tokens: list[Token], found: _Found, n: Number) -> _Found:
    """ "$100 million to a billion dollars", "8- to 16-meter", "10-15", "between 44 and 50 mg"."""
    k = found.end if found.unit else n.end
    if k >= len(tokens) or found.high is not None or found.kind in ("year", "date"):
        return found
    j = k
    if tokens[j].text == "-" and j + 1 < len(tokens) and tokens[j + 1].lower == "to":
        j += 1
    if _glued_scale(tokens, j) and found.value is not None:
        # "$350-billion", "a $12.5-billion takeover": a scale written with a hyphen, as
        # compound adjectives are in English, not a range from 350 to a billion.
        return replace(found, end=j + 2, value=found.value * SCALES[tokens[j + 1].lower])
    between = found.start > 0 and tokens[found.start - 1].lower in ("between", "from")
    word = tokens[j].lower
    if not (word in RANGE_WORDS or (word == "and" and between)):
        return found
    if (
        word in "-–—"
        and tokens[j].space_before
        and not tokens[j + 1 if j + 1 < len(tokens) else j].space_before
    ):
        return found  # "5 -3" is not a range
    j += 1
    if j < len(tokens) and found.kind == "money" and tokens[j].text in CURRENCY_SIGNS:
        j += 1
    second = read_number(tokens, j, money=found.kind == "money") if j < len(tokens) else None
    if second is None or second.vague is not None or _year_span(tokens, n, j, found):
        return found
    return _join_range(tokens, found, n, second)


def _glued_scale(tokens: list[Token], j: int) -> bool:
    """A hyphen at ``j`` glued on both sides to a scale word ("350-billion")."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text in "-–"
        and not tokens[j].space_before
        and not tokens[j + 1].space_before
        and tokens[j + 1].lower in SCALES
    )


def _join_range(tokens: list[Token], found: _Found, n: Number, second: Number) -> _Found:
    """Make ``found`` a range ending at ``second``; a scale or unit written only once, at the
    end ("5 to 10 million", "50 to 80%", "5 to 10 cents"), applies to both ends."""
    tail = _after_second(tokens, found, second)
    if tail is None or found.value is None or tail.value is None:
        return found
    low = found.value
    if not n.scaled and second.scaled and low * second.scale <= second.value:
        low *= second.scale
    if found.unit is None and second.value:
        low *= tail.value / second.value
    if low > tail.value and not (low < 0 or tail.value < 0):
        return found  # "from 10 to 5" is a change, not a range
    kind = found.kind if found.unit else tail.kind
    return replace(
        found,
        end=tail.end,
        value=low,
        high=tail.value,
        kind=kind,
        unit=found.unit or tail.unit,
        counted=tail.counted,
    )


def _year_span(tokens: list[Token], n: Number, j: int, found: _Found) -> bool:
    """ "2013-14", "1995-01", "2024-2025": years or year ranges, not numeric ranges."""
    first = tokens[n.start].text
    return (
        first.isdigit()
        and len(first) == 4
        and YEAR_RANGE[0] <= int(first) <= YEAR_RANGE[1]
        and not found.unit
        and len(tokens[j].text) in (2, 4)
    )


def _after_second(tokens: list[Token], found: _Found, second: Number) -> _Found | None:
    """The unit after a range's second number; it must agree with the first's if any."""
    tail = _Found(second.start, second.end, "number", second.value, None)
    if not _suffix(tokens, tail, second):
        if found.unit is None:
            _count_or_money(tokens, tail, second)
        return tail if found.unit is None or found.kind == "money" else None
    if found.unit is not None and tail.unit != found.unit:
        return None
    return tail


def _with_qualifier(tokens: list[Token], found: _Found) -> _Found:
    """Attach the hedge written just before the figure ("under $6 million", "between")."""
    if found.kind in ("date", "weekday", "time", "year", "rank"):
        return found
    s = found.start
    if s and tokens[s - 1].lower == "between" and found.high is not None:
        return replace(found, start=s - 1)
    if not s or tokens[s - 1].lower not in _QUALIFIER_LAST:
        return found
    for words, hedge in _QUALIFIER_LAST[tokens[s - 1].lower]:
        size = len(words)
        if s >= size and tuple(t.lower for t in tokens[s - size : s]) == words:
            if found.qualifier in ("a few", "many", "several"):
                return replace(found, start=s - size)
            return replace(found, start=s - size, qualifier=hedge)
    return found


def _with_trailing_hedge(tokens: list[Token], found: _Found) -> _Found:
    """A bound written after the figure: "500 or more", "30 or fewer people" (the counted noun
    may sit between: "five or more people" is read at the number's end only)."""
    if found.high is not None or found.kind in ("date", "weekday", "time", "year", "rank"):
        return found
    if found.qualifier not in (None, *APPROXIMATE, *EXACT):
        return found
    e = found.end
    if e >= len(tokens) or tokens[e].lower not in _TRAILING_FIRST:
        return found
    for words, hedge in _TRAILING_WORDS:
        if tuple(t.lower for t in tokens[e : e + len(words)]) == words:
            if e + len(words) < len(tokens) and tokens[e + len(words)].lower == "than":
                return found  # "5000 or less than 6000": the bound belongs to the next figure
            found = replace(found, end=e + len(words), qualifier=hedge)
            noun = counted_noun(tokens, found.end, found.value or 0)
            if found.kind == "number" and noun is not None:  # "five or more people"
                found = replace(found, kind="count", counted=noun[0], unit=noun[1])
            return found
    return found
