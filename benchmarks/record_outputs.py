"""Record, or check, the JSON of every real comparison and overview, to prove a change kept them.

Run on demand (not part of the test suite):

    python benchmarks/record_outputs.py OUT_DIR            # record
    python benchmarks/record_outputs.py OUT_DIR --check REF_DIR

It runs the installed ``storydiff`` command as a user would, with ``PYTHONHASHSEED=0``, on every
ordered pair of articles within each folder (the seeds and each story folder of
``../shared/corpora``: 140 pairs) and on each folder's overview, and writes each JSON document
to ``OUT_DIR/<folder>/<left>__<right>.json`` or ``OUT_DIR/<folder>/overview.json``.

``--check REF_DIR`` then compares each file with the one of the same name in ``REF_DIR`` byte for
byte, with timings aside: any ``"seconds..."`` key and its value are removed from both texts
first, so a reference recorded while the default output carried timings still compares with
output that no longer does. It prints how many files are identical and names every one that is
not, and exits 1 if any differs or is missing.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = {".txt", ".md", ".html", ".htm"}
# A timing key with its value, and the comma that joins it to its neighbour (before or after).
TIMING = re.compile(r',\s*"seconds[\w]*": [-+\d.eE]+|"seconds[\w]*": [-+\d.eE]+,?\s*')


def folders() -> list[Path]:
    """The seeds and every story folder of the corpora, in a fixed order."""
    return [SHARED / "seeds", *sorted(p for p in (SHARED / "corpora").iterdir() if p.is_dir())]


def articles(folder: Path) -> list[Path]:
    """The article files of one folder, by name."""
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)


def run(args: list[str]) -> bytes:
    """One storydiff command's standard output, with a fixed hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(["storydiff", *args], env=env, capture_output=True, check=True)
    return done.stdout


def record(out: Path) -> int:
    """Write every pair's and every overview's JSON under ``out``; how many files."""
    written = 0
    for folder in folders():
        target = out / folder.name
        target.mkdir(parents=True, exist_ok=True)
        paths = articles(folder)
        for left, right in itertools.permutations(paths, 2):
            data = run(["compare", str(left), str(right), "--format", "json"])
            (target / f"{left.stem}__{right.stem}.json").write_bytes(data)
            written += 1
        overview = run(["overview", *map(str, paths), "--format", "json"])
        (target / "overview.json").write_bytes(overview)
        written += 1
    return written


def check(out: Path, reference: Path) -> int:
    """Compare every reference file with its new counterpart, timings aside; 0 if all agree."""
    differ = []
    files = sorted(reference.rglob("*.json"))
    for ref in files:
        new = out / ref.relative_to(reference)
        if not new.exists() or TIMING.sub("", new.read_text()) != TIMING.sub("", ref.read_text()):
            differ.append(ref.relative_to(reference))
    print(f"{len(files) - len(differ)} of {len(files)} files identical (timings aside)")
    for name in differ:
        print(f"  differs: {name}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", type=Path, metavar="REF_DIR")
    args = parser.parse_args()
    print(f"recorded {record(args.out)} files in {args.out}")
    return check(args.out, args.check) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
