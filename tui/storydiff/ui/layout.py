"""The reader's layout of a comparison: aligned rows, and the places the jump keys go.

Pure functions over the core's dataclasses (no Textual here), so the rules for
where a moved paragraph sits and what ``f`` jumps to are tested without an app.

A row holds the paragraphs of one alignment block, left and right, so
counterparts start on the same screen line. A moved block is split in two rows,
one at each article's own reading position, each naming the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from storydiff.core.model import Block, BlockKind, Comparison, Sentence, Side

MarkKind = Literal["figure", "unique", "shared", "moved", "only", "search"]
SIDE_ORDER = {"left": 0, "right": 1}


@dataclass(frozen=True)
class Row:
    """One aligned row of the pair view."""

    kind: BlockKind
    left: tuple[int, ...]
    right: tuple[int, ...]
    block: int
    """Index of the block in ``Comparison.blocks`` it comes from."""
    counterpart: int | None = None
    """For a half of a moved block: the row holding the other half."""

    def paragraphs(self, side: Side) -> tuple[int, ...]:
        return self.left if side == "left" else self.right


@dataclass(frozen=True)
class Mark:
    """A place a jump key can go: a stretch of one paragraph, in one row."""

    kind: MarkKind
    row: int
    side: Side
    paragraph: int
    start: int
    end: int
    index: int
    """Index into the comparison list the mark comes from (figures, shared, unique, rows)."""
    verdict: str = ""
    """For figures: the pair's verdict."""

    @property
    def key(self) -> tuple[int, int, int]:
        """Reading order: row, then left before right, then offset."""
        return (self.row, SIDE_ORDER[self.side], self.start)


@dataclass(frozen=True)
class Layout:
    """Rows plus where each paragraph of each side landed."""

    rows: tuple[Row, ...]
    left_row: dict[int, int]
    right_row: dict[int, int]

    def row_of(self, side: Side, paragraph: int) -> int:
        return (self.left_row if side == "left" else self.right_row).get(paragraph, 0)


def build_layout(blocks: tuple[Block, ...] | list[Block]) -> Layout:
    """Rows in the left article's order, with moved right halves at the right's own place."""
    rows: list[Row] = []
    pending: list[Row] = []
    for index, block in enumerate(blocks):
        if block.kind == "moved" and block.left and block.right:
            rows.append(Row("moved", block.left, (), index))
            pending.append(Row("moved", (), block.right, index))
        else:
            rows.append(Row(block.kind, block.left, block.right, index))
    for half in sorted(pending, key=lambda r: r.right[0]):
        rows.insert(_insertion_point(rows, half.right[0]), half)
    return _link(rows)


def _insertion_point(rows: list[Row], right_paragraph: int) -> int:
    """After the last row holding a right paragraph that comes before ``right_paragraph``."""
    point = 0
    for position, row in enumerate(rows):
        if row.right and max(row.right) < right_paragraph:
            point = position + 1
    return point


def _link(rows: list[Row]) -> Layout:
    """Fill in moved counterparts and the paragraph -> row maps."""
    halves: dict[int, list[int]] = {}
    for position, row in enumerate(rows):
        if row.kind == "moved":
            halves.setdefault(row.block, []).append(position)
    linked = []
    for position, row in enumerate(rows):
        pair = halves.get(row.block, []) if row.kind == "moved" else []
        other = next((p for p in pair if p != position), None)
        linked.append(Row(row.kind, row.left, row.right, row.block, other))
    left_row = {p: i for i, row in enumerate(linked) for p in row.left}
    right_row = {p: i for i, row in enumerate(linked) for p in row.right}
    return Layout(tuple(linked), left_row, right_row)


def build_marks(comparison: Comparison, layout: Layout) -> list[Mark]:
    """Every jump target of the comparison, in reading order."""
    marks: list[Mark] = []
    for index, pair in enumerate(comparison.figures):
        side: Side = "left" if pair.left is not None else "right"
        figure = pair.left if pair.left is not None else pair.right
        if figure is None:
            continue
        marks.append(
            Mark(
                "figure",
                layout.row_of(side, figure.paragraph),
                side,
                figure.paragraph,
                figure.start,
                figure.end,
                index,
                pair.kind,
            )
        )
    for index, passage in enumerate(comparison.shared):
        span = passage.left
        marks.append(
            Mark(
                "shared",
                layout.row_of("left", span.paragraph),
                "left",
                span.paragraph,
                span.start,
                span.end,
                index,
            )
        )
    unique: tuple[tuple[Side, tuple[Sentence, ...]], ...] = (
        ("left", comparison.unique_left),
        ("right", comparison.unique_right),
    )
    for side, sentences in unique:
        for index, sentence in enumerate(sentences):
            marks.append(
                Mark(
                    "unique",
                    layout.row_of(side, sentence.paragraph),
                    side,
                    sentence.paragraph,
                    sentence.start,
                    sentence.end,
                    index,
                )
            )
    for position, row in enumerate(layout.rows):
        if row.kind == "match":
            continue
        side = "left" if row.left else "right"
        kind: MarkKind = "moved" if row.kind == "moved" else "only"
        paragraph = row.paragraphs(side)[0] if row.paragraphs(side) else 0
        marks.append(Mark(kind, position, side, paragraph, -1, -1, position))
    return sorted(marks, key=lambda m: (m.key, m.kind))


def is_difference(mark: Mark, kind: str) -> bool:
    """Whether ``mark`` is a stop for the jump key of ``kind`` ('any' stops at every kind).

    Figures stated the same way on both sides are listed in the figures panel but
    are not differences, so ``f`` and ``n`` skip them.
    """
    if mark.kind == "figure" and mark.verdict == "same":
        return False
    return kind == "any" or mark.kind == kind


def step(
    marks: list[Mark], position: tuple[int, int, int], kind: str, direction: int
) -> Mark | None:
    """The next (``direction`` 1) or previous (-1) mark of ``kind`` from ``position``, wrapping."""
    stops = [m for m in marks if is_difference(m, kind)]
    if not stops:
        return None
    if direction > 0:
        return next((m for m in stops if m.key > position), stops[0])
    return next((m for m in reversed(stops) if m.key < position), stops[-1])


@dataclass(frozen=True)
class Target:
    """A place in one article to open a pair at: a paragraph, or a stretch of it.

    ``figure`` says the stretch is a figure, so the pair view lights it and its
    counterpart as the ``f`` key would.
    """

    side: Side
    paragraph: int
    start: int = -1
    end: int = -1
    figure: bool = False
