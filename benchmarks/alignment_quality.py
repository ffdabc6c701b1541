"""Measure paragraph alignment and unique claims against the hand-made gold standard.

Run on demand:

    python benchmarks/alignment_quality.py            # per pair and overall
    python benchmarks/alignment_quality.py --verbose  # also list misses and false pairs

The gold (``tests/gold/alignments.json``) lists, for pairs of seeds and corpus articles,
which paragraphs tell the same fact. A paragraph is named by a distinctive phrase, so the gold
survives changes to page cleaning. Links are ``sure`` (a main fact in common) or ``possible``
(a secondary detail in common).

Scores are pairwise, as for word alignment (Och & Ney's sure/possible scheme): a block joining
left paragraphs L and right paragraphs R predicts every pair (i, j) of L x R;

- precision = predicted pairs that are sure or possible / predicted pairs;
- recall = sure pairs predicted / sure pairs;
- F1 of the two. "Overall" pools the pairs of every article pair (micro average).

Unique-claim sanity: a sentence reported as unique to its article although its paragraph has a
sure gold counterpart is suspect (often a reworded fact the claims check missed); the count of
such sentences is printed next to all unique sentences.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

from storydiff.core.compare import compare
from storydiff.core.model import Article, Comparison
from storydiff.core.similarity import normalise
from storydiff.sources.load import load_article

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "alignments.json"
BASES = {"seeds": ROOT, "corpora": ROOT.parent / "shared"}
"""Where gold paths start: 'seeds/...' in this repository, 'corpora/...' in the shared folder."""

Pair = tuple[int, int]


@dataclass(frozen=True)
class GoldPair:
    """The gold correspondences of one article pair, as paragraph index pairs."""

    name: str
    left: Article
    right: Article
    sure: frozenset[Pair]
    possible: frozenset[Pair]
    """Includes the sure pairs: everything a prediction may contain without being wrong."""


@dataclass(frozen=True)
class Score:
    predicted: int
    correct: int
    """Predicted pairs that are sure or possible."""
    sure: int
    found: int
    """Sure pairs predicted."""
    unique: int
    suspect_unique: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.sure if self.sure else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self._fields(), other._fields(), strict=True)))

    def _fields(self) -> tuple[int, ...]:
        return (
            self.predicted,
            self.correct,
            self.sure,
            self.found,
            self.unique,
            self.suspect_unique,
        )


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", normalise(text))


def _name(left: str, right: str) -> str:
    """'000-001' for seeds, 'google-wiz 01-03' for a corpus pair."""
    folder = Path(left).parent.name
    numbers = "-".join(Path(p).stem.split("_")[0] for p in (left, right))
    return numbers if folder == "seeds" else f"{folder} {numbers}"


def find_paragraph(article: Article, phrase: str) -> int:
    """The one paragraph of ``article`` containing ``phrase`` (case and quotes ignored)."""
    hits = [i for i, p in enumerate(article.paragraphs) if _key(phrase) in _key(p)]
    if len(hits) != 1:
        raise ValueError(f"{phrase!r} is in paragraphs {hits} of {article.path}, not in one")
    return hits[0]


def resolve(path: str) -> Path | None:
    """The file a gold path names, or None when its folder is not available here."""
    base = BASES[path.split("/", 1)[0]]
    full = base / path
    return full if full.is_file() else None


def load_gold(gold: Path = GOLD) -> list[GoldPair]:
    """Every gold pair whose files are available, with phrases turned into indices."""
    pairs = []
    for entry in json.loads(gold.read_text(encoding="utf-8"))["pairs"]:
        left_path, right_path = resolve(entry["left"]), resolve(entry["right"])
        if left_path is None or right_path is None:
            continue
        left, right = load_article(left_path), load_article(right_path)
        sure: set[Pair] = set()
        possible: set[Pair] = set()
        for link in entry["links"]:
            cells = {
                (find_paragraph(left, a), find_paragraph(right, b))
                for a in link["left"]
                for b in link["right"]
            }
            possible |= cells
            if not link.get("possible"):
                sure |= cells
        name = _name(entry["left"], entry["right"])
        pairs.append(GoldPair(name, left, right, frozenset(sure), frozenset(possible)))
    return pairs


def predicted_pairs(comparison: Comparison) -> set[Pair]:
    """Every (left, right) paragraph pair that a block links."""
    return {(i, j) for b in comparison.blocks for i in b.left for j in b.right}


def score(gold: GoldPair, comparison: Comparison) -> Score:
    """Pairwise alignment counts and unique-claim sanity for one compared pair."""
    predicted = predicted_pairs(comparison)
    matched_left = {i for i, _ in gold.sure}
    matched_right = {j for _, j in gold.sure}
    suspect = sum(s.paragraph in matched_left for s in comparison.unique_left) + sum(
        s.paragraph in matched_right for s in comparison.unique_right
    )
    return Score(
        predicted=len(predicted),
        correct=len(predicted & gold.possible),
        sure=len(gold.sure),
        found=len(predicted & gold.sure),
        unique=len(comparison.unique_left) + len(comparison.unique_right),
        suspect_unique=suspect,
    )


def evaluate(pairs: list[GoldPair]) -> dict[str, Score]:
    """Scores per gold pair, plus "overall" (pooled counts)."""
    scores = {g.name: score(g, compare(g.left, g.right)) for g in pairs}
    total = Score(0, 0, 0, 0, 0, 0)
    for s in scores.values():
        total = total + s
    return {**scores, "overall": total}


def _explain(gold: GoldPair) -> None:
    predicted = predicted_pairs(compare(gold.left, gold.right))
    for label, cells in (("missed", gold.sure - predicted), ("wrong", predicted - gold.possible)):
        for i, j in sorted(cells):
            left, right = gold.left.paragraphs[i][:40], gold.right.paragraphs[j][:40]
            print(f"    {label:6} {i}-{j}: {left!r} ~ {right!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list missed and wrong pairs")
    args = parser.parse_args()
    pairs = load_gold()
    for name, s in evaluate(pairs).items():
        print(
            f"{name:24} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  "
            f"pairs={s.predicted:3} sure={s.sure:3}  unique={s.unique:3} "
            f"in-gold-matched={s.suspect_unique:3}"
        )
        if args.verbose and name != "overall":
            _explain(next(g for g in pairs if g.name == name))


if __name__ == "__main__":
    main()
