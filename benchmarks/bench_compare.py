"""Time storydiff's full comparison against what a user would otherwise run, in the same process.

Run on demand (not part of the test suite):

    python benchmarks/bench_compare.py            # seeds and corpora, every pair in a folder
    python benchmarks/bench_compare.py --repeat 5

For every pair of articles in each folder it measures, best of ``--repeat`` runs:

- ``storydiff``: ``storydiff.core.compare.compare`` on already-loaded articles (alignment,
  word diff, shared passages, figures, unique claims);
- ``difflib``: ``difflib.HtmlDiff().make_file`` on the same cleaned paragraphs (one line each),
  the side-by-side view a Python user reaches for first;
- ``redlines``: ``Redlines(left, right).output_markdown`` on the joined paragraphs, a word-level
  redline (skipped if the optional ``bench`` extra is not installed).

It prints per-folder medians and maxima, and the ratio of the storydiff total to each other
tool's total over the same pairs.

With ``--session`` it also times a reader's session on each folder: memos cleared once, at
the folder's start, then every pair compared in turn, so each article's own analysis
(sentences, terms, figures, labels) is paid once, not once per pair, as when a user opens a
folder and browses its pairs. That is a different scenario from the cold pairs above, which
remain the measure of one comparison.

Caches are cold for storydiff on every run, as for a pair the user has not opened before:
before each run every memo of text-derived results in ``storydiff`` (paragraph sentences,
terms, word keys, pair weightings, and any other ``functools.lru_cache`` in the package) is
cleared. Only process-wide one-offs (``maxsize=1``: pysbd's compiled segmenter) and Python's
own compiled-regex cache stay warm, as they are in the reader after its first pair; the cost
of a fresh process is what ``bench_scale.py`` (one cold run per subprocess) and
``bench_startup.py`` measure.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from storydiff.core.compare import compare
from storydiff.core.model import Article
from storydiff.sources.load import load_paths

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "seeds", *sorted((ROOT.parent / "shared" / "corpora").glob("*/"))]


def cold_caches() -> int:
    """Clear every memo of text-derived results in the storydiff package; how many."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("storydiff"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and hasattr(value, "cache_clear") and info().maxsize != 1:
                value.cache_clear()
                cleared += 1
    return cleared


def _best_of(repeat: int, run: Callable[[], object], *, cold: bool = False) -> float:
    times = []
    for _ in range(repeat):
        if cold:
            cold_caches()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def _difflib(left: Article, right: Article) -> object:
    return difflib.HtmlDiff().make_file(list(left.paragraphs), list(right.paragraphs))


def _redlines_runner() -> Callable[[Article, Article], object] | None:
    try:
        from redlines import Redlines
    except ImportError:
        return None
    return lambda a, b: (
        Redlines("\n\n".join(a.paragraphs), "\n\n".join(b.paragraphs)).output_markdown
    )


def bench_folder(folder: Path, repeat: int) -> dict[str, list[float]]:
    """Seconds per pair, per tool, for every unordered pair of articles in ``folder``."""
    articles = load_paths([folder])
    tools: dict[str, Callable[[Article, Article], object]] = {
        "storydiff": compare,
        "difflib": _difflib,
    }
    redlines = _redlines_runner()
    if redlines:
        tools["redlines"] = redlines
    results: dict[str, list[float]] = {name: [] for name in tools}
    for left, right in itertools.combinations(articles, 2):
        for name, tool in tools.items():
            run = lambda t=tool, a=left, b=right: t(a, b)  # noqa: E731
            results[name].append(_best_of(repeat, run, cold=name == "storydiff"))
    return results


def bench_session(folder: Path, repeat: int) -> float:
    """Seconds to compare every pair of ``folder`` in turn, memos cleared only at the start
    (best of ``repeat``)."""
    pairs = list(itertools.combinations(load_paths([folder]), 2))
    return _best_of(repeat, lambda: [compare(a, b) for a, b in pairs], cold=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--session", action="store_true", help="also time a reader's session")
    args = parser.parse_args()
    totals: dict[str, float] = {}
    wins = pairs = 0
    for folder in FOLDERS:
        results = bench_folder(folder, args.repeat)
        for name, times in results.items():
            totals[name] = totals.get(name, 0.0) + sum(times)
            print(
                f"{folder.name:16} {name:10} pairs={len(times):3} "
                f"median={statistics.median(times) * 1000:8.1f} ms  "
                f"max={max(times) * 1000:8.1f} ms  total={sum(times) * 1000:8.1f} ms"
            )
        ours, theirs = results["storydiff"], results["difflib"]
        faster = sum(a <= b for a, b in zip(ours, theirs, strict=True))
        wins, pairs = wins + faster, pairs + len(ours)
        print(
            f"{folder.name:16} storydiff / difflib = {sum(ours) / sum(theirs):.2f}, "
            f"storydiff at least as fast on {faster} of {len(ours)} pairs"
        )
        if args.session:
            session = bench_session(folder, args.repeat)
            print(
                f"{folder.name:16} session (every pair in turn, memos kept): "
                f"{session * 1000:.1f} ms, storydiff / difflib = {session / sum(theirs):.2f}"
            )
    for name, total in totals.items():
        if name != "storydiff":
            print(f"storydiff total / {name} total = {totals['storydiff'] / total:.2f}")
    print(f"pairs where storydiff is at least as fast as difflib: {wins} of {pairs}")


if __name__ == "__main__":
    main()
