"""The plain-text overview report.

No ANSI, no markup: article text goes through :func:`visible`. Its labels (articles, verdict
marks, quote counts) come from :mod:`storydiff.present`, as the Markdown and HTML overviews'
and the reader's Overview screen's do, so they all say the same thing in the same words.
"""

from __future__ import annotations

import textwrap

from storydiff.core.overview.model import ClaimGroup, Overview, QuoteGroup
from storydiff.present.labels import (
    article_labels,
    cell_text,
    credited_by,
    credits_by_article,
    quote_counts,
    share_text,
    speaker_text,
    title_of,
)
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import CELL_WORDS
from storydiff.present.wording import plural

WIDTH = 100
"""Wrap width, as the pair report."""

MAX_CLAIMS_LISTED = 40
"""Shared claims listed in the text and Markdown reports (the JSON has all of them)."""


def _wrap(text: str, indent: str, *, first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _articles(o: Overview, labels: list[str]) -> list[str]:
    lines = [f"STORY OVERVIEW: {plural(len(o.articles), 'article')}", ""]
    for i, a in enumerate(o.articles):
        lines += _wrap(f"[{i + 1}] {labels[i]}: {title_of(a)} ({plural(a.words, 'word')})", "")
    return lines


def _facts(o: Overview, labels: list[str]) -> list[str]:
    conflicts = sum(r.conflict for r in o.facts)
    lines = ["", f"FACTS ({len(o.facts)} stated by several articles, {conflicts} in conflict)"]
    for r in o.facts:
        flag = "CONFLICT" if r.conflict else "agree"
        lines.append(f"  {visible(r.fact)} - {plural(r.values, 'value')}, {flag}")
        for c in r.cells:
            lines += _wrap(
                f"{labels[c.article]}: {cell_text(c)} ({CELL_WORDS[c.verdict]}) "
                f"- {visible(c.reason)}",
                "    ",
            )
    return lines


def _claim_line(g: ClaimGroup, labels: list[str]) -> list[str]:
    where = ", ".join(labels[i] for i in g.articles)
    return _wrap(f"{visible(g.text)} [{where}]", "    ")


def _claims(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", f"CLAIMS ({len(o.claims)})"]
    for i, label in enumerate(labels):
        only = o.only_in(i)
        if only:
            lines.append(f"  Only in {label} ({len(only)}):")
            for g in only:
                lines += _wrap(visible(g.text), "      ", first="    - ")
        missing = o.missing_only_from(i)
        if missing:
            lines.append(f"  Missing only from {label} ({len(missing)}):")
            for g in missing:
                lines += _claim_line(g, labels)
    shared = [g for g in o.claims if len(g.articles) > 1][:MAX_CLAIMS_LISTED]
    if shared:
        lines.append("  Made by several articles:")
        for g in shared:
            lines += _claim_line(g, labels)
    return lines


def _copying(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", f"SHARED WORDING ({plural(len(o.copying), 'pair')})"]
    for p in o.copying:
        lines.append(f"  {labels[p.left]} <-> {labels[p.right]}: {share_text(p)}")
    return lines


def _quote(q: QuoteGroup, labels: list[str]) -> list[str]:
    who = visible(q.speaker) if q.speaker else "unattributed"
    lines = [f"  {who}: {quote_counts(q)}"]
    if len(q.speakers) > 1:
        lines.append(f"    attributed to: {', '.join(visible(s) for s in q.speakers)}")
    for k, v in enumerate(q.versions):
        ref = " (reference)" if k == q.reference else ""
        lines += _wrap(f'{labels[v.article]}{ref}: "{visible(v.text)}"', "    ")
        notes = [f"said by {speaker_text(v)}"]
        if v.changes:
            notes.append(
                "words not in the reference: "
                + ", ".join(visible(v.text[s:e]) for s, e in v.changes)
            )
        if v.dropped:
            notes.append("leaves out: " + " ".join(visible(w) for w in v.dropped))
        lines += _wrap("; ".join(notes), "      ")
    return lines


def _quotes(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", f"QUOTES ({len(o.quotes)})"]
    for q in o.quotes:
        lines += _quote(q, labels)
    return lines


def _sources(o: Overview, labels: list[str]) -> list[str]:
    lines = ["", "SOURCES"]
    for i, found in enumerate(credits_by_article(o)):
        names = ", ".join(f"{visible(n)} ({k})" for n, k, _ in found) or "none found"
        lines += _wrap(f"{labels[i]}: {names}", "  ")
    differing = [t for t in credited_by(o) if len(t[2]) < len(o.articles)]
    if differing:
        lines.append("  Credited by some articles only:")
        for name, kind, arts in differing:
            lines += _wrap(
                f"{visible(name)} ({kind}): {', '.join(labels[a] for a in arts)}", "    "
            )
    return lines


def render(o: Overview) -> str:
    """The whole overview as plain text."""
    labels = article_labels(o)
    lines = _articles(o, labels)
    for notice in o.notices:
        lines += _wrap(f"note: {visible(notice)}", "")
    for section in (_facts, _claims, _copying, _quotes, _sources):
        lines += section(o, labels)
    return "\n".join(lines) + "\n"
