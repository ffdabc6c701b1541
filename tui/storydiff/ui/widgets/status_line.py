"""The status line: which pair, how many differences of each kind, where the cursor is, and a
line below it about what the cursor landed on."""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from storydiff.core.model import Comparison
from storydiff.present.counts import glyph_counts
from storydiff.present.safe_text import visible


class StatusLine(Widget):
    """One line under the panes; the pair screen sets its attributes."""

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    """
    STYLES = {
        "pair": "bold $text on $accent 70%",
        "count": "bold",
        "zero": "$text-disabled",
        "where": "$text-muted",
    }
    """Theme-variable styles for the parts of the line (see :mod:`storydiff.ui.styles`)."""

    comparison: reactive[Comparison | None] = reactive(None)
    where: reactive[str] = reactive("")
    busy: reactive[str] = reactive("")
    """A progress message while a comparison is being computed."""

    def render(self) -> RenderResult:
        """The pair, the counts and the cursor's place. When the line would not fit, the
        zero counts lose their words, then every count (the legend and help name the
        glyphs), then the pair its names (the headers above the panes give them), so the
        cursor's place stays."""
        style = self.STYLES
        if self.busy or self.comparison is None:
            return Content.styled(f" {self.busy}", style["where"])
        c = self.comparison
        pair = f" {visible(c.left.outlet)} ⇄ {visible(c.right.outlet)} "
        names = Content.styled(pair, style["pair"])
        where = Content.styled(self.where, style["where"])
        for words, head in (("all", names), ("some", names), ("none", names), ("none", None)):
            parts = [
                Content.styled(
                    f"{glyph} {n} {label}" if words == "all" or (words == "some" and n) else
                    f"{glyph}{n}",
                    style["count" if n else "zero"],
                )
                for glyph, n, label in glyph_counts(c)
            ]
            summary = Content(" " if words == "none" else "  ").join(parts)
            line = Content("  ").join([head or Content(""), summary, where])
            if line.cell_length <= self.size.width:
                break
        return line


class StatusMessage(Static):
    """The line under the status line: what the cursor landed on (a figure's verdict and its
    reason, a claim, a passage), wrapped rather than cut, so a conflict's figures are readable
    at 80 columns; hidden when there is nothing to say."""

    DEFAULT_CSS = """
    StatusMessage { height: auto; max-height: 2; padding: 0 1; background: $panel; }
    StatusMessage.-empty { display: none; }
    """

    def say(self, text: str) -> None:
        self.update(Content(text))
        self.set_class(not text, "-empty")
