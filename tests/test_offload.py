"""The child-process runner that keeps the reader responsive during a long overview build or
comparison."""

from __future__ import annotations

import pytest
from helpers import SEEDS
from storydiff.core.compare import compare
from storydiff.core.overview import build_overview
from storydiff.export.json_format import comparison_to_dict
from storydiff.sources.load import load_article, load_paths
from storydiff.ui import analyser
from storydiff.ui.app import StorydiffApp
from storydiff.ui.offload import Cancelled, call_in_process
from storydiff.ui.screens.overview import OverviewScreen


def test_overview_built_in_a_child_equals_the_one_built_here() -> None:
    articles = load_paths([SEEDS])
    steps: list[str] = []
    there = call_in_process(
        build_overview, articles, progress=lambda s, d: steps.append(s), cancelled=lambda: False
    )
    here = build_overview(articles)
    # Same analysis, only the process differs: every count and every fact row agree.
    assert there.stats == here.stats
    assert [r.fact for r in there.facts] == [r.fact for r in here.facts]
    assert steps[0] == "reading sentences" and steps[-1] == "done"


def test_an_error_in_the_child_is_raised_here() -> None:
    # load_article takes no progress argument: the child's TypeError must reach the caller.
    with pytest.raises(TypeError):
        call_in_process(load_article, SEEDS, progress=lambda s, d: None, cancelled=lambda: False)


def test_cancelling_ends_the_child() -> None:
    with pytest.raises(Cancelled):
        call_in_process(
            build_overview, load_paths([SEEDS]), progress=lambda s, d: None, cancelled=lambda: True
        )


async def test_big_overview_is_built_in_a_child_and_keys_work_meanwhile(monkeypatch) -> None:
    calls = []

    def recording(function, articles, **kwargs):
        calls.append(len(articles))
        return call_in_process(function, articles, **kwargs)

    monkeypatch.setattr(analyser, "OVERVIEW_MIN_CHARS", 0)
    monkeypatch.setattr(analyser, "call_in_process", recording)
    articles = load_paths([SEEDS])
    app = StorydiffApp(articles)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("a", "enter")  # open a pair while the child is still working
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.comparison is not None
        assert calls == [5] and app.overview is not None
        assert app.overview.stats == build_overview(articles).stats
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)


async def test_huge_pair_is_compared_in_a_child_with_the_same_result(monkeypatch) -> None:
    calls = []

    def recording(function, *arguments, **kwargs):
        calls.append(function.__name__)
        return call_in_process(function, *arguments, **kwargs)

    monkeypatch.setattr(analyser, "PAIR_MIN_CHARS", 0)
    monkeypatch.setattr(analyser, "call_in_process", recording)
    articles = load_paths([SEEDS])[:2]
    app = StorydiffApp(articles)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        # Same comparison as one made here, only made in another process.
        got = comparison_to_dict(app.screen.comparison)
        want = comparison_to_dict(compare(*articles))
        assert calls == ["compare"] and got == want
