"""Plain-text reports for ``storydiff clean`` and ``storydiff figures``."""

from __future__ import annotations

from collections.abc import Sequence

from storydiff.core.model import Article, Figure
from storydiff.present.labels import title_of
from storydiff.present.safe_text import visible
from storydiff.present.wording import paragraph_number, plural


def _heading(article: Article) -> list[str]:
    """Headline, source and size, then how the article was read if that needs saying."""
    return [f"# {title_of(article)}",
            f"  {visible(article.path)} - {visible(article.outlet)}, "
            f"{plural(len(article.paragraphs), 'paragraph')}, {plural(article.words, 'word')}",
            *(f"  notice: {visible(n)}" for n in article.notices)]


def clean_report(article: Article) -> str:
    """Title, numbered body paragraphs, then every dropped line, so cleaning can be checked."""
    lines = _heading(article) + [""]
    lines += [f"[{paragraph_number(i)}] {visible(p)}\n" for i, p in enumerate(article.paragraphs)]
    lines.append(f"-- dropped as page furniture ({plural(len(article.dropped), 'line')}) --")
    lines += [f"  - {visible(d)}" for d in article.dropped]
    return "\n".join(lines) + "\n"


def _figure_line(figure: Figure) -> str:
    value = "?" if figure.value is None else f"{figure.value:g}"
    if figure.high is not None:
        value += f"..{figure.high:g}"
    where = f"  {paragraph_number(figure.paragraph)} [{figure.start}-{figure.end}]"
    parts = [where, f"{visible(figure.text)!r}", f"{figure.kind}"]
    if figure.kind != "tally":  # a tally is compared as written; its value is its first number
        parts.append(f"= {value} {figure.unit or ''}".rstrip())
    if figure.qualifier:
        parts.append(f"({figure.qualifier})")
    if figure.counted:
        parts.append(f"counts {visible(figure.counted)!r}")
    return " ".join(parts)


def figures_report(found: Sequence[tuple[Article, Sequence[Figure]]]) -> str:
    """Each article's figures, one per line, with value, unit and hedge."""
    lines: list[str] = []
    for article, figures in found:
        lines += _heading(article)
        lines += [_figure_line(f) for f in figures] or ["  (no figures found)"]
        lines.append("")
    return "\n".join(lines)
