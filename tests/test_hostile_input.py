"""Hostile input end to end through the real CLI: each gives one clear line or a correct result.

Huge, binary, scripted, deeply nested, invisible-character and oddly named files, unreadable
files and folders of thousands of files, as users actually hand them to ``storydiff``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from helpers import ROOT, one_line_error, storydiff
from helpers import SEED_FILES as SEEDS
from storydiff import cli

LEAD = (
    "Google agreed on Tuesday to buy the cybersecurity start-up Wiz for $32 billion in cash, "
    "the largest acquisition in the company's history, after talks collapsed last year."
)
SECOND = (
    "The deal still needs approval from regulators in the United States and Europe, and "
    "both companies said they expected it to close in 2026."
)
QUOTE = (
    '"This is a big bet on the cloud," said Sundar Pichai, the chief executive, adding that '
    "Wiz would keep its brand and join Google Cloud."
)
ARTICLE = f"Google to buy Wiz for $32 billion\n\n{LEAD}\n\n{SECOND}\n\n{QUOTE}\n"


def compare_json(left: Path, right: Path, **kwargs: object) -> dict:
    run = storydiff("compare", left, right, "--format", "json", **kwargs)
    assert run.returncode == 0, run.stderr[-2000:]
    assert not run.stderr
    return json.loads(run.stdout)


def test_huge_file_over_the_cap_is_refused_with_the_cap_and_the_way_round(tmp_path: Path) -> None:
    huge = tmp_path / "huge report.txt"
    with huge.open("w", encoding="utf-8") as out:
        for _ in range(12_000):  # about 6.6 MB of real prose, over the 5 MiB default cap
            out.write(ARTICLE)
    line = one_line_error(storydiff("compare", huge, SEEDS[0]), "huge report.txt", "5.0 MiB")
    assert "STORYDIFF_MAX_BYTES" in line


def test_article_past_the_quick_sentence_limit_compares_with_a_notice(tmp_path: Path) -> None:
    from storydiff.sources.load import load_paths

    body = [p for a in load_paths([ROOT / "seeds"]) for p in a.paragraphs]
    # Real paragraphs, numbered per round so none repeats: over 200k characters
    # (segment.QUICK_ARTICLE_CHARS), where sentences are split by the quick rules.
    rounds = 200_000 // sum(map(len, body)) + 1
    paragraphs = [f"Update {k}: {p}" for k in range(rounds) for p in body]
    big = tmp_path / "long.txt"
    big.write_text("A very long report\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    doc = compare_json(big, big)
    kept = len(doc["left"]["paragraphs"])
    assert kept > 0.9 * len(paragraphs)  # it is article prose: the cleaner keeps nearly all
    # The same file on both sides: every paragraph is matched with itself, in order.
    assert [(b["kind"], b["left"], b["right"]) for b in doc["blocks"]] == [
        ("match", [i], [i]) for i in range(kept)
    ]
    assert any("punctuation rules" in n for n in doc["notices"]), doc["notices"]


def test_binary_file_renamed_txt_is_named_as_binary(tmp_path: Path) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    one_line_error(storydiff("compare", png, SEEDS[0]), "photo.txt", "binary")
    one_line_error(storydiff("figures", png), "photo.txt", "binary")


HTML_WITH_CODE = f"""<!doctype html><html><head><title>Google to buy Wiz | The Daily</title>
<style>body {{ color: red }} .SECRETSTYLE {{ display: none }}</style>
<script>window.SECRETSCRIPT = "tracking();";</script></head>
<body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<h1>Google to buy Wiz for $32 billion</h1>
<p>{LEAD}</p><script type="text/javascript">document.write("SECRETINLINE")</script>
<noscript>SECRETNOSCRIPT enable JavaScript</noscript><p>{SECOND}</p>
<p>{QUOTE}</p><footer>Copyright 2025 The Daily</footer></body></html>"""


@pytest.mark.parametrize("fmt", ["json", "md", "html", "text"])
def test_html_scripts_and_styles_never_reach_any_output(tmp_path: Path, fmt: str) -> None:
    page = tmp_path / "daily.html"
    page.write_text(HTML_WITH_CODE, encoding="utf-8")
    run = storydiff("compare", page, SEEDS[0], "--format", fmt)
    assert run.returncode == 0, run.stderr
    for secret in ("SECRETSTYLE", "SECRETSCRIPT", "SECRETINLINE", "SECRETNOSCRIPT", "tracking()"):
        assert secret not in run.stdout
    assert "Sundar Pichai" in run.stdout  # the article itself is all there


def test_deeply_nested_html_reads_its_text_without_recursion_errors(tmp_path: Path) -> None:
    page = tmp_path / "nested.html"
    closed = "<div>" * 5000 + f"<p>{LEAD}</p>" + "</div>" * 5000
    unclosed = "<div><span><b>" * 3000 + f"<p>{SECOND}</p>"  # never closed, as broken pages are
    page.write_text(f"<html><body>{closed}{unclosed}</body></html>", encoding="utf-8")
    run = storydiff("clean", page, "--format", "json")
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout)["paragraphs"] == [LEAD, SECOND]


INVISIBLE = (
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u200f",
    "\u061c",
)
"""Zero-width spaces and joiners, word joiner, BOM, and bidi overrides, isolates and marks."""


def test_zero_width_and_bidi_controls_keep_the_text_and_its_alignment(tmp_path: Path) -> None:
    def sprinkle(text: str) -> str:
        return "".join(
            ch + INVISIBLE[k % len(INVISIBLE)] if ch == " " else ch for k, ch in enumerate(text)
        )

    plain, salted = tmp_path / "plain.txt", tmp_path / "salted.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    salted.write_text(
        f"Google to buy Wiz for $32 billion\n\n{sprinkle(LEAD)}\n\n"
        f"{sprinkle(SECOND)}\n\n{sprinkle(QUOTE)}\n",
        encoding="utf-8",
    )
    doc = compare_json(plain, salted)
    # Invisible characters are article text: kept, never dropped or counted as furniture.
    assert doc["right"]["paragraphs"] == [sprinkle(LEAD), sprinkle(SECOND), sprinkle(QUOTE)]
    # The words are the same, so each paragraph still pairs with its counterpart.
    assert [(b["kind"], b["left"], b["right"]) for b in doc["blocks"]] == [
        ("match", [0], [0]),
        ("match", [1], [1]),
        ("match", [2], [2]),
    ]
    text = storydiff("compare", plain, salted, "--format", "text")
    assert text.returncode == 0, text.stderr
    # The terminal report must not let a bidi override reorder what the user reads.
    assert not set("\u202e\u202d\u2066\u2067\u2069") & set(text.stdout)


@pytest.mark.parametrize(
    "name",
    [
        "the daily news.txt",
        "Le Monde – été 2025.txt",
        "新闻 报道.md",
        "-starts-with-dash.txt",
        "[bold]red.txt",
    ],
)
def test_file_names_with_spaces_unicode_and_markup_work(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    doc = compare_json(path, SEEDS[0])
    assert doc["left"]["path"] == str(path)  # the name is reported exactly as given
    assert doc["left"]["paragraphs"] == [LEAD, SECOND, QUOTE]
    assert doc["left"]["outlet"] == Path(name).stem  # no cue on the page: the file name names it


def test_unreadable_file_is_one_line_in_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # Simulated in-process: as root, chmod 000 does not stop reading.
    monkeypatch.setattr(Path, "read_bytes", deny)
    assert cli.main(["compare", str(locked), str(SEEDS[0])]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"storydiff: error: {locked}: permission denied (cannot read the file)"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads any folder; covered in-process above",
)
def test_unlistable_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    folder.chmod(0)
    try:
        one_line_error(storydiff("figures", folder), "private")
    finally:
        folder.chmod(0o755)


@pytest.fixture(scope="module")
def wire_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 small files carrying one wire story (each with its own amount), and a file that is
    not an article."""
    folder = tmp_path_factory.mktemp("wire")
    for k in range(2000):
        (folder / f"{k:04d} outlet.txt").write_text(
            f"Story {k}\n\n{LEAD.replace('$32', f'${k + 1}')}\n", encoding="utf-8"
        )
    (folder / "notes.csv").write_text("not,an,article\n")  # ignored: not an article suffix
    return folder


def test_folder_of_two_thousand_small_files_lists_every_article(wire_folder: Path) -> None:
    run = storydiff("figures", wire_folder, "--format", "json")
    assert run.returncode == 0, run.stderr[-2000:]
    articles = json.loads(run.stdout)["articles"]
    assert len(articles) == 2000
    assert articles[7]["path"] == str(wire_folder / "0007 outlet.txt")  # sorted by name


def test_overview_of_two_thousand_copies_caps_the_copying_list_and_says_so(
    wire_folder: Path,
) -> None:
    # Two million pairs share wording; listing them all took 46 s and 4 GB and froze the
    # reader's table. The overview lists the pairs sharing most and counts the rest.
    run = storydiff("overview", wire_folder, "--format", "json")
    assert run.returncode == 0, run.stderr[-2000:]
    doc = json.loads(run.stdout)
    assert len(doc["articles"]) == 2000
    assert len(doc["copying"]) == 1000
    assert doc["stats"]["copy_pairs_unlisted"] == 2000 * 1999 // 2 - 1000
    assert any("1,998,000 more pairs" in n for n in doc["notices"])


def test_folder_with_one_bad_file_among_many_names_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for k in range(50):
        (folder / f"{k:02d}.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "25.txt").write_bytes(b"\x00\x01\x02" * 1000)
    line = one_line_error(storydiff("figures", folder), "25.txt", "binary")
    assert re.search(r"\b25\.txt\b", line)


def _binary(folder: Path) -> Path:
    (path := folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 200)
    return path


def _empty(folder: Path) -> Path:
    (path := folder / "empty.txt").write_text("")
    return path


def _no_articles(folder: Path) -> Path:
    (path := folder / "spreadsheets").mkdir()
    (path / "figures.csv").write_text("a,b\n")
    return path


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (_binary, "binary"),
        (_empty, "empty"),
        (lambda folder: folder / "missing.txt", "no such file"),
        (_no_articles, "no article files"),
    ],
)
def test_the_reader_refuses_bad_input_in_one_line_before_it_opens(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    make,
    needle: str,
) -> None:
    # `storydiff A B` (the reader) reads its articles as the subcommands do: a bad one is one
    # line and exit 2, and the terminal is never taken over by a half-started app.
    from storydiff.ui.app import StorydiffApp

    monkeypatch.setattr(StorydiffApp, "run", lambda *_, **__: pytest.fail("the reader opened"))
    bad = make(tmp_path)
    assert cli.main([str(bad), str(SEEDS[0])]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"storydiff: error: {bad}"), err
    assert needle in err[0]


UNSAFE = "\x1b\x07\x9b\u202e\u202a\u2066\u2069\u200b\u2060\ufeff"
"""C0 and C1 controls (\\x9b is a CSI to some terminals), bidi overrides and isolates, and
zero-width characters: every presenter shows them escaped (``\\x9b``), never raw."""


@pytest.mark.parametrize(
    "command",
    [
        ("compare", "text"), ("compare", "md"), ("compare", "html"), ("compare", "json"),
        ("overview", "text"), ("overview", "md"), ("overview", "html"), ("overview", "json"),
        ("clean", "text"), ("figures", "text"),
    ],
)
def test_control_bidi_and_zero_width_characters_never_reach_any_output_raw(
    tmp_path: Path, command: tuple[str, str]
) -> None:
    # Issue 18 item 17: one sanitiser for every presenter (the reader's test drives Pilot).
    salted = tmp_path / f"salted{UNSAFE[:3]}.txt"
    salted.write_text(f"Google to buy Wiz{UNSAFE}\n\n{LEAD}{UNSAFE}\n\n{SECOND}\n\n{QUOTE}\n",
                      encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    name, fmt = command
    paths = [salted] if name in ("clean", "figures") else [salted, plain]
    run = storydiff(name, *paths, "--format", fmt)
    assert run.returncode == 0, run.stderr[-2000:]
    leaked = sorted(hex(ord(ch)) for ch in set(UNSAFE) if ch in run.stdout)
    assert not leaked
    if fmt != "json":  # JSON escapes them its own way (\u009b)
        assert "\\x9b" in run.stdout and "\\u202e" in run.stdout
