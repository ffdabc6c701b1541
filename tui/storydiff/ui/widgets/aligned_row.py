"""One aligned row of the pair view: a gutter and a cell for each article.

The row is a four-column grid whose cells all take the row's height, so the
shorter side is padded with filler and the next row starts on the same line in
both panes. Cells render article text as :class:`Content` styled by offset:
the text is never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, pairwise

from textual.app import RenderResult
from textual.containers import Grid
from textual.content import Content, Span
from textual.events import Click
from textual.message import Message
from textual.widget import Widget

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


class ParagraphCell(Widget):
    """The text of one side of a row, highlighted by offset."""

    @dataclass
    class Clicked(Message):
        """The reader clicked a cell: move the cursor there."""

        row: int
        side: Side

    def __init__(self, text: CellText, row: int, side: Side) -> None:
        super().__init__(classes=f"cell -{side}" + ("" if text.paragraphs else " -filler"))
        self.text = text
        self.row = row
        self.side: Side = side
        self.extra: dict[int, list[Highlight]] = {}
        """Search matches and the focused span, set by the pair view."""
        self._content: Content | None = None

    def set_extra(self, extra: dict[int, list[Highlight]]) -> None:
        if extra != self.extra:
            self.extra = extra
            self._content = None
            self.refresh(layout=True)

    def render(self) -> RenderResult:
        """The cell's text, built once per set of marks: Textual renders a cell again for
        every layout pass (its height), and a page without paragraph breaks is one cell of a
        megabyte."""
        if self._content is None:
            parts: list[Content] = []
            if self.text.note:
                parts.append(Content.styled(self.text.note, HIGHLIGHT_STYLES["note"]))
            for index, text in self.text.paragraphs:
                marks = self.text.highlights.get(index, []) + self.extra.get(index, [])
                parts.append(highlighted(text, marks))
            self._content = Content("\n\n").join(parts) if parts else Content("")
        return self._content

    def on_click(self, event: Click) -> None:
        self.post_message(self.Clicked(self.row, self.side))


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


class Gutter(Widget):
    """Paragraph numbers and the glyphs of what the cell holds."""

    def __init__(self, numbers: tuple[int, ...], glyphs: str, side: Side) -> None:
        super().__init__(classes=f"gutter -{side}" + ("" if numbers else " -filler"))
        self.numbers = numbers
        self.glyphs = glyphs

    def render(self) -> RenderResult:
        pointer = "▶" if self.has_class("-cursor") else " "
        lines = [_numbered(pointer, self.numbers[0] + 1 if self.numbers else None)]
        return Content("\n".join(lines + [f" {g}" for g in self.glyphs]))


def _numbered(pointer: str, number: int | None) -> str:
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


class AlignedRow(Grid):
    """Both sides of one alignment step, side by side."""

    def __init__(self, index: int, kind: str, left: CellText, right: CellText) -> None:
        one_sided = " -one-sided" if not (left.paragraphs and right.paragraphs) else ""
        super().__init__(classes=f"aligned-row -{kind.replace('_', '-')}{one_sided}")
        self.index = index
        self.cells: dict[Side, ParagraphCell] = {
            "left": ParagraphCell(left, index, "left"),
            "right": ParagraphCell(right, index, "right"),
        }
        self.gutters = {
            side: Gutter(
                tuple(i for i, _ in cell.text.paragraphs),
                gutter_glyphs(cell.text, moved=kind == "moved", filler=not cell.text.paragraphs),
                side,
            )
            for side, cell in self.cells.items()
        }

    def compose(self):
        yield self.gutters["left"]
        yield self.cells["left"]
        yield self.gutters["right"]
        yield self.cells["right"]
