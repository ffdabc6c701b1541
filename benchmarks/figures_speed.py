"""Time figure extraction (and pairing) over every seed and corpus article.

Run: ``PYTHONPATH=tui python benchmarks/figures_speed.py [--repeat N]``. Prints characters,
figures found and milliseconds per article, best of N runs (extraction is pure Python and
linear in the text; pairing compares only figures that measure the same thing, bounded by
pairing.MAX_FIGURES). Every run starts with the per-paragraph figure cache cleared, so the
times are those of articles never read before.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

from storydiff.core.align import align
from storydiff.core.figures import article_figures, extract_figures, pair_figures
from storydiff.sources.load import load_article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpora"]


def cold() -> None:
    """Forget every memoised result of the figures package (the per-paragraph cache)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("storydiff.core.figures"):
            for value in list(vars(module).values()):
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        cold()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = sorted(
        p for src in SOURCES if src.is_dir() for p in src.rglob("*.txt") if p.name != "README.md"
    )
    articles = [load_article(p) for p in paths]
    chars = sum(len(p) for a in articles for p in a.paragraphs)
    figures = sum(len(article_figures(a)) for a in articles)
    raw = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    t_extract = best(lambda: [article_figures(a) for a in articles], args.repeat)
    t_raw = best(lambda: [extract_figures(t) for t in raw], args.repeat)
    seeds = [a for a, p in zip(articles, paths, strict=True) if p.parent.name == "seeds"]
    pairs = list(itertools.combinations(seeds, 2))
    prepared = [(a, b, article_figures(a), article_figures(b), align(a, b)) for a, b in pairs]
    t_pair = best(lambda: [pair_figures(*args_) for args_ in prepared], args.repeat)
    print(f"{len(articles)} articles, {chars:,} body characters, {figures} figures")
    print(
        f"extract (cleaned bodies): {1000 * t_extract:7.1f} ms total, "
        f"{1000 * t_extract / len(articles):5.2f} ms/article, "
        f"{chars / t_extract / 1e6:5.2f} M chars/s"
    )
    print(f"extract (raw files):      {1000 * t_raw:7.1f} ms total")
    print(
        f"pair all {len(pairs)} seed pairs:   {1000 * t_pair:7.1f} ms total, "
        f"{1000 * t_pair / max(len(pairs), 1):5.2f} ms/pair"
    )


if __name__ == "__main__":
    main()
