"""Word-level changes inside paired blocks: words on one side only, figures kept whole."""

from __future__ import annotations

from storydiff.core.model import Article, Block, Figure, Span
from storydiff.core.worddiff import with_word_changes


def _article(*paragraphs: str) -> Article:
    return Article(path="t", title="t", outlet="t", paragraphs=paragraphs)


def _figure(text: str, paragraph: str, index: int = 0) -> Figure:
    start = paragraph.index(text)
    return Figure(text, "money", None, None, index, start, start + len(text))


def _texts(article: Article, spans: tuple[Span, ...]) -> list[str]:
    return [article.paragraphs[s.paragraph][s.start : s.end] for s in spans]


def test_identical_blocks_have_no_changes_and_unpaired_blocks_are_untouched() -> None:
    article = _article("DeepSeek trained R1 for $5.6 million.", "Only here.")
    blocks = [Block("match", (0,), (0,), 1.0), Block("left_only", (1,), ())]
    assert with_word_changes(article, article, blocks) == blocks


def test_added_words_are_one_span_and_case_or_punctuation_is_no_change() -> None:
    left = _article("Microsoft notified OpenAI of the breach.")
    right = _article(
        "microsoft, OpenAI's biggest investor and partner, notified OpenAI of the breach"
    )
    [block] = with_word_changes(left, right, [Block("match", (0,), (0,), 0.5)])
    assert block.left_changes == ()
    assert _texts(right, block.right_changes) == ["OpenAI's biggest investor and partner"]


def test_changed_figure_is_one_token_never_a_fragment() -> None:
    left_text = "The model cost $5.6 million to train on Nvidia chips."
    right_text = "The model cost $5.58 million to train on Nvidia chips."
    left, right = _article(left_text), _article(right_text)
    [block] = with_word_changes(
        left,
        right,
        [Block("match", (0,), (0,), 0.9)],
        [_figure("$5.6 million", left_text)],
        [_figure("$5.58 million", right_text)],
    )
    assert _texts(left, block.left_changes) == ["$5.6 million"]
    assert _texts(right, block.right_changes) == ["$5.58 million"]


def test_hyphenated_number_word_changes_as_a_whole() -> None:
    left_text, right_text = "About ninety-five people died.", "About ninety-nine people died."
    left, right = _article(left_text), _article(right_text)
    [block] = with_word_changes(
        left,
        right,
        [Block("match", (0,), (0,), 0.9)],
        [_figure("ninety-five", left_text)],
        [_figure("ninety-nine", right_text)],
    )
    assert _texts(left, block.left_changes) == ["ninety-five"]
    assert _texts(right, block.right_changes) == ["ninety-nine"]


def test_joined_paragraphs_get_offsets_in_their_own_paragraph() -> None:
    left = _article("Sacks spoke to Fox News on Tuesday. He cited substantial evidence.")
    right = _article("Sacks spoke to Fox News on Monday.", "He cited substantial evidence.")
    [block] = with_word_changes(left, right, [Block("match", (0,), (0, 1), 0.8)])
    assert _texts(left, block.left_changes) == ["Tuesday"]
    assert block.right_changes == (Span(0, 27, 33),)


def test_a_rewritten_paragraph_gets_no_word_changes_but_an_edit_does() -> None:
    # Real openings of seeds 000 and 001: the same fact in entirely different words. Marking
    # every word as changed would be noise, so a rewrite carries no word changes at all.
    left = _article(
        "Microsoft, a primary investor in OpenAI, is now exploring whether the Chinese company "
        "DeepSeek used nefarious methods to train its reasoning models."
    )
    right = _article(
        "Microsoft and OpenAI are looking into whether data from OpenAI's technology was "
        "obtained unlawfully by DeepSeek, a Chinese artificial intelligence startup."
    )
    [rewrite] = with_word_changes(left, right, [Block("match", (0,), (0,), 0.3)])
    assert rewrite.left_changes == () and rewrite.right_changes == ()
    # An edited copy (google-wiz's AP text and its Canadian edit) keeps its word changes.
    edited_left = _article("Google is buying the cybersecurity company Wiz for $32 billion.")
    edited_right = _article("Google is buying the cybersecurity company Wiz for $32 billion US.")
    [edit] = with_word_changes(edited_left, edited_right, [Block("match", (0,), (0,), 0.9)])
    assert _texts(edited_right, edit.right_changes) == ["US"]


def test_the_rewrite_shortcut_never_contradicts_the_diff() -> None:
    # The shortcut skips the diff when even a longest common subsequence keeps too few words;
    # the cleaned diff keeps no more than that, so wherever it skips, the diff must agree.
    from itertools import product

    from storydiff.core.worddiff import _is_rewrite, _surely_rewrite, changed_words

    words = [list(w) for n in range(1, 5) for w in product("abc", repeat=n)]
    skipped = 0
    for a in words:
        for b in words:
            if _surely_rewrite(a, b):
                skipped += 1
                left_changed, right_changed = changed_words(a, b)
                assert _is_rewrite(len(left_changed), len(a), len(right_changed), len(b)), (a, b)
    assert skipped > 1000  # the shortcut is really taken on these


def test_the_word_diff_work_bound_depends_on_the_text_not_the_clock() -> None:
    # Blocks past the cleanup budget are left without highlights and counted for the notice;
    # which ones depends only on their runs, so the same blocks every time.
    from storydiff.core.worddiff import word_changes, word_diff

    lines = [f"Officials said {n} homes burned in the fire on Tuesday night." for n in range(4)]
    left = _article(*lines)
    right = _article(*(line.replace("Tuesday", "Wednesday") for line in lines))
    blocks = [Block("match", (k,), (k,), 0.9) for k in range(4)]
    runs = len(word_diff(left.paragraphs[0].split(), right.paragraphs[0].split()))
    full, none_skipped = word_changes(left, right, blocks)
    assert none_skipped == 0 and all(b.left_changes for b in full)
    for _ in range(3):
        some, skipped = word_changes(left, right, blocks, budget=2 * runs**2)
        assert skipped == 2 and some[:2] == full[:2] and some[2:] == blocks[2:]


def test_a_paragraph_of_figures_merges_each_figure_once_in_order() -> None:
    # Overlapping and adjacent figures: each word joins the first figure still open at it.
    text = "Costs rose from $5.6 million to $5.58 million, about ninety-five percent, in 2025."
    shown = ["$5.6 million", "$5.58 million", "ninety-five percent", "2025"]
    figures = [_figure(t, text) for t in shown]
    article = _article(text)
    other = _article(text.replace("2025", "2024"))
    [block] = with_word_changes(
        article, other, [Block("match", (0,), (0,), 0.9)], figures, figures[:3]
    )
    assert _texts(article, block.left_changes) == ["2025"]
    assert _texts(other, block.right_changes) == ["2024"]


def test_same_text_with_a_figure_on_one_side_only_is_still_diffed() -> None:
    # Same words but a figure merged on one side only: the tokens differ, so it is no shortcut.
    text = "The model cost $5.6 million to train on Nvidia chips."
    article = _article(text)
    [block] = with_word_changes(
        article, article, [Block("match", (0,), (0,), 1.0)], [_figure("$5.6 million", text)], []
    )
    assert _texts(article, block.left_changes) == ["$5.6 million"]
    assert _texts(article, block.right_changes) == ["$5.6 million"]
