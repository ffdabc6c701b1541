"""The reader at 80 x 24 and smaller: what must stay on screen when room runs out."""

from __future__ import annotations

from helpers import SEEDS
from snapshot_apps.fixture import ARTICLES, fixed_compare
from storydiff.sources.load import load_paths
from storydiff.ui.app import StorydiffApp
from storydiff.ui.screens.pair import PairScreen
from storydiff.ui.widgets.overview_tables import FactTable
from storydiff.ui.widgets.status_line import StatusLine
from textual.geometry import Region
from textual.widget import Widget


async def _settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def drawn(widget: Widget) -> list[str]:
    """The lines ``widget`` puts on the screen, as drawn (cut, wrapped, with ellipses)."""
    region = Region(0, 0, widget.region.width, widget.region.height)
    return [strip.text for strip in widget.render_lines(region)]


def footer_keys(app: StorydiffApp) -> set[str]:
    """The keys the footer shows whole inside the terminal's width."""
    width = app.size.width
    return {
        key.key_display or key.key
        for key in app.screen.query("FooterKey")
        if key.region.width and key.region.right <= width - 12  # left of the palette key
    }


async def test_every_footer_keeps_help_and_quit_at_60_columns() -> None:
    app = StorydiffApp(load_paths([SEEDS]))
    async with app.run_test(size=(60, 20)) as pilot:
        await _settle(app, pilot)
        assert {"?", "q"} <= footer_keys(app), "overview"
        await pilot.press("enter")
        await _settle(app, pilot)
        assert isinstance(app.screen, PairScreen)
        assert {"?", "q"} <= footer_keys(app), "pair view"
        await pilot.press("p")
        await pilot.pause()
        assert {"?", "q"} <= footer_keys(app), "figures panel"
        await pilot.press("escape", "a")
        await pilot.pause()
        assert {"?", "q"} <= footer_keys(app), "article list"


async def test_the_figures_panel_keeps_its_hint_line_at_80_by_24() -> None:
    app = StorydiffApp(load_paths([SEEDS]), home="pair")
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        box = app.screen.query_one("#figures-box")
        hint = app.screen.query_one("#figures-box .dialog-hint")
        inside = box.region.shrink(box.styles.border.spacing)
        assert hint.region.height and inside.contains_region(hint.region)
        assert any("escape: back" in line for line in drawn(hint))


async def test_an_overview_conflict_row_shows_its_values_at_80_columns() -> None:
    # At 80 columns the table shows three of five outlets; a conflict between the third and
    # the fifth showed "◆ Wednesday" without the Tuesday it conflicts with.
    app = StorydiffApp(load_paths([SEEDS]))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(app, pilot)
        table = app.screen.query_one(FactTable)
        shown = "\n".join(drawn(table))
        for row in app.overview.facts:
            assert row.fact in shown  # labels such as "Microsoft · discovery date" whole
            if row.conflict:
                values = {c.figure.text for c in row.cells}
                assert len(values) > 1 and all(v in shown for v in values), row.fact


async def test_a_conflicts_figures_and_reason_are_readable_at_80_columns() -> None:
    # The status line was cut where the useful part started ("figure conflict (report
    # day): Wedn…"); the counts now shrink to glyphs, and what the cursor is on gets a line.
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _pair(app, pilot)
        await pilot.press("f")
        [line] = drawn(screen.query_one(StatusLine))
        assert "row 1/" in line and "…" not in line and "≠1" in line
        message = " ".join(drawn(screen.query_one("#status-message")))
        assert "Monday and Tuesday are different days." in message


async def test_tab_says_which_pane_is_active_on_the_status_line() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _pair(app, pilot)
        row = screen.aligned.row_of("left", 1)  # The Wire's ¶2 beside Daily Ledger's ¶3
        assert screen.aligned.rows[row].right == (2,)
        await pilot.press(*["j"] * row)
        where = f"row {row + 1}/{len(screen.aligned.rows)}"
        assert drawn(screen.query_one(StatusLine))[0].rstrip().endswith(f"{where} · ◀ ¶2")
        await pilot.press("tab")
        assert drawn(screen.query_one(StatusLine))[0].rstrip().endswith(f"{where} · ▶ ¶3")


async def _pair(app: StorydiffApp, pilot) -> PairScreen:
    await _settle(app, pilot)
    assert isinstance(app.screen, PairScreen)
    return app.screen
