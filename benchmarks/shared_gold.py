"""Score storydiff against the shared gold standards and the project's own alignment gold.

Run on demand from the repository root:

    python benchmarks/shared_gold.py              # both shared scorers and the own gold
    python benchmarks/shared_gold.py --pairs-only # skip the figure scorer (about a minute)
    python benchmarks/shared_gold.py --stories    # the same scorers on benchmarks/stories/

It runs the two scorers the shared folder beside the repository ships (``../shared``), each
as the reader of this project would, with this interpreter's ``storydiff``:

- ``tools/score_pairs.py`` on ``gold/pairs.json``: paragraph alignment (recall, precision),
  paragraphs shown one-sided although the gold aligns them, unique claims, shared passages;
- ``tools/score_facts.py`` on ``gold/*.json`` (every story's fact file): figure pairs of every
  article pair and the overview's fact table;

and the project's own alignment gold (``tests/gold/alignments.json``, scored by
``alignment_quality.py``). With ``--stories`` it runs the two shared scorers on the stories and
gold in ``benchmarks/stories/`` instead (written by readers who had not seen the code; see its
README). Each scorer's docstring defines its measures; this script prints their headline
numbers. Without ``../shared`` it says so and scores only the own gold.
``tests/test_shared_gold.py`` holds the alignment numbers at or above the values the README
reports.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STORIES = ROOT / "benchmarks" / "stories"
"""Stories and their gold (fact files and pairs.json side by side), not tuned on when written."""
STORYDIFF = f"{sys.executable} -m storydiff"
"""The command the scorers run: this interpreter's storydiff, whatever is on PATH."""

PAIRS_HEADLINE = (
    "align_recall",
    "align_precision",
    "unique_errors",
    "unique_recall",
    "shared_recall",
)


def _gold(shared: Path, stories: Path | None) -> tuple[Path, Path]:
    """The folder the scorers resolve article names in and the folder of the gold files: the
    shared folder and its gold/, or a folder such as benchmarks/stories/ that holds both."""
    return (shared, shared / "gold") if stories is None else (stories, stories)


def score_pairs(shared: Path = SHARED, stories: Path | None = None) -> dict[str, Any]:
    """The JSON that ``score_pairs.py`` prints for the shared pairs gold (or the stories')."""
    base, gold = _gold(shared, stories)
    return _run(shared / "tools" / "score_pairs.py", base, gold / "pairs.json")


def score_facts(shared: Path = SHARED, stories: Path | None = None) -> dict[str, Any]:
    """The JSON that ``score_facts.py`` prints for every story's fact gold (or the stories')."""
    base, gold = _gold(shared, stories)
    facts = sorted(p for p in gold.glob("*.json") if p.name != "pairs.json")
    return _run(shared / "tools" / "score_facts.py", base, *facts)


def _run(script: Path, *args: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(script), STORYDIFF, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout)


def own_gold() -> dict[str, float]:
    """Precision, recall and F1 over the project's own alignment gold (pooled)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import alignment_quality  # a sibling script: importable once benchmarks/ is on the path

    overall = alignment_quality.evaluate(alignment_quality.load_gold())["overall"]
    return {
        "recall": round(overall.recall, 3),
        "precision": round(overall.precision, 3),
        "f1": round(overall.f1, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs-only", action="store_true", help="skip score_facts.py")
    parser.add_argument("--stories", action="store_true",
                        help=f"score the gold in {STORIES.relative_to(ROOT)}/, not the shared gold")
    args = parser.parse_args()
    stories = STORIES if args.stories else None
    name = str(STORIES.relative_to(ROOT)) if args.stories else "shared"
    if not (SHARED / "tools" / "score_pairs.py").is_file():
        print(f"no shared folder at {SHARED.name}/ beside the repository: shared gold skipped")
    else:
        pairs = score_pairs(stories=stories)
        print(f"{name} pairs gold (score_pairs.py):")
        for key in PAIRS_HEADLINE:
            print(f"  {key:18} {pairs[key]}")
        if not args.pairs_only:
            facts = score_facts(stories=stories)
            print(f"{name} fact gold (score_facts.py):")
            for part in ("pairs", "overview"):
                numbers = {k: v for k, v in facts[part].items() if k != "counts"}
                print(f"  {part:9} " + "  ".join(f"{k} {v}" for k, v in numbers.items()))
    if not args.stories:
        print("own alignment gold (tests/gold/alignments.json):")
        print("  " + "  ".join(f"{k} {v}" for k, v in own_gold().items()))


if __name__ == "__main__":
    main()
