"""The status line: which pair, how many differences of each kind, where the cursor is, and a
line below it about what the cursor landed on."""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from storydiff.core.model import Comparison
from storydiff.safe_text import visible
from storydiff.wording import noun_for


def counts(comparison: Comparison) -> list[tuple[str, int, str]]:
    """(glyph, count, label) for every kind of difference, the status line's summary.

    The labels are adjectives ("2 consistent") except "conflict", a noun that takes its
    number from the count ("1 conflict", "2 conflicts")."""
    verdicts = [f.kind for f in comparison.figures]
    conflicts = verdicts.count("conflict")
    kinds = [b.kind for b in comparison.blocks]
    return [
        ("≠", conflicts, noun_for(conflicts, "conflict")),
        ("≈", verdicts.count("consistent"), "consistent"),
        ("+", verdicts.count("left_only") + verdicts.count("right_only"), "one-sided"),
        ("◆", len(comparison.unique_left) + len(comparison.unique_right), "unique"),
        ("═", len(comparison.shared), "shared"),
        ("↔", kinds.count("moved"), "moved"),
    ]


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
                for glyph, n, label in counts(c)
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
