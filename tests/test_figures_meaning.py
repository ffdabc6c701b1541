"""What a figure measures, whose it is and as of when; and pairing only figures of one quantity.

Written sentences in the manner of news reports (not the gold stories), each for one rule of
``storydiff.core.figures.meaning``: a conflict must mean two outlets state the same quantity
of the same thing differently.
"""

from __future__ import annotations

from storydiff.core.align import align
from storydiff.core.figures import article_figures, pair_figures
from storydiff.core.figures.meaning import Owners, same_quantity
from storydiff.core.model import Article, FigurePair


def _article(*paragraphs: str, name: str = "a") -> Article:
    return Article(name, "", name.upper(), tuple(paragraphs))


def _figure(text: str, paragraph: str, *more: str):
    article = _article(paragraph, *more)
    return next(f for f in article_figures(article) if f.text == text)


def _pairs(left: list[str], right: list[str]) -> list[FigurePair]:
    a, b = _article(*left, name="left"), _article(*right, name="right")
    return pair_figures(a, b, article_figures(a), article_figures(b), align(a, b))


def _paired(pairs: list[FigurePair], left_text: str) -> FigurePair:
    return next(p for p in pairs if p.left is not None and p.left.text == left_text)


# --- reading a figure ---------------------------------------------------------------------


def test_the_name_a_clause_gives_a_figure_is_its_subject() -> None:
    f = _figure("$12 billion", "Acme agreed to buy Globex for $12 billion in cash.")
    assert f.subject == "Globex" and f.measure == "deal value"
    g = _figure("$4.2 billion", "Globex's annual revenue reached $4.2 billion.")
    assert g.subject == "Globex" and g.measure == "annual revenue"


def test_names_joined_by_and_are_one_group_subject() -> None:
    f = _figure("9,000 acres", "The Ridge and Canyon fires have burned 9,000 acres.")
    assert f.subject_key == ("canyon", "ridge")


def test_a_source_is_not_the_subject() -> None:
    f = _figure("12", "Police Chief Dana Cole said 12 people were killed.")
    assert f.subject is None and f.measure == "deaths"


def test_a_name_that_locates_a_class_is_not_the_subject() -> None:
    f = _figure("12", "Storms in Texas have killed 12 people.")
    assert f.subject is None


def test_a_pronoun_sentence_takes_the_subject_of_the_sentence_before() -> None:
    f = _figure(
        "4,100 acres",
        "The Ridge Fire started on Monday. The fire has burned 4,100 acres so far.",
    )
    assert f.subject == "Ridge"  # "fire" is a common word of the article, not a name


def test_a_chain_of_back_references_keeps_the_first_subject() -> None:
    paragraph = (
        "Crews fought the Ridge Fire overnight. The fire destroyed 40 homes near Lake "
        "Tamsin. The blaze is now 60% contained."
    )
    assert _figure("60%", paragraph).subject == "Ridge"  # not Lake Tamsin, a place


def test_an_additional_amount_is_a_change_not_a_total() -> None:
    assert _figure("500 acres", "The fire burned an additional 500 acres overnight.").change
    assert not _figure("9,000 acres", "The fire has burned 9,000 acres.").change


def test_a_conversion_in_brackets_measures_what_its_figure_measures() -> None:
    text = "The Ridge Fire has burned 9,000 acres (3,640 hectares) so far."
    converted = _figure("3,640 hectares", text)
    assert converted.subject == "Ridge Fire" and converted.measure == "acres burned"


def test_a_day_after_as_of_dates_another_figure() -> None:
    text = "The fire had burned 9,000 acres as of Thursday."
    assert _figure("Thursday", text).measure is None
    assert _figure("9,000 acres", text).as_of == "Thursday"


def test_the_n_largest_picks_a_few_it_does_not_count_them() -> None:
    ranked = _figure("three", "It is among the three largest fires in the state's history.")
    counted = _figure("Three", "Three fires are burning in the county.")
    assert ranked.measure != counted.measure


# --- pairing only one quantity ------------------------------------------------------------


def test_revenue_and_a_purchase_price_never_pair() -> None:
    pairs = _pairs(
        ["Acme agreed to buy Globex for $32 billion on Tuesday."],
        ["Acme, which had $35 billion in annual revenue last year, will buy Globex."],
    )
    assert all(p.kind in ("left_only", "right_only") for p in pairs if p.left or p.right)


def test_one_fire_and_two_fires_together_never_pair() -> None:
    pairs = _pairs(
        [
            "The Ridge and Canyon fires have burned more than 30,000 acres.",
            "The Ridge Fire alone has burned at least 12,000 acres, while the Canyon Fire "
            "burned 18,500 acres.",
        ],
        ["The Ridge Fire has burned 12,400 acres, officials said."],
    )
    combined = _paired(pairs, "more than 30,000 acres")
    assert combined.right is None
    ridge = _paired(pairs, "at least 12,000 acres")
    assert ridge.right is not None and ridge.right.text == "12,400 acres"


def test_a_named_figure_and_an_unnamed_one_pair_when_no_article_tells_subjects_apart() -> None:
    pairs = _pairs(
        ["Globex trained the model for $5.6 million, the company said."],
        ["The model cost just $5.6 million to train."],
    )
    pair = _paired(pairs, "$5.6 million")
    assert pair.kind == "same" and pair.fact is not None and "training cost" in pair.fact


def test_subjects_an_article_tells_apart_keep_an_unnamed_figure_apart() -> None:
    pairs = _pairs(
        ["The death toll from the storms rose to 40."],
        [
            "Nine of the deaths were in Harris County, officials said.",
            "At least 35 people have been killed by the storms.",
        ],
    )
    total = _paired(pairs, "40")
    assert total.right is not None and total.right.text == "At least 35"


def test_a_toll_given_on_different_days_says_it_may_have_changed() -> None:
    pairs = _pairs(
        ["The death toll from the storm rose to 225 on Friday."],
        ["The storm's death toll rose to 227 on Saturday, officials said."],
    )
    pair = _paired(pairs, "225")
    assert pair.kind == "conflict"
    assert "Friday and Saturday" in pair.reason and pair.fact.endswith("deaths")


def test_the_same_weekday_of_two_events_never_pairs() -> None:
    pairs = _pairs(
        ["The company announced the deal on Tuesday."],
        ["Shares fell on Wednesday, reports said."],
    )
    assert all(p.kind in ("left_only", "right_only") for p in pairs)


def test_a_name_past_a_conjunction_belongs_to_the_next_clause() -> None:
    text = "Storms have killed at least 24 people and left damage in Harris County."
    f = _figure("at least 24", text)
    assert f.subject is None


def test_a_year_dates_a_figure_only_after_a_preposition() -> None:
    dated = _figure("just 112", "In the 2021 election the party won just 112 seats.")
    named = _figure("150 million", "It updates the 2017 model, which has sold 150 million units.")
    assert dated.period == "2021" and named.period is None


def test_an_earlier_event_never_pairs_with_this_one() -> None:
    pairs = _pairs(
        ["The quake killed at least 31 people on Monday."],
        ["It was the deadliest since 1997, when more than 200 people died."],
    )
    assert all(p.kind in ("left_only", "right_only") for p in pairs)


def test_a_named_part_of_a_loss_split_by_subject_never_pairs_with_an_unnamed_total() -> None:
    left = ["Wildfires across the county have destroyed 12,000 structures since Tuesday."]
    right = [
        "The Ridge Fire destroyed thousands of homes along the coast; the fire is contained.",
        "The Canyon Fire destroyed 9,418 structures near the city.",
    ]
    pair = _paired(_pairs(left, right), "12,000")
    assert pair.right is None  # the Canyon Fire's 9,418 is a part, not the county's total


def test_the_value_a_figure_replaced_never_conflicts_with_the_new_one() -> None:
    left = ["The bank cut its forecast for economic growth in 2027 to 0.7% from 1.0%."]
    right = ["The bank now expects the economy to grow by just 0.7% in 2027."]
    pairs = _pairs(left, right)
    assert not [p for p in pairs if p.kind == "conflict"]
    assert _paired(pairs, "1.0%").right is None


def test_the_value_before_a_change_pairs_with_the_same_value_stated_plainly() -> None:
    left = ["The central bank lowered its policy rate to 3.75% from 4.00% on Thursday."]
    right = ["Two members of the committee voted to keep the policy rate at 4.00% on Thursday."]
    assert _paired(_pairs(left, right), "4.00%").kind == "same"


def test_two_falls_that_name_nothing_never_conflict() -> None:
    left = ["Its largest lender will lower its variable mortgage rate by 0.25 percentage point."]
    right = [
        "New fixed rates have already dropped by about half a percentage point since the summer."
    ]
    assert not [p for p in _pairs(left, right) if p.kind == "conflict"]


def test_an_amount_per_year_is_a_rate_never_one_quantity_with_a_total() -> None:
    left = ["Ortega is the club's fourth signing of the summer, at a combined cost of £140m."]
    right = ["Ortega will cost the club a little over £20m a year before any bonuses."]
    assert _paired(_pairs(left, right), "£140m").right is None
    assert _figure("over £20m", right[0]).period == "per year"


def test_a_level_with_its_rise_set_off_by_a_comma_is_the_level() -> None:
    f = _figure("71.2%", "Turnout was 71.2%, up from 64.8% in 2021.")
    assert not f.change and f.measure == "turnout"


def test_two_counts_of_one_noun_for_one_party_can_conflict() -> None:
    left = ["The Greens would win 136 seats in the 301-seat assembly, early results showed."]
    right = ["The Greens won 138 of the assembly's 301 seats, final results showed on Monday."]
    assert _paired(_pairs(left, right), "136").kind == "conflict"


def test_a_number_whose_noun_is_left_out_pairs_with_the_count_of_its_owner() -> None:
    left = ["The Social Democrats won 79 seats, their worst result since the 1990s."]
    right = ["The Social Democrats were reduced to 79, their lowest tally in decades."]
    assert _paired(_pairs(left, right), "79").right.text == "79"


def test_the_number_of_something_counts_that_thing_not_another_count() -> None:
    f = _figure("11", "The number of people burned by the heaters has risen to 11.")
    assert f.measure == "people burned"
    left = ["Acme is recalling heaters sold in 11 countries after fires at homes."]
    right = ["The number of people burned by Acme heaters has risen to 11 after fires at homes."]
    assert _paired(_pairs(left, right), "11").right is None


def test_an_equal_value_pairs_even_where_an_article_gives_its_measure_several_values() -> None:
    left = [
        "Consumer price inflation slowed to 2.6% in October.",
        "In September, inflation was 3.1%, and food inflation was 4.2%.",
    ]
    right = ["The governor said inflation, at 2.6 per cent, was close to the target."]
    pairs = _pairs(left, right)
    assert _paired(pairs, "2.6%").kind == "same"
    assert _paired(pairs, "4.2%").right is None


def test_a_part_of_a_total_named_before_is_not_a_total_of_its_own() -> None:
    f = _figure(
        "nine", "The quake killed 31 people. Officials said nine of the dead were children."
    )
    assert f.change
    named = _figure(
        "five", "The coroner said five of the fatalities were linked to the Ridge Fire."
    )
    assert not named.change  # the Ridge Fire's own toll
    including = _figure("seven", "It had 46 reports of overheating, including seven fires.")
    assert including.change


def test_a_bare_number_after_from_is_the_previous_count() -> None:
    f = _figure("12", "The quake had killed 31 people by nightfall, up from 12 in the morning.")
    assert f.period == "previous value"


def test_a_year_past_a_conjunction_dates_the_next_clause_not_the_figure() -> None:
    f = _figure(
        "7.0",
        "Officials said the quake measured 7.0 and was the strongest since records began in 1952.",
    )
    assert f.period is None


def test_the_same_bare_day_in_two_reports_can_be_one_day() -> None:
    a = _figure("Thursday", "The central bank cut its key rate on Thursday.")
    b = _figure("Thursday", "Markets rallied on Thursday after the decision.")
    c = _figure("Friday", "Markets rallied on Friday after the decision.")
    owners = Owners([a], [b, c])
    assert same_quantity(a, b, agree=True, owners=owners)
    assert not same_quantity(a, c, agree=False, owners=owners)
