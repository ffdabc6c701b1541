"""The figures panel: every figure pair of the comparison; choosing one jumps to it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static

from storydiff.core.model import Comparison
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import VERDICT_MEANINGS, VERDICT_ORDER, tone, verdict_label
from storydiff.ui import keys
from storydiff.ui.widgets.figure_list import FigureList
from storydiff.ui.widgets.footer import ReaderFooter
from storydiff.ui.widgets.legend import legend_list


class FiguresScreen(ModalScreen[int | None]):
    """Dismissed with the chosen figure pair's index, or None."""

    BINDINGS = keys.screen_bindings(keys.FIGURE_KEYS)

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        c = self.comparison
        pair = f"{visible(c.left.outlet)} ⇄ {visible(c.right.outlet)}"
        title = Content.assemble("Figures  ", (pair, "dim"))
        with Vertical(id="figures-box", classes="dialog"):
            yield Static(title, classes="dialog-title")
            if c.figures:
                yield FigureList(c, id="figure-list")
            else:
                yield Static("No figures were found in this pair.", classes="dialog-empty")
            yield Static("enter: jump to it in both panes   escape: back", classes="dialog-hint")
        yield ReaderFooter()

    def action_jump(self) -> None:
        figures = self.query(FigureList)
        chosen = figures.first().highlighted_option if figures else None
        if chosen is not None:
            self.dismiss(int(chosen.id or 0))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))

    def help_legend(self) -> Static:
        """The panel's verdicts, for the help screen."""
        return legend_list(
            tuple(
                (verdict_label(kind), f"bold $text-{tone(kind)}", VERDICT_MEANINGS[kind])
                for kind in VERDICT_ORDER
            )
        )

    def action_dismiss_panel(self) -> None:
        self.dismiss(None)
