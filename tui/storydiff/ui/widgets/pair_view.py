"""The two aligned panes, drawn line by line: both articles scroll together at any length.

The view is a :class:`ScrollView` that draws only the screen lines in sight
(``render_line``), as Textual's own large views (``DataTable``, ``Log``, ``TextArea``) do.
One widget per aligned row took Textual 13 s to lay out the 2,000 rows of a long report;
here a row is text wrapped once per width, so a report of any length opens and scrolls
without a window of mounted rows. Keeping both articles in one scrolling view makes
"scroll together" true by construction, for keys, the mouse wheel and the scrollbar alike.
The view only draws what the pair screen tells it (rows, cursor, active side, lit spans);
the rules for moving live in :mod:`storydiff.ui.layout`, and how a row's lines look in
:mod:`storydiff.ui.widgets.aligned_row`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from textual.events import Click, Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from storydiff.core.model import Article, Comparison, Side
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import EMPTY_GLYPH, MOVED_GLYPH, SIDE_ARROWS
from storydiff.present.wording import paragraph_numbers
from storydiff.ui.highlights import Highlight, side_highlights
from storydiff.ui.layout import Layout, Row
from storydiff.ui.widgets.aligned_row import GUTTER_PARTS, AlignedRow, CellText, Columns, Look


class PairView(ScrollView, can_focus=False):
    """Both articles of a comparison, row by row, with a cursor row mirrored on both sides.

    The class ``-compact-rows`` draws one-sided rows across both panes."""

    COMPONENT_CLASSES = {f"pair-view--{part}" for part in GUTTER_PARTS}

    @dataclass
    class Clicked(Message):
        """The reader clicked a row's side: move the cursor there."""

        row: int
        side: Side

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[AlignedRow] = []
        self.cursor = 0
        self.active: Side = "left"
        self._starts: list[int] = [0]
        """The first screen line of each row, then the total: rows are found by bisection."""
        self._extra: dict[tuple[Side, int], list[Highlight]] = {}
        self._shape: tuple[int, bool] = (0, False)
        """The width and compactness the rows were measured at."""

    async def show(self, comparison: Comparison, layout: Layout) -> None:
        """Replace the rows with those of ``comparison``."""
        highlights = {side: side_highlights(comparison, side) for side in ("left", "right")}
        articles: dict[Side, Article] = {"left": comparison.left, "right": comparison.right}
        self.rows = [
            AlignedRow(
                index,
                row.kind,
                _cell(row, "left", articles, highlights["left"], layout),
                _cell(row, "right", articles, highlights["right"], layout),
            )
            for index, row in enumerate(layout.rows)
        ]
        self.cursor, self._extra = 0, {}
        self._measure(force=True)
        self.scroll_home(animate=False)

    @property
    def compact(self) -> bool:
        return self.has_class("-compact-rows")

    def _columns(self) -> Columns:
        return Columns.of(self.scrollable_content_region.width or self.size.width)

    def _measure(self, *, force: bool = False) -> None:
        """Wrap every row at the current width (only when it or compactness changed), so the
        scrollbar knows the full height and a row's place is one bisection away."""
        columns = self._columns()
        shape = (columns.width, self.compact)
        if (shape == self._shape and not force) or not columns.width:
            return
        self._shape = shape
        starts, total = [], 0
        for row in self.rows:
            starts.append(total)
            total += row.height(columns, compact=self.compact)
        self._starts = [*starts, total]
        self.virtual_size = Size(columns.width, total)
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        self._measure()

    def notify_style_update(self) -> None:
        """Compact rows are a class on the view: measure the rows again when it changes."""
        super().notify_style_update()
        if self.rows and self.is_mounted:
            self._measure()

    def row_at_offset(self, y: int) -> int:
        """The row drawn at virtual line ``y`` (for paging and clicks)."""
        if not self.rows:
            return 0
        return max(0, min(bisect_right(self._starts, y) - 1, len(self.rows) - 1))

    def row_region(self, row: int) -> Region:
        """Where ``row`` lies in the view's virtual space."""
        top = self._starts[row]
        return Region(0, top, self.virtual_size.width, self._starts[row + 1] - top)

    def render_line(self, y: int) -> Strip:
        """Screen line ``y``: the line of whichever row covers it, at the scroll position."""
        self._measure()
        scroll_x, scroll_y = self.scroll_offset
        line = scroll_y + y
        width = self.scrollable_content_region.width
        if not self.rows or line >= self._starts[-1]:
            return Strip.blank(width, self.visual_style.rich_style)
        index = self.row_at_offset(line)
        look = Look(
            self._columns(),
            self.compact,
            self.active if index == self.cursor else None,
            self.visual_style,
            {part: self.get_visual_style(f"pair-view--{part}") for part in GUTTER_PARTS},
            self._get_style,
        )
        strip = self.rows[index].line(line - self._starts[index], look)
        return strip.crop_extend(scroll_x, scroll_x + width, self.visual_style.rich_style)

    def move_cursor(self, row: int, *, side: Side | None = None, top: bool = False) -> None:
        """Put the cursor on ``row`` (both sides) and scroll it into view."""
        if not self.rows:
            return
        self._measure()
        before = self.cursor
        self.cursor = max(0, min(row, len(self.rows) - 1))
        if side is not None:
            self.active = side
        self._refresh_rows(before, self.cursor)
        # Forced: just after the rows are measured Textual has not yet decided the view
        # needs a scrollbar, and would refuse to scroll it.
        region = self.row_region(self.cursor)
        if top:
            self.scroll_to(y=region.y, animate=False, force=True, immediate=True)
        else:
            height = self.scrollable_content_region.height
            self.scroll_to_region(
                region, animate=False, top=region.height > height, force=True, immediate=True
            )

    def _refresh_rows(self, *rows: int) -> None:
        """Redraw only the screen lines of ``rows`` that are in sight."""
        scroll_y = int(self.scroll_y)
        for row in set(rows):
            if 0 <= row < len(self.rows):
                region = self.row_region(row).translate((0, -scroll_y))
                self.refresh(Region(0, region.y, self.size.width, region.height))

    def set_extra(self, extra: dict[tuple[Side, int], list[Highlight]], layout: Layout) -> None:
        """Light search matches and the focused span; redraw only the rows that change."""
        touched = {(side, layout.row_of(side, p)) for side, p in (*self._extra, *extra)}
        self._extra = extra
        for side, index in touched:
            if index < len(self.rows):
                row = self.rows[index]
                paragraphs = row.cells[side].paragraphs
                wanted = {p: extra[(side, p)] for p, _ in paragraphs if (side, p) in extra}
                if row.set_extra(side, wanted):
                    self._refresh_rows(index)

    def on_click(self, event: Click) -> None:
        """A click on a row moves the cursor to it, on the side clicked."""
        if not self.rows:
            return
        row = self.row_at_offset(int(self.scroll_y) + event.y)
        side: Side = "left" if event.x < self._columns().right_start else "right"
        if self.compact and self.rows[row].one_sided:
            side = self.rows[row].text_side
        self.post_message(self.Clicked(row, side))


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
