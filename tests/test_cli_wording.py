"""How the commands word what a person reads: paragraph numbers, plurals, headlines, Markdown.

Each test runs the real CLI in a fresh interpreter (issue 18, items 3, 5, 10, 13), the way
the problems were found.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import SEED_FILES as SEEDS
from helpers import storydiff

PLURAL_AFTER_ONE = re.compile(
    r"\b1 (?:versions|wordings|passages|conflicts|values|words|paragraphs|lines|articles|"
    r"pairs|facts|claims)\b"
)
"""A count of one followed by a plural noun: "1 versions"."""

LEFT = """Court upholds the ruling on the river dam

The Supreme Court upheld the ruling on the river dam on Tuesday, after a decade of \
litigation by towns along the valley.

"This is a day for the river and for everyone who lives along it," said Maria Lopez.

The dam cost $40 million to build and supplies water to 12 towns.
"""

RIGHT = """The Supreme Court upheld the ruling on the river dam on Wednesday, after a decade of \
litigation by towns along the valley.

"This is a day for the river and for everyone who lives along it," said Maria Lopez.

Engineers said the structure would need repairs within five years.
"""

SHORT = "Maria Lopez led the challenge to the river dam for a decade."


@pytest.fixture()
def story(tmp_path: Path) -> list[Path]:
    """Two articles sharing one quote word for word (one wording) and one conflicting day,
    the second without a headline, and a one-paragraph third."""
    paths = [tmp_path / "valley-times.txt", tmp_path / "river-post.txt", tmp_path / "brief.txt"]
    for path, text in zip(paths, (LEFT, RIGHT, SHORT), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def test_paragraph_numbers_count_from_one_in_every_format_a_person_reads() -> None:
    doc = json.loads(storydiff("compare", SEEDS[0], SEEDS[2], "--format", "json").stdout)
    text = storydiff("compare", SEEDS[0], SEEDS[2], "--format", "text").stdout
    markdown = storydiff("compare", SEEDS[0], SEEDS[2], "--format", "md").stdout
    page = storydiff("compare", SEEDS[0], SEEDS[2], "--format", "html").stdout
    pairs = [p for p in doc["figures"] if p["left"] and p["right"]]
    assert pairs
    for pair in pairs:
        left, right = pair["left"], pair["right"]  # JSON: indexes from 0, as the contract says
        assert f'left:  "{left["text"]}" (¶{left["paragraph"] + 1})' in text
        assert f'right: "{right["text"]}" (¶{right["paragraph"] + 1})' in text
        assert f'(¶{left["paragraph"] + 1}) |' in markdown
        assert f'href="#l{left["paragraph"]}">¶{left["paragraph"] + 1}</a>' in page
    clean = storydiff("clean", SEEDS[0]).stdout
    assert "\n[¶1] " in clean and "[¶0]" not in clean


def test_counts_of_one_are_singular_in_every_format(story: list[Path]) -> None:
    outputs = [storydiff("compare", *story[:2], "--format", fmt).stdout
               for fmt in ("text", "md", "html")]
    outputs += [storydiff("overview", *story, "--format", fmt).stdout
                for fmt in ("text", "md", "html")]
    outputs += [storydiff("clean", story[2]).stdout, storydiff("figures", story[2]).stdout]
    assert "  ¶1 [" in storydiff("figures", story[0]).stdout  # paragraph from 1, offsets as in JSON
    for out in outputs:
        assert out and not PLURAL_AFTER_ONE.search(out), PLURAL_AFTER_ONE.search(out)
    overview = outputs[3]
    assert "Maria Lopez: 2 versions, 1 wording" in overview
    assert ", 1 paragraph," in outputs[6]


def test_one_headline_wording_and_the_text_report_opens_with_the_two_articles(
    story: list[Path],
) -> None:
    text = storydiff("compare", *story[:2], "--format", "text").stdout
    first = text.splitlines()[0]
    assert first == "valley-times vs river-post"
    assert not first.startswith("storydiff:")
    assert "right: (no headline found)" in text
    for fmt in ("md", "html"):
        assert "(no headline found)" in storydiff("compare", *story[:2], "--format", fmt).stdout


def test_markdown_escapes_only_what_markdown_reads_as_markup(story: list[Path]) -> None:
    markdown = storydiff("compare", *story[:2], "--format", "md").stdout
    assert "| (no headline found) |" in markdown
    assert re.search(r'"Tuesday" \(¶1\) \| "Wednesday" \(¶1\)', markdown)
    assert "\\(" not in markdown and "\\)" not in markdown and "\\!" not in markdown
    assert "\\$40 million" in markdown  # maths on GitHub: still escaped
