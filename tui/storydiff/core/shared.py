"""Passages of shared wording: the copied sentence, the same quote, in both articles.

Words are normalised (case folded, curly quotes and apostrophes made straight,
punctuation dropped). Every run of SEED_WORDS words of the right article is put in a hash
index; each left position whose run is in the index seeds a candidate, which is extended
backwards word by word and forwards allowing small gaps (a word added, dropped or changed,
as in "distilled the knowledge out of OpenAI's models" / "distilled knowledge out of OpenAI
models"). Runs of at least MIN_WORDS matching words are kept, longest first, without
overlapping one already kept. Cost is linear in the text plus the seed hits, which
MAX_SEED_HITS bounds for repeated phrases.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from storydiff.core.model import Article, SharedPassage, Span
from storydiff.core.similarity import normalise, word_spans

MIN_WORDS = 6
"""Fewest matching words for a shared passage. Five-word runs in the seeds are stock
phrases ("the U.S. government to protect", "application programming interface (API)");
six is about where wording stops being coincidence and starts being a copy or a quote."""

SEED_WORDS = 3
"""Length of the exact word run that starts a candidate. Three is short enough that a
near-copy with a change every four words still seeds, long enough that seeds are rare."""

MAX_GAP = 2
"""Most words skipped on either side at one gap while extending a near-copy."""

RESYNC_WORDS = 2
"""Words that must match again right after a gap for the passage to go on; with one,
a passage would drift across unrelated text on a chance "the"."""

MIN_SIMILARITY = 0.8
"""Lowest share of matching words (2 x matches / words on both sides) for a near-copy.
The Sacks quote of seeds 000 and 003 (one word dropped) scores 0.97, "using the OpenAI
application programming interface" / "using OpenAI's application programming interface"
(001/004) 0.95; the reworded attribution of 001/003 ("Trump's AI czar, stated there is
substantial evidence" / "Trump's crypto and AI czar, David Sacks, there is compelling
evidence") scores 0.77 and is a paraphrase, not a copy."""

MAX_SEED_HITS = 20
"""A seed phrase found more often than this in the right article ("one of the") is not
used: it would only produce already-covered or coincidental candidates, at quadratic cost."""


_SKIPS = sorted(
    ((a, b) for a in range(MAX_GAP + 1) for b in range(MAX_GAP + 1) if a or b),
    key=lambda ab: (ab[0] + ab[1], ab),
)
"""Gap shapes tried when extending, smallest first: one word dropped, added, changed, ..."""


@dataclass(frozen=True)
class _Words:
    """One paragraph's normalised words and their character spans."""

    keys: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    backwards: tuple[str, ...]
    """``keys`` reversed, made once for the backward walks of every run in the paragraph."""


@dataclass(frozen=True, slots=True)
class _Run:
    lp: int
    li: int
    le: int
    rp: int
    rj: int
    re: int
    matched: int


def find_shared(left: Article, right: Article) -> list[SharedPassage]:
    """Identical or near-identical passages of about six words or more, in left order."""
    lw = [_words(p) for p in left.paragraphs]
    rw = [_words(p) for p in right.paragraphs]
    index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for rp, words in enumerate(rw):
        for j in range(len(words.keys) - SEED_WORDS + 1):
            index.setdefault(words.keys[j : j + SEED_WORDS], []).append((rp, j))
    runs: list[_Run] = []
    for lp, words in enumerate(lw):
        # Seeds already inside an exact stretch of an earlier run of this left paragraph;
        # only this paragraph's seeds are ever looked up, so the set starts empty for each.
        covered: set[tuple[int, int, int]] = set()
        for i in range(len(words.keys) - SEED_WORDS + 1):
            hits = index.get(words.keys[i : i + SEED_WORDS], ())
            if len(hits) > MAX_SEED_HITS:
                continue
            for rp, j in hits:
                if (i, rp, j) in covered:
                    continue
                run = _extend(words, rw[rp], lp, rp, i, j, covered)
                if run.matched >= MIN_WORDS and _similarity(run) >= MIN_SIMILARITY:
                    runs.append(run)
    return [_passage(left, right, lw, rw, r) for r in _disjoint(runs)]


def _words(text: str) -> _Words:
    spans = tuple((s, e) for s, e in word_spans(text) if e > s)
    keys = tuple(_key(text[s:e]) for s, e in spans)
    return _Words(keys, spans, keys[::-1])


KEY_CACHE_SIZE = 65_536
"""Distinct words whose comparison key is memoised: a text repeats a few thousand words, so
normalising each once instead of at every occurrence saves most of the indexing time."""


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _key(word: str) -> str:
    """A word as compared: case folded, punctuation and possessive dropped ("OpenAI's")."""
    key = "".join(ch for ch in normalise(word) if ch.isalnum() or ch == "'")
    return key.removesuffix("'s").strip("'") or key


def _extend(
    left_words: _Words,
    right_words: _Words,
    lp: int,
    rp: int,
    i: int,
    j: int,
    covered: set[tuple[int, int, int]],
) -> _Run:
    """The longest near-identical run through seed (i, j); marks its word pairs covered.

    Walks forwards from the seed, then backwards (the same walk over the reversed words).
    """
    left, right = left_words.keys, right_words.keys
    end_i, end_j, ahead = _walk(left, right, i, j)
    for k in range(ahead):  # the forward walk's exact matches, for skipping later seeds
        covered.add((i + k, rp, j + k))
    back_i, back_j, behind = _walk(
        left_words.backwards, right_words.backwards, len(left) - i, len(right) - j
    )
    return _Run(lp, len(left) - back_i, end_i, rp, len(right) - back_j, end_j, ahead + behind)


def _walk(left: tuple[str, ...], right: tuple[str, ...], i: int, j: int) -> tuple[int, int, int]:
    """Match words from (i, j) on, bridging small gaps: (end i, end j, words matched)."""
    end_i, end_j, matched = i, j, 0
    n, m = len(left), len(right)
    while True:
        if i < n and j < m and left[i] == right[j]:
            i, j, matched = i + 1, j + 1, matched + 1
            end_i, end_j = i, j
            continue
        gap = _resync(left, right, i, j)
        if gap is None:
            return end_i, end_j, matched
        i, j = i + gap[0], j + gap[1]


def _resync(
    left: tuple[str, ...], right: tuple[str, ...], i: int, j: int
) -> tuple[int, int] | None:
    """The smallest skip (left words, right words) after which RESYNC_WORDS words match."""
    for a, b in _SKIPS:
        la, rb = left[i + a : i + a + RESYNC_WORDS], right[j + b : j + b + RESYNC_WORDS]
        if len(la) == RESYNC_WORDS and la == rb:
            return a, b
    return None


def _similarity(run: _Run) -> float:
    return 2 * run.matched / ((run.le - run.li) + (run.re - run.rj))


def _disjoint(runs: list[_Run]) -> list[_Run]:
    """Longest runs first; drop any run overlapping a kept one on either side.

    Kept runs never overlap each other on a side, so each paragraph's kept stretches form
    sorted, disjoint intervals: one binary search per side tells whether a run overlaps any,
    instead of a test against every kept run (140 million tests at 1M characters a side).
    """
    kept: list[_Run] = []
    left_taken: dict[int, _Intervals] = {}
    right_taken: dict[int, _Intervals] = {}
    for run in sorted(runs, key=lambda r: (-r.matched, r.lp, r.li, r.rp, r.rj)):
        lefts = left_taken.setdefault(run.lp, _Intervals())
        rights = right_taken.setdefault(run.rp, _Intervals())
        if lefts.overlaps(run.li, run.le) or rights.overlaps(run.rj, run.re):
            continue
        lefts.add(run.li, run.le)
        rights.add(run.rj, run.re)
        kept.append(run)
    return sorted(kept, key=lambda r: (r.lp, r.li, r.rp, r.rj))


class _Intervals:
    """Disjoint half-open word intervals of one paragraph, sorted by start."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) meets a stored interval: only the last one starting before
        ``end`` can (the stored ones are disjoint and sorted)."""
        k = bisect_left(self.starts, end) - 1
        return k >= 0 and self.ends[k] > start

    def add(self, start: int, end: int) -> None:
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


def _passage(
    left: Article, right: Article, lw: list[_Words], rw: list[_Words], run: _Run
) -> SharedPassage:
    ls, le = lw[run.lp].spans[run.li][0], lw[run.lp].spans[run.le - 1][1]
    rs, re_ = rw[run.rp].spans[run.rj][0], rw[run.rp].spans[run.re - 1][1]
    return SharedPassage(
        text=left.paragraphs[run.lp][ls:le],
        words=run.le - run.li,
        left=Span(run.lp, ls, le),
        right=Span(run.rp, rs, re_),
        similarity=round(_similarity(run), 3),
    )
