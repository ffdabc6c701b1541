"""Input a new user gives the commands: files not in UTF-8, and the same text twice.

Each test runs the real CLI in a fresh interpreter (issue 18, items 14 and 15) and checks
every output format, since every output must say how the input was read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import storydiff

FORMATS = ("text", "md", "html", "json")

STORY = (
    "Dam operator reports a loss\n\n"
    "The company’s chief said on Tuesday that the dam operator had lost about $5 million in "
    "the quarter, after repairs to the spillway ran over budget.\n\n"
    "Analysts expect the operator to raise prices for the 12 towns it supplies — a move "
    "that regulators would have to approve.\n"
)

OTHER = (
    "Spillway repairs push the operator into the red\n\n"
    "The dam operator lost about $6 million in the quarter, its chief said on Tuesday, "
    "blaming repairs to the spillway.\n\n"
    "Regulators would have to approve any rise in prices for the towns it supplies.\n"
)


def _outputs(left: Path, right: Path) -> dict[str, str]:
    runs = {fmt: storydiff("compare", left, right, "--format", fmt) for fmt in FORMATS}
    for run in runs.values():
        assert run.returncode == 0 and not run.stderr, run.stderr
    return {fmt: run.stdout for fmt, run in runs.items()}


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_every_output_says_so(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.txt"
    good, bad = STORY.split("about $5 million")
    damaged.write_bytes(good.encode() + b"\xff\xfe\xc3(about $5 million" + bad.encode())
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    outputs = _outputs(damaged, tmp_path / "other.txt")
    doc = json.loads(outputs["json"])
    paragraph = doc["left"]["paragraphs"][0]
    assert "lost \ufffd\ufffd\ufffd(about $5 million" in paragraph
    assert "company’s chief" in paragraph  # the file's own UTF-8, not a code page's guess
    notice = f"{damaged}: read as UTF-8; 3 bytes that are not valid UTF-8 shown as \ufffd."
    assert notice in doc["notices"] and doc["left"]["notices"] == [notice]
    for fmt in ("text", "md", "html"):
        assert "3 bytes that are not valid UTF-8" in outputs[fmt], fmt
    clean = storydiff("clean", damaged).stdout
    assert f"notice: {notice}" in clean
    assert json.loads(storydiff("clean", damaged, "--format", "json").stdout)["notices"] == [notice]
    figures = json.loads(storydiff("figures", damaged, "--format", "json").stdout)
    assert figures["articles"][0]["notices"] == [notice]
    assert f"notice: {notice}" in storydiff("figures", damaged).stdout


@pytest.mark.parametrize(
    ("encoding", "name", "text"),
    [
        ("cp1252", "windows-1252", STORY),
        ("cp1251", "windows-1251",
         "Оператор плотины сообщил об убытках\n\nКомпания сообщила во вторник, что потеряла "
         "около пяти миллионов долларов за квартал после ремонта водосброса.\n"),
    ],
)
def test_a_legacy_file_is_read_whole_in_its_encoding_and_named(
    tmp_path: Path, encoding: str, name: str, text: str
) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(text.encode(encoding))
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    outputs = _outputs(legacy, tmp_path / "other.txt")
    doc = json.loads(outputs["json"])
    assert doc["left"]["paragraphs"] == text.strip().split("\n\n")[1:]
    for fmt in FORMATS:
        assert f"not UTF-8; read as {name}." in outputs[fmt], fmt


def test_the_same_file_twice_is_compared_with_a_notice_not_an_error(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    outputs = _outputs(story, story)
    for fmt in FORMATS:
        assert "Identical articles: the same file" in outputs[fmt], fmt
        assert "nothing differs" in outputs[fmt]


def test_two_files_with_identical_text_get_the_notice_in_compare_and_overview(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")
    notice = f"Identical articles: {tmp_path / 'a.txt'} and {tmp_path / 'b.txt'} have the same"
    assert notice in _outputs(tmp_path / "a.txt", tmp_path / "b.txt")["text"]
    overview = storydiff("overview", tmp_path, "--format", "json")
    assert overview.returncode == 0, overview.stderr
    notices = json.loads(overview.stdout)["notices"]
    assert [n for n in notices if n.startswith("Identical articles")] == [
        f"{notice} text, so every paragraph matches itself and nothing differs."
    ]


def test_different_vote_tallies_conflict_end_to_end(tmp_path: Path) -> None:
    # Issue 18 item 16: "7-2 vs 6-3" was read as 7 vs 6 and called consistent.
    left, right = tmp_path / "court-news.txt", tmp_path / "law-daily.txt"
    left.write_text("Court upholds dam ruling\n\nThe Supreme Court upheld the ruling on the "
                    "river dam in a 7-2 decision, ending a decade of litigation.\n")
    right.write_text("Dam ruling stands\n\nThe Supreme Court upheld the ruling on the river dam "
                     "in a 6-3 decision, ending a decade of litigation.\n")
    doc = json.loads(storydiff("compare", left, right, "--format", "json").stdout)
    pairs = [(p["kind"], p["left"]["text"], p["right"]["text"]) for p in doc["figures"]
             if p["left"] and p["right"]]
    assert pairs == [("conflict", "7-2", "6-3")]
    assert doc["figures"][0]["left"]["kind"] == "tally"
