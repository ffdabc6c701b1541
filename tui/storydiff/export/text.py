"""The plain-text report of a comparison: what ``storydiff compare`` writes to files and pipes.

No ANSI, no markup: every piece of article text goes through :func:`visible`, so a page
that carries terminal escapes cannot recolour or rewrite the reader's terminal. The small
helpers here (the heading, the summary lines, figure and passage labels) are shared with the
Markdown, HTML and console presenters; the counts and verdict words come from
:mod:`storydiff.present`, as the reader's do.
"""

from __future__ import annotations

import textwrap

from storydiff.core.model import Article, Comparison, Figure, FigurePair, Sentence, SharedPassage
from storydiff.present.counts import tally
from storydiff.present.labels import source_label, title_of
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import verdict_word
from storydiff.present.wording import paragraph_number, plural

WIDTH = 100
"""Wrap width of the report: the project's line length, comfortable in a pager."""


def article_line(article: Article) -> str:
    """Outlet (and date), path and size of one article, on one line."""
    return (
        f"{source_label(article)} - {visible(article.path)} "
        f"({plural(len(article.paragraphs), 'paragraph')}, {plural(article.words, 'word')})"
    )


def pair_heading(c: Comparison) -> list[str]:
    """The report's opening lines: the two outlets, then each side's headline and source.

    The first line names the articles ("Sherwood News vs PYMNTS.com"), not the tool: a line
    starting ``storydiff:`` reads like the tool's error format."""
    return [
        f"{visible(c.left.outlet)} vs {visible(c.right.outlet)}",
        f"left:  {title_of(c.left)}",
        f"       {article_line(c.left)}",
        f"right: {title_of(c.right)}",
        f"       {article_line(c.right)}",
    ]


def summary_lines(c: Comparison) -> list[str]:
    """The counts grouped into four short lines: blocks, shared text, figures, claims."""
    n = tally(c)
    return [
        f"blocks: {n['matched_blocks']} matched, {n['moved_blocks']} moved, "
        f"{n['left_only_blocks']} left only, {n['right_only_blocks']} right only",
        f"shared: {plural(n['shared_passages'], 'passage')}, "
        f"{plural(n['shared_words'], 'word')}",
        f"figures: {plural(n['figure_pairs'], 'pair')}, {n['figure_conflicts']} in conflict",
        f"unique claims: {n['unique_left']} left, {n['unique_right']} right",
    ]


def figure_label(figure: Figure | None) -> str:
    """A figure as quoted text with its paragraph, or a dash when that side has none."""
    if figure is None:
        return "-"
    return f'"{visible(figure.text)}" ({paragraph_number(figure.paragraph)})'


def verdict_label(pair: FigurePair) -> str:
    """The verdict in words (``left only``, not ``left_only``)."""
    return visible(verdict_word(pair.kind))


def shared_label(passage: SharedPassage) -> str:
    """Where a shared passage sits on each side, and how close the copy is."""
    return (
        f"left {paragraph_number(passage.left.paragraph)}, "
        f"right {paragraph_number(passage.right.paragraph)}, "
        f"{plural(passage.words, 'word')}, similarity {passage.similarity:.2f}"
    )


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    ) or [indent.rstrip()]


def _figures(c: Comparison) -> list[str]:
    lines = [f"Figures ({len(c.figures)})"]
    for pair in c.figures:
        fact = f" {visible(pair.fact)}" if pair.fact else ""
        lines.append(f"  [{verdict_label(pair)}]{fact}")
        lines.append(f"    left:  {figure_label(pair.left)}")
        lines.append(f"    right: {figure_label(pair.right)}")
        if pair.reason:
            lines += _wrap(f"why: {visible(pair.reason)}", "    ")
    return lines if c.figures else [lines[0], "  (none)"]


def _shared(c: Comparison) -> list[str]:
    lines = [f"Shared passages ({len(c.shared)})"]
    for passage in c.shared:
        lines.append(f"  - {shared_label(passage)}:")
        lines += _wrap(f'"{visible(passage.text)}"', "      ")
    return lines if c.shared else [lines[0], "  (none)"]


def _unique(side: str, article: Article, sentences: tuple[Sentence, ...]) -> list[str]:
    lines = [f"Claims only the {side} article makes ({visible(article.outlet)}, {len(sentences)})"]
    for sentence in sentences:
        lines += _wrap(f"{paragraph_number(sentence.paragraph)}: {visible(sentence.text)}", "  ")
    return lines if sentences else [lines[0], "  (none)"]


def render(c: Comparison) -> str:
    """The text exporter: pair, counts, notices, figures, shared passages, unique claims."""
    lines = [*pair_heading(c), "", *summary_lines(c)]
    if c.notices:
        lines += ["", "Notices"] + [f"  - {visible(n)}" for n in c.notices]
    for section in (
        _figures(c),
        _shared(c),
        _unique("left", c.left, c.unique_left),
        _unique("right", c.right, c.unique_right),
    ):
        lines += [""] + section
    return "\n".join(lines) + "\n"
