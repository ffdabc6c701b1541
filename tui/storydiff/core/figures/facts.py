"""What a figure is about: the content words around it, and a short label for its fact.

Pairing (:mod:`pairing`) compares figures by their *context*: the content words of the
sentence within CONTEXT_WORDS words of the figure, reduced to crude stems so
"valuation"/"value" and "trained"/"training" meet, weighted by rarity across both articles
(inverse document frequency) so the story's ever-present names say less than "train".

The *fact label* ("training cost", "report day", "structures destroyed") is the figure's
grammatical role, read from the words around it with a small lexicon of general news
vocabulary (the tables at the end of this module): the counted noun and the verb acting on
it for counts, the governing verb or noun for money ("train ... for $X" -> training cost),
the event verb for days and dates ("reported Tuesday" -> report day), the noun a percentage
modifies. Labels are lower case, one to three words, and never contain names: every word
comes from the lexicon or from the figure's own lower-case noun. When two figures are
paired, the label both sentences support wins (:func:`pair_label`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from storydiff.core import cjk
from storydiff.core.figures.lexicon import (
    _PHRASE_STARTS,
    AUXILIARIES,
    COUNT_PARTICIPLES,
    COUNT_VERBS,
    DEATH_NOUNS,
    DEATH_WORDS,
    FILLERS,
    HEAD_FILLERS,
    MONEY_CUES,
    MONEY_REFINE,
    PEOPLE,
    PERCENT_CUES,
    PERIOD_NOUNS,
    PERIODS,
    SUBJECTS,
    TIME_CUES,
)
from storydiff.core.figures.nouns import STOP
from storydiff.core.figures.numbers import FRACTIONS, SCALES, TENS, UNITS
from storydiff.core.model import Figure

CONTEXT_WORDS = 25
"""Words each side of a figure that describe it. A news sentence states one or two facts; 10
words reach the verb and object of "DeepSeek claimed it for under $6 million" and of "the
company said it was able to train a foundation model for only $5.58 million" without
running into the next clause of a long sentence. Tuned on the seed pairs."""

NEAR_WORDS = 6
"""Words within this distance of the figure count fully; farther ones count NEAR_WORDS/d, so
the clause around a figure outweighs the rest of its sentence (in "claimed it for under $6
million, far less than the billions American companies like OpenAI ... spend", the names
belong to "billions", not to "$6 million")."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z])")
"""A sentence end: English punctuation, closers, a space and a capital. Starting with a class
of three characters, it is scanned for from one of them to the next."""
_SENTENCE_END_CJK = re.compile(f"{_SENTENCE_END.pattern}|{cjk.SENTENCE_END}")
"""A sentence end in text holding 。！？: those and closers too (Chinese and Japanese put no
space after them)."""
_SUFFIXES = ("ations", "ation", "ings", "ing", "ed", "es", "s", "e")
_SUFFIXES_BY_END = {
    end: tuple(s for s in _SUFFIXES if s.endswith(end)) for end in {s[-1] for s in _SUFFIXES}
}
"""The suffixes by their last letter, in _SUFFIXES order: a word is tried only against the few
that can end it (most words end in none of them), and the first that fits is the one the full
list would give."""
_NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | set(FRACTIONS) | {"hundred", "dozen"}
_SKIP = STOP | _NUMBER_WORDS | {"percent", "dollars", "dollar", "million", "billion", "cent"}


_PARTICLES = ("에서", "으로", "에게", "까지", "부터", "보다", "은", "는", "이", "가", "을", "를",
              "의", "에", "도", "로", "와", "과")  # fmt: skip
"""Korean particles written onto the word before them ("비용이", "비용은": the cost): two
syllables of a Korean word say as much as three letters of an English one, so a word keeps
at least two once a particle is cut."""


def _without_particle(word: str) -> str:
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


@lru_cache(maxsize=65536)  # pairing stems every word occurrence; news reuses few words
def stem(word: str) -> str:
    """A crude stem: lower case, no possessive, one common suffix off, at most 6 letters; a
    Korean word without its trailing particle.

    >>> stem("valuation") == stem("value"), stem("trained") == stem("training")
    (True, True)
    """
    w = word.lower()
    if not w.isascii() and cjk.is_hangul(w):
        return _without_particle(w)
    if "'" in w or "’" in w:
        w = w.replace("’", "'").split("'")[0]
    for suffix in _SUFFIXES_BY_END.get(w[-1:], ()):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:6]


DESCRIBE_CACHE_SIZE = 8192
"""Figures whose descriptions, and contexts, are remembered. An overview compares every
article with every other, so each figure is described once per pair it appears in; a folder
of 200 articles holds a few thousand figures. Entries are a handful of short candidates
each."""


class Context(NamedTuple):
    """The words around one figure: stem -> distance in words (the nearest occurrence)."""

    words: dict[str, int]


def context(paragraph: str, figure: Figure) -> Context:
    """The content words of the figure's sentence within CONTEXT_WORDS of it, each under its
    context key (see :func:`context_key`)."""
    return _context(paragraph, figure.start, figure.end)


@lru_cache(maxsize=DESCRIBE_CACHE_SIZE)
def _context(paragraph: str, figure_start: int, figure_end: int) -> Context:
    """By place, not by figure: the figure of a paragraph both articles carry word for word
    has one context. Contexts are shared, never modified."""
    start, end = _sentence(paragraph, figure_start, figure_end)
    before = _context_words(paragraph, start, figure_start)[-CONTEXT_WORDS:]
    after = _context_words(paragraph, figure_end, end)[:CONTEXT_WORDS]
    words: dict[str, int] = {}
    for side in (before[::-1], after):
        for distance, key in enumerate(map(context_key, side), 1):
            if key is not None and (key not in words or words[key] > distance):
                words[key] = distance
    return Context(words)


def _context_words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` in order; in text holding Chinese or Japanese, each
    CJK run as its letter pairs (see :mod:`storydiff.core.cjk`)."""
    if not cjk.has_cjk(text):
        return _WORD.findall(text, start, end)
    return [w for run in _WORD_CJK.findall(text, start, end) for w in _cjk_words(run)]


def _cjk_words(run: str) -> list[str]:
    return cjk.bigrams(run) if cjk.is_cjk(run) else [run]


_WORD_CJK = re.compile(f"[{cjk.CJK}]+|{cjk.LETTER}+(?:['’]{cjk.LETTER}+)*")
"""_WORD for text holding CJK letters: a run of them, or a word of other letters."""


@lru_cache(maxsize=65536)  # a word is keyed once, not once per figure whose context holds it
def context_key(word: str) -> str | None:
    """The stem a context word is counted under, or None for stop words, number words and
    words under three letters (which say nothing about what a figure is); a CJK letter pair
    is its own key, and a Korean word its stem without a trailing particle."""
    if not word.isascii() and cjk.is_cjk(word):
        return word
    if word.lower() in _SKIP or len(word) < (2 if cjk.is_hangul(word) else 3):
        return None
    return stem(word)


def sentence_bounds(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding [start, end)."""
    return _sentence(paragraph, start, end)


@lru_cache(maxsize=DESCRIBE_CACHE_SIZE)
def _sentence(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding [start, end), remembered: every reading of a figure
    (its label, context, subject, as-of day and year) asks for them."""
    s, e = 0, len(paragraph)
    for stop, after in _sentence_ends(paragraph):
        if after <= start:
            s = after
        elif stop >= end:
            e = stop + 1
            break
    return s, e


@lru_cache(maxsize=1024)
def _sentence_ends(paragraph: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence end of ``paragraph`` starts and what follows it, found once for
    all its figures (each figure's context and its label look for their sentence)."""
    ends = _SENTENCE_END_CJK if cjk.has_cjk_sentence_ends(paragraph) else _SENTENCE_END
    return tuple(m.span() for m in ends.finditer(paragraph))


def rarity(paragraphs: Sequence[str], wanted: set[str]) -> dict[str, float]:
    """The inverse document frequency over ``paragraphs`` of each stem in ``wanted`` that
    they hold: log(1 + N / paragraphs holding the stem). Only the stems of figure contexts
    are weighed, so a pair counts those, not its whole vocabulary; each distinct word that
    may give a wanted stem is stemmed once to find which words a wanted stem stands for."""
    if not wanted:  # no figure has a counterpart to be compared with
        return {}
    found = [set(_context_words(p, 0, len(p))) for p in paragraphs]
    held = Counter(chain.from_iterable(found))  # word -> paragraphs holding it
    starts = {k[:3] for k in wanted}
    short = any(len(k) < 3 for k in wanted)
    # A stem of three letters or more begins with its word's first three letters, so the
    # other words are not stemmed at all (a pair's vocabulary is several times its figures'
    # contexts); a shorter stem comes from a word _may_give_short_stem.
    stemmed = {
        w: k
        for w in held
        if ((lower := w.lower())[:3] in starts or (short and _may_give_short_stem(lower)))
        and (k := stem(w)) in wanted
    }
    df = _stem_frequency(found, held, stemmed)
    n = max(len(paragraphs), 1)
    return {k: math.log(1 + n / v) for k, v in df.items()}


def _may_give_short_stem(lower: str) -> bool:
    """Whether a word (lower case) may stem to under three letters ("it" of "it's"): only a
    word that short, with an apostrophe among its first three letters, or Korean (a particle
    cut off: "비용이" -> "비용"), does."""
    apostrophe = "'" in lower[:3] or "’" in lower[:3]
    return len(lower) < 3 or apostrophe or cjk.is_hangul(lower)


def _stem_frequency(
    found: list[set[str]], held: Counter[str], stemmed: dict[str, str]
) -> Counter[str]:
    """How many paragraphs hold each stem of ``stemmed``. A stem written one way only is held
    by as many paragraphs as its word (counted in C); only the few stems written several ways
    ("train", "trained", "training") are counted paragraph by paragraph."""
    forms = Counter(stemmed.values())
    variants = {w for w, k in stemmed.items() if forms[k] > 1}
    df: Counter[str] = Counter()
    for w, k in stemmed.items():
        if w not in variants:
            df[k] = held[w]
    for words in found:
        both = words & variants
        if both:
            df.update({stemmed[w] for w in both})
    return df


_NEARNESS = tuple(1.0 if d <= NEAR_WORDS else NEAR_WORDS / d for d in range(CONTEXT_WORDS + 1))
"""What a context word at each distance (1 to CONTEXT_WORDS) counts for: fully within
NEAR_WORDS, NEAR_WORDS/d farther; read from this table rather than computed per word."""


class Weighted(NamedTuple):
    """A context weighted for one pair of articles, computed once per figure so that scoring
    a candidate pair is a set intersection and a short sum (pairing scores thousands of
    candidate pairs on a long article, and recomputed every weight for each)."""

    words: dict[str, int]
    """The context's words (stem -> distance)."""
    keys: set[str]
    """The stems, as a set: the same set ``set(words)`` the shared stems are intersected from,
    so they come out in the same order."""
    weights: dict[str, float]
    """Stem -> rarity x nearness."""
    norm2: float
    """Sum of the squared weights, in the context's word order."""


def weigh(c: Context, weight: dict[str, float]) -> Weighted:
    """The context ``c`` weighted by rarity (``weight``, default 1) and nearness."""
    near = _NEARNESS
    weights = {k: weight.get(k, 1.0) * near[d] for k, d in c.words.items()}
    return Weighted(c.words, set(c.words), weights, sum([w**2 for w in weights.values()]))


def overlap(a: Weighted, b: Weighted) -> tuple[float, list[str]]:
    """Weighted cosine of two contexts (rarity x nearness), and the shared stems, nearest
    first."""
    common = a.keys & b.keys
    if not common:
        return 0.0, []
    aw, bw = a.words, b.words
    shared = sorted(common, key=lambda k: aw[k] + bw[k])
    wa, wb = a.weights, b.weights
    num = sum([wa[k] * wb[k] for k in shared])
    den = math.sqrt(a.norm2 * b.norm2)
    return (num / den if den else 0.0), shared


# --- Fact labels ------------------------------------------------------------------------

LABEL_WINDOW = 10
"""Words each side of a figure searched for the word that governs it. Reaches "train AI
models in one year with just $5.6 million" (train is 7 words back) while the nearest cue
still wins, so a farther clause rarely names the figure. Tuned on the seeds and corpora."""

REFINE_WINDOW = CONTEXT_WORDS
"""Words each side searched for a word that sharpens a label already found ("cost" plus
"train" anywhere in the clause -> "training cost"; "losses" plus "damage" -> "damage
estimate"). Wider than LABEL_WINDOW: it only specialises a cue, never creates one."""

CROSS_PENALTY = 3
"""Distance charged for each number word crossed on the way to a cue: a cue behind another
figure more likely governs that figure ("soared 64% to $43.2 billion": "soared" is 64%'s)."""

OBJECT_GAP = 3
"""Filler words allowed between a verb and the count it governs: "burning a total of 14,021
acres" (3), "consumed an additional 1,000 acres" (2). The verb must be that close: "injured
in the two fires" is not a count of fires injured."""

AFTER_NOUN = 5
"""Words after a count searched for its head noun and a participle on it ("16 lives lost",
"150,000 residents have been evacuated")."""

ATTRIBUTIVE = 0.5
"""Distance given to a noun right after the figure, which the figure modifies ("a June 5
launch date", "a 40% stake"): it beats a verb one word before it ("announced a June 5
launch date" dates the launch, not the announcement)."""

SPAN_CHARS = 600
"""Characters each side of a figure searched for its sentence: bounds the work per figure in
a paragraph without sentence breaks (the longest seed sentence is about 300 characters)."""

MATCH_SLACK = 2
"""How much farther than a side's nearest cue a cue may stand and still be the label both
sides agree on. "cost a few million dollars to train" (cost 1, train 2) agrees with "train
a model for $5.58 million"; a cue two clauses away does not."""

MAX_LABEL_WORDS = 3
"""A label is a name for a row, not a summary: "weekly active users", "market value lost"."""


class Candidate(NamedTuple):
    """One possible label for a figure, with how far from the figure its cue word stands.
    (This, Description and Context are named tuples: every figure of a comparison is
    described, and a tuple is built several times faster than a frozen dataclass.)"""

    label: str
    distance: float
    cue: str
    """The word (lower case) that gave the label, to prefer labels both articles support."""


class Description(NamedTuple):
    """What one figure's sentence says about it: candidate labels, nearest first, and the
    sentence's words (lower case), to check a cue against the other article's sentence."""

    candidates: tuple[Candidate, ...]
    words: frozenset[str]


class _Word(NamedTuple):
    """One word of a figure's sentence (a named tuple: describing a figure builds one per word
    of its sentence, and a tuple is built several times faster than a frozen dataclass)."""

    lower: str
    """Lower case, possessive removed ("monday's" -> "monday")."""
    text: str
    distance: float
    after: bool
    numeric: bool
    broken: bool = False
    """Punctuation stands between this word and the figure-side neighbour ("Switch 2, a")."""


class _Read(NamedTuple):
    """What describing a figure reads of it: not its paragraph's index (nor its value, hedge
    or range), so that the figure of a paragraph both articles carry word for word (a copy,
    a wire story) is described once, not once per side. The describing functions take this,
    not the Figure, so that reading anything else fails rather than mixing up figures."""

    text: str
    kind: str
    unit: str | None
    counted: str | None
    start: int
    end: int


def describe(paragraph: str, figure: Figure) -> Description:
    """Candidate fact labels for one figure, read from its sentence.

    >>> f = Figure("$5.58 million", "money", 5.58e6, "USD", 0, 23, 36)
    >>> [c.label for c in describe("It trained the model for $5.58 million.", f).candidates]
    ['training cost']
    """
    read = (figure.text, figure.kind, figure.unit, figure.counted, figure.start, figure.end)
    return _describe(paragraph, tuple.__new__(_Read, read))


@lru_cache(maxsize=DESCRIBE_CACHE_SIZE)
def _describe(paragraph: str, figure: _Read) -> Description:
    words, k = _words(paragraph, figure)
    found = sorted(_candidates(figure, words, k), key=lambda c: c.distance)
    return Description(tuple(found), frozenset([w.lower for w in words]))


def single_label(found: Description) -> str | None:
    """The label of a figure stated by one article only: its nearest cue."""
    return found.candidates[0].label if found.candidates else None


def pair_label(left: Description, right: Description) -> str | None:
    """The label of two paired figures: a label both sentences give (the shared words are the
    fact), else one whose cue word also stands in the other sentence, else the nearer cue of
    either side (the left on a tie)."""
    both = [
        (a.distance + b.distance, a.label)
        for a in _likely(left)
        for b in _likely(right)
        if a.label == b.label
    ]
    if both:
        return min(both, key=lambda x: x[0])[1]
    shared = [
        c
        for side, other in ((left, right), (right, left))
        for c in side.candidates
        if c.cue in other.words
    ]
    anyside = shared or [*left.candidates, *right.candidates]
    return min(anyside, key=_rank).label if anyside else None


def _rank(c: Candidate) -> tuple[float, int]:
    """Nearest first; on a tie the more specific (longer) label ("homes destroyed" over
    "homes")."""
    return c.distance, -len(c.label.split())


def _likely(found: Description) -> list[Candidate]:
    """The candidates close to the side's nearest one: a far cue that happens to match the
    other side ("the Bloomberg report also notes comments Tuesday") must not outvote a near
    one ("in an interview on Tuesday")."""
    if not found.candidates:
        return []
    best = found.candidates[0].distance
    return [c for c in found.candidates if c.distance <= best + MATCH_SLACK]


def _words(paragraph: str, figure: _Read) -> tuple[list[_Word], int]:
    """The words of the figure's sentence with their distance from it, and the index of the
    first word after the figure."""
    lo, hi = max(0, figure.start - SPAN_CHARS), min(len(paragraph), figure.end + SPAN_CHARS)
    s, e = _sentence(paragraph[lo:hi], figure.start - lo, figure.end - lo)
    head = paragraph[lo + s : figure.start]
    parts = _GAPPED.split(head)  # gap, word, gap, word, ..., gap
    before, gaps = parts[1::2], parts[2::2]
    # A word before the figure is "broken" by the gap on its figure side: the gap after it,
    # up to the next word or the figure. A gap breaks when it holds anything but whitespace.
    out: list[_Word] = []
    new = tuple.__new__  # _Word(...) without the Python-level __new__ of a named tuple
    facts = _word_facts
    distance = 0.0
    for text, gap in zip(reversed(before), reversed(gaps), strict=True):
        base, numeric = facts(text)
        distance += CROSS_PENALTY if numeric else 1
        out.append(new(_Word, (base, text, distance, False, numeric, gap.strip() != "")))
    out.reverse()
    parts = _GAPPED.split(paragraph[figure.end : lo + e])
    distance = 0.0
    for gap, text in zip(parts[0:-1:2], parts[1::2], strict=True):
        base, numeric = facts(text)
        distance += CROSS_PENALTY if numeric else 1
        out.append(new(_Word, (base, text, distance, True, numeric, gap.strip() != "")))
    return out, len(before)


_GAPPED = re.compile(r"(\w+(?:[-'’.,]\w+)*)")
"""A word of a figure's sentence (letters and digits, with inner hyphens, apostrophes, points
and commas: "5.58", "Monday's", "cost-effectively"), as a group: ``split`` then gives the
gaps and the words in turn, gap first and last, in one list and without a tuple per word;
only non-word characters lie between two words."""
_COUNTING_WORDS = frozenset(
    _NUMBER_WORDS | {f"{w}s" for w in SCALES} | {"hundreds", "dozens", "dozen", "hundred"}
)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)  # a sentence's words are described once per figure in it
def _word_facts(word: str) -> tuple[str, bool]:
    """The word's base form (lower case, possessive removed: "Monday’s" -> "monday") and
    whether it is a number (digits or a counting word), worked out once per distinct word."""
    lower = word.lower()
    base = lower.replace("’", "'")
    numeric = lower in _COUNTING_WORDS or (not word.isalpha() and _DIGIT.search(word) is not None)
    return (base[:-2] if base.endswith("'s") else base), numeric


def _candidates(figure: _Read, words: list[_Word], k: int) -> list[Candidate]:
    """Dispatch on what the figure measures."""
    suffix = _time_suffix(figure)
    if suffix:
        return _time(words, k, suffix)
    if figure.kind == "money":
        return _money(words)
    if figure.kind == "percent":
        return _percent(words, k)
    if figure.kind == "rank" or (figure.kind in ("count", "number") and _in_name(words, k)):
        return []
    if "-old" in figure.text.lower() or (k < len(words) and words[k].lower == "old"):
        return [Candidate("age", 0.0, "old")]
    return _measure(figure, words, k)


# --- roles ------------------------------------------------------------------------------


def _time_suffix(figure: _Read) -> str | None:
    """The label's last word: "day" for weekdays, "year" for years, "date" for dates and
    seasons; None for anything else."""
    if figure.unit == "weekday" or figure.kind == "weekday":
        return "day"
    if figure.kind == "year" or figure.unit == "year":
        return "year"
    if figure.kind == "date" or figure.unit in ("date", "season"):
        return "date"
    return None


def _time(words: list[_Word], k: int, suffix: str) -> list[Candidate]:
    """The event a day or date is the date of: "reported Tuesday" -> report day. A verb the
    lexicon does not know right before the day ("final results showed on Monday") is the
    event: then the day has no label, rather than the label of a cue farther off ("Sunday's
    election")."""
    if _unknown_verb_before(words, k):
        return []
    return [
        Candidate(f"{label} {suffix}", ATTRIBUTIVE if _attributive(words, i, k) else d, cue)
        for d, label, cue, i in _matches(words, TIME_CUES, LABEL_WINDOW)
    ]


_DAY_LEADS = frozenset({"on", "by", "at", "late", "early", "last", "this", "next", "until"})


def _unknown_verb_before(words: list[_Word], k: int) -> bool:
    i = k - 1
    while i >= 0 and words[i].lower in _DAY_LEADS and not words[i].broken:
        i -= 1
    if i < 0 or words[i].broken or i == k - 1:
        return False  # nothing, punctuation, or no preposition: "Tuesday" right after a word
    w = words[i].lower
    return w.endswith("ed") and len(w) > 4 and w not in TIME_CUES


def _money(words: list[_Word]) -> list[Candidate]:
    """What an amount is the amount of: the governing verb or noun, sharpened by other words
    of the clause ("cost ... to train" -> training cost), with a period adjective kept
    ("annual revenue")."""
    near = {w.lower for w in words if w.distance <= REFINE_WINDOW}
    out = []
    for d, label, cue, i in _matches(words, MONEY_CUES, LABEL_WINDOW):
        label = _refine(label, near, MONEY_REFINE)
        if i > 0 and words[i - 1].lower in PERIODS and words[i - 1].after == words[i].after:
            label = f"{words[i - 1].lower} {label}"
        out.append(Candidate(label, d, cue))
    return out


def _percent(words: list[_Word], k: int) -> list[Candidate]:
    """The noun a percentage modifies ("a 40% stake", "0% containment", "1.5% of" -> share),
    or the change it measures ("soared 64%" -> increase, "revenue ... rose 5%" -> revenue
    increase)."""
    near = {w.lower for w in words if w.distance <= LABEL_WINDOW}
    out = []
    level = (k > 0 and words[k - 1].lower in ("to", "at") and not words[k - 1].broken) or (
        _change_aside(words, k)
    )
    for d, label, cue, i in _matches(words, PERCENT_CUES, LABEL_WINDOW):
        if label in ("increase", "decrease") and level:
            continue  # "turnout rose to 71.2%": the level reached, not the change
        if label in ("increase", "decrease"):
            subject = next((SUBJECTS[w] for w in SUBJECTS if w in near), None)
            label = f"{subject} {label}" if subject else label
        out.append(Candidate(label, ATTRIBUTIVE if _attributive(words, i, k) else d, cue))
    if k < len(words) and not words[k].broken:
        w = words[k]
        if w.lower == "of":
            out.append(Candidate(_share_of(words, k + 1), ATTRIBUTIVE, "of"))
        elif _plain_noun(w) and w.lower not in PERCENT_CUES and w.lower not in PERIOD_NOUNS:
            out.append(Candidate(w.lower, ATTRIBUTIVE, w.lower))
    return out


def _change_aside(words: list[_Word], k: int) -> bool:
    """ "Turnout was 71.2%, up from 64.8%": a rise or fall set off by a comma after the figure
    says how the level it states moved; the figure is the level, not the change."""
    return (
        k + 1 < len(words)
        and words[k].broken
        and words[k].lower in ("up", "down")
        and words[k + 1].lower == "from"
    )


_DETERMINERS = frozenset({"the", "a", "an", "all", "its", "their", "his", "her", "total"})


def _share_of(words: list[_Word], i: int) -> str:
    """What a share is of: "36.4% of the vote" -> "share of vote", "92 percent of ballots"
    -> "share of ballot". A vote share and the share of ballots counted are two measures."""
    while i < len(words) and words[i].lower in _DETERMINERS and not words[i].broken:
        i += 1
    nouns: list[str] = []
    while i < len(words) and len(nouns) < 2 and _plain_noun(words[i]):
        nouns.append(words[i].lower)
        if words[i].broken or (i + 1 < len(words) and words[i + 1].broken):
            break
        i += 1
    if not nouns:
        return "share"
    head = nouns[-1][:-1] if looks_plural(nouns[-1]) else nouns[-1]
    return "share of " + " ".join([*nouns[:-1], head])


def _attributive(words: list[_Word], i: int, k: int) -> bool:
    """The word at ``i`` directly follows the figure, with no punctuation between."""
    return i == k and not words[i].broken


def _measure(figure: _Read, words: list[_Word], k: int) -> list[Candidate]:
    """Counts, quantities, durations and bare numbers: the thing counted or measured, with
    the verb acting on it ("destroyed 12,000 structures" -> structures destroyed), deaths
    however they are worded, or the noun a measure describes ("7.9 inch screen" -> screen
    size)."""
    noun = figure.counted or _unit_words(figure)
    if figure.kind in ("number", "count") and not figure.counted:
        noun = _head_after(words, k, plural=True)
        if noun is None and any(w.lower in DEATH_WORDS for w in words):
            return [Candidate("deaths", 0.0, "deaths")]
    verb = _object_verb(words, k) or (noun and _participle_after(words, k, noun))
    if noun and _deaths(noun, verb):
        return [Candidate("deaths", 0.0, noun.split()[-1])]
    if noun and verb:
        kept = noun.split()[-(MAX_LABEL_WORDS - 1) :]
        return [Candidate(" ".join([*kept, verb]), 0.0, verb)]
    head = _head_after(words, k, plural=False)
    if head and figure.kind in ("quantity", "duration", "number"):
        extra = {"quantity": " size", "duration": " length"}.get(figure.kind, "")
        return [Candidate(f"{head}{extra}", ATTRIBUTIVE, head)]
    return [Candidate(noun, 0.0, noun.split()[-1])] if noun else []


def _deaths(noun: str, verb: str | None) -> bool:
    """Whether a count is of deaths: "at least 24 people" killed, "16 lives" lost or
    claimed, "25 deaths", "five fatalities"."""
    head = noun.split()[-1]
    if head in DEATH_NOUNS:
        return True
    if head == "lives":
        return verb in ("killed", "lost", "claimed")
    return head in PEOPLE and verb in ("killed", "died")


def _unit_words(figure: _Read) -> str | None:
    """The unit as the article writes it: "over 34,000 acres" -> "acres"."""
    digits = [i for i, ch in enumerate(figure.text) if ch.isdigit()]
    if figure.kind != "quantity" or not digits:
        return None
    words = re.findall(r"[^\W\d_]+", figure.text[digits[-1] :].lower())
    return " ".join(words) or None


def _object_verb(words: list[_Word], k: int) -> str | None:
    """The participle of a verb right before the figure, over at most OBJECT_GAP fillers."""
    i, gap = k - 1, 0
    while i >= 0 and gap <= OBJECT_GAP:
        key = words[i].lower
        if key in COUNT_VERBS:
            return COUNT_VERBS[key]
        if i > 0 and f"{words[i - 1].lower} {key}" in COUNT_VERBS:
            return COUNT_VERBS[f"{words[i - 1].lower} {key}"]
        if key not in FILLERS:
            return None
        i, gap = i - 1, gap + 1
    return None


def _participle_after(words: list[_Word], k: int, noun: str) -> str | None:
    """A participle after the counted noun: "16 lives lost", "residents have been evacuated"."""
    head = noun.split()[-1]
    ends = [i for i in range(k, min(k + AFTER_NOUN, len(words))) if words[i].lower == head]
    if not ends:
        return None
    i = ends[0] + 1
    while i < len(words) and words[i].lower in AUXILIARIES:
        i += 1
    return COUNT_PARTICIPLES.get(words[i].lower) if i < len(words) else None


def _head_after(words: list[_Word], k: int, *, plural: bool) -> str | None:
    """The head of the lower-case noun phrase right after the figure ("7.9 inch LCD screen"
    -> "screen", "five of the fatalities" -> "fatalities"); names and acronyms may sit in the
    phrase but never head it. With ``plural``, only a plural head (a count's noun)."""
    head, i = None, k
    while i < len(words) and i < k + MAX_NOUN_RUN:
        w = words[i]
        if w.broken:
            break
        if w.lower in HEAD_FILLERS and head is None:
            i += 1
            continue
        if w.numeric or w.lower in STOP or w.lower.endswith(NOT_NOUN_ENDINGS):
            break
        if w.text[:1].isupper() or w.text.isupper():
            i += 1
            continue
        head = w.lower
        i += 1
    if head is None or (plural and not looks_plural(head)):
        return None
    return head


NOT_NOUN_ENDINGS = ("ed", "ly", "est", "wide")
"""Endings of words that follow a number without being its noun: verbs ("27 died"), adverbs
("millions worldwide", "roughly"), superlatives ("the two largest")."""

MAX_NOUN_RUN = 4
"""Words scanned after a figure for the noun it describes ("7.9 inch LCD screen" needs 2)."""


def looks_plural(word: str) -> bool:
    """A plural-looking noun: an s ending that is not -ss, -us or -is, four letters or more."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _plain_noun(w: _Word) -> bool:
    """A lower-case content word that could be a noun (no verb or adverb ending)."""
    return (
        w.text.islower()
        and w.text.isalpha()
        and w.lower not in STOP
        and not w.lower.endswith(NOT_NOUN_ENDINGS)
    )


def _in_name(words: list[_Word], k: int) -> bool:
    """A number right after a capitalised word is part of a name ("Switch 2", "Joy-Con 2"),
    not a count."""
    if k == 0:
        return False
    w = words[k - 1]
    possessive = w.text.lower().replace("’", "'").endswith("'s")
    return w.distance == 1 and w.text[:1].isupper() and w.lower not in STOP and not possessive


def _matches(
    words: list[_Word], table: dict[str, str], window: float
) -> list[tuple[float, str, str, int]]:
    """(distance, label, cue, index) for every entry of ``table`` (single words or phrases
    of up to three words) found on one side of the figure within ``window``."""
    out = []
    for i, word in enumerate(words):
        lower = word.lower
        if lower in _PHRASE_STARTS:
            found = _phrase_at(words, i, table)
            if found is not None and found[0] <= window:
                out.append(found)
        elif lower in table and word.distance <= window:  # a single word: most cues
            out.append((word.distance, table[lower], lower, i))
    return out


def _phrase_at(
    words: list[_Word], i: int, table: dict[str, str]
) -> tuple[float, str, str, int] | None:
    """The longest entry of ``table`` starting at word ``i`` (three words, two, or the word
    alone) as (distance, label, cue, index), all its words on one side of the figure."""
    for n in (3, 2, 1):
        run = words[i : i + n]
        if len(run) < n or run[0].after != run[-1].after:
            continue
        key = " ".join(w.lower for w in run) if n > 1 else run[0].lower
        if key in table:
            index = i if run[0].after else i + n - 1
            return min(w.distance for w in run), table[key], key, index
    return None


def _refine(label: str, near: set[str], rules: dict[str, list[tuple[frozenset[str], str]]]):
    """A sharper label when a telling word stands in the clause."""
    for triggers, sharper in rules.get(label, ()):
        if triggers & near:
            return sharper
    return label
