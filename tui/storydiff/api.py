"""The stable headless Python API of ``INTERFACE.md``; importing it loads no Textual or Rich."""

from __future__ import annotations

from typing import Any

from storydiff.core.compare import compare
from storydiff.core.figures import extract_figures
from storydiff.core.figures.meaning import with_meanings
from storydiff.core.model import Article
from storydiff.export.json_format import comparison_to_dict, figure_to_dict
from storydiff.sources.load import article_from_text

__all__ = ["compare_texts", "figures_in_text"]


def compare_texts(left_text: str, right_text: str, *, left_name: str = "left",
                  right_name: str = "right") -> dict[str, Any]:
    """Compare two raw article texts; returns the ``storydiff/comparison@1`` document."""
    left = article_from_text(left_text, name=left_name)
    right = article_from_text(right_text, name=right_name)
    return comparison_to_dict(compare(left, right))


def figures_in_text(text: str) -> list[dict[str, Any]]:
    """Every figure in ``text`` (offsets into ``text`` itself, paragraph 0), with what it
    measures and whose it is as far as ``text`` says."""
    found = with_meanings(Article("text", "", "", (text,)), extract_figures(text))
    return [figure_to_dict(f) for f in found]
