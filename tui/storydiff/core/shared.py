"""Passages of shared wording (STUB: being built)."""

from __future__ import annotations

from storydiff.core.model import Article, SharedPassage


def find_shared(left: Article, right: Article) -> list[SharedPassage]:
    """Identical or near-identical passages of about six words or more."""
    return []
