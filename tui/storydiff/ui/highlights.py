"""Which stretches of each paragraph the reader highlights, and how.

Pure: a comparison in, ``{paragraph: [Highlight]}`` out for one side. The
widgets layer the highlights in :data:`PRECEDENCE` order, so where two overlap
the later one wins (figure > unique > shared > change), the same precedence the
exporters use.
"""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.core.model import Comparison, Side

PRECEDENCE = (
    "change",
    "shared",
    "unique",
    "figure-same",
    "figure-one-sided",
    "figure-consistent",
    "figure-conflict",
    "search",
    "focus",
)
"""Tags from weakest to strongest; later tags are drawn over earlier ones."""

FIGURE_TAGS = {
    "same": "figure-same",
    "consistent": "figure-consistent",
    "conflict": "figure-conflict",
    "left_only": "figure-one-sided",
    "right_only": "figure-one-sided",
}

GLYPHS = {"figure-conflict": "≠", "figure-consistent": "≈", "figure-one-sided": "+"}
"""Drawn after a figure so its verdict reads without colour (monochrome, colour-blind)."""


@dataclass(frozen=True)
class Highlight:
    """``paragraph[start:end]`` shown with the style of ``tag``."""

    start: int
    end: int
    tag: str


Highlights = dict[int, list[Highlight]]


def _add(out: Highlights, paragraph: int, start: int, end: int, tag: str) -> None:
    if end > start:
        out.setdefault(paragraph, []).append(Highlight(start, end, tag))


def side_highlights(comparison: Comparison, side: Side) -> Highlights:
    """Every highlight of one side's paragraphs, each list in precedence order."""
    out: Highlights = {}
    for block in comparison.blocks:
        for span in block.left_changes if side == "left" else block.right_changes:
            _add(out, span.paragraph, span.start, span.end, "change")
    for passage in comparison.shared:
        span = passage.left if side == "left" else passage.right
        _add(out, span.paragraph, span.start, span.end, "shared")
    for sentence in comparison.unique_left if side == "left" else comparison.unique_right:
        _add(out, sentence.paragraph, sentence.start, sentence.end, "unique")
    for pair in comparison.figures:
        figure = pair.left if side == "left" else pair.right
        if figure is not None:
            _add(out, figure.paragraph, figure.start, figure.end, FIGURE_TAGS[pair.kind])
    for items in out.values():
        items.sort(key=lambda h: PRECEDENCE.index(h.tag))
    return out


def focus_spans(comparison: Comparison, kind: str, index: int) -> dict[Side, tuple[int, int, int]]:
    """The stretch(es) a jump landed on, per side, as (paragraph, start, end).

    A figure pair or shared passage is lit on both sides, so the eye finds its
    counterpart; a unique claim only on its own side.
    """
    found: dict[Side, tuple[int, int, int]] = {}
    if kind == "figure":
        pair = comparison.figures[index]
        for side, figure in (("left", pair.left), ("right", pair.right)):
            if figure is not None:
                found[side] = (figure.paragraph, figure.start, figure.end)
    elif kind == "shared":
        passage = comparison.shared[index]
        found["left"] = (passage.left.paragraph, passage.left.start, passage.left.end)
        found["right"] = (passage.right.paragraph, passage.right.start, passage.right.end)
    return found


def visible_text(text: str) -> str:
    """Article text with control characters swapped for visible symbols of the same length.

    ANSI escapes and other control codes in an article are data: showing ESC as
    ``␛`` keeps them literal instead of letting the terminal obey them, and one
    character for one keeps every offset valid.
    """
    return "".join(
        chr(0x2400 + ord(c)) if ord(c) < 0x20 else ("␡" if c == "\x7f" else c) for c in text
    )
