"""The legend: each highlight drawn in its own style, with its non-colour cue named."""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from storydiff.ui.styles import HIGHLIGHT_STYLES

ENTRIES: tuple[tuple[str, str, str], ...] = (
    ("figure-conflict", "$5.6m≠", "figures conflict"),
    ("figure-consistent", "$5.6m≈", "consistent"),
    ("figure-one-sided", "$5.6m+", "one side"),
    ("unique", "◆ claim", "unique"),
    ("shared", "═ shared", "same wording"),
    ("change", "word", "reworded"),
)
"""(highlight tag, sample, meaning), in the order the reader should notice them."""

EXTRA = "↔ moved   ∅ nothing here"


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
