"""One aligned row of the pair view as screen lines: a gutter and a cell for each article.

A row is as tall as its taller side (plus a blank line below), so the shorter side is
padded with filler and the next row starts on the same line in both panes. Cells hold
article text as :class:`Content` styled by offset, never parsed as markup, wrapped once per
width and drawn a line at a time by :class:`~storydiff.ui.widgets.pair_view.PairView`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, pairwise

from rich.segment import Segment
from textual.content import Content, Span
from textual.strip import Strip
from textual.style import Style

from storydiff.core.model import Side
from storydiff.present.safe_text import visible_with_offsets
from storydiff.present.vocabulary import EMPTY_GLYPH, MOVED_GLYPH, SHARED_GLYPH, UNIQUE_GLYPH
from storydiff.ui.highlights import GLYPHS, PRECEDENCE, Highlight
from storydiff.ui.styles import HIGHLIGHT_STYLES

GUTTER_GLYPHS = {**GLYPHS, "unique": UNIQUE_GLYPH, "shared": SHARED_GLYPH}
"""What a cell's gutter shows for each kind of highlight it holds (a non-colour cue)."""


@dataclass
class CellText:
    """What one cell shows: its paragraphs and their highlights."""

    paragraphs: list[tuple[int, str]]
    """(index, text) of the paragraphs of this side in the row."""
    highlights: dict[int, list[Highlight]]
    note: str = ""
    """A first line about the row (moved, only here), shown muted."""


def highlighted(text: str, marks: list[Highlight]) -> Content:
    """``text`` (control characters escaped by :mod:`storydiff.present.safe_text`, as every export
    shows them) styled by ``marks``, weakest first so that the stronger draw over them
    (:data:`PRECEDENCE`), with each figure's verdict glyph right after it in the figure's own
    style.

    Built in one pass, not mark by mark: a paragraph can be a whole page without breaks, a
    megabyte with thousands of marks, and restyling or re-slicing the whole text once per
    mark froze the reader on such a page. A glyph inside a longer highlight (a figure in a
    unique claim) splits it, so the glyph keeps its verdict's colour.
    """
    plain, where = visible_with_offsets(text)
    if where is not None:
        marks = _shifted(marks, where)
    size = len(plain)
    glyphs: dict[int, list[tuple[str, str]]] = {}
    for mark in sorted(marks, key=lambda h: h.end):
        if mark.tag in GLYPHS:  # glyphs at one place: the later mark's first
            glyphs.setdefault(min(mark.end, size), []).insert(0, (GLYPHS[mark.tag], mark.tag))
    cuts = sorted(glyphs)
    before = list(accumulate((sum(len(g) for g, _ in glyphs[c]) for c in cuts), initial=0))
    spans: list[Span] = []
    for mark in sorted(marks, key=lambda h: PRECEDENCE.index(h.tag)):
        start, end = mark.start, min(mark.end, size)
        if start >= size or end <= start:
            continue
        k = bisect_right(cuts, start)  # glyphs at or before ``start`` move it on
        bounds = [start, *cuts[k : bisect_left(cuts, end)], end]
        for i, (a, b) in enumerate(pairwise(bounds)):
            shift = before[k + i]
            spans.append(Span(a + shift, b + shift, HIGHLIGHT_STYLES[mark.tag]))
    pieces, previous = [], 0
    for k, cut in enumerate(cuts):
        pieces.append(plain[previous:cut])
        at = cut + before[k]
        for glyph, tag in glyphs[cut]:
            spans.append(Span(at, at + len(glyph), HIGHLIGHT_STYLES[tag]))
            pieces.append(glyph)
            at += len(glyph)
        previous = cut
    pieces.append(plain[previous:])
    return Content("".join(pieces), spans)


def _shifted(marks: list[Highlight], where: list[int]) -> list[Highlight]:
    """Marks moved onto the escaped text: an escape ("\\x9b") is longer than the character
    it shows, so every offset after it moves on."""
    last = len(where) - 1
    return [
        Highlight(where[max(0, min(m.start, last))], where[max(0, min(m.end, last))], m.tag)
        for m in marks
    ]


def number_line(pointer: str, number: int | None) -> str:
    """The gutter's first line in its four columns: the cursor pointer and the paragraph
    number; a four-digit number takes the pointer's place (the row's colour still shows the
    cursor), a longer one is shown in thousands ("12k"), never cut to its last digits."""
    if number is None or number < 1000:
        return pointer + ("" if number is None else str(number)).rjust(3)
    return str(number) if number < 10_000 else f"{number // 1000}k".rjust(4)


def gutter_glyphs(cell: CellText, *, moved: bool, filler: bool) -> str:
    """The glyphs a gutter shows, strongest first."""
    tags = {h.tag for items in cell.highlights.values() for h in items}
    glyphs = "".join(g for tag, g in GUTTER_GLYPHS.items() if tag in tags)
    if moved and not filler:
        glyphs = MOVED_GLYPH + glyphs
    return (EMPTY_GLYPH if filler else "") + glyphs




GUTTER = 4
"""Columns of a gutter: the cursor pointer and a three-digit paragraph number."""

GUTTER_PARTS = ("gutter", "gutter-cursor", "gutter-active", "rule", "rule-active")
"""The pair view's component classes (``pair-view--gutter`` ... in ``app.tcss``) for the
gutters and the rule between the panes: CSS resolves their muted text (``$text-muted`` is an
automatic contrast colour) against the gutter's own background, which a style string cannot."""

ROW_STYLES: dict[str, str] = {
    "cell-cursor": "on $boost",
    "cell-active": "on $accent 7%",
    "filler": "$foreground 7%",
    "bar-moved": "$primary",
    "bar-only": "$warning 60%",
}
"""How the cells of a row are drawn, from theme variables (see :mod:`storydiff.ui.styles`):
the cursor row lifted with its active side in the accent colour, hatched filler, and a side
bar on moved and one-sided text."""

HATCH = "╱"
"""The filler's pattern: an empty pane is visibly empty, not a missing line."""


@dataclass(frozen=True)
class Columns:
    """Where the four columns of a row fall at one width: gutter, text, rule + gutter, text."""

    width: int
    left: int
    right: int

    @classmethod
    def of(cls, width: int) -> Columns:
        """Two gutters and a rule take 9 columns; the panes share the rest, the right one
        taking an odd column."""
        rest = max(2, width - 2 * GUTTER - 1)
        return cls(width, rest // 2, rest - rest // 2)

    @property
    def right_start(self) -> int:
        return GUTTER + self.left


@dataclass(frozen=True)
class Look:
    """What a row needs to draw a line: the columns, compactness, the active side when the
    cursor is on the row, the view's base style, its gutter styles (:data:`GUTTER_PARTS`)
    and its style parser (theme variables)."""

    columns: Columns
    compact: bool
    cursor: Side | None
    base: Style
    parts: dict[str, Style]
    parse: Callable[[str | Style], Style]


class AlignedRow:
    """Both sides of one alignment step, side by side, as lines of text."""

    def __init__(self, index: int, kind: str, left: CellText, right: CellText) -> None:
        self.index = index
        self.kind = kind
        self.cells: dict[Side, CellText] = {"left": left, "right": right}
        self.glyphs: dict[Side, str] = {
            side: gutter_glyphs(cell, moved=kind == "moved", filler=not cell.paragraphs)
            for side, cell in self.cells.items()
        }
        self.extra: dict[Side, dict[int, list[Highlight]]] = {"left": {}, "right": {}}
        """Search matches and the focused span, set by the pair view."""
        self._wrapped: dict[Side, tuple[int, list[Content]]] = {}

    @property
    def one_sided(self) -> bool:
        return not (self.cells["left"].paragraphs and self.cells["right"].paragraphs)

    @property
    def text_side(self) -> Side:
        """The side with text (the left when both or neither have it)."""
        left, right = (self.cells[side].paragraphs for side in ("left", "right"))
        return "right" if right and not left else "left"

    def set_extra(self, side: Side, extra: dict[int, list[Highlight]]) -> bool:
        """Light ``extra`` on ``side``; whether anything changed."""
        if extra == self.extra[side]:
            return False
        self.extra[side] = extra
        self._wrapped.pop(side, None)
        return True

    def content(self, side: Side) -> Content:
        """The cell's text: its note, then its paragraphs with their lit spans."""
        cell = self.cells[side]
        parts: list[Content] = []
        if cell.note:
            parts.append(Content.styled(cell.note, HIGHLIGHT_STYLES["note"]))
        for index, text in cell.paragraphs:
            marks = cell.highlights.get(index, []) + self.extra[side].get(index, [])
            parts.append(highlighted(text, marks))
        return Content("\n\n").join(parts) if parts else Content("")

    def wrapped(self, side: Side, width: int) -> list[Content]:
        """The cell's lines at ``width`` columns of text, kept until the width or the lit
        spans change: a page without paragraph breaks is one cell of a megabyte."""
        kept = self._wrapped.get(side)
        if kept is None or kept[0] != width:
            kept = (width, self.content(side).wrap(max(1, width)))
            self._wrapped[side] = kept
        return kept[1]

    def _sides(self, columns: Columns, compact: bool) -> list[tuple[Side, int]]:
        """The sides drawn and their cell widths: both, or in compact rows the text alone
        across both panes."""
        if compact and self.one_sided:
            return [(self.text_side, columns.width - GUTTER)]
        return [("left", columns.left), ("right", columns.right)]

    def _gutter(self, side: Side, pointer: str = " ") -> list[str]:
        """The gutter's lines: pointer and paragraph number, then a glyph a line."""
        cell = self.cells[side]
        number = cell.paragraphs[0][0] + 1 if cell.paragraphs else None
        return [number_line(pointer, number), *(f" {g}" for g in self.glyphs[side])]

    def height(self, columns: Columns, *, compact: bool) -> int:
        """Screen lines of the row at ``columns``: its tallest part and a blank line."""
        tallest = 1
        for side, width in self._sides(columns, compact):
            tallest = max(tallest, len(self._gutter(side)))
            if self.cells[side].paragraphs or self.cells[side].note:
                tallest = max(tallest, len(self.wrapped(side, width - 2)))
        return tallest + 1

    def line(self, y: int, look: Look) -> Strip:
        """Line ``y`` of the row, ``look.columns.width`` cells wide."""
        if y >= self.height(look.columns, compact=look.compact) - 1:
            return Strip.blank(look.columns.width, look.base.rich_style)
        parts: list[Content] = []
        sides = self._sides(look.columns, look.compact)
        for side, width in sides:
            if side == "right" and len(sides) == 2:
                active = look.cursor == side
                parts.append(Content.styled("▏", look.parts["rule-active" if active else "rule"]))
            parts.append(self._gutter_line(side, y, look))
            parts.append(self._cell_line(side, width, y, look))
        content = Content.assemble(*parts)
        segments = [
            Segment(text, style.rich_style)
            for text, style in content.render(look.base, end="", parse_style=look.parse)
        ]
        return Strip(segments, content.cell_length)

    def _gutter_style(self, side: Side, look: Look) -> Style:
        if look.cursor is None:
            return look.parts["gutter"]
        return look.parts["gutter-active" if side == look.cursor else "gutter-cursor"]

    def _gutter_line(self, side: Side, y: int, look: Look) -> Content:
        lines = self._gutter(side, " " if look.cursor is None else "▶")
        text = lines[y] if y < len(lines) else ""
        return Content.styled(text.ljust(GUTTER)[:GUTTER], self._gutter_style(side, look))

    def _cell_line(self, side: Side, width: int, y: int, look: Look) -> Content:
        """One line of a cell: a hatched filler, or a bar or space, the text, and a space."""
        background = ""
        if look.cursor is not None:
            background = ROW_STYLES["cell-active" if side == look.cursor else "cell-cursor"]
        cell = self.cells[side]
        bar: str | Content = " "
        if self.kind == "moved":  # both halves, the filler too: the pair reads as one move
            bar = Content.styled("▌", ROW_STYLES["bar-moved"])
        elif self.kind == f"{side}_only":
            bar = Content.styled("▌", ROW_STYLES["bar-only"])
        if not (cell.paragraphs or cell.note):
            hatch = Content.styled(HATCH * width, ROW_STYLES["filler"])
            line = Content.assemble(bar, hatch[: width - 1]) if bar != " " else hatch
            return line.stylize_before(background) if background else line
        lines = self.wrapped(side, width - 2)
        text = lines[y] if y < len(lines) else Content("")
        text = text.pad_right(max(0, width - 2 - text.cell_length))
        line = Content.assemble(bar, text, " ")
        return line.stylize_before(background) if background else line
