"""One aligned row of the pair view: a gutter and a cell for each article.

The row is a four-column grid whose cells all take the row's height, so the
shorter side is padded with filler and the next row starts on the same line in
both panes. Cells render article text as :class:`Content` styled by offset:
the text is never parsed as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import RenderResult
from textual.containers import Grid
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widget import Widget

from storydiff.core.model import Side
from storydiff.ui.highlights import GLYPHS, PRECEDENCE, Highlight, visible_text
from storydiff.ui.styles import HIGHLIGHT_STYLES

GUTTER_GLYPHS = {
    "figure-conflict": "≠",
    "figure-consistent": "≈",
    "figure-one-sided": "+",
    "unique": "◆",
    "shared": "═",
}
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

    def set_extra(self, extra: dict[int, list[Highlight]]) -> None:
        if extra != self.extra:
            self.extra = extra
            self.refresh(layout=True)

    def render(self) -> RenderResult:
        parts: list[Content] = []
        if self.text.note:
            parts.append(Content.styled(self.text.note, self._style("note")))
        for index, text in self.text.paragraphs:
            marks = self.text.highlights.get(index, []) + self.extra.get(index, [])
            parts.append(self._paragraph(text, marks))
        return Content("\n\n").join(parts) if parts else Content("")

    @staticmethod
    def _style(tag: str) -> str:
        return HIGHLIGHT_STYLES[tag]

    def _paragraph(self, text: str, marks: list[Highlight]) -> Content:
        content = Content(visible_text(text))
        for mark in sorted(marks, key=lambda h: PRECEDENCE.index(h.tag)):
            content = content.stylize(self._style(mark.tag), mark.start, mark.end)
        for mark in sorted((m for m in marks if m.tag in GLYPHS), key=lambda h: -h.end):
            glyph = Content.styled(GLYPHS[mark.tag], self._style(mark.tag))
            content = content[: mark.end] + glyph + content[mark.end :]
        return content

    def on_click(self, event: Click) -> None:
        self.post_message(self.Clicked(self.row, self.side))


class Gutter(Widget):
    """Paragraph numbers and the glyphs of what the cell holds."""

    def __init__(self, numbers: tuple[int, ...], glyphs: str, side: Side) -> None:
        super().__init__(classes=f"gutter -{side}")
        self.numbers = numbers
        self.glyphs = glyphs

    def render(self) -> RenderResult:
        number = str(self.numbers[0] + 1) if self.numbers else ""
        pointer = "▶" if self.has_class("-cursor") else " "
        lines = [pointer + number.rjust(3)[-3:]] + [f" {g}" for g in self.glyphs]
        return Content("\n".join(lines))


def gutter_glyphs(cell: CellText, *, moved: bool, filler: bool) -> str:
    """The glyphs a gutter shows, strongest first."""
    tags = {h.tag for items in cell.highlights.values() for h in items}
    glyphs = "".join(g for tag, g in GUTTER_GLYPHS.items() if tag in tags)
    if moved and not filler:
        glyphs = "↔" + glyphs
    return ("∅" if filler else "") + glyphs


class AlignedRow(Grid):
    """Both sides of one alignment step, side by side."""

    def __init__(self, index: int, kind: str, left: CellText, right: CellText) -> None:
        super().__init__(classes=f"aligned-row -{kind.replace('_', '-')}")
        self.index = index
        self.cells = {
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
