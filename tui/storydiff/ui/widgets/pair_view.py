"""The two aligned panes: one scrolling column of :class:`AlignedRow`, so both sides move together.

Keeping both articles in one scroll container makes "scroll together" true by
construction, for keys, the mouse wheel and the scrollbar alike. The view only
draws what the pair screen tells it (rows, cursor, active side, lit spans); the
rules for moving live in :mod:`storydiff.ui.layout`.
"""

from __future__ import annotations

from textual.containers import VerticalScroll

from storydiff.core.model import Article, Comparison, Side
from storydiff.ui.highlights import Highlight, side_highlights
from storydiff.ui.layout import Layout, Row
from storydiff.ui.widgets.aligned_row import AlignedRow, CellText


class PairView(VerticalScroll, can_focus=False):
    """Both articles of a comparison, row by row, with a cursor row mirrored on both sides."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[AlignedRow] = []
        self.cursor = 0
        self.active: Side = "left"
        self._extra: dict[tuple[Side, int], list[Highlight]] = {}
        self._painted: int | None = None
        """The row last marked as the cursor's."""

    async def show(self, comparison: Comparison, layout: Layout) -> None:
        """Replace the rows with those of ``comparison``."""
        highlights = {side: side_highlights(comparison, side) for side in ("left", "right")}
        articles: dict[Side, Article] = {"left": comparison.left, "right": comparison.right}
        self.rows = [
            AlignedRow(
                index,
                row.kind,
                *(
                    _cell(row, side, articles, highlights[side], layout)
                    for side in ("left", "right")
                ),
            )
            for index, row in enumerate(layout.rows)
        ]
        self._extra = {}
        with self.app.batch_update():
            await self.remove_children()
            await self.mount_all(self.rows)
        self.scroll_home(animate=False)
        self.cursor, self._painted = 0, None
        self._paint_cursor()

    def move_cursor(self, row: int, *, side: Side | None = None, top: bool = False) -> None:
        """Put the cursor on ``row`` (both sides) and scroll it into view."""
        if not self.rows:
            return
        self.cursor = max(0, min(row, len(self.rows) - 1))
        if side is not None:
            self.active = side
        self._paint_cursor()
        target = self.rows[self.cursor]
        if top:
            self.scroll_to(y=target.virtual_region.y, animate=False)
        else:
            self.scroll_to_widget(
                target,
                animate=False,
                top=target.outer_size.height > self.scrollable_content_region.height,
            )

    def _paint_cursor(self) -> None:
        """Mark the cursor row and its active side. Only the row the cursor left and the row
        it is on are touched: a long report has thousands of rows, and restyling them all
        took half a second a keypress at a thousand."""
        for index in {self._painted, self.cursor}:
            if index is not None and index < len(self.rows):
                row, on = self.rows[index], index == self.cursor
                row.set_class(on, "-cursor")
                for side in ("left", "right"):
                    row.gutters[side].set_class(on, "-cursor")
                    row.cells[side].set_class(on and side == self.active, "-active")
                    row.gutters[side].set_class(on and side == self.active, "-active")
        self._painted = self.cursor

    def set_extra(self, extra: dict[tuple[Side, int], list[Highlight]], layout: Layout) -> None:
        """Light search matches and the focused span; repaint only the cells that change."""
        touched = {key[0]: set() for key in (*self._extra, *extra)}
        for side, paragraph in (*self._extra, *extra):
            touched[side].add(paragraph)
        self._extra = extra
        for side, paragraphs in touched.items():
            for paragraph in paragraphs:
                row = layout.row_of(side, paragraph)
                if row < len(self.rows):
                    cell = self.rows[row].cells[side]
                    cell.set_extra({p: extra.get((side, p), []) for p, _ in cell.text.paragraphs})

    def row_at_offset(self, y: int) -> int:
        """The row drawn at virtual line ``y`` (for paging)."""
        for row in self.rows:
            region = row.virtual_region
            if region.y <= y < region.y + region.height:
                return row.index
        return len(self.rows) - 1 if self.rows and y > 0 else 0


def _cell(
    row: Row,
    side: Side,
    articles: dict[Side, Article],
    highlights: dict[int, list[Highlight]],
    layout: Layout,
) -> CellText:
    article = articles[side]
    paragraphs = [(i, article.paragraphs[i]) for i in row.paragraphs(side)]
    note = ""
    other: Side = "right" if side == "left" else "left"
    if paragraphs and row.kind == "moved" and row.counterpart is not None:
        there = layout.rows[row.counterpart].paragraphs(other)
        where = ", ".join(f"¶{i + 1}" for i in there)
        note = f"↔ moved: {articles[other].outlet} has it at {where} (m)"
    elif paragraphs and row.kind in ("left_only", "right_only"):
        note = f"∅ only in {article.outlet}"
    return CellText(paragraphs, {i: highlights.get(i, []) for i, _ in paragraphs}, note)
