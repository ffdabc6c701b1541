"""The reader's pure layout rules: where rows go, where jump keys land, what is highlighted."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from snapshot_apps.fixture import comparison_of
from storydiff.core.model import Block
from storydiff.present.safe_text import visible_with_offsets
from storydiff.ui import keys
from storydiff.ui.highlights import GLYPHS, PRECEDENCE, Highlight, side_highlights
from storydiff.ui.layout import build_layout, build_marks, step
from storydiff.ui.search import find
from storydiff.ui.styles import HIGHLIGHT_STYLES
from storydiff.ui.widgets import figure_list
from storydiff.ui.widgets.aligned_row import highlighted, number_line
from textual.content import Content


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
    # A hit is a kind of its own, never taken for a shared passage by the jump keys.
    assert {m.kind for m in found} == {"search"}


def test_control_characters_are_escaped_as_the_exports_do_and_marks_move_with_them() -> None:
    # Issue 18 item 17: the reader escapes C1 controls and bidi overrides like the exports.
    raw = "red \x1b[31mtext\x07 \x9b2J \u202e$5"
    content = highlighted(raw, [Highlight(raw.index("$5"), len(raw), "figure-conflict")])
    assert content.plain == "red \\x1b[31mtext\\x07 \\x9b2J \\u202e$5≠"
    assert not {"\x1b", "\x07", "\x9b", "\u202e"} & set(content.plain)
    drawn = _styled(content)
    start = content.plain.index("$5")
    assert drawn[start] == drawn[start + 1] == [HIGHLIGHT_STYLES["figure-conflict"]]
    assert start - 1 not in drawn


def test_keys_table_lists_every_binding_once() -> None:
    table = keys.markdown_table()
    for _, specs in keys.GROUPS:
        for spec in specs:
            assert f"`{spec.keys_text.replace('|', chr(92) + '|')}`" in table
    ids = [s.id for _, specs in keys.GROUPS for s in specs]
    assert len(ids) == len(set(ids))


def _styled(content: Content) -> dict[int, list[str]]:
    """Each character offset -> the styles drawn on it, in drawing order."""
    drawn: dict[int, list[str]] = {}
    for span in content.spans:
        for k in range(span.start, span.end):
            drawn.setdefault(k, []).append(str(span.style))
    return drawn


def test_a_verdict_glyph_follows_its_figure_in_the_figures_own_style() -> None:
    # "$5 million" (conflict) inside a unique sentence: the glyph lands right after the
    # figure, the sentence's highlight is split around it, so the glyph keeps the verdict's
    # colour, and every other character keeps the styles it had.
    text = "It cost $5 million in all."
    figure = Highlight(8, 18, "figure-conflict")
    content = highlighted(text, [Highlight(0, 26, "unique"), figure])
    assert content.plain == "It cost $5 million≠ in all."
    drawn = _styled(content)
    unique, conflict = HIGHLIGHT_STYLES["unique"], HIGHLIGHT_STYLES["figure-conflict"]
    assert drawn[18] == [conflict]  # the glyph
    assert all(drawn[k] == [unique, conflict] for k in range(8, 18))  # the figure
    assert all(drawn[k] == [unique] for k in [*range(8), *range(19, 27)])


def test_glyphs_at_one_place_and_marks_past_the_end_are_drawn_as_before() -> None:
    # Two figures ending at one offset get both glyphs, the later mark's first; a mark past
    # the text's end is cut to it, an empty or out-of-range mark draws nothing.
    marks = [
        Highlight(0, 3, "figure-consistent"),
        Highlight(2, 3, "figure-one-sided"),
        Highlight(4, 99, "shared"),
        Highlight(5, 5, "unique"),
        Highlight(40, 50, "change"),
    ]
    content = highlighted("abc\x1bdefg", marks)
    assert content.plain == "abc+≈\\x1bdefg"
    drawn = _styled(content)
    assert drawn[3] == [HIGHLIGHT_STYLES["figure-one-sided"]]
    assert drawn[4] == [HIGHLIGHT_STYLES["figure-consistent"]]
    assert [k for k, styles in drawn.items() if HIGHLIGHT_STYLES["shared"] in styles] == [
        9, 10, 11, 12,
    ]
    assert HIGHLIGHT_STYLES["unique"] not in str(content.spans)


@st.composite
def _marked_text(draw) -> tuple[str, list[Highlight]]:
    """A short text and marks on it, never empty (as :func:`side_highlights` gives them)."""
    text = draw(st.text(alphabet="ab \x1b\n", min_size=1, max_size=40))
    marks = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        marks.append(Highlight(start, end, draw(st.sampled_from(PRECEDENCE))))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(_marked_text())
def test_highlighting_draws_each_mark_on_its_characters_in_precedence_order(case) -> None:
    # The one-pass builder against its definition: the text with a glyph after each figure
    # mark (the later mark's first where two end together); every character of the text
    # drawn with the styles of the marks covering it, weakest first; each glyph in its own.
    text, marks = case
    content = highlighted(text, marks)
    drawn = _styled(content)
    plain, where = visible_with_offsets(text)  # escapes move every later offset on
    where = where or list(range(len(text) + 1))
    marks = [Highlight(where[m.start], where[m.end], m.tag) for m in marks]
    ordered = sorted(marks, key=lambda h: PRECEDENCE.index(h.tag))
    expected_text, position = [], {}
    for k, ch in enumerate(plain):
        position[k] = len(expected_text)
        expected_text.append(ch)
        ending = [m for m in marks if m.end == k + 1 and m.tag in GLYPHS]
        for m in reversed(ending):
            assert drawn[len(expected_text)] == [HIGHLIGHT_STYLES[m.tag]]
            expected_text.append(GLYPHS[m.tag])
    assert content.plain == "".join(expected_text)
    for k in range(len(plain)):
        covering = [HIGHLIGHT_STYLES[m.tag] for m in ordered if m.start <= k < m.end]
        assert drawn.get(position[k], []) == covering


def test_gutter_numbers_are_never_cut_to_their_last_digits() -> None:
    # A long report's paragraph 9,301 showed as "301": the gutter has four columns.
    assert [number_line("▶", n) for n in (None, 7, 999, 1000, 9301, 12_345)] == [
        "▶   ",
        "▶  7",
        "▶999",
        "1000",
        "9301",
        " 12k",
    ]


def test_the_figures_panel_lists_the_first_pairs_and_counts_the_rest(monkeypatch) -> None:
    # A long report's tens of thousands of figure pairs held the reader for seconds while the
    # panel built an option each; it lists MAX_LISTED, conflicts first, and counts the rest.
    comparison = comparison_of()
    total = len(comparison.figures)
    monkeypatch.setattr(figure_list, "MAX_LISTED", 2)
    panel = figure_list.FigureList(comparison)
    assert total > 2 and panel.option_count == 3
    first = comparison.figures[int(panel.get_option_at_index(0).id)]
    assert first.kind == "conflict"
    last = panel.get_option_at_index(2)
    assert last.disabled and f"{total - 2:,} more figure pairs" in str(last.prompt)
