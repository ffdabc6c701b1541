"""Pairing and verdicts on the seed pairs: the training cost, the market value, the day of the
Bloomberg report, and no false conflict between unrelated numbers."""

from __future__ import annotations

from functools import cache

import pytest
from helpers import SEEDS
from storydiff.core.align import align
from storydiff.core.compare import compare
from storydiff.core.figures import article_figures, extract_figures, pair_figures
from storydiff.core.figures.pairing import MAX_FIGURES
from storydiff.core.figures.verdict import judge
from storydiff.core.model import Article, Block, FigurePair
from storydiff.sources.load import load_article


@cache
def seed(prefix: str) -> Article:
    return load_article(next(SEEDS.glob(f"{prefix}_*.txt")))


@cache
def pairs(left: str, right: str, *, blocks: bool = True) -> tuple[FigurePair, ...]:
    a, b = seed(left), seed(right)
    aligned = align(a, b) if blocks else []
    return tuple(pair_figures(a, b, article_figures(a), article_figures(b), aligned))


def pair_of(found: tuple[FigurePair, ...], left_text: str) -> FigurePair:
    matches = [p for p in found if p.left is not None and p.left.text == left_text]
    assert matches, f"{left_text!r} not paired: {[(p.kind, p.left, p.right) for p in found]}"
    return matches[0]


TRAINING = {
    "000": "just $5.6 million",
    "002": "under $6 million",
    "003": "a few million dollars",
    "004": "only $5.58 million",
}
"""The training cost as each seed words it."""


@pytest.mark.parametrize(
    ("left", "right"),
    [("000", "002"), ("000", "003"), ("000", "004"), ("002", "004"), ("003", "004")],
)
def test_training_cost_figures_pair_and_agree(left, right):
    # Every outlet reports one DeepSeek training cost; rounding and hedges reconcile them all.
    pair = pair_of(pairs(left, right), TRAINING[left])
    assert pair.right is not None and pair.right.text == TRAINING[right]
    assert pair.kind in ("same", "consistent")
    assert pair.reason


def test_rounded_cost_reason_says_it_rounds():
    # Seed 000 "$5.6 million" vs seed 004 "$5.58 million": one rounds the other.
    pair = pair_of(pairs("000", "004"), "just $5.6 million")
    assert pair.kind == "consistent"
    assert pair.reason == "$5.58 million rounds to $5.6 million"


def test_hedged_cost_reason_names_the_hedge():
    # Seed 002 "under $6 million" allows seed 004's $5.58 million.
    pair = pair_of(pairs("002", "004"), "under $6 million")
    assert pair.reason == "$5.58 million is under $6 million"


def test_vague_few_million_is_consistent_with_an_exact_amount():
    # Seed 003 "a few million dollars" covers seed 004's $5.58 million.
    pair = pair_of(pairs("003", "004"), "a few million dollars")
    assert pair.kind == "consistent"
    assert "within a few million dollars" in pair.reason


def test_one_company_and_a_group_of_companies_are_two_quantities():
    # Seed 002: Nvidia's "$600 million valuation tumble"; seed 004: "$1.5 trillion in market
    # value from companies such as Nvidia, Google and Microsoft". Both are market value lost,
    # of different owners: two quantities, never a conflict.
    pair = pair_of(pairs("002", "004"), "$600 million")
    assert pair.right is None and pair.kind == "left_only"
    assert pair.left.subject == "Nvidia" and pair.left.measure == "market value lost"


def test_report_weekday_conflicts():
    # Seed 002: "sources told Bloomberg on Wednesday"; seed 004: "Bloomberg News reported
    # Tuesday (Jan. 28)".
    pair = pair_of(pairs("002", "004"), "Wednesday")
    assert pair.right is not None and pair.right.text == "Tuesday"
    assert pair.right.paragraph == next(
        i for i, p in enumerate(seed("004").paragraphs) if "Bloomberg News reported" in p
    )
    assert pair.kind == "conflict"
    assert pair.reason == "Wednesday vs Tuesday: different days"
    assert pair.fact.split(" · ")[-1] == "report day"  # the event the weekday dates


def test_sacks_interview_day_agrees():
    # Both seeds date David Sacks's Fox News comments to Tuesday.
    pair = pair_of(pairs("002", "004"), "Tuesday")
    assert pair.kind == "same"
    assert "Sacks" in seed("004").paragraphs[pair.right.paragraph]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("000", "001"),
        ("000", "002"),
        ("000", "003"),
        ("000", "004"),
        ("001", "002"),
        ("001", "003"),
        ("001", "004"),
        ("002", "003"),
        ("002", "004"),
        ("003", "004"),
    ],
)
def test_no_conflict_between_unrelated_numbers(left, right):
    # Chips and users, costs and market values: only the market value and report day conflict.
    conflicts = {(p.left.text, p.right.text) for p in pairs(left, right) if p.kind == "conflict"}
    assert conflicts <= {("$600 million", "$1.5 trillion"), ("Wednesday", "Tuesday")}


def test_every_figure_appears_once():
    a, b = seed("002"), seed("004")
    found = pairs("002", "004")
    assert sorted(id(p.left) for p in found if p.left) == sorted(id(f) for f in found_left(found))
    assert len([p for p in found if p.left]) == len(article_figures(a))
    assert len([p for p in found if p.right]) == len(article_figures(b))


def found_left(found: tuple[FigurePair, ...]) -> list:
    return [p.left for p in found if p.left]


def test_pairing_without_alignment_still_pairs_the_facts():
    # Blocks may be poor; context words alone still pair the market value and weekday.
    found = pairs("002", "004", blocks=False)
    assert pair_of(found, "under $6 million").right.text == "only $5.58 million"
    assert pair_of(found, "Wednesday").kind == "conflict"


def test_chips_never_pair_with_users():
    a = Article("a", "", "A", ("It bought 2,048 Nvidia H800 chips to train the model.",))
    b = Article("b", "", "B", ("It has 400 million weekly active users.",))
    blocks = [Block("match", (0,), (0,), 0.5)]
    found = pair_figures(a, b, article_figures(a), article_figures(b), blocks)
    assert sorted(p.kind for p in found) == ["left_only", "right_only"]


def test_article_against_itself_is_all_same():
    a = seed("004")
    blocks = align(a, a)
    found = pair_figures(a, a, article_figures(a), article_figures(a), blocks)
    assert found and all(p.kind == "same" for p in found)


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("$5.58 million", "about $5.6 million", "consistent"),
        ("$5.58 million", "under $6 million", "consistent"),
        ("$5.6 million", "$5.6 million", "same"),
        ("$5.58 million", "$6.1 million", "conflict"),
        ("$5.58 million", "more than $6 million", "conflict"),
        ("40%", "42%", "conflict"),
        ("January 28", "January 28, 2025", "consistent"),
        ("January 28", "January 29", "conflict"),
    ],
)
def test_verdicts_on_written_figures(left, right, kind):
    assert judge(extract_figures(left)[0], extract_figures(right)[0])[0] == kind


def test_rarity_counts_each_stem_once_per_paragraph_on_the_seeds():
    # Stems written several ways ("train", "trained") are counted separately from the rest:
    # the counts must equal a plain count of stems per paragraph, for the stems asked for.
    import math
    import re

    from storydiff.core.figures.facts import rarity, stem

    paragraphs = [*seed("000").paragraphs, *seed("004").paragraphs]
    word = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
    df: dict[str, int] = {}
    for p in paragraphs:
        for k in {stem(w) for w in word.findall(p)}:
            df[k] = df.get(k, 0) + 1
    n = len(paragraphs)
    wanted = set(list(df)[::2]) | {"nosuchstem"}
    expected = {k: math.log(1 + n / v) for k, v in df.items() if k in wanted}
    assert rarity(paragraphs, wanted) == expected
    assert any(len({w for w in word.findall(" ".join(paragraphs)) if stem(w) == k}) > 1 for k in df)


@pytest.mark.parametrize("short_stem", [False, True])
def test_rarity_skips_only_words_that_cannot_give_a_wanted_stem(short_stem):
    # rarity stems only the words whose first three lower-case letters begin a wanted stem,
    # or that may give a wanted stem under three letters ("it" of "it's"): the weights must
    # equal a plain count over every word, on the seeds and on words whose case or
    # apostrophes are unusual.
    import math
    import re

    from storydiff.core.figures.facts import rarity, stem

    paragraphs = [
        *seed("001").paragraphs,
        *seed("003").paragraphs,
        "İstanbul's TRAINING costs; I’ve trained, Trainers don’t. ÉTÉ été Ünal’s. It's AI",
    ]
    word = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
    df: dict[str, int] = {}
    for p in paragraphs:
        for k in {stem(w) for w in word.findall(p)}:
            df[k] = df.get(k, 0) + 1
    wanted = {k for k in df if len(k) >= 3 and k[:1] in "itdeéüsc"}
    if short_stem:
        wanted |= {"i", "it", "ai"}
    assert {stem(w) for w in ("İstanbul's", "TRAINING", "don’t", "ÉTÉ", "Ünal’s")} <= wanted
    assert len(stem("İstanbul")[:3]) == 3 and len("İst"[:3].lower()) == 4  # lower() grows
    n = len(paragraphs)
    expected = {k: math.log(1 + n / v) for k, v in df.items() if k in wanted}
    assert rarity(paragraphs, wanted) == expected


def test_figures_past_the_pairing_cap_are_listed_unpaired_with_a_notice():
    # A table of 450 prices against a seed: pairing compares the first MAX_FIGURES figures
    # (it is quadratic); the other 50 used to vanish from the comparison without a word.
    table = " ".join(f"Lot {k} sold for ${k + 1} million." for k in range(450))
    left = Article("table.txt", "Prices", "auction", (table,))
    c = compare(left, seed("000"))
    listed = [p.left for p in c.figures if p.left is not None]
    assert len(listed) == len(article_figures(left)) > MAX_FIGURES
    beyond = [p for p in c.figures if p.reason.startswith("not compared")]
    assert len(beyond) == len(listed) - MAX_FIGURES
    assert all(p.kind == "left_only" and "more than 400 figures" in p.reason for p in beyond)
    assert any(f"the other {len(beyond)} are listed unpaired" in n for n in c.notices)


def test_figures_of_an_article_compared_with_itself_pair_with_their_own_copies() -> None:
    # Found by the property tests: both figures share one sentence and the same context
    # words, so their scores tie but for the last bit of a sum added in another order;
    # ties go by reading order, so each figure pairs with its own copy.
    body = ("OpenAI Microsoft A0A0A0A Microsoft ¹ A0A 2,048 A0A A0A0¹ > 0",)
    article = Article("a.txt", "A", "a", body)
    c = compare(article, article)
    assert [(p.kind, p.left.text, p.right.text) for p in c.figures] == [
        ("same", "2,048", "2,048"),
        ("same", "> 0", "> 0"),
    ]
