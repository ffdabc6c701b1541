"""SVG snapshots of the Overview screen, on the fixed three-article overview.

The app is ``snapshot_apps/overview_app.py``, which injects a fixed overview so these
images change only when the screen's drawing changes. Regenerate with
``pytest tests/test_overview_snapshots.py --snapshot-update`` and look at the diff first.
"""

from __future__ import annotations

from pathlib import Path

APP = str(Path(__file__).parent / "snapshot_apps" / "overview_app.py")
SIZE = (120, 30)


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_overview_facts_tab(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("right")  # onto the second article's cell: its reason shows below

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)


def test_overview_quotes_tab(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press(*["right_square_bracket"] * 3)
        await pilot.pause()

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)


def test_overview_claims_tab_narrow(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()

    assert snap_compare(APP, terminal_size=(80, 24), run_before=run_before)


def test_overview_help(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(APP, terminal_size=SIZE, run_before=run_before)
