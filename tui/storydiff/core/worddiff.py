"""Word-level differences inside aligned blocks: which words one side has and the other lacks.

Each paired block's words are diffed at word granularity: every distinct word becomes one
character (diff-match-patch's line-mode trick applied to words), rapidfuzz finds a longest
common subsequence of the two character strings (``Indel.opcodes``, bit-parallel, in C), and
diff-match-patch's ``diff_cleanupSemantic`` merges the choppy result into readable runs.
The work is bounded by the size of the text, never by a clock, so the same pair gives the same
highlights however busy the machine is. Words are compared case-folded with quotes unified,
and punctuation is not a word, so a change of case or comma is not a difference.

Figures are atomic: the words of a figure ("$5.58 million", "ninety-five") become one
token, so a changed number shows as one changed figure, never as a changed fragment.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel, LCSseq

from storydiff.core.model import Article, Block, Figure, Span
from storydiff.core.segment import word_tokens
from storydiff.core.similarity import normalise

CLEANUP_WORK = 20_000_000
"""Bound on the semantic cleanup's work in one comparison, counted as the sum over the diffed
blocks of their runs squared (a run is a stretch of words kept, removed or added). The
cleanup's cost grows with the square of the runs: the worst pattern measured (every other word
changed) takes about 0.15 s for 1,000 runs (10^6 units), so the bound holds a comparison's
cleanup to about 3 s. The seed and corpus blocks have at most 41 runs, and a whole
1M-character synthetic pair of ``benchmarks/bench_scale.py`` uses under 1% of the bound, so
only text far beyond articles reaches it; the blocks left over are shown without word
highlights and the comparison says so in a notice. It replaces a wall-clock budget, under
which a busy machine gave a different result: this one depends on the text alone."""

MAX_BLOCK_TOKENS = 20_000
"""Most words a side of one block may have for a word diff (about 120k characters; a news
paragraph has under 300 words). The common subsequence's table grows with the product of the
sides (20,000 words a side: 50 MB and about 0.2 s), so a block past this (one giant
paragraph) is not word-diffed."""

EDIT_MIN_KEPT = 0.3
"""Share of a side's words that must survive the diff for the block to count as an *edit* of
the same text; below it the block is a rewrite and no word changes are reported, because
highlighting every word of a rewritten paragraph says nothing (the alignment already says the
paragraphs correspond). Measured on the 197 paired blocks of every seed and corpus pair: after
semantic cleanup half keep under 1% of their words on one side (rewrites that would light up
entirely), while wire copies and edited copies keep 0.7-1.0; 0.3 sits in the sparse middle."""

LCS_CHECK_BELOW = 0.5
"""A block whose shared words (counted with repeats) are under this share of its longer side
gets the longest-common-subsequence bound before any diff (see ``_surely_rewrite``). Only a
speed setting: the bound never changes a result. On the seed and corpus pairs and the 1M
synthetic pair the bound proved a rewrite only for blocks sharing under 45% of their words,
and those blocks took 70% of the diff's time on news; edited copies share over 70% and are
diffed straight away, so they never pay for it."""

_Tokens = tuple[list[int], list[int], list[int]]  # each token's paragraph, start, end


def with_word_changes(
    left: Article,
    right: Article,
    blocks: Sequence[Block],
    left_figures: Sequence[Figure] = (),
    right_figures: Sequence[Figure] = (),
) -> list[Block]:
    """Fill ``left_changes``/``right_changes`` of paired blocks (match and moved)."""
    return word_changes(left, right, blocks, left_figures, right_figures)[0]


def word_changes(
    left: Article,
    right: Article,
    blocks: Sequence[Block],
    left_figures: Sequence[Figure] = (),
    right_figures: Sequence[Figure] = (),
    *,
    budget: int = CLEANUP_WORK,
) -> tuple[list[Block], int]:
    """The blocks with word changes filled in, and how many paired blocks were left without
    them (over MAX_BLOCK_TOKENS, or once their cleanup would pass ``budget``, in
    CLEANUP_WORK's units)."""
    memo: dict[str, str] = {}
    left_words, right_words = _Words(left, left_figures, memo), _Words(right, right_figures, memo)
    out, skipped = [], 0
    for block in blocks:
        if not (block.left and block.right):
            out.append(block)
            continue
        if _same_words(left_words, block.left, right_words, block.right):
            out.append(replace(block, left_changes=(), right_changes=()))
            continue
        left_keys, right_keys = left_words.keys(block.left), right_words.keys(block.right)
        if max(len(left_keys), len(right_keys)) > MAX_BLOCK_TOKENS:
            out.append(block)
            skipped += 1
            continue
        if left_keys == right_keys or _surely_rewrite(left_keys, right_keys):
            out.append(replace(block, left_changes=(), right_changes=()))
            continue
        diffs = word_diff(left_keys, right_keys)
        budget -= len(diffs) ** 2
        if budget < 0:
            out.append(block)
            skipped += 1
            continue
        left_changed, right_changed = _changed(_cleaned(diffs))
        if _is_rewrite(len(left_changed), len(left_keys), len(right_changed), len(right_keys)):
            left_changed, right_changed = [], []
        out.append(
            replace(
                block,
                left_changes=_spans(left_words.tokens(block.left), left_changed),
                right_changes=_spans(right_words.tokens(block.right), right_changed),
            )
        )
    return out, skipped


def _same_words(
    left: _Words, left_paragraphs: Sequence[int], right: _Words, right_paragraphs: Sequence[int]
) -> bool:
    """Whether both sides are the same text with figures in the same places, and short enough
    to be diffed (a token has at least one character): then their words are the same and
    nothing changed, without reading a word. A third of the paired blocks of the synthetic
    pairs and a few news ones (wire copies) are such."""
    texts = [left.text(p) for p in left_paragraphs]
    return (
        texts == [right.text(p) for p in right_paragraphs]
        and sum(map(len, texts)) <= MAX_BLOCK_TOKENS
        and [left.figure_spans(p) for p in left_paragraphs]
        == [right.figure_spans(p) for p in right_paragraphs]
    )


def _is_rewrite(left_changed: int, left_total: int, right_changed: int, right_total: int) -> bool:
    """Whether either side keeps less than EDIT_MIN_KEPT of its words (see there)."""
    kept = min(1 - left_changed / max(left_total, 1), 1 - right_changed / max(right_total, 1))
    return kept < EDIT_MIN_KEPT


def _surely_rewrite(left: list[str], right: list[str]) -> bool:
    """Whether the block is a rewrite (see EDIT_MIN_KEPT) whatever the diff finds.

    The words a diff keeps on each side are a common subsequence of the two sides (semantic
    cleanup only gives equalities up), so they are at most the words both sides have (counted
    with repeats) and at most the longest common subsequence; if even that many are under the
    threshold the diff is not run. Rewritten blocks are the diff's worst case (every word
    differs) and most of the diff's time on news pairs; the result is the same, as
    ``_is_rewrite`` is monotone in the changed counts. The bounds go from cheap to dear and
    stop as soon as the block looks like an edit, which is then diffed."""
    longest = max(len(left), len(right))
    if len(set(left).intersection(right)) >= LCS_CHECK_BELOW * longest:
        return False  # distinct shared words: a lower bound of the next count
    common = sum((Counter(left) & Counter(right)).values())
    if _is_rewrite(len(left) - common, len(left), len(right) - common, len(right)):
        return True
    if common >= LCS_CHECK_BELOW * longest:
        return False
    kept = LCSseq.similarity(*_encode(left, right))  # the longest common subsequence
    return _is_rewrite(len(left) - kept, len(left), len(right) - kept, len(right))


def _by_paragraph(figures: Sequence[Figure]) -> dict[int, list[Figure]]:
    """Figures grouped by paragraph, so each block looks only at its own (linear, not P x F)."""
    grouped: dict[int, list[Figure]] = {}
    for f in figures:
        grouped.setdefault(f.paragraph, []).append(f)
    return grouped


_ParagraphWords = tuple[Sequence[str], Sequence[int], Sequence[int]]  # texts, starts, ends


class _Words:
    """One article's word tokens (each figure merged into one token), read once per paragraph:
    their texts give the comparison keys, their offsets the changed spans."""

    def __init__(self, article: Article, figures: Sequence[Figure], keys: dict[str, str]):
        self._paragraphs = article.paragraphs
        self._figures = _by_paragraph(figures)
        self._memo = keys  # token text -> key, shared by both sides of a comparison
        self._words: dict[int, _ParagraphWords] = {}

    def keys(self, paragraphs: Sequence[int]) -> list[str]:
        """The comparison keys of the paragraphs' tokens, in order."""
        raws: list[str] = []
        for p in paragraphs:
            raws += self.words(p)[0]
        return _keys(raws, self._memo)

    def tokens(self, paragraphs: Sequence[int]) -> _Tokens:
        """Paragraph, start and end of the same tokens :meth:`keys` describes."""
        owners: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        for p in paragraphs:
            _, s, e = self.words(p)
            owners += [p] * len(s)
            starts += s
            ends += e
        return owners, starts, ends

    def text(self, p: int) -> str:
        return self._paragraphs[p]

    def figure_spans(self, p: int) -> list[tuple[int, int]]:
        """Paragraph ``p``'s figures as sorted (start, end), those with valid offsets only."""
        text = self._paragraphs[p]
        return sorted(
            (f.start, f.end) for f in self._figures.get(p, ()) if 0 <= f.start < f.end <= len(text)
        )

    def words(self, p: int) -> _ParagraphWords:
        """Paragraph ``p``'s tokens, figures merged (memoised)."""
        words = self._words.get(p)
        if words is None:
            text = self._paragraphs[p]
            figures = self.figure_spans(p)
            words = word_tokens(text)
            if figures:
                words = _merge_figures(text, words, figures)
            self._words[p] = words
        return words


def _merge_figures(
    text: str, words: _ParagraphWords, figures: list[tuple[int, int]]
) -> _ParagraphWords:
    """Replace the words overlapping each figure by one token covering figure and words.

    Words are visited in order; a word overlapping a figure "hits" the first figure, in order
    of start, that has not ended before the word starts, and consecutive words hitting the
    same figure become one token. Only the words overlapping a figure (found by bisection, a
    few per figure) are visited one by one; the runs between them are copied whole."""
    raws, starts, ends = words
    touched: set[int] = set()
    for fs, fe in figures:
        first = bisect_right(ends, fs)  # words are in order, so starts and ends both ascend
        touched.update(range(first, bisect_left(starts, fe, first)))
    new_raws: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    copied = k = 0  # words before ``copied`` are done; figures before ``k`` have ended
    last_hit, last_index = None, -2
    for i in sorted(touched):
        new_raws += raws[copied:i]
        new_starts += starts[copied:i]
        new_ends += ends[copied:i]
        s, e = starts[i], ends[i]
        while figures[k][1] <= s:  # a figure overlapping this word has not ended: it stops
            k += 1
        hit = figures[k]  # it overlaps this word: an earlier-starting one would be reached first
        if hit == last_hit and last_index == i - 1:
            new_ends[-1] = max(new_ends[-1], e)
        else:
            new_starts.append(min(s, hit[0]))
            new_ends.append(max(e, hit[1]))
            new_raws.append("")
        new_raws[-1] = text[new_starts[-1] : new_ends[-1]]
        last_hit, last_index, copied = hit, i, i + 1
    new_raws += raws[copied:]
    new_starts += starts[copied:]
    new_ends += ends[copied:]
    return new_raws, new_starts, new_ends


def _keys(raws: list[str], memo: dict[str, str]) -> list[str]:
    """Each token's comparison key (case-folded, quotes unified, inner whitespace single),
    computed once per distinct token text: a text repeats its words ("the", "said"), and
    normalising each occurrence was a third of the word diff's time at 1M characters."""
    for raw in set(raws).difference(memo):
        memo[raw] = " ".join(normalise(raw).split())
    return list(map(memo.__getitem__, raws))


_Diff = list[tuple[int, str]]
"""diff-match-patch's form: (-1 removed, 0 kept, 1 added; the run's characters), in order."""


def changed_words(left: list[str], right: list[str]) -> tuple[list[int], list[int]]:
    """Indices of the tokens present on one side only, after semantic cleanup.

    A diff of more runs than CLEANUP_WORK allows one block is used as found, uncleaned: the
    overview's quotes (a sentence each) call this with no budget of their own."""
    diffs = word_diff(left, right)
    return _changed(_cleaned(diffs) if len(diffs) ** 2 <= CLEANUP_WORK else diffs)


def word_diff(left: list[str], right: list[str]) -> _Diff:
    """The two token lists' difference along a longest common subsequence, one run per entry
    (before cleanup). rapidfuzz's bit-parallel ``Indel.opcodes`` takes time in proportion to
    the product of the sides over 64 and no clock: on the 1M-character synthetic pairs it is
    over twice as fast as diff-match-patch's ``diff_main``, which needed a deadline, and after
    cleanup its runs give the same changed words in every seed and corpus block."""
    a, b = _encode(left, right)
    diffs: _Diff = []
    for op in Indel.opcodes(a, b):
        left_run, right_run = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
        if op.tag == "equal":
            diffs.append((0, left_run))
            continue
        if left_run:
            diffs.append((-1, left_run))
        if right_run:
            diffs.append((1, right_run))
    return diffs


def _cleaned(diffs: _Diff) -> _Diff:
    """The diff with diff-match-patch's semantic cleanup: short kept runs between changes are
    folded into the changes, so a sentence reads as a few changed phrases, not a checkerboard
    of single words."""
    diff_match_patch().diff_cleanupSemantic(diffs)
    return diffs


def _changed(diffs: _Diff) -> tuple[list[int], list[int]]:
    """The indices of the removed and the added tokens."""
    left_changed: list[int] = []
    right_changed: list[int] = []
    i = j = 0
    for op, chars in diffs:
        if op <= 0:
            if op < 0:
                left_changed += range(i, i + len(chars))
            i += len(chars)
        if op >= 0:
            if op > 0:
                right_changed += range(j, j + len(chars))
            j += len(chars)
    return left_changed, right_changed


def _encode(left: list[str], right: list[str]) -> tuple[str, str]:
    """Both sides as strings of one character per distinct word, numbered in order of first
    appearance (left, then right) from 1 and skipping the surrogate range, which str forbids.
    The numbering is part of the result: diff-match-patch's semantic cleanup looks at what
    kind of character each is (letter, digit, space)."""
    distinct = dict.fromkeys(left)
    distinct.update(dict.fromkeys(right))
    if len(distinct) < len(_CODES):
        codes = dict(zip(distinct, _CODES))  # noqa: B905 - _CODES is longer on purpose
    else:
        codes = {key: _code(n) for n, key in enumerate(distinct, 1)}
    return "".join(map(codes.__getitem__, left)), "".join(map(codes.__getitem__, right))


def _code(n: int) -> str:
    return chr(n if n < 0xD800 else n + 0x800)


_CODES = "".join(map(_code, range(1, 2 * MAX_BLOCK_TOKENS + 1)))
"""The codes of the first distinct words in order, enough for any block word_changes diffs."""


def _spans(tokens: _Tokens, changed: list[int]) -> tuple[Span, ...]:
    """Changed tokens as spans; consecutive changed tokens of one paragraph become one span."""
    owners, starts, ends = tokens
    spans: list[Span] = []
    previous = -2
    for k in changed:
        p = owners[k]
        if spans and k == previous + 1 and spans[-1].paragraph == p:
            spans[-1] = Span(p, spans[-1].start, ends[k])
        else:
            spans.append(Span(p, starts[k], ends[k]))
        previous = k
    return tuple(spans)
