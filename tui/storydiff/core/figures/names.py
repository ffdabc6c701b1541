"""The names an article uses: which capitalised words are proper names, and where they stand.

A figure belongs to something: Wiz's revenue, the Eaton fire's acreage, Labour's seats. In
English news that something is almost always a proper name near the figure, so the first
step is knowing which capitalised words are names. No gazetteer and no tagger: the article
itself says so.

* A capitalised word is a name when the article never writes it in lower case. "Fire" in
  "Eaton Fire" is not a name word when the article also writes "the fire"; "Wiz" is.
* A capitalised word that opens a sentence ("The", "Wildfires", "Notably") is a name only when
  the article also capitalises it inside a sentence, or writes it as a possessive ("Globex's
  revenue"): English capitalises the first word of every sentence, so the first position
  proves nothing.
* Weekdays and months are dates, not names (the figure readers read them).

A name is a run of such words ("Motorola Mobility", "Los Angeles"); its *key* is the set of
its words in lower case without a possessive, the form two outlets share however they write
the rest ("the Eaton fire" / "Eaton Fire" -> {"eaton"}).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from storydiff.core.figures.dates import MONTHS, WEEKDAYS

_WORD = re.compile(r"[^\W\d_][\w&]*(?:[-'’.]\w[\w&]*)*")
"""A word: letters, with inner hyphens, apostrophes and points ("U.S.", "Joy-Con", "Wiz's").
Written as runs of word characters, each mark followed by one, rather than as one character
or mark at a time: the same words, found in about two thirds of the time (the lexicon scans
every paragraph with it)."""
_DATE_WORDS = frozenset({*WEEKDAYS, *MONTHS})


def base(word: str) -> str:
    """A word in lower case without a possessive or a final point ("Wiz’s" -> "wiz")."""
    w = word.lower()
    if "'" not in w and "’" not in w and not w.endswith("."):
        return w  # most words: nothing to take off
    w = w.replace("’", "'").rstrip(".")
    return w[:-2] if w.endswith("'s") else w.rstrip("'")


class Name(NamedTuple):
    """A run of name words in one paragraph (a named tuple: the figures of an article make
    dozens, and a tuple is built several times faster than a frozen dataclass)."""

    start: int
    end: int
    text: str
    key: frozenset[str]
    names: tuple[str, ...] = ()
    """Each name of a group ("the Palisades and Eaton fires"), its key words in order,
    joined by spaces; one entry for a single name."""


@dataclass(frozen=True)
class Lexicon:
    """What one article (or a pair) says about capitalisation: the words it writes in lower
    case, and the capitalised words it uses inside sentences."""

    lower: frozenset[str]
    inner: frozenset[str]

    def is_name_word(self, word: str, opens_sentence: bool) -> bool:
        b = base(word)
        if not word[:1].isupper() or b in self.lower or b in _DATE_WORDS or len(b) < 2:
            return False
        return not opens_sentence or b in self.inner or _possessive(word)


def _possessive(word: str) -> bool:
    """ "Globex's" opening a sentence: English writes a common noun's possessive there rarely
    ("Today's"), and the article writing it in lower case elsewhere rules those out."""
    return word.endswith(("'s", "’s")) and len(word) > 3


def lexicon(paragraphs: Sequence[str]) -> Lexicon:
    """Read the article's capitalisation once (see the module docstring). Only distinct
    words are reduced to their base: an article repeats most of its words."""
    return _lexicon(tuple(paragraphs))


@lru_cache(maxsize=256)  # an article is compared with several others, by the reader and overview
def _lexicon(paragraphs: tuple[str, ...]) -> Lexicon:
    lower: set[str] = set()
    inner: set[str] = set()
    for paragraph in paragraphs:
        lower.update(filter(str.islower, _WORD.findall(paragraph)))
        inner.update(word for _, _, word, opens in _capitalised(paragraph) if not opens)
    plain = {w for w in lower if "'" not in w and "’" not in w}  # their own base
    return Lexicon(frozenset(plain | set(map(base, lower - plain))), frozenset(map(base, inner)))


_CAPITALISED = re.compile(r"[A-Z](?<![\w'’.&-][A-Z])[\w&]*(?:[-'’.]\w[\w&]*)*")
"""A word of _WORD that starts with a capital: the capital, then the test of what stands
before it, so that the scan jumps from one capital letter to the next."""

_Capital = tuple[int, int, str, bool]
"""A capitalised word: its start, its end, the word, and whether it opens a sentence or a
quotation (:func:`_opens`)."""


@lru_cache(maxsize=4096)
def _capitalised(paragraph: str) -> tuple[_Capital, ...]:
    """The capitalised words of a paragraph, found once: the lexicon reads every paragraph's,
    and the names of a paragraph holding a figure are read from the same words."""
    return tuple(
        (m.start(), m.end(), m.group(), _opens(paragraph, m.start()))
        for m in _CAPITALISED.finditer(paragraph)
    )


_OPENERS = frozenset("\"“‘([")
_CLOSERS = frozenset("\"'”’)]")
_STOPS = frozenset(".!?:;")


def _opens(paragraph: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a quotation: nothing before it, an
    opening quote or bracket, a sentence stop (closing quotes may follow it) and a space, or a
    spaced dash. Plain string steps: this runs for every capitalised word of an article."""
    i = start - 1
    while i >= 0 and paragraph[i] == " ":
        i -= 1
    if i < 0:
        return True
    ch = paragraph[i]
    if ch in _OPENERS:
        return True
    if i == start - 1:
        return False  # no space before the word: "Wiz's", "U.S."
    if ch in "—–-":
        return i > 0 and paragraph[i - 1] == " "
    while i >= 0 and paragraph[i] in _CLOSERS:
        i -= 1
    return i >= 0 and paragraph[i] in _STOPS


def names(paragraph: str, lex: Lexicon) -> tuple[Name, ...]:
    """The names of one paragraph, in order."""
    return _names(paragraph, lex)


@lru_cache(maxsize=4096)
def _names(paragraph: str, lex: Lexicon) -> tuple[Name, ...]:
    """Runs of name words one space apart; only capitalised words are looked at."""
    out: list[Name] = []
    run: list[_Capital] = []
    for capital in _capitalised(paragraph):
        start, _, word, opens = capital
        if not lex.is_name_word(word, opens):
            continue
        if run and paragraph[run[-1][1] : start] != " ":  # the run before ended there
            out.append(_name(paragraph, run))
            run = []
        run.append(capital)
    if run:
        out.append(_name(paragraph, run))
    return tuple(out)


def _name(paragraph: str, run: list[_Capital]) -> Name:
    start, end = run[0][0], run[-1][1]
    words = [base(word) for _, _, word, _ in run]
    return Name(start, end, paragraph[start:end], frozenset(words), (" ".join(words),))
