"""Invariants of the whole comparison on random and hostile text (hypothesis).

Whatever the input: no exception, every paragraph in exactly one alignment block, every span
inside its paragraph, an article compared with itself shows no difference, and swapping the
sides mirrors the alignment.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storydiff.core.compare import compare
from storydiff.core.model import Article, Comparison

WORDS = ["Microsoft", "OpenAI", "said", "the", "$5.6", "million", "Tuesday", "[bold]", "[/]",
         "\x1b[31m", "<script>", "2,048", "chips", "«quote»", "שלום", "\u200b", "\u202e", "50%",
         "R1", "U.S.", "Jan.", "28", "under", "about", "data", "ninety-five", "a", "third"]
word = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12))
spaced = st.lists(word, min_size=1, max_size=40).map(" ".join).filter(str.strip)
CJK_PIECES = ["微软", "调查", "周二", "周三", "560万美元", "不到600万美元", "。", "，", "“证据。”",
              "火曜日", "約", "5%左右", "2025年1月28日", "DeepSeek", "$5.6", "多", "万", "亿", " ",
              "약 560만 달러", "600만 달러 미만", "화요일", "비용이", "5억 8900만"]
cjk_text = st.text(st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF), max_size=6)
unspaced = st.lists(st.one_of(st.sampled_from(CJK_PIECES), cjk_text), min_size=1, max_size=40)
unspaced = unspaced.map("".join).filter(str.strip)
"""Chinese and Japanese (no spaces between words) and Korean figures, glued to words."""
paragraph = st.one_of(spaced, unspaced)
paragraphs = st.lists(paragraph, min_size=1, max_size=8)


def _article(name: str, body: list[str]) -> Article:
    return Article(path=name, title=name, outlet=name, paragraphs=tuple(body))


def _check_spans(c: Comparison) -> None:
    spans = [(c.left, p.left) for p in c.shared] + [(c.right, p.right) for p in c.shared]
    spans += [(c.left, s.span) for s in c.unique_left] + [(c.right, s.span) for s in c.unique_right]
    for pair in c.figures:
        spans += [(c.left, pair.left.span)] if pair.left else []
        spans += [(c.right, pair.right.span)] if pair.right else []
    for block in c.blocks:
        spans += [(c.left, s) for s in block.left_changes]
        spans += [(c.right, s) for s in block.right_changes]
    for article, span in spans:
        text = article.paragraphs[span.paragraph]
        assert 0 <= span.start < span.end <= len(text)


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(paragraphs, paragraphs)
def test_every_paragraph_lies_in_exactly_one_block_and_spans_fit(left, right) -> None:
    c = compare(_article("l", left), _article("r", right))
    assert sorted(i for b in c.blocks for i in b.left) == list(range(len(left)))
    assert sorted(i for b in c.blocks for i in b.right) == list(range(len(right)))
    _check_spans(c)


@FAST
@given(paragraphs)
def test_an_article_compared_with_itself_shows_no_difference(body) -> None:
    c = compare(_article("l", body), _article("r", body))
    assert all(b.kind == "match" for b in c.blocks)
    assert not c.unique_left and not c.unique_right
    assert not any(b.left_changes or b.right_changes for b in c.blocks)
    assert all(f.kind == "same" for f in c.figures)


@FAST
@given(paragraphs, paragraphs)
def test_swapping_sides_mirrors_the_pairing(left, right) -> None:
    forward = compare(_article("l", left), _article("r", right))
    backward = compare(_article("r", right), _article("l", left))
    pairs = {(b.left, b.right) for b in forward.blocks if b.left and b.right}
    mirrored = {(b.right, b.left) for b in backward.blocks if b.left and b.right}
    assert pairs == mirrored
