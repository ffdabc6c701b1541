"""Overview exporters and the 'storydiff overview' command: shape, safety, errors."""

from __future__ import annotations

import json

from helpers import SEEDS
from storydiff.cli import main
from storydiff.core.model import Article
from storydiff.core.overview import build_overview
from storydiff.export.overview_formats import OVERVIEW_EXPORTERS, export_overview

HOSTILE = (
    'Acme said "<script>alert(1)</script> [bold]x[/] *boom* | pipe" today, according to '
    "the Evil <b>News</b>.",
    "The plant cost $5 million to build, \x1b[31mred\x1b[0m officials said.",
)


def _hostile_overview():
    a = Article("evil.txt", "<img src=x onerror=alert(1)>", "Evil|Outlet", HOSTILE)
    b = Article(
        "calm.txt",
        "Calm",
        "Calm Times",
        (
            'Acme said "<script>alert(1)</script> [bold]x[/] *boom* | pipe" today.',
            "The plant cost $6 million to build, officials said.",
        ),
    )
    c = Article("third.txt", "Third", "Third Post", ("The plant cost $5 million to build.",))
    return build_overview([a, b, c])


def test_json_document_has_the_overview_schema(seeds_overview) -> None:
    doc = json.loads(export_overview(seeds_overview, "json"))
    assert doc["schema"] == "storydiff/overview@1"
    assert [a["outlet"] for a in doc["articles"]] == [a.outlet for a in seeds_overview.articles]
    assert set(doc) >= {
        "facts",
        "claims",
        "only_in",
        "missing_only_from",
        "copying",
        "quotes",
        "sources",
        "stats",
        "notices",
    }
    # Every offset points into its article's paragraphs.
    for row in doc["facts"]:
        for cell in row["cells"]:
            f = cell["figure"]
            paragraph = seeds_overview.articles[cell["article"]].paragraphs[f["paragraph"]]
            text = paragraph[f["start"] : f["end"]]
            assert text == f["text"]
    for q in doc["quotes"]:
        for v in q["versions"]:
            para = seeds_overview.articles[v["article"]].paragraphs[v["paragraph"]]
            assert para[v["start"] : v["end"]] == v["text"]
    only = doc["only_in"][3]
    assert all(doc["claims"][k]["articles"] == [3] for k in only)


def test_every_format_renders_the_training_cost_row(seeds_overview) -> None:
    for fmt in OVERVIEW_EXPORTERS:
        out = export_overview(seeds_overview, fmt)
        # 004's "$5.58 million" anchors the training-cost row in every format.
        assert "5.58 million" in out, fmt


def test_html_overview_escapes_article_text() -> None:
    out = export_overview(_hostile_overview(), "html")
    assert "<script>" not in out and "<img" not in out and "<b>News" not in out
    assert "&lt;script&gt;" in out
    assert "\x1b" not in out


def test_markdown_overview_escapes_article_text() -> None:
    out = export_overview(_hostile_overview(), "md")
    assert "<script>" not in out and "\x1b" not in out
    assert "\\*boom\\*" in out
    # The outlet's "|" cannot break the tables.
    assert "Evil\\|Outlet" in out


def test_text_overview_neutralises_terminal_escapes() -> None:
    out = export_overview(_hostile_overview(), "text")
    assert "\x1b" not in out and "\\x1b" in out


def test_cli_overview_writes_json(tmp_path, capsys) -> None:
    target = tmp_path / "overview.json"
    assert main(["overview", str(SEEDS), "--format", "json", "-o", str(target)]) == 0
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["schema"] == "storydiff/overview@1" and len(doc["articles"]) == 5


def test_cli_overview_needs_two_articles(capsys) -> None:
    one = sorted(SEEDS.glob("*.txt"))[0]
    assert main(["overview", str(one)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("storydiff: error:") and "at least two" in err
    assert "Traceback" not in err
