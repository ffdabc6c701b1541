"""Chinese and Japanese articles (written without spaces) and scripts without letter case.

The fixtures in ``fixtures/cjk`` are short articles written for these tests on the seeds'
story: two Chinese outlets (one copying a paragraph, one giving "Wednesday" for "Tuesday"
and "under 6 million dollars" for "5.6 million"), two Japanese and two Korean ones, and an
Arabic page with navigation lines around it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import focused_text
from storydiff.core import cjk
from storydiff.core.compare import compare
from storydiff.core.figures import article_figures
from storydiff.core.figures.cjk import cjk_figures
from storydiff.core.segment import sentence_spans, word_tokens
from storydiff.core.similarity import terms
from storydiff.sources.load import load_article
from storydiff.ui.app import StorydiffApp
from storydiff.ui.screens.pair import PairScreen

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cjk"


def _load(name: str):
    return load_article(FIXTURES / name)


def _figure_rows(c) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.kind, p.left.text if p.left else None, p.right.text if p.right else None)
        for p in c.figures
    ]


def test_chinese_page_keeps_the_headline_and_drops_the_navigation() -> None:
    article = _load("zh_a.txt")
    assert article.title == "微软和OpenAI调查DeepSeek是否违规使用数据"
    assert article.paragraphs[0].startswith("据彭博社周二报道")
    assert article.paragraphs[-1].startswith("OpenAI在一份声明中表示")
    assert {"首页", "科技", "财经", "相关阅读"} <= set(article.dropped)
    # One word per Chinese character, as the word diff and shared passages count them.
    assert article.words == sum(cjk.word_count(p) for p in article.paragraphs)
    assert article.words > 200


def test_arabic_page_keeps_the_headline_and_drops_the_navigation() -> None:
    article = _load("ar_a.txt")
    assert article.title.startswith("مايكروسوفت تحقق")
    assert len(article.paragraphs) == 3
    assert {"الرئيسية", "أخبار"} <= set(article.dropped)


def test_chinese_text_is_cut_into_characters_pairs_and_sentences() -> None:
    text = "萨克斯周二表示：“证据很多。”微软拒绝置评。DeepSeek没有回应。"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "萨克斯周二表示：“证据很多。”",
        "微软拒绝置评。",
        "DeepSeek没有回应。",
    ]
    words = word_tokens("DeepSeek声称R-1的成本为560万美元")[0]
    assert words == ("DeepSeek", "声", "称", "R-1", "的", "成", "本", "为", "560", "万", "美", "元")
    assert [t for t, _ in terms("训练成本很低")] == ["训练", "练成", "成本", "本很", "很低"]


def test_an_english_paragraph_naming_someone_in_chinese_keeps_english_sentences() -> None:
    text = "Liang Wenfeng (梁文锋) founded DeepSeek. It is based in Hangzhou."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Liang Wenfeng (梁文锋) founded DeepSeek.",
        "It is based in Hangzhou.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("成本仅为560万美元。", [("仅为560万美元", "money", 5.6e6, "USD", "only")]),
        ("成本不到600万美元。", [("不到600万美元", "money", 6e6, "USD", "under")]),
        ("市值蒸发约5890亿美元", [("约5890亿美元", "money", 5.89e11, "USD", "about")]),
        ("600多万人受影响", [("600多万", "number", 6e6, None, "over")]),
        ("涨幅在5%左右", [("5%左右", "percent", 5.0, "%", "about")]),
        ("2025年1月28日", [("2025年1月28日", "date", 20250128.0, "date", None)]),
        ("周二和星期日", [("周二", "weekday", 1.0, "weekday", None),
                       ("星期日", "weekday", 6.0, "weekday", None)]),
        ("火曜日に発表、費用は600万ドル未満",
         [("火曜日", "weekday", 1.0, "weekday", None),
          ("600万ドル未満", "money", 6e6, "USD", "under")]),
        ("2024年的营收", [("2024年", "year", 2024.0, "year", None)]),
        ("市值蒸发5亿8900万美元", [("5亿8900万美元", "money", 5.89e8, "USD", None)]),
        ("약 560만 달러를 들였다", [("약 560만 달러", "money", 5.6e6, "USD", "about")]),
        ("600만 달러 미만", [("600만 달러 미만", "money", 6e6, "USD", "under")]),
        ("3천만 원, 600여만 명", [("3천만 원", "money", 3e7, "KRW", None),
                             ("600여만", "number", 6e6, None, "over")]),
        ("2025년 1월 28일 화요일", [("2025년 1월 28일", "date", 20250128.0, "date", None),
                              ("화요일", "weekday", 1.0, "weekday", None)]),
        ("계약 3건", []),  # the "약" (about) that ends 계약 (a contract) is no hedge
        ("3万5万人", [("3万", "number", 3e4, None, None)]),  # groups that do not descend: a list
        ("第3名，共12人", []),  # bare numbers without a scale: left to the English readers
    ],
)
def test_cjk_figures(text: str, expected: list) -> None:
    found = [(f.text, f.kind, f.value, f.unit, f.qualifier) for f in cjk_figures(text)]
    assert found == expected


def test_a_dollar_figure_quoted_in_chinese_is_still_read() -> None:
    article = load_article(FIXTURES / "zh_a.txt")
    quoted = article.__class__("q.txt", "q", "q", ("报道称，成本为$5.6 million，周二公布。",))
    texts = [f.text for f in article_figures(quoted)]
    assert texts == ["$5.6 million", "周二"]


def test_two_chinese_outlets_compare_like_two_english_ones() -> None:
    left, right = _load("zh_a.txt"), _load("zh_b.txt")
    c = compare(left, right)
    # The copied paragraph is one shared passage, whole.
    copied = "据彭博社周二报道，微软的安全研究人员在去年秋天发现"
    passage = next(p for p in c.shared if p.text.startswith(copied))
    assert passage.text.endswith("他们认为这些人可能与DeepSeek有关") and passage.words == 56
    # Its paragraph is paired with the other outlet's (which adds one sentence).
    pairs = {(b.left, b.right) for b in c.blocks if b.kind == "match"}
    assert ((0,), (0,)) in pairs
    rows = _figure_rows(c)
    assert ("conflict", "周二", "周三") in rows
    assert ("consistent", "仅为560万美元", "不到600万美元") in rows
    assert ("consistent", "约5890亿美元", "近6000亿美元") in rows
    conflict = next(p for p in c.figures if p.kind == "conflict")
    assert conflict.reason == "Tuesday vs Wednesday: different days"
    # What only one outlet says.
    assert any("分析人士指出" in s.text for s in c.unique_right)
    assert any("他没有提供具体证据" in s.text for s in c.unique_left)


def test_the_word_diff_marks_the_characters_that_changed() -> None:
    left, right = _load("zh_a.txt"), _load("zh_b.txt")
    c = compare(left, right)
    block = next(b for b in c.blocks if b.left == (2,) and b.right == (1,))
    left_changes = [left.paragraphs[2][s.start : s.end] for s in block.left_changes]
    right_changes = [right.paragraphs[1][s.start : s.end] for s in block.right_changes]
    assert "大量" in left_changes  # "有大量证据表明" against "有证据表明"
    assert "周三" in right_changes  # a figure is marked whole, as "Wednesday" would be
    assert "有证据表明" not in right_changes


def test_japanese_outlets_differ_on_the_weekday_and_agree_on_the_cost() -> None:
    c = compare(_load("ja_a.txt"), _load("ja_b.txt"))
    rows = _figure_rows(c)
    assert ("conflict", "火曜日", "水曜日") in rows
    assert ("consistent", "560万ドル", "600万ドル未満") in rows
    assert c.shared and c.shared[0].words > 40


def test_korean_outlets_differ_on_the_weekday_and_agree_on_the_cost() -> None:
    # Korean is written with spaces, so only its figures need the CJK readers; the words
    # around them meet once their particles are cut ("비용이", "비용은": the cost).
    c = compare(_load("ko_a.txt"), _load("ko_b.txt"))
    rows = _figure_rows(c)
    assert ("conflict", "화요일", "수요일") in rows
    assert ("consistent", "약 560만 달러", "600만 달러 미만") in rows


def test_english_text_takes_none_of_the_cjk_paths() -> None:
    english = "Microsoft said on Tuesday it “can’t comment” on DeepSeek’s $5.6 million claim."
    assert not cjk.has_cjk(english)
    assert cjk.words(english) == english.split()
    assert cjk.word_count(english) == len(english.split())


async def test_the_reader_shows_a_chinese_pair_and_jumps_to_its_figure_conflict() -> None:
    app = StorydiffApp([_load("zh_a.txt"), _load("zh_b.txt")], home="pair")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PairScreen)
        stops = []
        for _ in range(2):
            await pilot.press("f")
            await pilot.pause()
            stops.append(focused_text(screen))
        # Reading order: the training cost (worded differently), then Tuesday/Wednesday.
        assert stops == [
            {"left": "仅为560万美元", "right": "不到600万美元"},
            {"left": "周二", "right": "周三"},
        ]


def test_html_export_tags_each_paragraph_with_its_language() -> None:
    from storydiff.export.html import render

    page = render(compare(_load("ja_a.txt"), _load("zh_a.txt")))
    # Browsers draw some ideographs differently in Japanese and Chinese: each paragraph says
    # which it is; others say nothing (the page is lang="en"), except that Arabic and Hebrew
    # paragraphs let the browser set their direction.
    assert '<p class="para" id="l0" lang="ja">' in page
    assert '<p class="para" id="r0" lang="zh">' in page
    arabic = render(compare(_load("ar_a.txt"), _load("ar_a.txt")))
    assert '<p class="para" id="l0" dir="auto">' in arabic  # right to left, set by the browser
    assert " lang=" not in arabic.split("</head>")[1]
