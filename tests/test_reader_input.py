"""The reader as a new user meets it: what it opens, what it says about its input, and how it
shows untrusted text (issue 18). Driven with Pilot, the way the problems were found."""

from __future__ import annotations

from pathlib import Path

from storydiff.cli import _reader_parser, reader_articles
from storydiff.core.load import bundled_seeds_dir
from storydiff.ui.app import StorydiffApp
from storydiff.ui.screens.export import ExportScreen
from storydiff.ui.screens.pair import PairScreen
from textual.widgets import Input

SIZE = (120, 36)


async def _ready(app: StorydiffApp, pilot) -> PairScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, PairScreen)
    return app.screen


async def test_an_export_from_the_reader_on_the_bundled_seeds_names_no_install_path(
    tmp_path: Path,
) -> None:
    articles = reader_articles(_reader_parser().parse_args([]))  # bare `storydiff`
    app = StorydiffApp(articles, home="pair")
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        target = tmp_path / "export.html"
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.click("#format-html")
        await pilot.click("#export-ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
    page = target.read_text(encoding="utf-8")
    install = str(bundled_seeds_dir())
    assert install not in page and "site-packages" not in page
    name = articles[0].path
    assert name == sorted(p.name for p in bundled_seeds_dir().glob("*.txt"))[0]
    assert f'<td class="path">{name}</td>' in page
