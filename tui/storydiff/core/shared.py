"""Passages of shared wording: the copied sentence, the same quote, in both articles.

Words are normalised (case folded, curly quotes and apostrophes made straight,
punctuation dropped). Every run of SEED_WORDS words of the right article is put in a hash
index; each left position whose run is in the index seeds a candidate, which is extended
backwards word by word and forwards allowing small gaps (a word added, dropped or changed,
as in "distilled the knowledge out of OpenAI's models" / "distilled knowledge out of OpenAI
models"). Runs of at least MIN_WORDS matching words are kept, longest first, without
overlapping one already kept. Cost is linear in the text plus the seed hits, which
MAX_SEED_HITS bounds for repeated phrases.

Each side is worked on as one string with one character per word (the same character for
the same normalised word), its paragraphs set apart by separator characters: comparing
runs of words, hashing seeds and walking matches are then slices and comparisons done in
C, and the separators stop every walk at a paragraph's edge without a bounds test.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter

from storydiff.core.model import Article, SharedPassage, Span
from storydiff.core.segment import word_tokens
from storydiff.core.similarity import normalise

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


_LEFT_EDGE, _RIGHT_EDGE = "\0", "\1"
"""Codes of the separators around the left side's paragraphs and the right side's. Each
also stands for every word found on its side only: such a word can never match, and the
two never equal each other or a word, so no match or resync goes past a paragraph edge."""

_EDGE_WIDTH = MAX_GAP + 1
"""Separator codes at each paragraph edge: enough that every RESYNC_WORDS window a gap can
reach beyond the edge holds one (a window starting up to MAX_GAP words past the edge)."""

_FIRST_WORD_CODE = 2
"""Code points below this are the separators."""

MAX_CODES = 0x110000 - _FIRST_WORD_CODE
"""Distinct words present on both sides that get a code (one str character each). Beyond
it (over a million distinct shared words: several MB of text a side, above the loader's
default size cap) further words are treated as found on one side only and do not match."""

_CHUNK_WORDS = 8
"""Words compared at a time while following an exact stretch, before going word by word.
Exact stretches in the 1M-character benchmark pair (built from the corpora) run 2 to 60
words, most under 12; at 8, a 10-word stretch takes 2 slice comparisons and 3 single steps,
a 40-word one 6 and 1, against 11 and 41 steps. Chunks of 4 to 12 timed the same there."""


_Tokens = tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]
"""A paragraph's words, their start offsets and their end offsets."""


@dataclass(frozen=True)
class _Side:
    """One article's words as codes, its paragraphs one after another between separators.

    Positions are indices into ``codes``; a passage is a pair of position ranges.
    """

    codes: str
    """One character per word: the same for the same normalised word on either side."""
    backwards: str
    """``codes`` reversed, for the backward walks (a position p is len - p there)."""
    starts: list[int]
    """Position of each paragraph's first word."""
    ends: list[int]
    """Position just past each paragraph's last word."""
    tokens: list[_Tokens]
    """Each paragraph's words and their character offsets, as ``word_tokens`` gives them."""


def find_shared(left: Article, right: Article) -> list[SharedPassage]:
    """Identical or near-identical passages of about six words or more, in left order."""
    ltokens = [word_tokens(p) for p in left.paragraphs]
    rtokens = [word_tokens(p) for p in right.paragraphs]
    lcode, rcode = _codebooks([t[0] for t in ltokens], [t[0] for t in rtokens])
    lside, rside = _side(ltokens, lcode, _LEFT_EDGE), _side(rtokens, rcode, _RIGHT_EDGE)
    runs = _runs(lside, rside, _seed_index(rside))
    return [_passage(left, right, lside, rside, run) for run in _disjoint(runs, lside, rside)]


def _codebooks(
    lwords: list[tuple[str, ...]], rwords: list[tuple[str, ...]]
) -> tuple[dict[str, str], dict[str, str]]:
    """The code of every word token of each side: one character per normalised word found
    on both sides, the side's separator for a word found on that side only."""
    lkeys = _keys(set().union(*lwords))
    rkeys = _keys(set().union(*rwords))
    shared = set(lkeys.values()).intersection(rkeys.values())
    codes = {key: chr(n + _FIRST_WORD_CODE) for n, key in enumerate(sorted(shared)[:MAX_CODES])}
    return (
        {word: codes.get(key, _LEFT_EDGE) for word, key in lkeys.items()},
        {word: codes.get(key, _RIGHT_EDGE) for word, key in rkeys.items()},
    )


def _side(paragraphs: list[_Tokens], code: dict[str, str], edge: str) -> _Side:
    separator = edge * _EDGE_WIDTH
    parts = [separator]
    starts, ends = [], []
    position = _EDGE_WIDTH
    for words, _, _ in paragraphs:
        starts.append(position)
        position += len(words)
        ends.append(position)
        position += _EDGE_WIDTH
        parts += ("".join(map(code.__getitem__, words)), separator)
    codes = "".join(parts)
    return _Side(codes, codes[::-1], starts, ends, paragraphs)


def _seed_index(side: _Side) -> dict[str, list[int]]:
    """Positions of every SEED_WORDS-word run of the side, by the run's codes, in order."""
    index: dict[str, list[int]] = {}
    codes = side.codes
    for start, end in zip(side.starts, side.ends, strict=True):
        for j in range(start, end - SEED_WORDS + 1):
            index.setdefault(codes[j : j + SEED_WORDS], []).append(j)
    return index


_Run = tuple[int, int, int, int, int]
"""A candidate passage: (minus words matched, left start, right start, left end, right end);
minus so that sorting puts the longest first."""


def _runs(left: _Side, right: _Side, index: dict[str, list[int]]) -> dict[_Run, None]:
    """Every candidate long and similar enough, in the order found, without duplicates.

    A seed lying on the diagonal of an earlier candidate's forward matches is skipped: its
    candidate would be part of that one. ``reach`` holds, per diagonal (right position minus
    left position), the left position where the last candidate's forward matches on it end;
    seeds come in left order, so a seed is covered exactly when it lies before that.

    Most hits of a seed carry on a hit of the seed before (the same diagonal, one word on:
    the words before both match too). When that seed was looked at, its hit was extended or
    covered, so the diagonal's reach is past it: the hit here is covered unless the reach
    ends exactly here, and every reach set is listed in ``due`` under the position where it
    ends. Only the hits that carry on nothing, and this position's ``due`` diagonals, need
    looking at; which hits carry on is read from the code before each (``befores``).

    A paragraph worded as an earlier one (boilerplate, a repeated passage) has that one's
    runs, moved: its walks are not done again (see :func:`_shifted`).
    """
    lcodes, rcodes = left.codes, right.codes
    reach: dict[int, int] = {}
    due: dict[int, list[int]] = {}
    befores: dict[str, str] = {}  # per seed, the code before each of its hits
    runs: dict[_Run, None] = {}
    seen: dict[str, tuple[int, list[_Run]]] = {}  # paragraph codes -> its start, its runs
    for start, end in zip(left.starts, left.ends, strict=True):
        words = lcodes[start:end]
        if words in seen:
            runs.update(dict.fromkeys(_shifted(*seen[words], start)))
            continue
        mine: dict[_Run, None] = {}  # this paragraph's runs: each has its left start in it
        carried = False  # whether the previous seed's hits were all looked at
        for i in range(start, end - SEED_WORDS + 1):
            seed = lcodes[i : i + SEED_WORDS]
            hits = index.get(seed)
            ending = due.pop(i, None)
            if hits is None or len(hits) > MAX_SEED_HITS:
                carried = False
                continue
            if carried:  # drop the hits carrying on one of the previous seed's
                before = lcodes[i - 1]
                words_before = befores.get(seed)
                if words_before is None:
                    words_before = befores[seed] = "".join([rcodes[j - 1] for j in hits])
                carry = words_before.count(before)
                if carry == len(hits):
                    hits = []
                elif carry:
                    hits = [j for j, b in zip(hits, words_before, strict=True) if b != before]
            carried = True
            if ending:
                ends = [i + d for d in ending if rcodes[i + d : i + d + SEED_WORDS] == seed]
                hits = sorted({*hits, *ends})
            for j in hits:
                if reach.get(j - i, 0) > i:
                    continue
                run, ahead = _extend(left, right, i, j, i == start)
                reach[j - i] = i + ahead
                due.setdefault(i + ahead, []).append(j - i)
                if run is not None:
                    mine[run] = None
        runs.update(mine)
        seen[words] = start, list(mine)
    return runs


def _shifted(first: int, found: list[_Run], start: int) -> list[_Run]:
    """The runs of a paragraph worded as the one at ``first`` (the same codes), for the copy
    at ``start``: the same runs, moved on the left. A paragraph's runs depend on its codes
    alone: every walk stops at its edges, and what a walk leaves in ``reach`` and ``due``
    lies within it."""
    shift = start - first
    return [(n, li + shift, rj, le + shift, re) for n, li, rj, le, re in found]


def _extend(left: _Side, right: _Side, i: int, j: int, first: bool) -> tuple[_Run | None, int]:
    """The near-identical run through seed (i, j), if long and similar enough, and how many
    words its forward walk matched (the seed's diagonal is covered that far).

    A seed that is its paragraph's ``first`` word has nothing behind it: no backward walk.
    """
    end_i, end_j, ahead = _walk(left.codes, right.codes, i, j)
    li, rj, behind = i, j, 0
    if not first:
        ln, rn = len(left.codes), len(right.codes)
        back_i, back_j, behind = _walk(left.backwards, right.backwards, ln - i, rn - j)
        li, rj = ln - back_i, rn - back_j
    matched = ahead + behind
    if matched < MIN_WORDS or _similarity(matched, li, rj, end_i, end_j) < MIN_SIMILARITY:
        return None, ahead
    return (-matched, li, rj, end_i, end_j), ahead


def _walk(left: str, right: str, i: int, j: int) -> tuple[int, int, int]:
    """Match words from (i, j) on, bridging small gaps: (end i, end j, words matched).

    An exact stretch is followed _CHUNK_WORDS words at a time, then word by word; the
    separators differ between the sides, so it stops at a paragraph's edge at the latest.
    """
    end_i, end_j, matched = i, j, 0
    while True:
        start = i
        while left[i : i + _CHUNK_WORDS] == right[j : j + _CHUNK_WORDS]:
            i, j = i + _CHUNK_WORDS, j + _CHUNK_WORDS
        while left[i] == right[j]:
            i, j = i + 1, j + 1
        if i > start:
            matched += i - start
            end_i, end_j = i, j
        gap = _resync(left, right, i, j)
        if gap is None:
            return end_i, end_j, matched
        i, j = i + gap[0], j + gap[1]


def _resync(left: str, right: str, i: int, j: int) -> tuple[int, int] | None:
    """The smallest skip (left words, right words) after which RESYNC_WORDS words match,
    fewest words skipped in all first, then fewest on the left.

    For each left skip, one substring search of the right window finds the smallest right
    skip. The separators make a window that reaches past a paragraph's edge match nothing.
    """
    window = right[j : j + MAX_GAP + RESYNC_WORDS]
    best: tuple[int, int] | None = None
    for a in range(MAX_GAP + 1):
        if best is not None and best[0] + best[1] <= a:
            break  # a skip of a or more left words cannot be smaller
        b = window.find(left[i + a : i + a + RESYNC_WORDS])
        if b >= 0 and (best is None or a + b < best[0] + best[1]):
            best = (a, b)
    return best


def _similarity(matched: int, li: int, rj: int, le: int, re: int) -> float:
    return 2 * matched / ((le - li) + (re - rj))


def _disjoint(runs: dict[_Run, None], left: _Side, right: _Side) -> list[_Run]:
    """Longest runs first (the first found among equals); drop any run overlapping a kept one
    on either side. Returns the kept runs in left order.

    Each side has one byte per position, set once a kept run covers it: whether a run
    overlaps a kept one is one byte search over its own positions, done in C.
    """
    kept: list[_Run] = []
    left_taken, right_taken = bytearray(len(left.codes)), bytearray(len(right.codes))
    for run in sorted(runs, key=itemgetter(0, 1, 2)):  # stable: found order among equals
        _, li, rj, le, re = run
        if left_taken.find(1, li, le) >= 0 or right_taken.find(1, rj, re) >= 0:
            continue
        left_taken[li:le] = b"\1" * (le - li)
        right_taken[rj:re] = b"\1" * (re - rj)
        kept.append(run)
    return sorted(kept, key=itemgetter(1, 2))


def _keys(words: set[str]) -> dict[str, str]:
    """Each distinct word -> its comparison key (see :func:`_key`). The words are normalised
    in one pass over their joined text (curly quotes and case are per character, and a word
    token never holds a line break), so most keys cost a dictionary entry, not a call."""
    distinct = list(words)
    if not distinct:
        return {}
    normalised = normalise("\n".join(distinct)).split("\n")
    return {
        word: plain if plain.isalnum() else _key(plain)
        for word, plain in zip(distinct, normalised, strict=True)
    }


def _key(word: str) -> str:
    """A normalised word as compared: punctuation and possessive dropped ("openai's")."""
    key = "".join(ch for ch in word if ch.isalnum() or ch == "'")
    return key.removesuffix("'s").strip("'") or key


def _passage(left: Article, right: Article, lside: _Side, rside: _Side, run: _Run) -> SharedPassage:
    neg_matched, li, rj, le, re = run
    lp, ls, le_ = _located(lside, li, le)
    front, back = _unclosed_words(left.paragraphs[lp][ls:le_], lside.tokens[lp][1], ls)
    if front or back:  # the same words start and end both sides' copies (_unclosed_words)
        li, rj, le, re = li + front, rj + front, le - back, re - back
        neg_matched += front + back
        lp, ls, le_ = _located(lside, li, le)
    rp, rs, re_ = _located(rside, rj, re)
    closing = _closing_marks(left.paragraphs[lp], le_, right.paragraphs[rp], re_)
    return SharedPassage(
        text=left.paragraphs[lp][ls : le_ + closing],
        words=le - li,
        left=Span(lp, ls, le_ + closing),
        right=Span(rp, rs, re_ + closing),
        similarity=round(_similarity(-neg_matched, li, rj, le, re), 3),
    )


_OPENERS = {"(": ")", "[": "]", "{": "}", "\u201c": "\u201d", '"': '"'}
"""Marks that open something the passage must close if it shows the opening: brackets and
double quotation marks (single quotes are left out: the same mark is an apostrophe)."""

_CLOSERS = frozenset(".!?)]}\"\u201d\u2019'")
"""Marks that close a sentence, a bracket or a quotation: a passage whose last word both
articles follow with the same such marks ends after them, as a reader quotes it ("...into
their own applications." rather than "...into their own applications")."""


def _unclosed_words(text: str, starts: tuple[int, ...], offset: int) -> tuple[int, int]:
    """(words to drop at the front, words to drop at the end) of the passage ``text`` (at
    ``offset`` in its paragraph, whose word starts are ``starts``) so that it closes every
    bracket and double quotation mark it shows opening: a passage cut inside "application
    programming interface (API" shows half a parenthesis, which reads as a mistake.

    The passage ends before its first unclosed opener when MIN_WORDS words stay before it,
    else starts after it when MIN_WORDS stay after it (a copied quotation whose lead-in is
    one word: the quoted words alone), else is kept whole (a short copy is still a copy).
    Counted on the left text; a passage starts and ends on exact stretches of words (the
    walks stop after a match), so the same words start and end the right one."""
    pending: list[tuple[str, int]] = []  # (closer awaited, where it was opened)
    for k, ch in enumerate(text):
        if pending and ch == pending[-1][0]:
            pending.pop()
        elif ch in _OPENERS:
            pending.append((_OPENERS[ch], k))
    if not pending:
        return 0, 0
    at = offset + pending[0][1]
    words = [s for s in starts if offset <= s < offset + len(text)]
    before = sum(1 for s in words if s < at)
    if before >= MIN_WORDS:
        return 0, len(words) - before
    if not pending[1:] and len(words) - before >= MIN_WORDS:
        return before, 0
    return 0, 0


def _closing_marks(text: str, end: int, other: str, other_end: int) -> int:
    """How many characters of closing punctuation (_CLOSERS) follow the passage's last word
    in both articles alike, compared as normalised text (curly and straight quotes equal)."""
    n = 0
    while (
        end + n < len(text)
        and other_end + n < len(other)
        and text[end + n] in _CLOSERS
        and normalise(text[end + n]) == normalise(other[other_end + n])
    ):
        n += 1
    return n


def _located(side: _Side, start: int, end: int) -> tuple[int, int, int]:
    """(paragraph, start offset, end offset) of the words at positions [start, end)."""
    paragraph = bisect_right(side.starts, start) - 1
    first = side.starts[paragraph]
    _, starts, ends = side.tokens[paragraph]
    return paragraph, starts[start - first], ends[end - 1 - first]
