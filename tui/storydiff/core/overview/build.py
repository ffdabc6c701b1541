"""Build the overview of many articles: the one entry point for the CLI, exporters and app.

Work grows with the story, not with the square of it: words are indexed once
(:mod:`index`), sentences segmented once (over every core when there are many), and only
pairs sharing wording are searched for passages. Each step reports progress so the app can
show it; the expensive steps have work bounds (by size, never by the clock, so the same
articles give the same overview) and say in ``notices`` when one was reached.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from storydiff.core.compare import Progress, same_text_notice
from storydiff.core.figures import article_figures
from storydiff.core.model import Article
from storydiff.core.overview.copying import copy_pairs
from storydiff.core.overview.coverage import claim_groups, with_fact_echoes
from storydiff.core.overview.facts import fact_rows
from storydiff.core.overview.index import index_words, story_sentences, story_weighting
from storydiff.core.overview.model import Overview
from storydiff.core.overview.quotes import article_quotes, quote_groups
from storydiff.core.overview.sources import story_sources


def _no_progress(step: str, done: float) -> None:
    """Default progress sink."""


def build_overview(articles: Sequence[Article], *, progress: Progress | None = None,
                   timings: bool = False) -> Overview:
    """Facts, claims, copying, quotes and sources across ``articles`` (two or more).

    With ``timings``, ``stats`` also holds the seconds taken, in all and by step; off by
    default so that the same articles always give the same overview, byte for byte."""
    report = progress or _no_progress
    started = time.perf_counter()
    articles = tuple(articles)
    marks: dict[str, float] = {}

    def timed(step: str, done: float) -> None:
        marks[step] = time.perf_counter()
        report(step, done)

    timed("reading sentences", 0.0)
    sentences = story_sentences(articles)
    timed("indexing shared words", 0.2)
    index = index_words(articles)
    timed("reading figures", 0.25)
    figures = [article_figures(a) for a in articles]
    timed("building the fact table", 0.35)
    facts, facts_complete = fact_rows(articles, figures)
    timed("grouping claims", 0.5)
    claims = with_fact_echoes(claim_groups(sentences, story_weighting(articles)), facts)
    timed("finding shared wording", 0.65)
    copying, exact, unlisted = copy_pairs(
        articles, index, tick=lambda f: report("finding shared wording", 0.65 + 0.2 * f)
    )
    timed("comparing quotes", 0.85)
    quotes = quote_groups(
        [q for i, a in enumerate(articles) for q in article_quotes(i, a, sentences[i])]
    )
    timed("reading sources", 0.95)
    sources = story_sources(articles)
    timed("done", 1.0)
    notices = (
        _input_notices(articles)
        + _fact_notices(facts_complete)
        + _copying_notices(exact, len(copying), unlisted)
    )
    stats: dict[str, float | int | str] = {
        "articles": len(articles),
        "words": sum(a.words for a in articles),
        "facts": len(facts),
        "fact_conflicts": sum(r.conflict for r in facts),
        "claims": len(claims),
        "single_article_claims": sum(len(g.articles) == 1 and not g.echoes for g in claims),
        "copy_pairs": len(copying),
        "copy_pairs_unlisted": unlisted,
        "quotes": len(quotes),
        "sources": len(sources),
    }
    if timings:
        stats["seconds"] = round(time.perf_counter() - started, 3)
        steps = list(marks)
        for a, b in zip(steps, steps[1:], strict=False):
            stats[f"seconds_{a.replace(' ', '_')}"] = round(marks[b] - marks[a], 3)
    return Overview(
        articles,
        tuple(facts),
        tuple(claims),
        tuple(copying),
        tuple(quotes),
        tuple(sources),
        stats,
        notices,
    )


def _input_notices(articles: Sequence[Article]) -> tuple[str, ...]:
    """How each article was read (an encoding, replaced bytes), and articles given twice or
    with identical text: allowed, but each such pair then counts as copying all its words."""
    notices = list(dict.fromkeys(n for a in articles for n in a.notices))
    first: dict[tuple[str, ...], Article] = {}
    for article in articles:
        earlier = first.setdefault(article.paragraphs, article)
        if earlier is not article:
            notices.append(same_text_notice(earlier, article))
    return tuple(notices)


def _fact_notices(complete: bool) -> tuple[str, ...]:
    """What the reader should know about the fact table: pairings its work bound cut."""
    if complete:
        return ()
    return (
        "The fact table is incomplete: matching figures between articles reached its size "
        "limit, so some articles' figures are missing from it; open a pair to compare them.",
    )


def _copying_notices(exact: bool, listed: int, unlisted: int) -> tuple[str, ...]:
    """What the reader should know about the copying list: estimates, and pairs left out."""
    notices = []
    if unlisted:
        notices.append(
            f"Copying lists the {listed:,} pairs estimated to share the most wording; "
            f"{unlisted:,} more pairs share a run of six words or more. Open any pair to see "
            "its passages."
        )
    if not exact:
        notices.append(
            "Some article pairs show estimated shared wording (the search for exact passages "
            "reached its size limit); open a pair to see its passages."
        )
    return tuple(notices)
