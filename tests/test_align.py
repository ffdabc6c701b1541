"""Paragraph alignment: in order, split, moved, mirrored, on hand cases and real articles."""

from __future__ import annotations

import pytest
from helpers import CORPORA
from helpers import SEED_FILES as SEEDS
from storydiff.core.align import align
from storydiff.core.compare import compare
from storydiff.core.model import Article, Block
from storydiff.sources.load import load_article

INTRO = "Nintendo announced the Switch 2 console will launch on June 5 at a price of $449.99."
CHAT = "A new C button on the Joy-Con controller opens GameChat, letting players talk while gaming."
MOUSE = "The Joy-Con controllers can also work like a computer mouse when slid across a table."
KART = "Mario Kart World, the launch game, lets 24 racers drive across one connected open world."
BOND = "IO Interactive showed Project 007, a James Bond game coming to the console later."


def _article(*paragraphs: str) -> Article:
    return Article(path="t", title="t", outlet="t", paragraphs=paragraphs)


def _pairs(blocks: list[Block]) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(b.left, b.right) for b in blocks if b.left and b.right}


def _covers_each_paragraph_once(blocks: list[Block], left: Article, right: Article) -> bool:
    return sorted(i for b in blocks for i in b.left) == list(
        range(len(left.paragraphs))
    ) and sorted(j for b in blocks for j in b.right) == list(range(len(right.paragraphs)))


def _paragraph(article: Article, phrase: str) -> int:
    return next(i for i, p in enumerate(article.paragraphs) if phrase in p)


def _block_of(blocks: list[Block], side: str, index: int) -> Block:
    return next(b for b in blocks if index in getattr(b, side))


def test_identical_articles_match_one_to_one_in_order() -> None:
    article = _article(INTRO, CHAT, MOUSE, KART)
    blocks = align(article, article)
    assert [(b.kind, b.left, b.right) for b in blocks] == [("match", (i,), (i,)) for i in range(4)]
    assert all(b.similarity == 1.0 for b in blocks)


def test_moved_paragraph_is_paired_across_the_article() -> None:
    left = _article(INTRO, CHAT, MOUSE, KART)
    right = _article(KART, INTRO, CHAT, MOUSE)
    blocks = align(left, right)
    assert _block_of(blocks, "left", 3) == Block("moved", (3,), (0,), 1.0)
    assert {(b.left, b.right) for b in blocks if b.kind == "match"} == {
        ((0,), (1,)),
        ((1,), (2,)),
        ((2,), (3,)),
    }


def test_split_paragraph_gives_a_one_to_two_block() -> None:
    left = _article(INTRO, CHAT + " " + MOUSE, KART)
    right = _article(INTRO, CHAT, MOUSE, KART)
    blocks = align(left, right)
    assert _block_of(blocks, "left", 1).right == (1, 2)
    assert _block_of(blocks, "left", 1).kind == "match"


def test_swapping_sides_mirrors_the_pairs() -> None:
    left = _article(INTRO, CHAT + " " + MOUSE, BOND, KART)
    right = _article(KART, INTRO, CHAT, MOUSE)
    forward, backward = align(left, right), align(right, left)
    assert _pairs(forward) == {(b, a) for a, b in _pairs(backward)}


def test_unrelated_paragraphs_stay_unpaired_and_every_paragraph_is_in_one_block() -> None:
    left, right = _article(INTRO, BOND), _article(INTRO, MOUSE)
    blocks = align(left, right)
    assert _covers_each_paragraph_once(blocks, left, right)
    assert [b.kind for b in blocks] == ["match", "left_only", "right_only"]


def test_blocks_follow_left_reading_order_with_right_only_paragraphs_among_neighbours() -> None:
    left = _article(INTRO, MOUSE, KART)
    right = _article(INTRO, BOND, MOUSE, KART)
    blocks = align(left, right)
    assert [(b.left, b.right) for b in blocks] == [
        ((0,), (0,)),
        ((), (1,)),
        ((1,), (2,)),
        ((2,), (3,)),
    ]


def test_long_articles_stay_covered_beyond_the_full_grid() -> None:
    # 600 x 600 paragraphs exceeds MAX_DP_CELLS, so the banded programme runs.
    body = tuple(f"Paragraph number {k} mentions item{k} and detail{k * 7}." for k in range(600))
    left, right = _article(*body), _article(*body[1:], body[0])
    blocks = align(left, right)
    assert _covers_each_paragraph_once(blocks, left, right)
    assert _block_of(blocks, "left", 0).kind == "moved"
    assert sum(b.kind == "match" for b in blocks) == 599


def test_a_long_text_missing_its_first_tenth_is_paired_in_order() -> None:
    # 800 paragraphs against the same text without its first 80: the path runs up to 72
    # paragraphs off the grid's diagonal, outside the band of 25 cells each side around it,
    # which paired most of the text as "moved". The band follows the clearest matches.
    body = tuple(
        f"Paragraph {k} reports that item{k} cost {k * 3} dollars in town{k}." for k in range(800)
    )
    left, right = _article(*body), _article(*body[80:])
    blocks = align(left, right)
    assert _covers_each_paragraph_once(blocks, left, right)
    assert sum(b.kind == "match" for b in blocks) == 720
    assert [b.left[0] for b in blocks if b.kind == "left_only"] == list(range(80))
    assert not any(b.kind in ("moved", "right_only") for b in blocks)


def test_a_banded_pairing_is_named_in_the_notices_and_a_short_one_is_not() -> None:
    body = tuple(
        f"Paragraph {k} reports that item{k} cost {k * 3} dollars in town{k}." for k in range(300)
    )
    notices = compare(_article(*body), _article(*body[::2])).notices
    assert any("300 and 150 paragraphs" in n and "may show as moved" in n for n in notices)
    seeds = compare(load_article(SEEDS[0]), load_article(SEEDS[1])).notices
    assert not any("paragraphs:" in n for n in seeds)


def test_reworded_seed_paragraphs_are_paired() -> None:
    digital, tampa = load_article(SEEDS[0]), load_article(SEEDS[2])
    blocks = align(digital, tampa)
    assert _covers_each_paragraph_once(blocks, digital, tampa)
    # Both Sacks-quote paragraphs open with the same "substantial evidence" sentence.
    quote = _block_of(blocks, "left", _paragraph(digital, "substantial evidence"))
    assert _paragraph(tampa, "substantial evidence") in quote.right
    # Both tell of the White House czar David Sacks speaking to Fox News, in other words.
    czar = _block_of(blocks, "left", _paragraph(digital, "crypto czar, David Sacks"))
    assert _paragraph(tampa, "more pointedly accused") in czar.right
    # The OpenAI spokesperson's statement closes seed 000 but opens seed 002: moved.
    statement = _block_of(blocks, "left", _paragraph(digital, "We engage in counter-measures"))
    assert statement.kind == "moved"
    assert statement.right == (_paragraph(tampa, "We know that groups"),)


def test_rewritten_seed_pairs_split_sacks_paragraph() -> None:
    digit, cryptopolitan = load_article(SEEDS[1]), load_article(SEEDS[3])
    blocks = align(digit, cryptopolitan)
    # 001 gives Sacks's claim and quote in one paragraph; 003 in two (attribution, then quote).
    sacks = _block_of(blocks, "left", _paragraph(digit, "former President Donald Trump"))
    assert set(sacks.right) >= {
        _paragraph(cryptopolitan, "compelling evidence"),
        _paragraph(cryptopolitan, "Sacks said,"),
    }


@pytest.mark.shared
def test_same_wire_text_is_matched_nearly_throughout() -> None:
    folder = CORPORA / "google-wiz"
    bastille = load_article(next(folder.glob("01_*.txt")))
    stocktraders = load_article(next(folder.glob("02_*.txt")))
    blocks = align(bastille, stocktraders)
    # 02 is 01's AP text without the site furniture; both excerpts are cut at 2,000 bytes,
    # so 02's last paragraph lies beyond 01's end: every other paragraph is matched in order.
    paired = [b for b in blocks if b.left and b.right]
    assert all(b.kind == "match" and len(b.left) == len(b.right) == 1 for b in paired)
    assert [b.right[0] for b in paired] == list(range(len(stocktraders.paragraphs) - 1))
    # Identical paragraphs score 1; the one 01 cuts mid-sentence still scores well.
    assert sum(b.similarity == 1.0 for b in paired) >= len(paired) - 1
    assert min(b.similarity for b in paired) > 0.5


def _corpus(story: str, number: str) -> Article:
    return load_article(next((CORPORA / story).glob(f"{number}_*.txt")))


def _aligned(story: str, left: str, right: str) -> tuple[Article, Article, list[Block]]:
    """Two articles of a corpus story, by number, and their alignment."""
    a, b = _corpus(story, left), _corpus(story, right)
    return a, b, align(a, b)


@pytest.mark.shared
def test_a_one_sentence_lede_pairs_with_the_sentence_of_a_long_lede_that_tells_it() -> None:
    # The AP lede ("Google has struck a deal to buy cybersecurity firm Wiz for $32 billion")
    # against a two-sentence lede whose first sentence tells the deal and whose second the
    # record: the paragraphs' cosine is diluted by the second sentence, their closest
    # sentences are not.
    stocktraders, todaypaki, blocks = _aligned("google-wiz", "02", "04")
    lede = _block_of(blocks, "left", _paragraph(stocktraders, "Google has struck a deal"))
    assert lede.kind == "match"
    assert _paragraph(todaypaki, "signed a definitive agreement") in lede.right


@pytest.mark.shared
def test_a_paragraph_joins_the_block_of_its_counterpart_away_from_its_neighbours() -> None:
    # nation.com.pk tells R1's launch twice (its paragraphs 4 and 6, the Fox News quote
    # between them); d5thcolumn tells it once. Paragraph 6 belongs with that counterpart,
    # not alone as "only in nation.com.pk".
    nation, d5, blocks = _aligned("deepseek-more", "02", "03")
    block = _block_of(blocks, "right", _paragraph(d5, "The probe comes at a time"))
    assert set(block.left) == {
        _paragraph(nation, "This investigation coincides with"),
        _paragraph(nation, "Earlier this month, DeepSeek released"),
    }
    quote = _block_of(blocks, "left", _paragraph(nation, "In an interview with Fox News"))
    assert quote is not block
    assert _covers_each_paragraph_once(blocks, nation, d5)


@pytest.mark.shared
def test_a_total_whose_subject_is_unsaid_sits_beside_a_named_fires_figure() -> None:
    # CBS gives both fires' acreage at once ("the two fires which have burned more than 37,800
    # acres"), the other outlet one fire per paragraph ("This fire destroyed 9,418 homes ...
    # burning a total of 14,021 acres"): one measure, whose subject only one side says. The
    # words they share ("burn", "acres", "destroyed") are common to the whole story.
    cbs, express, blocks = _aligned("la-wildfires", "05", "06")
    block = _block_of(blocks, "left", _paragraph(cbs, "two fires which have burned more than"))
    assert block.kind in ("match", "moved")
    assert _paragraph(express, "This fire destroyed 9,418 homes") in block.right


@pytest.mark.shared
def test_one_measure_of_two_named_fires_is_no_reason_to_pair_paragraphs() -> None:
    # "The Palisades Fire ... has consumed ... acres" and "the Kenneth fire consumed at least
    # 1,000 acres": one measure, two named subjects, two facts.
    jago, almayadeen, blocks = _aligned("la-wildfires", "02", "03")
    palisades = _block_of(blocks, "left", _paragraph(jago, "The Palisades Fire, located between"))
    assert _paragraph(almayadeen, "Meanwhile, the Kenneth fire consumed") not in palisades.right
