"""The legend: each highlight drawn in its own style, with its non-colour cue named."""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from storydiff.present.vocabulary import EMPTY_GLYPH, MOVED_GLYPH, SHARED_GLYPH, UNIQUE_GLYPH
from storydiff.ui.highlights import GLYPHS
from storydiff.ui.styles import HIGHLIGHT_STYLES

ENTRIES: tuple[tuple[str, str, str], ...] = (
    ("figure-conflict", f"$5.6m{GLYPHS['figure-conflict']}", "figures conflict"),
    ("figure-consistent", f"$5.6m{GLYPHS['figure-consistent']}", "consistent"),
    ("figure-one-sided", f"$5.6m{GLYPHS['figure-one-sided']}", "one side"),
    ("unique", f"{UNIQUE_GLYPH} claim", "unique"),
    ("shared", f"{SHARED_GLYPH} shared", "same wording"),
    ("change", "word", "reworded"),
)
"""(highlight tag, sample, meaning), in the order the reader should notice them."""

EXTRA = f"{MOVED_GLYPH} moved   {EMPTY_GLYPH} nothing here"


class Legend(Widget):
    """One line (or a column, in the help screen) showing what every highlight means."""

    DEFAULT_CSS = """
    Legend { height: auto; }
    """

    def __init__(self, *, vertical: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.vertical = vertical

    def render(self) -> RenderResult:
        label = HIGHLIGHT_STYLES["label"]
        parts = []
        for tag, sample, meaning in ENTRIES:
            style = HIGHLIGHT_STYLES[tag]
            parts.append(Content.assemble((sample, style), " ", (meaning, label)))
        parts.append(Content.styled(EXTRA, label))
        return Content("\n" if self.vertical else "   ").join(parts)


def legend_list(entries: tuple[tuple[str, str, str], ...], *, id: str = "help-legend") -> Static:
    """A column of (sample, style, meaning) lines: the help screen's legend for screens that
    mark things their own way (the overview's ◆ is a reference figure, not a unique claim)."""
    label = HIGHLIGHT_STYLES["label"]
    width = max((len(sample) for sample, _, _ in entries), default=0)
    lines = [
        Content.assemble((sample, style), " " * (2 + width - len(sample)), (meaning, label))
        for sample, style, meaning in entries
    ]
    return Static(Content("\n").join(lines), id=id)
