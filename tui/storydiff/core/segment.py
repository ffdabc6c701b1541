"""Sentences and words with character offsets (STUB: being built)."""

from __future__ import annotations

import re

from storydiff.core.model import Article, Sentence

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, whitespace trimmed."""
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def article_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article body, in reading order."""
    return [Sentence(i, s, e, p[s:e]) for i, p in enumerate(article.paragraphs)
            for s, e in sentence_spans(p)]
