"""Run the whole analysis of one pair of articles: the single entry point for every presenter.

The CLI, the exporters, the API and the Textual app all call :func:`compare`, so
a pair is analysed the same way wherever it is shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from storydiff.core.align import align, banded
from storydiff.core.claims import unique_claims
from storydiff.core.figures import article_figures, pair_figures
from storydiff.core.figures.pairing import MAX_FIGURES
from storydiff.core.model import Article, Comparison, Figure, difference_counts
from storydiff.core.segment import QUICK_ARTICLE_CHARS, needs_quick_sentences
from storydiff.core.shared import find_shared
from storydiff.core.similarity import pair_weighting
from storydiff.core.worddiff import word_changes

Progress = Callable[[str, float], None]
"""Called with a step name and the fraction done (0..1); the app shows it, the CLI ignores it."""


def _no_progress(step: str, done: float) -> None:
    """Default progress sink."""


def compare(left: Article, right: Article, *, progress: Progress = _no_progress,
            timings: bool = False) -> Comparison:
    """Align, find shared text, figures and unique claims for ``left`` against ``right``.

    With ``timings``, ``stats["seconds"]`` says how long it took. Off by default so that the
    same pair always gives the same result, byte for byte, whatever the machine was doing."""
    started = time.perf_counter()
    progress("aligning paragraphs", 0.0)
    weighting = pair_weighting(left.paragraphs, right.paragraphs)  # one, for both stages
    blocks = align(left, right, weighting=weighting)
    progress("reading figures", 0.3)
    left_figures, right_figures = article_figures(left), article_figures(right)
    figures = pair_figures(left, right, left_figures, right_figures, blocks)
    progress("diffing words", 0.5)
    blocks, unrefined = word_changes(left, right, blocks, left_figures, right_figures)
    progress("finding shared wording", 0.7)
    shared = find_shared(left, right)
    progress("finding unique claims", 0.85)
    unique_left, unique_right = unique_claims(
        left, right, blocks, figures, shared, weighting=weighting
    )
    progress("done", 1.0)
    stats: dict[str, float | int | str] = {
        **difference_counts(blocks, shared, figures, unique_left, unique_right)
    }
    if timings:
        stats["seconds"] = round(time.perf_counter() - started, 4)
    notices = _notices(left, right, unrefined, (left_figures, right_figures))
    return Comparison(left, right, tuple(blocks), tuple(shared), tuple(figures),
                      tuple(unique_left), tuple(unique_right), stats, notices)


def same_text_notice(left: Article, right: Article) -> str:
    """Said when both sides have the same body: allowed (comparing a file with itself is a
    fair check), but every paragraph then matches itself, which the user should know is why
    the comparison shows no differences."""
    if left.path == right.path:
        where = f"the same file, {left.path}, is on both sides"
    else:
        where = f"{left.path} and {right.path} have the same text"
    return (f"Identical articles: {where}, so every paragraph matches itself and nothing "
            "differs.")


def _notices(
    left: Article, right: Article, unrefined: int, figures: tuple[Sequence[Figure], ...]
) -> tuple[str, ...]:
    """How the articles were read (an encoding, replaced bytes), the same text on both sides,
    and what was done more coarsely than usual because the input is huge, in the user's
    words."""
    notices = [*left.notices, *right.notices]
    if left.paragraphs == right.paragraphs:
        notices.append(same_text_notice(left, right))
    sides = list(zip(("left", "right"), (left, right), figures, strict=True))
    for side, article, _ in sides:
        if needs_quick_sentences(article):
            notices.append(
                f"The {side} article is over {QUICK_ARTICLE_CHARS:,} characters: its sentences "
                "were split by punctuation rules (faster, less exact with abbreviations).")
    if banded(left, right):
        notices.append(
            f"The articles have {len(left.paragraphs):,} and {len(right.paragraphs):,} "
            "paragraphs: they were paired in order along the path of their clearest matches, "
            "not over every combination, so a pair far off that path may show as moved.")
    if unrefined:
        notices.append(f"{unrefined} paired block(s) are shown without word-level highlights: "
                       "the word diff's size limit was reached.")
    for side, _, stated in sides:
        if len(stated) > MAX_FIGURES:
            notices.append(
                f"The {side} article states {len(stated):,} figures: the first {MAX_FIGURES:,} "
                f"were compared, the other {len(stated) - MAX_FIGURES:,} are listed unpaired.")
    return tuple(notices)
