"""Chinese and Japanese text, which is written without spaces between words.

The other rules of the core find words by spaces or by regex word runs (``\\w+``), which make
a whole Chinese sentence one "word": two Chinese articles would share nothing, align on
nothing and differ in every paragraph as a block. Here such text gets the units those rules
need: each ideograph or kana is a token of the word diff and the shared-wording search (as
a word is in English), overlapping pairs of them are the terms that alignment and unique
claims weigh (most Chinese words are two characters; pairs are what CJK search engines
index), runs of two count as words for the cleaner's length rules, and 。！？ end sentences.

Korean is written with spaces, so its words take the ordinary rules; only its figures and
particles need the tests here (:mod:`storydiff.core.figures`). Thai (which needs a dictionary
to find words) is left as runs. Text without any of these characters takes none of the paths.
"""

from __future__ import annotations

import re
from functools import lru_cache

CJK = "\u3005\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Character ranges of the letters of unspaced scripts (a regex class body): kana,
ideographs (with the iteration marks 々 and 〇) and compatibility ideographs."""

HANGUL = "\uac00-\ud7a3"
"""Korean syllables (a regex class body). Korean is written with spaces, so its words need
nothing from this module; its figures and particles do (:mod:`storydiff.core.figures`)."""

PUNCTUATION = "\u3000-\u3004\u3008-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
"""CJK and full-width punctuation (、。，「」！？ and the like), never part of a word."""

WORD_CHAR = rf"[^\W{CJK}]"
"""A regex word character that is not a CJK letter: written in place of ``\\w`` so that a
Latin word stops where Chinese text starts ("DeepSeek是" -> "DeepSeek", "是")."""

LETTER = rf"[^\W\d_{CJK}]"
"""A letter that is not a CJK letter (``[^\\W\\d_]`` without them)."""

_CJK_CHAR = re.compile(f"[{CJK}]")
_EAST_ASIAN = re.compile(f"[{CJK}{HANGUL}]")
SENTENCE_END = "[。！？]+[」』”’）)\"'》]*"
"""A CJK sentence end (a regex): 。！？ and the closing quotes or brackets after them; no space
follows in Chinese or Japanese text."""

_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(f"[{HANGUL}]")
_RUN = re.compile(f"[{CJK}]+")
_TWOS = re.compile(rf"[{CJK}]{{1,2}}|[^\s{CJK}{PUNCTUATION}]+")
_ONES = re.compile(rf"[{CJK}]|[^\s{CJK}{PUNCTUATION}]+")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese or Japanese letter. ASCII text is answered without a
    scan; other text is scanned once and remembered, since the word diff, the terms, the
    sentences and the figures each ask of the same paragraph (about 9 ns a character: five
    scans of every paragraph were 2 % of a comparison of English text with curly quotes)."""
    return not text.isascii() and _scanned_has_cjk(text)


@lru_cache(maxsize=8192)
def _scanned_has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def has_cjk_sentence_ends(text: str) -> bool:
    """Whether ``text`` ends sentences the CJK way (。！？): then :mod:`segment` splits it at
    SENTENCE_END. An English paragraph naming someone in Chinese characters has
    none, and keeps the English rules."""
    return not text.isascii() and any(map(text.__contains__, "。！？"))


def has_east_asian(text: str) -> bool:
    """Whether ``text`` holds Chinese, Japanese or Korean letters."""
    return not text.isascii() and _EAST_ASIAN.search(text) is not None


def is_hangul(token: str) -> bool:
    """Whether a token starts with a Korean syllable."""
    return _HANGUL.match(token) is not None


def language(text: str) -> str | None:
    """The language tag an HTML page should give ``text`` so that a browser picks the right
    glyphs (Chinese and Japanese draw some ideographs differently): "ja" with kana, "zh" with
    ideographs only, "ko" with Korean syllables; None for anything else.

    >>> language("火曜日に発表"), language("周二表示"), language("화요일"), language("Tuesday")
    ('ja', 'zh', 'ko', None)
    """
    if text.isascii():
        return None
    if _KANA.search(text):
        return "ja"
    if _CJK_CHAR.search(text):
        return "zh"
    return "ko" if _HANGUL.search(text) else None


def is_cjk(token: str) -> bool:
    """Whether a token starts with a CJK letter."""
    return _CJK_CHAR.match(token) is not None


def words(text: str) -> list[str]:
    """The words of ``text`` for the cleaner's length rules (a headline has 3 to 30 words, a
    paragraph at least a few): split at spaces, and CJK runs cut into pieces of two letters
    (about a Chinese word each), punctuation not counted among them.

    >>> words("微软调查DeepSeek，称其训练成本")
    ['微软', '调查', 'DeepSeek', '称其', '训练', '成本']
    """
    return _TWOS.findall(text) if has_cjk(text) else text.split()


def word_count(text: str) -> int:
    """How many words ``text`` has in the unit of the word diff and shared passages: one per
    CJK letter (each is a token there), one per space-separated word elsewhere. An article's
    length is counted the same way, so a passage's share of it stays a true share.

    >>> word_count("微软调查DeepSeek，称其"), word_count("Microsoft probes DeepSeek")
    (7, 3)
    """
    return len(_ONES.findall(text)) if has_cjk(text) else len(text.split())


def bigrams(run: str) -> list[str]:
    """The overlapping letter pairs of a CJK run (the run itself when it is one letter).

    >>> bigrams("训练成本"), bigrams("元")
    (['训练', '练成', '成本'], ['元'])
    """
    if len(run) < 2:
        return [run]
    return [run[k : k + 2] for k in range(len(run) - 1)]


def run_bigrams(text: str) -> list[str]:
    """The bigrams of every CJK run of ``text``, in order."""
    return [pair for run in _RUN.findall(text) for pair in bigrams(run)]
