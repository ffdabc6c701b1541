"""How many differences of each kind a comparison holds: counted once, for every presenter.

The reader's status line, the console report and the text, Markdown and HTML exports all
show these numbers; counting them in one place means they can never disagree. They are
counted from the comparison's lists by the same function that fills ``Comparison.stats``
(:func:`~storydiff.core.model.difference_counts`), never read from ``stats``, which a
comparison built elsewhere (a test, a JSON file) may lack. Headless: the model only.
"""

from __future__ import annotations

from storydiff.core.model import Comparison, difference_counts
from storydiff.present.vocabulary import (
    MOVED_GLYPH,
    SHARED_GLYPH,
    UNIQUE_GLYPH,
    VERDICT_GLYPHS,
)
from storydiff.present.wording import noun_for


def tally(c: Comparison) -> dict[str, int]:
    """Every count by name: the core's, and the figure verdicts the reader's status line
    counts besides conflicts."""
    verdicts = [f.kind for f in c.figures]
    return {
        **difference_counts(c.blocks, c.shared, c.figures, c.unique_left, c.unique_right),
        "figure_pairs": len(c.figures),
        "consistent_figures": verdicts.count("consistent"),
        "one_sided_figures": verdicts.count("left_only") + verdicts.count("right_only"),
    }


SUMMARY_LABELS: tuple[tuple[str, str], ...] = (
    ("matched_blocks", "matched blocks"),
    ("moved_blocks", "moved blocks"),
    ("left_only_blocks", "left-only blocks"),
    ("right_only_blocks", "right-only blocks"),
    ("shared_passages", "shared passages"),
    ("shared_words", "shared words"),
    ("figure_pairs", "figure pairs"),
    ("figure_conflicts", "figure conflicts"),
    ("unique_left", "unique claims left"),
    ("unique_right", "unique claims right"),
)
"""(count, label) of the reports' headline numbers, in the order they are listed."""


def summary_counts(c: Comparison) -> list[tuple[str, int]]:
    """The reports' headline numbers as (label, count)."""
    n = tally(c)
    return [(label, n[key]) for key, label in SUMMARY_LABELS]


def glyph_counts(c: Comparison) -> list[tuple[str, int, str]]:
    """(glyph, count, label) of each kind of difference the reader marks, loudest first.

    The labels are adjectives ("2 consistent") except "conflict", a noun that takes its
    number from the count ("1 conflict", "2 conflicts")."""
    n = tally(c)
    conflicts = n["figure_conflicts"]
    return [
        (VERDICT_GLYPHS["conflict"], conflicts, noun_for(conflicts, "conflict")),
        (VERDICT_GLYPHS["consistent"], n["consistent_figures"], "consistent"),
        (VERDICT_GLYPHS["left_only"], n["one_sided_figures"], "one-sided"),
        (UNIQUE_GLYPH, n["unique_left"] + n["unique_right"], "unique"),
        (SHARED_GLYPH, n["shared_passages"], "shared"),
        (MOVED_GLYPH, n["moved_blocks"], "moved"),
    ]
