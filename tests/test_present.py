"""One presentation vocabulary: the reader and every report mark and count a comparison alike.

Built on a real pair of seed articles, so the verdicts, blocks and claims are the analysis's,
not made up for the test.
"""

from __future__ import annotations

import re
from functools import cache

from helpers import SEED_FILES
from storydiff.core.compare import compare
from storydiff.core.model import Comparison
from storydiff.export.html import render as html_render
from storydiff.export.markdown import render as markdown_render
from storydiff.export.text import render as text_render
from storydiff.present.counts import glyph_counts, summary_counts, tally
from storydiff.present.vocabulary import VERDICT_GLYPHS, verdict_label
from storydiff.sources.load import load_article
from storydiff.ui.highlights import FIGURE_TAGS, GLYPHS
from storydiff.ui.widgets.aligned_row import GUTTER_GLYPHS


@cache
def seed_pair() -> Comparison:
    """The first two seeds: they report one story, with figures that agree and differ."""
    return compare(load_article(SEED_FILES[0]), load_article(SEED_FILES[1]))


def test_the_reader_and_the_html_report_give_each_verdict_one_glyph() -> None:
    c = seed_pair()
    assert c.figures, "the seed pair states figures"
    html = html_render(c)
    verdicts = re.findall(r'<td class="verdict">(.)', html)
    assert verdicts == [VERDICT_GLYPHS[p.kind] for p in c.figures]
    for pair in c.figures:
        tag = FIGURE_TAGS[pair.kind]
        if pair.kind != "same":  # the reader leaves agreeing figures plain
            assert GLYPHS[tag] == GUTTER_GLYPHS[tag] == VERDICT_GLYPHS[pair.kind]
    assert "◀ left only" not in html and "▶ right only" not in html


def test_counts_agree_across_the_json_stats_the_reports_and_the_status_line() -> None:
    c = seed_pair()
    n = tally(c)
    for key, value in c.stats.items():
        assert n[key] == value, key
    text = text_render(c)
    assert f"figures: {n['figure_pairs']} pair" in text
    summary = dict(summary_counts(c))
    assert summary["figure conflicts"] == c.stats["figure_conflicts"]
    assert f"figure conflicts {summary['figure conflicts']}" in markdown_render(c)
    glyphs = {glyph: count for glyph, count, _ in glyph_counts(c)}
    verdicts = [p.kind for p in c.figures]
    assert glyphs["≠"] == verdicts.count("conflict")
    assert glyphs["+"] == verdicts.count("left_only") + verdicts.count("right_only")
    assert glyphs["◆"] == len(c.unique_left) + len(c.unique_right)


def test_a_verdict_label_is_glyph_and_words() -> None:
    assert verdict_label("left_only") == "+ left only"
    assert verdict_label("conflict") == "≠ conflict"
