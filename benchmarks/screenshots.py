"""Regenerate ``screenshots/*.svg`` from the real app on the bundled seed articles.

Run from the repository root: ``PYTHONPATH=tui python benchmarks/screenshots.py``.
Uses the real analysis (not a fixture), so the images show what a new user sees;
commit them after looking at them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from storydiff.sources.load import bundled_seeds_dir, load_paths
from storydiff.ui.app import StorydiffApp

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
CHINESE = (
    ROOT / "tests" / "fixtures" / "cjk" / "zh_a.txt",
    ROOT / "tests" / "fixtures" / "cjk" / "zh_b.txt",
)
"""Two short Chinese articles written for the tests on the seeds' story."""

SHOTS: tuple[tuple[str, tuple[int, int], Sequence[str], str, str, Sequence[Path]], ...] = (
    ("overview", (120, 36), (), "textual-dark", "overview", ()),
    ("pair-view", (120, 36), ("n",), "textual-dark", "pair", ()),
    ("next-figure", (120, 36), ("f",), "textual-dark", "pair", ()),
    ("figures-panel", (120, 36), ("p",), "textual-dark", "pair", ()),
    ("help", (120, 48), ("question_mark",), "textual-dark", "pair", ()),
    ("compact-80x24", (80, 24), ("u",), "textual-dark", "pair", ()),
    ("light-theme", (120, 36), ("u",), "textual-light", "pair", ()),
    ("chinese-pair", (120, 36), ("f", "f"), "textual-dark", "pair", CHINESE),
)
"""(file name, terminal size, keys pressed after the analysis, theme, home screen, articles:
none for the bundled seeds)."""


async def shoot(
    name: str,
    size: tuple[int, int],
    keys: Sequence[str],
    theme: str,
    home: str,
    paths: Sequence[Path],
) -> Path:
    app = StorydiffApp(load_paths(list(paths) or [bundled_seeds_dir()]), home=home)
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        return Path(app.save_screenshot(f"{name}.svg", path=str(OUT)))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for shot in SHOTS:
        print(asyncio.run(shoot(*shot)))


if __name__ == "__main__":
    main()
