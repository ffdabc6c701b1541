"""The frozen dataclasses that flow from the core to the exporters and the app.

Everything downstream of the analysis (JSON, Markdown, HTML, the Textual
reader) reads only these types, so they are the one place where the shape of
a comparison is defined. Offsets are always character offsets into
``Article.paragraphs[paragraph]``, end exclusive, as in ``INTERFACE.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from storydiff.core.cjk import word_count

BlockKind = Literal["match", "moved", "left_only", "right_only"]
FigureVerdict = Literal["same", "consistent", "conflict", "left_only", "right_only"]
Side = Literal["left", "right"]


@dataclass(frozen=True)
class Article:
    """One cleaned article: what storydiff reads, and what it dropped to get there."""

    path: str
    """Where it came from (a file path, or a name given to the API)."""
    title: str
    """The headline, not repeated in ``paragraphs`` (may be empty if none was found)."""
    outlet: str
    """The publisher, from the page if it names itself, else derived from the file name."""
    paragraphs: tuple[str, ...]
    """The body, in reading order; every offset elsewhere points into these strings."""
    dropped: tuple[str, ...] = ()
    """Page furniture removed by cleaning, in page order, so nothing is lost silently."""
    author: str = ""
    """The byline the page's markup names ("" when unknown); several authors joined by "; "."""
    published: str = ""
    """Publication date as ISO ``YYYY-MM-DD`` from the page's markup ("" when unknown): lets
    the reader show who published first. Never guessed from the article's text."""
    url: str = ""
    """The page's canonical address (or the address it was fetched from); "" for local text."""
    notices: tuple[str, ...] = ()
    """What a reader should know about how the article was read, in one sentence each (its
    bytes were not UTF-8 and were read as windows-1252; 3 bad bytes were replaced). Every
    output that shows the article shows these."""

    @property
    def words(self) -> int:
        """Body length in words, for article lists and statistics."""
        return sum(map(word_count, self.paragraphs))


@dataclass(frozen=True)
class Span:
    """A stretch of one paragraph: ``paragraphs[paragraph][start:end]``."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence (a claim) located in its paragraph."""

    paragraph: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.paragraph, self.start, self.end)


@dataclass(frozen=True)
class Block:
    """One step of the paragraph alignment.

    ``left``/``right`` list paragraph indices; a block may join several
    paragraphs on a side when one outlet splits what the other says in one.
    ``left_changes``/``right_changes`` are the word-level differences inside a
    paired block (spans of words present on one side only), for the reader to
    highlight quietly.
    """

    kind: BlockKind
    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: float = 0.0
    left_changes: tuple[Span, ...] = ()
    right_changes: tuple[Span, ...] = ()


@dataclass(frozen=True)
class SharedPassage:
    """Identical or near-identical wording found in both articles."""

    text: str
    """The passage as the left article words it."""
    words: int
    left: Span
    right: Span
    similarity: float = 1.0
    """1.0 for a verbatim copy, lower for near-copies."""


@dataclass(frozen=True)
class Figure:
    """A number an article states, normalised so that outlets can be compared."""

    text: str
    """The figure as written, e.g. ``under $6 million``."""
    kind: str
    """money, percent, count, number, quantity, date, weekday, year, duration, ..."""
    value: float | None
    """The number in base units (5.6 million -> 5600000.0); the low end of a range."""
    unit: str | None
    """A short unit code: USD, GBP, EUR, %, people, chips, date, weekday, km, ..."""
    paragraph: int
    start: int
    end: int
    qualifier: str | None = None
    """The hedge: about, under, more than, at least, nearly, up to, only, some..."""
    high: float | None = None
    """The top of a range ("$100 million to a billion dollars"), else None."""
    counted: str | None = None
    """The noun the figure counts or measures ("chips", "weekly active users")."""
    measure: str | None = None
    """What the figure quantifies, read from its sentence ("deaths", "acres burned", "price",
    "report day"); None when the sentence does not say (see ``core.figures.meaning``)."""
    subject: str | None = None
    """The name the figure belongs to as written ("the Eaton fire" -> "Eaton", "Wiz"), or
    None when its clause names none."""
    subject_key: tuple[str, ...] = ()
    """The subject's name words in lower case, for comparing subjects across outlets."""
    as_of: str | None = None
    """A day or date the figure's sentence gives ("227 on Saturday" -> "Saturday")."""
    period: str | None = None
    """A year the figure's clause gives ("won 112 seats in the 2021 election" -> "2021"):
    which period, or which earlier event, the figure is of."""
    change: bool = False
    """The figure counts a change ("an additional 1,000 acres"), not a total."""

    @property
    def span(self) -> Span:
        return Span(self.paragraph, self.start, self.end)


@dataclass(frozen=True)
class FigurePair:
    """A figure of one article matched with the one stating the same fact in the other."""

    kind: FigureVerdict
    left: Figure | None
    right: Figure | None
    fact: str | None = None
    """A short label for what is measured ("training cost"), when one can be found."""
    reason: str = ""
    """Why this verdict, in one sentence a reader can check."""


@dataclass(frozen=True)
class Comparison:
    """Everything storydiff knows about one pair of articles."""

    left: Article
    right: Article
    blocks: tuple[Block, ...]
    shared: tuple[SharedPassage, ...] = ()
    figures: tuple[FigurePair, ...] = ()
    unique_left: tuple[Sentence, ...] = ()
    unique_right: tuple[Sentence, ...] = ()
    stats: dict[str, float | int | str] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    """Things the user should know about how the result was obtained (fallbacks, caps)."""


def difference_counts(
    blocks: Sequence[Block],
    shared: Sequence[SharedPassage],
    figures: Sequence[FigurePair],
    unique_left: Sequence[Sentence],
    unique_right: Sequence[Sentence],
) -> dict[str, int]:
    """The differences of a pair counted by kind: the JSON's ``stats`` and every presenter's
    numbers (:mod:`storydiff.present.counts`) come from here, so they cannot disagree."""
    kinds = [b.kind for b in blocks]
    return {
        "matched_blocks": kinds.count("match"),
        "moved_blocks": kinds.count("moved"),
        "left_only_blocks": kinds.count("left_only"),
        "right_only_blocks": kinds.count("right_only"),
        "shared_passages": len(shared),
        "shared_words": sum(p.words for p in shared),
        "figure_conflicts": sum(f.kind == "conflict" for f in figures),
        "unique_left": len(unique_left),
        "unique_right": len(unique_right),
    }
