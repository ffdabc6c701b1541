"""The Markdown report: reads well rendered on a code-hosting site (GitHub-flavoured).

Article text is data: :func:`escape` backslash-escapes every character that could start
emphasis, code, links, tables, maths or (first in a line) a heading (:func:`line_safe` adds
what starts a list at the head of a line), and writes ``<``, ``>``, ``&`` as
entities, so ``<script>`` shows literally and ``[x](javascript:...)`` never becomes a link.
The only markup in the file is the report's own.
"""

from __future__ import annotations

import re

from storydiff.core.model import Article, Block, Comparison, Sentence
from storydiff.export.text import article_line, figure_label, shared_label, verdict_label
from storydiff.present.counts import summary_counts
from storydiff.present.labels import title_of
from storydiff.present.safe_text import visible
from storydiff.present.spans import Mark, Segment, paragraph_marks, split
from storydiff.present.wording import paragraph_number, paragraph_numbers, plural

_BACKSLASHED = re.compile(r"([\\`*_\[\]|~$])")
"""The ASCII punctuation that is markup anywhere in a line: escapes, code, emphasis, link and
image brackets, table cells, strikethrough, and ``$`` (GitHub renders ``$...$`` as maths).
Parentheses, braces and ``!`` stay as they are: with ``[`` and ``]`` escaped they can form no
link or image, so escaping them only litters the text ("\\(no headline found\\)"). What is
markup only at the start of a line is escaped there: ``#`` by :func:`escape` itself (a
heading), lists and underlines (``-``, ``1.``, ``=``) by :func:`line_safe`."""

_HEADING = re.compile(r"^(\s*)#")

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}

_KIND_TITLES = {
    "match": "match",
    "moved": "moved (out of order)",
    "left_only": "left only",
    "right_only": "right only",
}


def escape(text: str) -> str:
    """Make article text inert Markdown that renders as exactly the same characters.

    >>> escape("<script>*x*</script>")
    '&lt;script&gt;\\\\*x\\\\*&lt;/script&gt;'
    """
    out = _HEADING.sub(r"\1\\#", _BACKSLASHED.sub(r"\\\1", visible(text)))
    return "".join(_ENTITIES.get(ch, ch) for ch in out)


def line_safe(escaped: str) -> str:
    """Escape what would turn a line built from article text into a list or underline.

    >>> line_safe("2024. A year")
    '2024\\\\. A year'
    """
    escaped = escaped.lstrip()
    numbered = re.match(r"\d+[.)]", escaped)
    if numbered:
        return f"{escaped[: numbered.end() - 1]}\\{escaped[numbered.end() - 1 :]}"
    return f"\\{escaped}" if escaped[:1] in ("-", "+", "=") else escaped


def _wrap(inner: str, marker: str) -> str:
    """``marker`` around ``inner`` with the whitespace kept outside, as emphasis requires."""
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def styled(segments: list[Segment]) -> str:
    """Figures in bold, unique claims in italics (with their figures bold inside)."""
    runs: list[tuple[bool, str]] = []
    for seg in segments:
        kinds = {m.kind for m in seg.marks}
        piece = escape(seg.text)
        piece = _wrap(piece, "**") if "figure" in kinds else piece
        in_claim = "unique" in kinds
        if runs and runs[-1][0] == in_claim:
            runs[-1] = (in_claim, runs[-1][1] + piece)
        else:
            runs.append((in_claim, piece))
    return "".join(_wrap(text, "*") if in_claim else text for in_claim, text in runs)


def _known(c: Comparison, *fields: str) -> list[tuple[str, str, str]]:
    """Rows for the metadata fields either page declared (none for plain-text articles)."""
    values = [(f, visible(getattr(c.left, f)), visible(getattr(c.right, f))) for f in fields]
    return [(f, a or "-", b or "-") for f, a, b in values if a or b]


def _header(c: Comparison) -> list[str]:
    rows = [
        ("title", title_of(c.left), title_of(c.right)),
        ("outlet", visible(c.left.outlet), visible(c.right.outlet)),
        *_known(c, "published", "author", "url"),
        ("file", visible(c.left.path), visible(c.right.path)),
        ("paragraphs", str(len(c.left.paragraphs)), str(len(c.right.paragraphs))),
        ("words", str(c.left.words), str(c.right.words)),
    ]
    lines = [
        f"# storydiff: {escape(title_of(c.left))} vs {escape(title_of(c.right))}",
        "",
        "| | left | right |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {escape(a)} | {escape(b)} |" for name, a, b in rows]
    lines += ["", "**Summary:** " + " · ".join(f"{label} {n}" for label, n in summary_counts(c))]
    if c.notices:
        lines += ["", "**Notices:**", ""] + [f"- {line_safe(escape(n))}" for n in c.notices]
    return lines


def _figures(c: Comparison) -> list[str]:
    lines = ["## Figures", ""]
    if not c.figures:
        return lines + ["No figures found."]
    lines += ["| fact | left | right | verdict | reason |", "|---|---|---|---|---|"]
    for p in c.figures:
        cells = [
            escape(p.fact or ""),
            escape(figure_label(p.left)),
            escape(figure_label(p.right)),
            f"**{verdict_label(p)}**",
            escape(p.reason),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _shared(c: Comparison) -> list[str]:
    lines = ["## Shared passages", ""]
    if not c.shared:
        return lines + ["No shared wording found."]
    for passage in c.shared:
        lines += [
            f"> {line_safe(escape(passage.text))}",
            ">",
            f"> — {escape(shared_label(passage))}",
            "",
        ]
    return lines[:-1]


def _claims(side: str, article: Article, sentences: tuple[Sentence, ...]) -> list[str]:
    lines = [f"### Only the {side} article ({escape(article.outlet)})", ""]
    if not sentences:
        return lines + ["None."]
    return lines + [f"- {paragraph_number(s.paragraph)}: {escape(s.text)}" for s in sentences]


def _paragraph(label: str, article: Article, index: int, marks: dict[int, list[Mark]]) -> str:
    if not 0 <= index < len(article.paragraphs):
        return f"**{label} {paragraph_number(index)}:** (missing paragraph)"
    body = styled(
        split(
            article.paragraphs[index],
            [m for m in marks.get(index, []) if m.kind in ("figure", "unique")],
        )
    )
    return f"**{label} {paragraph_number(index)}:** {body}"


def _block(
    number: int,
    block: Block,
    c: Comparison,
    left_marks: dict[int, list[Mark]],
    right_marks: dict[int, list[Mark]],
) -> list[str]:
    title = f"### {number}. {_KIND_TITLES.get(block.kind, escape(block.kind))}"
    if block.left and block.right:
        title += f" (similarity {block.similarity:.2f})"
    lines = [title, ""]
    if block.kind == "moved":
        lines += [
            f"*Left {paragraph_numbers(block.left)} corresponds to right "
            f"{paragraph_numbers(block.right)}, which stands elsewhere in the right article.*",
            "",
        ]
    for i in block.left:
        lines += [_paragraph("Left", c.left, i, left_marks), ""]
    for i in block.right:
        lines += [_paragraph("Right", c.right, i, right_marks), ""]
    return lines


def _dropped(side: str, article: Article) -> list[str]:
    lines = [
        "<details>",
        f"<summary>Dropped from the {side} article ({plural(len(article.dropped), 'line')})"
        "</summary>",
        "",
    ]
    lines += [f"- {line_safe(escape(d))}" for d in article.dropped] or ["Nothing was dropped."]
    return lines + ["", "</details>", ""]


def render(c: Comparison) -> str:
    """The Markdown exporter."""
    lines = _header(c) + [""] + _figures(c) + [""] + _shared(c) + ["", "## Unique claims", ""]
    lines += _claims("left", c.left, c.unique_left) + [""]
    lines += _claims("right", c.right, c.unique_right) + [""]
    lines += [
        "## Aligned paragraphs",
        "",
        "**Bold**: a figure (see the table above). *Italics*: a claim only this article "
        "makes. Paragraph numbers (¶) count from 1, as in the reader and `storydiff clean`.",
        "",
    ]
    left_marks, right_marks = paragraph_marks(c, "left"), paragraph_marks(c, "right")
    for number, block in enumerate(c.blocks, 1):
        lines += _block(number, block, c, left_marks, right_marks)
    lines += ["## Dropped page furniture", ""] + _dropped("left", c.left)
    lines += _dropped("right", c.right)
    lines += [f"<sub>{escape(article_line(c.left))} · {escape(article_line(c.right))}</sub>"]
    return "\n".join(lines) + "\n"
