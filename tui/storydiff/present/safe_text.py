"""Make untrusted article text safe to show: the one sanitiser every presenter uses.

An article is data from anywhere. Control characters (C0 such as ESC, C1 such as ``\\x9b``,
which some terminals read as the start of an escape sequence), bidirectional overrides and
isolates (U+202A-202E, U+2066-2069, which reorder what a reader sees) and zero-width
characters (U+200B, U+2060, U+FEFF) would otherwise be obeyed by a terminal or a browser, or
hide in the text. Every one becomes a visible escape (``\\x9b``, ``\\u202e``); line breaks and
tabs become spaces, since they would forge new lines in one-line fields. The reader, the
console report and every export format call :func:`visible`, so the same article shows the
same characters wherever it is read.

Headless: the standard library only, importable by the core's presenters and the reader.
"""

from __future__ import annotations

import unicodedata

_LINE_BREAKS = frozenset({"\n", "\r", "\t", "\v", "\f", "\u2028", "\u2029", "\x85"})
"""Characters shown as a plain space: they would forge new lines in one-line fields."""

_KEPT_FORMAT = frozenset({"\u200c", "\u200d"})
"""Format characters (Cf) kept as they are: the zero-width non-joiner and joiner are part of
how Persian, Hindi and other scripts are spelled and how emoji are built ("👩‍💻"), and
neither moves, hides or recolours other text."""

_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
"""Controls, format characters (bidi controls, zero-width characters) and lone surrogates."""


def shown_as(ch: str) -> str:
    """What one character is shown as: itself, a space, or its visible escape."""
    if ch in _LINE_BREAKS:
        return " "
    if unicodedata.category(ch) in _ESCAPED_CATEGORIES and ch not in _KEPT_FORMAT:
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return ch


def visible(text: str) -> str:
    """Neutralise control characters: a terminal or browser must never obey article text.

    >>> visible("\\x1b[31mred \\x9b2J \\u202eevil")
    '\\\\x1b[31mred \\\\x9b2J \\\\u202eevil'
    """
    if text.isprintable():  # no control, format or line-break character: the common case
        return text
    return "".join(map(shown_as, text))


def visible_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """:func:`visible` text, and where each offset of ``text`` lands in it.

    An escape is longer than the character it shows, so a highlight at ``text[start:end]``
    is drawn at ``shown[where[start]:where[end]]``. ``where`` has ``len(text) + 1`` entries,
    or is None when nothing was escaped (offsets are unchanged).

    >>> visible_with_offsets("a\\x9bb")
    ('a\\\\x9bb', [0, 1, 5, 6])
    """
    if text.isprintable():
        return text, None
    pieces = [shown_as(ch) for ch in text]
    where = [0]
    for piece in pieces:
        where.append(where[-1] + len(piece))
    return "".join(pieces), where
