"""The reader's session: comparisons kept within a size bound, and the screens' one job runner."""

from __future__ import annotations

from helpers import SEEDS, pair_ready
from snapshot_apps.fixture import ARTICLES, fixed_compare
from storydiff.core.compare import compare
from storydiff.core.model import Article
from storydiff.sources.load import load_paths
from storydiff.ui.app import StorydiffApp
from storydiff.ui.offload import text_size
from storydiff.ui.session import PairCache

SEED_ARTICLES = load_paths([SEEDS])


def test_the_least_recently_used_comparison_goes_first_beyond_the_limit() -> None:
    a, b, c = SEED_ARTICLES[:3]
    ab, bc, ac = compare(a, b), compare(b, c), compare(a, c)
    # Room for the two biggest of the three pairs, not for all three.
    sizes = sorted(text_size(pair) for pair in ((a, b), (b, c), (a, c)))
    cache = PairCache(limit=sizes[1] + sizes[2])
    cache.put((0, 1), ab)
    cache.put((1, 2), bc)
    assert cache.get((0, 1)) is ab  # now the most recently used
    cache.put((0, 2), ac)
    assert (1, 2) not in cache and cache.get((0, 1)) is ab and cache.get((0, 2)) is ac


def test_the_newest_comparison_is_kept_however_big() -> None:
    cache = PairCache(limit=10)
    first = compare(*SEED_ARTICLES[:2])
    cache.put((0, 1), first)
    assert cache.get((0, 1)) is first and len(cache) == 1
    second = compare(*SEED_ARTICLES[1:3])
    cache.put((1, 2), second)
    assert (0, 1) not in cache and cache.get((1, 2)) is second


def test_putting_a_pair_again_replaces_it_and_counts_it_once() -> None:
    a, b = SEED_ARTICLES[:2]
    cache = PairCache(limit=text_size((a, b)))
    cache.put((0, 1), compare(a, b))
    again = compare(a, b)
    cache.put((0, 1), again)
    assert len(cache) == 1 and cache.get((0, 1)) is again


async def test_the_reader_compares_a_pair_again_once_it_left_the_cache() -> None:
    calls = []

    def counting(left: Article, right: Article, *, progress=None):
        calls.append(left.outlet)
        return fixed_compare(left, right, progress=progress)

    app = StorydiffApp(ARTICLES, compare=counting)
    app.session.pairs.limit = 0  # keep only the pair on screen
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await pair_ready(app, pilot)
        await pilot.press("x")
        await pair_ready(app, pilot)
        await pilot.press("x")
        await pair_ready(app, pilot)
        # Three analyses where an unbounded cache makes two; the screen shows the last.
        assert len(calls) == 3 and screen.pair == (0, 1)
        assert screen.comparison is app.session.pairs.get((0, 1))
