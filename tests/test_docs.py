"""The README stays true: its test command is the one CI runs."""

from __future__ import annotations

import re

from helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_readme_test_command_is_what_ci_runs() -> None:
    quick_start = README.split("## Quick start", 1)[1]
    test_command = _shell_blocks(quick_start)[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci, f"{test_command!r} is not a line of .ci/run"


def test_readme_first_command_installs_and_opens_the_reader() -> None:
    first = _shell_blocks(README.split("## Quick start", 1)[1])[0]
    assert "pip install ." in first and first.endswith("storydiff")


def test_readme_keys_table_is_generated_from_the_bindings() -> None:
    from storydiff.ui.keys import markdown_table

    table = README.split("<!-- keys:start -->\n", 1)[1].split("<!-- keys:end -->", 1)[0]
    assert table == markdown_table()


def test_readme_screenshots_exist() -> None:
    for name in re.findall(r"\((screenshots/[^)]+\.svg)\)", README):
        assert (ROOT / name).is_file(), name
