"""What a figure is about: the content words around it, and a short label for a fact.

A figure's context is the content words of its sentence within CONTEXT_WORDS words of it,
reduced to crude stems so "valuation"/"value" and "trained"/"training" meet. Stems are
weighted by rarity across both articles' paragraphs (inverse document frequency), so the
story's ever-present names ("DeepSeek", "OpenAI") say less than "train" or "market".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from storydiff.core.figures.nouns import STOP
from storydiff.core.figures.numbers import FRACTIONS, SCALES, TENS, UNITS
from storydiff.core.model import Figure

CONTEXT_WORDS = 25
"""Words each side of a figure that describe it. A news sentence states one or two facts; 10
words reach the verb and object of "DeepSeek claimed it for under $6 million" and of "the
company said it was able to train a foundation model for only $5.58 million" without
running into the next clause of a long sentence. Tuned on the seed pairs."""

NEAR_WORDS = 6
"""Words within this distance of the figure count fully; farther ones count NEAR_WORDS/d, so
the clause around a figure outweighs the rest of its sentence (in "claimed it for under $6
million, far less than the billions American companies like OpenAI ... spend", the names
belong to "billions", not to "$6 million")."""

LABEL_WORDS = 2
"""Words in a fact label ("market value", "train model")."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z])")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ed", "es", "s", "e")
_NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | set(FRACTIONS) | {"hundred", "dozen"}
_SKIP = STOP | _NUMBER_WORDS | {"percent", "dollars", "dollar", "million", "billion", "cent"}


def stem(word: str) -> str:
    """A crude stem: lower case, no possessive, one common suffix off, at most 6 letters.

    >>> stem("valuation") == stem("value"), stem("trained") == stem("training")
    (True, True)
    """
    w = word.lower().replace("’", "'").split("'")[0]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:6]


@dataclass(frozen=True)
class Context:
    """The words around one figure: stem -> (distance in words, surface word, offset)."""

    words: dict[str, tuple[int, str, int]]


def context(paragraph: str, figure: Figure) -> Context:
    """The content words of the figure's sentence within CONTEXT_WORDS of it."""
    start, end = _sentence(paragraph, figure.start, figure.end)
    before = [m for m in _WORD.finditer(paragraph, start, figure.start)][-CONTEXT_WORDS:]
    after = [m for m in _WORD.finditer(paragraph, figure.end, end)][:CONTEXT_WORDS]
    words: dict[str, tuple[int, str, int]] = {}
    for distance, m in [*enumerate(reversed(before), 1), *enumerate(after, 1)]:
        word = m.group()
        if word.lower() in _SKIP or len(word) < 3:
            continue
        key = stem(word)
        if key not in words or words[key][0] > distance:
            words[key] = (distance, word, m.start())
    return Context(words)


def _sentence(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding [start, end)."""
    s, e = 0, len(paragraph)
    for m in _SENTENCE_END.finditer(paragraph):
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            e = m.start() + 1
            break
    return s, e


def rarity(paragraphs: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each stem over the given paragraphs."""
    df: Counter[str] = Counter()
    for p in paragraphs:
        df.update({stem(w) for w in _WORD.findall(p)})
    n = max(len(paragraphs), 1)
    return {k: math.log(1 + n / v) for k, v in df.items()}


def _near(distance: int) -> float:
    return 1.0 if distance <= NEAR_WORDS else NEAR_WORDS / distance


def overlap(a: Context, b: Context, weight: dict[str, float]) -> tuple[float, list[str]]:
    """Weighted cosine of two contexts (rarity x nearness), and the shared stems, nearest
    first."""
    shared = sorted(set(a.words) & set(b.words), key=lambda k: a.words[k][0] + b.words[k][0])
    if not shared:
        return 0.0, []

    def wa(k: str) -> float:
        return weight.get(k, 1.0) * _near(a.words[k][0])

    def wb(k: str) -> float:
        return weight.get(k, 1.0) * _near(b.words[k][0])

    num = sum(wa(k) * wb(k) for k in shared)
    den = math.sqrt(sum(wa(k) ** 2 for k in a.words) * sum(wb(k) ** 2 for k in b.words))
    return (num / den if den else 0.0), shared


def label(a: Context, shared: list[str], figure: Figure) -> str | None:
    """A short fact label from the shared words nearest the figure, in reading order."""
    if not shared:
        return figure.counted
    chosen = sorted(shared[:LABEL_WORDS], key=lambda k: a.words[k][2])
    words = [_display(a.words[k][1]) for k in chosen]
    text = " ".join(words)
    if figure.unit in ("weekday", "date", "season"):
        return f"{text} (day)" if figure.unit == "weekday" else f"{text} (date)"
    return text


def _display(word: str) -> str:
    """Lower-case ordinary words, keep names ("Bloomberg")."""
    return (
        word
        if word[:1].isupper() and not word.isupper() and word.lower() not in STOP
        else (word.lower())
    )
