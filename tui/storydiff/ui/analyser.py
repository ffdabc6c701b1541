"""The reader's analysis calls, and where each runs: in the worker's thread, or in a child
process when the work is big enough to make the keys lag (see :mod:`storydiff.ui.offload`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storydiff.core.compare import compare
from storydiff.core.model import Article, Comparison
from storydiff.core.overview import Overview, build_overview
from storydiff.ui.offload import Progress, call_in_process, worth_a_process

CompareFn = Callable[..., Comparison]
"""``compare(left, right, *, progress)``; injectable so tests and snapshots pin the analysis."""
OverviewFn = Callable[..., Overview]
"""``build_overview(articles, *, progress)``; injectable like ``compare``."""
Cancelled = Callable[[], bool]
"""Asked while a child process works: true once the caller stopped waiting."""

PAIR_MIN_CHARS = 400_000
"""Compare a pair in a child process from this many characters (both sides) on: about 2 s of
work (a 100k + 100k pair takes about 1 s), so the child's 0.4 s start is a small share and
the keys would otherwise lag for the whole wait."""

OVERVIEW_MIN_CHARS = 100_000
"""Build the overview in a child process from this many characters of article text on. The
overview costs about 10 microseconds a character (24 corpus articles, 37k characters: 0.5 s;
200 synthetic articles, 1.2M characters: 12 s), and starting the child about 0.4 s; from
100k characters (about a second of work) the build would make the reader's keys lag
(measured: opening the article list took 3 s instead of 0.4 s during a 200-article build)."""


@dataclass(frozen=True)
class Analyser:
    """Runs ``compare`` and ``build_overview`` for the reader. Only the project's own
    functions go to a child process: an injected one (a test's) may not be importable by
    name there, and is pinned to run here."""

    compare: CompareFn = compare
    overview: OverviewFn = build_overview

    def compare_pair(
        self, left: Article, right: Article, progress: Progress, cancelled: Cancelled
    ) -> Comparison:
        """The comparison of ``left`` with ``right``."""
        if self.compare is compare and worth_a_process((left, right), PAIR_MIN_CHARS):
            return call_in_process(compare, left, right, progress=progress, cancelled=cancelled)
        return self.compare(left, right, progress=progress)

    def build_overview(
        self, articles: Sequence[Article], progress: Progress, cancelled: Cancelled
    ) -> Overview:
        """The overview of ``articles``."""
        if self.overview is build_overview and worth_a_process(articles, OVERVIEW_MIN_CHARS):
            return call_in_process(build_overview, articles, progress=progress, cancelled=cancelled)
        return self.overview(articles, progress=progress)
