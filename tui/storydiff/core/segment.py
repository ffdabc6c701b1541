"""Sentences and words with character offsets into their paragraph.

Sentences come from pysbd, the rule-based segmenter of the Golden Rules set: it knows "U.S.",
"Jan. 28", "Mr.", "No. 1", decimals and closing quotes, which a regex split gets wrong on
news text. pysbd's own ``char_span`` mode re-finds sentences with a regex search and can land on
an earlier repeat of the same sentence, so offsets are mapped back here by a forward search
from the end of the previous sentence, and any stretch pysbd altered falls back to a simple
punctuation split, so ``text[start:end]`` is always the sentence itself.

Words are regex tokens that keep figures whole ("$5.58", "2,048", "R-1", "U.S.", "50%",
"ninety-five"), so word diffs and shared-passage search never split a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, pairwise

import pysbd
from pysbd.exclamation_words import ExclamationWords
from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer
from pysbd.processor import Processor

from storydiff.core.model import Article, Sentence

Abbreviation = English.Abbreviation

PARAGRAPH_CACHE_SIZE = 4096
"""Paragraphs whose sentence spans are memoised. pysbd costs about 1 ms per paragraph; the
reader re-segments the same paragraphs for every pair it shows, and 4096 paragraphs covers
dozens of long articles while bounding memory to a few MB."""

PYSBD_CHUNK_CHARS = 3000
"""pysbd's time grows faster than linearly with input length (0.1 s for 6 k characters, 7.7 s
for 93 k, measured on seed text), so paragraphs longer than this are cut at likely sentence
ends (". " before a capital) into chunks of about this size before pysbd sees them."""

MAX_CHUNK_CHARS = 2 * PYSBD_CHUNK_CHARS
"""A stretch with no likely sentence end (a list of numbers, text without full stops) is cut
at the last space before this many characters, so pysbd never sees more than this at once.
The cut may split one run-on "sentence" in two, which only text with no punctuation risks."""

QUICK_ARTICLE_CHARS = 200_000
"""Articles longer than this (body characters) are split into sentences by punctuation rules
(:func:`quick_sentence_spans`) instead of pysbd. pysbd costs about 6.5 microseconds a
character on news prose (0.65 s for a 100k-character synthetic article from the seeds and
corpora), so a 1 MB report alone would take 6-7 s; the longest real feature is under 100k
characters, so news articles always get pysbd. Above the limit the comparison carries a
notice (see :func:`storydiff.core.compare.compare`)."""

_LIKELY_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘A-Z])")

_QUICK_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
"""A sentence end for the quick splitter: terminal punctuation, closers, then a space and a
capital, digit or opening quote."""

_QUICK_ABBREVIATIONS_TEXT = (
    "mr mrs ms dr prof sr jr st mt gen col lt sgt capt gov sen rep rev fr no nos vs etc inc "
    "ltd co corp dept est fig approx jan feb mar apr jun jul aug sep sept oct nov dec u.s "
    "u.k u.n e.g i.e a.m p.m"
)
QUICK_ABBREVIATIONS = frozenset(_QUICK_ABBREVIATIONS_TEXT.split(" "))
"""Words whose full stop does not end a sentence, for the quick splitter (titles, months,
"No. 1", initialisms). "Inc." and "Co." may also end a sentence; keeping them joined errs
on the side of a longer sentence, which the claims check handles better than a fragment."""

_FALLBACK_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"'”’)\]]*|$)")
"""Used only where pysbd's output cannot be located in the text (it rewrote something)."""

_INITIALISM_WORD = r"(?:[A-Za-z]\.){2,}"  # abbreviations with dots: U.S., e.g., a.m.
_CURRENCY = r"(?:[A-Za-z]{1,3}(?=[$€£¥]))?[$€£¥]?"  # currency sign, optionally prefixed (US$79)
_PLAIN_TOKEN = r"\w+(?:(?:[-'’]|(?<=\d)[.,:](?=\d))\w+)*%?"  # 2,048, 5.58, R-1, ninety-five, 50%
WORD = re.compile(f"{_INITIALISM_WORD}|{_CURRENCY}{_PLAIN_TOKEN}")
"""One word token. Joiners are kept inside a token only between word characters, and
``.``/``,``/``:`` only between digits, so "2025." ends before the full stop."""


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    """pysbd compiles many rules on construction: build it once per process."""
    return pysbd.Segmenter(language="en", clean=False)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _fallback_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in _FALLBACK_SENTENCE.finditer(text, start, end):
        s, e = _trimmed(text, m.start(), m.end())
        if e > s:
            spans.append((s, e))
    return spans


def _chunks(text: str) -> list[tuple[int, int]]:
    """Cut a long text at likely sentence ends into pieces of about PYSBD_CHUNK_CHARS,
    and any piece still over MAX_CHUNK_CHARS at spaces."""
    bounds, start = [], 0
    for m in _LIKELY_END.finditer(text):
        if m.end() - start >= PYSBD_CHUNK_CHARS:
            bounds.append((start, m.end()))
            start = m.end()
    bounds.append((start, len(text)))
    return [piece for s, e in bounds for piece in _hard_cuts(text, s, e)]


def _hard_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at spaces into pieces of at most MAX_CHUNK_CHARS."""
    pieces = []
    while end - start > MAX_CHUNK_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_CHUNK_CHARS)
        cut = cut if cut > start else start + MAX_CHUNK_CHARS
        pieces.append((start, cut))
        start = cut
    return [*pieces, (start, end)]


_INNER_END = re.compile(r"[.!?…][\"'”’)\]]*\s+\S")
"""Terminal punctuation followed by a space and more text: the only place a sentence ends
inside a paragraph here. Without one, the paragraph is one sentence and pysbd is not asked
(on the seeds and corpora that is half of all paragraphs, and pysbd agreed on every one of
them). Where they differ, this is the better answer: pysbd also ends a sentence at a stop
with no space after it that none of its rules protects, splitting a word ("a .gov
address", "runs on .NET", "search?q=1"), and at a line break inside a paragraph."""


@lru_cache(maxsize=PARAGRAPH_CACHE_SIZE)
def _cached_spans(text: str) -> tuple[tuple[int, int], ...]:
    """One paragraph's sentences: by the fast paths where they give pysbd's answer, else by
    pysbd."""
    fast = _fast_spans(text)
    if fast is not None:
        return fast
    return _pysbd_spans(text) if len(text) <= PYSBD_CHUNK_CHARS else _chunked_spans(text)


def _fast_spans(text: str) -> tuple[tuple[int, int], ...] | None:
    """The sentences of ``text`` without pysbd (one sentence when no end can be inside it,
    else the plain path), or None when only pysbd reads the text right."""
    if _quote_segment(text) or _pysbd_shape(text) or _letter_list(text):
        return None
    if not _INNER_END.search(text):
        s, e = _trimmed(text, 0, len(text))
        return ((s, e),) if e > s else ()
    return _plain_spans(text)


def _chunked_spans(text: str) -> tuple[tuple[int, int], ...]:
    """pysbd's sentences of a long text, read chunk by chunk (see PYSBD_CHUNK_CHARS)."""
    return tuple(
        (offset + s, offset + e)
        for offset, end in _chunks(text)
        for s, e in _pysbd_spans(text[offset:end])
    )


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
        *Abbreviation.ABBREVIATIONS,
        *Abbreviation.PREPOSITIVE_ABBREVIATIONS,
        *Abbreviation.NUMBER_ABBREVIATIONS,
        *(w for w in QUICK_ABBREVIATIONS if "." not in w),
    }
)
"""Every word pysbd (and the quick splitter) may read as an abbreviation before a full stop."""

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
"""Text the plain path leaves to pysbd: line breaks (list rules),
single quotes, ‘curly’ ones included (pysbd pairs them around apostrophes), and «», "--" and
backslashes (more places pysbd protects a stop, or escapes one)."""


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
        s, e = _trimmed(text, start, end)
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
    if (after.isdigit() or after.islower()) and plain.end() != stop + 2:
        return None  # pysbd ends a sentence at "Sept.  2024" (two spaces), not "Sept. 2024"
    if (after.isdigit() or after.islower()) and text[stop - len(word) - 1 : stop - len(word)] in (
        "“",
        '"',
        "(",
    ):
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


def _pysbd_spans(text: str) -> tuple[tuple[int, int], ...]:
    """pysbd's sentences located in ``text`` by forward search, gaps split by the fallback."""
    try:
        pieces = _pysbd_sentences(text)
    except Exception:  # noqa: BLE001 - pysbd can fail on odd input; the fallback cannot
        pieces = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        sentence = piece.strip()
        if not sentence:
            continue
        found = text.find(sentence, cursor)
        if found < 0:
            continue  # pysbd altered this piece; the gap is split by the fallback below
        if text[cursor:found].strip():
            spans += _fallback_spans(text, cursor, found)
        spans.append((found, found + len(sentence)))
        cursor = found + len(sentence)
    if text[cursor:].strip():
        spans += _fallback_spans(text, cursor, len(text))
    return tuple(spans)


_MIRRORED_PYSBD = "0.3.4"
"""The pysbd release whose ``Segmenter.segment`` and abbreviation search the code below
reproduces step for step (the last release, from 2021). Under any other release pysbd's own
``segment`` is called, so a change in pysbd can slow the splitter down but never alter it."""


def _pysbd_sentences(text: str) -> list[str]:
    r"""Exactly ``pysbd.Segmenter(language="en", clean=False).segment(text)``, about twice as
    fast: the same Processor, with the abbreviation search of :class:`_QuickAbbreviations`,
    and each sentence re-found in ``text`` by ``str.find`` where pysbd compiles one regex per
    sentence (``re.escape(sentence) + r"\s*"``), which also flushed Python's regex cache and
    made pysbd recompile its own rules."""
    if pysbd.__version__ != _MIRRORED_PYSBD:
        return _segmenter().segment(text)
    if not text:
        return []
    found, prior_end = [], 0
    for sentence in Processor(text, _QuickEnglish).process():
        if not sentence:  # pysbd never yields one; its regex would match bare whitespace
            return _segmenter().segment(text)
        start = text.find(sentence)
        while start >= 0:
            end = _SPACES.match(text, start + len(sentence)).end()
            if end > prior_end:  # pysbd keeps the first match that ends past the previous one
                found.append(text[start:end])
                prior_end = end
                break
            start = text.find(sentence, end)  # finditer resumes after the match
    return found


_SPACES = re.compile(r"\s*")
_WHITESPACE = re.compile(r"\s")
_CASE_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a{]")
"""Characters that match an ASCII letter under ``re.IGNORECASE`` without lowercasing to it
(İ, ı, ſ and the Kelvin sign), and "{", which pysbd's abbreviation code treats specially (a
pattern of its has literal braces): a line with one is left to pysbd's own search."""

_ABBREVIATIONS = tuple(a.strip() for a in English.Abbreviation.ABBREVIATIONS)
_LETTER_ABBREVIATIONS = frozenset(a for a in _ABBREVIATIONS if re.fullmatch("[a-z]+", a))
_ABBREVIATION_WITH_STOP = re.compile(
    " (" + "|".join(sorted(_LETTER_ABBREVIATIONS, key=len, reverse=True)) + r")\."
)
"""A letters-only pysbd abbreviation starting a word and followed by a full stop, searched in
the lowered line with every whitespace made a space (and one space in front)."""


class _QuickAbbreviations(English.AbbreviationReplacer):
    """pysbd's English abbreviation replacer with the same result and a cheaper search.

    pysbd tries each of its 188 abbreviations on every line: a case-insensitive ``findall``
    for the abbreviation at a word start, then one ``re.sub`` per occurrence (each marks the
    abbreviation's full stop, if it has one, as not ending a sentence). That was over half
    of pysbd's time. For an abbreviation of letters only, a ``re.sub`` can change the line
    only where the abbreviation starts a word and is followed by a full stop, so the
    abbreviations with no such place are skipped (one regex finds the others); and the subs
    only turn full stops into a marker, which never creates a new match, so repeating one
    for the same spelling changes nothing and is skipped. Abbreviations with a full stop
    inside ("e.g", "u.s") keep pysbd's own steps.
    """

    def search_for_abbreviations_in_string(self, text: str) -> str:
        if _CASE_FOLDS_TO_ASCII.search(text):
            return super().search_for_abbreviations_in_string(text)
        lowered = text.lower()
        with_stop = set(_ABBREVIATION_WITH_STOP.findall(" " + _WHITESPACE.sub(" ", lowered)))
        for abbr in _ABBREVIATIONS:
            if abbr in _LETTER_ABBREVIATIONS:
                if abbr in with_stop:
                    text = self._mark_spellings(text, abbr)
            elif abbr in lowered:
                text = self._mark_each(text, abbr)
        return text

    def _mark_spellings(self, text: str, abbr: str) -> str:
        """One replacement per distinct spelling of ``abbr`` at a word start."""
        for spelling in dict.fromkeys(m.strip() for m in self._at_word_starts(text, abbr)):
            if spelling + "." in text:
                text = self.scan_for_replacements(text, spelling, 0, [])
        return text

    def _mark_each(self, text: str, abbr: str) -> str:
        """pysbd's own steps (no "{" in the line, so its following-letter list is empty)."""
        for index, match in enumerate(self._at_word_starts(text, abbr)):
            text = self.scan_for_replacements(text, match, index, [])
        return text

    @staticmethod
    def _at_word_starts(text: str, abbr: str) -> list[str]:
        return re.findall(rf"(?:^|\s|\r|\n){abbr}", text, flags=re.IGNORECASE)


class _QuickEnglish(English):
    """pysbd's English rules with :class:`_QuickAbbreviations` (pysbd's own hook for it)."""

    AbbreviationReplacer = _QuickAbbreviations


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, whitespace trimmed, in order.

    >>> t = 'He paid $5.6 million in the U.S. on Jan. 28. "It worked," Mr. Lee said.'
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['He paid $5.6 million in the U.S. on Jan. 28.', '"It worked," Mr. Lee said.']
    """
    return list(_cached_spans(text))


def quick_sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences by punctuation rules only: linear and about 50 times faster than pysbd,
    for articles over QUICK_ARTICLE_CHARS. Knows titles, months and initials, not every
    abbreviation pysbd knows.

    >>> t = 'Mr. Lee paid $5.6 million on Jan. 28. "It worked," he said. J. R. Smith agreed.'
    >>> [t[s:e] for s, e in quick_sentence_spans(t)]
    ['Mr. Lee paid $5.6 million on Jan. 28.', '"It worked," he said.', 'J. R. Smith agreed.']
    """
    spans, start = [], 0
    for m in _QUICK_END.finditer(text):
        if _abbreviation_before(text, m.start()):
            continue
        s, e = _trimmed(text, start, m.end())
        if e > s:
            spans.append((s, e))
        start = m.end()
    s, e = _trimmed(text, start, len(text))
    return [*spans, (s, e)] if e > s else spans


def _abbreviation_before(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word = text[max(0, text.rfind(" ", 0, dot) + 1) : dot].lstrip('"“‘([').lower()
    return (len(word) == 1 and word.isalpha()) or word in QUICK_ABBREVIATIONS


def needs_quick_sentences(article: Article) -> bool:
    """Whether the article is long enough that its sentences are split by the quick rules."""
    return sum(map(len, article.paragraphs)) > QUICK_ARTICLE_CHARS


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word token of ``text``; figures stay one token.

    >>> t = "R-1 cost $5.58 million on 2,048 U.S. chips, ninety-five% said"
    >>> [t[s:e] for s, e in word_spans(t)][:7]
    ['R-1', 'cost', '$5.58', 'million', 'on', '2,048', 'U.S.']
    """
    _, starts, ends = word_tokens(text)
    return list(zip(starts, ends, strict=True))


@lru_cache(maxsize=PARAGRAPH_CACHE_SIZE)
def word_tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The word tokens of ``text`` (as :func:`word_spans`), their starts and their ends,
    memoised per paragraph: the word diff and the shared-passage search both read every
    paired paragraph's words.

    >>> word_tokens("R-1 cost $5.58.")
    (('R-1', 'cost', '$5.58'), (0, 4, 9), (3, 8, 14))
    """
    has_currency = "$" in text or "€" in text or "£" in text or "¥" in text
    parts = (_WORD_PARTS if has_currency else _WORD_PARTS_NO_CURRENCY).split(text)
    bounds = tuple(accumulate(map(len, parts)))
    return tuple(parts[1::2]), bounds[:-1:2], bounds[1::2]


_WORD_PARTS = re.compile(f"({WORD.pattern})")
_WORD_PARTS_NO_CURRENCY = re.compile(f"({_INITIALISM_WORD}|{_PLAIN_TOKEN})")
"""The same for a text without a currency sign, where WORD's currency part always matches
nothing: trying it at every word was a third of the split's time."""
"""WORD as a group: ``split`` then alternates gap, word, gap, ..., gap, so the running sum of
the parts' lengths gives every offset in one regex pass and no match objects."""


def sentence_splitter(article: Article) -> Callable[[str], list[tuple[int, int]]]:
    """The paragraph splitter :func:`article_sentences` uses for ``article``: pysbd's rules,
    or the quick rules for a body over QUICK_ARTICLE_CHARS. Whoever splits an article's
    paragraphs elsewhere (in worker processes, say) must use this one, so the sentences are
    the same wherever they are computed."""
    return quick_sentence_spans if needs_quick_sentences(article) else sentence_spans


ARTICLE_CACHE_SIZE = 16
"""Articles whose sentences are memoised (keyed by their paragraphs). The reader compares
one article with several others in turn; re-reading its sentences from the paragraph cache
still cost a tenth of a small comparison. 16 articles of ordinary length are well under a MB."""


def article_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article body, in reading order (quick rules for huge bodies)."""
    return list(_article_sentences(article.paragraphs, needs_quick_sentences(article)))


@lru_cache(maxsize=ARTICLE_CACHE_SIZE)
def _article_sentences(paragraphs: tuple[str, ...], quick: bool) -> tuple[Sentence, ...]:
    split = quick_sentence_spans if quick else sentence_spans
    return tuple(Sentence(i, s, e, p[s:e]) for i, p in enumerate(paragraphs) for s, e in split(p))
