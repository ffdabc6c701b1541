"""The command line as scripts use it: contract shapes, and one clear line for every bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, one_line_error, storydiff
from helpers import SEED_FILES as SEEDS


def test_compare_json_follows_the_contract_and_covers_every_paragraph() -> None:
    run = storydiff("compare", SEEDS[0], SEEDS[2], "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["schema"] == "storydiff/comparison@1"
    for side in ("left", "right"):
        seen = sorted(i for b in doc["blocks"] for i in b[side])
        assert seen == list(range(len(doc[side]["paragraphs"])))


@pytest.mark.parametrize("fmt", ["md", "html", "text"])
def test_compare_writes_every_format_to_a_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"cmp.{fmt}"
    run = storydiff("compare", SEEDS[1], SEEDS[3], "--format", fmt, "-o", out)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 500
    assert str(out) in run.stderr  # the user is told where the file went


def test_clean_json_shows_title_body_and_dropped_lines() -> None:
    run = storydiff("clean", SEEDS[3], "--format", "json")
    doc = json.loads(run.stdout)
    assert doc["title"] and doc["paragraphs"] and doc["dropped"]


def test_figures_json_lists_each_article() -> None:
    run = storydiff("figures", SEEDS[0], SEEDS[4], "--format", "json")
    doc = json.loads(run.stdout)
    assert doc["schema"] == "storydiff/figures@1"
    assert [a["path"] for a in doc["articles"]] == [str(SEEDS[0]), str(SEEDS[4])]


def test_missing_file(tmp_path: Path) -> None:
    one_line_error(storydiff("compare", tmp_path / "nope.txt", SEEDS[0]), "nope.txt")


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("   \n\n\t \n")
    one_line_error(storydiff("compare", tmp_path / "empty.txt", SEEDS[0]), "empty.txt")
    one_line_error(storydiff("clean", tmp_path / "blank.txt"), "blank.txt")


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 20)
    one_line_error(storydiff("compare", tmp_path / "image.txt", SEEDS[0]), "image.txt")


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    one_line_error(storydiff("figures", tmp_path), str(tmp_path))


def test_directory_where_a_file_is_needed() -> None:
    one_line_error(storydiff("compare", ROOT / "seeds", SEEDS[0]), "directory")


def test_file_over_the_size_cap_names_the_cap_and_how_to_raise_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("A sentence of an enormous article about a deal. " * 20 + "\n\n") * 6000)
    run = storydiff("clean", big)
    one_line_error(run, "big.txt", "STORYDIFF_MAX_BYTES")


def test_reader_needs_two_articles(tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text(SEEDS[2].read_text(encoding="utf-8"), encoding="utf-8")
    one_line_error(storydiff(folder), "two articles")


def test_bad_usage_is_one_line() -> None:
    one_line_error(storydiff("compare", SEEDS[0]), "RIGHT")
    one_line_error(storydiff("compare", SEEDS[0], SEEDS[1], "--format", "pdf"), "pdf")


def test_every_command_has_help() -> None:
    for command in ([], ["compare"], ["figures"], ["clean"]):
        run = storydiff(*command, "--help")
        assert run.returncode == 0 and "usage: storydiff" in run.stdout


def test_the_same_pair_gives_the_same_bytes_whatever_the_hash_seed() -> None:
    # Set iteration order must never leak into results (fact labels once did), and without
    # --timings nothing that varies between runs is written.
    def run(seed: str, *extra: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-m", "storydiff", "compare", str(SEEDS[1]), str(SEEDS[3]),
             "--format", "json", *extra], capture_output=True, text=True, env=env, check=True)
        return out.stdout

    assert run("1") == run("2")
    assert "seconds" not in json.loads(run("1"))["stats"]
    timed = json.loads(run("1", "--timings"))["stats"]
    assert timed["seconds"] >= 0 and timed["matched_blocks"] == json.loads(run("1"))["stats"][
        "matched_blocks"]


def test_overview_timings_only_on_request() -> None:
    plain = json.loads(storydiff("overview", ROOT / "seeds", "--format", "json").stdout)
    assert not [key for key in plain["stats"] if key.startswith("seconds")]
    timed = json.loads(storydiff("overview", ROOT / "seeds", "--format", "json",
                                 "--timings").stdout)["stats"]
    assert timed["seconds"] >= 0 and timed["seconds_reading_figures"] >= 0
    assert {k: v for k, v in timed.items() if not k.startswith("seconds")} == plain["stats"]
