"""The shared span splitter: overlapping highlights become flat segments with a clear winner."""

from __future__ import annotations

from hostile import LEFT, hostile_comparison
from hypothesis import given
from hypothesis import strategies as st
from storydiff.present.safe_text import visible
from storydiff.present.spans import PRECEDENCE, Mark, paragraph_marks, split


def test_segments_cover_the_text_exactly_once() -> None:
    text = "The cost was $5.6 million in total."
    segments = split(text, [Mark(0, 20, "shared"), Mark(13, 25, "figure"), Mark(4, 8, "change")])
    assert "".join(s.text for s in segments) == text
    assert [(s.start, s.end) for s in segments] == [
        (0, 4),
        (4, 8),
        (8, 13),
        (13, 20),
        (20, 25),
        (25, 35),
    ]


def test_figure_beats_unique_beats_shared_beats_change() -> None:
    marks = [
        Mark(0, 10, "change"),
        Mark(0, 10, "shared"),
        Mark(0, 10, "unique"),
        Mark(0, 10, "figure", "conflict"),
    ]
    (segment,) = split("0123456789", marks)
    assert [m.kind for m in segment.marks] == ["figure", "unique", "shared", "change"]
    assert segment.top is not None and segment.top.detail == "conflict"


def test_stale_offsets_are_clamped_not_raised() -> None:
    # A mark past the end of the paragraph must not crash an export of real data.
    segments = split("short", [Mark(3, 99, "figure"), Mark(-4, 1, "unique"), Mark(7, 9, "shared")])
    assert [(s.text, s.top and s.top.kind) for s in segments] == [
        ("s", "unique"),
        ("ho", None),
        ("rt", "figure"),
    ]


def test_adjacent_pieces_with_the_same_marks_merge() -> None:
    segments = split("abcdef", [Mark(0, 3, "shared"), Mark(3, 6, "change"), Mark(0, 6, "unique")])
    assert [s.text for s in segments] == ["abc", "def"]


def test_empty_text_gives_no_segments() -> None:
    assert split("", [Mark(0, 3, "figure")]) == []


def test_visible_shows_escapes_and_flattens_line_breaks() -> None:
    assert visible("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m"
    assert visible("a\nb\r\tc\u202ed") == "a b  c\\u202ed"
    assert visible("emoji \u200d kept") == "emoji \u200d kept"


def test_paragraph_marks_collect_every_kind_on_the_right_paragraph() -> None:
    marks = paragraph_marks(hostile_comparison(), "left")
    kinds = {i: sorted({m.kind for m in ms}) for i, ms in marks.items()}
    # ¶1 holds a conflicting figure inside a unique claim, plus word changes.
    assert kinds[1] == ["change", "figure", "unique"]
    monday = next(m for m in marks[1] if m.kind == "figure")
    assert LEFT[1][monday.start : monday.end] == "Monday"
    assert "Tuesday" in monday.note and "different days" in monday.note


@given(
    st.text(max_size=40),
    st.lists(
        st.tuples(st.integers(-5, 45), st.integers(-5, 45), st.sampled_from(PRECEDENCE)),
        max_size=8,
    ),
)
def test_each_character_carries_exactly_the_marks_covering_it(
    text: str, raw: list[tuple[int, int, str]]
) -> None:
    # The sweep must agree with the obvious per-character definition, in precedence order.
    marks = [Mark(a, b, kind) for a, b, kind in raw]
    segments = split(text, marks)
    assert "".join(s.text for s in segments) == text
    for seg in segments:
        for pos in range(seg.start, seg.end):
            expected = [m for m in marks if m.start <= pos < m.end]
            assert sorted(expected, key=lambda m: (PRECEDENCE.index(m.kind), m.start, m.end)) == (
                list(seg.marks)
            )
