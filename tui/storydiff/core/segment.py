"""Sentences and words with character offsets into their paragraph.

Sentences come from pysbd, the rule-based segmenter of the Golden Rules set: it knows "U.S.",
"Jan. 28", "Mr.", "No. 1", decimals and closing quotes, which a regex split gets wrong on
news text. pysbd's own ``char_span`` mode re-finds sentences with a regex search and can land on
an earlier repeat of the same sentence, so offsets are mapped back here by a forward search
from the end of the previous sentence, and any stretch pysbd altered falls back to a simple
punctuation split, so ``text[start:end]`` is always the sentence itself. Most paragraphs
never reach pysbd: :mod:`plain_sentences` finds pysbd's answer without it where it can.

Words are regex tokens that keep figures whole ("$5.58", "2,048", "R-1", "U.S.", "50%",
"ninety-five"), so word diffs and shared-passage search never split a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

import pysbd
from pysbd.lang.english import English
from pysbd.processor import Processor

from storydiff.core import cjk
from storydiff.core.model import Article, Sentence
from storydiff.core.plain_sentences import fast_spans, trimmed

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


def _fallback_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in _FALLBACK_SENTENCE.finditer(text, start, end):
        s, e = trimmed(text, m.start(), m.end())
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


@lru_cache(maxsize=PARAGRAPH_CACHE_SIZE)
def _cached_spans(text: str) -> tuple[tuple[int, int], ...]:
    """One paragraph's sentences: by the fast paths where they give pysbd's answer, else by
    pysbd; CJK text by its own marks (see :mod:`cjk`)."""
    if cjk.has_cjk_sentence_ends(text):
        return tuple(_cjk_sentence_spans(text))
    fast = fast_spans(text)
    if fast is not None:
        return fast
    return _pysbd_spans(text) if len(text) <= PYSBD_CHUNK_CHARS else _chunked_spans(text)


def _chunked_spans(text: str) -> tuple[tuple[int, int], ...]:
    """pysbd's sentences of a long text, read chunk by chunk (see PYSBD_CHUNK_CHARS)."""
    return tuple(
        (offset + s, offset + e)
        for offset, end in _chunks(text)
        for s, e in _pysbd_spans(text[offset:end])
    )


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
            spaces = _SPACES.match(text, start + len(sentence))
            assert spaces is not None  # it matches the empty string too
            end = spaces.end()
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
    if cjk.has_cjk_sentence_ends(text):
        return _cjk_sentence_spans(text)
    spans, start = [], 0
    for m in _QUICK_END.finditer(text):
        if _abbreviation_before(text, m.start()):
            continue
        s, e = trimmed(text, start, m.end())
        if e > s:
            spans.append((s, e))
        start = m.end()
    s, e = trimmed(text, start, len(text))
    return [*spans, (s, e)] if e > s else spans


def _cjk_sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of Chinese or Japanese text: each up to its 。！？ and closers (see
    :data:`cjk.SENTENCE_END`), whitespace trimmed; both splitters use this for such text.

    >>> t = "萨克斯周二表示：“证据很多。”微软拒绝置评。"
    >>> [t[s:e] for s, e in _cjk_sentence_spans(t)]
    ['萨克斯周二表示：“证据很多。”', '微软拒绝置评。']
    """
    spans = [trimmed(text, *m.span()) for m in _CJK_SENTENCE.finditer(text)]
    return [(s, e) for s, e in spans if e > s]


_CJK_SENTENCE = re.compile(f"[^。！？]*(?:{cjk.SENTENCE_END}|$)")


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
    if cjk.has_cjk(text):
        parts = _WORD_PARTS_CJK.split(text)
    elif "$" in text or "€" in text or "£" in text or "¥" in text:
        parts = _WORD_PARTS.split(text)
    else:
        parts = _WORD_PARTS_NO_CURRENCY.split(text)
    bounds = tuple(accumulate(map(len, parts)))
    return tuple(parts[1::2]), bounds[:-1:2], bounds[1::2]


_WORD_PARTS = re.compile(f"({WORD.pattern})")
"""WORD as a group: ``split`` then alternates gap, word, gap, ..., gap, so the running sum of
the parts' lengths gives every offset in one regex pass and no match objects."""
_WORD_PARTS_NO_CURRENCY = re.compile(f"({_INITIALISM_WORD}|{_PLAIN_TOKEN})")
"""The same for a text without a currency sign, where WORD's currency part always matches
nothing: trying it at every word was a third of the split's time."""
_PLAIN_TOKEN_NO_CJK = _PLAIN_TOKEN.replace(r"\w", cjk.WORD_CHAR)
_WORD_PARTS_CJK = re.compile(f"([{cjk.CJK}]|{_INITIALISM_WORD}|{_CURRENCY}{_PLAIN_TOKEN_NO_CJK})")
"""The same for text holding Chinese or Japanese: each CJK letter is a word of its own, and
a Latin word stops where CJK text starts (see :mod:`cjk`)."""


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
