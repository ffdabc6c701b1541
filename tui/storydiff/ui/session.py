"""What one run of the reader holds: the articles, the comparisons made so far, the overview,
and the analyser that makes them. Screens reach it typed, through ``ReaderScreen.session``."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from storydiff.core.model import Article, Comparison
from storydiff.core.overview import Overview
from storydiff.ui.analyser import Analyser
from storydiff.ui.offload import text_size

Renderer = Callable[[Comparison, str], str]
"""A comparison and a format name -> the file's text."""

Pair = tuple[int, int]
"""(left index, right index) into the session's articles."""

CACHE_CHARS = 2_000_000
"""How much article text the kept comparisons may cover together (both sides of each pair).
A comparison takes about 100 to 160 bytes of memory a character of its articles (measured on
the corpus pairs), so this keeps a few hundred megabytes at most: a hundred ordinary news
pairs, or two of the 400k-character pairs that go to a child process."""


class PairCache:
    """Comparisons already made, so reopening a pair is instant; the least recently used go
    first once they cover more than ``limit`` characters. The newest is always kept, however
    big: it is the one on screen."""

    def __init__(self, limit: int = CACHE_CHARS) -> None:
        self.limit = limit
        self._kept: OrderedDict[Pair, tuple[Comparison, int]] = OrderedDict()
        self._chars = 0

    def get(self, pair: Pair) -> Comparison | None:
        """The comparison of ``pair`` if it is kept (it becomes the most recently used)."""
        found = self._kept.get(pair)
        if found is None:
            return None
        self._kept.move_to_end(pair)
        return found[0]

    def put(self, pair: Pair, comparison: Comparison) -> None:
        """Keep ``comparison`` as ``pair``'s, dropping the oldest beyond the limit."""
        if pair in self._kept:
            self._chars -= self._kept.pop(pair)[1]
        size = text_size((comparison.left, comparison.right))
        self._kept[pair] = (comparison, size)
        self._chars += size
        while self._chars > self.limit and len(self._kept) > 1:
            self._chars -= self._kept.popitem(last=False)[1][1]

    def __contains__(self, pair: object) -> bool:
        return pair in self._kept

    def __len__(self) -> int:
        return len(self._kept)


@dataclass
class Session:
    """The reader's state, shared by its screens."""

    articles: list[Article]
    analyser: Analyser = field(default_factory=Analyser)
    first_pair: Pair = (0, 1)
    """The pair the reader opens on, and the article list's first choice."""
    pairs: PairCache = field(default_factory=PairCache)
    overview: Overview | None = None
    """The overview of all articles, built once, the first time it is shown."""
    exporter: Renderer | None = None
    """Writes a comparison in a format (the CLI gives ``storydiff.export.export``): passed
    in, so the reader never imports the exporters it shares with ``storydiff compare``."""
