"""Claims one article makes that the other does not.

A sentence is a claim of its own when its content is found nowhere in the other article:
its weighted content terms (the same IDF weighting as the paragraph alignment) are
compared with every sentence of the other article, and with every two consecutive
sentences of a paragraph (an outlet may spread one sentence's facts over two), and the
best cosine stays below UNIQUE_MAX. Cosine penalises a length difference, so a short
sentence whose fact sits inside a long sentence of the other side scores low; a second,
length-robust test therefore keeps a sentence out of the unique list when one window of the
other article contains at least COVERED_MIN of its weighted content terms. The alignment is
not trusted for this: a claim that moved to another part of the other article is still not
unique.

Words are not the only way to say the same thing: a sentence stating a quantity that the
figure comparison finds the same as, or consistent with, one of the other article is said
there ("$5.6 million" / "$5.58 million": consistent), and so is a sentence quoting words
the other article quotes too (a shared passage inside its quotation marks: the quote is the
claim, whoever it is credited to and however the sentence around it is worded).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from storydiff.core.model import Article, Block, FigurePair, Sentence, SharedPassage, Span
from storydiff.core.segment import article_sentences
from storydiff.core.similarity import (
    TermIndex,
    Vector,
    Weighting,
    combine,
    content_term_count,
    normalise,
    pair_weighting,
)

UNIQUE_MAX = 0.2
"""A sentence whose best match in the other article scores below this is unique to its
article. Measured on corpora switch2-launch 02/03 (the same wire text, 03 edited): the
sentences 03 adds (the analyst quote, the 7.9-inch screen, 4K when docked) score 0.07-0.16
against 02, the reworded "The presentation started with an extended look at Mario Kart
World" 0.26, edited copies 0.6-1.0. On seeds 001/004 reworded counterparts ("R1 is said to
rival or even outperform..." / "...can rival or surpass") score 0.22-0.34, while the quote
only 001 carries scores 0.18. Known weak spot: a short sentence whose fact sits inside a
long sentence of the other side is diluted by cosine (001/004 "bypass restrictions on how
much data they could obtain": 0.16) and may be reported as unique."""

COVERED_MIN = 0.5
"""A sentence is not unique when one window of the other article (a sentence or two
consecutive ones) contains this share of its content-term weight, however much longer the
window is. Measured on the gold pairs of tests/gold/alignments.json: among substantial
sentences with best cosine below UNIQUE_MAX, coverage is at most 0.38 except for two at 0.51
(001/004 "He explained that 'what DeepSeek did here is they distilled knowledge...'", which
004 paraphrases inside its distillation sentence, and 000/004 "lauded as an open-source AI
application"); 0.5 only catches sentences that really are mostly contained in the other
side. Lower values (0.25-0.35) start dropping genuine one-outlet claims ("OpenAI is not an
open-source service", 0.29-0.35), because a reworded fact and a different fact on the same
story share about as many weighted terms."""

MIN_CONTENT_TERMS = 4
"""Sentences with fewer distinct content words ("He added.", "Read more", a dateline)
state no checkable claim of their own and are never reported as unique."""


AGREEING = ("same", "consistent")
"""Figure verdicts that make a sentence said by the other article: both give that quantity
and agree on it. A conflict is left out: it is shown as a disagreement in its own right, and
it is also what two figures that measure different things look like when paired by their
unit alone ("a $32 billion deal" against "a $3.2 billion breakup fee")."""

WHEN = frozenset(("date", "weekday", "year", "time"))
"""Figure kinds that say when, not how much: "announced Tuesday", "founded in 2020" frame
many different claims of one story, so sharing one says nothing about the rest of the
sentence. A quantity (money, a count, a percentage, a measure) is what a claim states."""


def _quantity(pair: FigurePair) -> bool:
    """Whether a figure pair states how much (see WHEN), judged by either of its figures:
    the two are paired because they measure the same thing."""
    figure = pair.left or pair.right
    return figure is not None and figure.kind not in WHEN


def unique_claims(
    left: Article,
    right: Article,
    blocks: Sequence[Block],
    figures: Sequence[FigurePair] = (),
    shared: Sequence[SharedPassage] = (),
    *,
    weighting: Weighting | None = None,
) -> tuple[list[Sentence], list[Sentence]]:
    """Sentences of each side with no counterpart anywhere in the other: no sentence of it
    says the same in any words, agrees on the sentence's quantity (``figures``) or quotes the
    words the sentence quotes (``shared``). ``weighting``: the pair's, when already built."""
    weighting = weighting or pair_weighting(left.paragraphs, right.paragraphs)
    left_side = _side(article_sentences(left), weighting)
    right_side = _side(article_sentences(right), weighting)
    paired = [p for p in figures if p.kind in AGREEING and _quantity(p)]
    said_left = _said([p.left.span for p in paired if p.left], [p.left for p in shared])
    said_right = _said([p.right.span for p in paired if p.right], [p.right for p in shared])
    return (
        [s for s in _unique(left_side, right_side) if not said_left(s)],
        [s for s in _unique(right_side, left_side) if not said_right(s)],
    )


def _said(figures: Sequence[Span], passages: Sequence[Span]) -> Callable[[Sentence], bool]:
    """Whether a sentence is said by the other article through a shared fact: it holds a
    paired figure (``figures``) or a shared passage inside its quotation marks (the other
    article carries the same quote). Other shared wording needs no rule of its own: the
    words test already finds a sentence mostly printed in the other article."""
    figure_starts: dict[int, list[int]] = {}
    passage_starts: dict[int, list[int]] = {}
    for spans, starts in ((figures, figure_starts), (passages, passage_starts)):
        for span in spans:
            starts.setdefault(span.paragraph, []).append(span.start)

    def said(sentence: Sentence) -> bool:
        p, start, end = sentence.paragraph, sentence.start, sentence.end
        if any(start <= at < end for at in figure_starts.get(p, ())):
            return True
        return any(
            start <= at < end and _quoted(sentence.text, at - start)
            for at in passage_starts.get(p, ())
        )

    return said


def _quoted(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` is inside double quotation marks (an odd number of
    them before it, curly or straight)."""
    return normalise(text[:at]).count('"') % 2 == 1


class _Side(NamedTuple):
    """One article's sentences and what the checks read of each, worked out once: each side
    serves both directions of the check (as the claims and as the other article)."""

    sentences: list[Sentence]
    vectors: list[Vector]
    keys: list[str]
    """Each sentence's wording with spacing and case evened out, to spot exact copies."""


def _side(sentences: list[Sentence], weighting: Weighting) -> _Side:
    return _Side(
        sentences,
        [weighting.vector(s.text) for s in sentences],
        [" ".join(s.text.split()).lower() for s in sentences],
    )


def _unique(side: _Side, other: _Side) -> list[Sentence]:
    """The sentences whose best match among the other side's windows is below UNIQUE_MAX.

    The tests run cheapest first, each only on the sentences still unique after the one
    before: an exact copy in the other article, too few content terms, then the best cosine,
    then the best coverage (the two searches of one index are most of the cost).
    """
    sentences, exact = side.sentences, set(other.keys)
    rows = [
        i
        for i, (s, key) in enumerate(zip(sentences, side.keys, strict=True))
        if key not in exact and _substantial(s.text)
    ]
    if not rows:
        return []
    index = TermIndex(side.vectors, _windows(other.sentences, other.vectors))
    rows = index.below_cosine(rows, UNIQUE_MAX)
    return [sentences[i] for i in index.below_coverage(rows, COVERED_MIN)]


def _windows(sentences: list[Sentence], vectors: list[Vector]) -> list[Vector]:
    """Each sentence, and each two consecutive sentences of one paragraph read together."""
    windows = list(vectors)
    for k in range(1, len(sentences)):
        if sentences[k].paragraph == sentences[k - 1].paragraph:
            windows.append(combine(vectors[k - 1 : k + 1]))
    return windows


def _substantial(text: str) -> bool:
    return content_term_count(text) >= MIN_CONTENT_TERMS
