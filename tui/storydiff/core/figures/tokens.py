"""Split a paragraph into the tokens the figure readers walk: numbers, words, fraction
characters and single punctuation marks, each with its character span.

Tokens inside URLs, e-mail addresses and domain names are dropped, so "openai.com/gpt-4" or
"example.com/2025/01/29" yield no figures.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"(\s*)(?:"
    r"(?P<word>[^\W\d_½⅓⅔¼¾⅕⅙⅛⅜⅝⅞][^\W\d_]*(?:['’][^\W\d_]+)*)"
    r"|(?P<num>(?<![\w.,])\d+(?:\.\d+)?[eE][+-]?\d{1,3}(?![\w.])"
    r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)*"
    r"|(?<![\w.,])\.\d+)"
    r"|(?P<frac>[½⅓⅔¼¾⅕⅙⅛⅜⅝⅞])"
    r"|(?P<punct>\S))"
)
"""Whitespace, then one token. Digit runs keep their separators ("2,048", "5.58", "10 000",
"1 234 567.89": space-grouped thousands only in exact groups of three, so "245 23" stays two
numbers); scientific notation ("1.3e6", "12.32e+14") is one number unless glued to a word or
a dot; words are letter runs with inner apostrophes ("Monday’s") that do not start with a
fraction character (a regular expression counts "½" as a letter); anything else
is one punctuation token. Words come first only because most tokens are words: the four
alternatives cannot match at the same place. The leading whitespace is captured so that
``findall`` (strings, no match objects) gives every token's offset by adding up lengths."""

_URL = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai"
    r"|gov|edu|co|uk|news|info|biz|tv|us)\b(?:/\S*)?",
    re.I,
)


class Token(NamedTuple):
    """One token (a named tuple: tokenising builds one per word, and a tuple is built about
    twice as fast as a frozen dataclass)."""

    kind: str
    """num, word, frac or punct."""
    text: str
    start: int
    end: int
    space_before: bool
    """True if whitespace (or the start of the text) precedes the token: "5.58m" has the
    "m" glued (False), "5.58 million" has "million" spaced (True)."""
    lower: str
    """``text.lower()``, computed once: the readers compare it hundreds of thousands of
    times on a long article (it was a property, 15 % of extraction time)."""


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` outside URLs and addresses, in order."""
    masked = [m.span() for m in _URL.finditer(text)] if _MAY_HOLD_URL.search(text) else []
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # Token(...) without the Python-level __new__ of a named tuple
    end, k = 0, 0
    for space, word, num, frac, punct in _TOKEN.findall(text):
        start = end + len(space)
        token = word or num or frac or punct
        end = start + len(token)
        if masked:
            while k < len(masked) and masked[k][1] <= start:
                k += 1
            if k < len(masked) and masked[k][0] <= start < masked[k][1]:
                continue
        spaced = start == 0 or space != ""
        if word:
            append(new(Token, ("word", word, start, end, spaced, word.lower())))
        elif not num:
            kind = "frac" if frac else "punct"
            append(new(Token, (kind, token, start, end, spaced, token.lower())))
        elif "," in num and _COMMA_LIST.fullmatch(num):
            tokens.extend(_comma_list(text, start, num, spaced))
        else:
            append(new(Token, ("num", num, start, end, spaced, num.lower())))
    return tokens


_MAY_HOLD_URL = re.compile(
    r"://|@|\.(?:(?<=www\.)|(?:com|org|net|io|ai|gov|edu|co|uk|news|info|biz|tv|us)\b)", re.I
)
"""A substring every ``_URL`` match contains (its scheme, "www.", "@" or the dotted top-level
domain): text without one skips the URL scan, which tries its domain pattern at every word.
Each alternative starts with ":", "@" or "." ("www." is found at its point), so the scan
jumps from one of those characters to the next instead of trying every position."""


_COMMA_LIST = re.compile(r"\d+(?:,\d+)+")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}")


def _comma_list(text: str, start: int, run: str, space: bool) -> list[Token]:
    """ "22,24,26,31" (a list whose spaces were lost, common in scraped pages) is one number
    per item; valid thousands grouping ("2,048", Indian "12,34,567") stays one number."""
    if _GROUPED.fullmatch(run):
        return [Token("num", run, start, start + len(run), space, run)]
    out: list[Token] = []
    for k, part in enumerate(run.split(",")):
        out.append(Token("num", part, start, start + len(part), space and k == 0, part))
        start += len(part)
        if k < len(run.split(",")) - 1:
            out.append(Token("punct", ",", start, start + 1, False, ","))
            start += 1
    return out


def glued(tokens: list[Token], i: int) -> bool:
    """True if token ``i`` touches a letter or digit on its left ("H800", "GPT-4", "R1")."""
    if tokens[i].space_before or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind in ("word", "num"):
        return True
    if prev.text in CODE_OPENERS and i >= 2 and not prev.space_before:
        return True  # "alert(1)", "x[0]", "\x1b[0m": code, not prose
    if prev.text in ("-", "‑") and i >= 2 and not prev.space_before:
        before = tokens[i - 2]
        return before.kind == "num" or (
            before.kind == "word" and before.lower not in HYPHEN_PREFIXES
        )
    return False


CODE_OPENERS = set("([{<_=#@\\:;|^~*")
"""Punctuation that, glued on both sides ("alert(1)", "id=42", "v2:3"), marks code or an
identifier rather than a figure. A currency sign, dash or quote is never one of them."""

HYPHEN_PREFIXES = {
    "mid",
    "late",
    "early",
    "pre",
    "post",
    "over",
    "under",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "top",
    "than",
    "to",
    "and",
    "from",
}
"""Words that may be hyphenated onto a number without making it part of a name: "mid-2024",
"late-1990s". Any other word-hyphen-number ("GPT-4", "COVID-19", "R-1") is a name."""
