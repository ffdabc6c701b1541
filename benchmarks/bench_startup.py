"""How long a user waits: CLI cold start, and the reader's first comparison on screen.

Run on demand (not part of the test suite), from the repository root:

    PYTHONPATH=tui .venv/bin/python benchmarks/bench_startup.py
    PYTHONPATH=tui .venv/bin/python benchmarks/bench_startup.py --runs 9

It measures, on two seed articles:

- ``storydiff compare A B --format json`` as a user runs it, in a fresh interpreter each time
  (median of ``--runs``), and, in the same run, whether that process imported Textual or Rich
  (the CLI must not: a small wrapper runs ``storydiff.cli.main`` and lists ``sys.modules``);
- ``python -c "import storydiff.api"``, the headless API's import cost;
- the reader: ``StorydiffApp(articles)`` from ``storydiff.ui.app`` run headless with
  ``run_test()``, timed from construction until ``app.workers.wait_for_complete()`` returns
  with the first pair compared (median of ``--runs``, each in a fresh interpreter, so imports
  count as they do for a user);
- the reader on a folder of ``--folder`` article-sized files (default 200, grown from real
  paragraphs as ``bench_scale.py`` grows them), in a fresh interpreter: seconds until the
  overview is on screen showing its progress, until the first pair is compared after the
  reader presses ``a`` then ``enter`` (while the overview is still building), and until the
  overview is complete.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

_IMPORT_PROBE = """
import io, json, sys
from contextlib import redirect_stdout
from storydiff.cli import main
with redirect_stdout(io.StringIO()):
    status = main(["compare", sys.argv[1], sys.argv[2], "--format", "json"])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(json.dumps({"status": status, "heavy": heavy}))
"""
"""Runs the CLI in-process, then reports which UI libraries ended up imported."""

_APP_PROBE = """
import asyncio, json, sys, time
started = time.perf_counter()
from storydiff.sources.load import load_paths
from storydiff.ui.app import StorydiffApp

async def first_pair():
    app = StorydiffApp(load_paths(sys.argv[1:]))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        return time.perf_counter() - started

print(json.dumps({"seconds": asyncio.run(first_pair())}))
"""
"""Imports, loads two articles and shows their comparison headless; prints the seconds."""

_FOLDER_PROBE = """
import asyncio, json, sys, time
started = time.perf_counter()
from storydiff.sources.load import load_paths
from storydiff.ui.app import StorydiffApp

async def timeline():
    app = StorydiffApp(load_paths(sys.argv[1:]))
    seen = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        seen["overview_on_screen"] = time.perf_counter() - started
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")
        while getattr(app.screen, "comparison", None) is None:
            await pilot.pause(0.01)
        seen["first_pair_compared"] = time.perf_counter() - started
        while app.overview is None:
            await pilot.pause(0.05)
        seen["overview_built"] = time.perf_counter() - started
    return seen

print(json.dumps(asyncio.run(timeline())))
"""
"""Opens a folder in the reader headless and reports when each thing reached the screen."""


def _env() -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(ROOT / "tui"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def _timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), check=True)
    return time.perf_counter() - started, done.stdout


def cli_cold_start(runs: int, left: Path, right: Path) -> list[float]:
    command = [
        sys.executable,
        "-m",
        "storydiff",
        "compare",
        str(left),
        str(right),
        "--format",
        "json",
    ]
    return [_timed(command)[0] for _ in range(runs)]


def cli_heavy_imports(left: Path, right: Path) -> list[str]:
    _, out = _timed([sys.executable, "-c", _IMPORT_PROBE, str(left), str(right)])
    result = json.loads(out)
    assert result["status"] == 0, result
    return result["heavy"]


def app_first_pair(runs: int, left: Path, right: Path) -> list[float]:
    times = []
    for _ in range(runs):
        _, out = _timed([sys.executable, "-c", _APP_PROBE, str(left), str(right)])
        times.append(json.loads(out.strip().splitlines()[-1])["seconds"])
    return times


def app_folder(count: int) -> dict[str, float]:
    """The reader on a folder of ``count`` article-sized files (see _FOLDER_PROBE)."""
    import random
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_scale import SEED, grow, paragraph_pool

    pool, rng = paragraph_pool(), random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(count):
            body = grow(pool, rng.randrange(3000, 9000), rng)
            text = f"Story number {k} about the news\n\n" + "\n\n".join(body)
            (Path(tmp) / f"{k:04d}_outlet{k}.txt").write_text(text, encoding="utf-8")
        _, out = _timed([sys.executable, "-c", _FOLDER_PROBE, tmp])
    return json.loads(out.strip().splitlines()[-1])


def _line(label: str, times: list[float]) -> str:
    return (
        f"{label:44} median {statistics.median(times) * 1000:7.0f} ms  "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, n={len(times)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=int, default=200, help="articles in the folder probe")
    args = parser.parse_args()
    left, right = SEEDS[0], SEEDS[2]
    print(
        _line(
            "python -c 'pass' (interpreter floor)",
            [_timed([sys.executable, "-c", "pass"])[0] for _ in range(args.runs)],
        )
    )
    print(
        _line(
            "import storydiff.api",
            [_timed([sys.executable, "-c", "import storydiff.api"])[0] for _ in range(args.runs)],
        )
    )
    print(_line("storydiff compare A B --format json", cli_cold_start(args.runs, left, right)))
    heavy = cli_heavy_imports(left, right)
    print("CLI compare imports Textual/Rich: " + (", ".join(heavy[:5]) if heavy else "no"))
    print(
        _line(
            "reader: first comparison on screen (headless)", app_first_pair(args.runs, left, right)
        )
    )
    for what, seconds in app_folder(args.folder).items():
        label = f"reader, folder of {args.folder} articles: {what.replace('_', ' ')}"
        print(f"{label:56} {seconds:6.2f} s")
    if heavy:
        raise SystemExit("the CLI imported a UI library")


if __name__ == "__main__":
    main()
