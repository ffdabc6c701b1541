"""Fact labels: the short name a careful reader gives what a figure measures ("training cost",
"report day", "structures destroyed"), on the seed pairs, the corpora and written sentences."""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

import pytest
from helpers import CORPORA, SEEDS
from storydiff.core.align import align
from storydiff.core.figures import article_figures, extract_figures, pair_figures
from storydiff.core.figures.facts import Candidate, Description, describe, pair_label, single_label
from storydiff.core.model import Article, FigurePair
from storydiff.sources.load import load_article

KNOWN_MISS = pytest.mark.xfail(
    strict=True,
    reason="measures are read per figure; two sentences giving one fact different labels "
    "stay apart (issue 16: recall left to do)",
)


@cache
def article(folder: Path, prefix: str) -> Article:
    return load_article(next(folder.glob(f"{prefix}_*.txt")))


@cache
def pairs(folder: Path, left: str, right: str) -> tuple[FigurePair, ...]:
    a, b = article(folder, left), article(folder, right)
    return tuple(pair_figures(a, b, article_figures(a), article_figures(b), align(a, b)))


def fact(folder: Path, left: str, right: str, left_text: str, right_text: str) -> str | None:
    """What the two figures measure: the pair's label when they are paired; else (the
    pairing keeps apart figures whose subjects it cannot match, as Google's and Alphabet's
    revenue) the measure both figures carry, failing loudly if they carry different ones."""
    found = [
        p
        for p in pairs(folder, left, right)
        if p.left and p.right and p.left.text == left_text and p.right.text == right_text
    ]
    if found:
        return measure_of(found[0].fact)
    a = _figure(article(folder, left), left_text)
    b = _figure(article(folder, right), right_text)
    assert a.measure == b.measure, f"{left_text!r}: {a.measure}, {right_text!r}: {b.measure}"
    return a.measure


def _figure(a: Article, text: str):
    return next(f for f in article_figures(a) if f.text == text)


def measure_of(label: str | None) -> str | None:
    """The measure part of a pair label ("Eaton · acres burned" -> "acres burned"): these
    tests are about what is measured; whose it is has tests of its own."""
    return label.split(" · ")[-1] if label else None


def alone(folder: Path, left: str, right: str, text: str) -> str | None:
    """The label of a figure only one side states."""
    found = [
        p
        for p in pairs(folder, left, right)
        if (p.left or p.right).text == text and (p.left is None or p.right is None)
    ]
    assert found, f"{text!r} is paired"
    return measure_of(found[0].fact)


def label(sentence: str, index: int = 0) -> str | None:
    """The single-article label of the figure at ``index`` in a written sentence."""
    return single_label(describe(sentence, extract_figures(sentence)[index]))


def corpus(story: str) -> Path:
    return CORPORA / story


# --- the seeds ---------------------------------------------------------------------------

TRAINING = {
    "000": "just $5.6 million",
    "002": "under $6 million",
    "003": "a few million dollars",
    "004": "only $5.58 million",
}


@pytest.mark.parametrize(
    ("left", "right"),
    [("000", "002"), ("000", "003"), ("000", "004"), ("002", "003"), ("002", "004")],
)
def test_training_cost_is_labelled_training_cost(left, right):
    # "train AI models ... with just $5.6 million", "cost a few million dollars to train",
    # "train a foundation model for only $5.58 million": the amount is what training cost.
    # Seed 002 ("claimed it for under $6 million") says nothing itself; its partner does.
    assert fact(SEEDS, left, right, TRAINING[left], TRAINING[right]) == "training cost"


def test_cost_then_train_is_a_training_cost_not_a_cost():
    # Seed 003: "it only cost a few million dollars to train": "cost" is nearer, "train"
    # says which cost.
    assert label("Deepseek disclosed that it only cost a few million dollars to train.") == (
        "training cost"
    )


def test_valuation_tumble_and_wiped_out_market_value_are_market_value_lost():
    # 002 "$600 million valuation tumble", 004 "wiping out $1.5 trillion in market value".
    assert fact(SEEDS, "002", "004", "$600 million", "$1.5 trillion") == "market value lost"


def test_bloomberg_weekday_is_the_report_day():
    # 002 "sources told Bloomberg on Wednesday", 004 "Bloomberg News reported Tuesday":
    # both date the report; the outlet's name is not the fact.
    assert fact(SEEDS, "002", "004", "Wednesday", "Tuesday") == "report day"


@pytest.mark.parametrize(("left", "right"), [("000", "002"), ("002", "004")])
def test_sacks_weekday_is_the_interview_day(left, right):
    # 000 "told Fox News in an interview on Tuesday", 002 "in a Fox News interview Tuesday":
    # the interview is the event; "the report notes comments Tuesday" (004) must not make it
    # a report day.
    assert fact(SEEDS, left, right, "Tuesday", "Tuesday") == "interview day"


@pytest.mark.parametrize(
    ("left", "right", "left_text", "right_text"),
    [
        ("001", "002", "last fall", "last fall"),
        ("001", "004", "last fall", "fall"),
        ("000", "003", "fall of 2024", "fall of 2024"),
    ],
)
def test_fall_is_when_the_researchers_discovered_the_activity(left, right, left_text, right_text):
    # "security researchers discovered suspicious activity last fall" / "in the fall
    # discovered people who could be tied to DeepSeek": the date of the discovery.
    assert fact(SEEDS, left, right, left_text, right_text) == "discovery date"


def test_chips_named_with_using_are_chips_used():
    # Seed 004: "costs at $100 million ... using several thousand Nvidia chips".
    assert alone(SEEDS, "002", "004", "several thousand") == "chips used"


def test_a_count_without_a_verb_is_named_by_its_noun():
    # Seed 004: "for only $5.58 million on 2,048 Nvidia H800 chips": no verb acts on the
    # chips; the counted noun (without the maker's name) is the label.
    assert alone(SEEDS, "002", "004", "2,048") == "chips"


def test_weekly_active_users_keep_their_adjectives():
    # Seed 000's sidebar: "it services 400 million weekly active users as of February".
    sentence = (
        "The generative AI brand announced Thursday that it services 400 million weekly "
        "active users as of February, a 33% increase in less than three months."
    )
    assert label(sentence, 1) == "weekly active users"
    # ... and the percentage names the noun it modifies.
    assert label(sentence, 3) == "increase"


# --- the corpora -------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.parametrize(
    ("left", "right", "left_text", "right_text"),
    [
        ("01", "02", "$32 billion", "$32 billion"),
        ("03", "04", "$32 billion", "$32 billion"),
        ("05", "06", "$32 billion", "$32 billion"),
    ],
)
def test_google_wiz_price_is_the_deal_value(left, right, left_text, right_text):
    # "a deal to buy cybersecurity firm Wiz for $32 billion", "agreement to acquire ... Wiz
    # for $32 billion", "a $32 billion acquisition": what the deal is worth.
    assert fact(corpus("google-wiz"), left, right, left_text, right_text) == "deal value"


@pytest.mark.shared
def test_google_wiz_announcement_weekday():
    # "The proposed takeover announced Tuesday" / "The acquisition, confirmed on Tuesday".
    assert fact(corpus("google-wiz"), "01", "04", "Tuesday", "Tuesday") == "announcement day"


@pytest.mark.shared
@KNOWN_MISS
def test_google_wiz_founding_year_beats_the_start_of_operations():
    # "After getting its start in Israel in 2020" vs "Wiz, founded in 2020": founding is the
    # nearer, more specific cue.
    assert fact(corpus("google-wiz"), "02", "04", "2020", "2020") == "founding year"


@pytest.mark.shared
def test_annual_revenue_keeps_its_period():
    # "most of the $350 billion annual revenue" / "Alphabet's $350-billion US annual revenue".
    got = fact(corpus("google-wiz"), "01", "03", "$350 billion", "$350-billion")
    assert got == "annual revenue"


@pytest.mark.shared
@pytest.mark.parametrize(
    ("left", "right", "left_text", "right_text"),
    [("02", "04", "at least 10", "at least 24"), ("04", "05", "at least 24", "at least 25")],
)
def test_people_killed_are_deaths(left, right, left_text, right_text):
    # "The wildfires ... have killed at least 10 people" / "Wildfires have killed at least 24
    # people": the count is of deaths, however it is worded.
    assert fact(corpus("la-wildfires"), left, right, left_text, right_text) == "deaths"


@pytest.mark.shared
def test_death_toll_and_lives_lost_are_deaths():
    # 03 "claimed 16 lives" / 05 "16 lives lost in the Eaton Fire".
    assert fact(corpus("la-wildfires"), "03", "05", "16", "16") == "deaths"
    # 02 "The death toll from the fires rose to 10" / 06 "...has risen to 29".
    assert fact(corpus("la-wildfires"), "02", "06", "10", "29") == "deaths"


@pytest.mark.shared
@pytest.mark.parametrize(
    ("left", "right", "left_text", "right_text"),
    [
        ("01", "04", "over 27,000 acres", "more than 36,000 acres"),
        ("04", "05", "more than 36,000 acres", "more than 37,800 acres"),
        ("03", "06", "at least 14,117 acres", "14,021 acres"),
    ],
)
def test_acres_burned(left, right, left_text, right_text):
    # "have burned over 27,000 acres", "the two fires which have burned more than 36,000
    # acres", "burning a total of 14,021 acres": the area burned.
    assert fact(corpus("la-wildfires"), left, right, left_text, right_text) == "acres burned"


@pytest.mark.shared
def test_structures_destroyed():
    # 02 "destroyed nearly 10,000 structures" / 03 "have destroyed 12,000 structures".
    got = fact(corpus("la-wildfires"), "02", "03", "nearly 10,000", "12,000")
    assert got == "structures destroyed"


@pytest.mark.shared
def test_damage_estimate():
    # 01 "preliminary damage estimates exceeding $60 billion" / 02 "AccuWeather estimated the
    # damage and economic loss at between $135 billion and $150 billion".
    got = fact(
        corpus("la-wildfires"),
        "01",
        "02",
        "exceeding $60 billion",
        "between $135 billion and $150 billion",
    )
    assert got == "damage estimate"


@pytest.mark.shared
def test_containment_percentages():
    # 01 "with 0% containment" / 03 "was 15% contained": both measure containment.
    assert fact(corpus("la-wildfires"), "01", "03", "0%", "15%") == "containment"


@pytest.mark.shared
@pytest.mark.parametrize(("left", "right"), [("03", "04"), ("03", "05")])
def test_switch_price(left, right):
    # "$449.99 price tag", "The recommended retail price is listed as $449.99", "the new
    # console will be priced at $449.99".
    assert fact(corpus("switch2-launch"), left, right, "$449.99", "$449.99") == "price"


@pytest.mark.shared
@pytest.mark.parametrize(
    ("left", "right", "left_text", "right_text"),
    [
        ("01", "02", "June 5", "June 5"),
        ("02", "06", "June 5", "June 5"),
        ("04", "05", "June 5", "June 5"),
    ],
)
def test_switch_launch_date(left, right, left_text, right_text):
    # "will launch its new Switch 2 console on June 5", "a June 5 launch date", "will be
    # launched on June 5", "scheduled to hit the market on June 5".
    got = fact(corpus("switch2-launch"), left, right, left_text, right_text)
    assert got == "launch date"


@pytest.mark.shared
def test_model_number_in_a_product_name_gets_no_label():
    # "the Switch 2" is a name, not a count of anything: no label beats "Switch console".
    assert fact(corpus("switch2-launch"), "01", "02", "2", "2") is None


@pytest.mark.shared
def test_units_sold():
    # 04 "has sold around 150 million units" / 05 "has sold 150 million units worldwide".
    got = fact(corpus("switch2-launch"), "04", "05", "around 150 million", "150 million")
    assert got == "units sold"


@pytest.mark.shared
def test_market_value_lost_across_wordings():
    # "caused over $1 trillion lost from the US stock market", "erasing almost $1 trillion in
    # market value", "saw their market values collectively shrink by nearly $1 trillion".
    folder = corpus("deepseek-more")
    assert fact(folder, "01", "02", "over $1 trillion", "almost $1 trillion") == (
        "market value lost"
    )
    assert fact(folder, "02", "04", "almost $1 trillion", "nearly $1 trillion") == (
        "market value lost"
    )


def every_label() -> list[str]:
    """Every label storydiff gives on the seeds and the corpora, paired or alone."""
    folders = [
        SEEDS,
        *(sorted(p for p in CORPORA.iterdir() if p.is_dir()) if CORPORA.is_dir() else []),
    ]
    labels = []
    for folder in folders:
        prefixes = sorted({p.name.split("_")[0] for p in folder.glob("*.txt")})
        for left, right in itertools.combinations(prefixes, 2):
            labels += [p.fact for p in pairs(folder, left, right) if p.fact]
    return labels


def test_labels_are_short_lowercase_and_name_no_one():
    # A label names a fact, not an outlet or a person: lower case (so no "Bloomberg", no
    # "Sacks"), no possessive, one to three words.
    labels = every_label()
    assert len(labels) > (200 if CORPORA.is_dir() else 50)  # seeds alone give about 70
    for text in map(measure_of, labels):
        assert text == text.lower(), text
        assert "'" not in text and "’" not in text, text
        assert 1 <= len(text.split()) <= 3, text


# --- written sentences: the general vocabulary -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb of selling governs a price.
        ("The console sells for $449.99 in the United States.", "price"),
        # "a deal worth" is the value of the deal.
        ("The firms agreed a deal worth $4 billion.", "deal value"),
        ("Regulators fined the bank $5 million on Monday.", "fine"),
        ("The startup raised $200 million from investors.", "funds raised"),
        ("Its quarterly revenue reached $3.1 billion.", "quarterly revenue"),
        ("The original console launched at $299.99 in 2017.", "launch price"),
    ],
)
def test_money_is_named_by_the_word_that_governs_it(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company announced Tuesday that it would cut jobs.", "announcement day"),
        ("The Guardian reported on Sunday that the fires spread.", "report day"),
        ("The wildfires, which started Jan. 7, are still burning.", "start date"),
        ("The company was founded in 2015 in Berlin.", "founding year"),
        # The figure modifies "launch": the verb before it dates the announcement, not this.
        ("Nintendo has announced a June 5 launch date for the console.", "launch date"),
    ],
)
def test_days_and_dates_are_named_by_their_event(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fund bought a 40% stake in the company.", "stake"),
        ("The deal represents about 1.5% of its market value.", "share of market value"),
        ("Sales rose 12% last year.", "sales increase"),
        ("The fire is 98% contained as of Monday.", "containment"),
    ],
)
def test_percentages_are_named_by_what_they_measure(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The storm destroyed 300 homes along the coast.", "homes destroyed"),
        ("More than 150,000 residents have been evacuated.", "residents evacuated"),
        ("At least 12 people died in the floods.", "deaths"),
        ("The phone has a 6.1 inch screen.", "screen size"),
    ],
)
def test_counts_are_named_by_their_noun_and_the_verb_on_it(sentence, expected):
    assert label(sentence) == expected


def test_injured_in_two_fires_does_not_make_fires_injured():
    # The verb must govern the count: "injured in the two fires" counts fires, not injuries.
    assert label("Several people have been injured in the two fires.") == "fires"


def test_a_sentence_with_no_cue_gives_no_label():
    # Nothing in "This time, $32 billion in cash." says what the amount is.
    assert label("This time, $32 billion in cash.") is None


def c(text: str, distance: float, cue: str = "x") -> Candidate:
    return Candidate(text, distance, cue)


def test_pair_label_prefers_the_label_both_sides_give():
    # The nearest cue on the left is "cost", but both sides support "training cost".
    left = Description((c("cost", 1), c("training cost", 2)), frozenset())
    right = Description((c("training cost", 5),), frozenset())
    assert pair_label(left, right) == "training cost"


def test_pair_label_ignores_a_far_match_behind_a_near_cue():
    # "in an interview on Tuesday" (3) against "the report notes comments Tuesday" (report 5):
    # the far "report" of each side must not outvote the near cues.
    left = Description((c("interview day", 3), c("report day", 7)), frozenset())
    right = Description((c("statement day", 1), c("report day", 5)), frozenset())
    assert pair_label(left, right) == "statement day"


def test_pair_label_prefers_a_cue_the_other_sentence_also_has():
    left = Description((c("homes", 0, "homes"),), frozenset({"destroyed"}))
    right = Description((c("spending", 0.5, "spend"),), frozenset({"homes"}))
    assert pair_label(left, right) == "homes"


def test_pair_label_falls_back_to_the_side_that_says_something():
    # Seed 002 "DeepSeek claimed it for under $6 million" names nothing; its partner does.
    silent = Description((), frozenset({"claimed"}))
    assert pair_label(silent, Description((c("training cost", 5),), frozenset())) == (
        "training cost"
    )
    assert pair_label(silent, silent) is None


@pytest.mark.parametrize(
    ("word", "base", "numeric"),
    [
        ("Monday’s", "monday", False),
        ("OpenAI's", "openai", False),
        ("dozens", "dozens", True),
        ("5.58", "5.58", True),
        ("١٢", "١٢", True),  # Arabic-Indic digits are digits, not letters
        ("H800", "h800", True),
        ("cost-effectively", "cost-effectively", False),
    ],
)
def test_word_facts_give_base_form_and_numberhood(word, base, numeric):
    from storydiff.core.figures.facts import _word_facts

    assert _word_facts(word) == (base, numeric)


def test_sentence_bounds_are_found_for_each_figure_of_a_paragraph():
    # The sentence ends of a paragraph are found once and shared by its figures: each
    # figure still gets its own sentence.
    from storydiff.core.figures.facts import _sentence

    text = "Sales rose 5% this spring. Costs fell 3% last week. Profit was $2 million."
    for figure in extract_figures(text):
        start, end = _sentence(text, figure.start, figure.end)
        assert text[start:end].count(".") == 1 and figure.text in text[start:end]


def test_tallies_compare_as_a_whole() -> None:
    from storydiff.core.figures import extract_figures
    from storydiff.core.figures.verdict import judge

    def tally(sentence: str):
        return next(f for f in extract_figures(sentence) if f.kind == "tally")

    seven_two = tally("The court ruled 7-2 on Tuesday.")
    assert judge(seven_two, tally("In a 6-3 decision, the court ruled."))[0] == "conflict"
    assert judge(seven_two, tally("It was a 7–2 ruling."))[0] == "same"
    assert judge(tally("United won 3-1."), tally("Leeds fell to a 1-3 defeat."))[0] == "consistent"
