"""How storydiff's cost grows with article length and folder size, against difflib and redlines.

Run on demand (not part of the test suite), from the repository root:

    PYTHONPATH=tui .venv/bin/python benchmarks/bench_scale.py
    PYTHONPATH=tui .venv/bin/python benchmarks/bench_scale.py --sizes 10000 100000 --timeout 60

Inputs are synthetic but made of real text: the cleaned paragraphs of the seeds and corpora,
shuffled and repeated (numbers varied on every repeat) until a side holds about 10k, 100k and
1M characters. The right side is the left one lightly edited, as a rewrite is: some
paragraphs dropped, some moved, some words changed and some numbers altered. Each size has
``--samples`` such pairs (default 5), each built from its own fixed seed: difflib's time
depends on how many edited lines find a similar partner, so one sample can flatter or
penalise either tool (at 10k, difflib took 15-33 ms over ten samples where storydiff took
21-26 ms). Every sample is reported, then per size the ratio of the totals over the samples
and how many samples storydiff was at least as fast on. redlines runs on the first sample
only (it takes over a minute at 1M characters and is context, not the bar).

Each (tool, size) runs in its own fresh subprocess (so every cache is cold, as for a user
running ``storydiff compare`` once) with a time limit (``--timeout``, default 120 s; beyond it
the tool "did not finish"), which reports its wall time and its peak resident memory
(``ru_maxrss``) next to the memory it had before the run started. With ``--repeat N`` each
(tool, size) runs in N fresh subprocesses, the tools taking turns, and the best (lowest) time
is reported, with the highest peak memory of the N runs:

- ``storydiff``: ``storydiff.core.compare.compare`` on the two articles (everything: alignment,
  word diff, shared passages, figures, unique claims), plus ``load``: the same text written to
  files and read back with ``load_article`` (decoding and cleaning);
- ``difflib``: ``difflib.HtmlDiff().make_file`` on the same paragraphs, one line each;
- ``redlines``: ``Redlines(left, right).output_markdown`` on the joined paragraphs.

The scaling exponent is the least-squares slope of log(time) against log(characters) over
the sizes storydiff ran. Then folders of 10, 50 and 200 article-sized files are read with
``load_paths`` and their first pair compared.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from storydiff.core.model import Article

ROOT = Path(__file__).resolve().parent.parent

SOURCES = [ROOT / "seeds", *sorted((ROOT.parent / "shared" / "corpora").glob("*/"))]
SIZES = (10_000, 100_000, 1_000_000)
FOLDER_SIZES = (10, 50, 200)
TOOLS = ("storydiff", "load", "difflib", "redlines")
SEED = 20250129
"""Fixed random seed of the first sample (sample k uses SEED + k): every run builds exactly
the same inputs."""
SAMPLES = 5
"""Synthetic pairs per size by default: enough that one sample's luck (how many edited lines
find a similar partner, which is what difflib's time depends on) does not decide a ratio."""

DROP_SHARE, MOVE_SHARE, WORD_CHANGE_SHARE, NUMBER_CHANGE_SHARE = 0.08, 0.05, 0.03, 0.2
"""The edit that makes the right side: share of paragraphs dropped, share moved elsewhere,
share of words replaced, share of paragraphs whose numbers change."""

_DIGITS = re.compile(r"\d+")


def paragraph_pool() -> list[str]:
    """Every distinct cleaned body paragraph of the seeds and corpora, in a fixed order."""
    from storydiff.sources.load import load_paths

    pool: dict[str, None] = {}
    for folder in SOURCES:
        if folder.is_dir():
            for article in load_paths([folder]):
                pool.update(dict.fromkeys(article.paragraphs))
    return list(pool)


def _vary_numbers(text: str, rng: random.Random) -> str:
    return _DIGITS.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), text)


def grow(pool: list[str], chars: int, rng: random.Random) -> list[str]:
    """Shuffled pool paragraphs, repeated with varied numbers, until about ``chars`` long."""
    out: list[str] = []
    total = 0
    cycle = 0
    while total < chars:
        order = pool[:]
        rng.shuffle(order)
        for text in order:
            text = _vary_numbers(text, rng) if cycle else text
            out.append(text)
            total += len(text) + 2
            if total >= chars:
                break
        cycle += 1
    return out


def edit(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A light rewrite: drop, move, change words and numbers."""
    vocabulary = " ".join(paragraphs[:50]).split()
    out = [p for p in paragraphs if rng.random() >= DROP_SHARE]
    for _ in range(int(len(out) * MOVE_SHARE)):
        out.insert(rng.randrange(len(out) + 1), out.pop(rng.randrange(len(out))))
    edited = []
    for text in out:
        words = [
            rng.choice(vocabulary) if rng.random() < WORD_CHANGE_SHARE else w for w in text.split()
        ]
        text = " ".join(words)
        edited.append(_vary_numbers(text, rng) if rng.random() < NUMBER_CHANGE_SHARE else text)
    return edited


def synthetic_pair(chars: int, seed: int = SEED) -> tuple[Article, Article]:
    """The benchmark pair of about ``chars`` characters per side (deterministic); sample k is
    ``synthetic_pair(chars, SEED + k)``."""
    rng = random.Random(seed + chars)
    left = grow(paragraph_pool(), chars, rng)
    right = edit(left, rng)
    return (
        Article("left.txt", "Left", "left", tuple(left)),
        Article("right.txt", "Right", "right", tuple(right)),
    )


def _as_file(article: Article, folder: Path) -> Path:
    path = folder / article.path
    path.write_text(article.title + "\n\n" + "\n\n".join(article.paragraphs), encoding="utf-8")
    return path


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss is KiB on Linux)."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def _runner(tool: str, left: Article, right: Article, folder: Path) -> Callable[[], object]:
    if tool == "storydiff":
        from storydiff.core.compare import compare

        return lambda: compare(left, right)
    if tool == "load":
        from storydiff.sources.load import load_article

        paths = [_as_file(left, folder), _as_file(right, folder)]
        return lambda: [load_article(p) for p in paths]
    if tool == "difflib":
        import difflib

        return lambda: difflib.HtmlDiff().make_file(list(left.paragraphs), list(right.paragraphs))
    from redlines import Redlines

    return lambda: (
        Redlines("\n\n".join(left.paragraphs), "\n\n".join(right.paragraphs)).output_markdown
    )


def worker(tool: str, chars: int, sample: int) -> None:
    """Subprocess body: build the pair, run one tool once, print a JSON result line."""
    left, right = synthetic_pair(chars, SEED + sample)
    with tempfile.TemporaryDirectory() as tmp:
        run = _runner(tool, left, right, Path(tmp))
        before = _rss_mb()
        started = time.perf_counter()
        result = run()
        seconds = time.perf_counter() - started
    notices = list(getattr(result, "notices", ()))
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": _rss_mb(),
                "before_mb": before,
                "chars": sum(map(len, left.paragraphs)),
                "notices": notices,
            }
        )
    )


def measure(
    tools: list[str], chars: int, timeout: float, repeat: int = 1, sample: int = 0
) -> dict[str, dict | None]:
    """Best of ``repeat`` runs of each tool on one size, each in a fresh interpreter (highest
    peak memory of the runs); None for a tool whose run did not finish in time. The tools
    take turns, run by run, so a drift of the machine's speed during the size's runs weighs
    on every tool alike rather than on the one that happened to run last."""
    best: dict[str, dict | None] = {}
    peak: dict[str, float] = {}
    for _ in range(repeat):
        for tool in tools:
            if tool in best and (best[tool] is None or "error" in best[tool]):
                continue  # it did not finish or failed: no second try
            result = _measure_once(tool, chars, sample, timeout)
            if result is None or "error" in result:
                best[tool] = result
                continue
            peak[tool] = max(peak.get(tool, 0.0), result["peak_mb"])
            if best.get(tool) is None or result["seconds"] < best[tool]["seconds"]:
                best[tool] = result
    return {
        tool: {**r, "peak_mb": peak[tool]} if r and "error" not in r else r
        for tool, r in best.items()
    }


def _measure_once(tool: str, chars: int, sample: int, timeout: float) -> dict | None:
    """Run one tool on one sample of one size in a fresh interpreter; None if it did not
    finish in time."""
    command = [sys.executable, __file__, "--worker", tool, str(chars), str(sample)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        tail = error.stderr.strip().splitlines()[-1:] or ["?"]
        return {"error": tail[0]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) against log(x): the scaling exponent."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    covariance = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return covariance / sum((x - mx) ** 2 for x in xs)


def bench_sizes(
    sizes: list[int], tools: list[str], timeout: float, repeat: int = 1, samples: int = SAMPLES
) -> None:
    results: dict[tuple[str, int], list[dict]] = {}
    header = ("tool", "sample", "chars/side", "seconds", "peak RSS", "before")
    print("{:10} {:>6} {:>10} {:>9} {:>9} {:>8}".format(*header))
    for chars in sizes:
        for sample in range(samples):
            here = [t for t in tools if t != "redlines" or sample == 0]
            measured = measure(here, chars, timeout, repeat, sample)
            for tool in here:
                r = measured[tool]
                _print_run(tool, sample, chars, r, timeout)
                if r and "error" not in r:
                    results.setdefault((tool, chars), []).append({**r, "sample": sample})
        _print_size_summary(chars, results)
    _print_exponents(sizes, results)


def _print_run(tool: str, sample: int, chars: int, r: dict | None, timeout: float) -> None:
    if r is None:
        print(f"{tool:10} {sample:6} {chars:10,} did not finish in {timeout:.0f} s")
    elif "error" in r:
        print(f"{tool:10} {sample:6} {chars:10,} failed: {r['error']}")
    else:
        print(
            f"{tool:10} {sample:6} {r['chars']:10,} {r['seconds']:9.3f} "
            f"{r['peak_mb']:7.0f}MB {r['before_mb']:6.0f}MB"
            + (f"  notices: {r['notices']}" if r["notices"] else ""),
            flush=True,
        )


def _print_size_summary(chars: int, results: dict[tuple[str, int], list[dict]]) -> None:
    """Per other tool: the ratio of the totals over the samples both finished, the spread of
    the per-sample ratios, and on how many samples storydiff was at least as fast."""
    mine = {r["sample"]: r["seconds"] for r in results.get(("storydiff", chars), [])}
    for other in ("difflib", "redlines"):
        theirs = {r["sample"]: r["seconds"] for r in results.get((other, chars), [])}
        both = sorted(mine.keys() & theirs.keys())
        if not both:
            continue
        ratios = [mine[k] / theirs[k] for k in both]
        total = sum(mine[k] for k in both) / sum(theirs[k] for k in both)
        wins = sum(r <= 1 for r in ratios)
        print(
            f"{chars:10,} chars: storydiff / {other} = {total:.2f} over {len(both)} sample(s) "
            f"(per sample {min(ratios):.2f}-{max(ratios):.2f}, median "
            f"{statistics.median(ratios):.2f}; storydiff at least as fast on {wins})",
            flush=True,
        )


def _print_exponents(sizes: list[int], results: dict[tuple[str, int], list[dict]]) -> None:
    """The log-log slope of the mean time over a size's samples against its characters."""
    for tool in ("storydiff", "load"):
        points = [
            (statistics.mean(r["chars"] for r in runs), statistics.mean(r["seconds"] for r in runs))
            for c in sizes
            if (runs := results.get((tool, c)))
        ]
        if len(points) >= 2:
            print(
                f"{tool} scaling exponent (log-log slope of time vs characters): "
                f"{slope(points):.2f}"
            )


def bench_folders(counts: list[int]) -> None:
    """Folders of article-sized files (3-9k characters each): load_paths, then first pair."""
    from storydiff.core.compare import compare
    from storydiff.sources.load import load_paths

    pool = paragraph_pool()
    rng = random.Random(SEED)
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            for k in range(count):
                body = grow(pool, rng.randrange(3000, 9000), rng)
                text = f"Story number {k} about the news\n\n" + "\n\n".join(body)
                (Path(tmp) / f"{k:04d}_outlet{k}.txt").write_text(text, encoding="utf-8")
            started = time.perf_counter()
            articles = load_paths([tmp])
            loaded = time.perf_counter() - started
            started = time.perf_counter()
            compare(articles[0], articles[1])
            first = time.perf_counter() - started
        print(
            f"folder of {count:4} articles: load_paths {loaded:6.2f} s, "
            f"first pair compare {first:5.2f} s",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS))
    parser.add_argument("--folders", type=int, nargs="*", default=list(FOLDER_SIZES))
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--repeat", type=int, default=1, help="best of N fresh runs")
    parser.add_argument(
        "--samples", type=int, default=SAMPLES, help="synthetic pairs per size (own seeds)"
    )
    parser.add_argument(
        "--worker", nargs=3, metavar=("TOOL", "CHARS", "SAMPLE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]), int(args.worker[2]))
        return
    bench_sizes(args.sizes, args.tools, args.timeout, args.repeat, args.samples)
    if args.folders:
        bench_folders(args.folders)


if __name__ == "__main__":
    main()
