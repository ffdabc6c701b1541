"""The figures panel's list: every figure pair with its verdict and the reason for it."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from storydiff.core.model import Comparison, FigurePair
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import VERDICT_ORDER, tone, verdict_label


def _prompt(pair: FigurePair) -> Content:
    left = visible(pair.left.text) if pair.left else "—"
    right = visible(pair.right.text) if pair.right else "—"
    head = Content.assemble(
        (f"{verdict_label(pair.kind):<13}", f"bold $text-{tone(pair.kind)}"),
        (visible(pair.fact or ""), "italic"),
    )
    body = Content.assemble(
        ("  ", ""), (left, "bold"), ("  ", ""), ("vs", "dim"), ("  ", ""), (right, "bold")
    )
    reason = Content.styled(f"  {visible(pair.reason)}", "dim") if pair.reason else Content("")
    return Content("\n").join([head, body, reason] if pair.reason else [head, body])


MAX_LISTED = 1000
"""Figure pairs the panel lists, conflicts first. A long report states tens of thousands of
figures, and building 32,000 options held the reader for 5 s; the rest are counted in a last
line, and the pair view's next-figure step and every export still reach each of them."""


class FigureList(OptionList):
    """Figure pairs, conflicts first; the option id is the pair's index in the comparison."""

    def __init__(self, comparison: Comparison, *, id: str | None = None) -> None:
        order = sorted(
            range(len(comparison.figures)),
            key=lambda i: (VERDICT_ORDER.index(comparison.figures[i].kind), i),
        )
        options = [Option(_prompt(comparison.figures[i]), id=str(i)) for i in order[:MAX_LISTED]]
        if len(order) > MAX_LISTED:
            more = (
                f"… {len(order) - MAX_LISTED:,} more figure pairs: "
                "the pair view's next-figure step and the exports reach every one"
            )
            options.append(Option(Content.styled(more, "dim italic"), disabled=True))
        super().__init__(*options, id=id)
