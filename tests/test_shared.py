"""Shared wording: verbatim and near-identical passages, located on both sides."""

from __future__ import annotations

import pytest
from helpers import CORPORA
from helpers import SEED_FILES as SEEDS
from storydiff.core.model import Article, SharedPassage
from storydiff.core.shared import find_shared
from storydiff.core.similarity import normalise
from storydiff.sources.load import load_article


def _article(*paragraphs: str) -> Article:
    return Article(path="t", title="t", outlet="t", paragraphs=paragraphs)


def _right_text(right: Article, passage: SharedPassage) -> str:
    return right.paragraphs[passage.right.paragraph][passage.right.start : passage.right.end]


def _containing(passages: list[SharedPassage], words: str) -> SharedPassage:
    return next(p for p in passages if words in p.text)


def test_copied_sentence_is_found_with_offsets_on_both_sides() -> None:
    left = _article(
        "Intro words here.", "Analysts said the deal would close in early 2026, pending review."
    )
    right = _article("Officials agreed that the deal would close in early 2026 at the latest.")
    [passage] = find_shared(left, right)
    assert passage.text == "the deal would close in early 2026"
    assert _right_text(right, passage) == "the deal would close in early 2026"
    assert (passage.words, passage.similarity, passage.left.paragraph) == (7, 1.0, 1)


def test_five_word_stock_phrase_is_not_shared_text() -> None:
    left = _article("He spoke at the end of the day about costs.")
    right = _article("Prices fell at the end of the session.")
    assert find_shared(left, right) == []


def test_near_copy_with_a_dropped_word_and_possessive_is_one_passage() -> None:
    left = _article("They distilled the knowledge out of OpenAI's models, he said.")
    right = _article("They distilled knowledge out of OpenAI models and more.")
    [passage] = find_shared(left, right)
    assert passage.text == "They distilled the knowledge out of OpenAI's models"
    assert _right_text(right, passage) == "They distilled knowledge out of OpenAI models"
    assert 0.8 <= passage.similarity < 1.0


def test_a_side_without_words_shares_nothing() -> None:
    # Punctuation or control characters alone give no word to code; nothing can be shared.
    assert find_shared(_article("Microsoft said so."), _article("\x08", "...")) == []
    assert find_shared(_article("—"), _article("Microsoft said so.")) == []


def test_curly_quotes_and_case_do_not_hide_a_copied_passage() -> None:
    # Words are compared normalised: “Don’t” and "don't", OpenAI and OPENAI are the same word.
    left = _article("“Don’t copy OpenAI’s models to train a cheaper rival,” Sacks warned.")
    right = _article("\"don't copy OPENAI's models to train a cheaper rival\" was the warning.")
    [passage] = find_shared(left, right)
    assert passage.words >= 9


def test_passages_do_not_overlap() -> None:
    text = "the quick brown fox jumps over the lazy dog near the river bank"
    passages = find_shared(_article(text), _article(text, text))
    assert len(passages) == 1 and passages[0].words == 13


def test_sacks_quote_is_shared_between_seed_000_and_002() -> None:
    digital, tampa = load_article(SEEDS[0]), load_article(SEEDS[2])
    passages = find_shared(digital, tampa)
    # Both outlets print Sacks's Fox News sentence word for word.
    quote = _containing(passages, "substantial evidence")
    assert (
        "There’s substantial evidence that what DeepSeek did here is they distilled the "
        "knowledge out of OpenAI’s models"
    ) in quote.text
    assert quote.similarity == 1.0
    assert "substantial evidence" in _right_text(tampa, quote)


def test_sacks_quote_near_copies_between_seed_001_and_003() -> None:
    digit, cryptopolitan = load_article(SEEDS[1]), load_article(SEEDS[3])
    passages = find_shared(digit, cryptopolitan)
    # Both quote "what DeepSeek did here is they distilled knowledge out of OpenAI models".
    quote = _containing(passages, "distilled knowledge out of OpenAI models")
    assert quote.words >= 12
    assert "distilled knowledge out of OpenAI models" in _right_text(cryptopolitan, quote)
    # 001 writes "a breach of OpenAI's terms of service" as 003 does.
    assert _containing(passages, "breach of OpenAI’s terms of service")


def test_sacks_quote_with_a_dropped_word_is_a_near_copy_between_seed_000_and_003() -> None:
    digital, cryptopolitan = load_article(SEEDS[0]), load_article(SEEDS[3])
    # 003 drops "the" before "knowledge" and the possessive of "OpenAI's models".
    quote = _containing(find_shared(digital, cryptopolitan), "substantial evidence")
    assert "OpenAI models" in _right_text(cryptopolitan, quote)
    assert 0.8 <= quote.similarity < 1.0


@pytest.mark.shared
def test_same_wire_text_is_shared_almost_entirely() -> None:
    folder = CORPORA / "google-wiz"
    bastille = load_article(next(folder.glob("01_*.txt")))
    stocktraders = load_article(next(folder.glob("02_*.txt")))
    passages = find_shared(bastille, stocktraders)
    # Same AP text: every paragraph of 02 that 01 prints in full (01 is cut at 2,000 bytes)
    # is one verbatim passage, word for word.
    in_both = [
        j
        for j, p in enumerate(stocktraders.paragraphs)
        if any(normalise(p[:-1]) in normalise(q) for q in bastille.paragraphs)
    ]
    assert len(in_both) >= 5
    for j in in_both:
        [passage] = [p for p in passages if p.right.paragraph == j]
        assert passage.similarity == 1.0
        assert passage.words >= len(stocktraders.paragraphs[j].split()) - 1


def test_a_passage_copied_twice_on_one_side_is_paired_once() -> None:
    # The right side states the sentence twice; each left word may belong to one passage only.
    text = "the committee approved the new budget for schools on Monday evening"
    left = _article(text)
    right = _article(f"First: {text}.", f"Again, {text}.")
    [passage] = find_shared(left, right)
    assert (passage.words, passage.right.paragraph) == (11, 0)


def test_overlapping_runs_keep_the_longer_one_on_either_side() -> None:
    # Two left paragraphs copy overlapping stretches of one right sentence: the longer wins,
    # and the shorter one, overlapping it on the right, is dropped.
    right = _article("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu")
    left = _article(
        "alpha beta gamma delta epsilon zeta eta theta iota", "zeta eta theta iota kappa lambda mu"
    )
    [passage] = find_shared(left, right)
    assert passage.left.paragraph == 0 and passage.words == 9


def test_a_passage_stops_at_the_paragraph_edge_on_both_sides() -> None:
    # The copied words run on into the next paragraph on each side; a passage never crosses
    # a paragraph break, so it ends with its paragraph and the next one is a passage of its own.
    left = _article("one two three four five six seven", "eight nine ten eleven twelve thirteen")
    right = _article("one two three four five six seven", "eight nine ten eleven twelve thirteen")
    passages = find_shared(left, right)
    assert [(p.left.paragraph, p.right.paragraph, p.words) for p in passages] == [
        (0, 0, 7),
        (1, 1, 6),
    ]


def test_a_gap_is_not_bridged_across_a_paragraph_break() -> None:
    # Right paragraph 0 ends one word early; the walk may skip up to two words, but the
    # words after the break (paragraph 1) must not count as the passage carrying on.
    left = _article("alpha beta gamma delta epsilon zeta eta theta iota kappa")
    right = _article("alpha beta gamma delta epsilon zeta eta theta", "kappa lambda")
    [passage] = find_shared(left, right)
    assert (passage.words, passage.right.paragraph, passage.similarity) == (8, 0, 1.0)
    assert passage.text == "alpha beta gamma delta epsilon zeta eta theta"


def test_a_long_copy_is_one_passage_with_exact_word_count() -> None:
    # 41 identical words, longer than any single comparison chunk: one passage, every word.
    words = " ".join(f"w{k}" for k in range(41))
    [passage] = find_shared(_article(f"Intro. {words} end."), _article(f"{words} outro"))
    assert (passage.words, passage.similarity) == (41, 1.0)
    assert passage.text == words


def test_words_found_on_one_side_only_never_match_each_other() -> None:
    # "xleft" and "yright" appear on one side each; a changed word is bridged as a gap, and
    # the similarity counts it as unmatched on both sides.
    left = _article("the council voted to xleft the old bridge next spring after review")
    right = _article("the council voted to yright the old bridge next spring after review")
    [passage] = find_shared(left, right)
    assert passage.words == 12
    assert passage.similarity == round(2 * 11 / 24, 3)


def test_the_smallest_gap_is_taken_first_an_added_word_before_a_changed_one() -> None:
    # Right inserts "very" (skip 0 left, 1 right): the passage keeps every left word matched.
    left = _article("officials said the plan was risky and costly for the city")
    right = _article("officials said the plan was very risky and costly for the city")
    [passage] = find_shared(left, right)
    assert (passage.words, passage.similarity) == (11, round(2 * 11 / 23, 3))
    assert (
        _right_text(right, passage)
        == "officials said the plan was very risky and costly for the city"
    )


def test_a_copy_repeated_across_paragraphs_pairs_each_left_paragraph_once() -> None:
    # Two identical left paragraphs and two identical right ones (as in a text repeating a
    # paragraph): each left copy takes a different right copy, the first with the first.
    text = "the board approved the merger of the two regional banks on friday"
    passages = find_shared(_article(text, text), _article(text, text))
    assert [(p.left.paragraph, p.right.paragraph) for p in passages] == [(0, 0), (1, 1)]


def test_a_repeated_paragraph_gets_the_passages_of_its_first_copy_at_its_own_place() -> None:
    # The third left paragraph repeats the first word for word, so its runs are the first
    # one's moved (no walk is redone). Against a version whose third paragraph differs in one
    # word outside the copied text (read afresh), the passages must be the same.
    text = "the board approved the merger of the two regional banks on friday"
    right = _article(f"{text} after a long review", f"Other lead: {text}")

    def spans(third_intro: str) -> list[tuple[int, int, int, int, int, int, str]]:
        left = _article(f"In short, {text}.", "unrelated words here", f"{third_intro}, {text}.")
        out = []
        for p in find_shared(left, right):
            assert left.paragraphs[p.left.paragraph][p.left.start : p.left.end] == p.text
            out.append(
                (
                    p.left.paragraph,
                    p.left.start,
                    p.left.end,
                    p.right.paragraph,
                    p.right.start,
                    p.right.end,
                    p.text,
                )
            )
        return out

    repeated, distinct = spans("In short"), spans("In brief")
    assert repeated == distinct
    assert [(s[0], s[3]) for s in repeated] == [(0, 0), (2, 1)]


def test_a_passage_ends_after_the_full_stop_and_closing_quote_both_sides_have() -> None:
    left = _article('Rivals said: "the new console will launch with twelve games."')
    right = _article("Nintendo said the new console will launch with twelve games.\u201d Then.")
    [passage] = find_shared(left, right)
    assert passage.text == 'the new console will launch with twelve games."'
    assert _right_text(right, passage) == "the new console will launch with twelve games.\u201d"
    assert passage.words == 8


def test_punctuation_only_one_side_has_stays_outside_the_passage() -> None:
    left = _article("Analysts said the deal would close in early 2026.")
    right = _article("Officials agreed the deal would close in early 2026, pending review.")
    [passage] = find_shared(left, right)
    assert passage.text == "the deal would close in early 2026"


def test_a_passage_never_ends_inside_a_parenthesis_it_opens() -> None:
    left = _article("Data went through the firm's own programming interface (API and more")
    right = _article("It sent data through the firm's own programming interface (API keys) daily.")
    [passage] = find_shared(left, right)
    assert passage.text == "through the firm's own programming interface"
    assert _right_text(right, passage) == "through the firm's own programming interface"
    assert passage.words == 6


def test_a_quote_with_a_one_word_lead_in_starts_inside_the_quotation() -> None:
    left = _article("He said that \u201cwhat they did here is they distilled knowledge out of it")
    right = _article('Sacks said that "what they did here is they distilled knowledge from it')
    [passage] = find_shared(left, right)
    assert passage.text == "what they did here is they distilled knowledge"
    assert _right_text(right, passage) == "what they did here is they distilled knowledge"


def test_seed_passages_close_every_parenthesis_they_open() -> None:
    """Seeds 003/004 share "...application programming interface (API" up to where 004
    goes on differently: the passage stops before the parenthesis it cannot close."""
    cases = (
        (SEEDS[3], SEEDS[4], "of data from OpenAI\u2019s application programming interface"),
        (SEEDS[2], SEEDS[3], "OpenAI\u2019s application programming interface (API), according to"),
    )
    for left_path, right_path, expected in cases:
        left, right = load_article(str(left_path)), load_article(str(right_path))
        texts = [p.text for p in find_shared(left, right)]
        assert all(t.count("(") == t.count(")") for t in texts)
        assert any(t.endswith(expected) for t in texts)
