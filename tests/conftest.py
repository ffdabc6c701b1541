"""The suite's fixtures and hooks: what pytest itself loads before any test module.

Plain shared names (paths, the CLI helper, waits) are in ``helpers.py``; test modules import
them from there, never from each other.
"""

from __future__ import annotations

import pytest
from helpers import SEEDS, SHARED
from storydiff.core.overview import Overview, build_overview
from storydiff.sources.load import load_paths


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests marked ``shared`` when ``../shared`` is absent, saying why: a clone of
    the repository on its own still runs every other test, and the skip is visible with
    ``-rs`` instead of a test silently doing less."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason="needs ../shared beside the repository (corpora, gold, "
                                   "peer tests), which is absent here")
    for item in items:
        if item.get_closest_marker("shared") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seeds_overview() -> Overview:
    """The overview of the five seed articles, built once for every test that reads it."""
    return build_overview(load_paths([SEEDS]))
