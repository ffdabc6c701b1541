"""Pilot tests of the Overview screen: it is home for many articles, and every finding opens
the two articles side by side at the right place."""

from __future__ import annotations

import threading

from helpers import SEEDS, drawn, syndicated, wait_until
from storydiff.core.model import Article
from storydiff.core.overview import build_overview, copying
from storydiff.sources.load import load_paths
from storydiff.ui.app import StorydiffApp
from storydiff.ui.screens.overview import OverviewScreen
from storydiff.ui.screens.pair import PairScreen
from storydiff.ui.widgets.overview_tables import CopyTable, FactTable
from textual.widgets import OptionList, TabbedContent

SIZE = (140, 40)


async def _settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def _placed(app, pilot) -> PairScreen:
    """Wait for the pair's comparison and for the overview to place the cursor in it."""
    await _settle(app, pilot)

    def placed() -> bool:
        screen = app.screen
        return (isinstance(screen, PairScreen) and screen.comparison is not None
                and screen.pending is None)

    await wait_until(pilot, placed)
    return app.screen


async def test_overview_is_home_for_more_than_two_articles() -> None:
    app = StorydiffApp(load_paths([SEEDS]))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert app.overview is not None and len(app.overview.articles) == 5
        assert app.screen.query_one(FactTable).row_count == len(app.overview.facts)


async def test_fact_cell_opens_the_pair_at_that_figure() -> None:
    app = StorydiffApp(load_paths([SEEDS]))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        facts = app.overview.facts
        r = next(
            k for k, row in enumerate(facts) if any("5.58" in c.figure.text for c in row.cells)
        )
        row = facts[r]
        cell = next(c for c in row.cells if c.verdict != "reference")
        table = app.screen.query_one(FactTable)
        table.focus()
        table.move_cursor(row=r, column=table.column_of(cell.article))
        await pilot.pause()
        await pilot.press("enter")
        screen = await _placed(app, pilot)
        # The row's reference article on the left, the chosen cell's article on the right,
        # the cursor on the figure pair joining the two training-cost figures.
        assert screen.pair == (row.reference, cell.article)
        pair = screen.comparison.figures[screen.target.index]
        assert pair.right.text == cell.figure.text
        assert pair.left.text == row.cell(row.reference).figure.text


async def test_copying_pair_opens_at_its_first_shared_passage() -> None:
    app = StorydiffApp(load_paths([SEEDS]))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert isinstance(app.screen.focused, CopyTable)
        await pilot.press("enter")
        screen = await _placed(app, pilot)
        top = app.overview.copying[0]
        assert screen.pair == (top.left, top.right)
        first = top.passages[0].left
        assert screen.view.cursor == screen.aligned.row_of("left", first.paragraph)


async def test_quote_version_opens_its_article_at_the_quote() -> None:
    app = StorydiffApp(load_paths([SEEDS]))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        await pilot.press(*["right_square_bracket"] * 3)
        await pilot.pause()
        quotes = app.screen.focused
        assert isinstance(quotes, OptionList)
        # The first version of the first quotation is highlighted (the heading is disabled).
        assert quotes.highlighted_option.id == "quote:0:0"
        await pilot.press("enter")
        screen = await _placed(app, pilot)
        version = app.overview.quotes[0].versions[0]
        assert screen.pair[0] == version.article
        assert screen.view.cursor == screen.aligned.row_of("left", version.paragraph)


async def test_o_goes_back_to_the_overview_without_rebuilding_it() -> None:
    calls = []

    def counting(articles, *, progress=None):
        calls.append(len(articles))
        return build_overview(articles, progress=progress)

    app = StorydiffApp(load_paths([SEEDS]), overview=counting)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        table = app.screen.query_one(FactTable)
        table.focus()
        cell = app.overview.facts[0].cells[-1]
        table.move_cursor(row=0, column=table.column_of(cell.article))
        await pilot.pause()
        await pilot.press("enter")
        await _placed(app, pilot)
        await pilot.press("o")
        await _settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert calls == [5]


async def test_two_articles_open_on_the_pair_and_o_opens_the_overview() -> None:
    app = StorydiffApp(load_paths([SEEDS])[:2])
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        assert isinstance(app.screen, PairScreen)
        await pilot.press("o")
        await _settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen) and app.overview is not None


async def test_a_opens_a_chosen_pair_while_the_overview_is_still_building() -> None:
    release = threading.Event()

    def slow(articles, *, progress=None):
        release.wait(10)  # the overview of hundreds of articles takes seconds
        return build_overview(articles, progress=progress)

    app = StorydiffApp(load_paths([SEEDS]), overview=slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen) and app.overview is None
        await pilot.press("a", "j", "j", "r", "enter")  # cursor starts on article 0
        await wait_until(pilot, lambda: isinstance(app.screen, PairScreen))
        # The pair view is up before the overview exists: nothing waited for it.
        assert isinstance(app.screen, PairScreen) and app.overview is None
        assert app.screen.pair == (0, 2)
        release.set()
        await _settle(app, pilot)
        assert app.screen.comparison is not None and app.overview is not None


async def test_fact_table_scrolls_sideways_only_as_far_as_its_cursor_needs() -> None:
    # The cursor starts on the first row's first stated figure (a middle column): at a
    # width where that cell is in view the table must not be scrolled, which would hide the
    # first article's column under the fixed fact column; where it is not, it scrolls to it.
    for width, scrolled in ((140, False), (60, True)):
        app = StorydiffApp(load_paths([SEEDS]))
        async with app.run_test(size=(width, 30)) as pilot:
            await _settle(app, pilot)
            table = app.screen.query_one(FactTable)
            assert table.cursor_column > 1
            assert (table.scroll_x > 0) is scrolled, (width, table.scroll_x)


async def test_a_capped_copying_list_says_so_in_its_tab_and_a_notice(monkeypatch) -> None:
    # Thousands of syndicated copies would list millions of pairs; the list is capped, its
    # tab reads "Copying 10+" and a warning counts the pairs left out.
    monkeypatch.setattr(copying, "MAX_LISTED_PAIRS", 10)
    said: list[str] = []
    monkeypatch.setattr(StorydiffApp, "notify", lambda self, message, **_: said.append(message))
    app = StorydiffApp(syndicated(12))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        tabs = app.screen.query_one(TabbedContent)
        assert str(tabs.get_tab("tab-copying").label) == "Copying 10+"
        assert app.screen.query_one(CopyTable).row_count == 10
        assert any("56 more pairs" in message for message in said)


async def test_the_fact_table_has_a_column_only_for_articles_that_state_a_fact() -> None:
    # Two copies of a seed's figures and a note with no figure: the note gets no column of
    # dashes, the status line counts it, and columns still open their own article.
    seeds = load_paths([SEEDS])
    note = Article("note.txt", "Note", "notes", ("A short note without any figure in it.",))
    app = StorydiffApp([seeds[0], seeds[2], note])
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        table = app.screen.query_one(FactTable)
        assert table.articles == [0, 1] and len(table.columns) == 3
        assert "1 article states none of them" in str(
            app.screen.query_one("#overview-status").render()
        )


def _cursor_on_screen(screen: PairScreen) -> bool:
    """Whether the cursor's row is drawn inside the pair view with its ▶ pointer."""
    view = screen.view
    y = view.row_region(view.cursor).y - int(view.scroll_y)
    if not 0 <= y < view.size.height:
        return False
    pointer = 0 if view.active == "left" else view._columns().right_start + 1
    return drawn(view)[y][pointer] == "▶"


async def test_a_fact_cell_far_down_the_pair_opens_with_its_row_on_screen() -> None:
    # A fact stated far down its articles (the seeds' training cost sits at row 10 of 13 in
    # one pair): the view used to stay at the top, with no cursor in sight. Also from the
    # Claims tab, at 80 x 24.
    for size in (SIZE, (80, 24)):
        app = StorydiffApp(load_paths([SEEDS]))
        async with app.run_test(size=size) as pilot:
            await _settle(app, pilot)
            facts = app.overview.facts
            r = next(k for k, row in enumerate(facts) if row.fact.endswith("training cost"))
            tampa = next(i for i, a in enumerate(app.articles) if a.outlet == "Tampa Free Press")
            table = app.screen.query_one(FactTable)
            table.move_cursor(row=r, column=table.column_of(tampa))
            await pilot.pause()
            await pilot.press("enter")
            screen = await _placed(app, pilot)
            assert screen.view.cursor > 3 and _cursor_on_screen(screen), size
            await pilot.press("o", "right_square_bracket")
            await pilot.pause()
            claims = app.screen.focused
            assert isinstance(claims, OptionList)
            last = max(
                range(claims.option_count),
                key=lambda k: (not claims.get_option_at_index(k).disabled, k),
            )
            claims.highlighted = last
            await pilot.press("enter")
            screen = await _placed(app, pilot)
            assert screen.view.cursor > 3 and _cursor_on_screen(screen), size
