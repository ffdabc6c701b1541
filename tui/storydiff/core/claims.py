"""Claims one article makes that the other does not (STUB: being built)."""

from __future__ import annotations

from collections.abc import Sequence

from storydiff.core.model import Article, Block, Sentence


def unique_claims(left: Article, right: Article,
                  blocks: Sequence[Block]) -> tuple[list[Sentence], list[Sentence]]:
    """Sentences of each side with no counterpart anywhere in the other."""
    return [], []
