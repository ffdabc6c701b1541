"""The two aligned panes: one scrolling column of :class:`AlignedRow`, so both sides move together.

Keeping both articles in one scroll container makes "scroll together" true by
construction, for keys, the mouse wheel and the scrollbar alike. The view only
draws what the pair screen tells it (rows, cursor, active side, lit spans); the
rules for moving live in :mod:`storydiff.ui.layout`. A long report is shown a window of
WINDOW_ROWS rows at a time, moved along with the cursor, a click on the line at its edge, or
the mouse wheel turned past its end.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import VerticalScroll
from textual.events import Click, MouseScrollDown, MouseScrollUp
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from storydiff.core.model import Article, Comparison, Side
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import EMPTY_GLYPH, MOVED_GLYPH, SIDE_ARROWS
from storydiff.present.wording import paragraph_numbers
from storydiff.ui.highlights import Highlight, side_highlights
from storydiff.ui.layout import Layout, Row
from storydiff.ui.widgets.aligned_row import AlignedRow, CellText, ParagraphCell

WINDOW_ROWS = 300
"""Rows mounted at once. A widget per row is cheap for an article (tens of paragraphs), but
Textual took 13 s to lay out the 2,000 rows of a long report and a minute for 10,000. Past
this many, the view mounts the rows around the cursor, says how many lie above and below,
and mounts another window when the cursor leaves it."""


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
        self.window = (0, 0)
        """The rows mounted: ``rows[window[0]:window[1]]``."""
        self._texts: list[tuple[str, CellText, CellText]] = []

    async def show(self, comparison: Comparison, layout: Layout) -> None:
        """Replace the rows with those of ``comparison``."""
        highlights = {side: side_highlights(comparison, side) for side in ("left", "right")}
        articles: dict[Side, Article] = {"left": comparison.left, "right": comparison.right}
        self._texts = [
            (
                row.kind,
                _cell(row, "left", articles, highlights["left"], layout),
                _cell(row, "right", articles, highlights["right"], layout),
            )
            for row in layout.rows
        ]
        self.rows = [AlignedRow(index, *texts) for index, texts in enumerate(self._texts)]
        self._extra = {}
        self.cursor, self._painted = 0, None
        await self._mount_window()
        self.scroll_home(animate=False)
        self._paint_cursor()

    async def _mount_window(self) -> None:
        """Mount the rows around the cursor (all of them when they are few), with a line
        above and below saying how many rows lie beyond. The window's rows are built afresh
        (a removed widget cannot be mounted twice), with the lit spans already set."""
        start = max(0, min(self.cursor - WINDOW_ROWS // 2, len(self.rows) - WINDOW_ROWS))
        end = min(len(self.rows), start + WINDOW_ROWS)
        for k in range(start, end):
            self.rows[k] = AlignedRow(k, *self._texts[k])
            for side, cell in self.rows[k].cells.items():
                cell.extra = self._cell_extra(side, cell)
        self.window, self._painted = (start, end), None
        widgets: list[Widget] = list(self.rows[start:end])
        if start:
            widgets.insert(0, WindowEdge(f"↑ {start:,} more rows above", start - 1))
        if end < len(self.rows):
            widgets.append(WindowEdge(f"↓ {len(self.rows) - end:,} more rows below", end))
        with self.app.batch_update():
            await self.remove_children()
            await self.mount_all(widgets)

    def _cell_extra(self, side: Side, cell: ParagraphCell) -> dict[int, list[Highlight]]:
        """The search matches and focused span of one cell's paragraphs."""
        return {p: self._extra.get((side, p), []) for p, _ in cell.text.paragraphs}

    async def _recentre(self, top: bool) -> None:
        """Mount the window around the cursor, then bring the cursor's row into view."""
        await self._mount_window()
        self._paint_cursor()
        self.call_after_refresh(self._scroll_to_cursor, top)

    def move_cursor(self, row: int, *, side: Side | None = None, top: bool = False) -> None:
        """Put the cursor on ``row`` (both sides) and scroll it into view."""
        if not self.rows:
            return
        self.cursor = max(0, min(row, len(self.rows) - 1))
        if side is not None:
            self.active = side
        if not self.window[0] <= self.cursor < self.window[1]:
            self.call_later(self._recentre, top)
            return
        self._paint_cursor()
        self._scroll_to_cursor(top)

    def _scroll_to_cursor(self, top: bool) -> None:
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
        it is on are touched, not every row of the window on every keypress."""
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
        touched: dict[Side, set[int]] = {key[0]: set() for key in (*self._extra, *extra)}
        for side, paragraph in (*self._extra, *extra):
            touched[side].add(paragraph)
        self._extra = extra
        for side, paragraphs in touched.items():
            for paragraph in paragraphs:
                row = layout.row_of(side, paragraph)
                if row < len(self.rows):
                    cell = self.rows[row].cells[side]
                    cell.set_extra(self._cell_extra(side, cell))

    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        """The wheel turned down with the window's last row already in view: mount the rows
        below, as a click on the edge line would, so a mouse user reads on without aiming."""
        if self.scroll_y >= self.max_scroll_y and self.window[1] < len(self.rows):
            self._beyond_edge(event, self.window[1])

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        """The same at the window's top: mount the rows above."""
        if self.scroll_y <= 0 and self.window[0] > 0:
            self._beyond_edge(event, self.window[0] - 1)

    def _beyond_edge(self, event: MouseScrollDown | MouseScrollUp, row: int) -> None:
        event.prevent_default()
        event.stop()
        self.post_message(WindowEdge.Clicked(row))

    def row_at_offset(self, y: int) -> int:
        """The row drawn at virtual line ``y`` (for paging); above the window's first row
        (its edge line), the row before it, and past its last row, the row after it."""
        start, end = self.window
        mounted = self.rows[start:end]
        for row in mounted:
            region = row.virtual_region
            if region.y <= y < region.y + region.height:
                return row.index
        if not mounted:
            return 0
        if y < mounted[0].virtual_region.y:
            return max(0, start - 1)
        return min(end, len(self.rows) - 1)


class WindowEdge(Static):
    """The line at an edge of the mounted window counting the rows beyond it; clicking it (or
    moving the cursor past it) mounts the next rows."""

    @dataclass
    class Clicked(Message):
        """Go to ``row``, the first row beyond this edge."""

        row: int

    def __init__(self, text: str, row: int) -> None:
        super().__init__(
            f"{text} (scroll, click or move the cursor)", classes="window-edge", markup=False
        )
        self.row = row

    def on_click(self, event: Click) -> None:
        self.post_message(self.Clicked(self.row))


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
        where = paragraph_numbers(there)
        note = f"{MOVED_GLYPH} moved: {visible(articles[other].outlet)} has it at {where} (m)"
    elif paragraphs and row.kind in ("left_only", "right_only"):
        arrow = SIDE_ARROWS[side]  # the header's: which pane, in compact rows too
        note = f"{EMPTY_GLYPH} only in {arrow} {visible(article.outlet)}"
    return CellText(paragraphs, {i: highlights.get(i, []) for i, _ in paragraphs}, note)
