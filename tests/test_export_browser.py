"""The exports as people open them: HTML in a real browser, Markdown through a Markdown renderer,
JSON through the schema, for a comparison of two saved web pages with hostile text planted in one.

The browser is Debian's headless Chromium (``.ci/run`` installs it); without it the browser
tests skip and say why. A control page with a real script proves that this browser, run this
way, does execute scripts, so "no script ran" in the export is a real finding.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import PAGES
from storydiff.core.compare import compare
from storydiff.core.model import Comparison
from storydiff.export import export
from storydiff.sources.load import load_article

SCHEMA = Path(__file__).parent / "comparison.schema.json"
PWNED = "pwned"
HOSTILE = (
    "Attackers posted <script>document.title='pwned'</script> and "
    "<img src=x onerror=\"document.title='pwned'\"> in a comment, with a "
    "[prize link](javascript:document.title='pwned') and <a href=\"javascript:alert(1)\">a "
    "button</a>, on Tuesday, according to a security researcher who reviewed the page."
)
"""A paragraph that would run script three ways if any exporter let it become markup."""


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium is not installed (Debian package 'chromium'; .ci/run installs it)")
    return found


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    """Two saved pages of the Wiz story; the left gains the hostile paragraph and outlet, the
    right reprints one of the left's wire paragraphs (as syndicated copy does)."""
    left = load_article(PAGES / "bastillepost-wiz.html")
    right = load_article(PAGES / "sherwood-wiz.html")
    right = replace(right, paragraphs=(*right.paragraphs, left.paragraphs[2]))
    left = replace(left, paragraphs=(*left.paragraphs, HOSTILE),
                   outlet="Bastille <b onmouseover=\"document.title='pwned'\">Post</b>")
    return compare(left, right)


def _run(args: list[str], tmp: Path) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp / 'profile'}"]
    return subprocess.run([_chromium(), *flags, *args], capture_output=True, text=True,
                          timeout=180, check=False)


def _dump_dom(page: Path, tmp: Path) -> BeautifulSoup:
    run = _run(["--dump-dom", page.as_uri()], tmp)
    if not run.stdout.strip():
        pytest.skip(f"chromium could not start here: {run.stderr.strip()[-300:]}")
    return BeautifulSoup(run.stdout, "html.parser")


@pytest.fixture(scope="module")
def rendered(comparison: Comparison, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Path, BeautifulSoup, str]:
    tmp = tmp_path_factory.mktemp("browser")
    page = tmp / "comparison.html"
    source = export(comparison, "html")
    page.write_text(source, encoding="utf-8")
    return page, _dump_dom(page, tmp), source


def test_chromium_runs_scripts_in_this_mode(tmp_path: Path) -> None:
    # The control: without escaping, the planted script would retitle the page.
    page = tmp_path / "control.html"
    page.write_text("<!doctype html><title>before</title><script>document.title="
                    f"'{PWNED}'</script><p>x</p>", encoding="utf-8")
    assert _dump_dom(page, tmp_path).title.get_text() == PWNED


def test_no_script_in_article_text_runs_in_the_browser(rendered) -> None:
    _, dom, source = rendered
    expected = BeautifulSoup(source, "html.parser").title.get_text()
    assert dom.title.get_text() == expected and PWNED not in dom.title.get_text()
    # No element the article text could have created, and no attribute that runs code.
    assert dom.find_all(["script", "img", "iframe", "object", "embed"]) == []
    assert [t.name for t in dom.find_all(True) if any(a.startswith("on") for a in t.attrs)] == []
    hrefs = [a.get("href", "") for a in dom.find_all("a")]
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs)
    assert all(h.startswith(("#", "https://")) for h in hrefs)
    # ...and the hostile text is still there, shown as the characters it is.
    assert "<script>document.title='pwned'</script>" in dom.get_text()


def test_the_page_shows_two_aligned_columns_highlights_legend_and_figures(rendered) -> None:
    _, dom, _ = rendered
    rows = dom.select("table.aligned tbody tr")
    assert rows and all(len(r.select("td.side, td.absent")) == 2 for r in rows)
    assert dom.select("td.side.left") and dom.select("td.side.right")
    # The three highlights: figures (with verdict classes), unique claims, shared wording.
    # Both pages report the $32 billion price, and the right reprints a wire paragraph.
    assert dom.select("span.fig[class*='v-']") and dom.select("span.uniq")
    assert dom.select("span.shared")
    assert dom.find("h2", string="Legend") and dom.select("ul.legend li")
    assert dom.find("h2", string="Figures") and dom.select("tr.v-same, tr.v-conflict, "
                                                           "tr.v-consistent")


def test_the_page_shows_each_outlet_with_its_date(rendered) -> None:
    _, dom, _ = rendered
    assert [t["datetime"] for t in dom.select("table.meta time")] == ["2025-03-19", "2025-03-18"]
    heads = [th.get_text() for th in dom.select("table.aligned thead th")]
    assert heads[2] == "right: Sherwood News, 2025-03-18"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_a_screenshot_of_the_export_is_taken(rendered, tmp_path: Path) -> None:
    page, _, _ = rendered
    shot = tmp_path / "export.png"
    _run([f"--screenshot={shot}", "--window-size=1400,2000", page.as_uri()], tmp_path)
    assert shot.exists(), "chromium wrote no screenshot"
    assert _png_size(shot) == (1400, 2000)


def test_markdown_export_renders_to_safe_html(comparison: Comparison) -> None:
    from markdown_it import MarkdownIt

    # CommonMark with raw HTML allowed (as code-hosting sites allow some) and GFM tables.
    html = MarkdownIt("commonmark").enable("table").render(export(comparison, "md"))
    dom = BeautifulSoup(html, "html.parser")
    assert dom.find_all(["script", "img", "b"]) == []
    assert not any(a.get("href", "").lower().startswith("javascript:") for a in dom("a"))
    assert "<script>document.title='pwned'</script>" in dom.get_text()
    # The header table renders as a table and names both dates.
    cells = [td.get_text() for td in dom.select("table td")]
    assert "2025-03-19" in cells and "2025-03-18" in cells


def test_json_export_with_page_metadata_validates_against_the_schema(
    comparison: Comparison,
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = json.loads(export(comparison, "json"))
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert (document["left"]["published"], document["right"]["author"]) == ("2025-03-19",
                                                                           "Rani Molla")
