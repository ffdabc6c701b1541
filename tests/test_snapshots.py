"""SVG snapshots of the reader's main views at fixed sizes, on the fixed hand-made pair.

The app under test is ``snapshot_apps/pair_app.py``, which injects a fixed comparison
so these images change only when the reader's drawing changes, not when the core's
analysis improves. Regenerate with ``pytest tests/test_snapshots.py --snapshot-update``
and look at the diff before committing.
"""

from __future__ import annotations

from pathlib import Path

APP = str(Path(__file__).parent / "snapshot_apps" / "pair_app.py")
SIZE = (120, 36)


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_pair_view_after_next_figure(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("f")

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)


def test_figures_panel(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("p")

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("question_mark")

    assert snap_compare(APP, terminal_size=(120, 48), run_before=run_before)


def test_export_dialog(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("e")
        # The default path includes the working directory; pin it for the image.
        pilot.app.screen.query_one("#export-path").value = "the-wire-vs-daily-ledger.html"
        await pilot.pause()

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)


def test_narrow_terminal_uses_the_compact_layout(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("j", "j")

    assert snap_compare(APP, terminal_size=(80, 24), run_before=run_before)


def test_light_theme(snap_compare) -> None:
    async def run_before(pilot) -> None:
        pilot.app.theme = "textual-light"
        await _settle(pilot)
        await pilot.press("f", "f")

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)


def test_too_small_terminal(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)

    assert snap_compare(APP, terminal_size=(50, 12), run_before=run_before)


def test_compact_rows(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("c", "G")
        await pilot.pause()
        pilot.app.clear_notifications()  # its toast would hide the rows, for a time
        await pilot.pause()

    assert snap_compare(APP, terminal_size=(80, 24), run_before=run_before)


def test_article_list(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("a")
        await pilot.pause()

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)
