"""Pilot tests: press the reader's keys and check what it shows and where the cursor is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import SEEDS, cell_texts, drawn, focused_text, pair_ready, wait_until
from snapshot_apps.fixture import ARTICLES, LEFT, RIGHT, fixed_compare
from storydiff.core.model import Article, Block, Comparison
from storydiff.export import export
from storydiff.sources.load import load_paths
from storydiff.ui.app import StorydiffApp
from storydiff.ui.screens.export import ExportScreen
from storydiff.ui.screens.help import HelpScreen
from storydiff.ui.screens.pair import PairScreen
from storydiff.ui.widgets.article_list import ArticleList
from textual.events import MouseScrollDown
from textual.widgets import Input, Static

SIZE = (120, 36)


async def test_first_screen_shows_the_first_two_seed_articles_aligned() -> None:
    articles = load_paths([SEEDS])
    app = StorydiffApp(articles, home="pair")
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        # The first two articles, in order, each paragraph drawn once across the rows.
        assert screen.pair == (0, 1)
        assert screen.comparison.left.path == articles[0].path
        rows = screen.view.rows
        left = [i for r in rows for i, _ in r.cells["left"].paragraphs]
        assert sorted(left) == list(range(len(articles[0].paragraphs)))


async def test_next_figure_focuses_the_conflicting_figure_in_both_panes() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("f")
        # The fixture's first figure difference: Monday vs Tuesday, both in paragraph 1.
        assert screen.view.cursor == 0
        assert focused_text(screen) == {"left": "Monday", "right": "Tuesday"}
        await pilot.press("f", "f")
        # Third stop: the chip counts, in the left's third paragraph (a moved one).
        assert screen.view.cursor == screen.aligned.row_of("left", 2)
        assert focused_text(screen) == {"left": "2,048", "right": "about 2,000"}
        await pilot.press("F")
        assert focused_text(screen) == {"left": "$5.6 million", "right": "under $6 million"}


async def test_moved_key_jumps_to_the_counterpart_row() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        for _ in range(screen.aligned.row_of("left", 2)):
            await pilot.press("j")
        await pilot.press("m")
        assert screen.view.cursor == screen.aligned.row_of("right", 1)
        assert screen.view.active == "right"


async def test_swap_puts_the_right_article_on_the_left_and_caches_each_pair() -> None:
    calls = []

    def counting(left: Article, right: Article, *, progress=None):
        calls.append((left.outlet, right.outlet))
        return fixed_compare(left, right, progress=progress)

    app = StorydiffApp(ARTICLES, compare=counting)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("x")
        await pair_ready(app, pilot)
        assert screen.pair == (1, 0)
        assert screen.comparison.left.outlet == RIGHT.outlet
        assert "Daily Ledger" in str(screen.query_one("#left-header").render())
        await pilot.press("x")
        await pair_ready(app, pilot)
        assert screen.comparison.left.outlet == LEFT.outlet
        # Swapping back reuses the cached comparison: two pairs, two analyses.
        assert calls == [("The Wire", "Daily Ledger"), ("Daily Ledger", "The Wire")]


async def test_export_dialog_writes_the_chosen_format_to_the_chosen_path(tmp_path: Path) -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare, exporter=export)
    async with app.run_test(size=SIZE) as pilot:
        await pair_ready(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        # The default name follows the outlets and the format.
        path_input = app.screen.query_one("#export-path", Input)
        assert path_input.value.endswith("the-wire-vs-daily-ledger.html")
        await pilot.click("#format-json")
        assert path_input.value.endswith("the-wire-vs-daily-ledger.json")
        target = tmp_path / "out [bold].json"
        path_input.value = str(target)
        await pilot.click("#export-ok")
        await app.workers.wait_for_complete()  # written in a thread: the UI never waits
        await pilot.pause()
        assert isinstance(app.screen, PairScreen)
        document = json.loads(target.read_text(encoding="utf-8"))
        assert document["schema"] == "storydiff/comparison@1"
        assert document["left"]["outlet"] == "The Wire"


async def test_an_export_that_cannot_be_written_keeps_the_dialog_open(tmp_path: Path) -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare, exporter=export)
    said: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pair_ready(app, pilot)
        app.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "no" / "x.html")
        await pilot.click("#export-ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert not app.screen.query_one("#export-ok").disabled
        assert any(m.startswith("cannot write") and "x.html" in m for m in said)


async def test_help_lists_the_bindings_of_the_pair_view_and_the_legend() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        await pair_ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("#help-keys Static"))
        for line in (
            "Next figure the articles state differently",
            "Swap the left and right",
            "Search both articles",
            "Leave storydiff",
        ):
            assert line in text
        assert "figures conflict" in str(app.screen.query_one("#help-legend").render())
        await pilot.press("escape")
        assert isinstance(app.screen, PairScreen)


async def test_search_moves_the_cursor_to_the_match() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("slash", *"hedge fund")
        # Only Daily Ledger's last paragraph mentions a hedge fund.
        assert screen.view.cursor == screen.aligned.row_of("right", 3)
        assert str(screen.query_one("#search-count").render()) == "1/1"
        await pilot.press("escape", "k")
        assert screen.view.cursor == screen.aligned.row_of("right", 3) - 1


async def test_figures_panel_enter_jumps_to_the_chosen_figure() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("p", "down", "enter")
        # Conflicts are listed first, then consistent pairs: the second entry is the cost.
        assert isinstance(app.screen, PairScreen)
        assert focused_text(screen) == {"left": "$5.6 million", "right": "under $6 million"}


async def test_palette_runs_a_reader_action_by_name() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("ctrl+p", *"jump: next figure")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert focused_text(screen) == {"left": "Monday", "right": "Tuesday"}


async def test_markup_and_escape_sequences_in_articles_display_literally() -> None:
    hostile = Article(
        "x.txt",
        "[b]x[/b]",
        "[red]Outlet[/]",
        (
            "Markup [bold]stays[/] literal, [/] too, and <script>alert(1)</script>.",
            "An escape \x1b[31mred\x1b[0m is shown, not obeyed.",
        ),
    )
    other = Article("y.txt", "y", "Other", ("Markup stays literal.", "Nothing else."))
    app = StorydiffApp([hostile, other])
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        shown = cell_texts(screen.view)
        assert "[bold]stays[/] literal, [/] too" in shown
        assert any("[bold]stays[/] literal" in line for line in drawn(screen.view))
        assert "<script>alert(1)</script>" in shown
        assert "\\x1b[31mred\\x1b[0m" in shown
        assert "[red]Outlet[/]" in str(screen.query_one("#left-header").render())


async def test_a_too_small_terminal_gets_a_message_not_garbage() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=(50, 12)) as pilot:
        screen = await pair_ready(app, pilot)
        assert screen.query_one("#too-small").display
        assert not screen.query_one("#body").display


async def test_article_list_chooses_a_new_right_article() -> None:
    articles = load_paths([SEEDS])
    app = StorydiffApp(articles, home="pair")
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("a", "j", "j", "r", "enter")
        await pair_ready(app, pilot)
        # The cursor starts on the left article (0); two down is article 2, now on the right.
        assert screen.pair == (0, 2)
        assert screen.comparison.right.path == articles[2].path


async def test_a_page_without_paragraph_breaks_opens_and_scrolls(tmp_path: Path) -> None:
    # Every seed paragraph run together into one paragraph of about 130k characters, with
    # hundreds of figures: the pair view used to rebuild that cell's text once per mark (and
    # on every layout pass), and froze. It now opens, with each figure's glyph drawn once,
    # and scrolls to the bottom of that cell.
    seeds = load_paths([SEEDS])
    wall = " ".join(p for a in seeds for p in a.paragraphs) * 10
    left = Article("wall.txt", "One paragraph", "wall", (wall,))
    app = StorydiffApp([left, seeds[0]], home="pair")
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        [row] = [r for r in screen.view.rows if r.cells["left"].paragraphs]
        shown = row.content("left").plain
        width = screen.view._columns().left - 2
        assert row.wrapped("left", width) is row.wrapped("left", width)  # wrapped once a width
        figures = [f for f in screen.comparison.figures if f.left is not None]
        glyphs = sum(f.kind in ("conflict", "consistent", "left_only") for f in figures)
        assert len(wall) > 100_000 and glyphs > 100
        assert len(shown) == len(wall) + glyphs
        screen.view.scroll_end(animate=False)
        await pilot.pause()
        assert screen.view.scroll_y == screen.view.max_scroll_y > 1000  # laid out, scrollable


def _long_pair(count: int) -> StorydiffApp:
    """The reader on ``count`` paragraphs paired one to one (the alignment given, so the test
    is of the view, not of the analysis)."""
    body = tuple(f"Paragraph {k} says that item{k} costs {k + 1} dollars." for k in range(count))

    def paired(left: Article, right: Article, *, progress=None) -> Comparison:
        return Comparison(left, right, tuple(Block("match", (k,), (k,)) for k in range(count)))

    articles = [Article("a", "A", "alpha", body), Article("b", "B", "beta", body)]
    return StorydiffApp(articles, compare=paired)


async def test_a_long_pair_is_drawn_line_by_line_with_no_window() -> None:
    # 3,000 paired rows: the view is as tall as all of them at once (no window of mounted
    # rows, no line counting rows beyond), End and Home reach either end, and paging moves
    # the cursor with the screen.
    app = _long_pair(3000)
    async with app.run_test(size=SIZE) as pilot:
        view = (await pair_ready(app, pilot)).view
        assert len(view.rows) == 3000
        assert view.virtual_size.height == sum(view.row_region(k).height for k in range(3000))
        assert not any("more rows" in line for line in drawn(view))
        await pilot.press("end")
        assert view.cursor == 2999 and view.scroll_y == view.max_scroll_y
        assert any(line.startswith("3000 Paragraph 2999 says") for line in drawn(view))
        await pilot.press("home", "pagedown")
        assert view.cursor > 5 and view.scroll_y > 0
        top = view.row_at_offset(int(view.scroll_y))
        assert top <= view.cursor <= top + 1
        assert any(f"Paragraph {view.cursor} says" in line for line in drawn(view))


async def test_the_mouse_wheel_scrolls_and_a_click_puts_the_cursor_on_the_row() -> None:
    app = _long_pair(400)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        view = screen.view
        view.post_message(MouseScrollDown(view, 10, 10, 0, 1, 0, False, False, False))
        await wait_until(pilot, lambda: view.scroll_y > 0)
        assert view.cursor == 0  # the wheel scrolls the view; the cursor stays
        view.scroll_to(y=view.row_region(250).y, animate=False, immediate=True)
        await pilot.pause()
        assert drawn(view)[0].startswith(" 251 Paragraph 250 says")
        # A click on the right pane of the row two below the top: cursor and active side.
        x = view._columns().right_start + 8
        await pilot.click("#pair", offset=(x, view.row_region(252).y - int(view.scroll_y)))
        assert view.cursor == 252 and view.active == "right"
        assert screen.status.where.startswith("row 253/400 · ▶ ¶253")
        line = drawn(view)[view.row_region(252).y - int(view.scroll_y)]
        assert line.startswith("▶253 Paragraph 252") and "▏▶253 Paragraph 252" in line


async def test_swap_keeps_the_cursor_on_the_same_paragraphs() -> None:
    # "x" used to put the cursor back on row 1. The Wire's paragraph 4 (its own row, no
    # counterpart) is on the right after the swap, and the cursor is still on it.
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pair_ready(app, pilot)
        row = screen.aligned.row_of("left", 3)
        await pilot.press(*["j"] * row)
        assert screen.view.cursor == row > 0
        await pilot.press("x")
        await pair_ready(app, pilot)
        await pilot.pause()
        assert screen.comparison.right.outlet == LEFT.outlet
        assert screen.view.cursor == screen.aligned.row_of("right", 3)
        assert screen.aligned.rows[screen.view.cursor].right == (3,)
        assert screen.view.active == "right"
        view = screen.view
        line = drawn(view)[view.row_region(view.cursor).y - int(view.scroll_y)]
        assert line[view._columns().right_start + 1] == "▶"  # the pointer in the right gutter


def _help_rows(app: StorydiffApp) -> list[tuple[str, str, int, int]]:
    """(keys, description, x of the description, its height) per line of the help screen."""
    rows = []
    for line in app.screen.query("#help-keys HorizontalGroup"):
        key, text = line.query(Static)
        rows.append((str(key.render()), str(text.render()), text.region.x, text.region.height))
    return rows


async def test_help_shows_keys_as_typed_in_one_column_with_one_heading_per_group() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=(80, 24)) as pilot:
        await pair_ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        rows = _help_rows(app)
        keys_shown = {k for k, *_ in rows}
        assert {"?", "space", "/", "]", "j / ↓"} <= keys_shown
        assert not any("question_mark" in k or "slash" in k for k in keys_shown)
        # One column: every description starts at the same x, right of the longest keys;
        # at 80 columns some wrap, and their second line stays under the first.
        xs = {x for *_, x, _ in rows}
        key_x = app.screen.query_one("#help-keys .help-key").region.x
        assert len(xs) == 1 and xs.pop() > key_x + max(len(k) for k in keys_shown)
        assert any(height > 1 for *_, height in rows)
        headings = [str(h.render()) for h in app.screen.query(".help-heading")]
        assert len(headings) == len(set(headings)) > 3
        assert "figures conflict" in str(app.screen.query_one("#help-legend").render())


async def test_the_overviews_help_lists_enter_and_its_own_legend() -> None:
    app = StorydiffApp(load_paths([SEEDS]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        rows = {k: text for k, text, *_ in _help_rows(app)}
        assert "Open the two articles side by side" in rows["enter"]
        legend = str(app.screen.query_one("#help-legend").render())
        first = legend.splitlines()[0]
        assert first.startswith("◆ Wednesday") and first.endswith("the figure the row compares to")
        assert "claim" not in legend


async def test_article_list_starts_at_the_top_pair_row_and_names_the_sides() -> None:
    # The list opened on the right article; it opens on the upper of the pair's rows, names
    # each side in words, and points at the highlighted row besides colouring it.
    app = StorydiffApp(load_paths([SEEDS]), home="pair")
    async with app.run_test(size=SIZE) as pilot:
        await pair_ready(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one(ArticleList)

        def shown(row: int) -> list[str]:
            return [str(cell) for cell in table.get_row_at(row)]

        assert table.cursor_row == 0
        assert shown(0)[:2] == ["▸", "◀ left"] and shown(1)[:2] == ["", "▶ right"]
        await pilot.press("j", "j", "l")
        assert shown(2)[:2] == ["▸", "◀ left"] and shown(0)[:2] == ["", ""]
        assert shown(1)[1] == "▶ right"


async def test_the_export_dialog_marks_the_chosen_format_without_colour() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        await pair_ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()

        def buttons() -> dict[str, str]:
            return {
                b.id: str(b.render())[:3] for b in app.screen.query("#export-format RadioButton")
            }

        assert buttons() == {"format-html": "▐●▌", "format-md": "▐ ▌", "format-json": "▐ ▌"}
        await pilot.click("#format-md")
        assert buttons() == {"format-html": "▐ ▌", "format-md": "▐●▌", "format-json": "▐ ▌"}


async def test_compact_rows_put_a_one_sided_paragraph_across_both_panes() -> None:
    # The Wire's last two paragraphs and Daily Ledger's last have no counterpart: each faced
    # hatched filler of its own height. With "c" each spans both panes under a one-line note
    # naming its side, nothing is drawn opposite, and paired rows still start side by side.
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pair_ready(app, pilot)
        view = screen.view

        def everything() -> list[str]:  # every line of the report, scrolled through
            lines = []
            for y in range(0, view.virtual_size.height, view.size.height):
                view.scroll_to(y=y, animate=False, immediate=True)
                lines += drawn(view)[: view.virtual_size.height - int(view.scroll_y)]
            return lines

        before = view.virtual_size.height
        assert any("╱" in line for line in everything())
        await pilot.press("G", "c")
        await pilot.pause()
        assert view.has_class("-compact-rows")
        assert view.virtual_size.height < before
        lines = everything()
        assert not any("╱" in line for line in lines)  # no filler opposite
        for arrow, outlet in (("◀", LEFT.outlet), ("▶", RIGHT.outlet)):
            notes = [line for line in lines if f"∅ only in {arrow} {outlet}" in line]
            assert notes and not any("▏" in note for note in notes)  # no rule: both panes
        paired = [line for line in lines if line.startswith("   1 ")]
        assert paired and "▏   1 " in paired[0]  # a matched row: both sides on one line
        await pilot.press("G")
        region = view.row_region(view.cursor)
        assert view.scroll_y <= region.y < view.scroll_y + view.size.height
        await pilot.press("c")
        await pilot.pause()
        assert view.virtual_size.height == before


async def test_swap_keeps_the_lit_figure_and_its_verdict_on_the_status_line() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=SIZE) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("f", "f")
        assert focused_text(screen) == {"left": "$5.6 million", "right": "under $6 million"}
        await pilot.press("x")
        await pair_ready(app, pilot)
        await pilot.pause()
        assert focused_text(screen) == {"left": "under $6 million", "right": "$5.6 million"}
        assert "$5.6 million is under $6 million." in str(
            screen.query_one("#status-message").render()
        )


def test_a_reader_started_without_exporters_says_so_in_one_line(tmp_path: Path) -> None:
    # The exporters reach the reader from the CLI (the reader never imports them): an app
    # built without them refuses to write with a one-line error instead of failing later.
    from storydiff.errors import StorydiffError
    from storydiff.ui.screens.export import write_export

    comparison = fixed_compare(*ARTICLES)
    with pytest.raises(StorydiffError, match="without exporters"):
        write_export(None, comparison, "html", tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()
    written = write_export(export, comparison, "md", tmp_path / "x.md")
    assert written.read_text(encoding="utf-8").startswith("#")
