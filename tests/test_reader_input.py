"""The reader as a new user meets it: what it opens, what it says about its input, and how it
shows untrusted text (issue 18). Driven with Pilot, the way the problems were found."""

from __future__ import annotations

from pathlib import Path

from helpers import cell_texts, pair_ready
from storydiff.cli import _reader_parser, reader_articles
from storydiff.core.model import Article
from storydiff.export import export
from storydiff.sources.load import bundled_seeds_dir, load_paths
from storydiff.ui.app import StorydiffApp
from storydiff.ui.screens.export import ExportScreen
from textual.widgets import Input, OptionList

SIZE = (120, 36)


async def test_an_export_from_the_reader_on_the_bundled_seeds_names_no_install_path(
    tmp_path: Path,
) -> None:
    articles = reader_articles(_reader_parser().parse_args([]))  # bare `storydiff`
    app = StorydiffApp(articles, home="pair", exporter=export)
    async with app.run_test(size=SIZE) as pilot:
        await pair_ready(app, pilot)
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


UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\ufeff")
"""C0 and C1 controls (\\x9b is a CSI to some terminals), bidi overrides and isolates, and
zero-width characters: article text a terminal must never receive raw."""


def _hostile_articles() -> list[Article]:
    salt = "".join(UNSAFE)
    left = Article(
        f"left{salt}.txt",
        f"Dam {salt}ruling upheld",
        f"Valley{salt} Times",
        (
            f"The court upheld the dam ruling{salt} on Tuesday, in a 7-2 decision, "
            f"ending a decade of litigation over the river.",
            f"The dam cost $40 million{salt} and supplies water to 12 towns.",
        ),
    )
    right = Article(
        "right.txt",
        "Dam ruling stands",
        f"River{salt} Post",
        (
            "The court upheld the dam ruling on Wednesday, in a 6-3 decision, ending a decade "
            "of litigation over the river.",
            f"Engineers said{salt} repairs would take five years.",
        ),
    )
    third = Article("third.txt", "", "Wire", ("A third report on the dam ruling on Tuesday.",))
    return [left, right, third]


def _assert_safe(app: StorydiffApp, where: str) -> None:
    shown = app.export_screenshot()  # what the terminal is sent, as one document
    leaked = [hex(ord(ch)) for ch in UNSAFE if ch in shown]
    assert not leaked, f"{where}: {leaked} reached the terminal"


async def test_control_bidi_and_zero_width_characters_are_escaped_on_every_reader_screen() -> None:
    # Issue 18 item 17: the reader passed \x9b and U+202E to the terminal; now it escapes
    # them as the exports do, in the panes, headers, status line, figures panel, article
    # list and overview.
    app = StorydiffApp(_hostile_articles(), home="pair", exporter=export)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await pair_ready(app, pilot)
        _assert_safe(app, "pair view")
        shown = cell_texts(screen.view)
        assert "ruling\\x1b\\x07\\x9b\\u202e\\u202a\\u2066\\u2069\\u200b\\ufeff on Tuesday" in shown
        assert "Valley\\x1b" in str(screen.query_one("#left-header").render())
        for key, name in (("p", "FiguresScreen"), ("escape", ""), ("a", "ArticlesScreen"),
                          ("escape", ""), ("o", "OverviewScreen")):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            if name:
                assert type(app.screen).__name__ == name
                _assert_safe(app, name)
        for tab in range(4):  # claims, copying, quotes, sources
            await pilot.press("]")
            await pilot.pause()
            _assert_safe(app, f"overview tab {tab + 2}")


DAM = (
    "The Supreme Court upheld the ruling on the river dam on {day}, after a decade of "
    "litigation by the towns along the valley.",
    '"This is a day for the river and for everyone who lives along it," said Maria Lopez.',
)


def _dam(path: str, title: str, outlet: str, day: str) -> Article:
    return Article(path, title, outlet, (DAM[0].format(day=day), DAM[1]))


async def test_the_reader_words_counts_and_headlines_as_every_export_does(monkeypatch) -> None:
    # Issue 18 items 5 and 10: "≠ 1 conflicts", "1 wordings"; "(no headline)" here but
    # "(no headline found)" in the exports.
    articles = [
        _dam("a.txt", "Dam ruling upheld", "Valley Times", "Tuesday"),
        _dam("b.txt", "", "River Post", "Wednesday"),
        _dam("c.txt", "Court backs dam", "Wire", "Tuesday"),
    ]
    app = StorydiffApp(articles, home="pair")
    async with app.run_test(size=(200, 48)) as pilot:  # wide: the counts keep their words
        screen = await pair_ready(app, pilot)
        status = str(screen.status.render())
        assert "≠ 1 conflict " in status and "1 conflicts" not in status
        assert "(no headline found)" in str(screen.query_one("#right-header").render())
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        quotes = app.screen.query_one("#quote-list", OptionList)
        headings = [str(quotes.get_option_at_index(k).prompt) for k in range(quotes.option_count)]
        assert "Maria Lopez: 3 versions, 1 wording" in headings


async def test_the_reader_says_when_both_sides_are_one_text_and_how_a_file_was_read(
    tmp_path: Path, monkeypatch
) -> None:
    # Issue 18 items 14 and 15, in the reader: the same notices as every export.
    said: list[str] = []
    monkeypatch.setattr(StorydiffApp, "notify", lambda self, message, **_: said.append(message))
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(b"Dam ruling upheld\n\n" + DAM[0].format(day="Tuesday").encode()
                        + b" \xff\xfe\n\n" + DAM[1].encode())
    app = StorydiffApp(load_paths([damaged, damaged]), home="pair")
    async with app.run_test(size=SIZE) as pilot:
        await pair_ready(app, pilot)
    assert f"{damaged}: read as UTF-8; 2 bytes that are not valid UTF-8 shown as \ufffd." in said
    assert any(n.startswith(f"Identical articles: the same file, {damaged},") for n in said)
