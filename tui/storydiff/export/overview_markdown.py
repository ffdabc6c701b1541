"""The Markdown overview: tables and lists that read well rendered (GitHub-flavoured).

Article text goes through :func:`storydiff.export.markdown.escape` (and ``line_safe`` where
it starts a line), so no article can add markup; the labels are the text report's.
"""

from __future__ import annotations

from storydiff.core.overview.model import ClaimGroup, Overview, QuoteGroup
from storydiff.export.markdown import escape, line_safe
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
from storydiff.present.vocabulary import CELL_WORDS, cell_key
from storydiff.present.wording import plural


def _cell(text: str) -> str:
    return escape(text) or "-"


def _articles(o: Overview, labels: list[str]) -> list[str]:
    lines = [f"# Story overview: {plural(len(o.articles), 'article')}", ""]
    lines += ["| # | outlet | headline | words |", "|---|---|---|---|"]
    for i, a in enumerate(o.articles):
        lines.append(f"| {i + 1} | {_cell(labels[i])} | {_cell(title_of(a))} | {a.words} |")
    for notice in o.notices:
        lines += ["", f"> {escape(notice)}"]
    return lines


def _facts(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", "## Facts", ""]
    if not o.facts:
        return [*lines, "No figure is stated by more than one article."]
    lines.append("| fact | " + " | ".join(_cell(x) for x in labels) + " |")
    lines.append("|---" * (len(labels) + 1) + "|")
    for r in o.facts:
        flag = " **(conflict)**" if r.conflict else ""
        cells = [_cell(cell_text(c)) if (c := r.cell(i)) else "" for i in range(len(labels))]
        lines.append(f"| {escape(r.fact)}{flag} | " + " | ".join(cells) + " |")
    lines += ["", f"{cell_key()}.", ""]
    for r in o.facts:
        lines.append(f"- **{escape(r.fact)}**")
        for c in r.cells:
            lines.append(
                f"  - {escape(labels[c.article])}: {escape(cell_text(c))} "
                f"({CELL_WORDS[c.verdict]}): {escape(c.reason)}"
            )
    return lines


def _claim(g: ClaimGroup, labels: list[str]) -> str:
    where = ", ".join(escape(labels[i]) for i in g.articles)
    return f"- {escape(g.text)} ({where})"


def _claims(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", "## Claims"]
    for i, label in enumerate(labels):
        only, missing = o.only_in(i), o.missing_only_from(i)
        if only:
            lines += ["", f"### Only in {escape(label)}", ""]
            lines += [f"- {escape(g.text)}" for g in only]
        if missing:
            lines += ["", f"### Missing only from {escape(label)}", ""]
            lines += [_claim(g, labels) for g in missing]
    shared = [g for g in o.claims if len(g.articles) > 1][:MAX_CLAIMS_LISTED]
    if shared:
        lines += ["", "### Made by several articles", ""]
        lines += [_claim(g, labels) for g in shared]
    return lines


def _copying(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", "## Shared wording", ""]
    if not o.copying:
        return [*lines, "No two articles share a passage of six words or more."]
    lines += ["| articles | shared |", "|---|---|"]
    for p in o.copying:
        pair = f"{_cell(labels[p.left])} ⇄ {_cell(labels[p.right])}"
        lines.append(f"| {pair} | {escape(share_text(p))} |")
    return lines


def _quote(q: QuoteGroup, labels: list[str]) -> list[str]:
    who = escape(q.speaker) if q.speaker else "unattributed"
    lines = ["", f"### {line_safe(who)}: {quote_counts(q)}", ""]
    if len(q.speakers) > 1:
        lines.append("Attributed to: " + ", ".join(escape(s) for s in q.speakers) + "  ")
    for k, v in enumerate(q.versions):
        text = "".join(
            f"**{escape(t)}**" if changed and t.strip() else escape(t)
            for t, changed in quote_segments(v)
        )
        ref = " (reference)" if k == q.reference else ""
        note = f" — said by {escape(speaker_text(v))}"
        if v.dropped:
            note += "; leaves out: " + escape(" ".join(v.dropped))
        lines.append(f"- {escape(labels[v.article])}{ref}: “{text}”{note}")
    return lines


def _quotes(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", "## Quotes", "", "Words in **bold** are not in the reference version."]
    for q in o.quotes:
        lines += _quote(q, labels)
    return lines


def _sources(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", "## Sources", "", "| credited | kind | by |", "|---|---|---|"]
    for name, kind, arts in credited_by(o):
        by = ", ".join(escape(labels[a]) for a in arts)
        lines.append(f"| {_cell(name)} | {kind} | {by} |")
    return lines


def render(o: Overview) -> str:
    """The whole overview as Markdown."""
    labels = article_labels(o)
    lines = _articles(o, labels)
    for section in (_facts, _claims, _copying, _quotes, _sources):
        lines += section(o, labels)
    return "\n".join(lines) + "\n"
