"""The words of every article, indexed once, so the overview never compares all pairs blindly.

Two indexes serve the whole overview:

- a shingle index: every run of ``shared.MIN_WORDS`` words (normalised as the shared-passage
  search normalises them) -> the articles using it. Articles are then grouped by the exact
  set of articles each shingle appears in, so counting the shingles every pair shares costs
  the number of shingles plus, per distinct set, its size squared, not articles squared times
  words. Pairs sharing no shingle cannot share a passage and are never searched.
- one term weighting (IDF over the paragraphs of every article), so that sentence vectors are
  computed once per article and comparable across all of them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import combinations

from storydiff.core.model import Article, Sentence
from storydiff.core.segment import article_sentences, sentence_splitter, word_spans
from storydiff.core.shared import MIN_WORDS
from storydiff.core.similarity import Weighting, normalise


def word_keys(text: str) -> list[str]:
    """The words of ``text`` as the shared-passage search compares them (case, quotes and
    punctuation folded, possessive dropped)."""
    keys = []
    for s, e in word_spans(text):
        key = "".join(ch for ch in normalise(text[s:e]) if ch.isalnum() or ch == "'")
        key = key.removesuffix("'s").strip("'") or key
        if key:
            keys.append(key)
    return keys


def shingles(article: Article) -> set[tuple[str, ...]]:
    """Every run of MIN_WORDS words of each paragraph (runs never cross paragraphs)."""
    out: set[tuple[str, ...]] = set()
    for paragraph in article.paragraphs:
        keys = word_keys(paragraph)
        out.update(tuple(keys[i : i + MIN_WORDS]) for i in range(len(keys) - MIN_WORDS + 1))
    return out


@dataclass(frozen=True)
class WordIndex:
    """Shingle counts per article and per pair of articles sharing any."""

    sizes: tuple[int, ...]
    """Distinct shingles of each article."""
    shared: dict[tuple[int, int], int]
    """(i, j) with i < j -> shingles both use; pairs sharing none are absent."""


def index_words(articles: Sequence[Article]) -> WordIndex:
    """Build the shingle index of ``articles`` and count the shingles each pair shares."""
    owners: dict[tuple[str, ...], list[int]] = {}
    sizes = []
    for i, article in enumerate(articles):
        own = shingles(article)
        sizes.append(len(own))
        for shingle in own:
            owners.setdefault(shingle, []).append(i)
    families = Counter(tuple(o) for o in owners.values() if len(o) > 1)
    shared: Counter[tuple[int, int]] = Counter()
    for family, count in families.items():
        for pair in combinations(family, 2):
            shared[pair] += count
    return WordIndex(tuple(sizes), dict(shared))


def story_weighting(articles: Sequence[Article]) -> Weighting:
    """One IDF weighting over every paragraph of every article."""
    return Weighting([p for a in articles for p in a.paragraphs])


PARALLEL_MIN_PARAGRAPHS = 300
"""Segment sentences in worker processes from this many paragraphs on. pysbd costs 1-5 ms a
paragraph (measured on the seeds and 50 synthetic 2,500-word articles: 5.5 s for 1,100
paragraphs in one process); below a few hundred paragraphs starting processes costs more
than it saves."""


def story_sentences(articles: Sequence[Article]) -> list[list[Sentence]]:
    """Every article's sentences, split over the machine's cores when there are many.

    Each paragraph is split with its article's own splitter (``sentence_splitter``), so a
    huge article gets the same quick rules here as in :func:`article_sentences`.
    """
    paragraphs = [p for a in articles for p in a.paragraphs]
    splitters = [sentence_splitter(a) for a in articles for _ in a.paragraphs]
    workers = min(os.cpu_count() or 1, 8)
    if len(paragraphs) < PARALLEL_MIN_PARAGRAPHS or workers < 2:
        return [article_sentences(a) for a in articles]
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            spans = list(pool.map(_split, splitters, paragraphs, chunksize=32))
    except (OSError, ValueError, RuntimeError):  # no fork or no processes here: do it inline
        return [article_sentences(a) for a in articles]
    out, k = [], 0
    for article in articles:
        found = []
        for i, p in enumerate(article.paragraphs):
            found += [Sentence(i, s, e, p[s:e]) for s, e in spans[k]]
            k += 1
        out.append(found)
    return out


def _split(splitter: Callable[[str], list[tuple[int, int]]], text: str) -> list[tuple[int, int]]:
    """Worker body: one paragraph's sentence spans (a module function, so it pickles)."""
    return splitter(text)
