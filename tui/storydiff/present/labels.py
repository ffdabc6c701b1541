"""The labels every presenter gives articles, overview cells, quotes and sources.

The pair and overview reports (text, Markdown, HTML) and the reader's screens name an
article, a fact cell or a quote through these helpers, so they all say the same thing in the
same words. Every piece of article text goes through :func:`visible` here; a presenter only
escapes for its own format afterwards.
"""

from __future__ import annotations

from collections import Counter

from storydiff.core.model import Article
from storydiff.core.overview.model import (
    CopyPair,
    FactCell,
    Overview,
    QuoteGroup,
    QuoteVersion,
    SourceCredit,
)
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import CELL_MARKS
from storydiff.present.wording import NO_HEADLINE, plural


def title_of(article: Article) -> str:
    """The headline as shown, never empty."""
    return visible(article.title) or NO_HEADLINE


def source_label(article: Article) -> str:
    """The outlet, and the publication date if the page gave one ("Sherwood News, 2025-03-18")."""
    dated = f", {visible(article.published)}" if article.published else ""
    return f"{visible(article.outlet)}{dated}"


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


def source_line(s: SourceCredit) -> str:
    """One credit: name, kind and the phrase that makes it."""
    return f"{visible(s.name)} ({s.kind}, {s.cue})"
