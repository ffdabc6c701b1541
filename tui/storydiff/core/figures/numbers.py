"""Read one number at a token: digits ("2,048", "5.6", "1/40", "2 1/2"), scale words and
suffixes ("5.6 million", "1.2bn", "US$600 mn"), and number words ("ninety-five", "a third",
"two and a half million", "a few million", "billions").

Works on the token list of :mod:`storydiff.core.figures.tokens`, so "number inside a word"
checks are about neighbouring tokens, not regex lookarounds.
"""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.core.figures.tokens import Token

UNITS = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
"""Scale words after a number; "hundred" is handled apart because it multiplies within a
group ("two hundred thousand")."""

SCALE_ABBREVIATIONS = {
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "k": 1e3,
    "tln": 1e12,
}
"""Written after a number, spaced or glued ("US$600 mn", "£2bn", "5k"). Unambiguous enough to
apply anywhere; the single letters m/b/t are read as scales only after a currency sign
(see ``MONEY_SCALE_LETTERS``) because alone "5m" is five metres."""

MONEY_SCALE_LETTERS = {"m": 1e6, "b": 1e9, "t": 1e12, "bil": 1e9, "mil": 1e6, "mm": 1e6}
"""Scale letters glued to an amount that has a currency sign: "$5.58m", "€10B", "$2.174T",
and finance's "US$ 1MM" (a thousand thousands). Without the sign "mm" is millimetres."""

FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1e3,
    "thousandths": 1e3,
    "millionth": 1e6,
    "millionths": 1e6,
    "billionth": 1e9,
    "billionths": 1e9,
    "trillionth": 1e12,
    "trillionths": 1e12,
}
"""Denominators ("a millionth of a second", "two and fifty-four hundredths"). "second" is
left out: "a second" is time far more often than 1/2; "twenty-first" and the like are
ordinals in news ("the twenty-first century"), never fractions."""

UNICODE_FRACTIONS = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅙": 1 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}

VAGUE_MULTIPLES = {"few": (2, 10), "several": (3, 10), "many": (2, 100)}
"""Vague multipliers before a scale word, as (low, high) factors of the scale: "a few
million" reads as 2-10 million, "several billion" as 3-10 billion. "many" only counts when a
scale word follows ("many thousands"), never alone."""

PLURAL_SCALES = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "tens": 10,
}
"""A plural scale on its own ("billions", "dozens of") is read as at least one of it (loose:
"billions" is often rhetorical) and at most PLURAL_SPAN of it."""

PLURAL_SPAN = 1000.0
"""Upper bound of a plural scale, as a factor of the scale: "billions" < 1e12, "hundreds"
< 1e5 (loose on purpose: "thousands" of X is routinely tens of thousands)."""

WORD_STARTS = set(UNITS) | set(TENS) | {"hundred", "dozen"} | set(SCALES)
FRACTION_STARTS = {"a", "an"} | set(UNITS) | set(FRACTIONS)
"""Words that may open "half a million", "a quarter million", "three quarters of a billion"
(a cheap gate: most words of a text open no number)."""


@dataclass(frozen=True)
class Number:
    """A number read from tokens ``start`` to ``end`` (token indices, end exclusive)."""

    start: int
    end: int
    value: float
    step: float
    """The rounding step of the number as written (5.6 million -> 100,000), so that a figure
    can be read as an interval [value - step/2, value + step/2]."""
    words: bool = False
    """True when written in words ("ninety-five"), not digits."""
    vague: tuple[float, float] | None = None
    """(low, high) for vague amounts ("a few million", "billions"); value is then low."""
    scaled: bool = False
    """True when a scale word or suffix was applied ("million", "bn", "m")."""
    scale: float = 1.0
    """The factor the scale applied (1e6 for "million"), so that "5 to 10 million" can lend
    its scale to the bare "5"."""


def digits_value(text: str) -> tuple[float, float] | None:
    """The value and rounding step of a digit string: "2,048" -> (2048, 1), "5.6" -> (5.6, 0.1),
    "600" -> (600, 100). None if the separators are not a number ("1,23,4", "1.2.3").

    >>> digits_value("2,048")
    (2048.0, 1.0)
    """
    if text.startswith("."):
        text = "0" + text
    if "e" in text.lower():
        return _scientific(text)
    if "," in text.partition(".")[2]:
        return None  # "1.111,11": European decimals, not read (see the peer MISSES)
    plain = text.replace(",", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if "," in text and not _grouped(text.split(".")[0]):
        return None
    if plain.count(".") > 1 or not plain.replace(".", "").isdigit():
        return None
    if "." in plain:
        decimals = len(plain.split(".")[1])
        return float(plain), 10.0**-decimals
    zeros = len(plain) - len(plain.rstrip("0")) if plain.strip("0") else 0
    return float(plain), 10.0 ** min(zeros, max(len(plain) - 1, 0))


def _scientific(text: str) -> tuple[float, float] | None:
    """ "1.3e6" -> (1300000, 100000): the step is the last written digit's place."""
    mantissa, _, exponent = text.lower().partition("e")
    try:
        value, power = float(mantissa), int(exponent)
    except ValueError:
        return None
    decimals = len(mantissa.partition(".")[2])
    return value * 10.0**power, 10.0 ** (power - decimals)


def _grouped(integer: str) -> bool:
    """True for thousands grouping with commas: 2,048 and 1,674,200 but not 1,23."""
    groups = integer.split(",")
    western = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    indian = (
        len(groups) > 2
        and 1 <= len(groups[0]) <= 2
        and len(groups[-1]) == 3
        and all(len(g) == 2 for g in groups[1:-1])
    )
    return western or indian


def read_number(tokens: list[Token], i: int, *, money: bool = False) -> Number | None:
    """The number starting at token ``i``, or None. ``money`` allows "m"/"b" scale letters."""
    tok = tokens[i]
    if tok.kind == "num":
        return _read_digits(tokens, i, money)
    if tok.kind == "frac":
        return Number(i, i + 1, UNICODE_FRACTIONS[tok.text], 0.01)
    if tok.kind == "word":
        return _read_words(tokens, i)
    return None


def _read_digits(tokens: list[Token], i: int, money: bool) -> Number | None:
    parsed = digits_value(tokens[i].text)
    if parsed is None:
        return None
    value, step = parsed
    end = i + 1
    fraction = _fraction_after(tokens, end, value)
    if fraction is not None:
        value, end, step = fraction[0], fraction[1], 0.01
    plus = None if _after_between(tokens, i) else _and_fraction(tokens, end)
    if plus is not None:  # "2 and a half years"
        value, end, step = value + plus[0], plus[1], 0.01
    return _apply_scale(tokens, Number(i, end, value, step), money)


def _fraction_after(tokens: list[Token], j: int, value: float) -> tuple[float, int] | None:
    """ "1/40" (glued) or a mixed number "2 1/2" (space, then glued n/d)."""
    if _glued_slash(tokens, j - 1) and value.is_integer():
        den = float(tokens[j + 1].text)
        return (value / den, j + 2) if den else None
    if (
        j < len(tokens)
        and tokens[j].kind == "num"
        and tokens[j].space_before
        and _glued_slash(tokens, j)
    ):
        num, den = float(tokens[j].text), float(tokens[j + 2].text)
        if den and num < den and "." not in tokens[j].text:
            return value + num / den, j + 3
    if j < len(tokens) and tokens[j].kind == "frac" and not tokens[j].space_before:
        return value + UNICODE_FRACTIONS[tokens[j].text], j + 1
    return None


def _glued_slash(tokens: list[Token], k: int) -> bool:
    """tokens[k] "/" tokens[k+2] written without spaces, both plain integers, and no further
    slash (that would be a date like 29/01/2025)."""
    if k + 2 >= len(tokens):
        return False
    slash, den = tokens[k + 1], tokens[k + 2]
    further = k + 3 < len(tokens) and tokens[k + 3].text == "/" and not tokens[k + 3].space_before
    return (
        slash.text == "/"
        and not slash.space_before
        and den.kind == "num"
        and not den.space_before
        and den.text.isdigit()
        and tokens[k].text.isdigit()
        and not further
    )


def _apply_scale(tokens: list[Token], n: Number, money: bool) -> Number:
    """Apply a following scale word or suffix: "5.6 million", "1.2bn", "$5.58m", "5 thousand"."""
    j = n.end
    if j >= len(tokens) or tokens[j].kind != "word":
        return n
    word = tokens[j].text.lower()
    is_glued = not tokens[j].space_before
    scale = SCALES.get(word) or SCALE_ABBREVIATIONS.get(word)
    if word == "hundred":
        scale = 100.0
    if word in ("dozen", "dozens") and not is_glued:
        scale = 12.0
    if scale is None and money and is_glued:
        scale = MONEY_SCALE_LETTERS.get(word)
    if scale is None and is_glued and tokens[j].text in ("M", "B", "T", "K") and _ends(tokens, j):
        scale = {"M": 1e6, "B": 1e9, "T": 1e12, "K": 1e3}[tokens[j].text]
    if scale is None:
        return n
    if j + 1 < len(tokens) and SCALES.get(tokens[j + 1].lower, 0.0) > scale:
        scale, j = scale * SCALES[tokens[j + 1].lower], j + 1  # "2 lakh crore", "5 hundred k"
    value, end = n.value * scale, j + 1
    plus = _and_fraction(tokens, end)
    if plus is not None:  # "3 million and a half"
        value, end = value + plus[0] * scale, plus[1]
    return Number(n.start, end, value, n.step * scale, n.words, scaled=True, scale=scale)


def _ends(tokens: list[Token], j: int) -> bool:
    """A glued capital letter is a scale only if the word ends there ("€10M", not "10MB")."""
    return j + 1 >= len(tokens) or tokens[j + 1].space_before or tokens[j + 1].kind == "punct"


def _read_words(tokens: list[Token], i: int) -> Number | None:
    """Number words: "ninety-five", "a hundred and two", "two and a half million", "a third",
    "a few million", "billions", "dozens"."""
    word = tokens[i].text.lower()
    if word in PLURAL_SCALES:
        scale = float(PLURAL_SCALES[word])
        return Number(i, i + 1, scale, scale, True, (scale, scale * PLURAL_SPAN), True, scale)
    vague = _vague(tokens, i)
    if vague is not None:
        return vague
    part = _fraction_of_scale(tokens, i) if word in FRACTION_STARTS else None
    if part is not None:
        return part
    if word in ("a", "an"):
        return _read_a(tokens, i)
    if word == "half" or word in WORD_STARTS:
        return _read_word_run(tokens, i)
    return None


def _vague(tokens: list[Token], i: int) -> Number | None:
    """ "a few million", "several billion", "many thousands" -> a vague interval."""
    j = i + 1 if tokens[i].lower == "a" and _word_at(tokens, i + 1) == "few" else i
    factors = VAGUE_MULTIPLES.get(_word_at(tokens, j))
    nxt = _word_at(tokens, j + 1)
    scale = SCALES.get(nxt) or (100.0 if nxt == "hundred" else None)
    if factors is None or scale is None:
        if nxt in PLURAL_SCALES and factors is not None and _word_at(tokens, j) == "many":
            scale = float(PLURAL_SCALES[nxt])
            return Number(i, j + 2, scale, scale, True, (scale, scale * PLURAL_SPAN), True, scale)
        return None
    low, high = factors[0] * scale, factors[1] * scale
    return Number(i, j + 2, low, scale, True, (low, high), scaled=True, scale=scale)


def _fraction_of_scale(tokens: list[Token], i: int) -> Number | None:
    """ "half a million", "a quarter million", "three quarters of a billion", "a half-million",
    "two thirds of a million", "half a dozen": a fraction of a scale word, read whole."""
    j, numerator = i, 1.0
    first = _word_at(tokens, i)
    if first in ("a", "an", "one"):
        j += 1
    elif first in UNITS and UNITS[first] > 1:
        numerator, j = float(UNITS[first]), j + 1
    frac = _word_at(tokens, j)
    if frac not in FRACTIONS or (frac.endswith("s") and frac != "halves") != (numerator > 1):
        return None
    j += 1
    if j < len(tokens) and tokens[j].text == "-" and not tokens[j].space_before:
        j += 1
    if _word_at(tokens, j) == "of":
        j += 1
    if _word_at(tokens, j) in ("a", "an"):
        j += 1
    word = _word_at(tokens, j)
    scale = SCALES.get(word) or (12.0 if word == "dozen" else None)
    if scale is None or FRACTIONS[frac] > 10:
        return None
    value = numerator / FRACTIONS[frac] * scale
    return Number(i, j + 1, value, value / 10, True, scaled=True, scale=scale)


def _and_fraction(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """ "and a half", "and three quarters", "and one fourth" at j: (fraction, end). Not after
    "between" ("between two and three quarters of voters" is a range, read as two figures)."""
    if _word_at(tokens, j) != "and":
        return None
    count = _word_at(tokens, j + 1)
    numerator = 1.0 if count in ("a", "an", "one") else float(UNITS.get(count, 0))
    frac = _word_at(tokens, j + 2)
    if not numerator or frac not in FRACTIONS or FRACTIONS[frac] > 10:
        return None
    if (frac.endswith("s") and frac != "halves") != (numerator > 1):
        return None
    return numerator / FRACTIONS[frac], j + 3


def _point_digits(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The digits after a spoken "point": "five point five" -> "5", "nine point nought four"
    -> "04", "two hundred point seventy-one" -> "71"."""
    digits = ""
    while _word_at(tokens, j) in UNITS and UNITS[_word_at(tokens, j)] < 10:
        digits, j = digits + str(UNITS[_word_at(tokens, j)]), j + 1
    if digits:
        return digits, j
    run = _read_word_run(tokens, j) if _word_at(tokens, j) in WORD_STARTS else None
    if run is None or not run.value.is_integer() or run.scaled:
        return None
    return str(int(run.value)), run.end


def _word_at(tokens: list[Token], j: int) -> str:
    return tokens[j].lower if j < len(tokens) and tokens[j].kind == "word" else ""


def _read_a(tokens: list[Token], i: int) -> Number | None:
    """ "a hundred", "a million", "a third", "a dozen", "a half"; bare "a" is no number."""
    nxt = _word_at(tokens, i + 1)
    if nxt in SCALES or nxt == "hundred":
        run = _read_word_run(tokens, i + 1, leading_one=True)
        return (
            Number(i, run.end, run.value, run.step, True, scaled=run.scaled, scale=run.scale)
            if run
            else None
        )
    if nxt in FRACTIONS and not nxt.endswith("s"):
        value = 1 / FRACTIONS[nxt]
        return Number(i, i + 2, value, value / 10, True)
    if nxt == "dozen":
        return Number(i, i + 2, 12.0, 1.0, True)
    return None


def _read_word_run(tokens: list[Token], i: int, *, leading_one: bool = False) -> Number | None:
    """Accumulate a run of number words with the usual group/total rule."""
    total, group, j, end, seen = 0.0, 0.0, i, i, False
    step = 1.0
    scaled = False
    if leading_one:
        group = 1.0
    while j < len(tokens):
        tok = tokens[j]
        word = tok.lower if tok.kind == "word" else ""
        if word in UNITS and not _tens_then_unit_ok(tokens, j, group):
            break
        if word in TENS and group % 100:
            break
        if word in UNITS or word in TENS:
            group += UNITS.get(word, 0) + TENS.get(word, 0)
        elif word == "hundred":
            group = (group or 1.0) * 100
        elif word == "dozen" or (word == "dozens" and seen):
            hundreds = group - group % 100 if group % 100 else 0.0
            group = hundreds + ((group - hundreds) or 1.0) * 12  # "three hundred and two dozen"
        elif word in SCALES and not group and total and SCALES[word] > step:
            total, step = total * SCALES[word], step * SCALES[word]  # "three lakh crore"
        elif word in SCALES:
            total += (group or 1.0) * SCALES[word]
            group, step, scaled = 0.0, SCALES[word], True
        elif (
            word in FRACTIONS
            and seen
            and (group or FRACTIONS[word] > total > 0)
            and group < FRACTIONS[word] * 10
        ):
            if group:
                group = group / FRACTIONS[word]
            else:
                total = total / FRACTIONS[word]  # "a hundred thousand trillionths"
            step = 0.01
        elif word == "half" and not seen:
            group = 0.5
        elif seen and _and_fraction(tokens, j) and not _after_between(tokens, i):
            fraction, j = _and_fraction(tokens, j)  # type: ignore[misc]
            end = j
            if group:
                group += fraction
                continue
            smaller = SCALES.get(_word_at(tokens, j), step)  # "one billion and a half million"
            total += fraction * (smaller if smaller < step else step)  # "a million and a half"
            end = j + 1 if smaller < step else j
            break
        elif word == "point" and seen and _point_digits(tokens, j + 1):
            digits, end = _point_digits(tokens, j + 1)  # type: ignore[misc]
            group += float("0." + digits)
            step = 10.0 ** -len(digits)
            break
        elif tok.text in ("-", "and", "&", ",") and seen and _continues(tokens, j):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
        end = j
    if not seen and not leading_one:
        return None
    return Number(i, end, total + group, step, True, scaled=scaled, scale=step if scaled else 1.0)


def _tens_then_unit_ok(tokens: list[Token], j: int, group: float) -> bool:
    """A unit word may follow a tens word ("ninety five") but not another unit ("one two")."""
    return (
        group == 0
        or (group % 100 != 0 and group % 10 == 0 and group % 100 >= 20)
        or (group % 100 == 0)
    )


def _after_between(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].lower in ("between", "from")


def _continues(tokens: list[Token], j: int) -> bool:
    """ "-"/"and"/"&"/"," continue a number only if a number word follows ("ninety-five",
    "a hundred and two", "three million, two hundred & forty") and, for "and", the word
    after it is smaller than a scale (so "two and three" stays two numbers)."""
    nxt = _word_at(tokens, j + 1)
    if tokens[j].text == "-":
        return not tokens[j].space_before and nxt in (set(UNITS) | set(FRACTIONS) | {"half"})
    if tokens[j].text == ",":
        return _word_at(tokens, j - 1) in SCALES and (nxt in UNITS or nxt in TENS)
    prev = _word_at(tokens, j - 1)
    return (nxt in UNITS or nxt in TENS) and prev in ({"hundred", "dozen"} | set(SCALES))
