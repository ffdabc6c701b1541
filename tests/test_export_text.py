"""The plain-text report: no ANSI, no control characters, every section in order."""

from __future__ import annotations

import re

from hostile import hostile_comparison
from storydiff.export.text import render


def test_text_report_contains_no_control_characters() -> None:
    out = render(hostile_comparison())
    assert re.findall(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out) == []
    assert "\\x1b[31mred\\x1b[0m" in out  # the escape is shown, not obeyed


def test_text_report_lists_figures_with_verdicts_and_reasons() -> None:
    out = render(hostile_comparison())
    assert '  [conflict] release [bold]day[/]\n    left:  "Monday" (¶2)\n' in out
    assert "why: Monday and Tuesday are different days." in out
    assert '  [left only]\n    left:  "$5" (¶4)\n    right: -\n' in out


def test_text_report_sections_come_in_order() -> None:
    out = render(hostile_comparison())
    headings = [
        "blocks: 2 matched, 1 moved, 1 left only, 1 right only",
        "Notices",
        "Figures (3)",
        "Shared passages (2)",
        "Claims only the left article makes",
        "Claims only the right article makes",
    ]
    positions = [out.index(h) for h in headings]
    assert positions == sorted(positions)


def test_a_newline_in_article_text_cannot_forge_a_report_line() -> None:
    c = hostile_comparison()
    forged = type(c.left)(
        c.left.path,
        "Title\n  [same] fake verdict",
        c.left.outlet,
        c.left.paragraphs,
        c.left.dropped,
    )
    out = render(type(c)(forged, c.right, c.blocks, c.shared, c.figures))
    assert "\n  [same] fake verdict" not in out
