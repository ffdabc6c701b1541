"""What many test modules share: where the articles are, the CLI run as a user runs it, and a
wait on the reader that ends when a condition holds.

Plain names live here and are imported (``from helpers import SEEDS``); fixtures and the
``shared`` marker's skip live in ``conftest.py``, which pytest loads itself and which is not
meant to be imported. Test modules never import each other.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storydiff.core.model import Article

if TYPE_CHECKING:
    from storydiff.ui.screens.pair import PairScreen

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
"""The five bundled seed articles' folder."""
SEED_FILES = sorted(SEEDS.glob("*.txt"))
SHARED = ROOT.parent / "shared"
"""The folder beside the repository with the corpora, gold and peer tests; tests that read it
carry the ``shared`` marker and are skipped, with the reason, where it is absent."""
CORPORA = SHARED / "corpora"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
"""Saved web pages (HTML) of some of the articles."""


def storydiff(*args: object, cwd: Path | None = None, env: dict[str, str] | None = None,
              timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m storydiff`` in a fresh interpreter, as a user's shell would, on this
    checkout's code, with a fixed terminal width and no debug tracebacks."""
    full_env = {**os.environ, "COLUMNS": "100", **(env or {})}
    full_env.pop("STORYDIFF_DEBUG", None)
    full_env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "tui"), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    return subprocess.run([sys.executable, "-m", "storydiff", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, env=full_env, timeout=timeout)


def one_line_error(run: subprocess.CompletedProcess[str], *needles: str) -> str:
    """The single ``storydiff: error:`` line of a failed run (exit 2, no traceback), checked
    for each needle."""
    assert run.returncode == 2, (run.returncode, run.stderr[-2000:])
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("storydiff: error: "), run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


async def wait_until(pilot: Any, done: Callable[[], object], timeout: float = 20.0) -> None:
    """Let the app work until ``done()`` is true, and fail if it is not within ``timeout``
    seconds. A remount, or a scroll scheduled after a refresh, takes a few refreshes; a fixed
    pause is either too short under load (a flaky test) or longer than needed."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "the app never reached the awaited state"
        await pilot.pause(0.02)


async def pair_ready(app: Any, pilot: Any) -> PairScreen:
    """The pair screen once its comparison is shown (every worker done, the screen idle)."""
    from storydiff.ui.screens.pair import PairScreen

    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, PairScreen)
    return app.screen


def focused_text(screen: PairScreen) -> dict[str, str]:
    """The text under the reader's 'focus' highlight on each side of a pair."""
    assert screen.comparison is not None
    found = {}
    for (side, paragraph), items in screen.view._extra.items():
        article = screen.comparison.left if side == "left" else screen.comparison.right
        for h in items:
            if h.tag == "focus":
                found[side] = article.paragraphs[paragraph][h.start : h.end]
    return found


def syndicated(copies: int) -> list[Article]:
    """``copies`` outlets running one wire story, each adding a line of its own (longer lines
    make a smaller share of the story copied)."""
    wire = (
        "Google agreed on Tuesday to buy the cybersecurity start-up Wiz for $32 billion in "
        "cash, the largest acquisition in the company's history, after talks collapsed."
    )
    return [
        Article(f"outlet{k}.txt", "", f"outlet{k}.txt", (wire, "Our own note. " * (k % 4)))
        for k in range(copies)
    ]


class Elements(HTMLParser):
    """Records every element, attribute and text node the browser would see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Elements:
    """The elements and text of an HTML page, as the browser would build them."""
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def drawn(view: Any) -> list[str]:
    """The pair view's lines as they are on screen now (what ``render_line`` draws)."""
    return [view.render_line(y).text for y in range(view.size.height)]


def cell_texts(view: Any) -> str:
    """Every cell's text as the pair view draws it (escaped, glyphs added), one per line."""
    return "\n".join(row.content(s).plain for row in view.rows for s in ("left", "right"))


def benchmark(name: str) -> Any:
    """A script of benchmarks/ as a module (``benchmark("shared_gold")``): tests read the
    scores the way the benchmark prints them, from the one place that computes them."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module
