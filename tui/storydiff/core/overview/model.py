"""The frozen dataclasses of an overview: the whole story across many articles at once.

A pair :class:`~storydiff.core.model.Comparison` answers "how do these two differ?"; an
:class:`Overview` answers the fact-checker's questions over every article loaded: which
figures the outlets disagree on, which claims only one makes, who shares wording with whom,
how quotes drift and whom each credits. Articles are referred to by their index in
``Overview.articles``; offsets point into ``Article.paragraphs`` as everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from storydiff.core.model import Article, Figure, Sentence, SharedPassage

CellVerdict = Literal["reference", "same", "consistent", "conflict"]
SourceKind = Literal["outlet", "wire", "person", "anonymous"]


@dataclass(frozen=True)
class FactCell:
    """What one article says for one fact."""

    article: int
    figure: Figure
    verdict: CellVerdict
    """``reference`` for the figure the row is anchored on, else its verdict against it."""
    reason: str = ""
    """Why this verdict, in one sentence a reader can check (from the figure comparison)."""


@dataclass(frozen=True)
class FactRow:
    """One fact several articles state with a figure: one cell per article that gives it."""

    fact: str
    """A short label ("training cost"), or the reference figure's counted noun or text."""
    reference: int
    """The article whose figure anchors the row; every verdict is against its figure."""
    cells: tuple[FactCell, ...]
    """In article order; articles that do not state the fact have no cell."""

    def cell(self, article: int) -> FactCell | None:
        """The cell of ``article``, or None when it does not give this figure."""
        return next((c for c in self.cells if c.article == article), None)

    @property
    def values(self) -> int:
        """How many different figures the articles give (by value, unit and hedge)."""
        return len(
            {(c.figure.value, c.figure.high, c.figure.unit, c.figure.qualifier) for c in self.cells}
        )

    @property
    def conflict(self) -> bool:
        """Whether any article contradicts the reference figure."""
        return any(c.verdict == "conflict" for c in self.cells)


@dataclass(frozen=True)
class ClaimMention:
    """One article's sentence stating a claim."""

    article: int
    sentence: Sentence


@dataclass(frozen=True)
class ClaimGroup:
    """Sentences from one or more articles that say the same thing."""

    mentions: tuple[ClaimMention, ...]
    """In article order; exact repeats aside, one sentence per article."""
    echoes: tuple[int, ...] = ()
    """Other articles with a sentence close to this claim that joined a closer claim of its
    own: they say part of it, so the claim is not theirs alone to miss."""

    @property
    def articles(self) -> tuple[int, ...]:
        """The articles making the claim, in order, each once."""
        return tuple(sorted({m.article for m in self.mentions}))

    @property
    def text(self) -> str:
        """The claim as its first article words it."""
        return self.mentions[0].sentence.text


@dataclass(frozen=True)
class CopyPair:
    """How much wording two articles share."""

    left: int
    right: int
    words: int
    """Words of ``left`` inside passages shared with ``right``."""
    left_share: float
    """Share of ``left``'s words that are shared (0..1)."""
    right_share: float
    """Share of ``right``'s words that are shared (0..1)."""
    passages: tuple[SharedPassage, ...] = ()
    """The shared passages (exact search); empty when only the index estimate was made."""
    exact: bool = True
    """False when the numbers are the word-index estimate (the exact search's work bound,
    ``copying.EXACT_WORDS``, was reached)."""


@dataclass(frozen=True)
class QuoteVersion:
    """One article's wording of a quotation, and whom it attributes it to."""

    article: int
    text: str
    """The words inside the quotation marks."""
    paragraph: int
    start: int
    end: int
    """The quoted words' place in the article (without the quotation marks)."""
    speaker: str | None
    """Who the article says said it ("Sacks", "a spokesperson for OpenAI"), if it says."""
    attribution: str = ""
    """The attribution as written ("Sacks told the outlet"), for the reader to check."""
    changes: tuple[tuple[int, int], ...] = ()
    """Offsets into ``text`` of words this version has and the group's reference lacks."""
    dropped: tuple[str, ...] = ()
    """Words of the reference this version leaves out inside the stretch it quotes."""


@dataclass(frozen=True)
class QuoteGroup:
    """Versions of one quotation across articles."""

    versions: tuple[QuoteVersion, ...]
    reference: int = 0
    """Index into ``versions`` of the wording the others are diffed against (the fullest)."""

    @property
    def speaker(self) -> str | None:
        """The speaker most versions name (first named on a tie)."""
        named = [v.speaker for v in self.versions if v.speaker]
        return max(named, key=named.count) if named else None

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({v.article for v in self.versions}))

    @property
    def wordings(self) -> int:
        """How many different wordings the versions use (case and punctuation aside)."""
        return len({_words(v.text) for v in self.versions})

    @property
    def speakers(self) -> tuple[str, ...]:
        """Every distinct attribution, in order of first appearance."""
        return tuple(dict.fromkeys(v.speaker for v in self.versions if v.speaker))


def _words(text: str) -> str:
    return " ".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())


@dataclass(frozen=True)
class SourceCredit:
    """Someone an article credits for the story: an outlet, a wire, a person, anonymous."""

    article: int
    name: str
    """Normalised name ("Bloomberg Law", "Financial Times", "sources")."""
    kind: SourceKind
    cue: str
    """The crediting phrase's pattern: "according to", "reported", "told", "citing", ..."""
    text: str
    """The phrase as written."""
    paragraph: int | None
    """Body paragraph of the phrase; None when found in the dropped page furniture."""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Overview:
    """Everything storydiff knows about a set of articles on one story."""

    articles: tuple[Article, ...]
    facts: tuple[FactRow, ...] = ()
    claims: tuple[ClaimGroup, ...] = ()
    copying: tuple[CopyPair, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    sources: tuple[SourceCredit, ...] = ()
    stats: dict[str, float | int | str] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    """Things the reader should know about how the overview was obtained (budgets, caps)."""

    def stating(self) -> list[int]:
        """The articles that state at least one of the facts, in order."""
        return sorted({c.article for row in self.facts for c in row.cells})

    def only_in(self, article: int) -> list[ClaimGroup]:
        """Claims no other article makes."""
        return [g for g in self.claims if g.articles == (article,) and not g.echoes]

    def missing_only_from(self, article: int) -> list[ClaimGroup]:
        """Claims every other article makes but this one (needs three articles or more)."""
        others = tuple(i for i in range(len(self.articles)) if i != article)
        return [
            g
            for g in self.claims
            if len(others) >= 2 and g.articles == others and article not in g.echoes
        ]

    def copy_pair(self, left: int, right: int) -> CopyPair | None:
        """The wording two articles share, in either order (None when they share none)."""
        key = (min(left, right), max(left, right))
        return next((p for p in self.copying if (p.left, p.right) == key), None)
