"""The HTML report: one self-contained page with the two articles side by side.

One file, inline CSS, no JavaScript, no network (a Content-Security-Policy forbids any),
light and dark through ``prefers-color-scheme``. Every piece of article text, in element
content and in attributes alike, goes through :func:`esc` (``html.escape`` with
``quote=True`` after neutralising control characters), so no article can create a tag, an
event attribute or a link. Highlights come from :mod:`storydiff.present.spans` and glyphs
from :mod:`storydiff.present.vocabulary`, as the reader's do; each kind has a non-colour cue
(weight, italics, an underline style, a paragraph mark) and a legend.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from storydiff.core.cjk import language
from storydiff.core.model import Article, Block, Comparison, Figure, FigurePair, Side
from storydiff.present.counts import summary_counts
from storydiff.present.labels import source_label, title_of
from storydiff.present.safe_text import visible
from storydiff.present.spans import Mark, Segment, paragraph_marks, split
from storydiff.present.vocabulary import (
    BLOCK_GLYPHS,
    MOVED_GLYPH,
    UNIQUE_GLYPH,
    VERDICT_GLYPHS,
    VERDICT_WORDS,
    verdict_label,
)
from storydiff.present.wording import paragraph_number, paragraph_numbers, plural

_MARK_CLASSES = {"figure": "fig", "unique": "uniq", "shared": "shared", "change": "chg"}

CSS = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1c1c1c; --muted: #5f6368;
  --line: #d9d9d9; --panel: #f6f7f9; --link: #0b57d0; --shared: #dbe8ff; --uniq: #efe7ff;
  --conflict: #ffd6d1; --agree: #d3f5dc; --alone: #fff0c2; --chg: #eeeeee; }
@media (prefers-color-scheme: dark) { :root { --bg: #15181c; --fg: #e3e3e3; --muted: #a0a4a8;
  --line: #3a3f45; --panel: #1e2227; --link: #8ab4f8; --shared: #1f3552; --uniq: #352a4d;
  --conflict: #5c2320; --agree: #1d4a2b; --alone: #4d4018; --chg: #2c3036; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1500px; padding: 1rem 1.5rem 3rem; background: var(--bg);
  color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: var(--link); }
h1 { font-size: 1.45rem; margin: .5rem 0 1rem; } h1 .vs { color: var(--muted); font-weight: 400; }
h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
  border-top: 1px solid var(--line); }
th { background: var(--panel); font-weight: 600; }
.meta td:first-child, .meta th:first-child { width: 7rem; }
.path { font-family: ui-monospace, monospace; font-size: .85em; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; list-style: none; }
.counts li { background: var(--panel); border: 1px solid var(--line); border-radius: 1rem;
  padding: .05rem .7rem; font-size: .9rem; } .counts b { font-variant-numeric: tabular-nums; }
.notices { border-left: 4px solid var(--muted); padding: .2rem 1rem; background: var(--panel); }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.4rem; font-size: .9rem; padding: 0;
  list-style: none; }
table.aligned { table-layout: fixed; }
.aligned td.gutter, .aligned th.gutter { width: 3.6rem; text-align: center; color: var(--muted);
  font-family: ui-monospace, monospace; }
.aligned td.gutter .sym { display: block; font-size: 1.2rem; color: var(--fg); }
.aligned tr.k-left_only td.gutter, .aligned tr.k-right_only td.gutter { font-weight: 700; }
.aligned tr.k-moved td { border-top-style: dashed; }
.aligned td.absent { color: var(--muted); font-style: italic; background: var(--panel); }
.para { margin: 0 0 .6rem; } .para:last-child { margin-bottom: 0; }
.pno { font-size: .75rem; color: var(--muted); text-decoration: none; margin-right: .3rem;
  font-family: ui-monospace, monospace; }
.flag { font-size: .75rem; font-weight: 700; margin-right: .3rem; }
.note { font-size: .85rem; color: var(--muted); margin: 0 0 .4rem; }
.chg { background: var(--chg); text-decoration: underline solid 1px; text-underline-offset: 3px;
  text-decoration-color: var(--muted); }
.shared { background: var(--shared); text-decoration: underline dotted 2px;
  text-underline-offset: 3px; }
.uniq { background: var(--uniq); font-style: italic; text-decoration: underline dashed 1px;
  text-underline-offset: 3px; }
.fig { font-weight: 700; border-radius: 3px; padding: 0 .1em; }
.fig.v-conflict { background: var(--conflict); text-decoration: underline wavy 1.5px; }
.fig.v-consistent, .fig.v-same { background: var(--agree); text-decoration: underline double; }
.fig.v-left_only, .fig.v-right_only { background: var(--alone); text-decoration: none; }
.verdict { white-space: nowrap; font-weight: 600; }
blockquote { margin: .4rem 0 .2rem; padding: .2rem .9rem; border-left: 4px solid var(--line); }
.where { font-size: .85rem; color: var(--muted); margin: 0 0 .8rem; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
@media (max-width: 800px) { .columns { grid-template-columns: 1fr; } }
details { margin: .5rem 0; } summary { cursor: pointer; font-weight: 600; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); }
"""
"""The whole style sheet; colours are variables so the dark scheme swaps them in one place."""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"
"""No scripts, fetches, images or forms, even if escaping were ever to fail."""


def esc(text: str) -> str:
    """Article text as inert HTML: control characters made visible, then fully escaped.

    >>> esc('<img src=x onerror="a">')
    '&lt;img src=x onerror=&quot;a&quot;&gt;'
    """
    return html.escape(visible(text), quote=True)


def _attr_class(prefix: str, code: str, known: Iterable[str]) -> str:
    """A CSS class from a code, only if it is one we know (codes never carry article text)."""
    return f"{prefix}{code}" if code in known else f"{prefix}other"


def _span(seg: Segment) -> str:
    """One segment as text or a classed, titled ``<span>``."""
    if not seg.marks:
        return esc(seg.text)
    classes = [_MARK_CLASSES.get(m.kind, "chg") for m in reversed(seg.marks)]
    figure = next((m for m in seg.marks if m.kind == "figure"), None)
    if figure is not None:
        classes.append(_attr_class("v-", figure.detail, VERDICT_WORDS))
    title = "\n".join(dict.fromkeys(visible(m.note) for m in seg.marks if m.note))
    return (
        f'<span class="{" ".join(dict.fromkeys(classes))}" title="{esc(title)}">'
        f"{esc(seg.text)}</span>"
    )


def _flags(marks: list[Mark]) -> str:
    """Paragraph-level marks: a conflict (≠) or a unique claim (◆) is somewhere inside."""
    out = []
    if any(m.kind == "figure" and m.detail == "conflict" for m in marks):
        glyph = VERDICT_GLYPHS["conflict"]
        out.append(f'<span class="flag" title="a figure here conflicts">{glyph}</span>')
    if any(m.kind == "unique" for m in marks):
        out.append(
            f'<span class="flag" title="a claim only this article makes">{UNIQUE_GLYPH}</span>'
        )
    return "".join(out)


def _paragraph(side: Side, article: Article, index: int, marks: dict[int, list[Mark]]) -> str:
    pid = f"{side[0]}{index}"
    if not 0 <= index < len(article.paragraphs):
        return f'<p class="para" id="{pid}">(missing paragraph {paragraph_number(index)})</p>'
    mine = marks.get(index, [])
    text = article.paragraphs[index]
    body = "".join(_span(s) for s in split(text, mine))
    return (
        f'<p class="para" id="{pid}"{_script_attrs(text)}>'
        f'<a class="pno" href="#{pid}">{paragraph_number(index)}</a>'
        f"{_flags(mine)}{body}</p>"
    )


def _script_attrs(text: str) -> str:
    """``lang`` for Chinese, Japanese or Korean text (browsers draw some ideographs differently
    by language) and ``dir="auto"`` for text with Hebrew or Arabic letters (the browser then
    sets the paragraph right to left when it starts in them); nothing for other text."""
    if text.isascii():
        return ""
    lang = language(text)
    attrs = f' lang="{lang}"' if lang else ""
    return attrs + (' dir="auto"' if _RIGHT_TO_LEFT.search(text) else "")


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _moved_note(block: Block, rows_of_right: dict[int, int]) -> str:
    """Where a moved block's right paragraphs stand in the right article's own order."""
    first, last = min(block.right), max(block.right)
    parts = []
    if first - 1 in rows_of_right:
        parts.append(
            f'after {paragraph_number(first - 1)} (<a href="#b{rows_of_right[first - 1]}">row '
            f"{rows_of_right[first - 1]}</a>)"
        )
    if last + 1 in rows_of_right:
        parts.append(
            f'before {paragraph_number(last + 1)} (<a href="#b{rows_of_right[last + 1]}">row '
            f"{rows_of_right[last + 1]}</a>)"
        )
    where = " and ".join(parts) or "on its own"
    return f'<p class="note">{MOVED_GLYPH} moved: the right article has this {where}</p>'


def _cell(side: Side, block: Block, c: Comparison, marks: dict[int, list[Mark]], note: str) -> str:
    article = c.left if side == "left" else c.right
    indices = block.left if side == "left" else block.right
    if not indices:
        return f'<td class="side absent">not in the {side} article</td>'
    paras = "".join(_paragraph(side, article, i, marks) for i in indices)
    return f'<td class="side {side}">{note}{paras}</td>'


def _aligned(c: Comparison) -> str:
    left_marks, right_marks = paragraph_marks(c, "left"), paragraph_marks(c, "right")
    rows_of_right = {i: n for n, b in enumerate(c.blocks, 1) for i in b.right}
    rows = []
    for n, block in enumerate(c.blocks, 1):
        symbol, meaning = BLOCK_GLYPHS.get(block.kind, ("?", "unknown block kind"))
        similarity = f"{block.similarity:.2f}" if block.left and block.right else ""
        left_note = right_note = ""
        if block.kind == "moved" and block.right:
            right_note = _moved_note(block, rows_of_right)
            left_note = (
                f'<p class="note">{MOVED_GLYPH} counterpart: right '
                f"{paragraph_numbers(block.right)}, "
                "out of order</p>"
            )
        rows.append(
            f'<tr id="b{n}" class="{_attr_class("k-", block.kind, BLOCK_GLYPHS)}">'
            f'<td class="gutter" title="{meaning}"><span class="sym">{symbol}</span>{n}'
            f"<br>{similarity}</td>{_cell('left', block, c, left_marks, left_note)}"
            f"{_cell('right', block, c, right_marks, right_note)}</tr>"
        )
    head = (
        f'<tr><th class="gutter">row</th><th>left: {esc(source_label(c.left))}</th>'
        f"<th>right: {esc(source_label(c.right))}</th></tr>"
    )
    return (
        f'<table class="aligned"><thead>{head}</thead><tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table>"
    )


def _figure_cell(figure: Figure | None, side: Side) -> str:
    if figure is None:
        return "<td>-</td>"
    pid = f"{side[0]}{figure.paragraph}"
    number = paragraph_number(figure.paragraph)
    return f'<td>{esc(figure.text)} <a class="pno" href="#{pid}">{number}</a></td>'


def _figure_row(pair: FigurePair) -> str:
    verdict = f'<td class="verdict">{esc(verdict_label(pair.kind))}</td>'
    return (
        f'<tr class="{_attr_class("v-", pair.kind, VERDICT_WORDS)}">'
        f"<td>{esc(pair.fact or '')}</td>{_figure_cell(pair.left, 'left')}"
        f"{_figure_cell(pair.right, 'right')}{verdict}<td>{esc(pair.reason)}</td></tr>"
    )


def _figures(c: Comparison) -> str:
    if not c.figures:
        return "<h2>Figures</h2><p>No figures found.</p>"
    rows = "\n".join(_figure_row(p) for p in c.figures)
    return (
        "<h2>Figures</h2><table><thead><tr><th>fact</th><th>left</th><th>right</th>"
        f"<th>verdict</th><th>reason</th></tr></thead><tbody>\n{rows}\n</tbody></table>"
    )


def _shared(c: Comparison) -> str:
    if not c.shared:
        return "<h2>Shared passages</h2><p>No shared wording found.</p>"
    items = [
        f'<li><blockquote>{esc(p.text)}</blockquote><p class="where">'
        f'<a href="#l{p.left.paragraph}">left {paragraph_number(p.left.paragraph)}</a> · '
        f'<a href="#r{p.right.paragraph}">right {paragraph_number(p.right.paragraph)}</a> · '
        f"{plural(p.words, 'word')}, similarity {p.similarity:.2f}</p></li>"
        for p in c.shared
    ]
    return "<h2>Shared passages</h2><ol>\n" + "\n".join(items) + "\n</ol>"


def _claims(c: Comparison) -> str:
    columns = []
    for side, article, sentences in (
        ("left", c.left, c.unique_left),
        ("right", c.right, c.unique_right),
    ):
        items = [
            f'<li><a class="pno" href="#{side[0]}{s.paragraph}">{paragraph_number(s.paragraph)}</a>'
            f"{esc(s.text)}</li>"
            for s in sentences
        ] or ["<li>None.</li>"]
        columns.append(
            f"<div><h3>Only the {side} article ({esc(article.outlet)})</h3>"
            f"<ul>{''.join(items)}</ul></div>"
        )
    return f'<h2>Unique claims</h2><div class="columns">{"".join(columns)}</div>'


def _dropped(c: Comparison) -> str:
    parts = []
    for side, article in (("left", c.left), ("right", c.right)):
        items = "".join(f"<li>{esc(d)}</li>" for d in article.dropped) or "<li>Nothing.</li>"
        parts.append(
            f"<details><summary>Dropped from the {side} article "
            f"({plural(len(article.dropped), 'line')})</summary><ul>{items}</ul></details>"
        )
    return "<h2>Dropped page furniture</h2>" + "".join(parts)


def _legend() -> str:
    g = VERDICT_GLYPHS
    samples = [
        ("fig v-conflict", f"{g['conflict']} figure in conflict (bold, wavy underline)"),
        ("fig v-consistent", f"{g['same']} {g['consistent']} figure that agrees (bold, double "
         "underline)"),
        ("fig v-left_only", f"{g['left_only']} figure with no counterpart (bold)"),
        ("uniq", f"{UNIQUE_GLYPH} claim only this article makes (italic, dashed underline)"),
        ("shared", "wording both articles share (dotted underline)"),
        ("chg", "words that differ in paired paragraphs (thin underline)"),
    ]
    items = "".join(f'<li><span class="{cls}">{text}</span></li>' for cls, text in samples)
    gutter = "".join(f"<li>{sym} {meaning}</li>" for sym, meaning in BLOCK_GLYPHS.values())
    return (
        f'<h2>Legend</h2><ul class="legend">{items}</ul><ul class="legend">{gutter}'
        "<li>¶N: paragraph N, counted from 1 as in the reader and <code>storydiff clean</code>"
        "</li></ul>"
    )


def _source(a: Article) -> str:
    """The outlet cell: outlet, then the date, byline and original address the page gave."""
    out = esc(a.outlet)
    if a.published:
        out += f'<br><time datetime="{esc(a.published)}">{esc(a.published)}</time>'
    if a.author:
        out += f"<br>by {esc(a.author)}"
    if a.url.lower().startswith(("http://", "https://")):  # never another scheme in an href
        out += f'<br><a class="path" href="{esc(a.url)}" rel="noreferrer">original page</a>'
    return out


def _header(c: Comparison) -> str:
    rows = "".join(
        f"<tr><th>{side}</th><td>{_source(a)}</td><td>{esc(title_of(a))}</td>"
        f'<td class="path">{esc(a.path)}</td><td>{len(a.paragraphs)}</td><td>{a.words}</td></tr>'
        for side, a in (("left", c.left), ("right", c.right))
    )
    chips = "".join(f"<li>{label} <b>{n}</b></li>" for label, n in summary_counts(c))
    stats = "".join(f"<li>{esc(str(k))} <b>{esc(str(v))}</b></li>" for k, v in c.stats.items())
    notices = "".join(f"<li>{esc(n)}</li>" for n in c.notices)
    return (
        f'<h1>{esc(title_of(c.left))} <span class="vs">vs</span> {esc(title_of(c.right))}'
        '</h1><table class="meta"><thead><tr><th></th><th>outlet</th><th>title</th>'
        f"<th>file</th><th>paragraphs</th><th>words</th></tr></thead><tbody>{rows}</tbody>"
        f'</table><ul class="counts">{chips}</ul>'
        + (
            f'<details><summary>All statistics</summary><ul class="counts">{stats}</ul></details>'
            if stats
            else ""
        )
        + (f'<div class="notices"><ul>{notices}</ul></div>' if notices else "")
    )


def render(c: Comparison) -> str:
    """The HTML exporter: a whole ``<!doctype html>`` page as one string."""
    title = f"storydiff: {title_of(c.left)} vs {title_of(c.right)}"
    body = "\n".join(
        [
            _header(c),
            _legend(),
            _figures(c),
            "<h2>Aligned paragraphs</h2>",
            _aligned(c),
            _shared(c),
            _claims(c),
            _dropped(c),
            "<footer>Written by storydiff. Hover a highlight for its reason.</footer>",
        ]
    )
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )
