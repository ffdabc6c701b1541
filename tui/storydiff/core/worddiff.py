"""Word-level differences inside aligned blocks (STUB: being built)."""

from __future__ import annotations

from collections.abc import Sequence

from storydiff.core.model import Article, Block, Figure


def with_word_changes(left: Article, right: Article, blocks: Sequence[Block],
                      left_figures: Sequence[Figure] = (),
                      right_figures: Sequence[Figure] = ()) -> list[Block]:
    """Fill ``left_changes``/``right_changes`` of paired blocks."""
    return list(blocks)
