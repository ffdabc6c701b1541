"""Pair the paragraphs of two articles (STUB: being built)."""

from __future__ import annotations

from storydiff.core.model import Article, Block


def align(left: Article, right: Article) -> list[Block]:
    """Alignment blocks in the left article's reading order."""
    blocks: list[Block] = []
    n = min(len(left.paragraphs), len(right.paragraphs))
    blocks += [Block("match", (i,), (i,), 0.5) for i in range(n)]
    blocks += [Block("left_only", (i,), ()) for i in range(n, len(left.paragraphs))]
    blocks += [Block("right_only", (), (i,)) for i in range(n, len(right.paragraphs))]
    return blocks
