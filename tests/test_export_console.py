"""The coloured terminal report: Rich styles, but article text is never markup or escapes."""

from __future__ import annotations

import io

from hostile import hostile_comparison
from rich.console import Console
from storydiff.console import render_comparison
from storydiff.export.text import render as text_render


def recorded(width: int = 100) -> tuple[Console, str]:
    """Render to a recording, colour terminal; return it and the raw bytes it wrote."""
    sink = io.StringIO()
    console = Console(
        file=sink, record=True, width=width, force_terminal=True, color_system="truecolor"
    )
    render_comparison(hostile_comparison(), console)
    return console, sink.getvalue()


def test_rich_markup_in_articles_shows_as_literal_brackets() -> None:
    console, _ = recorded()
    shown = console.export_text()
    assert "Hostile [bold]x[/] <script>alert(1)</script>" in shown
    assert "[conflict] release [bold]day[/]" in shown
    assert "Plain [/] Times" in shown


def test_article_escape_sequences_never_reach_the_terminal() -> None:
    _, raw = recorded()
    assert "\x1b[31mred" not in raw and "\x1b[2J" not in raw
    assert "\\x1b[31mred" in raw


def test_console_uses_colour_for_verdicts() -> None:
    _, raw = recorded()
    assert "\x1b[" in raw  # Rich styles are there (the conflict is red, agreement green)


def test_console_says_what_the_text_report_says() -> None:
    # Same content as the text exporter: compare the words, ignoring wrapping and colour.
    console, _ = recorded(width=200)
    words = console.export_text().split()
    assert words == text_render(hostile_comparison()).split()
