"""The coloured terminal report of ``storydiff compare``: the text report, with Rich styles.

Article text never becomes Rich markup: everything is built as :class:`rich.text.Text`
with ``append(text, style)``, so ``[bold]x[/]`` in an article prints as those characters,
and control characters are made visible first (:func:`storydiff.present.safe_text.visible`), so
an article cannot send escape sequences to the terminal. This module is outside
``export/`` because the exporters must stay free of Rich.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from storydiff.core.model import Comparison, FigurePair, Side
from storydiff.export.text import pair_heading, shared_label, summary_lines, verdict_label
from storydiff.present.safe_text import visible
from storydiff.present.spans import Mark, Segment, excerpt, paragraph_marks
from storydiff.present.vocabulary import VERDICT_TONES
from storydiff.present.wording import paragraph_number

TONE_COLOURS: dict[str, str] = {
    "error": "red",
    "warning": "yellow",
    "success": "green",
    "secondary": "cyan",
}
"""The terminal colour of each verdict tone (:data:`VERDICT_TONES`, the reader's theme
colours), in the 8 colours every terminal has."""

VERDICT_STYLES: dict[str, str] = {
    kind: f"bold {TONE_COLOURS[tone]}" for kind, tone in VERDICT_TONES.items()
}
"""Colour per figure verdict, the reader's tone; the verdict is also always written in words."""

HEADING = "bold underline"
QUIET = "dim"


def _segments(text: Text, segments: list[Segment], base: str = "") -> Text:
    """Append segments, figures styled by verdict, everything through :func:`visible`."""
    for seg in segments:
        top = seg.top
        style = VERDICT_STYLES.get(top.detail, "bold") if top and top.kind == "figure" else base
        text.append(visible(seg.text), style=style)
    return text


def _quote(
    c: Comparison,
    side: Side,
    paragraph: int,
    start: int,
    end: int,
    fallback: str,
    marks: dict[int, list[Mark]],
) -> list[Segment]:
    """The quoted stretch with its figures marked, or the stored text if offsets are stale."""
    article = c.left if side == "left" else c.right
    if 0 <= paragraph < len(article.paragraphs):
        segments = excerpt(article.paragraphs[paragraph], start, end, marks.get(paragraph, []))
        if segments:
            return segments
    return [Segment(0, len(fallback), fallback)]


def _figure(pair: FigurePair) -> list[RenderableType]:
    style = VERDICT_STYLES.get(pair.kind, "bold")
    head = Text("  ").append(f"[{verdict_label(pair)}]", style=style)
    if pair.fact:
        head.append(" ").append(visible(pair.fact), style="bold")
    lines: list[RenderableType] = [head]
    for name, figure in (("left: ", pair.left), ("right:", pair.right)):
        line = Text(f"    {name} ")
        if figure is None:
            line.append("-", style=QUIET)
        else:
            line.append(f'"{visible(figure.text)}"', style=style)
            line.append(f" ({paragraph_number(figure.paragraph)})", style=QUIET)
        lines.append(line)
    if pair.reason:
        lines.append(
            Padding(Text().append("why: ", style=QUIET).append(visible(pair.reason)), (0, 0, 0, 4))
        )
    return lines


def _section(title: str, items: list[RenderableType]) -> list[RenderableType]:
    head: list[RenderableType] = [Text(""), Text(title, style=HEADING)]
    return head + (items or [Text("  (none)", style=QUIET)])


def _claims(c: Comparison, side: Side) -> list[RenderableType]:
    article, sentences = (c.left, c.unique_left) if side == "left" else (c.right, c.unique_right)
    marks = paragraph_marks(c, side)
    items: list[RenderableType] = []
    for s in sentences:
        line = Text().append(f"{paragraph_number(s.paragraph)}: ", style=QUIET)
        _segments(line, _quote(c, side, s.paragraph, s.start, s.end, s.text, marks), "magenta")
        items.append(Padding(line, (0, 0, 0, 2)))
    title = f"Claims only the {side} article makes ({visible(article.outlet)}, {len(sentences)})"
    return _section(title, items)


def comparison_renderable(c: Comparison) -> Group:
    """The whole report as one Rich renderable (for printing, paging or recording)."""
    first, *sides = pair_heading(c)
    parts: list[RenderableType] = [
        Text(first, style="bold"),
        *(Text(line, style="bold cyan" if n % 2 == 0 else QUIET) for n, line in enumerate(sides)),
        Text(""),
        *(Text(line) for line in summary_lines(c)),
    ]
    if c.notices:
        parts += _section("Notices", [Text(f"  - {visible(n)}", style="yellow") for n in c.notices])
    parts += _section(
        f"Figures ({len(c.figures)})", [line for pair in c.figures for line in _figure(pair)]
    )
    left_marks = paragraph_marks(c, "left")
    shared: list[RenderableType] = []
    for p in c.shared:
        shared.append(Text(f"  - {shared_label(p)}:", style=QUIET))
        quote = _quote(c, "left", p.left.paragraph, p.left.start, p.left.end, p.text, left_marks)
        shared.append(Padding(_segments(Text('"'), quote, "blue").append('"'), (0, 0, 0, 6)))
    parts += _section(f"Shared passages ({len(c.shared)})", shared)
    parts += _claims(c, "left") + _claims(c, "right")
    return Group(*parts)


def render_comparison(c: Comparison, console: Console) -> None:
    """Print the coloured report of ``c`` on ``console``."""
    console.print(comparison_renderable(c))


def print_comparison(c: Comparison, console: Console | None = None) -> None:
    """Print the report on the terminal (the CLI's default for ``compare`` on a tty)."""
    render_comparison(c, console or Console())
