"""Every exporter on real comparisons of the seed articles (structure, not exact results).

The analysis is still being tuned, so these tests check what must hold whatever it finds:
one row/section per alignment block, every figure pair listed, nothing unescaped.
"""

from __future__ import annotations

import io
import json

import pytest
from helpers import SEED_FILES as SEEDS
from helpers import parse
from rich.console import Console
from storydiff.console import render_comparison
from storydiff.core.compare import compare
from storydiff.core.model import Comparison
from storydiff.export import EXPORTERS, export
from storydiff.sources.load import load_article

PAIRS = [(0, 2), (1, 3), (4, 0)]


@pytest.fixture(scope="module", params=PAIRS, ids=lambda p: f"seed{p[0]}-seed{p[1]}")
def real(request: pytest.FixtureRequest) -> Comparison:
    if len(SEEDS) < 5:
        pytest.skip("seed articles missing")
    a, b = request.param
    return compare(load_article(SEEDS[a]), load_article(SEEDS[b]))


def test_every_format_renders_a_real_pair(real: Comparison) -> None:
    outputs = {fmt: export(real, fmt) for fmt in EXPORTERS}
    assert all(len(text) > 300 for text in outputs.values())
    assert json.loads(outputs["json"])["schema"] == "storydiff/comparison@1"


def test_html_has_one_aligned_row_per_block_and_every_paragraph(real: Comparison) -> None:
    found = parse(export(real, "html"))
    rows = [a for tag, a in found.tags if tag == "tr" and (a.get("id") or "").startswith("b")]
    assert len(rows) == len(real.blocks)
    ids = {a.get("id") for tag, a in found.tags if tag == "p"}
    # Every paragraph of both articles appears once, as the alignment covers them all.
    assert {f"l{i}" for i in range(len(real.left.paragraphs))} <= ids
    assert {f"r{i}" for i in range(len(real.right.paragraphs))} <= ids
    assert not {tag for tag, _ in found.tags} & {"script", "img"}


def test_html_figures_table_lists_every_pair(real: Comparison) -> None:
    found = parse(export(real, "html"))
    rows = [a for tag, a in found.tags if tag == "tr" and (a.get("class") or "").startswith("v-")]
    assert len(rows) == len(real.figures)


def test_markdown_has_a_section_per_block(real: Comparison) -> None:
    md = export(real, "md")
    assert [f"### {n}. " in md for n in range(1, len(real.blocks) + 1)] == [True] * len(real.blocks)
    assert f"### {len(real.blocks) + 1}. " not in md


def test_text_counts_agree_with_the_comparison(real: Comparison) -> None:
    out = export(real, "text")
    assert f"Figures ({len(real.figures)})" in out
    assert f"Shared passages ({len(real.shared)})" in out
    assert f"makes ({real.left.outlet}, {len(real.unique_left)})" in out


def test_console_renders_a_real_pair(real: Comparison) -> None:
    console = Console(file=io.StringIO(), record=True, width=100)
    render_comparison(real, console)
    shown = console.export_text()
    assert f"Figures ({len(real.figures)})" in shown and real.left.outlet in shown
