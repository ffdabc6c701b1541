"""Alignment quality on real articles, against the hand-made gold in gold/alignments.json."""

from __future__ import annotations

import json

import pytest
from helpers import SEEDS, benchmark
from storydiff.core.align import align
from storydiff.core.claims import unique_claims
from storydiff.core.model import Article, Block
from storydiff.sources.load import load_article

F1_FLOOR = 0.856
"""Overall pairwise F1 on the gold: 0.734 before the join/moved rework, 0.768 after, 0.842
with sentence scores, mutual best pairs and attached paragraphs (issue 17), 0.856 with figure
matches (the same since the figures of one measure whose subject one side leaves unsaid)."""
PRECISION_FLOOR = 0.931
"""Overall precision measured 0.9315: joins must not buy recall with wrong pairs."""


def _quality():
    return benchmark("alignment_quality")


def _seed(number: str) -> Article:
    return load_article(next(SEEDS.glob(f"{number}_*.txt")))


def _at(article: Article, phrase: str) -> int:
    return _quality().find_paragraph(article, phrase)


def _block_of(blocks: list[Block], side: str, index: int) -> Block:
    return next(b for b in blocks if index in getattr(b, side))


def test_every_gold_phrase_names_exactly_one_paragraph() -> None:
    # load_gold raises if a phrase matches no paragraph or several (e.g. after cleaning changes).
    assert len(_quality().load_gold()) >= 6


@pytest.mark.shared
def test_overall_gold_f1_and_precision_stay_above_the_measured_floor() -> None:
    quality = _quality()
    gold = quality.load_gold()
    listed = len(json.loads(quality.GOLD.read_text(encoding="utf-8"))["pairs"])
    assert len(gold) == listed  # the floors were measured over every pair, corpora included
    overall = quality.evaluate(gold)["overall"]
    # The floors sit just below the measured values (see the constants).
    assert overall.f1 >= F1_FLOOR
    assert overall.precision >= PRECISION_FLOOR


def test_sacks_attribution_and_quote_join_the_paragraph_giving_both() -> None:
    digital, digit = _seed("000"), _seed("001")
    blocks = align(digital, digit)
    # 000 reports Sacks on Fox News, then quotes him; 001 says both in one paragraph.
    block = _block_of(blocks, "right", _at(digit, "David Sacks, former President"))
    assert set(block.left) == {
        _at(digital, "The news comes not long after"),
        _at(digital, "There's substantial evidence that what DeepSeek"),
    }


def test_openai_spokesperson_and_quote_join_openais_reply() -> None:
    digital, digit = _seed("000"), _seed("001")
    blocks = align(digital, digit)
    # 000's spokesperson sentence and statement correspond to 001's summary of OpenAI's reply.
    block = _block_of(blocks, "right", _at(digit, "OpenAI responded to Sacks"))
    assert set(block.left) == {
        _at(digital, "An OpenAI spokesperson told Reuters"),
        _at(digital, "We engage in counter-measures"),
    }


def test_microsoft_researchers_paragraph_finds_its_counterpart() -> None:
    # Reworded, and 001's lede pairs better with 000's lede: found since pairs are scored by
    # their closest sentences too and the in-order break-even is 0.12.
    digital, digit = _seed("000"), _seed("001")
    blocks = align(digital, digit)
    # Researchers found the API data extraction last fall and Microsoft told OpenAI: 001 says
    # it in its lede and in "After noticing the suspicious activity".
    block = _block_of(blocks, "left", _at(digital, "Security researchers sanctioned by Microsoft"))
    assert set(block.right) & {
        _at(digit, "are looking into whether data"),
        _at(digit, "After noticing the suspicious activity"),
    }


def test_lede_split_over_two_paragraphs_is_one_block() -> None:
    digit, pymnts = _seed("001"), _seed("004")
    blocks = align(digit, pymnts)
    # 001's lede holds the probe and the researchers' discovery; 004 gives them one each.
    block = _block_of(blocks, "left", _at(digit, "are looking into whether data"))
    assert set(block.right) == {
        _at(pymnts, "improperly accessed by a group"),
        _at(pymnts, "As Bloomberg News reported Tuesday"),
    }


LONG_SENTENCE = (
    "After noticing suspicious activity last fall, when individuals connected to a Chinese "
    "startup were exfiltrating large amounts of data through the programming interface that "
    "developers license to integrate powerful models into their own applications, Microsoft, "
    "the biggest investor and technology partner, alerted OpenAI to the breach, which could "
    "violate its terms of service and suggests the group bypassed restrictions on how much "
    "data it could obtain, sources familiar with the matter told Bloomberg reporters, as "
    "investors weighed what the episode means for American companies racing to build ever "
    "larger artificial intelligence systems on expensive chips."
)


def test_a_short_fact_inside_a_longer_sentence_is_not_unique() -> None:
    left = Article("l", "t", "l", ("The investor alerted its partner to the breach.",))
    right = Article("r", "t", "r", (LONG_SENTENCE,))
    only_left, _ = unique_claims(left, right, align(left, right))
    # Every content word of the short sentence is in the long one, whose length drags the
    # cosine below UNIQUE_MAX: the short sentence states nothing new all the same.
    assert only_left == []
