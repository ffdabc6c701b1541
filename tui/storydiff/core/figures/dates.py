"""Dates, weekdays, seasons and times of day, read from tokens.

Values are chosen so that two outlets' dates compare with ``==`` and sort in time order:

* ``date``: a yyyymmdd number with 0 for an unknown part: "January 24" -> 124.0,
  "June 5, 2025" -> 20250605.0, "January 2025" -> 20250100.0, "29/01/2025" -> 20250129.0.
  Seasons take the month they start in, day 0: "fall of 2024" -> 20240900.0, "last fall"
  -> 900.0 (unit ``season`` so a season is never mistaken for a day).
* ``weekday``: 0 (Monday) .. 6 (Sunday), as :func:`datetime.date.weekday`.
* ``time``: hours after midnight as a decimal ("2.30 pm" -> 14.5).
"""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.core.figures.tokens import Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
"""The short month names, which may carry an abbreviation's full stop ("Jan. 28"). A full
name never does: the stop after "June" or "July" ends the sentence ("in June. Sales...")."""
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
SEASON_LEADS = {"last", "this", "next", "early", "late", "the", "past", "mid"}
"""A season word is a date only after one of these ("last fall", "in the fall") or before a
year ("fall of 2024"); otherwise "fall" is a verb ("shares fall")."""
MONTH_LEADS = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "of",
    "from",
    "through",
    "before",
    "after",
    "during",
}
"""A month named alone ("in January") counts only after one of these words, and "May" and
"March" never alone: both are also common verbs."""
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
MERIDIEM = {"am": 0, "pm": 12, "a.m": 0, "p.m": 12}


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    kind: str
    value: float
    unit: str


def read_date(tokens: list[Token], i: int) -> DateMatch | None:
    """The date, weekday, season or time starting at token ``i``, or None."""
    tok = tokens[i]
    if tok.kind == "word":
        return _weekday(tok, i) or _month_first(tokens, i) or _season(tokens, i)
    if tok.kind == "num":
        return _numeric(tokens, i) or _day_first(tokens, i) or _time(tokens, i)
    return None


def _stem(tok: Token) -> str:
    """A word without a possessive: "Monday’s" -> "monday"."""
    return tok.lower.split("'")[0].split("’")[0]


def _weekday(tok: Token, i: int) -> DateMatch | None:
    word = _stem(tok)
    if word in WEEKDAYS and tok.text[0].isupper():
        return DateMatch(i, i + 1, "weekday", float(WEEKDAYS.index(word)), "weekday")
    return None


def _day(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """A day of the month at token j, with an optional glued ordinal suffix: (day, end)."""
    if j >= len(tokens) or tokens[j].kind != "num" or not tokens[j].text.isdigit():
        return None
    day = int(tokens[j].text)
    if not 1 <= day <= 31 or len(tokens[j].text) > 2:
        return None
    end = j + 1
    if end < len(tokens) and not tokens[end].space_before and tokens[end].lower in ORDINAL_SUFFIXES:
        end += 1
    return day, end


def _year(tokens: list[Token], j: int) -> int | None:
    if j < len(tokens) and tokens[j].kind == "num" and len(tokens[j].text) == 4:
        year = int(tokens[j].text) if tokens[j].text.isdigit() else 0
        return year if 1000 <= year <= 2999 else None
    return None


def _month(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A month name, with the full stop of an abbreviation: (month, end)."""
    tok = tokens[i]
    month = MONTHS.get(_stem(tok))
    if month is None:
        return None
    end = i + 1
    if (
        _stem(tok) in MONTH_ABBREVIATIONS
        and end < len(tokens)
        and tokens[end].text == "."
        and (not tokens[end].space_before)
    ):
        end += 1
    return month, end


def _month_first(tokens: list[Token], i: int) -> DateMatch | None:
    """ "January 24", "Jan. 28", "June 5, 2025", "January 2025", "in January"."""
    found = _month(tokens, i)
    if found is None:
        return None
    month, j = found
    day = _day(tokens, j)
    if day is not None:
        year_at = day[1] + 1 if day[1] < len(tokens) and tokens[day[1]].text == "," else day[1]
        year = _year(tokens, year_at)
        end = year_at + 1 if year else day[1]
        return DateMatch(i, end, "date", float((year or 0) * 10000 + month * 100 + day[0]), "date")
    year = _year(tokens, j)
    if year is not None:
        return DateMatch(i, j + 1, "date", float(year * 10000 + month * 100), "date")
    lead = tokens[i - 1].lower if i else ""
    if (
        tokens[i].text[0].isupper()
        and lead in MONTH_LEADS
        and month not in (3, 5)
        and (len(tokens[i].text) > 3)
    ):
        return DateMatch(i, j, "date", float(month * 100), "date")
    return None


def _day_first(tokens: list[Token], i: int) -> DateMatch | None:
    """ "24 January 2025", "24th of January"."""
    day = _day(tokens, i)
    if day is None:
        return None
    j = day[1] + 1 if day[1] < len(tokens) and tokens[day[1]].lower == "of" else day[1]
    if j >= len(tokens) or not tokens[j].text[:1].isalpha():
        return None
    found = _month(tokens, j)
    if found is None:
        return None
    month, end = found
    year = _year(tokens, end)
    end = end + 1 if year else end
    return DateMatch(i, end, "date", float((year or 0) * 10000 + month * 100 + day[0]), "date")


def _numeric(tokens: list[Token], i: int) -> DateMatch | None:
    """ "29/01/2025", "1/29/25", "2025-01-29": day-first when the first part exceeds 12,
    else month-first (the US order of most English news); ISO when the year comes first."""
    parts, seps, j = [tokens[i].text], set(), i + 1
    while (
        j + 1 < len(tokens)
        and tokens[j].text in "/-."
        and not tokens[j].space_before
        and tokens[j + 1].kind == "num"
        and not tokens[j + 1].space_before
        and len(parts) < 3
    ):
        parts.append(tokens[j + 1].text)
        seps.add(tokens[j].text)
        j += 2
    if len(parts) != 3 or len(seps) != 1 or not all(p.isdigit() for p in parts):
        return None
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        year, month, day = a, b, c
    else:
        year = c + (2000 if c < 50 else 1900) if len(parts[2]) == 2 else c
        month, day = (b, a) if a > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999):
        return None
    return DateMatch(i, j, "date", float(year * 10000 + month * 100 + day), "date")


def _season(tokens: list[Token], i: int) -> DateMatch | None:
    """ "last fall", "in the fall", "fall of 2024", "summer 2025"."""
    month = SEASONS.get(tokens[i].lower)
    if month is None:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].lower == "of":
        j += 1
    year = _year(tokens, j)
    start = i
    if i and tokens[i - 1].lower in SEASON_LEADS:
        start = i - 1 if tokens[i - 1].lower != "the" else i
    if year is None and start == i and not (i and tokens[i - 1].lower == "the"):
        return None
    end = j + 1 if year else i + 1
    return DateMatch(start, end, "date", float((year or 0) * 10000 + month * 100), "season")


def _clock_minutes(tokens: list[Token], j: int) -> bool:
    """ "3:42": a colon glued between the hour and two digits of minutes."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text == ":"
        and not tokens[j].space_before
        and not tokens[j + 1].space_before
        and len(tokens[j + 1].text) == 2
        and tokens[j + 1].text.isdigit()
    )


def _time(tokens: list[Token], i: int) -> DateMatch | None:
    """ "2 pm", "2.30pm", "10 a.m.", "3:42 a.m." -> hours after midnight."""
    j = i + 1
    minutes = ""
    if _clock_minutes(tokens, j):  # "3:42": the tokenizer splits at the colon
        minutes, j = tokens[j + 1].text, j + 2
    if j >= len(tokens):
        return None
    word = tokens[j].lower
    end = j + 1
    if (
        word in ("a", "p")
        and end + 2 < len(tokens)
        and tokens[end].text == "."
        and (tokens[end + 1].lower == "m")
    ):
        word, end = word + ".m", end + 2
        if end < len(tokens) and tokens[end].text == ".":
            end += 1
    if word not in MERIDIEM:
        return None
    text = tokens[i].text.replace(":", ".")
    try:
        hours, _, written = text.partition(".")
        minutes = minutes or written
        value = int(hours) % 12 + MERIDIEM[word] + (int(minutes) / 60 if minutes else 0)
    except ValueError:
        return None
    return DateMatch(i, end, "time", float(value), "time") if value < 24 else None
