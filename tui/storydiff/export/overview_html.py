"""The HTML overview: one self-contained page (the pair report's style sheet and policy).

Every piece of article text goes through :func:`storydiff.export.html.esc`; the page has no
script, no link and no fetch (the pair report's Content-Security-Policy). Verdicts carry a
mark (◆ = ≈ ≠) as well as a colour.
"""

from __future__ import annotations

from storydiff.core.overview.model import FactRow, Overview, QuoteGroup
from storydiff.export.html import CSP, CSS, esc
from storydiff.export.overview_text import MAX_CLAIMS_LISTED
from storydiff.present.labels import (
    article_labels,
    cell_text,
    credited_by,
    quote_counts,
    quote_segments,
    share_text,
    speaker_text,
    title_of,
)
from storydiff.present.vocabulary import CELL_WORDS, cell_key, verdict_label
from storydiff.present.wording import plural

EXTRA_CSS = """
td.v-conflict { background: var(--conflict); font-weight: 700; }
td.v-consistent, td.v-same { background: var(--agree); }
td.v-reference { font-weight: 700; outline: 2px solid var(--line); }
.q-change { font-weight: 700; text-decoration: underline wavy 1px; background: var(--chg); }
.muted { color: var(--muted); }
"""
"""Overview-only styles, on top of the pair report's variables."""

_CLASSES = {"reference", "same", "consistent", "conflict"}


def _articles(o: Overview, labels: list[str]) -> str:
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{esc(labels[i])}</td><td>{esc(title_of(a))}</td>"
        f'<td class="path">{esc(a.path)}</td><td>{a.words}</td></tr>'
        for i, a in enumerate(o.articles)
    )
    notices = "".join(f"<li>{esc(n)}</li>" for n in o.notices)
    return (
        f'<h1>Story overview: {plural(len(o.articles), "article")}</h1>'
        '<table class="meta"><thead><tr>'
        "<th>#</th><th>outlet</th><th>headline</th><th>file</th><th>words</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        + (f'<div class="notices"><ul>{notices}</ul></div>' if notices else "")
    )


def _fact_row(r: FactRow, n: int) -> str:
    cells = []
    for i in range(n):
        c = r.cell(i)
        if c is None:
            cells.append('<td class="muted">–</td>')
            continue
        cls = c.verdict if c.verdict in _CLASSES else ""
        cells.append(
            f'<td class="v-{cls}" title="{esc(CELL_WORDS[c.verdict] + ": " + c.reason)}">'
            f"{esc(cell_text(c))}</td>"
        )
    flag = f' <span class="verdict">{verdict_label("conflict")}</span>' if r.conflict else ""
    return f"<tr><th>{esc(r.fact)}{flag}</th>{''.join(cells)}</tr>"


def _facts(o: Overview, labels: list[str]) -> str:
    if not o.facts:
        return "<h2>Facts</h2><p>No figure is stated by more than one article.</p>"
    head = "".join(f"<th>{esc(x)}</th>" for x in labels)
    rows = "".join(_fact_row(r, len(labels)) for r in o.facts)
    reasons = "".join(
        f"<li><b>{esc(r.fact)}</b><ul>"
        + "".join(
            f"<li>{esc(labels[c.article])}: {esc(cell_text(c))} — {esc(c.reason)}</li>"
            for c in r.cells
        )
        + "</ul></li>"
        for r in o.facts
    )
    return (
        f"<h2>Facts</h2><table><thead><tr><th>fact</th>{head}</tr></thead><tbody>{rows}"
        f'</tbody></table><p class="note">{cell_key()}. Hover a cell for its reason.</p>'
        "<details><summary>Reasons</summary><ul>"
        f"{reasons}</ul></details>"
    )


def _claims(o: Overview, labels: list[str]) -> str:
    parts = ["<h2>Claims</h2>"]
    for i, label in enumerate(labels):
        only, missing = o.only_in(i), o.missing_only_from(i)
        if only:
            items = "".join(f"<li>{esc(g.text)}</li>" for g in only)
            parts.append(f"<h3>Only in {esc(label)}</h3><ul>{items}</ul>")
        if missing:
            items = "".join(f"<li>{esc(g.text)}</li>" for g in missing)
            parts.append(f"<h3>Missing only from {esc(label)}</h3><ul>{items}</ul>")
    shared = [g for g in o.claims if len(g.articles) > 1][:MAX_CLAIMS_LISTED]
    if shared:
        items = "".join(
            f'<li>{esc(g.text)} <span class="muted">'
            f"({esc(', '.join(labels[i] for i in g.articles))})</span></li>"
            for g in shared
        )
        parts.append(f"<h3>Made by several articles</h3><ul>{items}</ul>")
    return "".join(parts)


def _copying(o: Overview, labels: list[str]) -> str:
    if not o.copying:
        return "<h2>Shared wording</h2><p>No two articles share a passage of six words.</p>"
    rows = "".join(
        f"<tr><td>{esc(labels[p.left])} ⇄ {esc(labels[p.right])}</td>"
        f"<td>{esc(share_text(p))}</td></tr>"
        for p in o.copying
    )
    return (
        "<h2>Shared wording</h2><table><thead><tr><th>articles</th><th>shared</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _quote(q: QuoteGroup, labels: list[str]) -> str:
    who = esc(q.speaker) if q.speaker else "unattributed"
    items = []
    for k, v in enumerate(q.versions):
        text = "".join(
            f'<span class="q-change">{esc(t)}</span>' if changed else esc(t)
            for t, changed in quote_segments(v)
        )
        ref = " (reference)" if k == q.reference else ""
        dropped = f"; leaves out: {esc(' '.join(v.dropped))}" if v.dropped else ""
        items.append(
            f"<li><b>{esc(labels[v.article])}</b>{ref}: “{text}” "
            f'<span class="muted">— said by {esc(speaker_text(v))}{dropped}</span></li>'
        )
    speakers = f"<p>Attributed to: {esc(', '.join(q.speakers))}</p>" if len(q.speakers) > 1 else ""
    return (
        f"<h3>{who}: {quote_counts(q)}</h3>{speakers}"
        f"<ul>{''.join(items)}</ul>"
    )


def _quotes(o: Overview, labels: list[str]) -> str:
    return (
        '<h2>Quotes</h2><p class="note">Underlined bold words are not in the reference '
        "version.</p>" + "".join(_quote(q, labels) for q in o.quotes)
    )


def _sources(o: Overview, labels: list[str]) -> str:
    rows = "".join(
        f"<tr><td>{esc(name)}</td><td>{esc(kind)}</td>"
        f"<td>{esc(', '.join(labels[a] for a in arts))}</td></tr>"
        for name, kind, arts in credited_by(o)
    )
    return (
        "<h2>Sources</h2><table><thead><tr><th>credited</th><th>kind</th><th>by</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def render(o: Overview) -> str:
    """The whole overview as a ``<!doctype html>`` page."""
    labels = article_labels(o)
    body = "\n".join(
        [
            _articles(o, labels),
            _facts(o, labels),
            _claims(o, labels),
            _copying(o, labels),
            _quotes(o, labels),
            _sources(o, labels),
            "<footer>Written by storydiff.</footer>",
        ]
    )
    title = f"storydiff overview: {plural(len(o.articles), 'article')}"
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}{EXTRA_CSS}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
