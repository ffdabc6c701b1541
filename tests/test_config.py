"""The settings file: where it is looked for, what it may say, and what it changes in the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_apps.fixture import ARTICLES, fixed_compare
from storydiff.cli import main
from storydiff.config import (
    Config,
    config_path,
    load_config,
    parse_config,
)
from storydiff.errors import UsageError
from storydiff.export import export
from storydiff.ui.app import StorydiffApp
from storydiff.ui.screens.export import ExportScreen
from storydiff.ui.screens.help import HelpScreen
from storydiff.ui.screens.pair import PairScreen
from storydiff.ui.settings import check_for_reader
from textual.widgets import Input

SIZE = (120, 36)
FULL = """
theme = "textual-light"

[reader]
compact = true

[export]
format = "md"
folder = "~/reports"

[keys]
"app.help" = "h"
"""


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never read the real user's settings: the config folder is a fresh tmp folder."""
    monkeypatch.delenv("STORYDIFF_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "storydiff" / "config.toml"


def test_the_config_is_looked_for_in_the_xdg_config_folder(no_user_config: Path) -> None:
    assert config_path() == no_user_config


def test_storydiff_config_names_another_file(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setenv("STORYDIFF_CONFIG", str(tmp_path / "mine.toml"))
    assert config_path() == tmp_path / "mine.toml"
    # A file the user named explicitly must exist; the default place may be empty.
    with pytest.raises(UsageError, match=r"mine\.toml: config file not found"):
        load_config()


def test_no_file_means_the_defaults() -> None:
    assert load_config() == Config()


def test_a_full_file_is_read(no_user_config: Path) -> None:
    no_user_config.parent.mkdir(parents=True)
    no_user_config.write_text(FULL, encoding="utf-8")
    config = load_config()
    assert (config.theme, config.export_format) == ("textual-light", "md")
    assert config.export_dir == Path("~/reports").expanduser()
    assert dict(config.keys) == {"app.help": "h"} and config.path == no_user_config
    assert config.compact_rows and not Config().compact_rows


@pytest.mark.parametrize(("text", "message"), [
    ("theme = ", r"config: not valid TOML"),
    ("thme = 'nord'", r"config: unknown setting 'thme' \(known: theme, reader, export, keys\)"),
    ("[reader]\ncompact = 'yes'", r"config: reader\.compact must be true or false"),
    ("[reader]\ncompat = true", r"config: unknown setting reader\.compat"),
    ("[export]\nfromat = 'md'", r"config: unknown setting export\.fromat"),
    ("[export]\nformat = 'pdf'", r"export\.format must be one of html, md, json, not 'pdf'"),
    ("export = 'html'", r"config: export must be a table"),
    ("[keys]\n'app.quit' = 3", r"keys\.app\.quit must be a string of keys"),
    ("theme = 7", r"config: theme must be a string"),
])
def test_a_mistake_in_the_file_is_one_line_naming_the_setting(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_config(text)


def test_theme_and_binding_ids_are_checked_against_the_reader() -> None:
    with pytest.raises(UsageError, match=r"unknown theme 'no-such-theme'"):
        check_for_reader(Config(theme="no-such-theme"))
    with pytest.raises(UsageError, match=r"keys\.pair\.next-figur: no such binding id \(ids: "):
        check_for_reader(Config(keys={"pair.next-figur": "."}))
    check_for_reader(parse_config(FULL))  # every name in the full example is real


def test_help_names_where_the_config_is_looked_for(
    no_user_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = "".join(capsys.readouterr().out.split())  # argparse wraps the epilog, even at "-"
    assert f"Settingsarereadfrom{no_user_config}" in out
    assert "STORYDIFF_CONFIG" in out


def test_a_bad_config_stops_the_reader_with_one_line(
    no_user_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_user_config.parent.mkdir(parents=True)
    no_user_config.write_text("[keys]\n'pair.nope' = 'x'\n", encoding="utf-8")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"storydiff: error: {no_user_config}: keys.pair.nope: no such binding")
    assert err.count("\n") == 1


async def test_the_reader_applies_theme_and_key_overrides() -> None:
    app = StorydiffApp(ARTICLES, compare=fixed_compare, config=parse_config(FULL), exporter=export)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.theme == "textual-light"
        assert app.screen.query_one("#pair").has_class("-compact-rows")  # [reader] compact
        await pilot.press("h")  # app.help remapped from ? to h
        assert isinstance(app.screen, HelpScreen)
        keys_shown = [str(k.render()) for k in app.screen.query(".help-key")]
        assert "h" in keys_shown and "?" not in keys_shown  # help shows the keys in force


async def test_the_export_dialog_starts_with_the_configured_format_and_folder(
    tmp_path: Path,
) -> None:
    config = Config(export_format="md", export_dir=tmp_path / "reports")
    app = StorydiffApp(ARTICLES, compare=fixed_compare, config=config, exporter=export)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PairScreen)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        path = Path(app.screen.query_one("#export-path", Input).value)
        assert path.parent == tmp_path / "reports" and path.suffix == ".md"
