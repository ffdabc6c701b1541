"""Word-level differences inside aligned blocks: which words one side has and the other lacks.

Each paired block's words are diffed with diff-match-patch at word granularity: every
distinct word becomes one character (diff-match-patch's line-mode trick applied to words),
the character strings are diffed under a deadline, and ``diff_cleanupSemantic`` merges
the choppy result into readable runs. Words are compared case-folded with quotes unified,
and punctuation is not a word, so a change of case or comma is not a difference.

Figures are atomic: the words of a figure ("$5.58 million", "ninety-five") become one
token, so a changed number shows as one changed figure, never as a changed fragment.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from diff_match_patch import diff_match_patch

from storydiff.core.model import Article, Block, Figure, Span
from storydiff.core.similarity import normalise, word_spans

WORD_DIFF_TIMEOUT = 0.5
"""Seconds diff-match-patch may spend on one block before returning a coarser (still
correct) diff, as its own ``Diff_Timeout``. The seed and corpus blocks (up to about 300
words a side) take under 5 ms, so the deadline only bites on pathological input."""

WORD_DIFF_BUDGET = 3.0
"""Seconds the word diff may spend on all the blocks of one comparison. A news pair takes
under 0.05 s and the 1M-character synthetic pair of ``benchmarks/bench_scale.py`` about
1 s, so only inputs far beyond articles reach it; the blocks left over are shown without
word highlights and the comparison says so in a notice."""

MAX_BLOCK_TOKENS = 20_000
"""Most words a side of one block may have for a word diff (about 120k characters; a news
paragraph has under 300 words). diff-match-patch's semantic cleanup has no deadline and
grows faster than linearly, so a block past this (one giant paragraph) is not word-diffed."""

EDIT_MIN_KEPT = 0.3
"""Share of a side's words that must survive the diff for the block to count as an *edit* of
the same text; below it the block is a rewrite and no word changes are reported, because
highlighting every word of a rewritten paragraph says nothing (the alignment already says the
paragraphs correspond). Measured on the 197 paired blocks of every seed and corpus pair: after
semantic cleanup half keep under 1% of their words on one side (rewrites that would light up
entirely), while wire copies and edited copies keep 0.7-1.0; 0.3 sits in the sparse middle."""

_Token = tuple[int, int, int]  # paragraph, start, end


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
    budget: float = WORD_DIFF_BUDGET,
) -> tuple[list[Block], int]:
    """The blocks with word changes filled in, and how many paired blocks were left without
    them (over MAX_BLOCK_TOKENS, or after ``budget`` seconds ran out)."""
    deadline = time.monotonic() + budget
    left_by_paragraph, right_by_paragraph = (
        _by_paragraph(left_figures),
        _by_paragraph(right_figures),
    )
    out, skipped = [], 0
    memo: dict[str, str] = {}
    for block in blocks:
        if not (block.left and block.right):
            out.append(block)
            continue
        left_tokens = _tokens(left, block.left, left_by_paragraph)
        right_tokens = _tokens(right, block.right, right_by_paragraph)
        if (
            time.monotonic() > deadline
            or max(len(left_tokens), len(right_tokens)) > MAX_BLOCK_TOKENS
        ):
            out.append(block)
            skipped += 1
            continue
        left_keys, right_keys = _keys(left, left_tokens, memo), _keys(right, right_tokens, memo)
        if left_keys == right_keys or _surely_rewrite(left_keys, right_keys):
            out.append(replace(block, left_changes=(), right_changes=()))
            continue
        left_changed, right_changed = changed_words(left_keys, right_keys)
        if _is_rewrite(len(left_changed), len(left_tokens), len(right_changed), len(right_tokens)):
            left_changed, right_changed = [], []
        out.append(
            replace(
                block,
                left_changes=_spans(left_tokens, left_changed),
                right_changes=_spans(right_tokens, right_changed),
            )
        )
    return out, skipped


def _is_rewrite(left_changed: int, left_total: int, right_changed: int, right_total: int) -> bool:
    """Whether either side keeps less than EDIT_MIN_KEPT of its words (see there)."""
    kept = min(1 - left_changed / max(left_total, 1), 1 - right_changed / max(right_total, 1))
    return kept < EDIT_MIN_KEPT


def _surely_rewrite(left: list[str], right: list[str]) -> bool:
    """Whether the block is a rewrite (see EDIT_MIN_KEPT) whatever the diff finds: a diff keeps
    at most the words both sides have (counted with repeats), so if even that many are under
    the threshold the diff is not run. Rewritten blocks are the diff's worst case (every word
    differs) and half the paired blocks of news pairs, so this saves most of its time; the
    result is the same, as ``_is_rewrite`` is monotone in the changed counts."""
    common = sum((Counter(left) & Counter(right)).values())
    return _is_rewrite(len(left) - common, len(left), len(right) - common, len(right))


def _by_paragraph(figures: Sequence[Figure]) -> dict[int, list[Figure]]:
    """Figures grouped by paragraph, so each block looks only at its own (linear, not P x F)."""
    grouped: dict[int, list[Figure]] = {}
    for f in figures:
        grouped.setdefault(f.paragraph, []).append(f)
    return grouped


def _tokens(
    article: Article, paragraphs: Sequence[int], figures: dict[int, list[Figure]]
) -> list[_Token]:
    """The words of the given paragraphs in order, each figure merged into one token."""
    tokens: list[_Token] = []
    for p in paragraphs:
        text = article.paragraphs[p]
        spans = sorted(
            (f.start, f.end) for f in figures.get(p, ()) if 0 <= f.start < f.end <= len(text)
        )
        words = [(s, e) for s, e in word_spans(text) if e > s]
        tokens += [(p, s, e) for s, e in (_merge_figures(words, spans) if spans else words)]
    return tokens


def _merge_figures(
    words: list[tuple[int, int]], figures: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Replace the words overlapping each figure by one token covering figure and words."""
    merged: list[tuple[int, int]] = []
    last_hit: tuple[int, int] | None = None
    k = 0  # figures are sorted by start; those ending before this word cannot touch later ones
    for s, e in words:
        while k < len(figures) and figures[k][1] <= s:
            k += 1
        hit = figures[k] if k < len(figures) and figures[k][0] < e else None
        if hit is not None and hit == last_hit:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        elif hit is not None:
            merged.append((min(s, hit[0]), max(e, hit[1])))
        else:
            merged.append((s, e))
        last_hit = hit
    return merged


def _keys(article: Article, tokens: list[_Token], memo: dict[str, str]) -> list[str]:
    """Each token's comparison key (case-folded, quotes unified, inner whitespace single),
    computed once per distinct token text: a text repeats its words ("the", "said"), and
    normalising each occurrence was a third of the word diff's time at 1M characters."""
    paragraphs = article.paragraphs
    out = []
    for p, s, e in tokens:
        raw = paragraphs[p][s:e]
        key = memo.get(raw)
        if key is None:
            key = memo[raw] = " ".join(normalise(raw).split())
        out.append(key)
    return out


def changed_words(left: list[str], right: list[str]) -> tuple[list[int], list[int]]:
    """Indices of the tokens present on one side only, via a word-level diff-match-patch."""
    codes: dict[str, str] = {}
    left_chars, right_chars = _encode(left, codes), _encode(right, codes)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = WORD_DIFF_TIMEOUT
    diffs = dmp.diff_main(left_chars, right_chars, False, time.time() + WORD_DIFF_TIMEOUT)
    dmp.diff_cleanupSemantic(diffs)
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


def _encode(keys: list[str], codes: dict[str, str]) -> str:
    """One character per distinct word (skipping the surrogate range, which str forbids)."""
    out = []
    for key in keys:
        if key not in codes:
            n = len(codes) + 1
            codes[key] = chr(n if n < 0xD800 else n + 0x800)
        out.append(codes[key])
    return "".join(out)


def _spans(tokens: list[_Token], changed: list[int]) -> tuple[Span, ...]:
    """Changed tokens as spans; consecutive changed tokens of one paragraph become one span."""
    spans: list[Span] = []
    previous = -2
    for k in changed:
        p, s, e = tokens[k]
        if spans and k == previous + 1 and spans[-1].paragraph == p:
            spans[-1] = Span(p, spans[-1].start, e)
        else:
            spans.append(Span(p, s, e))
        previous = k
    return tuple(spans)
