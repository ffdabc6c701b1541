"""Unique claims: sentences whose content the other article states nowhere."""

from __future__ import annotations

import pytest
from helpers import CORPORA
from helpers import SEED_FILES as SEEDS
from storydiff.core.align import align
from storydiff.core.claims import unique_claims
from storydiff.core.model import Article
from storydiff.sources.load import load_article

SHARED = (
    "Nintendo will launch the Switch 2 console on June 5 for $449.99. "
    "The new Joy-Con controllers can work like a computer mouse."
)
EXTRA = "Analyst Serkan Toto expects Nintendo to sell fifteen million consoles by March."


def _article(*paragraphs: str) -> Article:
    return Article(path="t", title="t", outlet="t", paragraphs=paragraphs)


def _claims(left: Article, right: Article):
    return unique_claims(left, right, align(left, right))


def test_identical_articles_have_no_unique_claims() -> None:
    article = _article(SHARED, EXTRA)
    assert _claims(article, article) == ([], [])


def test_added_sentence_is_unique_to_its_side_with_its_offsets() -> None:
    left, right = _article(SHARED), _article(SHARED + " " + EXTRA)
    only_left, only_right = _claims(left, right)
    assert only_left == []
    [claim] = only_right
    assert claim.text == EXTRA
    assert right.paragraphs[claim.paragraph][claim.start : claim.end] == EXTRA


def test_reworded_sentence_elsewhere_is_not_unique() -> None:
    left = _article("Nintendo's Switch 2 goes on sale June 5, priced at $449.99.", EXTRA)
    right = _article(EXTRA, SHARED)
    only_left, _ = _claims(left, right)
    assert only_left == []


def test_trivial_sentences_are_never_claims() -> None:
    left, right = _article(SHARED + " Read more here."), _article(SHARED)
    assert _claims(left, right) == ([], [])


def test_swapping_sides_swaps_the_claims() -> None:
    left, right = _article(SHARED, EXTRA), _article(SHARED)
    forward, backward = _claims(left, right), _claims(right, left)
    assert forward == (backward[1], backward[0])


@pytest.mark.shared
def test_edited_wire_copy_reports_its_added_sentences() -> None:
    folder = CORPORA / "switch2-launch"
    nbc = load_article(next(folder.glob("02_*.txt")))
    abitlavish = load_article(next(folder.glob("03_*.txt")))
    _, added = _claims(nbc, abitlavish)
    texts = " ".join(s.text for s in added)
    # 03 adds an analyst quote on the biggest Switch titles and screen details 02 lacks.
    assert "biggest titles" in texts
    assert "7.9 inch LCD" in texts
    # Sentences 03 copied or lightly edited from 02 are not unique to it.
    assert "built-in microphone" not in texts
    assert "angling a club" not in texts


def test_seed_claims_only_one_outlet_makes_are_unique() -> None:
    digital, tampa = load_article(SEEDS[0]), load_article(SEEDS[2])
    only_digital, only_tampa = _claims(digital, tampa)
    digital_text = " ".join(s.text for s in only_digital)
    tampa_text = " ".join(s.text for s in only_tampa)
    # Only seed 002 reports Altman's "impressive model" remark; only 000 the H800 chips.
    assert "impressive model" in tampa_text
    assert "H800" in digital_text
    # Both carry the Sacks quote, so neither side lists it.
    assert "substantial evidence" not in digital_text + tampa_text


def test_a_sentence_whose_quantity_the_figures_agree_on_is_not_unique() -> None:
    """Seeds 000/002: "train AI models in one year with just $5.6 million" and "DeepSeek
    claimed it for under $6 million" share almost no words, but the figure comparison finds
    the two costs consistent: neither outlet alone says what the training cost."""
    from storydiff.core.compare import compare

    left, right = load_article(SEEDS[0]), load_article(SEEDS[2])
    comparison = compare(left, right)
    cost = [
        p
        for p in comparison.figures
        if p.kind in ("same", "consistent") and p.left and "5.6" in p.left.text
    ]
    assert cost, "the figure comparison should pair the training costs"
    words_only = unique_claims(left, right, comparison.blocks)
    assert any("$5.6 million" in s.text for s in words_only[0])
    assert not any("$5.6 million" in s.text for s in comparison.unique_left)
    assert not any("under $6 million" in s.text for s in comparison.unique_right)


def test_a_sentence_quoting_what_the_other_quotes_is_not_unique() -> None:
    """The quote is the claim: however differently the two sentences around it are worded
    (here their other words are the story's common ones, which weigh little), an article
    carrying the same quoted words says it."""
    from storydiff.core.shared import find_shared

    context = (
        "The court heard the appeal on Monday.",
        "Appeal judges at the highest court will rule later.",
        "The court said any appeal would be heard in the highest chamber available.",
    )
    left = _article(
        "Asked about the ruling during a long hearing in the capital on Friday, the chief "
        "lawyer of the mining group told reporters: \u201cWe will appeal to the highest court "
        "available.\u201d",
        *context,
    )
    right = _article(
        *context,
        'Shareholders, meeting in Oslo after the vote, heard the chairwoman say "we will '
        'appeal to the highest court available" before the share price slid.',
    )
    blocks = align(left, right)
    assert [s.paragraph for s in unique_claims(left, right, blocks)[0]] == [0]
    shared = find_shared(left, right)
    assert unique_claims(left, right, blocks, (), shared)[0] == []
