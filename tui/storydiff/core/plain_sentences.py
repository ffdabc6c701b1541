"""Sentence ends pysbd would find, found without running pysbd.

pysbd (see :mod:`segment`) costs about a millisecond a paragraph, mostly on rules that plain
news text does not need. :func:`fast_spans` answers for a paragraph when every place a
sentence could end in it is one whose reading no pysbd rule disputes (a stop after an
ordinary word, then a space and a capital, outside quotations), and says None when only
pysbd reads the text right (abbreviations it knows, lists, quotations that open a sentence,
marks glued to stops). Where it answers, it gives pysbd's sentences: checked on every
paragraph of the seeds and corpora and on generated and random paragraphs that put every
shape of word before every kind of stop, quotation, bracket and spacing
(tests/test_segment.py).
"""

from __future__ import annotations

import re
from itertools import pairwise

from pysbd.exclamation_words import ExclamationWords
from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer

Abbreviation = English.Abbreviation


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past whitespace: a sentence span never starts or ends
    with a space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_INNER_END = re.compile(r"[.!?…][\"'”’)\]]*\s+\S")
"""Terminal punctuation followed by a space and more text: the only place a sentence ends
inside a paragraph here. Without one, the paragraph is one sentence and pysbd is not asked
(on the seeds and corpora that is half of all paragraphs, and pysbd agreed on every one of
them). Where they differ, this is the better answer: pysbd also ends a sentence at a stop
with no space after it that none of its rules protects, splitting a word ("a .gov
address", "runs on .NET", "search?q=1"), and at a line break inside a paragraph."""


def fast_spans(text: str) -> tuple[tuple[int, int], ...] | None:
    """The sentences of ``text`` without pysbd (one sentence when no end can be inside it,
    else the plain path), or None when only pysbd reads the text right."""
    if _quote_segment(text) or _pysbd_shape(text) or _letter_list(text):
        return None
    if not _INNER_END.search(text):
        s, e = trimmed(text, 0, len(text))
        return ((s, e),) if e > s else ()
    return _plain_spans(text)


_QUOTE_SEGMENT = re.compile(r"[\"'”)」）](?=\s[A-Z])|）(?=[A-Z])")
"""A closing quotation mark or bracket, then a space and a capital: where pysbd ends a
sentence if the quotation or bracket opened it ("“Dune” The film", "(AP) The firm"), unless
a stop comes right before the mark, or a comma before a quotation mark (see
:func:`_quote_segment`). The marks come first so the search skips along a character class."""

_GLUED_AFTER = {"“": ".!?…", "(": ".!?…", "[": ".!?…", "…": ".!?"}
"""Marks that start a new sentence for pysbd when glued to a stop, each with those stops."""
_QUOTE_BEFORE_BRACKET = re.compile(r"[”\"]\s+\(")


def _pysbd_shape(text: str) -> bool:
    """Whether ``text`` has a shape only pysbd reads right: a stop with an opening quotation
    mark, a bracket or an ellipsis right after it ("reported?“Then", "Why?… The", where a
    missing space hides the end from the fast paths), or a closing quotation mark before a
    bracket ('got,” (AP) “It'), where pysbd's quotation and bracket rules end sentences
    around the bracket. Found with str.find: a regex scanning every character cost more than
    the rest of the fast path."""
    for mark, stops in _GLUED_AFTER.items():
        at = text.find(mark, 1)
        while at > 0:
            if text[at - 1] in stops:
                return True
            at = text.find(mark, at + 1)
    return "(" in text and _QUOTE_BEFORE_BRACKET.search(text) is not None


_OPENING = {'"': '"', "'": "'", "”": "“", ")": "(", "」": "「", "）": "（"}
_OPENING_MARK = re.compile(r"[“\"'(「（]")


def _quote_segment(text: str) -> bool:
    """Whether pysbd may end a sentence after a quotation or bracket that opens a sentence
    (see _QUOTE_SEGMENT): a closing mark of _QUOTE_SEGMENT with an opening mark of its kind
    before it that may open a sentence. Any such opening mark counts, not only the nearest:
    pysbd's quotations may nest ("“a “b” C")."""
    if not any(map(text.__contains__, _OPENING)) or not _QUOTE_SEGMENT.search(text):
        return False  # most paragraphs: a few str scans, or one regex scan
    closings = [m.start() for m in _QUOTE_SEGMENT.finditer(text) if _may_close(text, m.start())]
    if not closings:
        return False
    first: dict[str, int] = {}  # each kind of opening mark -> where it first may open one
    for m in _OPENING_MARK.finditer(text, 0, closings[-1]):
        if m.group() not in first and _opens_sentence(text, m.start()):
            first[m.group()] = m.start()
    return any(first.get(_OPENING[text[at]], len(text)) < at for at in closings)


def _letter_list(text: str) -> bool:
    """Whether two single lower-case letters before a full stop follow each other in the
    alphabet ("a.m. ... then b."): pysbd reads them as a lettered list and ends a sentence
    before each item. Each full stop is found with str.find, not a regex scan."""
    letters = []
    at = text.find(".")
    while at >= 0:
        if at and "a" <= text[at - 1] <= "z" and (at == 1 or text[at - 2].isspace()):
            letters.append(text[at - 1])
        at = text.find(".", at + 1)
    return any(ord(b) - ord(a) == 1 for a, b in pairwise(letters))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the mark at ``at`` may open a sentence: only whitespace stands between it and
    the start of the text or a stop (or a closing mark)."""
    j = at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j < 0 or text[j] in ".!?\"'”’)]"


def _may_close(text: str, at: int) -> bool:
    """Whether the mark at ``at`` may close a sentence-opening quotation or bracket for pysbd:
    not right after a stop, and a quotation mark not right after a comma."""
    before = text[at - 1] if at else ""
    return before not in ".!?" and not (before == "," and text[at] in "\"'”")


_PYSBD_ABBREVIATIONS = frozenset(
    {
        *(a.strip() for a in Abbreviation.ABBREVIATIONS),
        *(a.strip() for a in Abbreviation.PREPOSITIVE_ABBREVIATIONS),
        *(a.strip() for a in Abbreviation.NUMBER_ABBREVIATIONS),
    }
)
"""Every word pysbd may read as an abbreviation before a full stop."""

_NUMBER_PREFIXES = frozenset(a.strip() for a in Abbreviation.ABBREVIATIONS)
"""pysbd's own abbreviations: followed by a number ("Jan. 7", "No. 1") they end no sentence."""

_EXCLAMATION_NAMES = frozenset(ExclamationWords.EXCLAMATION_WORDS)
"""Names that end in "!" ("Yahoo!", "Jeopardy!"): pysbd does not end a sentence there."""

_PLAIN_END = re.compile(r"(?<![.!?…])[.!?](?:[\"”]\s+(?=[A-Z])|\s+(?=[“\"]?[A-Za-z0-9]))")
"""A sentence end no rule can dispute: one ., ! or ?, space, then a letter or digit, perhaps
after an opening quote (curly or straight: a straight one after a space opens, and one that
closes a quotation around the stop puts the stop inside it, where it ends nothing); or the
same with a closing double quote before the space, then a capital (pysbd keeps ``fire.”
“This`` together). pysbd ends a sentence before a lower-case word too
("He left. then"), unless the word before the stop is an abbreviation."""

_PLAIN_WORD = re.compile(
    r"[A-Za-z]{2,}(?:[-'’][A-Za-z0-9]+)*"  # words, names, acronyms: "said", "DeepSeek", "API"
    r"|(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"  # "R1", "1080p"
    r"|\d{3,}"  # years and other numbers of three digits or more
    r"|(?:[A-Z]{1,3})?[$€£¥]\d[\d,]*(?:\.\d+)?"  # amounts: "$449.99", "US$79", "€20"
    r"|\d[\d,]*\.\d+%?|\d[\d,]*%|\d{1,3}(?:,\d{3})+"  # "5.58", "3.5%", "10%", "2,048"
)
"""The word before a plain sentence end: two letters or more, letters with digits, a number
of three digits or more, an amount, a decimal, a percentage or a grouped number. Not an
initial ("J."), an initialism with inner stops ("U.S."), or a number of one or two digits
("No. 1", a list's "2."), which pysbd reads by its own rules."""

_ROMAN_NUMERALS = frozenset(ListItemReplacer.ROMAN_NUMERALS)
"""The Roman numerals pysbd may read as list items ("ii.", "IV.")."""

_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
"""An initialism before its last full stop ("U.S", "e.g"): followed by a lower-case word it
never ends a sentence ("the U.S. tech industry")."""

_LIST_NUMBER = re.compile(r"(?:^|(?<=[\s⁃-]))\d{1,2}(?=\.[\s)])")
"""A number pysbd may read as a numbered-list item ("1. ", "2.)"): it does when two such
numbers in a paragraph are consecutive."""


def _lone_small_number(text: str, stop: int, word: str) -> bool:
    """A number of one or two digits before a full stop ("the Switch 2. This") that pysbd
    cannot read as a list item: a word of its own after a space, and the only number of
    its kind in the paragraph."""
    return (
        text[stop] == "."
        and word.isdecimal()
        and len(word) <= 2
        and stop > len(word)
        and text[stop - len(word) - 1] == " "
        and len(_LIST_NUMBER.findall(text)) == 1
    )


_PAIRED = (
    ("“", re.compile(r"“[^”]*”")),
    ('"', re.compile(r'"[^"]*"')),
    ("(", re.compile(r"\([^()]*\)")),
    ("[", re.compile(r"\[[^\]]*\]")),
)
"""Quotations and brackets as pysbd finds them (each with its opening mark), each kind on
its own (so they may overlap or nest, and a mark left without its pair protects nothing):
pysbd ends no sentence inside one, except right before its closing mark ("... distillation.”
He added")."""


_PYSBD_MARKS = ("\n", "\r", " '", "--", "«", "»", "\\", "‘")
"""Text the plain path leaves to pysbd: line breaks (list rules), single quotes, ‘curly’
ones included (pysbd pairs them around apostrophes), and «», "--" and backslashes (more
places pysbd protects a stop, or escapes one)."""


def _plain_spans(text: str) -> tuple[tuple[int, int], ...] | None:
    """The sentences of ``text`` when every possible sentence end in it is plain (see
    _PLAIN_END and _PLAIN_WORD) and outside quotations; None when pysbd must decide.

    pysbd costs about a millisecond a paragraph, mostly on abbreviation rules that plain
    text does not need; on every multi-sentence paragraph of the seeds and corpora where
    this answers, and on generated paragraphs that put every shape of word before every
    kind of sentence end, it gives pysbd's sentences exactly (tests/test_segment.py).
    """
    if any(map(text.__contains__, _PYSBD_MARKS)):
        return None
    inside = _quoted_insides(text)
    if inside is None:
        return None
    closers = {e + 1 for _, e in inside}
    ends = []
    for m in _INNER_END.finditer(text):
        if text[m.start()] == "…":
            continue  # pysbd never ends a sentence at an ellipsis character
        if any(s <= m.start() < e for s, e in inside):
            if text[m.start() + 1] in "\"'“”":
                return None  # pysbd ends one at '?" He' even inside brackets
            continue  # pysbd ends no other sentence inside a quotation or brackets
        word_start = text.rfind(" ", 0, m.start()) + 1
        word = text[word_start : m.start()].lstrip('“"(')
        end = _plain_end(text, m.start(), word)
        if end is False:
            continue
        if end is None or (text[m.start() + 1] in '"”' and m.start() + 1 not in closers):
            return None  # ...or a straight quote after the stop may open the next one
        ends.append(end)
    spans, start = [], 0
    for end in [*ends, len(text)]:
        s, e = trimmed(text, start, end)
        if e > s:
            spans.append((s, e))
        start = end
    return tuple(spans)


def _plain_end(text: str, stop: int, word: str) -> int | bool | None:
    """Where the sentence whose punctuation is at ``stop`` (after ``word``) ends; False when
    the stop plainly ends no sentence ("Jan. 7", "the U.S. tech industry"); None when pysbd
    must decide. After a plain word pysbd ends a sentence before a capital, a lower-case
    word ("He left. then") or a number ("flames. 2017"), as here."""
    plain = _PLAIN_END.match(text, stop)
    if not plain:
        return None
    if _initial(text, stop, word):
        return False
    after = text[plain.end()]
    if after.isdigit() or after.islower():
        if plain.end() != stop + 2:
            return None  # pysbd ends a sentence at "Sept.  2024" (two spaces), not "Sept. 2024"
        if text[stop - len(word) - 1 : stop - len(word)] in ("“", '"', "("):
            return None  # "(Jan. 7": a mark glued to an abbreviation hides it from pysbd
    if after.isdigit() and text[stop] == "." and word.lower() in _NUMBER_PREFIXES:
        return False
    if after.islower():
        if text[stop] != ".":
            return None  # pysbd keeps "Wow! then" together
        if _INITIALISM.fullmatch(word):
            return False
    if not (_PLAIN_WORD.fullmatch(word) or _lone_small_number(text, stop, word)):
        return None
    if word.lower() in _PYSBD_ABBREVIATIONS or word.lower() in _ROMAN_NUMERALS:
        return None
    if text[stop] == "!" and word + "!" in _EXCLAMATION_NAMES:
        return None
    return stop + len(plain.group().rstrip())


def _initial(text: str, stop: int, word: str) -> bool:
    """A capital letter alone before a full stop and a space, at the start or after a space
    ("J. Paul Getty", "Plan B. The"): pysbd reads it as an initial and ends no sentence
    there."""
    return (
        text[stop] == "."
        and len(word) == 1
        and "A" <= word <= "Z"
        and word != "I"  # the pronoun: "So do I. The" ends a sentence for pysbd
        and (stop == 1 or text[stop - 2].isspace())
        and text[stop + 1].isspace()
    )


def _quoted_insides(text: str) -> list[tuple[int, int]] | None:
    """Where a sentence cannot end: inside quotation marks or brackets, up to (not
    including) the last character before the closing mark (which is at the range's end + 1).
    None when two of them overlap without one holding the other ('(a "b) c"'), where
    pysbd's rules for each kind cross."""
    spans = sorted(
        (m.start(), m.end())
        for opening, paired in _PAIRED
        if opening in text
        for m in paired.finditer(text)
    )
    open_ends: list[int] = []
    for start, end in spans:
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and open_ends[-1] < end:
            return None
        open_ends.append(end)
    return [(start, end - 2) for start, end in spans]
