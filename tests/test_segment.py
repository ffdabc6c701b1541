"""Sentence and word segmentation: news abbreviations, quotes, figures, and exact offsets."""

from __future__ import annotations

from itertools import pairwise

import pytest
from helpers import CORPORA, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st
from storydiff.core.model import Article
from storydiff.core.segment import article_sentences, sentence_spans, word_spans
from storydiff.sources.load import load_paths


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in word_spans(text)]


@pytest.fixture(scope="module")
def seed_paragraphs() -> list[str]:
    return [p for a in load_paths([SEEDS]) for p in a.paragraphs]


def test_us_and_dated_abbreviations_do_not_end_sentences() -> None:
    # From the PYMNTS seed: "Jan. 28" and "U.S." sit inside sentences.
    text = (
        "As Bloomberg News reported Tuesday (Jan. 28), sources say researchers found it. "
        "R-1’s arrival caused U.S. tech stocks to stumble."
    )
    assert sentences(text) == [
        "As Bloomberg News reported Tuesday (Jan. 28), sources say researchers found it.",
        "R-1’s arrival caused U.S. tech stocks to stumble.",
    ]


def test_titles_decimals_and_model_names_do_not_end_sentences() -> None:
    text = "Mr. Altman said R1 cost $5.6 million. No. 1 on the App Store was DeepSeek."
    assert sentences(text) == [
        "Mr. Altman said R1 cost $5.6 million.",
        "No. 1 on the App Store was DeepSeek.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = (
        "“There’s substantial evidence that what DeepSeek did here is they distilled the "
        "knowledge out of OpenAI’s models,” Sacks said. “And I think one of the things you’re "
        "going to see is steps to prevent distillation.” He added more."
    )
    got = sentences(text)
    assert got[0].endswith("Sacks said.")
    assert got[1].startswith("“And") and got[1].endswith("distillation.”")
    assert got[2] == "He added more."


def test_repeated_sentence_gets_its_own_offsets() -> None:
    # pysbd's char_span mode can point a repeat at the first copy; ours must not.
    text = "Wiz accepted. The deal closed. Wiz accepted."
    assert sentence_spans(text) == [(0, 13), (14, 30), (31, 44)]


def test_offsets_are_exact_and_cover_every_seed_paragraph(seed_paragraphs: list[str]) -> None:
    for text in seed_paragraphs:
        spans = sentence_spans(text)
        assert [text[s:e] for s, e in spans] == [text[s:e].strip() for s, e in spans]
        assert all(a[1] <= b[0] for a, b in pairwise(spans))  # ordered, disjoint
        covered = "".join(text[s:e] for s, e in spans)
        assert covered.replace(" ", "") == text.replace(" ", "")  # nothing skipped


def test_article_sentences_point_into_their_paragraphs() -> None:
    article = Article("a", "t", "o", ("First one. Second one.", "Third one."))
    got = article_sentences(article)
    assert [(s.paragraph, s.text) for s in got] == [
        (0, "First one."),
        (0, "Second one."),
        (1, "Third one."),
    ]
    assert all(article.paragraphs[s.paragraph][s.start : s.end] == s.text for s in got)


def test_segmenting_a_paragraph_twice_reuses_the_first_result() -> None:
    text = "Memoised paragraph about R1. It has two sentences."
    assert sentence_spans(text) == sentence_spans(text)
    assert sentence_spans(text) is not sentence_spans(text)  # callers get their own list


def test_figures_are_single_word_tokens() -> None:
    text = (
        "It cost $5.58 million on 2,048 Nvidia H800 chips; R-1 hit U.S. stocks, ninety-five "
        "analysts said 64% and US$79 on Jan. 28, 2025."
    )
    got = words(text)
    for figure in ("$5.58", "2,048", "H800", "R-1", "U.S.", "ninety-five", "64%", "US$79", "2025"):
        assert figure in got, figure
    assert "28" in got and "Jan" in got  # a lone abbreviation's dot is punctuation


def test_words_exclude_punctuation_and_keep_apostrophes() -> None:
    assert words("OpenAI’s “distill” claim — (and others).") == [
        "OpenAI’s",
        "distill",
        "claim",
        "and",
        "others",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB .,:-'’%$€£¥5U.S\u00e9\n")), max_size=60))
def test_word_tokens_are_the_word_pattern_matches_with_or_without_currency(text: str) -> None:
    # Text without a currency sign is split by a shorter pattern; the words must be WORD's.
    from storydiff.core.segment import WORD

    assert words(text) == WORD.findall(text)
    assert words(text.replace("$", "").replace("€", "")) == WORD.findall(
        text.replace("$", "").replace("€", "")
    )


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\"”’'$5,-\n\u200b\u202eU.S")), max_size=80))
def test_spans_are_trimmed_ordered_and_inside_any_text(text: str) -> None:
    for spans in (sentence_spans(text), word_spans(text)):
        assert all(0 <= s < e <= len(text) for s, e in spans)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))
    for s, e in sentence_spans(text):
        assert text[s:e] == text[s:e].strip()


def test_long_paragraph_is_split_with_exact_offsets(seed_paragraphs: list[str]) -> None:
    # Over pysbd's chunk size the paragraph is cut at sentence ends; offsets stay exact.
    text = " ".join(seed_paragraphs[:40])
    spans = sentence_spans(text)
    assert len(text) > 5000 and len(spans) > 40
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_plain_paragraphs_get_exactly_pysbds_sentences_without_asking_it() -> None:
    # The pysbd-free path may answer only where pysbd itself would give the same sentences.
    from storydiff.core.plain_sentences import _INNER_END, fast_spans
    from storydiff.core.segment import _pysbd_spans

    folders = [SEEDS, *sorted(CORPORA.glob("*/"))]
    paragraphs = {p for f in folders if f.is_dir() for a in load_paths([f]) for p in a.paragraphs}
    several = [p for p in paragraphs if _INNER_END.search(p)]
    answered = [p for p in several if fast_spans(p) is not None]
    assert all(fast_spans(p) == _pysbd_spans(p) for p in answered)
    assert len(answered) >= len(several) // 2  # it must actually save pysbd calls


WORDS_BEFORE_STOPS = (  # noqa: SIM905 - a word list reads best as words
    "said DeepSeek AI API OpenAI ChatGPT 2024 mid-2024 1080p R1 GPT-4o H100 5 25 100 1,000 $5.6 "
    "U.S U.K e.g a.m Inc Co Corp Jan Sept No Mr Dr St Gen Ltd approx est etc vs i ii iv x XI "
    "A J am pm OK Ph.D D.C Yahoo Jeopardy cost-effectively Trump's firms' one twenty Switch "
    "$449.99 US$79 €20 5.58 3.5% 10% 2,048"
).split()
NEXT_WORDS = (  # noqa: SIM905
    'The Then It the then it 7 2024 “The "The (The ‘The AI U.S. iPhone eBay x 50% A I'
).split()
STOPS = (".", "!", "?", ".”", '."', "?”", ".)", "..", "...", "?!", "…", " …", "?…")


def test_plain_path_agrees_with_pysbd_on_every_kind_of_sentence_end() -> None:
    # Every shape of word before every kind of stop before every kind of next word, alone and
    # as the second of two numbered stops (pysbd reads consecutive small numbers as a list).
    from pysbd.lang.english import English
    from storydiff.core.plain_sentences import fast_spans
    from storydiff.core.segment import _pysbd_spans

    before = [*WORDS_BEFORE_STOPS, *(a.strip() for a in English.Abbreviation.ABBREVIATIONS)]
    texts = [
        f"{opening}{word}{stop} {after} met in the city."
        for word in before
        for stop in STOPS
        for after in NEXT_WORDS
        for opening in ("", "The report by ")
    ]
    texts += [
        f"{lead}{n}. {after} rose to {m}. Then it fell."
        for n in range(0, 30, 2)
        for m in (n - 1, n + 1, n + 7)
        for lead in ("", "Sales in ", "Sales -")
        for after in ("The", "the")
    ]
    texts += [
        f"{lead}{n}. {after} rose."
        for n in range(30)
        for lead in ("", "Sales in ")
        for after in ("The", "the")
    ]
    answered = [t for t in texts if fast_spans(t) is not None]
    wrong = [t for t in answered if fast_spans(t) != _pysbd_spans(t)]
    assert wrong == []
    # ...and it answers for the common shapes, so pysbd is rarely asked on news text.
    common = ["DeepSeek. The", "AI. the", "2024. It", "in 2. The", "U.S. the", "Jan. 7"]
    assert all(any(c in t for t in answered) for c in common)


QUOTE_MARKS = (
    ("“", "”"),
    ('"', '"'),
    ("(", ")"),
    ("[", "]"),
    ("‘", "’"),
    ("«", "»"),
    ("-- ", " --"),
)


def test_fast_paths_agree_with_pysbd_around_quotations_brackets_and_spacing() -> None:
    # pysbd never ends a sentence inside a quotation or brackets (or between "--" pairs), makes
    # a quotation that opens a sentence a sentence of its own before a capital ("“Dune” The
    # film"), and reads "Sept.  2024" (two spaces) as two sentences: whatever the splitter
    # answers without pysbd must be what pysbd answers.
    from storydiff.core.segment import _cached_spans, _pysbd_spans

    texts = [
        text
        for opening, closing in QUOTE_MARKS
        for word in ("said", "2024", "U.S", "Inc", "$5.6", "No")
        for stop in (".", "?", ",")
        for after in ("The", "the", "7", '"The')
        for text in (
            f"He said {opening}it rained {word}{stop} {after} sun came{closing} and went.",
            f"{opening}It rained {word}{stop} {after} sun came.{closing} Then {word}. It ended.",
            f"{opening}It rained {word}{stop} {after} sun came{closing} Then it ended.",
        )
    ]
    texts += [
        f"It was {w}.{gap}{n} more."
        for w in ("Sept", "me", "U.S", "said")
        for gap in (" ", "  ", "\t", "\u00a0")
        for n in ("2024", "the", "The")
    ]
    wrong = [t for t in texts if _cached_spans.__wrapped__(t) != _pysbd_spans(t)]
    assert wrong == []


def test_fast_paths_agree_with_pysbd_on_stray_and_glued_marks() -> None:
    # Scraped text loses spaces and pairs ("reported?“Then", 'got,” (AP) “It', an unclosed
    # bracket) and has ellipses (pysbd never ends a sentence at "…" but does at "?…"): random
    # runs of words, stops and marks, the splitter against pysbd itself.
    import random

    from storydiff.core.segment import _cached_spans, _pysbd_spans

    rng = random.Random(20250129)
    words = [
        "said",
        "DeepSeek",
        "the",
        "It",
        "The",
        "Then",
        "7",
        "AI",
        "U.S.",
        "Jan",
        "I",
        "J",
        "b",
    ]
    marks = ["“", "”", '"', "(", ")", "[", "]"]
    texts = []
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(2, 5)):
            word = rng.choice(words) + rng.choice([".", "", "", ",", "?", "…", " …"])
            parts.append(word + (rng.choice(marks) if rng.random() < 0.3 else ""))
            parts.append((rng.choice(marks) if rng.random() < 0.35 else "") + rng.choice(words))
        texts.append(" ".join(parts) + ".")
    wrong = [t for t in texts if _cached_spans.__wrapped__(t) != _pysbd_spans(t)]
    assert wrong == []


def test_an_unclosed_quotation_needs_no_pysbd() -> None:
    # A page cut mid-quote ("“We will continue supporting customers across all maj") leaves
    # a mark without its pair; pysbd protects nothing there, and neither does the fast path.
    from storydiff.core.plain_sentences import fast_spans
    from storydiff.core.segment import _pysbd_spans

    text = "It grew fast. “Becoming part of it helps,” he said. “We will continue supporting all"
    assert fast_spans(text) is not None and fast_spans(text) == _pysbd_spans(text)
    assert sentences(text)[-1] == "“We will continue supporting all"


def test_initials_need_no_pysbd_but_the_pronoun_and_lettered_lists_do() -> None:
    # pysbd reads "J." before a name as an initial, "I." as the end of a sentence, and "a."
    # then "b." as a lettered list; the fast path answers only the first, as pysbd does.
    from storydiff.core.plain_sentences import fast_spans
    from storydiff.core.segment import _pysbd_spans

    getty = "Fires burned near the campus and the J. Paul Getty Museum. Crews held the line."
    assert fast_spans(getty) == _pysbd_spans(getty) and len(sentences(getty)) == 2
    for text in ("So do I. The rest left.", "It opened at 9 a.m. and closed at b. noon."):
        fast = fast_spans(text)
        assert fast is None or fast == _pysbd_spans(text)


def test_quoted_sentences_stay_together_as_pysbd_keeps_them() -> None:
    # pysbd never ends a sentence inside a quotation, so neither may the plain path.
    text = "He said “I left. She stayed.” Then he went. It rained."
    assert sentences(text) == ["He said “I left. She stayed.”", "Then he went.", "It rained."]


def test_names_with_exclamation_marks_and_abbreviations_are_left_to_pysbd() -> None:
    # "Yahoo!" and "Inc." look like sentence ends to a punctuation rule; pysbd knows better.
    assert sentences("Yahoo! Finance said so. Shares rose.") == [
        "Yahoo! Finance said so.",
        "Shares rose.",
    ]
    assert sentences("The firm beat Apple Inc. Shares rose.")[0].startswith("The firm beat")


def test_article_sentences_are_computed_once_per_article() -> None:
    article = Article("a", "A", "a", ("One thing happened here. Then another thing did.",))
    first, second = article_sentences(article), article_sentences(article)
    assert first == second and first[0] is second[0]


def test_quick_pysbd_gives_pysbds_own_sentences_on_every_real_paragraph() -> None:
    # _pysbd_sentences re-implements pysbd's abbreviation search and sentence lookup for speed;
    # pysbd's own Segmenter is the reference, on real paragraphs and on variants that stress
    # case (upper/lower: abbreviations are matched case-insensitively), line breaks and cuts.
    from storydiff.core.segment import _pysbd_sentences, _segmenter

    folders = [SEEDS, *sorted(CORPORA.glob("*/"))]
    paragraphs = {p for f in folders if f.is_dir() for a in load_paths([f]) for p in a.paragraphs}
    variants = [
        variant
        for p in sorted(paragraphs)
        for variant in (p, p.upper(), p.lower(), p.replace(" ", "\n", 3), p[len(p) // 3 :])
    ]
    variants += ["Co. Co. co. CO. Inc. is No. 5 at St. Paul's. Gen. Lee left.", "ſt. Kelvin. X"]
    segmenter = _segmenter()
    assert all(_pysbd_sentences(v) == segmenter.segment(v) for v in variants)
