"""The reader's pure layout rules: where rows go, where jump keys land, what is highlighted."""

from __future__ import annotations

from pathlib import Path

from snapshot_apps.fixture import comparison_of
from storydiff.core.model import Block
from storydiff.ui import keys
from storydiff.ui.highlights import side_highlights, visible_text
from storydiff.ui.layout import build_layout, build_marks, step
from storydiff.ui.search import find

ROOT = Path(__file__).resolve().parent.parent


def test_moved_block_sits_at_each_articles_own_place() -> None:
    # Left 2 and right 1 are counterparts out of order: each half stays in its own reading order.
    layout = build_layout(comparison_of().blocks)
    assert layout.row_of("right", 1) < layout.row_of("right", 2)
    assert layout.row_of("left", 1) < layout.row_of("left", 2)
    left_half = layout.rows[layout.row_of("left", 2)]
    right_half = layout.rows[layout.row_of("right", 1)]
    assert left_half.counterpart == layout.row_of("right", 1)
    assert right_half.counterpart == layout.row_of("left", 2)


def test_every_paragraph_lands_in_exactly_one_row() -> None:
    blocks = [
        Block("match", (0,), (1,)),
        Block("moved", (1,), (0,)),
        Block("left_only", (2,), ()),
        Block("match", (3, 4), (2,)),
        Block("right_only", (), (3,)),
    ]
    rows = build_layout(blocks).rows
    assert sorted(p for r in rows for p in r.left) == [0, 1, 2, 3, 4]
    assert sorted(p for r in rows for p in r.right) == [0, 1, 2, 3]
    right_order = [p for r in rows for p in r.right]
    assert right_order == sorted(right_order)


def test_next_figure_skips_figures_stated_the_same_and_wraps() -> None:
    comparison = comparison_of()
    marks = build_marks(comparison, build_layout(comparison.blocks))
    seen, position = [], (0, -1, -1)
    for _ in range(5):
        mark = step(marks, position, "figure", 1)
        seen.append(comparison.figures[mark.index].kind)
        position = mark.key
    # Four figure differences (the 17% pair is the same on both sides), then back to the first.
    assert seen == ["conflict", "consistent", "consistent", "right_only", "conflict"]


def test_previous_difference_from_the_top_wraps_to_the_last() -> None:
    comparison = comparison_of()
    layout = build_layout(comparison.blocks)
    last = step(build_marks(comparison, layout), (0, -1, -1), "any", -1)
    assert last.row == len(layout.rows) - 1


def test_figures_outrank_word_changes_in_highlight_order() -> None:
    tags = [h.tag for h in side_highlights(comparison_of(), "left")[0]]
    # Monday is both a word change and a conflicting figure; the figure is drawn last (on top).
    assert tags.index("change") < tags.index("figure-conflict")


def test_search_finds_matches_case_insensitively_in_reading_order() -> None:
    comparison = comparison_of()
    layout = build_layout(comparison.blocks)
    found = find(comparison, layout, "CHIP")
    assert [m.key for m in found] == sorted(m.key for m in found)
    assert {(m.side, m.paragraph) for m in found} >= {("left", 1), ("left", 2), ("right", 1)}


def test_control_characters_become_visible_without_shifting_offsets() -> None:
    raw = "red \x1b[31mtext\x07"
    shown = visible_text(raw)
    assert len(shown) == len(raw) and "\x1b" not in shown and "␛[31m" in shown


def test_keys_table_lists_every_binding_once() -> None:
    table = keys.markdown_table()
    for _, specs in keys.GROUPS:
        for spec in specs:
            assert f"`{spec.keys_text.replace('|', chr(92) + '|')}`" in table
    ids = [s.id for _, specs in keys.GROUPS for s in specs]
    assert len(ids) == len(set(ids))
