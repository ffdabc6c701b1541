"""The overview of many articles: facts, claims, copying, quotes and sources, on real text."""

from __future__ import annotations

import pytest
from helpers import CORPORA, SEEDS, syndicated
from storydiff.core.model import Article
from storydiff.core.overview import build_overview, copying
from storydiff.core.overview import facts as overview_facts
from storydiff.core.overview.index import index_words, story_sentences
from storydiff.core.overview.quotes import article_quotes
from storydiff.core.overview.sources import article_sources, story_sources
from storydiff.sources.load import load_paths


def _outlet(o, i: int) -> str:
    return o.articles[i].outlet


def _article(*paragraphs: str, name: str = "a.txt") -> Article:
    return Article(name, "", name, tuple(paragraphs))


def test_training_cost_row_has_four_values_from_four_outlets(seeds_overview) -> None:
    row = next(r for r in seeds_overview.facts if any("5.58" in c.figure.text for c in r.cells))
    # 000 "$5.6 million", 002 "under $6 million", 003 "a few million dollars", 004 "$5.58
    # million": four outlets, four different figures for the one training cost.
    assert len(row.cells) == 4
    assert row.values == 4
    texts = {c.figure.text for c in row.cells}
    assert any("under $6 million" in t for t in texts)
    assert any("a few million dollars" in t for t in texts)
    # Every non-reference cell carries the pair view's reason for its verdict.
    assert all(c.reason for c in row.cells)


def test_fact_rows_hold_one_figure_per_article(seeds_overview) -> None:
    for row in seeds_overview.facts:
        articles = [c.article for c in row.cells]
        assert len(articles) == len(set(articles)) >= 2
        assert sum(c.verdict == "reference" for c in row.cells) == 1
        assert row.cell(row.reference).verdict == "reference"


def test_conflicting_rows_come_first(seeds_overview) -> None:
    flags = [r.conflict for r in seeds_overview.facts]
    # The seeds disagree on the market value lost ($600 million vs $1.5 trillion).
    assert flags[0] is True
    assert flags == sorted(flags, reverse=True)


def test_sacks_quote_has_several_wordings_and_attributions(seeds_overview) -> None:
    group = next(q for q in seeds_overview.quotes if "distilled" in q.versions[q.reference].text)
    # Every seed quotes Sacks: "the knowledge out of OpenAI's models" (000, 002), "knowledge
    # out of OpenAI models" (001, 003), and the cut "substantial evidence" (001, 004).
    assert group.articles == (0, 1, 2, 3, 4)
    assert group.wordings >= 3
    assert {"Sacks", "David Sacks"} <= set(group.speakers)
    marked = {v.text[s:e] for v in group.versions for s, e in v.changes}
    assert "the" in marked  # the dropped/added "the" is a marked wording difference


def test_outlets_credit_bloomberg_variants_and_the_financial_times(seeds_overview) -> None:
    names = {s.name for s in seeds_overview.sources if s.kind in ("outlet", "wire")}
    # 000 "According to Bloomberg Law", 001 "reports Bloomberg", 004 "As Bloomberg News
    # reported", 003 "according to a Financial Times report".
    assert {"Bloomberg", "Bloomberg Law", "Bloomberg News", "Financial Times"} <= names
    reuters = [s for s in seeds_overview.sources if s.name == "Reuters"]
    assert reuters and reuters[0].kind == "wire"  # 000: "told Reuters"


def test_republished_credit_is_found_in_the_dropped_furniture(seeds_overview) -> None:
    # 002 ends with "First published by the Daily Caller News Foundation." (page furniture).
    found = [s for s in seeds_overview.sources if s.cue == "published by"]
    assert found and found[0].name == "Daily Caller News Foundation"
    assert found[0].paragraph is None


def test_claims_only_one_outlet_makes(seeds_overview) -> None:
    only = [g.text for g in seeds_overview.only_in(3)]
    # Only Cryptopolitan (003) reports the US Navy ban.
    assert any("Navy" in t for t in only)
    # The opening claim (Microsoft investigating DeepSeek) is made by all five.
    assert seeds_overview.claims[0].articles == (0, 1, 2, 3, 4)


def test_claim_groups_hold_one_sentence_per_article(seeds_overview) -> None:
    for group in seeds_overview.claims:
        keys = [m.article for m in group.mentions]
        texts = {(m.article, m.sentence.text.lower()) for m in group.mentions}
        assert len(set(keys)) == len(texts)


def test_pairs_sharing_no_six_word_run_are_not_searched() -> None:
    a = _article("The cat sat on the mat in the sun today.")
    b = _article("A dog ran across the park chasing a red ball.")
    c = _article("Yesterday the cat sat on the mat in the sun again.")
    index = index_words([a, b, c])
    # Only a and c share six-word runs ("the cat sat on the mat", ...).
    assert set(index.shared) == {(0, 2)}


@pytest.mark.shared
def test_copying_ranks_the_wire_copies_first() -> None:
    story = CORPORA / "google-wiz"
    o = build_overview(load_paths([story]))
    top = o.copying[0]
    # The corpus notes: 01 and 02 are the same AP wire text.
    assert (top.left, top.right) == (0, 1)
    assert top.exact and top.left_share > 0.8


def test_copying_lists_at_most_the_cap_and_says_how_many_pairs_it_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 12 copies of one story: 66 pairs share wording. With room for 10, those listed are
    # among the ones sharing most (a plain copy, whose whole text is shared, with any other),
    # and a notice counts the 56 left out, so a folder of thousands of copies cannot list
    # millions of pairs.
    monkeypatch.setattr(copying, "MAX_LISTED_PAIRS", 10)
    articles = syndicated(12)
    o = build_overview(articles)
    assert len(o.copying) == 10 and o.stats["copy_pairs_unlisted"] == 56
    for p in o.copying:
        assert p.exact and max(p.left_share, p.right_share) == 1.0
        assert p.left % 4 == 0 or p.right % 4 == 0  # the plain copies: 0, 4, 8
    assert any("56 more pairs" in n and "the 10 pairs" in n for n in o.notices)
    monkeypatch.setattr(copying, "MAX_LISTED_PAIRS", 1000)
    uncapped = build_overview(articles)
    assert len(uncapped.copying) == 66 and uncapped.stats["copy_pairs_unlisted"] == 0
    assert not any("more pairs" in n for n in uncapped.notices)


@pytest.mark.shared
def test_every_corpus_story_gets_an_overview() -> None:
    for story in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        o = build_overview(load_paths([story]))
        assert len(o.articles) == 6
        # Each story's outlets state shared figures and shared claims.
        assert o.facts, story.name
        assert any(len(g.articles) >= 3 for g in o.claims), story.name


@pytest.mark.shared
def test_la_wildfires_disagree_on_the_area_burned() -> None:
    story = CORPORA / "la-wildfires"
    o = build_overview(load_paths([story]))
    acres = [r for r in o.facts if any("acres" in c.figure.text for c in r.cells)]
    # Articles from different days give different fire sizes: the counts change over time.
    # One fire's acreage conflicts between outlets; the combined acreage of the two fires,
    # given by four outlets as lower bounds, is one row of its own, never mixed with one fire.
    assert any(r.conflict and r.fact.startswith("Eaton") for r in acres)
    combined = next(r for r in acres if r.values >= 3)
    assert all(c.figure.subject_key != ("eaton",) for c in combined.cells)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We will appeal the ruling," said Jane Roe.', "Jane Roe"),
        ('Jane Roe said: "We will appeal the ruling."', "Jane Roe"),
        (
            '"We will appeal," a spokesperson for Acme told the Daily Planet.',
            "a spokesperson for Acme",
        ),
        ('An Acme spokesperson told Reuters: "We will appeal the ruling."', "an Acme spokesperson"),
    ],
)
def test_quote_speaker_from_attribution(paragraph: str, speaker: str) -> None:
    article = _article(paragraph)
    quotes = article_quotes(0, article, story_sentences([article])[0])
    assert [q.speaker for q in quotes] == [speaker]


def test_pronoun_and_continued_quotes_take_the_previous_speaker() -> None:
    article = _article(
        '"Prices will rise this year," Jane Roe said.',
        'She added that "nothing is certain yet".',
        '"We are watching closely and will act."',
    )
    quotes = article_quotes(0, article, story_sentences([article])[0])
    assert [q.speaker for q in quotes] == ["Jane Roe"] * 3


def test_curly_quote_left_open_runs_to_the_paragraph_end() -> None:
    article = _article("“This is the whole story of the week, and more to come")
    quotes = article_quotes(0, article, story_sentences([article])[0])
    assert quotes[0].text.endswith("more to come")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The deal was first reported by the Wall Street Journal.",
            "Wall Street Journal",
            "outlet",
        ),
        ("According to the Financial Times, the talks failed.", "Financial Times", "outlet"),
        ("The Guardian reported that talks failed.", "Guardian", "outlet"),
        ("The firm told Reuters it would appeal.", "Reuters", "wire"),
        ("Citing Bloomberg News, the site said talks failed.", "Bloomberg News", "outlet"),
        ("Sources familiar with the matter said talks failed.", None, "anonymous"),
        ("Jane Roe said the talks failed.", "Jane Roe", "person"),
    ],
)
def test_source_credit_phrases(text: str, name: str | None, kind: str) -> None:
    found = article_sources(0, _article(text))
    assert any(s.kind == kind and (name is None or s.name == name) for s in found)


def test_according_to_a_name_another_article_calls_a_reporter_is_an_outlet() -> None:
    a = _article("According to Acme Daily, the plant will close.", name="a.txt")
    b = _article("Acme Daily reported the closure on Monday.", name="b.txt")
    kinds = {(s.article, s.name): s.kind for s in story_sources([a, b])}
    assert kinds[0, "Acme Daily"] == "outlet"


def test_sentence_starting_words_are_not_sources() -> None:
    found = article_sources(0, _article("As Bloomberg News reported Tuesday, talks failed."))
    assert [s.name for s in found] == ["Bloomberg News"]


def test_a_fact_table_cut_by_its_work_bound_says_so(
    monkeypatch: pytest.MonkeyPatch, seeds_overview
) -> None:
    # The budget's notice was computed and dropped: a cut table looked complete.
    assert not any("fact table" in n for n in seeds_overview.notices)
    monkeypatch.setattr(overview_facts, "PAIRING_FIGURES", 0)
    cut = build_overview(load_paths([SEEDS]))
    assert not cut.facts
    assert any("fact table is incomplete" in n for n in cut.notices)


def test_copying_searches_as_many_pairs_exactly_as_its_word_bound_allows() -> None:
    # The bound counts words read, not seconds: the same folder gives the same list on any
    # machine. The most-overlapping pairs are searched first; the rest keep the estimate.
    articles = syndicated(6)
    index = index_words(articles)
    full, complete, _ = copying.copy_pairs(articles, index)
    assert complete and len(full) == 15 and all(p.exact for p in full)
    none, cut, _ = copying.copy_pairs(articles, index, budget=0)
    assert not cut and not any(p.exact for p in none) and len(none) == 15
    first = max(articles[i].words + articles[j].words for i, j in index.shared)
    for _ in range(2):  # twice: the same pairs every time
        some, cut, _ = copying.copy_pairs(articles, index, budget=first)
        exact = [(p.left, p.right) for p in some if p.exact]
        assert not cut and len(exact) == 1 and exact[0] in [(p.left, p.right) for p in full]


def test_a_cost_other_outlets_give_in_other_words_is_not_only_in_one(seeds_overview) -> None:
    """Digital Trends (000) words the $5.6 million training cost like no other seed, but the
    fact table shows three other outlets giving that cost: it is not Digital Trends' alone."""
    row = next(r for r in seeds_overview.facts if any("5.58" in c.figure.text for c in r.cells))
    assert len([c for c in row.cells if c.verdict != "conflict"]) >= 2
    only = [g.text for g in seeds_overview.only_in(0)]
    assert not any("$5.6 million" in t for t in only)
    group = next(g for g in seeds_overview.claims if "$5.6 million" in g.text)
    assert set(group.echoes) - {0}


def test_a_shared_date_alone_does_not_make_a_claim_said() -> None:
    from storydiff.core.model import Figure, Sentence
    from storydiff.core.overview.coverage import with_fact_echoes
    from storydiff.core.overview.model import ClaimGroup, ClaimMention, FactCell, FactRow

    text = "The deal announced Tuesday makes Google the largest cloud security vendor."
    sentence = Sentence(0, 0, len(text), text)
    group = ClaimGroup((ClaimMention(0, sentence),))
    tuesday = [Figure("Tuesday", "weekday", 2.0, "weekday", 0, 18, 25) for _ in range(2)]
    cells = (FactCell(0, tuesday[0], "reference"), FactCell(1, tuesday[1], "same"))
    [kept] = with_fact_echoes([group], [FactRow("weekday", 0, cells)])
    assert kept.echoes == ()
    money = Figure("$32 billion", "money", 32e9, "USD", 0, 30, 41)
    cells = (FactCell(0, money, "reference"), FactCell(1, money, "consistent"))
    [echoed] = with_fact_echoes([group], [FactRow("price", 0, cells)])
    assert echoed.echoes == (1,)
