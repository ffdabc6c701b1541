"""The plain-text overview report, and the labels every overview presenter shares.

No ANSI, no markup: article text goes through :func:`visible`. The Markdown and HTML
overviews and the app's Overview screen use the helpers here (article labels, verdict marks,
quote segments), so they all say the same thing in the same words.
"""

from __future__ import annotations

import textwrap
from collections import Counter

from storydiff.core.overview.model import (
    ClaimGroup,
    CopyPair,
    FactCell,
    Overview,
    QuoteGroup,
    QuoteVersion,
    SourceCredit,
)
from storydiff.export.text import title_of
from storydiff.safe_text import visible
from storydiff.wording import plural

WIDTH = 100
"""Wrap width, as the pair report."""

CELL_MARKS: dict[str, str] = {
    "reference": "◆",
    "same": "=",
    "consistent": "≈",
    "conflict": "≠",
}
"""A non-colour cue per fact cell verdict (◆ marks the figure a row compares against)."""

CELL_WORDS: dict[str, str] = {
    "reference": "reference",
    "same": "same",
    "consistent": "consistent",
    "conflict": "CONFLICT",
}

MAX_CLAIMS_LISTED = 40
"""Shared claims listed in the text and Markdown reports (the JSON has all of them)."""


def article_labels(o: Overview) -> list[str]:
    """A short, unique label per article: its outlet, numbered when two share one."""
    counts = Counter(a.outlet for a in o.articles)
    seen: Counter[str] = Counter()
    labels = []
    for a in o.articles:
        seen[a.outlet] += 1
        name = visible(a.outlet) or "?"
        labels.append(f"{name} #{seen[a.outlet]}" if counts[a.outlet] > 1 else name)
    return labels


def cell_text(cell: FactCell) -> str:
    """A fact cell as mark and figure: ``≠ $600 million``."""
    return f"{CELL_MARKS.get(cell.verdict, '?')} {visible(cell.figure.text)}"


def share_text(pair: CopyPair) -> str:
    """Shared words and shares of each side; ``~`` when it is the index estimate."""
    approx = "" if pair.exact else "~"
    return (
        f"{approx}{plural(pair.words, 'word')} ({approx}{pair.left_share:.0%} / "
        f"{approx}{pair.right_share:.0%}), "
        + (plural(len(pair.passages), "passage") if pair.passages else "? passages")
    )


def quote_counts(q: QuoteGroup) -> str:
    """How many articles carry a quote and in how many wordings: "3 versions, 1 wording"."""
    return f"{plural(len(q.versions), 'version')}, {plural(q.wordings, 'wording')}"


def quote_segments(version: QuoteVersion) -> list[tuple[str, bool]]:
    """The quote as (text, changed) runs: changed runs are words the reference lacks."""
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in version.changes:
        if start > at:
            out.append((visible(version.text[at:start]), False))
        out.append((visible(version.text[start:end]), True))
        at = end
    if at < len(version.text):
        out.append((visible(version.text[at:]), False))
    return out


def speaker_text(version: QuoteVersion) -> str:
    """Who the article says said it."""
    return visible(version.speaker) if version.speaker else "(no attribution)"


def credits_by_article(o: Overview) -> list[list[tuple[str, str, int]]]:
    """Per article: (name, kind, times credited), in order of first credit."""
    out: list[list[tuple[str, str, int]]] = []
    for i in range(len(o.articles)):
        found: Counter[tuple[str, str]] = Counter()
        for s in o.sources:
            if s.article == i:
                found[s.name, s.kind] += 1
        out.append([(name, kind, n) for (name, kind), n in found.items()])
    return out


def credited_by(o: Overview) -> list[tuple[str, str, tuple[int, ...]]]:
    """(name, kind, articles crediting it), outlets and wires first, widest first."""
    seen: dict[tuple[str, str], set[int]] = {}
    for s in o.sources:
        seen.setdefault((s.name, s.kind), set()).add(s.article)
    rank = {"wire": 0, "outlet": 1, "person": 2, "anonymous": 3}
    return sorted(
        ((name, kind, tuple(sorted(arts))) for (name, kind), arts in seen.items()),
        key=lambda t: (rank.get(t[1], 4), -len(t[2]), t[0]),
    )


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


def source_line(s: SourceCredit) -> str:
    """One credit: name, kind and the phrase that makes it."""
    return f"{visible(s.name)} ({s.kind}, {s.cue})"


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
