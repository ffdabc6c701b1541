"""Split a paragraph into the tokens the figure readers walk: numbers, words, fraction
characters and single punctuation marks, each with its character span.

Tokens inside URLs, e-mail addresses and domain names are dropped, so "openai.com/gpt-4" or
"example.com/2025/01/29" yield no figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<num>(?<![\w.,])\d+(?:\.\d+)?[eE][+-]?\d{1,3}(?![\w.])"
    r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)*"
    r"|(?<![\w.,])\.\d+)"
    r"|(?P<frac>[½⅓⅔¼¾⅕⅙⅛⅜⅝⅞])"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>\S)"
)
"""Digit runs keep their separators ("2,048", "5.58", "10 000", "1 234 567.89": space-grouped
thousands only in exact groups of three, so "245 23" stays two numbers); scientific notation
("1.3e6", "12.32e+14") is one number unless glued to a word or a dot; words are letter runs
with inner apostrophes ("Monday’s"); anything else is one punctuation token."""

_URL = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai"
    r"|gov|edu|co|uk|news|info|biz|tv|us)\b(?:/\S*)?",
    re.I,
)


@dataclass(frozen=True)
class Token:
    kind: str
    """num, word, frac or punct."""
    text: str
    start: int
    end: int
    space_before: bool
    """True if whitespace (or the start of the text) precedes the token: "5.58m" has the
    "m" glued (False), "5.58 million" has "million" spaced (True)."""

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` outside URLs and addresses, in order."""
    masked = [(m.start(), m.end()) for m in _URL.finditer(text)]
    tokens: list[Token] = []
    k = 0
    for m in _TOKEN.finditer(text):
        while k < len(masked) and masked[k][1] <= m.start():
            k += 1
        if k < len(masked) and masked[k][0] <= m.start() < masked[k][1]:
            continue
        start = m.start()
        space = start == 0 or text[start - 1].isspace()
        if m.lastgroup == "num" and _COMMA_LIST.fullmatch(m.group()):
            tokens.extend(_comma_list(text, start, m.group(), space))
            continue
        tokens.append(Token(m.lastgroup or "punct", m.group(), start, m.end(), space))
    return tokens


_COMMA_LIST = re.compile(r"\d+(?:,\d+)+")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}")


def _comma_list(text: str, start: int, run: str, space: bool) -> list[Token]:
    """ "22,24,26,31" (a list whose spaces were lost, common in scraped pages) is one number
    per item; valid thousands grouping ("2,048", Indian "12,34,567") stays one number."""
    if _GROUPED.fullmatch(run):
        return [Token("num", run, start, start + len(run), space)]
    out: list[Token] = []
    for k, part in enumerate(run.split(",")):
        out.append(Token("num", part, start, start + len(part), space and k == 0))
        start += len(part)
        if k < len(run.split(",")) - 1:
            out.append(Token("punct", ",", start, start + 1, False))
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
