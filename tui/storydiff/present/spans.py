"""Split a paragraph into styled segments: the highlights every presenter draws.

Every presenter (the reader, HTML, Markdown, the Rich console) highlights the same four kinds of
stretch in a paragraph: figures, unique claims, shared wording and word changes. They
overlap freely (a figure inside a unique claim inside a shared passage), so rather than
nest tags, each presenter asks :func:`split` for flat segments that each carry every mark
covering them, strongest first, and styles the strongest. Segmenting happens on the raw
text, so offsets stay valid; escaping happens per segment afterwards.

Making text safe to show is :mod:`storydiff.present.safe_text`'s job.

Headless: imports only the model and the rest of :mod:`storydiff.present`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storydiff.core.model import Comparison, FigurePair, Side
from storydiff.present.vocabulary import verdict_word
from storydiff.present.wording import paragraph_number

PRECEDENCE: tuple[str, ...] = ("figure", "unique", "shared", "change")
"""Mark kinds, strongest first: a figure is the most specific thing a reader checks, a
unique claim says more than shared wording, and word changes are the quietest hint."""


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of a paragraph: ``text[start:end]``."""

    start: int
    end: int
    kind: str
    """One of :data:`PRECEDENCE`."""
    detail: str = ""
    """A sub-kind for styling: the figure verdict (``conflict``, ``same``...)."""
    note: str = ""
    """A sentence for a tooltip: the verdict's reason, where the counterpart is."""


@dataclass(frozen=True)
class Segment:
    """A stretch of a paragraph covered by one unchanging set of marks."""

    start: int
    end: int
    text: str
    marks: tuple[Mark, ...] = ()
    """Every mark covering the segment, strongest first (empty for plain text)."""

    @property
    def top(self) -> Mark | None:
        """The mark a presenter styles the segment by."""
        return self.marks[0] if self.marks else None


def _rank(mark: Mark, precedence: Sequence[str]) -> tuple[int, int, int]:
    kind = precedence.index(mark.kind) if mark.kind in precedence else len(precedence)
    return (kind, mark.start, mark.end)


def split(
    text: str, marks: Iterable[Mark], *, precedence: Sequence[str] = PRECEDENCE
) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece lists the marks covering it.

    Marks are clamped to the text and empty ones ignored, so a stale offset can at worst
    highlight the wrong words, never raise. Adjacent pieces with the same marks merge.

    >>> [(s.text, s.top and s.top.kind) for s in split("a $5 b", [Mark(2, 4, "figure")])]
    [('a ', None), ('$5', 'figure'), (' b', None)]
    """
    size = len(text)
    live = sorted(
        (m for m in marks if min(m.end, size) > max(m.start, 0)), key=lambda m: _rank(m, precedence)
    )
    by_start = sorted(range(len(live)), key=lambda i: max(live[i].start, 0))
    cuts = sorted({0, size, *(max(m.start, 0) for m in live), *(min(m.end, size) for m in live)})
    segments: list[Segment] = []
    active: set[int] = set()  # indices into ``live``, which is in precedence order
    pending = 0
    # A sweep: cost grows with cuts x marks open at once, not cuts x all marks.
    for start, end in zip(cuts, cuts[1:], strict=False):
        while pending < len(by_start) and max(live[by_start[pending]].start, 0) <= start:
            active.add(by_start[pending])
            pending += 1
        active = {i for i in active if min(live[i].end, size) >= end}
        covering = tuple(live[i] for i in sorted(active))
        if segments and segments[-1].marks == covering:
            start = segments.pop().start
        segments.append(Segment(start, end, text[start:end], covering))
    return segments


def other(side: Side) -> Side:
    """The opposite side."""
    return "right" if side == "left" else "left"


def figure_note(pair: FigurePair, side: Side) -> str:
    """A tooltip for a figure: verdict, the other article's figure, and the reason."""
    mine, theirs = (pair.left, pair.right) if side == "left" else (pair.right, pair.left)
    parts = [verdict_word(pair.kind)]
    if pair.fact:
        parts[0] += f" ({pair.fact})"
    if theirs is not None:
        parts.append(f"{other(side)} says {theirs.text!r} in {paragraph_number(theirs.paragraph)}")
    elif mine is not None:
        parts.append(f"no matching figure in the {other(side)} article")
    if pair.reason:
        parts.append(pair.reason)
    return "; ".join(parts)


def paragraph_marks(c: Comparison, side: Side) -> dict[int, list[Mark]]:
    """Every highlight of one side's paragraphs, keyed by paragraph index."""
    found: dict[int, list[Mark]] = {}

    def add(paragraph: int, mark: Mark) -> None:
        found.setdefault(paragraph, []).append(mark)

    for pair in c.figures:
        figure = pair.left if side == "left" else pair.right
        if figure is not None:
            add(
                figure.paragraph,
                Mark(figure.start, figure.end, "figure", pair.kind, figure_note(pair, side)),
            )
    for sentence in c.unique_left if side == "left" else c.unique_right:
        add(
            sentence.paragraph,
            Mark(sentence.start, sentence.end, "unique", "", f"only the {side} article says this"),
        )
    for passage in c.shared:
        mine, theirs = (
            (passage.left, passage.right) if side == "left" else (passage.right, passage.left)
        )
        add(
            mine.paragraph,
            Mark(
                mine.start,
                mine.end,
                "shared",
                "",
                f"shared with the {other(side)} article, {paragraph_number(theirs.paragraph)}",
            ),
        )
    for block in c.blocks:
        for change in block.left_changes if side == "left" else block.right_changes:
            add(
                change.paragraph,
                Mark(
                    change.start,
                    change.end,
                    "change",
                    "",
                    f"worded differently in the {other(side)} article",
                ),
            )
    return found


def excerpt(paragraph: str, start: int, end: int, marks: Iterable[Mark]) -> list[Segment]:
    """Segments of ``paragraph[start:end]`` with its figure marks, offsets re-based to 0.

    Quoted claims and passages keep their figures highlighted this way.
    """
    return split(
        paragraph[start:end],
        [
            Mark(m.start - start, m.end - start, m.kind, m.detail, m.note)
            for m in marks
            if m.kind == "figure"
        ],
    )
