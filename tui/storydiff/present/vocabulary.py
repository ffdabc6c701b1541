"""The one vocabulary of verdicts, highlights and blocks: words, glyphs and tones.

The reader, the console report and every export show a figure verdict, a unique claim or a
moved paragraph; a person who learns a mark in one must read it the same in the others, so
each is defined here once. Codes (``left_only``) stay the JSON's; people see the words
("left only") and glyphs (``+``). Every glyph is a non-colour cue: a verdict reads the same
on a monochrome terminal, to a colour-blind reader and in a printed HTML page.

One-sided figures are ``+`` everywhere (the reader's mark; the HTML report drew ``◀``/``▶``,
which its gutter also used for one-sided paragraphs). Headless: no imports.
"""

from __future__ import annotations

VERDICT_ORDER: tuple[str, ...] = ("conflict", "consistent", "left_only", "right_only", "same")
"""Figure verdicts in the order a reader checks them: conflicts first, agreement last."""

VERDICT_WORDS: dict[str, str] = {
    "same": "same",
    "consistent": "consistent",
    "conflict": "conflict",
    "left_only": "left only",
    "right_only": "right only",
}
"""Human wording of each figure verdict (the JSON keeps the codes)."""

VERDICT_GLYPHS: dict[str, str] = {
    "same": "=",
    "consistent": "≈",
    "conflict": "≠",
    "left_only": "+",
    "right_only": "+",
}
"""A non-colour cue for each figure verdict."""

VERDICT_MEANINGS: dict[str, str] = {
    "conflict": "the two figures cannot both be right",
    "consistent": "they agree once hedges and rounding are counted",
    "same": "both state the same figure",
    "left_only": "only the left article gives this figure",
    "right_only": "only the right article gives this figure",
}
"""What each verdict tells a reader, for legends and help."""

VERDICT_TONES: dict[str, str] = {
    "conflict": "error",
    "consistent": "warning",
    "same": "success",
    "left_only": "secondary",
    "right_only": "secondary",
}
"""The theme colour name of each verdict (Textual's theme variables; the console maps them
to Rich colours): a conflict alarms, a consistent pair asks for a look, agreement is calm."""

UNIQUE_GLYPH = "◆"
"""A claim only one article makes."""
SHARED_GLYPH = "═"
"""Wording both articles share."""
MOVED_GLYPH = "↔"
"""Paired paragraphs that stand in different places in the two articles."""
EMPTY_GLYPH = "∅"
"""A side of an aligned row that has no paragraph."""

SIDE_ARROWS: dict[str, str] = {"left": "◀", "right": "▶"}
"""Which article something belongs to, where both are shown: the reader's pane headers and
one-sided rows, the HTML report's gutter."""

BLOCK_GLYPHS: dict[str, tuple[str, str]] = {
    "match": ("=", "paired paragraphs, in the same order"),
    "moved": (MOVED_GLYPH, "paired paragraphs, but in a different place in the right article"),
    "left_only": (SIDE_ARROWS["left"], "only in the left article"),
    "right_only": (SIDE_ARROWS["right"], "only in the right article"),
}
"""The mark and its meaning for each alignment block kind, where one gutter serves both
sides (the HTML report); the arrow points at the side that has the paragraph."""

CELL_MARKS: dict[str, str] = {
    "reference": UNIQUE_GLYPH,
    **{v: VERDICT_GLYPHS[v] for v in ("same", "consistent", "conflict")},
}
"""A non-colour cue per overview fact-cell verdict: the figure verdicts' glyphs, and ◆ for the
figure a row compares against (the overview has no unique claims to confuse it with)."""

CELL_WORDS: dict[str, str] = {
    "reference": "reference",
    "same": "same",
    "consistent": "consistent",
    "conflict": "CONFLICT",
}
"""An overview fact cell's verdict in words; a conflict in capitals, the line's alarm."""

CELL_MEANINGS: dict[str, str] = {
    "reference": "the figure the row compares to",
    "same": "the same figure",
    "consistent": "consistent with it, once hedges and rounding are counted",
    "conflict": "conflicts with it",
}
"""What each fact-cell verdict means, for legends and help."""


def cell_key() -> str:
    """The overview reports' key to the fact-cell marks, one line.

    >>> cell_key()
    '◆ reference figure of the row, = same, ≈ consistent, ≠ conflict'
    """
    words = {**CELL_WORDS, "reference": "reference figure of the row", "conflict": "conflict"}
    return ", ".join(f"{mark} {words[verdict]}" for verdict, mark in CELL_MARKS.items())


def verdict_word(kind: str) -> str:
    """The verdict in words; an unknown code as it is (a newer JSON read by an older reader).

    >>> verdict_word("left_only"), verdict_word("odd")
    ('left only', 'odd')
    """
    return VERDICT_WORDS.get(kind, kind)


def verdict_label(kind: str) -> str:
    """Glyph and words: ``≠ conflict``, ``+ left only``."""
    return f"{VERDICT_GLYPHS.get(kind, '?')} {verdict_word(kind)}"


def tone(kind: str) -> str:
    """The theme colour of a verdict (``secondary`` for a code this build does not know)."""
    return VERDICT_TONES.get(kind, "secondary")
