"""Which stretches of each paragraph the reader highlights, and how.

Pure: a comparison in, ``{paragraph: [Highlight]}`` out for one side. The
widgets layer the highlights in :data:`PRECEDENCE` order, so where two overlap
the later one wins (figure > unique > shared > change), the same precedence the
exporters use.
"""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.core.model import Comparison, Figure, Side
from storydiff.present.spans import Mark, paragraph_marks
from storydiff.present.vocabulary import VERDICT_GLYPHS

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

GLYPHS = {FIGURE_TAGS[v]: VERDICT_GLYPHS[v] for v in ("conflict", "consistent", "left_only")}
"""Drawn after a figure so its verdict reads without colour (monochrome, colour-blind); a
figure both articles give alike is left plain, so the eye goes to the ones that differ."""


@dataclass(frozen=True)
class Highlight:
    """``paragraph[start:end]`` shown with the style of ``tag``."""

    start: int
    end: int
    tag: str


Highlights = dict[int, list[Highlight]]


def _tag(mark: Mark) -> str:
    """The reader's style tag for an exporter mark (figures are styled by verdict)."""
    return FIGURE_TAGS[mark.detail] if mark.kind == "figure" else mark.kind


def side_highlights(comparison: Comparison, side: Side) -> Highlights:
    """Every highlight of one side's paragraphs, each list in precedence order.

    The marks are collected by :func:`storydiff.present.spans.paragraph_marks`, the same
    function the exporters use, so the reader and every export highlight the same stretches.
    """
    out: Highlights = {}
    for paragraph, marks in paragraph_marks(comparison, side).items():
        items = [Highlight(m.start, m.end, _tag(m)) for m in marks if m.end > m.start]
        out[paragraph] = sorted(items, key=lambda h: PRECEDENCE.index(h.tag))
    return out


def focus_spans(comparison: Comparison, kind: str, index: int) -> dict[Side, tuple[int, int, int]]:
    """The stretch(es) a jump landed on, per side, as (paragraph, start, end).

    A figure pair or shared passage is lit on both sides, so the eye finds its
    counterpart; a unique claim only on its own side.
    """
    found: dict[Side, tuple[int, int, int]] = {}
    if kind == "figure":
        pair = comparison.figures[index]
        ends: dict[Side, Figure | None] = {"left": pair.left, "right": pair.right}
        for side, figure in ends.items():
            if figure is not None:
                found[side] = (figure.paragraph, figure.start, figure.end)
    elif kind == "shared":
        passage = comparison.shared[index]
        found["left"] = (passage.left.paragraph, passage.left.start, passage.left.end)
        found["right"] = (passage.right.paragraph, passage.right.start, passage.right.end)
    return found

