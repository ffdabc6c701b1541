"""How every presenter words counts, paragraph numbers and a missing headline.

The reader, the console report and every export call these, so a person sees "1 version"
and "¶1" in the same words wherever they look. Headless: no imports beyond the standard
library, so the core, the exporters and the reader can all use it.
"""

from __future__ import annotations

NO_HEADLINE = "(no headline found)"
"""Shown where an article has no headline: "found" because the page may have one that the
cleaner did not recognise, which "(no headline)" would deny."""

def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and ``noun`` in the number English needs: "1 version", "2 versions", "0 words".

    ``many`` is the plural when adding "s" is wrong ("1 quantity", many="quantities").

    >>> plural(1, "conflict"), plural(3, "passage"), plural(1200, "word")
    ('1 conflict', '3 passages', '1,200 words')
    """
    return f"{count:,} {noun_for(count, noun, many)}"


def noun_for(count: int, noun: str, many: str | None = None) -> str:
    """The noun alone in the number ``count`` needs, for a line that shows the count apart."""
    return noun if count == 1 else (many or _regular(noun))


def _regular(noun: str) -> str:
    """The regular English plural of the last word: "-s", "-es" after a sibilant, "-ies"
    after a consonant and "y". Counted nouns in this project are all regular."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def paragraph_number(index: int) -> str:
    """The paragraph a person reads: "¶1" for index 0. Every presenter counts paragraphs
    from 1, as the reader's gutter does; only the JSON keeps the 0-based index of its
    contract (``INTERFACE.md``), which programs rather than people read."""
    return f"¶{index + 1}"


def paragraph_numbers(indices: tuple[int, ...] | list[int]) -> str:
    """Several paragraphs: "¶2, ¶3"."""
    return ", ".join(paragraph_number(i) for i in indices)
